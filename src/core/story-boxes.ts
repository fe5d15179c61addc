// Boxes set in the story's flow: a fact box ("How to register to vote" over its steps, misplaced-aside.ts) and a
// notice the page marks as an alert ("Update, 6 March: the council has since confirmed …"). Readability loses both:
// every element with role="alert" goes with the unlikely candidates before any scoring, and a box's <div> goes in
// its conditional cleaning as soon as a fifth of its characters sit in a link (one link to where to register is
// that much of a two-line box), a test made for sidebars of links. Right before Readability such a box is renamed
// a <section> (which Readability keeps as it keeps paragraphs) with a mark, its alert role dropped, and renamed
// back afterwards, as heading-guard.ts does with headings; so is a quotation's <footer> (its attribution). Guard: prose
// of the story on one side of the box and prose or the next section's heading on the other, prose of its own, hardly
// linked, no form or player inside.
import { childElements, elementsWithAttribute, linkDensity, renameElement, tagSet } from './dom';
import { countWords, textOf } from './text';

/** The mark of a box to keep, with the tag it goes back to. */
export const BOX_MARK = 'data-ro-box';
const HEADING = tagSet('h2, h3, h4, h5, h6');
/** Words of a paragraph of the story (a box's neighbour). */
const PROSE_NEIGHBOUR = 12;
/** Words a notice holds at least: a sentence, not a status line ("Saved", "Loading…"). */
const NOTICE_WORDS = 8;
const CONTROLS = 'form, nav, iframe, input, button, select, textarea';
/**
 * Readability's own negative names (its NEGATIVE regex, 0.6): a box named a promotion, a sidebar or the like is
 * left to Readability's judgement (a "promo" aside over a call to share the story goes as before).
 */
const NEGATIVE_NAME = /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget/i;

type Side = 'prose' | 'heading' | null;

/** Words a picture's caption and credit hold at most, beside it in its block: a picture of the story, passed over. */
const PICTURE_WORDS = 40;
/** Element children a step's wrapper holds at most (a paragraph, the box, a control): the story goes on in the next. */
const STEP_CHILDREN = 3;

/** A picture of the story (a figure, or a block of a picture and its caption) or a page control: passed over. */
function passedOver(el: Element): boolean {
  if (el.localName === 'figure') return true;
  if (el.getAttribute('role') === 'button') return countWords(textOf(el)) <= 4;
  return el.querySelector('img, picture') !== null && countWords(textOf(el)) <= PICTURE_WORDS;
}

/** A paragraph of prose: a `<p>`, or a wrapper whose first block is one (the next step of a recipe). */
function isProse(el: Element): boolean {
  const p = el.localName === 'p' ? el : el.localName === 'div' && el.firstElementChild?.localName === 'p' ? el.firstElementChild : null;
  return p !== null && countWords(textOf(p)) >= PROSE_NEIGHBOUR;
}

/** Another block of the story's text: a code sample, a list, a table or a quotation of a sentence's words or more, hardly linked (not a menu). */
const STORY_BLOCKS = tagSet('pre, ol, ul, table, blockquote, dl');
const storyBlock = (el: Element) => STORY_BLOCKS.has(el.localName) && countWords(textOf(el)) >= PROSE_NEIGHBOUR && linkDensity(el) < 0.5;

/**
 * What stands beside `el` on one side: a paragraph of prose, or the rest of a paragraph the box broke (its text,
 * then an empty `<p>`), or a section's heading. Comments (a block editor's `<!-- wp:paragraph -->`), a picture of
 * the story, a control and another aside are passed over; at the end of a step's small wrapper, what stands beside the wrapper.
 */
function beside(el: Element, way: 'previousSibling' | 'nextSibling', climb = true): Side {
  for (let n = el[way]; n; n = n[way]) {
    if (n.nodeType !== 1 && n.nodeType !== 3) continue;
    const text = n.textContent ?? '';
    if (!text.trim()) continue;
    if (n.nodeType === 3) return countWords(text) >= 3 ? 'prose' : null;
    const e = n as Element;
    // (And another box beside it, a promotion's or a second fact box: the story goes on past it.)
    if (passedOver(e) || e.localName === 'aside') continue;
    if (isProse(e) || storyBlock(e)) return 'prose';
    // (A heading in a wrapper of its own with its edit link, as a wiki sets it: `<div class="mw-heading"><h3>…</h3>[edit]</div>`.)
    return HEADING.has(e.localName) || (e.localName === 'div' && HEADING.has(e.firstElementChild?.localName ?? '')) ? 'heading' : null;
  }
  const parent = el.parentElement;
  return climb && parent && parent.localName === 'div' && parent.childElementCount <= STEP_CHILDREN ? beside(parent, way, false) : null;
}

/** In the story's flow: prose on one side, and prose or a section's heading (the box closes or opens a section) on the other. */
export function inStoryFlow(el: Element): boolean {
  const before = beside(el, 'previousSibling');
  const after = beside(el, 'nextSibling');
  return (before === 'prose' && after !== null) || (after === 'prose' && before === 'heading');
}

/** Hardly linked, holding no form, menu or player, and not named as Readability's negative blocks are. */
export function plainBox(el: Element): boolean {
  return linkDensity(el) < 0.25 && !el.querySelector(CONTROLS) && !negativeName(el);
}

/** Named as Readability's negative blocks are (its class or id). */
const negativeName = (el: Element) => [el.getAttribute('class'), el.id].some((n) => !!n && NEGATIVE_NAME.test(n));

/** Marks `box` to be kept through Readability, as the tag `back` afterwards. */
export function markBox(box: Element, back: string): void {
  box.setAttribute(BOX_MARK, back);
}

/** A notice the page marks as an alert, in the story's flow: a sentence of its own, not a control's message. */
function isStoryNotice(el: Element): boolean {
  if (el.getAttribute('role') !== 'alert' || HEADING.has(el.localName) || el.localName === 'li') return false;
  return countWords(textOf(el)) >= NOTICE_WORDS && plainBox(el) && inStoryFlow(el);
}

/** Right before Readability: notices in the story's flow lose their alert role, and marked boxes become sections. */
export function guardStoryBoxes(body: Element): void {
  for (const el of elementsWithAttribute(body, 'role')) {
    if (isStoryNotice(el)) {
      el.removeAttribute('role');
      if (childElements(el).some((k) => k.localName === 'p' || k.localName === 'div')) markBox(el, el.localName);
    }
  }
  // A quotation's attribution in its <footer> ("— R (Estuary Trust) v Porthaven City Council [2024]"): Readability removes every
  // footer it meets, this one too (chrome/footers.ts keeps it for that reason).
  for (const footer of Array.from(body.getElementsByTagName('footer'))) {
    if (footer.parentElement?.localName === 'blockquote') markBox(footer, 'footer');
  }
  for (const box of elementsWithAttribute(body, BOX_MARK)) {
    if (negativeName(box)) box.removeAttribute(BOX_MARK);
    else if (box.localName !== 'section') renameElement(box, 'section');
  }
}

/** After Readability: the boxes get their own tag back. */
export function restoreStoryBoxes(content: Element): void {
  for (const box of elementsWithAttribute(content, BOX_MARK)) {
    const tag = box.getAttribute(BOX_MARK) || 'div';
    box.removeAttribute(BOX_MARK);
    if (box.localName !== tag) renameElement(box, tag);
  }
}
