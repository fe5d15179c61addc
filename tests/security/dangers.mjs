// What must never be in sanitized article DOM, as one self-contained function: jest runs it on the parsed
// Article.html and on the view's rendered DOM, and the e2e tests serialise it (fn.toString()) into the popup
// and the reader tab. It must not use anything from this module's scope.

/**
 * Lists the dangerous constructs under `root` (an element or fragment), as short strings like
 * "script element" or "img[onerror]". `options.allowEmbeds`: the sandboxed YouTube/Vimeo iframes the core keeps.
 */
export function findDangers(root, options = {}) {
  const found = [];
  const BAD_ELEMENTS = new Set(
    'script,iframe,frame,frameset,object,embed,applet,portal,fencedframe,base,meta,link,style,form,input,button,select,textarea,isindex,template,noscript,xmp,noembed,noframes,plaintext,title,handler,listener,discard,animate,set,animatemotion,animatetransform,use,foreignobject,annotation-xml'.split(','),
  );
  const URL_ATTRS = new Set('href,src,xlink:href,action,formaction,poster,data,cite,background,lowsrc,dynsrc,longdesc,codebase,ping,manifest,icon,srcdoc'.split(','));
  const BAD_ATTRS = new Set('srcdoc,formaction,action,ping,style,http-equiv,background,is,xmlns:ev,ev:event'.split(','));
  const EMBED = [/^https:\/\/www\.youtube(-nocookie)?\.com\/embed\/[\w-]+/, /^https:\/\/player\.vimeo\.com\/video\/\d+/];
  const doc = root.ownerDocument || root;
  const formProto = doc.defaultView ? doc.defaultView.HTMLFormElement.prototype : null;
  const scheme = (value) => {
    // What a browser would treat as the URL's scheme: control characters and whitespace do not count.
    const visible = Array.from(String(value))
      .filter((ch) => ch.charCodeAt(0) > 0x20 && (ch.charCodeAt(0) < 0x7f || ch.charCodeAt(0) > 0x9f))
      .join('');
    const m = /^([a-z][a-z0-9+.-]*):/i.exec(visible);
    return m ? m[1].toLowerCase() : null;
  };
  const unsafeUrl = (el, name, value) => {
    const s = scheme(value);
    if (s === null || s === 'http' || s === 'https' || s === 'mailto' || s === 'tel') return false;
    if (s === 'data' && el.localName === 'img' && name === 'src') return !/^\s*data:image\/(png|gif|jpe?g|webp|avif|svg\+xml)[;,]/i.test(value);
    return true;
  };
  const walker = doc.createTreeWalker(root, 0x1 | 0x80); // elements and comments
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === 8) {
      if (/<\/?[a-z!?]/i.test(node.data)) found.push('comment with markup');
      continue;
    }
    const el = node;
    const tag = el.localName.toLowerCase();
    const isEmbed = tag === 'iframe' && options.allowEmbeds && EMBED.some((re) => re.test(el.getAttribute('src') || ''));
    const html = el.namespaceURI === 'http://www.w3.org/1999/xhtml';
    const localUse = tag === 'use' && /^#/.test(el.getAttribute('href') || el.getAttribute('xlink:href') || '#');
    if (BAD_ELEMENTS.has(tag) && !isEmbed && !localUse && !(tag === 'title' && !html)) found.push(`${tag} element`);
    if (isEmbed && !el.hasAttribute('sandbox')) found.push('iframe without sandbox');
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      const where = `${tag}[${name}]`;
      if (name.startsWith('on')) found.push(where);
      else if (BAD_ATTRS.has(name) && !(name === 'style' && options.allowStyle)) found.push(where);
      else if (URL_ATTRS.has(name) && unsafeUrl(el, name, attr.value)) found.push(`${where}=${scheme(attr.value)}:`);
      else if (name === 'srcset' || name === 'imagesrcset') {
        for (const part of attr.value.split(/,\s+/)) {
          if (unsafeUrl(el, 'srcset', part.trim().split(/\s+/)[0] || '')) found.push(`${where}=${scheme(part.trim())}:`);
        }
      } else if ((name === 'id' || name === 'name') && attr.value && (attr.value in doc || (formProto && attr.value in formProto))) {
        found.push(`${where}=${attr.value} (clobbers document)`);
      }
    }
    if (tag === 'a' && el.getAttribute('target') === '_blank' && !/\bnoopener\b/.test(el.getAttribute('rel') || '')) found.push('a[target=_blank] without noopener');
  }
  return found;
}
