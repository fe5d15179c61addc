// The end of a read without the page's address (unknown-address.ts): every URL under the stand-in address
// goes back to a relative one. A rare step (rare-steps.ts): only the CLI reads pages without their address.
import { DIRS, ORIGIN, PAGE } from './unknown-address';

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
