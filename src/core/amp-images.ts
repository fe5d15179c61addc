// Pictures of an AMP page: `<amp-img src=… srcset=… alt=…>` (and `<amp-anim>` for an animated one) is a custom element
// that draws its picture by script; neither Readability nor the view knows it, and an AMP story's pictures, its lead
// picture first, were lost. In the working copy each becomes the `<img>` it stands for: the one it holds when the page
// was rendered on the server (or in its <noscript> fallback), else one made of its own attributes. A placeholder
// inside it (`<amp-img placeholder>`) or a fallback message goes with it.

const KEPT = ['src', 'srcset', 'sizes', 'alt', 'title', 'width', 'height'];

/** Replaces each of `ampImages` (amp-img, amp-anim elements of the working copy) with its `<img>`. */
export function plainAmpImages(ampImages: readonly Element[]): void {
  for (const amp of ampImages) {
    if (!amp.isConnected) continue;
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
