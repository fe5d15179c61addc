// Pages whose content is in frames (a <frameset>, or a body of iframes only). The content script runs in
// the top document; a frame of the same origin can be read from there (contentDocument), a frame of
// another origin cannot (the browser keeps it out of reach, and activeTab grants the clicked page's own
// origin only). So same-origin frames are read, the one with the most text first, and for the others the
// reader points at the main frame's address to open on its own.

export interface PageFrame {
  /** The frame's document when it is readable from here (same origin), else null. */
  doc: Document | null;
  /** The frame's address. */
  url: string;
  /** Its area on screen, to tell the main frame from a menu or an ad. */
  area: number;
  /** Letters of text it holds (0 when unreadable). */
  textLength: number;
}

function frameDocument(frame: HTMLIFrameElement | HTMLFrameElement): Document | null {
  try {
    const doc = frame.contentDocument;
    return doc?.documentElement ? doc : null;
  } catch {
    return null; // cross-origin: some browsers throw instead of returning null
  }
}

/** The frames and iframes of `doc`, the biggest (by text, then area) first. */
export function pageFrames(doc: Document): PageFrame[] {
  const frames: PageFrame[] = [];
  for (const el of Array.from(doc.querySelectorAll<HTMLIFrameElement | HTMLFrameElement>('frame, iframe'))) {
    const frameDoc = frameDocument(el);
    const rect = el.getBoundingClientRect();
    const url = frameDoc?.URL && frameDoc.URL !== 'about:blank' ? frameDoc.URL : el.src;
    if (!url || url === 'about:blank') continue;
    frames.push({ doc: frameDoc, url, area: rect.width * rect.height, textLength: frameDoc ? textLength(frameDoc) : 0 });
  }
  return frames.sort((a, b) => b.textLength - a.textLength || b.area - a.area);
}

/** Letters of visible-ish text in a document's body (scripts and styles left out). */
export function textLength(doc: Document): number {
  const body = doc.body;
  if (!body) return 0;
  let n = 0;
  const walker = doc.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement?.localName;
    if (parent === 'script' || parent === 'style' || parent === 'noscript' || parent === 'noframes') continue;
    n += (node.nodeValue ?? '').trim().length;
  }
  return n;
}

/** The frame a person would call "the page" among frames none of which could be read. */
export function mainFrame(frames: PageFrame[]): PageFrame | undefined {
  return [...frames].sort((a, b) => b.area - a.area)[0];
}
