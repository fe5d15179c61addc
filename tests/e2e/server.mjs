// A tiny offline web server for the fixture pages (used by the e2e tests and by `npm start`).
//   /                       an index of the pages
//   /fixtures/NAME/         tests/fixtures/NAME/source.html (falls back to tests/e2e/pages/NAME.html)
//   /media/...              a generated picture for any image the page asks for
//   /security/N/            the XSS/injection vector pages (tests/security/pages.mjs)
//   /extra/NAME/            a page given to startServer (npm run bench: a benchmark page, generated big pages)
//   /broken/...             broken and extreme pages (broken-pages.mjs)
//   http://HOST:PORT/PATH    a page served under its own site's name (`site(host, path, page)`), so same-site
//                           rules see the site the page was written for; the browsers map HOST to loopback
// Every request is logged (`requests`: path and time), so the security tests can tell that nothing fetched
// a planted URL (/canary/…, /planted/…) after the extension read a page.
// The machine has no network, so the pages' remote image, script and stylesheet URLs are pointed here:
// images get a generated picture of the size the page declares, everything else a quick 404.
// Article links (<a href>) are left as they are.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { securityPages } from '../security/pages.mjs';
import { serveBroken } from './broken-pages.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const FIXTURES = join(ROOT, 'tests', 'fixtures');

function pagePath(name) {
  if (!/^[\w-]+$/.test(name)) return null;
  const fixture = join(FIXTURES, name, 'source.html');
  return existsSync(fixture) ? fixture : null;
}

export function pageNames() {
  const names = new Set();
  if (existsSync(FIXTURES)) for (const d of readdirSync(FIXTURES)) if (existsSync(join(FIXTURES, d, 'source.html'))) names.add(d);
  return [...names].sort();
}

/** Points remote subresources at this server. */
function localize(html, origin) {
  const toLocal = (url, isImage) => {
    if (!/^(https?:)?\/\//i.test(url)) return url;
    const path = url.replace(/^(https?:)?\/\//i, '').replace(/&amp;|&#0?38;/g, '&');
    return `${origin}/${isImage ? 'media' : 'offline'}/${encodeURIComponent(path)}`;
  };
  return html
    .replace(/<img\b[^>]*>/gi, (tag) => {
      const w = /\bwidth="(\d+)"/i.exec(tag)?.[1] ?? '1200';
      const h = /\bheight="(\d+)"/i.exec(tag)?.[1] ?? '675';
      return tag
        .replace(/\bsrc="([^"]+)"/i, (_, u) => `src="${toLocal(u, true).replace('/media/', `/media/${w}x${h}/`)}"`)
        .replace(/\bsrcset="[^"]*"/i, '');
    })
    .replace(/<(script|iframe)\b([^>]*)\bsrc="([^"]+)"/gi, (_, t, a, u) => `<${t}${a}src="${toLocal(u, false)}"`)
    .replace(/<link\b([^>]*)\bhref="([^"]+)"/gi, (m, a, u) => (/\brel="(stylesheet|preload|icon|apple-touch-icon|preconnect|dns-prefetch)"/i.test(a) ? `<link${a}href="${toLocal(u, false)}"` : m));
}

function hash(text) {
  let h = 2166136261;
  for (const c of text) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  return h >>> 0;
}

/** A calm generated "photo": a sky gradient, hills, a sun; the same picture for the same URL. */
export function picture(w, h, seed) {
  const n = hash(seed);
  const hue = n % 360;
  const hue2 = (hue + 40) % 360;
  const sunX = 0.2 + ((n >> 8) % 60) / 100;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 1200 675" preserveAspectRatio="xMidYMid slice">
<defs><linearGradient id="s" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="hsl(${hue},45%,78%)"/><stop offset="1" stop-color="hsl(${hue2},50%,90%)"/></linearGradient></defs>
<rect width="1200" height="675" fill="url(#s)"/>
<circle cx="${Math.round(1200 * sunX)}" cy="190" r="70" fill="hsl(${hue2},80%,96%)" opacity=".9"/>
<path d="M0 430 C200 360 380 380 560 430 S920 360 1200 410 V675 H0Z" fill="hsl(${hue},28%,56%)"/>
<path d="M0 520 C260 450 520 480 760 540 S1060 500 1200 520 V675 H0Z" fill="hsl(${hue},30%,38%)"/>
<path d="M0 600 C300 560 700 590 1200 580 V675 H0Z" fill="hsl(${hue},32%,26%)"/>
</svg>`;
}

function index(origin) {
  const links = pageNames()
    .map((n) => `<li><a href="${origin}/fixtures/${n}/">${n}</a></li>`)
    .concat(securityPages(origin).map((p) => `<li><a href="${origin}${p.path}">${p.name}</a> (XSS vectors)</li>`))
    .join('');
  return `<!doctype html><meta charset="utf-8"><title>Reader Outline demo pages</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem}</style>
