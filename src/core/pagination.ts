// Multi-page articles: where the article goes on. Read from the page (never followed here: the content
// script fetches, the view merges): <link rel="next"> or <a rel="next">, or a pagination block of numbered
// links to the same article. A link counts only when it is the same article's address with another page
// number (/story/2/, /story/page/2, /story?page=2, /story-2.html): "next" links to other stories, a blog's
// older-posts page or a list of other articles are not the article going on.

export interface NextPage {
  /** The next page's address (same origin as the page). */
  url: string;
  /** This page's number (1 when the address has none). */
  page: number;
  /** The highest page number the pagination block shows, when there is one. */
  total: number | null;
}

const PAGE_PARAMS = ['page', 'p', 'pg', 'pagina', 'seite', 'paged', 'pagenum'];

/** The address without its page number, and the number (1 when there is none). */
export function pageTemplate(href: string): { template: string; page: number } | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  url.hash = '';
  let page = 1;
  for (const name of PAGE_PARAMS) {
    const value = url.searchParams.get(name);
    if (value !== null && /^\d{1,3}$/.test(value)) {
      page = Number(value);
      url.searchParams.delete(name);
    }
  }
  const m = /^(.*?)(?:\/(?:page|seite|pagina|p)?\/?(\d{1,3})|[-_](?:page|seite|p)?-?(\d{1,3}))(\/?|\.html?|\.php)$/i.exec(url.pathname);
  if (m && page === 1) {
    page = Number(m[2] ?? m[3]);
    url.pathname = `${m[1]}${m[4] === '/' ? '/' : (m[4] ?? '')}`;
  }
  url.pathname = url.pathname.replace(/\/$/, '') || '/';
  url.search = url.searchParams.toString();
  return { template: url.href.replace(/\?$/, ''), page };
}

function sameArticle(href: string, here: { template: string }, origin: string): { page: number } | null {
  if (!href.startsWith(origin)) return null;
  const t = pageTemplate(href);
  return t && t.template === here.template ? { page: t.page } : null;
}

function absolute(value: string | null, base: string): string | null {
  if (!value) return null;
  try {
    const url = new URL(value, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** A pagination block's "next" link: the word alone (with an arrow), never "Next story". */
const NEXT_WORDS = /^(?:[‹«←<]\s*)?(?:next|next page|weiter|nächste|nächste seite|suivant|suivante|page suivante|siguiente|successiva|volgende)?\s*[›»→>]*$/i;
/** Above this, a number in an address is an id, not a page ("/story/123" is not page 123 of "/story"). */
const MAX_PAGE = 50;

/** The next page of the article in `doc` (at `pageUrl`), or null. */
export function findNextPage(doc: Document, pageUrl: string): NextPage | null {
  const here = pageTemplate(pageUrl);
  if (!here || here.page >= MAX_PAGE) return null;
  const origin = new URL(pageUrl).origin;
  const candidates: Array<{ url: string; page: number }> = [];
  const consider = (value: string | null) => {
    const url = absolute(value, pageUrl);
    const same = url ? sameArticle(url, here, origin) : null;
    if (url && same && same.page > here.page) candidates.push({ url, page: same.page });
  };
  for (const link of Array.from(doc.querySelectorAll('link[rel~="next"], a[rel~="next"]'))) consider(link.getAttribute('href'));
  // Numbered links to the same article (a pagination block), and its "Next" link.
  let total: number | null = null;
  for (const a of Array.from(doc.querySelectorAll('a[href]'))) {
    const text = (a.textContent ?? '').replace(/\s+/g, ' ').trim();
    const numbered = /^\d{1,3}$/.test(text);
    const nextWord = Boolean(text) && /\S/.test(text) && NEXT_WORDS.test(text);
    if (!numbered && !nextWord && !/^next( page)?$/i.test(a.getAttribute('aria-label') ?? '')) continue;
    const url = absolute(a.getAttribute('href'), pageUrl);
    const same = url ? sameArticle(url, here, origin) : null;
    if (!url || !same || same.page > MAX_PAGE) continue;
    if (numbered && Number(text) !== same.page) continue; // "2" must lead to page 2
    if (numbered) total = Math.max(total ?? 0, same.page);
    if (same.page > here.page) candidates.push({ url, page: same.page });
  }
  if (!candidates.length) return null;
  const next = candidates.filter((c) => c.page === here.page + 1)[0] ?? candidates.sort((a, b) => a.page - b.page)[0]!;
  if (next.page !== here.page + 1) return null; // a gap: not a sequence this page belongs to
  return { url: next.url, page: here.page, total: total && total > here.page ? total : null };
}
