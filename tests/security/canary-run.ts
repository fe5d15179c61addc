// Runs sanitized HTML where scripts *do* run (a jsdom window with runScripts: 'dangerously'), pokes every
// element with the events the vectors listen for, and returns which canaries fired. Parsing the HTML as a
// whole document runs any <script> that survived; the events run any inline handler that survived.
import { JSDOM, VirtualConsole } from 'jsdom';

const EVENTS = [
  'load', 'error', 'click', 'mouseover', 'pointerenter', 'focus', 'focusin', 'toggle', 'beforetoggle', 'begin',
  'submit', 'start', 'scroll', 'loadstart', 'pageshow', 'animationstart', 'contentvisibilityautostatechange',
];

export function firedCanaries(html: string, url: string): string[] {
  const dom = new JSDOM(`<!doctype html><html><head></head><body>${html}</body></html>`, {
    url,
    runScripts: 'dangerously',
    virtualConsole: new VirtualConsole(),
  });
  const { window } = dom;
  const doc = window.document;
  for (const el of [doc.body, ...Array.from(doc.body.querySelectorAll('*'))]) {
    for (const type of EVENTS) el.dispatchEvent(new window.Event(type, { bubbles: false, cancelable: true }));
  }
  window.dispatchEvent(new window.Event('load'));
  const fired = (window as unknown as { __canary?: unknown }).__canary;
  window.close();
  return Array.isArray(fired) ? fired.map(String) : fired === undefined ? [] : ['(window.__canary clobbered)'];
}

/** Parses HTML into an inert body (DOMParser: no scripts, no loads), as a browser would on insertion. */
export function parsed(html: string, doc: Document = document): HTMLElement {
  const parser = new (doc.defaultView as Window & typeof globalThis).DOMParser();
  return parser.parseFromString(`<!doctype html><body>${html}`, 'text/html').body;
}
