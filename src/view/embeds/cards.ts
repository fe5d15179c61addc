/**
 * Players in the view. Extension pages allow no frames (CSP frame-src 'none'), so a video player the article
 * keeps (YouTube, Vimeo: the core's EMBED_ALLOWLIST) is shown as a poster card: the service's thumbnail
 * where it gives one, a play mark, and "Watch on YouTube", opening the video in a new tab. The cards are
 * made in the sanitizer's inert fragment, so no frame ever reaches the page. <audio> and <video> keep
 * their players and get a link to their file beside them.
 */
import { embedInfo, embedLabel } from '../../core/embeds';
import { h } from '../dom';
import { toolIcon } from '../tool-icons';
import { t } from '../i18n/index';

const LINK = { target: '_blank', rel: 'noopener noreferrer' } as const;

/** A poster card for a player address the view cannot frame, or null for an unknown address. */
export function posterCard(src: string | null, title: string): HTMLElement | null {
  const info = embedInfo(src);
  if (!info) return null;
  const label = embedLabel(info);
  const poster = info.poster
    ? h('img', { class: 'embed__poster', src: info.poster, alt: title ? `${info.service}: ${title}` : t('serviceVideo', info.service), referrerpolicy: 'no-referrer' })
    : h('span', { class: 'embed__blank', 'aria-hidden': 'true' }, info.service);
  const play = h('span', { class: 'embed__play', 'aria-hidden': 'true' }, toolIcon('play', 30));
  play.setAttribute('data-ro-ui', '');
  return h(
    'figure',
    { class: `embed embed--${info.kind}`, 'data-embed': info.service },
    h('a', { class: 'embed__frame', href: info.href, ...LINK, 'aria-label': title ? `${label}: ${title}` : label }, poster, play),
    h('figcaption', { class: 'embed__caption' }, h('a', { class: 'embed__link', href: info.href, ...LINK }, label), title ? `: ${title}` : null),
  );
}

/** Every <iframe> in a sanitized fragment becomes a poster card, or goes. Nothing framed is left. */
export function replaceFrames(root: DocumentFragment | Element): void {
  for (const frame of Array.from(root.querySelectorAll('iframe'))) {
    const title = (frame.getAttribute('title') ?? '').replace(/\s+/g, ' ').trim().slice(0, 160);
    const card = posterCard(frame.getAttribute('src'), title);
    // A card replaces the frame's wrapper when the frame was all it held (a "video-embed" div).
    const parent = frame.parentElement;
    const lone = parent && parent.tagName === 'DIV' && parent.children.length === 1 && !(parent.textContent ?? '').trim();
    if (card) (lone ? parent : frame).replaceWith(card);
    else frame.remove();
  }
}

function fileName(src: string): string {
  try {
    return decodeURIComponent(new URL(src).pathname.split('/').pop() ?? '');
  } catch {
    return '';
  }
}

/** <audio> and <video>: their controls, and a link to the file where the player cannot play it. */
export function finishMedia(root: ParentNode): void {
  for (const media of Array.from(root.querySelectorAll<HTMLMediaElement>('audio, video'))) {
    media.controls = true;
    media.preload = 'metadata';
    const src = media.getAttribute('src') ?? media.querySelector('source')?.getAttribute('src') ?? '';
    if (!/^https?:/.test(src)) continue;
    const audio = media.tagName === 'AUDIO';
    const name = fileName(src);
    const link = h('a', { class: 'embed__link', href: src, ...LINK }, name ? t('withFile', t(audio ? 'listenRecording' : 'watchVideo'), name) : t(audio ? 'listenRecording' : 'watchVideo'));
    const figure = media.closest('figure');
    const caption = figure?.querySelector('figcaption');
    if (caption) caption.append(' ', link);
    else if (figure) figure.appendChild(h('figcaption', { class: 'embed__caption' }, link));
    else media.after(h('p', { class: 'embed__caption' }, link));
    figure?.classList.add('embed', audio ? 'embed--audio' : 'embed--file');
  }
}
