import type { GridCell } from './table-grid.ts';
import { isCloser, isCurrencySymbol, isOpener, isUnitWord, isValueText } from './cell-text.ts';

/** A value printed in a row, possibly over several cells: `$` | `(65` | `)` is one item, `$ (65)`. */
export interface Item {
  text: string;
  cells: GridCell[];
  /** First and last grid column it covers. */
  start: number;
  end: number;
}

const lastCol = (c: GridCell) => c.col + c.colSpan - 1;


/**
 * Joins the cells of a row's value zone into items: a currency symbol in its own cell is
 * joined to the figure after it with a space (`$ 6,051`); an opening parenthesis to the
 * figure after it (`$ (` `65` `)` → `$ (65)`); a closing parenthesis or percent sign to the
 * figure before it (`(65)`, `53.6%`); a unit word with a space (`10.1 pts`).
 */
export function rowItems(cells: GridCell[]): Item[] {
  const items: Item[] = [];
  const inked = cells.filter((c) => c.text !== '');
  for (let i = 0; i < inked.length; i++) {
    const cell = inked[i];
    const next = inked[i + 1];
    // An opening parenthesis printed in its own cell, or with the currency symbol ("$ (").
    if (isOpener(cell.text) && next && isValueText(`(${next.text}`)) {
      const symbol = cell.text.replace(/\(\s*$/, '').trim();
      items.push({ text: `${symbol ? `${symbol} ` : ''}(${next.text}`, cells: [cell, next], start: cell.col, end: lastCol(next) });
      i++;
      continue;
    }
    if (isCurrencySymbol(cell.text) && next && isValueText(next.text) && !isCurrencySymbol(next.text)) {
      items.push({ text: `${cell.text} ${next.text}`, cells: [cell, next], start: cell.col, end: lastCol(next) });
      i++;
      continue;
    }
    const last = items.at(-1);
    if (last && (isCloser(cell.text) || isUnitWord(cell.text)) && isValueText(last.text)) {
      last.text = isCloser(cell.text) ? `${last.text}${cell.text.replace(/\s+/g, '')}` : `${last.text} ${cell.text}`;
      last.cells.push(cell);
      last.end = lastCol(cell);
      continue;
    }
    items.push({ text: cell.text, cells: [cell], start: cell.col, end: lastCol(cell) });
  }
  return items;
}
