/**
 * The article as plain text: title, author and source lines, the standfirst, then the running text with a blank line
 * between blocks (the core's plain-text walk over the view's own rendered body, controls left out).
 */
import type { Article } from '../../core/article';
import { plainText } from '../../core/plain-text';
import { exportCopy } from './prepare';

export function articlePlainText(article: Article, body: Element): string {
  const head = [article.title || 'Untitled', [article.byline, article.siteName].filter(Boolean).join(' · '), article.url].filter(Boolean);
  const text = plainText(exportCopy(body))
    .split('\n')
    .filter((line) => line.trim())
    .join('\n\n');
  const standfirst = article.standfirst ? `${article.standfirst}\n\n` : '';
  return `${head.join('\n')}\n\n${standfirst}${text}\n`;
}
