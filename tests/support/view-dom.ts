// What the view needs from a browser that jest's jsdom lacks, for tests that mount the view: media queries,
// scrolling, a MessageChannel (afterNextPaint posts a message after the frame) and layout (jsdom lays
// nothing out: every element counts as shown). Call from beforeAll.
export function stubViewDom(): void {
  window.matchMedia = ((query: string) => ({ matches: false, media: query, addEventListener: () => undefined })) as unknown as typeof window.matchMedia;
  window.scrollTo = () => undefined;
  (globalThis as { MessageChannel?: unknown }).MessageChannel ??= class {
    port1: { onmessage: null | (() => void); close: () => void } = { onmessage: null, close: () => undefined };
    port2 = { postMessage: () => setTimeout(() => this.port1.onmessage?.(), 0) };
  };
  Element.prototype.getClientRects = () => [{ width: 1, height: 1 }] as unknown as DOMRectList;
}
