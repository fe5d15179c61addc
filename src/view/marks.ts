/**
 * Performance marks (User Timing) for the popup and the reader tab, read by `npm run bench`:
 *   ro:popup-start        the popup's own code starts (top of popup.ts)
 *   ro:first-frame        the first frame with the bar and the loading state has been produced
 *   ro:article-requested  the popup asks the page (injecting content.js, whose last statement reads it)
 *   ro:article-received   the result is back; detail = the content script's timing (extractMs, startedAt)
 *   ro:article-rendered   the result is in the DOM (the view's own work is done; the frame is not drawn yet)
 *   ro:article-painted    the first frame with the result (article or message) has been produced
 *                         (marked by the view, in the popup and the reader tab); detail = { state }
 * A mark costs microseconds and changes nothing on the page; all of them are wrapped so a browser
 * without User Timing is not affected.
 */
export function mark(name: string, detail?: unknown): void {
  try {
    performance.mark(name, detail === undefined ? undefined : { detail });
  } catch {
    // no User Timing here: nothing to record
  }
}

/**
 * Calls `fn` right after the next frame has been produced: a requestAnimationFrame callback runs just
 * before the frame's style, layout and paint; a message posted from it is handled right after them.
 */
export function afterNextPaint(fn: () => void): void {
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      fn();
    };
    channel.port2.postMessage(null);
  });
}
