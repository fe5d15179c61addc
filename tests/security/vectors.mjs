// XSS and injection vectors, one data module for the jest tests and the e2e runner.
// Each vector is { id, category, html(c) }: `c` gives the canary helpers for one origin (the e2e server's, or
// a dummy one in jest):
//   c.js      JavaScript that, if it ever runs, requests ORIGIN/canary/ID and pushes ID onto window.__canary;
//             as a handler it fires once per element (a focused field's onfocus runs again each time the
//             live page regains focus; a copy of the element would still fire). It has no spaces and no
//             quotes, so it fits unquoted, single- and double-quoted attributes.
//   c.planted a URL that must never be fetched once the page has loaded (ORIGIN/planted/ID…): stylesheets,
//             refresh targets, frames, objects, form actions, pings.
//   c.broken  an image URL that 404s, so onerror handlers have something to fire on.
//   c.image   a real picture (ORIGIN/media/…), for onload handlers.
// The live page runs its own vectors when it loads (that is the page's business, not ours); what is checked is
// that nothing fires or loads *after* the extension reads the page, nor in the extension's pages.

const V = [];
/** Adds vectors of one category: each entry is [id, (c) => html]. */
function add(category, entries) {
  for (const [id, html] of entries) V.push({ id, category, html });
}

add('script', [
  ['script-plain', (c) => `<script>${c.js}</script>`],
  ['script-upper', (c) => `<SCRIPT>${c.js}</SCRIPT>`],
  ['script-src', (c) => `<script src="${c.planted}.js"></script>`],
  ['script-module', (c) => `<script type="module">${c.js}</script>`],
  ['script-slash-attr', (c) => `<script/x>${c.js}</script>`],
  ['script-newline-attr', (c) => `<script\ntype="text/javascript"\n>${c.js}</script>`],
  ['script-split-tag', (c) => `<scr<script>x</script>ipt>${c.js}</scr<script>x</script>ipt>`],
  ['script-svg', (c) => `<svg><script>${c.js}</script></svg>`],
  ['script-svg-href', (c) => `<svg><script href="${c.planted}.js"></script></svg>`],
  ['script-svg-xlink', (c) => `<svg><script xlink:href="${c.planted}.js"></script></svg>`],
  ['script-noscript', (c) => `<noscript><script>${c.js}</script></noscript>`],
  ['script-template', (c) => `<template><script>${c.js}</script></template>`],
  ['script-for-event', (c) => `<script for="window" event="onload">${c.js}</script>`],
  ['script-escaped-text', (c) => `&lt;script&gt;${c.js}&lt;/script&gt;`],
  ['script-jsonld-breakout', (c) => `<script type="application/ld+json">{"@type":"Note","text":"</script><script>${c.js}</script>"}</script>`],
  ['script-conditional-comment', (c) => `<!--[if gte IE 4]><script>${c.js}</script><![endif]-->`],
]);

