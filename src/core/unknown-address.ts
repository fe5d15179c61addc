// A page read without its address (a saved file that names none, given to the CLI without --url). The
// steps need one: relative links must resolve for the rules to count them as the site's own, and the
// working copy gets a <base>. So the pipeline works under a stand-in address, and at the end every URL
// under it goes back to a relative one (`img/a.jpg`, `/about/`, `#notes`), so nothing of the stand-in
// reaches the Article, whose `url` is then ''. That last step is relative-urls.ts, a rare step (rare-steps.ts):
// the extension always reads a page with its address, so content.js leaves it out.

export const ORIGIN = 'https://unknown-address.invalid';
/** Deep enough that `../` links from the page come back as they were. */
export const DIRS = ['_', '_', '_', '_', '_', '_', '_', '_'];
export const PAGE = 'page';
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
