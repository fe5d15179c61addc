// Rendering an Article for the view: header and body (article.ts), the body progressive when long (body.ts,
// pieces.ts), its nodes finished (finish.ts); and the view's other states (states.ts).
export { type ArticleParts, headingsOf, type RenderedArticle, renderArticle, renderArticleParts } from './article';
export { type ArticleBody, type BodyOptions, type Completion, FIRST_SCREEN_CHARS, PROGRESSIVE_ABOVE_CHARS, PROGRESSIVE_ABOVE_HTML, renderBody } from './body';
export { type MessageSpec, renderLoading, renderMessage, renderNotice } from './states';