add('handler', [
  ['on-img-error', (c) => `<img src="${c.broken}" onerror="${c.js}">`],
  ['on-img-load', (c) => `<img src="${c.image}" alt="chart" onload="${c.js}">`],
  ['on-img-upper', (c) => `<IMG SRC="${c.broken}" ONERROR="${c.js}">`],
  ['on-img-spaces', (c) => `<img src="${c.broken}" onerror  =  "${c.js}">`],
  ['on-img-slashes', (c) => `<img/src="${c.broken}"/onerror="${c.js}">`],
  ['on-img-unquoted', (c) => `<img src=${c.broken} onerror=${c.js}>`],
  ['on-img-formfeed', (c) => `<img src="${c.broken}"\fonerror="${c.js}">`],
  ['on-svg-load', (c) => `<svg onload="${c.js}"><circle r="4"></circle></svg>`],
  ['on-svg-nested-load', (c) => `<svg><svg onload="${c.js}"></svg></svg>`],
  ['on-body-load', (c) => `<body onload="${c.js}">`],
  ['on-body-pageshow', (c) => `<body onpageshow="${c.js}">`],
  ['on-details-toggle', (c) => `<details open ontoggle="${c.js}"><summary>Methods</summary>How the samples were taken.</details>`],
  ['on-input-autofocus', (c) => `<input autofocus onfocus="${c.js}">`],
  ['on-span-tabindex-focus', (c) => `<span tabindex="1" autofocus onfocus="${c.js}">focus</span>`],
  ['on-a-click', (c) => `<a href="#top" onclick="${c.js}">the summary</a>`],
  ['on-span-mouseover', (c) => `<span onmouseover="${c.js}">hover here</span>`],
  ['on-div-pointerenter', (c) => `<div onpointerenter="${c.js}">pointer</div>`],
  ['on-video-error', (c) => `<video src="${c.broken}" onerror="${c.js}"></video>`],
  ['on-video-source-error', (c) => `<video><source src="${c.broken}" onerror="${c.js}"></video>`],
  ['on-video-loadstart', (c) => `<video src="${c.broken}" onloadstart="${c.js}"></video>`],
  ['on-audio-error', (c) => `<audio src="${c.broken}" onerror="${c.js}"></audio>`],
  ['on-marquee-start', (c) => `<marquee onstart="${c.js}">breaking</marquee>`],
  ['on-svg-animate-begin', (c) => `<svg><animate onbegin="${c.js}" attributeName="x" dur="1s"></animate></svg>`],
  ['on-svg-set-begin', (c) => `<svg><set attributeName="fill" to="red" onbegin="${c.js}"></set></svg>`],
  ['on-svg-image-error', (c) => `<svg><image href="${c.broken}" onerror="${c.js}"></image></svg>`],
  ['on-iframe-load', (c) => `<iframe onload="${c.js}"></iframe>`],
  ['on-style-load', (c) => `<style onload="${c.js}"></style>`],
  ['on-link-error', (c) => `<link rel="stylesheet" href="${c.broken}.css" onerror="${c.js}" onload="${c.js}">`],
  ['on-content-visibility', (c) => `<p style="content-visibility:auto" oncontentvisibilityautostatechange="${c.js}">far below</p>`],
  ['on-scroll', (c) => `<div style="overflow:auto;height:20px" onscroll="${c.js}"><p>a</p><p>b</p><p>c</p></div>`],
  ['on-form-submit', (c) => `<form onsubmit="${c.js}"><button>Send</button></form>`],
  ['on-select-focus', (c) => `<select autofocus onfocus="${c.js}"><option>One</option></select>`],
  ['on-math-click', (c) => `<math onclick="${c.js}"><mi>x</mi></math>`],
  ['on-popover-toggle', (c) => `<div popover id="pop-note" onbeforetoggle="${c.js}" ontoggle="${c.js}">note</div>`],
]);

add('url', [
  ['url-a-js', (c) => `<a href="javascript:${c.js}">the data</a>`],
  ['url-a-js-mixed-case', (c) => `<a href="JaVaScRiPt:${c.js}">the data</a>`],
  ['url-a-js-tab', (c) => `<a href="java&#9;script:${c.js}">the data</a>`],
  ['url-a-js-newline', (c) => `<a href="java&#10;script:${c.js}">the data</a>`],
  ['url-a-js-entities', (c) => `<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;${c.js}">the data</a>`],
  ['url-a-js-hex-entity', (c) => `<a href="&#x6A;avascript:${c.js}">the data</a>`],
  ['url-a-js-leading-control', (c) => `<a href=" &#14;  javascript:${c.js}">the data</a>`],
  ['url-a-js-colon-entity', (c) => `<a href="javascript&colon;${c.js}">the data</a>`],
  ['url-a-vbscript', () => `<a href="vbscript:msgbox(1)">the data</a>`],
  ['url-a-data-html', (c) => `<a href="data:text/html,<script>${c.js}</script>">the data</a>`],
  ['url-a-data-base64', (c) => `<a href="data:text/html;base64,${c.b64(`<script>${c.js}</script>`)}">the data</a>`],
  ['url-a-data-svg', (c) => `<a href="data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' onload='${c.js}'/>">the data</a>`],
  ['url-area-js', (c) => `<map name="m1"><area shape="rect" coords="0,0,10,10" href="javascript:${c.js}"></map>`],
  ['url-img-src-js', (c) => `<img src="javascript:${c.js}" alt="x">`],
  ['url-img-srcset-js', (c) => `<img src="${c.image}" srcset="javascript:${c.js} 1x, ${c.image} 2x" alt="x">`],
  ['url-img-srcset-data-html', (c) => `<img src="${c.image}" srcset="data:text/html,<script>${c.js}</script> 2x" alt="x">`],
  ['url-img-data-svg-script', (c) => `<img src="data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' onload='${c.js}'/>" alt="x">`],
  ['url-picture-source-js', (c) => `<picture><source srcset="javascript:${c.js}"><img src="${c.image}" alt="x"></picture>`],
  ['url-video-poster-js', (c) => `<video poster="javascript:${c.js}"></video>`],
  ['url-form-action-js', (c) => `<form action="javascript:${c.js}"><button>Go</button></form>`],
  ['url-button-formaction-js', (c) => `<button formaction="javascript:${c.js}">Go</button>`],
  ['url-input-formaction-js', (c) => `<input type="submit" formaction="javascript:${c.js}" value="Go">`],
  ['url-svg-a-xlink', (c) => `<svg><a xlink:href="javascript:${c.js}"><text x="0" y="15">tap</text></a></svg>`],
  ['url-svg-a-href', (c) => `<svg><a href="javascript:${c.js}"><text x="0" y="15">tap</text></a></svg>`],
  ['url-math-href', (c) => `<math href="javascript:${c.js}"><mi>x</mi></math>`],
  ['url-math-maction-xlink', (c) => `<math><maction actiontype="statusline" xlink:href="javascript:${c.js}"><mi>x</mi></maction></math>`],
  ['url-blockquote-cite-js', (c) => `<blockquote cite="javascript:${c.js}">A quoted line.</blockquote>`],
  ['url-a-ping', (c) => `<a href="https://example.org/report" ping="${c.planted}">the report</a>`],
  ['url-table-background', (c) => `<table background="${c.planted}.png"><tr><td>cell</td></tr></table>`],
]);

