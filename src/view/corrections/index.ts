// The corrections in the reading view (issue 14), hooked into view.ts with two lines: what was removed,
// shown in place and restored (panel.ts, in-place.ts, built by render.ts into the header), blocks hidden
// by the reader (hide.ts, the key x), and the requests to keep a correction for this site, saved here in
// storage.sync (src/shared/site-rules-store.ts), applied by the core on the page's next extraction.
import type { Article } from '../../core/article';
import { hostName } from '../../core/url';
import browser from 'webextension-polyfill';
import { addSiteRule, forgetHidden } from '../../shared/site-rules-store';
import { h } from '../dom';
import type { Completion } from '../render/body';
import { type Hiding, enableHiding } from './hide';
import { CORRECTION_EVENT, type CorrectionRequest } from './panel';
import { t } from '../i18n/index';
import { refusalText } from './strings';

/** Asked of the host (bubbling from the view's root) when the reader wants to pick the article on the page. */
export const PICK_EVENT = 'ro-pick';

export interface Corrections {
  /** Wires the article just rendered (its body) for hiding; a body still coming in is wired once it is whole. */
  show(article: Article, body: HTMLElement, completion?: Completion): void;
}

const typing = (t: EventTarget | null) => t instanceof HTMLElement && (t.isContentEditable || /^(input|textarea|select)$/i.test(t.localName));

export function createCorrections(root: HTMLElement): Corrections {
  const note = h('div', { class: 'hide-note', role: 'status', 'aria-live': 'polite', hidden: true });
  root.appendChild(note);
  let host = '';
  let hiding: Hiding | null = null;
  let pending: Completion | null = null;

  root.addEventListener(CORRECTION_EVENT, (event) => {
    const detail = (event as CustomEvent<CorrectionRequest>).detail;
    if (!host) return detail.done?.(t('corrNoAddress'));
    const saving = 'add' in detail ? addSiteRule(host, detail.add) : forgetHidden(host, detail.forgetHidden);
    saving.then(
      (r) => detail.done?.(r.ok ? null : refusalText(r)),
      (err: unknown) => detail.done?.(err instanceof Error ? err.message : String(err)),
    );
  });

  root.addEventListener('click', (event) => {
    if ((event.target as Element | null)?.closest?.('[data-corr="manage"]')) void browser.runtime.openOptionsPage();
  });

  document.addEventListener('keydown', (event) => {
    if (event.key !== 'x' || event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
    if (!hiding && pending && !pending.complete) pending.finish(); // the blocks are marked once the body is whole
    if (hiding?.hideFocused()) event.preventDefault();
  });

  return {
    show(article, body, completion) {
      host = hostName(article.url);
      note.hidden = true;
      hiding = null;
      pending = completion ?? null;
      const wire = () => {
        if (pending !== (completion ?? null)) return; // another article since
        hiding = enableHiding(root, body, note);
      };
      if (completion) completion.whenWhole(wire);
      else wire();
      // Hosts that can open the picker on the page (the popup) say so with data-pick="on".
      const facts = root.dataset.pick === 'on' ? body.closest('.doc')?.querySelector('.doc__facts') : null;
      if (facts) {
        const pick = h('button', { class: 'removed__btn removed__btn--quiet doc__pick', type: 'button', 'data-corr': 'pick', title: t('corrPickHint') }, t('corrPick'));
        pick.addEventListener('click', () => root.dispatchEvent(new CustomEvent(PICK_EVENT, { bubbles: true })));
        facts.append(h('span', { class: 'sep', 'aria-hidden': 'true' }, '·'), pick);
      }
    },
  };
}
