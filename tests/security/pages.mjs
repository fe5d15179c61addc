// Article-looking pages that carry the vectors (tests/security/vectors.mjs), a dozen or so per page, spread
// through the body inside paragraphs, lists, figures, headings, quotes and tables so that Readability keeps
// them in the article. Each vector sits next to a marker "Note <id>." so a test can tell whether the block
// around it reached the sanitizer. Used by the jest tests (in jsdom) and served by the e2e server.
import { vectorsFor } from './vectors.mjs';

export const PER_PAGE = 24;

const SENTENCES = [
  'The city council approved the new water plan on Tuesday after three hours of debate over costs and timing.',
  'Engineers say the older pipes under the harbour district lose nearly a fifth of the water they carry each year.',
  'Residents who spoke at the meeting asked for clearer notice before streets are closed for the replacement work.',
  'The first phase will start in the spring and run along the river, where the mains are oldest and leaks most common.',
  'A report by the regional utility found that repairs cost less per kilometre when whole streets are done at once.',
  'Several members wanted the money spread over more neighbourhoods, but the majority backed the engineers’ order.',
  'Shop owners on the market square worry about losing customers during the summer, when trade is at its busiest.',
  'The utility has promised night work where it can, and a weekly update on which blocks will be dug up next.',
];

function sentence(i) {
  return SENTENCES[i % SENTENCES.length];
}

/** One block of article text around a vector; the shape rotates so vectors land in varied places. */
function block(v, i) {
  const note = `Note ${v.id}.`;
  const a = sentence(i);
  const b = sentence(i + 3);
  switch (i % 6) {
    case 1:
      return `<ul><li>${note} ${a} ${v.html}</li><li>${b}</li><li>${sentence(i + 5)}</li></ul>`;
    case 2:
      return `<figure>${v.html}<figcaption>${note} ${a}</figcaption></figure>\n<p>${b} ${sentence(i + 6)}</p>`;
    case 3:
      return `<h2>Findings for ${v.id.replace(/-/g, ' ')} ${v.html}</h2>\n<p>${note} ${a} ${b}</p>`;
    case 4:
      return `<blockquote><p>${note} ${a} ${v.html} ${b}</p></blockquote>`;
    case 5:
      return `<table><tbody><tr><td>${note} ${a}</td><td>${v.html} ${b}</td></tr><tr><td>${sentence(i + 2)}</td><td>${sentence(i + 4)}</td></tr></tbody></table>`;
    default:
      return `<p>${note} ${a} ${v.html} ${b}</p>`;
  }
}

/** The full page for a list of vectors. */
export function articlePage(vectors, { title, url }) {
  const blocks = vectors.map((v, i) => `${block(v, i)}\n<p>${sentence(i + 1)} ${sentence(i + 2)} ${sentence(i + 4)}</p>`);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title} | Harbour Courier</title>
<meta property="og:type" content="article"><meta property="og:title" content="${title}">
<link rel="canonical" href="${url}"></head>
<body>
<header class="site"><a href="/">Harbour Courier</a> <nav><a href="/news/">News</a> <a href="/city/">City</a></nav></header>
<main><article>
<h1>${title}</h1>
<p class="byline">By <a rel="author" href="/authors/mira-holt/">Mira Holt</a>, city reporter</p>
<div class="article-body">
<p>${sentence(0)} ${sentence(1)} ${sentence(2)}</p>
${blocks.join('\n')}
<p>${sentence(5)} ${sentence(6)} ${sentence(7)}</p>
</div></article></main>
<footer class="site">© Harbour Courier</footer>
</body></html>`;
}

/** The vector pages for `origin`: [{ name, path, title, vectors, html }]. */
export function securityPages(origin) {
  const all = vectorsFor(origin);
  const pages = [];
  for (let i = 0; i < all.length; i += PER_PAGE) {
    const n = pages.length + 1;
    const path = `/security/${n}/`;
    const title = `Council backs water plan, part ${n}`;
    const vectors = all.slice(i, i + PER_PAGE);
    pages.push({ name: `security-${n}`, path, title, vectors, html: articlePage(vectors, { title, url: `${origin}${path}` }) });
  }
  return pages;
}
