// Platforms' article-body markup for the variant generator: the host page's body element is dressed as
// WordPress, Blogger, Ghost, a Medium-like class soup, Drupal or Substack would write it.
export const PLATFORMS = ['host', 'wordpress', 'blogger', 'ghost', 'medium', 'drupal', 'substack'];

export function applyPlatform(platform, body, paras, doc, r) {
  if (platform === 'host') return;
  if (platform === 'wordpress') {
    body.className = 'entry-content wp-block-post-content is-layout-flow';
    for (const p of paras) p.before(doc.createComment(' wp:paragraph '));
  } else if (platform === 'blogger') {
    body.className = 'post-body entry-content float-container';
    body.id = `post-body-${1000000 + r.int(8999999)}`;
    for (const p of paras) p.setAttribute('style', 'text-align: justify;');
  } else if (platform === 'ghost') {
    body.className = 'gh-content gh-canvas';
  } else if (platform === 'medium') {
    body.className = 'ab ca cb cc';
    for (const p of paras) {
      p.className = 'pw-post-body-paragraph ks kt fr ku b kv kw kx ky kz la';
      p.setAttribute('data-selectable-paragraph', '');
      p.id = (r.int(2 ** 16)).toString(16).padStart(4, '0');
    }
  } else if (platform === 'drupal') {
    body.className = 'clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item';
  } else if (platform === 'substack') {
    body.className = 'body markup';
    body.setAttribute('dir', 'auto');
  }
}
