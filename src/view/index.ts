// The reading view: one module, two hosts (src/popup, src/reader).
export { afterNextPaint, mark } from './marks';
export { applyCachedSettings } from './settings';
export { mountView, type View, type ViewMode, type ViewOptions } from './view';
export { warmArticleView } from './warm';
export { localizeDocument, t } from './i18n/index';