<h1>Reader Outline demo pages</h1><p>Open a page, then click the Reader Outline button (or press Alt+Shift+R).</p><ul>${links}</ul>`;
}

/** A fixture's own address: the `url` its expected.json was written for (null when it has none). */
export function fixtureAddress(name) {
  const file = join(FIXTURES, name, 'expected.json');
  if (!/^[\w-]+$/.test(name) || !existsSync(file)) return null;
  const url = JSON.parse(readFileSync(file, 'utf8')).url;
  return typeof url === 'string' && /^https?:\/\//.test(url) ? new URL(url) : null;
}

/**
 * Starts the server on the loopback addresses, 127.0.0.1 and ::1 (port 0 = any free port; both on the
 * same port, so a host name the browser resolves to either reaches it).
 * Resolves to { origin, port, requests, url(name), extraUrl(name), site(host, path, page), fixtureUrl(name), close() }.
 * `extra`: more pages by name, `{ html, localize }` (localize: point remote subresources here, as for fixtures).
 */
export function startServer(port = 0, { extra = {} } = {}) {
  const requests = [];
  /** Pages served under their own site's name: "host path" → { body, type }. */
  const sites = new Map();
  const handler = (req, res) => {
    const origin = `http://${req.headers.host}`;
    const url = new URL(req.url ?? '/', origin);
    requests.push({ path: url.pathname, at: Date.now() });
    const send = (status, type, body) => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(body);
    };
    const site = sites.get(`${url.hostname} ${url.pathname}`);
    if (site) return send(200, site.type, site.body);
    if (url.pathname === '/') return send(200, 'text/html; charset=utf-8', index(origin));
    if (serveBroken(url, res, origin)) return;
    const page = /^\/fixtures\/([\w-]+)\/?$/.exec(url.pathname);
    if (page) {
      const file = pagePath(page[1]);
      if (!file) return send(404, 'text/plain', 'no such page');
      return send(200, 'text/html; charset=utf-8', localize(readFileSync(file, 'utf8'), origin));
    }
    if (/^\/security\/\d+\/$/.test(url.pathname)) {
      const html = securityPages(origin).find((p) => p.path === url.pathname)?.html;
      return html ? send(200, 'text/html; charset=utf-8', html) : send(404, 'text/plain', 'no such page');
    }
    const more = /^\/extra\/([\w-]+)\/?$/.exec(url.pathname);
    if (more) {
      const entry = Object.hasOwn(extra, more[1]) ? extra[more[1]] : null;
      if (!entry) return send(404, 'text/plain', 'no such page');
      return send(200, 'text/html; charset=utf-8', entry.localize ? localize(entry.html, origin) : entry.html);
    }
    const media = /^\/media\/(\d{1,4})x(\d{1,4})\/(.+)$/.exec(url.pathname);
    if (media) return send(200, 'image/svg+xml', picture(Number(media[1]), Number(media[2]), media[3]));
    return send(404, 'text/plain', 'offline');
  };
  const listen = (server, host, at) =>
    new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(at, host, () => resolve(server.address().port));
    });
  const v4 = createServer(handler);
  const v6 = createServer(handler);
  return listen(v4, '127.0.0.1', port).then(async (actual) => {
    // Firefox resolves network.dns.localDomains names to either loopback address.
    const both = await listen(v6, '::1', actual).then(
      () => true,
      () => false, // no IPv6 here: 127.0.0.1 alone
    );
    const origin = `http://127.0.0.1:${actual}`;
    /** Serves `page` ({ body, type }) at http://host:PORT/path (any query); returns that URL. */
    const site = (host, path, page) => {
      sites.set(`${host} ${path}`, page);
      return `http://${host}:${actual}${path}`;
    };
    return {
      origin,
      port: actual,
      requests,
      url: (name) => `${origin}/fixtures/${name}/`,
      extraUrl: (name) => `${origin}/extra/${name}/`,
      site,
      /**
       * The fixture served under the host and path of the address it was written for (else on 127.0.0.1).
       * Its pictures still come from 127.0.0.1, like a CDN's: Firefox upgrades http pictures in extension
       * pages to https unless they are on a loopback address, and this server speaks http.
       */
      fixtureUrl: (name) => {
        const file = pagePath(name);
        const own = fixtureAddress(name);
        if (!file || !own) return `${origin}/fixtures/${name}/`;
        return site(own.hostname, own.pathname, { body: localize(readFileSync(file, 'utf8'), origin), type: 'text/html; charset=utf-8' });
      },
      close: () => Promise.all([v4, ...(both ? [v6] : [])].map((s) => new Promise((done) => s.close(() => done())))),
    };
  });
}
