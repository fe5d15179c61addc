/** Line icons for the reading tools (export, listen…), drawn by the view's own icon maker (dom.ts). */
import { lineIcon } from './dom';

const TOOL_ICONS = {
  share: ['M12 3v12', 'M7 8l5-5 5 5', 'M5 13v6a1 1 0 0 0 1 1h12a1 1 0 0 0 1-1v-6'],
  copy: ['M9 9h10v11H9z', 'M5 15V4h10'],
  download: ['M12 4v11', 'M7 10l5 5 5-5', 'M5 20h14'],
  print: ['M7 9V4h10v5', 'M6 18H4v-7a2 2 0 0 1 2-2h12a2 2 0 0 1 2 2v7h-2', 'M7 14h10v6H7z'],
  text: ['M5 6h14', 'M5 10h14', 'M5 14h10', 'M5 18h8'],
  play: ['M7 5l12 7-12 7z'],
  pause: ['M8 5v14', 'M16 5v14'],
  stop: ['M6 6h12v12H6z'],
  prev: ['M18 6l-8 6 8 6z', 'M6 6v12'],
  next: ['M6 6l8 6-8 6z', 'M18 6v12'],
  speaker: ['M4 10v4h4l5 4V6L8 10z', 'M16.5 9a4 4 0 0 1 0 6', 'M19 6.5a8 8 0 0 1 0 11'],
} as const;

export type ToolIconName = keyof typeof TOOL_ICONS;

export function toolIcon(name: ToolIconName, size = 18): SVGSVGElement {
  return lineIcon(TOOL_ICONS[name], size);
}
