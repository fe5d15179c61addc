// A synthetic news page of about `targetBytes` bytes, deterministic (seeded), shaped like a big real
// one: a header with a mega-menu of thousands of links, an inline JSON state blob, an article of
// many linked paragraphs in deeply nested sections, a sidebar of link widgets, threaded comments
// and a footer. Shares of the bytes: nav ~8% (at least 2 000 links), script ~10%, article ~57%,
// sidebar ~10%, comments ~15%.
const WORDS = (
  'the of and to in a is that for it as was with be by on not he this are or his from at which but have an ' +
  'they you were her she there been one all we their has would when if so no will more about can out time ' +
  'city council budget report river energy market school health study water policy court data people year'
).split(' ');

/** mulberry32: a small, fast, seeded generator (also used by ff-pages.mjs). */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generatePage(targetBytes, seed = 42) {
  const rand = rng(seed);
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  const words = (n) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const link = (href, text) => `<a href="${href}">${text}</a>`;
  const out = [];
  let bytes = 0;
  const push = (s) => {
    out.push(s);
    bytes += s.length;
  };
  const stats = { navLinks: 0, paragraphs: 0, comments: 0, sidebarLinks: 0 };

  push('<!doctype html><html lang="en"><head><meta charset="utf-8"><title>City budget: the long story | Daily Bench</title>');
  push('<meta name="description" content="A long synthetic article."><meta property="og:site_name" content="Daily Bench">');
  push('<style>body{font:16px sans-serif}.nav a{padding:2px}</style></head><body>');

  // Header + mega menu.
  push('<header class="site-header"><div class="logo"><a href="/">Daily Bench</a></div><nav class="nav main-menu"><ul>');
  const navStart = bytes;
  for (let s = 0; stats.navLinks < 2000 || bytes - navStart < targetBytes * 0.08; s++) {
    push(`<li class="menu-item"><a href="/section-${s}/">Section ${s}</a><ul class="sub-menu">`);
    for (let i = 0; i < 20; i++, stats.navLinks++) push(`<li>${link(`/section-${s}/topic-${i}/`, `${words(2)} ${i}`)}</li>`);
    push('</ul></li>');
  }
  push('</ul></nav></header>');

  // Inline state blob, as many sites ship.
  const blob = [];
  for (let n = 0; n * 40 < targetBytes * 0.1; n++) blob.push(`{"id":${n},"t":"${words(3)}"}`);
  push(`<script type="application/json" id="__STATE__">[${blob.join(',')}]</script>`);

  // The article: sections wrapped in 2..25 levels of divs, h2/h3, paragraphs with links and emphasis.
  push('<main id="main"><article class="post"><h1>City budget: the long story</h1>');
  push('<p class="byline">By <a href="/authors/jane">Jane Bench</a> · <time datetime="2024-05-01">May 1, 2024</time></p>');
  const articleEnd = bytes + targetBytes * 0.57;
  for (let sec = 0; bytes < articleEnd; sec++) {
    const depth = 2 + (sec % 24);
    push(`${'<div class="wrap">'.repeat(depth)}<section id="s${sec}"><h2>Part ${sec}: ${words(4)}</h2>`);
    for (let p = 0; p < 12 && bytes < articleEnd; p++) {
      if (p === 6) push(`<h3>${words(5)}</h3>`);
      if (p === 9 && sec % 3 === 0) push(`<figure><img src="/img/${sec}.jpg" alt="${words(3)}"><figcaption>${words(8)}</figcaption></figure>`);
      push(`<p>${words(25)} ${link(`/news/${sec}-${p}/`, words(3))} ${words(20)} <em>${words(4)}</em> ${words(15)} ${link(`https://example.org/ref/${p}`, words(2))} ${words(10)}.</p>`);
      stats.paragraphs++;
    }
    push(`</section>${'</div>'.repeat(depth)}`);
  }
  push('</article></main>');

  // Sidebar widgets.
  push('<aside class="sidebar">');
  const sideEnd = bytes + targetBytes * 0.1;
  for (let w = 0; bytes < sideEnd; w++) {
    push(`<div class="widget"><h4>Most read ${w}</h4><ul>`);
    for (let i = 0; i < 10; i++, stats.sidebarLinks++) push(`<li>${link(`/popular/${w}-${i}/`, words(6))}</li>`);
    push('</ul><div class="ad">Advertisement</div></div>');
  }
  push('</aside>');

  // Threaded comments (replies nest up to 4 deep).
  push('<section class="comments"><h3>Comments</h3><ol class="comment-list">');
  const commentsEnd = bytes + targetBytes * 0.15;
  let open = 0;
  for (let c = 0; bytes < commentsEnd; c++, stats.comments++) {
    push(`<li class="comment" id="c${c}"><div class="comment-body"><img class="avatar" src="/a/${c % 50}.png" alt="">`);
    push(`<a class="author" href="/users/${c % 300}">user${c % 300}</a><p>${words(30)}</p><a class="reply" href="#c${c}">Reply</a></div>`);
    if (open < 4 && rand() < 0.4) {
      push('<ol class="children">');
      open++;
    } else {
      push('</li>');
      while (open > 0 && rand() < 0.5) {
        push('</ol></li>');
        open--;
      }
    }
  }
  push('</ol></li>'.repeat(open));
  push('</ol></section>');

  push('<footer><ul>');
  for (let i = 0; i < 200; i++) push(`<li>${link(`/about/${i}`, words(2))}</li>`);
  push('</ul><p>© Daily Bench</p></footer></body></html>');
  return { html: out.join(''), stats };
}
