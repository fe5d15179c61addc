// What content.js keeps of the embed step (embeds.ts, a rare step: core/rare-steps.ts): a bare <audio> or
// <video> put in a <figure>, which every page with one needs and costs a few lines, and the cheap test that
// says when a page needs the rest: a player frame of a known host that the reader cannot show, or an
// embedded post. The test is a superset of what embeds.ts changes: it reads a frame's address the same
// way (playerUrl) and looks in it for a word that every address pattern of embeds.ts holds
// (tests/unit/rare-steps.test.ts checks both against the table and the pages the tests know).
import { EMBED_ALLOWLIST } from './sanitize-config';

/** Embedded posts: a tweet's, an Instagram post's… <blockquote>, by its class. */
export const POST_QUOTES = /(^|\s)(twitter-tweet|twitter-video|instagram-media|tiktok-embed|bluesky-embed|mastodon-embed)(\s|$)/;

/** A word of every player address embeds.ts knows (its PROVIDERS); any other frame is left to later steps. */
export const PLAYER_WORDS = /youtube|vimeo|dailymotion|twitch|tiktok|facebook\.com\/plugins\/video|spotify|soundcloud|podcasts\.apple|bandcamp|mixcloud|twitter\.com\/embed|instagram/;

/** A frame's address, lazy-loaded ones included. */
export function frameSource(frame: Element): string | null {
  return frame.getAttribute('src') || frame.getAttribute('data-src') || frame.getAttribute('data-lazy-src');
}

/** A player's address as embeds.ts reads it: protocol-relative and plain-http addresses as https. */
export function playerUrl(src: string, base?: string): URL | null {
  let url: URL;
  try {
    url = new URL(src.trim().replace(/^\/\//, 'https://'), base);
  } catch {
    return null;
  }
  if (url.protocol === 'http:') url.protocol = 'https:';
  return url;
}

/** True when the body holds a player frame embeds.ts may turn into a link, or an embedded post. */
export function hasPlayerLinks(body: Element): boolean {
  const base = body.ownerDocument.baseURI;
  for (const frame of Array.from(body.getElementsByTagName('iframe'))) {
    const src = frameSource(frame);
    if (!src || EMBED_ALLOWLIST.some((re) => re.test(src))) continue;
    const url = playerUrl(src, base);
    if (url && PLAYER_WORDS.test(url.href)) return true;
  }
  return Array.from(body.getElementsByTagName('blockquote')).some((quote) => POST_QUOTES.test(quote.getAttribute('class') ?? ''));
}

/**
 * A bare <audio> or <video> goes in a <figure>: Readability drops a paragraph holding only a player (it
 * counts no text in it). The view adds the link to the file (a link here would look like a read-more line).
 */
export function figuresForMedia(body: Element): void {
  const doc = body.ownerDocument;
  for (const el of [...Array.from(body.getElementsByTagName('audio')), ...Array.from(body.getElementsByTagName('video'))]) {
    if (el.closest('figure')) continue;
    const figure = doc.createElement('figure');
    el.replaceWith(figure);
    figure.appendChild(el);
  }
}
