// The outline: sections (tree and minutes), its three renderings, the scroll-spy and links to sections.
export { addSectionLinks, copyText, linkFor, sectionLink } from './share';
export { OutlineNav, type OutlineVariant } from './nav';
export { LONG_OUTLINE, planSections, type Section, type SectionPlan, minutesLabel, resolveSections, samePlan, trailOf } from './sections';
export { ScrollSpy } from './spy';
