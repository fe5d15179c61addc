// Icon controls: a row of the page's buttons left in the story, each a small inline icon and a word or
// three: "Print recipe" and "Save to Pinterest" under a recipe card, "Download references" under a paper's
// list, "Listen to this article" over a player. A reader prints, pins or listens with its own tools, and the
// words, without their icons, read as stray lines. Their words change with the site and the language; what
// they share is the shape: every word of the line sits in a control that carries an <svg> icon.
// Guard: the whole line (a paragraph or a div of at most twelve words) is such controls, each of at most
// three words, and one of them at least is a link or a button (a list of features, each with a tick icon,
// links nowhere); the icon is small (a drawing or a chart is no icon); a link with an icon in a sentence
// (an outside-link arrow) leaves the line prose, so it stays. Pictures, players and embeds on the line stay:
// only the controls go.
import type { Rule, RuleMatch } from '../rules/rule';
import { countWords, normalizeSpace } from '../text';

/** Words of one control at most: "Bei Pinterest speichern", "Ouça este conteúdo". */
const CONTROL_WORDS = 3;
/** Words of the whole line at most: a row of three or four buttons. */
const LINE_WORDS = 12;
/** An icon is drawn this many pixels wide or high at most (a drawing in the story is larger). */
const ICON_PX = 64;
const MEDIA = 'img, picture, video, audio, iframe, object, embed, canvas, figure, table';

function isIcon(svg: Element): boolean {
  for (const side of ['width', 'height']) {
    const px = parseFloat(svg.getAttribute(side) ?? '');
    if (px > ICON_PX) return false;
  }
  return true;
}

/** The text nodes of `el` outside any <svg> (an icon's title or a drawing's labels are not the line's words). */
function wordsOutsideSvg(el: Element): Text[] {
  const found: Text[] = [];
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        if ((child as Text).data.trim()) found.push(child as Text);
      } else if (child.nodeType === 1 && (child as Element).localName !== 'svg') walk(child);
    }
  };
  walk(el);
  return found;
}

const textOutsideSvg = (el: Element) => normalizeSpace(wordsOutsideSvg(el).map((t) => t.data).join(' '));

/**
 * The controls of a line (its text nodes outside svg: `texts`), when every word of it sits in one: for each text node, the nearest element
 * under the line that holds an icon; null when a word sits in none, or a control runs past three words.
 */
function controlsOf(line: Element, texts: readonly Text[]): Element[] | null {
  const controls: Element[] = [];
  for (const text of texts) {
    let control: Element | null = null;
    for (let el = text.parentElement; el && el !== line; el = el.parentElement) {
      if (Array.from(el.getElementsByTagName('svg')).some(isIcon)) {
        control = el;
        break;
      }
    }
    if (!control) return null;
    if (!controls.includes(control)) {
      if (countWords(textOutsideSvg(control)) > CONTROL_WORDS) return null;
      controls.push(control);
    }
  }
  return controls;
}

const acts = (el: Element) => !!el.closest('a[href], button') || !!el.querySelector('a[href], button');

export const iconControls: Rule = {
  name: 'icon-controls',
  kind: 'clutter',
  description: 'A line (paragraph or div, at most twelve words) made only of controls that each carry a small svg icon and up to three words, one of them a link or button: print, pin, listen, download.',
  find(root) {
    const matches: RuleMatch[] = [];
    const seen = new Set<Element>();
    for (const svg of Array.from(root.getElementsByTagName('svg'))) {
      if (!isIcon(svg)) continue;
      const line = svg.parentElement?.closest('p, div');
      if (!line || line === root || !root.contains(line) || seen.has(line)) continue;
      seen.add(line);
      if (line.closest('li, table, dl, figure') || line.querySelector('p, div, li, h1, h2, h3, h4, h5, h6')) continue;
      const texts = wordsOutsideSvg(line);
      const text = normalizeSpace(texts.map((t) => t.data).join(' '));
      const words = countWords(text);
      if (words === 0 || words > LINE_WORDS) continue;
      const controls = controlsOf(line, texts);
      if (!controls?.length || !controls.some(acts)) continue;
      const reason = 'a row of icon buttons (print, pin, listen, download), not the story';
      if (line.querySelector(MEDIA)) {
        for (const c of controls) matches.push({ node: c, action: { type: 'remove' }, reason, text: textOutsideSvg(c) });
      } else {
        matches.push({ node: line, action: { type: 'remove' }, reason, text });
      }
    }
    return matches;
  },
};
