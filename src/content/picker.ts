/**
 * The in-page picker ("Pick the article…"), injected into the page on demand (files: ['picker.js']) after
 * the popup closed: the reader points at the block that holds the story and clicks it (or moves with ↑ ↓
 * and presses Enter). The pick becomes a container rule (the block's tag and classes, and its text
 * signature), sent to the background, which keeps it for the site and opens the article in a reader tab.
 * This is the one time Reader Outline touches the live page: one element of its own (a closed shadow
 * root holding the highlight and the help line) while the picker is open, and listeners on the window.
 * Closing (a pick, Esc, Cancel) removes both: the page is left exactly as it was.
 */
import { selectorFor, signatureOf } from '../core/site-rules/signature';
import type { PickedMessage } from '../shared/messages';
import { say, uiLang } from './picker-strings';

type Api = { runtime: { sendMessage(message: unknown): Promise<unknown> | undefined } };
const G = globalThis as unknown as { __readerOutlinePicker?: () => void; browser?: Api; chrome?: Api };

const CONTAINERS = new Set(['div', 'article', 'section', 'main', 'td', 'body']);
const letters = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim().length;

/** The block a pointed element belongs to: the nearest container with some paragraphs of text. */
function blockFor(el: Element | null): Element | null {
  for (let e = el; e && e !== document.documentElement; e = e.parentElement) {
    if (CONTAINERS.has(e.localName) && (e.querySelectorAll('p').length >= 2 || letters(e) >= 300)) return e;
  }
  return document.body;
}

/** Where the keyboard starts: the container with the most paragraph text. */
function firstBlock(): Element | null {
  let best: Element | null = null;
  let most = 0;
  for (const p of Array.from(document.querySelectorAll('p'))) {
    const block = blockFor(p.parentElement);
    const n = block ? letters(block) / Math.max(1, block.querySelectorAll('*').length) ** 0.25 : 0;
    if (block && n > most) [best, most] = [block, n];
  }
  return best ?? document.body;
}

function open(): void {
  G.__readerOutlinePicker?.();
  const host = document.createElement('div');
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = `:host{all:initial;position:fixed;inset:0;z-index:2147483647;pointer-events:none;font:14px/1.4 system-ui,sans-serif}
.box{position:fixed;border:3px solid #2c6e6f;background:rgba(44,110,111,.12);border-radius:4px}
.tag{position:absolute;left:-3px;top:-24px;padding:1px 8px;border-radius:4px 4px 0 0;background:#2c6e6f;color:#fff;font-size:12px;white-space:nowrap}
.bar{position:fixed;left:50%;top:12px;transform:translateX(-50%);display:flex;gap:12px;align-items:center;max-width:calc(100vw - 40px);padding:10px 12px 10px 16px;border-radius:10px;background:#1d2126;color:#fff;box-shadow:0 8px 28px rgba(0,0,0,.3);pointer-events:auto}
.bar b{white-space:nowrap}button{font:inherit;font-weight:600;padding:4px 12px;border-radius:7px;border:1px solid #fff6;background:#fff;color:#1d2126;cursor:pointer}button:focus-visible{outline:2px solid #7fd1d2;outline-offset:2px}`;
  const box = document.createElement('div');
  box.className = 'box';
  const tag = document.createElement('span');
  tag.className = 'tag';
  box.append(tag);
  const bar = document.createElement('div');
  bar.className = 'bar';
  bar.setAttribute('role', 'dialog');
  bar.setAttribute('aria-label', say('pickerTitle'));
  const { lang, dir } = uiLang();
  bar.lang = lang;
  bar.dir = dir;
  tag.lang = lang;
  const title = document.createElement('b');
  title.textContent = say('pickerTitle');
  const help = document.createElement('span');
  help.textContent = say('pickerHelp');
  const cancel = document.createElement('button');
  cancel.type = 'button';
  cancel.textContent = say('pickerCancel');
  bar.append(title, help, cancel);
  shadow.append(style, box, bar);

  let current = firstBlock();
  const show = () => {
    if (!current) return;
    const r = current.getBoundingClientRect();
    const top = Math.max(r.top - 4, 24); // a little outside the block, so the frame does not cover its text
    Object.assign(box.style, { left: `${r.left - 6}px`, top: `${top}px`, width: `${r.width + 12}px`, height: `${Math.max(0, r.bottom + 4 - top)}px` });
    tag.textContent = say('pickerLabel', selectorFor(current), letters(current).toLocaleString(lang));
  };
  const ours = (e: Event) => e.composedPath().includes(host);
  const stop = (e: Event) => {
    e.preventDefault();
    e.stopImmediatePropagation();
  };
  const onMove = (e: MouseEvent) => {
    if (ours(e)) return;
    const block = blockFor(document.elementFromPoint(e.clientX, e.clientY));
    if (block && block !== current) {
      current = block;
      show();
    }
  };
  const onClick = (e: MouseEvent) => {
    if (ours(e)) return;
    stop(e);
    if (e.type === 'click') pick(blockFor(e.target as Element) ?? current);
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') close();
    else if (e.key === 'Enter' && !ours(e)) pick(current);
    else if (e.key === 'ArrowUp' && current?.parentElement && current !== document.body) current = blockFor(current.parentElement);
    else if (e.key === 'ArrowDown' && current) {
      const inner = Array.from(current.children).filter((c) => CONTAINERS.has(c.localName) && letters(c) > 0).sort((a, b) => letters(b) - letters(a))[0];
      if (inner) current = inner;
    } else return;
    stop(e);
    show();
    current?.scrollIntoView({ block: 'nearest' });
  };
  const events: Array<[string, EventListener]> = [
    ['mousemove', onMove as EventListener],
    ['click', onClick as EventListener],
    ['mousedown', onClick as EventListener],
    ['mouseup', onClick as EventListener],
    ['keydown', onKey as EventListener],
    ['scroll', show],
    ['resize', show],
  ];
  const close = () => {
    for (const [type, fn] of events) window.removeEventListener(type, fn, true);
    host.remove();
    if (G.__readerOutlinePicker === close) delete G.__readerOutlinePicker;
  };
  const pick = (el: Element | null) => {
    close();
    if (!el) return;
    const message: PickedMessage = { type: 'picked', rule: { type: 'container', selector: selectorFor(el), text: signatureOf(el).slice(0, 120) } };
    void (G.browser ?? G.chrome)?.runtime.sendMessage(message);
  };
  cancel.addEventListener('click', close);
  for (const [type, fn] of events) window.addEventListener(type, fn, true);
  G.__readerOutlinePicker = close;
  document.documentElement.appendChild(host);
  show();
}

open();
