// The address of a saved page, for `extract` without --url: what the page says it is. In order: its
// <link rel="canonical">, its og:url (both only when absolute http or https: a relative one says nothing
// about where the page was), then the "saved from url=(NNNN)…" comment browsers write at the top of a
// page they save (the mark of the web; NNNN is the address's length). Null when the page names none.

export type AddressSource = 'link rel=canonical' | 'og:url' | 'saved from url=';

export interface PageAddress {
  url: string;
  source: AddressSource;
}

const SAVED_FROM = /^\s*saved from url=\((\d{4})\)(\S+)/i;

/** `value` as an absolute http(s) URL, or null. */
function webAddress(value: string | null | undefined): string | null {
  if (!value?.trim()) return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** The address in a "saved from url=(0044)https://…" comment, using the stated length when it fits. */
export function savedFromUrl(comment: string): string | null {
  const match = SAVED_FROM.exec(comment);
  if (!match) return null;
  const length = Number(match[1]);
  const rest = match[2] ?? '';
  return webAddress(length > 0 && length <= rest.length ? rest.slice(0, length) : rest);
}

/** Comments the parser put before <html>, at the top of <html> or in <head>: where browsers write the mark. */
function topComments(doc: Document): string[] {
  const lists = [doc.childNodes, doc.documentElement?.childNodes, doc.head?.childNodes];
  const found: string[] = [];
  for (const list of lists) {
    if (!list) continue;
    for (let i = 0; i < list.length; i++) {
      const node = list[i];
      if (node?.nodeType === 8) found.push((node as Comment).data);
    }
  }
  return found;
}

export function pageAddress(doc: Document): PageAddress | null {
  for (const link of Array.from(doc.querySelectorAll('link[rel][href]'))) {
    if (!/(^|\s)canonical(\s|$)/i.test(link.getAttribute('rel') ?? '')) continue;
    const url = webAddress(link.getAttribute('href'));
    if (url) return { url, source: 'link rel=canonical' };
  }
  for (const meta of Array.from(doc.querySelectorAll('meta[property="og:url"], meta[name="og:url"]'))) {
    const url = webAddress(meta.getAttribute('content'));
    if (url) return { url, source: 'og:url' };
  }
  for (const comment of topComments(doc)) {
    const url = savedFromUrl(comment);
    if (url) return { url, source: 'saved from url=' };
  }
  return null;
}
