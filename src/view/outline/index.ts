// The outline: sections (tree and minutes), its three renderings, the scroll-spy and links to sections.
export { addSectionLinks, copyText, linkFor, sectionLink } from './share';
export { OutlineNav, type OutlineVariant } from './nav';
export { LONG_OUTLINE, type Section, minutesLabel, resolveSections, trailOf } from './sections';
export { ScrollSpy } from './spy';
