// Step 1 (working copy): players the reader cannot show are not left as a blank. The extension pages allow
// no frames, Readability drops every iframe but a few video hosts', and the sanitizer keeps only YouTube and
// Vimeo (EMBED_ALLOWLIST, shown by the view as a poster card). Every other known player (audio, other video
// hosts, posts of social networks) becomes a plain link to where it plays: "Listen on Spotify: Episode 12".
// Embedded posts (a tweet's <blockquote>) keep their text; one without its text or its own link to the post
// gets the same kind of link.
// Unknown frames (ads, widgets) are left to the later steps, which drop them as before.
// A rare step (rare-steps.ts): content.js runs it only when player-signs.ts says the page needs it, and
// keeps the <figure> for bare audio and video players there.
import { frameSource, playerUrl, POST_QUOTES } from './player-signs';
import { EMBED_ALLOWLIST } from './sanitize-config';

export type EmbedKind = 'video' | 'audio' | 'post';

export interface EmbedInfo {
  /** The service's name as people say it ("YouTube", "Spotify", "X"). */
  service: string;
  kind: EmbedKind;
  /** Where it plays: the service's own page (https), or the player's address opened on its own. */
  href: string;
  /** A picture the service gives for it without a request of ours (YouTube's thumbnails), or null. */
  poster: string | null;
}

type Provider = [RegExp, string, EmbedKind, (m: RegExpExecArray, url: URL) => string | null, ((m: RegExpExecArray) => string)?];

const param = (url: URL, name: string) => url.searchParams.get(name);

/**
 * Known players: address pattern, service, kind, its own page (null: open the player itself), poster.
 * Every pattern holds a word of player-signs.ts's PLAYER_WORDS (its cheap test).
 */
