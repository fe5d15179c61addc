// Hidden as Readability sees it (its _isProbablyVisible): an inline `display: none` or `visibility: hidden`,
// the `hidden` attribute, or aria-hidden="true" (but a Wikimedia math fallback image). Readability drops such
// an element with all it holds. A step that reshapes the working copy before Readability (wrapper stacks
// collapsed, a split story's rows flattened) must not move content out of one: a share dialog kept hidden
// until a click (display: none) would then be read as part of the story.

export function hiddenToReadability(el: Element): boolean {
  const style = (el as HTMLElement).style as CSSStyleDeclaration | undefined;
  if (style && (style.display === 'none' || style.visibility === 'hidden')) return true;
  if (el.hasAttribute('hidden')) return true;
  return el.getAttribute('aria-hidden') === 'true' && !(el.getAttribute('class') ?? '').includes('fallback-image');
}
