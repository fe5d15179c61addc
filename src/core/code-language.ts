// A code block's language survives sanitizing: both sanitizers drop `class` (page styling hooks), except
// one `language-x` class on a <code> or <pre>, normalised from the usual spellings (language-js, lang-js,
// highlight-source-js, brush: js), so the reader and the Markdown export can name the language.

const LANGUAGE = /(?:^|\s)(?:language-|lang-|highlight-source-|brush:\s*)([a-z0-9][\w+#.-]{0,29})(?:\s|;|$)/i;

/** The language a <pre>/<code> class names, or null. */
export function codeLanguageOf(className: string): string | null {
  const m = LANGUAGE.exec(className);
  return m?.[1] ? m[1].toLowerCase() : null;
}

interface AttributeHookData {
  attrName: string;
  attrValue: string;
  keepAttr: boolean;
  forceKeepAttr?: boolean | undefined;
}

/** DOMPurify `uponSanitizeAttribute` hook: keeps `class="language-x"` on <pre>/<code>, nothing else. */
export function keepCodeLanguage(node: Element, data: AttributeHookData): void {
  if (data.attrName !== 'class' || (node.nodeName !== 'CODE' && node.nodeName !== 'PRE')) return;
  const language = codeLanguageOf(data.attrValue);
  if (!language) return;
  const value = `language-${language}`;
  node.setAttribute('class', value);
  data.attrValue = value;
  data.forceKeepAttr = true;
}