export const PROVIDERS: Provider[] = [
  [
    /^https:\/\/(?:www\.)?youtube(?:-nocookie)?\.com\/embed\/([\w-]{6,20})/,
    'YouTube',
    'video',
    (m) => `https://www.youtube.com/watch?v=${m[1]}`,
    (m) => `https://i.ytimg.com/vi/${m[1]}/hqdefault.jpg`,
  ],
  [/^https:\/\/player\.vimeo\.com\/video\/(\d+)/, 'Vimeo', 'video', (m) => `https://vimeo.com/${m[1]}`],
  [/^https:\/\/(?:www\.)?dailymotion\.com\/embed\/video\/(\w+)/, 'Dailymotion', 'video', (m) => `https://www.dailymotion.com/video/${m[1]}`],
  [/^https:\/\/geo\.dailymotion\.com\/player/, 'Dailymotion', 'video', (_m, u) => (param(u, 'video') ? `https://www.dailymotion.com/video/${param(u, 'video')}` : null)],
  [/^https:\/\/player\.twitch\.tv\//, 'Twitch', 'video', (_m, u) => (param(u, 'video') ? `https://www.twitch.tv/videos/${param(u, 'video')?.replace(/^v/, '')}` : param(u, 'channel') ? `https://www.twitch.tv/${param(u, 'channel')}` : null)],
  [/^https:\/\/(?:www\.)?tiktok\.com\/embed\//, 'TikTok', 'video', () => null],
  [/^https:\/\/(?:www\.)?facebook\.com\/plugins\/video\.php/, 'Facebook', 'video', (_m, u) => param(u, 'href')],
  [/^https:\/\/open\.spotify\.com\/embed(?:-podcast)?\/(track|album|playlist|episode|show|artist)\/(\w+)/, 'Spotify', 'audio', (m) => `https://open.spotify.com/${m[1]}/${m[2]}`],
  [/^https:\/\/w\.soundcloud\.com\/player\//, 'SoundCloud', 'audio', (_m, u) => (/^https:\/\/soundcloud\.com\//.test(param(u, 'url') ?? '') ? param(u, 'url') : null)],
  [/^https:\/\/embed\.podcasts\.apple\.com\/(.+)$/, 'Apple Podcasts', 'audio', (m) => `https://podcasts.apple.com/${m[1]}`],
  [/^https:\/\/(?:\w+\.)?bandcamp\.com\/EmbeddedPlayer\//, 'Bandcamp', 'audio', () => null],
  [/^https:\/\/(?:www\.)?mixcloud\.com\/widget\/iframe\//, 'Mixcloud', 'audio', (_m, u) => (param(u, 'feed') ? `https://www.mixcloud.com${param(u, 'feed')}` : null)],
  [/^https:\/\/platform\.twitter\.com\/embed\/Tweet\.html/, 'X', 'post', (_m, u) => (/^\d+$/.test(param(u, 'id') ?? '') ? `https://x.com/i/status/${param(u, 'id')}` : null)],
  [/^https:\/\/(?:www\.)?instagram\.com\/(p|reel)\/([\w-]+)\/embed/, 'Instagram', 'post', (m) => `https://www.instagram.com/${m[1]}/${m[2]}/`],
];

/** What an embed address is, or null for an address of no known player. */
export function embedInfo(src: string | null, base?: string): EmbedInfo | null {
  const url = src ? playerUrl(src, base) : null;
  if (!url) return null;
  const href = url.href;
  for (const [pattern, service, kind, page, poster] of PROVIDERS) {
    const m = pattern.exec(href);
    if (!m) continue;
    const own = page(m, url);
    const target = own && /^https:\/\//.test(own) ? own : href;
    return { service, kind, href: target, poster: poster ? poster(m) : null };
  }
  return null;
}

/** "Watch on YouTube", "Listen on Spotify", "View post on X". */
export function embedLabel(info: EmbedInfo): string {
  const verb = info.kind === 'audio' ? 'Listen on' : info.kind === 'post' ? 'View post on' : 'Watch on';
  return `${verb} ${info.service}`;
}

/** A player's own name for what it plays (its title or label), when it gives one that says something. */
function playerTitle(el: Element): string {
  const title = (el.getAttribute('title') || el.getAttribute('aria-label') || '').replace(/\s+/g, ' ').trim();
  return title.length > 2 && !/^(embed|iframe|player|video|audio|spotify|youtube|soundcloud)( (embed|player|video))?$/i.test(title) ? title.slice(0, 160) : '';
}

/** The paragraph that stands for a player: its link, and the player's title when it has one. */
function linkParagraph(doc: Document, info: EmbedInfo, title: string): HTMLElement {
  const p = doc.createElement('p');
  const a = doc.createElement('a');
  a.setAttribute('href', info.href);
  a.textContent = embedLabel(info);
  p.appendChild(a);
  if (title) p.appendChild(doc.createTextNode(`: ${title}`));
  return p;
}

const POST_LINK = /^https:\/\/(?:www\.|mobile\.)?(?:twitter\.com|x\.com)\/\w+\/status\/\d+|^https:\/\/(?:www\.)?instagram\.com\/(?:p|reel)\/|^https:\/\/(?:www\.)?tiktok\.com\/@[\w.]+\/video\/\d+|^https:\/\/bsky\.app\/profile\/[^/]+\/post\//;

function absoluteHref(a: Element, base: string): string {
  try {
    return new URL(a.getAttribute('href') ?? '', base).href;
  } catch {
    return '';
  }
}

function postService(href: string): string {
  if (/instagram\.com/.test(href)) return 'Instagram';
  if (/tiktok\.com/.test(href)) return 'TikTok';
  if (/bsky\.app/.test(href)) return 'Bluesky';
  return 'X';
}

/**
 * Replaces the players in `body` that the reader cannot show with links, and gives embedded posts a link
 * to the post. Players on EMBED_ALLOWLIST stay (the view shows them as poster cards). Bare audio and video
 * players are put in figures by player-signs.ts (figuresForMedia).
 */
export function linkEmbeds(body: Element): void {
  const doc = body.ownerDocument;
  const base = doc.baseURI;
  for (const frame of Array.from(body.getElementsByTagName('iframe'))) {
    const src = frameSource(frame);
    if (src && EMBED_ALLOWLIST.some((re) => re.test(src))) continue;
    const info = embedInfo(src, base);
    if (info) frame.replaceWith(linkParagraph(doc, info, playerTitle(frame)));
  }
  for (const quote of Array.from(body.getElementsByTagName('blockquote'))) {
    if (!POST_QUOTES.test(quote.getAttribute('class') ?? '')) continue;
    // A post that carries its text and its own link to the post (a tweet's date line) reads as it is: one
    // more link in it raised its link density enough for Readability to drop the whole quote (a news page
    // of the article benchmark lost its quoted tweet).
    const own = Array.from(quote.getElementsByTagName('a')).some((a) => POST_LINK.test(absoluteHref(a, base)));
    if (own && quote.textContent!.replace(/\s+/g, ' ').trim().length >= 40) continue;
    const links = Array.from(quote.getElementsByTagName('a'), (a) => absoluteHref(a, base));
    const href = links.reverse().find((h) => POST_LINK.test(h)) ?? quote.getAttribute('cite');
    if (!href || !POST_LINK.test(href)) continue;
    quote.appendChild(linkParagraph(doc, { service: postService(href), kind: 'post', href, poster: null }, ''));
  }
}
