/**
 * Getting an export out of the view without extra permissions: the clipboard from the click that asked
 * for it (a user gesture, which both browsers accept without `clipboardWrite`), and a file through an
 * `<a download>` on a blob URL (no `downloads` permission).
 */
import { t } from '../i18n/index';

/** Copies text; falls back to a selection and execCommand where the async clipboard is refused. */
export async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    return;
  } catch {
    // Some browsers refuse the async API in an extension popup: the selection route still works there.
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.appendChild(area);
  area.select();
  const ok = document.execCommand('copy');
  area.remove();
  if (!ok) throw new Error(t('copyNotAllowed'));
}

/** A file name from a title: letters and digits kept (any script), the rest made dashes, at most 80 long. */
export function fileName(title: string, ext: string): string {
  const slug = title
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return `${slug || 'article'}.${ext}`;
}

/** Saves text as a file the browser downloads (to its download folder or after asking, as the user set it). */
export function saveFile(text: string, name: string, type = 'text/markdown'): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
