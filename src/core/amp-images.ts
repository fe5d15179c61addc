// Pictures of an AMP page: `<amp-img src=… srcset=… alt=…>` (and `<amp-anim>` for an animated one) is a custom element
// that draws its picture by script; neither Readability nor the view knows it, and an AMP story's pictures, its lead
// picture first, were lost. In the working copy each becomes the `<img>` it stands for: the one it holds when the page
// was rendered on the server (or in its <noscript> fallback), else one made of its own attributes. A placeholder
// inside it (`<amp-img placeholder>`) or a fallback message goes with it.
// AMP's boxes of slides or panels (`<amp-carousel>`, `<amp-accordion>` …) become the `<div>` they stand for: a box of
// teasers in a carousel is then a box the rules know ("Most read" over a carousel of other stories' cards), and a gallery's
// or an accordion's words are the story's as a div's are.

/** AMP's custom elements that only hold other elements, as a div would. */
export const AMP_BOXES: ReadonlySet<string> = new Set([
  'amp-carousel', 'amp-base-carousel', 'amp-stream-gallery', 'amp-inline-gallery', 'amp-accordion', 'amp-selector', 'amp-fit-text', 'amp-layout',
]);

const KEPT = ['src', 'srcset', 'sizes', 'alt', 'title', 'width', 'height'];

/** A box (AMP_BOXES) as a <div> with its class and children. */
function plainBox(amp: Element): void {
  const div = amp.ownerDocument.createElement('div');
  const cls = amp.getAttribute('class');
  if (cls) div.setAttribute('class', cls);
  while (amp.firstChild) div.appendChild(amp.firstChild);
  amp.replaceWith(div);
}

/** Replaces each of `amps` (AMP elements of the working copy, in document order) with its `<img>` or `<div>`. */
export function plainAmp(amps: readonly Element[]): void {
  for (const amp of amps) {
    if (!amp.isConnected) continue;
    if (AMP_BOXES.has(amp.localName)) {
      plainBox(amp);
      continue;
    }
    // Its own picture: not one inside a placeholder of its own (`<amp-img placeholder>`, a blurred preview).
    const own = Array.from(amp.getElementsByTagName('img')).find((img) => {
      const preview = img.closest('[placeholder]');
      return !preview || preview === amp || !amp.contains(preview);
    });
    const img = own ?? amp.ownerDocument.createElement('img');
    if (!own) for (const name of KEPT) {
      const value = amp.getAttribute(name);
      if (value !== null) img.setAttribute(name, value);
    }
    if (!img.getAttribute('src') && amp.getAttribute('src')) img.setAttribute('src', amp.getAttribute('src')!);
    if (!img.getAttribute('src') && !img.getAttribute('srcset')) {
      amp.remove(); // a picture without an address shows nothing
      continue;
    }
    amp.replaceWith(img);
  }
}