add('svg-mathml', [
  ['svg-foreignobject-img', (c) => `<svg><foreignObject><img src="${c.broken}" onerror="${c.js}"></foreignObject></svg>`],
  ['svg-animate-href', (c) => `<svg><a><animate attributeName="href" values="javascript:${c.js}"></animate><text x="0" y="15">tap</text></a></svg>`],
  ['svg-set-href', (c) => `<svg><a><set attributeName="href" to="javascript:${c.js}"></set><text x="0" y="15">tap</text></a></svg>`],
  ['svg-use-data', (c) => `<svg><use href="data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='${c.broken}' onerror='${c.js}'/></svg>#x"></use></svg>`],
  ['svg-use-external', (c) => `<svg><use href="${c.planted}.svg#x"></use></svg>`],
  ['svg-style-import', (c) => `<svg><style>@import url("${c.planted}.css");</style></svg>`],
  ['svg-handler', (c) => `<svg><handler xmlns:ev="http://www.w3.org/2001/xml-events" ev:event="load">${c.js}</handler></svg>`],
  ['svg-discard-begin', (c) => `<svg><discard onbegin="${c.js}"></discard></svg>`],
  ['svg-feimage-js', (c) => `<svg><filter id="f1"><feImage href="javascript:${c.js}"></feImage></filter></svg>`],
  ['svg-title-breakout', (c) => `<svg><title><img src="${c.broken}" onerror="${c.js}"></title></svg>`],
  ['svg-iframe-in-foreignobject', (c) => `<svg><foreignObject><iframe srcdoc="<script>${c.js}</script>"></iframe></foreignObject></svg>`],
  ['math-annotation-xml', (c) => `<math><annotation-xml encoding="text/html"><img src="${c.broken}" onerror="${c.js}"></annotation-xml></math>`],
  ['math-mtext-img', (c) => `<math><mtext><img src="${c.broken}" onerror="${c.js}"></mtext></math>`],
  ['math-style', (c) => `<math><style><img src="${c.broken}" onerror="${c.js}"></style></math>`],
]);

add('frame-object', [
  ['frame-iframe-srcdoc', (c) => `<iframe srcdoc="<script>${c.js}</script>"></iframe>`],
  ['frame-iframe-srcdoc-escaped', (c) => `<iframe srcdoc="&lt;img src=${c.broken} onerror=${c.js}&gt;"></iframe>`],
  ['frame-iframe-js', (c) => `<iframe src="javascript:${c.js}"></iframe>`],
  ['frame-iframe-data', (c) => `<iframe src="data:text/html,<script>${c.js}</script>"></iframe>`],
  ['frame-iframe-planted', (c) => `<iframe src="${c.planted}.html"></iframe>`],
  ['frame-youtube-srcdoc', (c) => `<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ" srcdoc="<script>${c.js}</script>"></iframe>`],
  ['frame-youtube-onload', (c) => `<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ" onload="${c.js}"></iframe>`],
  ['frame-youtube-lookalike', (c) => `<iframe src="${c.planted}.html?u=https://www.youtube.com/embed/x"></iframe>`],
  ['frame-object-data', (c) => `<object data="${c.planted}.swf" type="application/x-shockwave-flash"></object>`],
  ['frame-object-html', (c) => `<object data="data:text/html,<script>${c.js}</script>"></object>`],
  ['frame-embed-src', (c) => `<embed src="${c.planted}.svg" type="image/svg+xml">`],
  ['frame-embed-js', (c) => `<embed src="javascript:${c.js}">`],
  ['frame-frame', (c) => `<frameset><frame src="${c.planted}.html"></frameset>`],
  ['frame-portal', (c) => `<portal src="${c.planted}.html"></portal>`],
  ['frame-fencedframe', (c) => `<fencedframe src="${c.planted}.html"></fencedframe>`],
]);

