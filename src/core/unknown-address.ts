// A page read without its address (a saved file that names none, given to the CLI without --url). The
// steps need one: relative links must resolve for the rules to count them as the site's own, and the
// working copy gets a <base>. So the pipeline works under a stand-in address, and at the end every URL
// under it goes back to a relative one (`img/a.jpg`, `/about/`, `#notes`), so nothing of the stand-in
// reaches the Article, whose `url` is then ''.

const ORIGIN = 'https://unknown-address.invalid';
/** Deep enough that `../` links from the page come back as they were. */
const DIRS = ['_', '_', '_', '_', '_', '_', '_', '_'];
const PAGE = 'page';
export const STAND_IN_ADDRESS = `${ORIGIN}/${DIRS.join('/')}/${PAGE}`;

/** True when `url` is an address on its own (absolute, with a scheme), not a relative path or ''. */
export function isAddress(url: string): boolean {
  try {
    new URL(url.trim());
    return true;
  } catch {
    return false;
  }
}

/** `abs` relative to the stand-in page, when it is under it; any other URL unchanged. */
export function relativeUrl(abs: string): string {
  if (!abs.startsWith(`${ORIGIN}/`)) return abs;
  const url = new URL(abs);
  const segments = url.pathname.split('/').slice(1);
  const file = segments.pop() ?? '';
  const rest = `${url.search}${url.hash}`;
  let common = 0;
  while (common < segments.length && common < DIRS.length && segments[common] === DIRS[common]) common++;
  if (common === 0) return `${url.pathname}${rest}`; // root-relative on the page, or as good as
  const up = '../'.repeat(DIRS.length - common);
  const path = `${up}${[...segments.slice(common), file].join('/')}`;
  if (path === PAGE && common === DIRS.length && rest) return rest;
  return `${path}${rest}`;
}

function relativeSrcset(srcset: string): string {
  return srcset
    .split(/,\s+(?=\S)/)
    .map((part) => {
      const [url = '', ...descriptor] = part.trim().split(/\s+/);
      return [relativeUrl(url), ...descriptor].join(' ');
    })
    .join(', ');
}

/** Rewrites the article's links and media URLs that point under the stand-in address to relative ones. */
export function relativizeUrls(root: Element): void {
  for (const el of Array.from(root.querySelectorAll('[href], [src], [srcset], [poster]'))) {
    for (const name of ['href', 'src', 'poster']) {
      const value = el.getAttribute(name);
      if (value?.startsWith(ORIGIN)) el.setAttribute(name, relativeUrl(value));
    }
    const srcset = el.getAttribute('srcset');
    if (srcset?.includes(ORIGIN)) el.setAttribute('srcset', relativeSrcset(srcset));
  }
}
