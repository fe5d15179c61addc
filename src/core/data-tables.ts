// Readability scores table cells as it scores paragraphs (a <td> of 25 characters or more earns a point and
// a point for each comma, for its row and its table), a rule made for pages laid out in tables. A data table
// of many short rows inside the story (650 MPs with their constituencies and e-mail addresses) then
// outscores the story's own paragraphs beside it, and the reading is the table alone. Before Readability,
// the cells of such a table are renamed <th> with a mark (header cells are not scored, and a table with
// header cells is one Readability keeps whole), and renamed back afterwards, like heading-guard's headings.
import { elementsWithAttribute, renameElement } from './dom';
import { letterCount } from './text';

const MARK = 'data-ro-cell';
/** Rows a data table has at least: a short table never outscores a story. */
const MIN_ROWS = 20;
/** Letters a data cell holds at most: a layout table's cell holds the page's paragraphs. */
const MAX_CELL_LETTERS = 120;
/** What a data cell never holds: blocks of running text, lists, other tables. */
const BLOCKS = 'p, div, ul, ol, table, blockquote, h1, h2, h3, h4, h5, h6, article, section';

/** A table of at least MIN_ROWS rows of short cells, none holding a block: data, not the page's layout. */
function isDataTable(table: Element): boolean {
  const rows = Array.from(table.querySelectorAll('tr')).filter((tr) => tr.closest('table') === table);
  if (rows.length < MIN_ROWS) return false;
  for (const row of rows) {
    for (const cell of Array.from(row.children)) {
      if (cell.localName !== 'td' && cell.localName !== 'th') continue;
      if (letterCount(cell.textContent ?? '') > MAX_CELL_LETTERS || cell.querySelector(BLOCKS)) return false;
    }
  }
  return true;
}

export function protectDataTables(doc: Document): void {
  const body = doc.body;
  if (!body) return;
  for (const table of Array.from(body.getElementsByTagName('table'))) {
    if (!isDataTable(table)) continue;
    for (const cell of Array.from(table.querySelectorAll('td'))) {
      if (cell.closest('table') === table) renameElement(cell, 'th').setAttribute(MARK, 'td');
    }
  }
}

export function restoreDataTables(content: Element): void {
  for (const cell of elementsWithAttribute(content, MARK)) {
    cell.removeAttribute(MARK);
    renameElement(cell, 'td');
  }
}