add('meta-base-form', [
  // A long delay: the live test page must not navigate away while it is being read.
  ['meta-refresh', (c) => `<meta http-equiv="refresh" content="3600;url=${c.planted}.html">`],
  ['meta-refresh-js', (c) => `<meta http-equiv="refresh" content="3600;url=javascript:${c.js}">`],
  ['meta-csp', () => `<meta http-equiv="Content-Security-Policy" content="img-src *">`],
  ['meta-set-cookie', () => `<meta http-equiv="set-cookie" content="ro=1">`],
  ['meta-referrer', () => `<meta name="referrer" content="unsafe-url">`],
  ['base-href-planted', (c) => `<base href="${c.planted}/"><a href="next-page">the next part</a>`],
  ['base-href-js', (c) => `<base href="javascript:${c.js}//">`],
  ['form-planted-action', (c) => `<form action="${c.planted}" method="post"><input name="email" value="a@b.c"><button>Subscribe</button></form>`],
  ['form-button-form-attr', (c) => `<form id="f-sec"></form><button form="f-sec" formaction="${c.planted}">Send</button>`],
  ['link-stylesheet', (c) => `<link rel="stylesheet" href="${c.planted}.css">`],
  ['link-prefetch', (c) => `<link rel="prefetch" href="${c.planted}.html">`],
  ['link-modulepreload', (c) => `<link rel="modulepreload" href="${c.planted}.js">`],
  ['link-import', (c) => `<link rel="import" href="${c.planted}.html">`],
  ['isindex-action', (c) => `<isindex action="javascript:${c.js}">`],
]);

add('css', [
  ['css-style-attr-url', (c) => `<span style="background:url('${c.planted}.png')">shaded</span>`],
  ['css-style-import', (c) => `<style>@import url("${c.planted}.css");</style>`],
  ['css-style-rule-url', (c) => `<style>p{background:url("${c.planted}.png")}</style>`],
  ['css-font-face', (c) => `<style>@font-face{font-family:ro-x;src:url("${c.planted}.woff")}body{font-family:ro-x}</style>`],
  ['css-escaped-url', (c) => `<span style="background:u\\72l(${c.planted}.png)">escaped</span>`],
  ['css-expression', (c) => `<span style="width:expression(${c.js})">old IE</span>`],
  ['css-behavior', (c) => `<span style="behavior:url(${c.planted}.htc)">old IE</span>`],
  ['css-moz-binding', (c) => `<span style="-moz-binding:url(${c.planted}.xml#x)">old Firefox</span>`],
  ['css-image-set', (c) => `<span style="background-image:image-set('${c.planted}.png' 1x)">set</span>`],
  ['css-style-in-table', (c) => `<table><style>@import "${c.planted}.css";</style><tr><td>cell</td></tr></table>`],
  ['css-overlay', () => `<p class="overlay" style="position:fixed;inset:0;z-index:99999;background:#fff">Click here to continue</p>`],
  ['css-xml-stylesheet-pi', (c) => `<?xml-stylesheet href="${c.planted}.xsl"?>`],
]);

add('clobbering', [
  ['clobber-form-location', (c) => `<form id="location"><input name="href" value="${c.planted}"></form>`],
  ['clobber-img-getelementbyid', (c) => `<img name="getElementById" src="${c.image}" alt="x">`],
  ['clobber-img-queryselector', (c) => `<img name="querySelector" src="${c.image}" alt="x">`],
  ['clobber-img-createelement', (c) => `<img name="createElement" src="${c.image}" alt="x">`],
  ['clobber-img-defaultview', (c) => `<img name="defaultView" src="${c.image}" alt="x">`],
  ['clobber-img-body', (c) => `<img name="body" src="${c.image}" alt="x">`],
  ['clobber-form-attributes', () => `<form id="f-clobber"><input name="attributes"><input name="nodeName"><input name="parentNode"></form>`],
  ['clobber-a-id-document', () => `<a id="document" name="document" href="#x">doc</a>`],
  ['clobber-iframe-name', () => `<iframe name="defaultView"></iframe>`],
  ['clobber-h2-id-getelementbyid', () => `<h3 id="getElementById">Clobbered heading</h3>`],
  ['clobber-proto', () => `<a id="__proto__" name="__proto__" href="#x">proto</a>`],
]);

