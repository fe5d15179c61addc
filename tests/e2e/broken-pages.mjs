// The broken and extreme pages of the e2e server, under /broken/:
//   /broken/FILE                      tests/fixtures/broken/FILE (.xhtml served as application/xhtml+xml)
//   /broken/windows-1251.html?charset=header|meta|none   legacy charsets declared by the HTTP header only,
//                                     by <meta charset> only, or not at all (the browser has to guess)
//   /broken/deep.html                 an article inside 10 000 nested divs (as markup)
//   /broken/huge-menu.html            a 20 MB page: a short story under a hidden menu of 300 000 links
//   /broken/huge-text.html            20 MB of text in few elements
//   /broken/loading.html              sends the head and first paragraphs, stalls STALL_MS, then the rest
// Big pages are generated on first request, never committed. `{{OTHER_ORIGIN}}` in a file becomes the same
// server under another origin (localhost instead of 127.0.0.1), for cross-origin frames.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const BROKEN = join(ROOT, 'tests', 'fixtures', 'broken');
export const STALL_MS = 5000;

const PARAGRAPH =
  'The keepers climbed the spiral stair every four hours to wind the clockwork that turned the lens, and wrote the weather in the log. ';
const HEAD = (title) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title><meta property="og:type" content="article"></head><body>`;
const ARTICLE = `<h1>Deep</h1><h2>First part</h2><p>${PARAGRAPH.repeat(6)}</p><h2>Second part</h2><p>${PARAGRAPH.repeat(6)}</p>`;

const generated = new Map();
function once(name, make) {
  if (!generated.has(name)) generated.set(name, Buffer.from(make(), 'utf8'));
  return generated.get(name);
}

const PAGES = {
  'deep.html': () => `${HEAD('Deep')}${'<div>'.repeat(10_000)}${ARTICLE}${'</div>'.repeat(10_000)}</body></html>`,
  'huge-menu.html': () => {
    const parts = [HEAD('A story under a 20 MB menu'), '<nav class="mega-menu" style="display:none"><ul>'];
    let size = 0;
    for (let i = 0; size < 19_500_000; i++) {
      const item = `<li class="menu-item"><a href="/section-${i >> 6}/topic-${i}/">Topic ${i} of section ${i >> 6}</a></li>`;
      parts.push(item);
      size += item.length;
    }
    return `${parts.join('')}</ul></nav><article>${ARTICLE}</article></body></html>`;
  },
  'huge-text.html': () => {
    const parts = [HEAD('Twenty megabytes of text'), '<article><h1>Twenty megabytes of text</h1>'];
    let size = 0;
    for (let i = 0; size < 20_000_000; i++) {
      const p = `${i % 40 === 0 ? `<h2>Part ${i / 40 + 1}</h2>` : ''}<p>${PARAGRAPH.repeat(80)}</p>\n`;
      parts.push(p);
      size += p.length;
    }
    return `${parts.join('')}</article></body></html>`;
  },
};

/** Serves /broken/… ; returns false when the path is not one of these pages. */
export function serveBroken(url, res, origin) {
  const name = /^\/broken\/([\w.-]+)$/.exec(url.pathname)?.[1];
  if (!name) return false;
  const send = (type, body) => {
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
    res.end(body);
  };
  if (name === 'loading.html') {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.write(`${HEAD('A page still loading')}<article><h1>A page still loading</h1><p>${PARAGRAPH.repeat(4)}</p><p>${PARAGRAPH.repeat(3)}</p>`);
    res.write(' '.repeat(4096)); // past the browsers' first-paint buffering
    const timer = setTimeout(() => res.end(`<h2>The rest</h2><p>${PARAGRAPH.repeat(5)} The last words of the page.</p></article></body></html>`), STALL_MS);
    res.on('close', () => clearTimeout(timer));
    return true;
  }
  if (PAGES[name]) {
    send('text/html; charset=utf-8', once(name, PAGES[name]));
    return true;
  }
  const file = join(BROKEN, name);
  if (!existsSync(file)) return false;
  let bytes = readFileSync(file);
  if (name.endsWith('.xhtml')) {
    send('application/xhtml+xml; charset=utf-8', bytes);
    return true;
  }
  const legacy = { 'windows-1251.html': 'windows-1251', 'shift_jis.html': 'shift_jis' }[name];
  if (legacy) {
    const via = url.searchParams.get('charset') ?? 'meta';
    if (via !== 'meta') bytes = Buffer.from(bytes.toString('latin1').replace(/<meta charset="[^"]+">/, ''), 'latin1');
    send(via === 'header' ? `text/html; charset=${legacy}` : 'text/html', bytes);
    return true;
  }
  const other = origin.replace('//127.0.0.1:', '//localhost:');
  send('text/html; charset=utf-8', bytes.toString('utf8').replaceAll('{{OTHER_ORIGIN}}', other));
  return true;
}