add('mutation', [
  ['mx-noscript-title', (c) => `<noscript><p title="</noscript><img src=${c.broken} onerror=${c.js}>"></noscript>`],
  ['mx-svg-p-style', (c) => `<svg></p><style><a id="</style><img src=${c.broken} onerror=${c.js}>"></svg>`],
  ['mx-svg-p-title', (c) => `<svg></p><title><a id="</title><img src=${c.broken} onerror=${c.js}>"></svg>`],
  // The closing tags after the classic payloads only keep the rest of the test page out of the open elements.
  ['mx-math-mglyph-style', (c) => `<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;/mglyph&gt;&lt;img&Tab;src=${c.broken}&Tab;onerror=${c.js}&gt;"></mglyph></table></mtext></math>`],
  ['mx-form-math', (c) => `<form><math><mtext></form><form><mglyph><style></math><img src=${c.broken} onerror=${c.js}></style></mglyph></mtext></math></form>`],
  ['mx-template-img', (c) => `<template><img src="${c.broken}" onerror="${c.js}"></template>`],
  ['mx-xmp', (c) => `<xmp><p title="</xmp><img src=${c.broken} onerror=${c.js}>"></xmp>`],
  ['mx-noembed', (c) => `<noembed><p title="</noembed><img src=${c.broken} onerror=${c.js}>"></noembed>`],
  ['mx-noframes', (c) => `<noframes><p title="</noframes><img src=${c.broken} onerror=${c.js}>"></noframes>`],
  ['mx-iframe-text', (c) => `<iframe><p title="</iframe><img src=${c.broken} onerror=${c.js}>"></iframe>`],
  ['mx-textarea', (c) => `<textarea><p title="</textarea><img src=${c.broken} onerror=${c.js}>"></textarea>`],
  ['mx-title', (c) => `<title><p title="</title><img src=${c.broken} onerror=${c.js}>"></title>`],
  ['mx-style-comment', (c) => `<style><!--</style><img src=${c.broken} onerror=${c.js}>--></style>`],
  ['mx-comment-break', (c) => `<!--<img src="--><img src=${c.broken} onerror=${c.js}//">`],
  ['mx-svg-cdata', (c) => `<svg><![CDATA[><img src=${c.broken} onerror=${c.js}>]]></svg>`],
  ['mx-select-template', (c) => `<select><template><style><!--</style><a rel="--></template></select><img src=${c.broken} onerror=${c.js}>"></a></template></select>`],
  ['mx-escaped-attr', (c) => `<abbr title="&lt;img src=${c.broken} onerror=${c.js}&gt;">esc</abbr>`],
  ['mx-noscript-style', (c) => `<noscript><style></noscript><img src=${c.broken} onerror=${c.js}></style></noscript>`],
  ['mx-table-foster', (c) => `<table><tr><td>cell</td></tr><img src=${c.broken} onerror=${c.js}></table>`],
  ['mx-noscript-lazy-fallback', (c) => `<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><noscript><img src="${c.broken}" onerror="${c.js}"></noscript>`],
  ['mx-noscript-lazy-breakout', (c) => `<noscript><img src="${c.broken}" alt="</noscript><img src=${c.broken} onerror=${c.js}>"></noscript>`],
]);

export const VECTORS = V;

export const CATEGORIES = [...new Set(V.map((v) => v.category))];

/** The canary helpers for one vector served from `origin`. */
export function canaryFor(origin, id) {
  return {
    js:
      `(this&&this.nodeType===1&&this.__ro)||(this&&this.nodeType===1&&(this.__ro=1),` +
      `new(Image)().src=\`${origin}/canary/${id}\`,(window.__canary=window.__canary||[]).push(\`${id}\`))`,
    planted: `${origin}/planted/${id}`,
    broken: `${origin}/broken/${id}.png`,
    image: `${origin}/media/160x90/${id}.svg`,
    b64: (s) => (typeof btoa === 'function' ? btoa(s) : Buffer.from(s, 'binary').toString('base64')),
  };
}

/** Every vector's HTML for `origin`. */
export function vectorsFor(origin) {
  return V.map((v) => ({ id: v.id, category: v.category, html: v.html(canaryFor(origin, v.id)) }));
}

/** True for a request path that a vector planted (nothing may fetch it after the page has loaded). */
export function isPlantedPath(path) {
  return /^\/(canary|planted)\//.test(path);
}
