import type { GridCell } from './table-grid.ts';
import { isApproximation, isCloser, isCurrencySymbol, isFigure, isOpener, isUnitWord, isValueText } from './cell-text.ts';

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
 * figure before it (`(65)`, `53.6%`); a unit word with a space (`10.1 pts`); a mark of
 * approximation to the figure after it with a space (`~` `$ 310` → `~ $ 310`).
 */
export function rowItems(cells: GridCell[]): Item[] {
  const items = joinedItems(cells.filter((c) => c.text !== '' && !isApproximation(c.text)));
  const inked = cells.filter((c) => c.text !== '');
  if (inked.length === items.reduce((n, i) => n + i.cells.length, 0)) return items;
  // Each approximation mark joins the item whose first cell follows it; one before no figure stays an item of its own.
  const out: Item[] = [];
  let k = 0;
  for (let i = 0; i < inked.length; i++) {
    const cell = inked[i]!;
    const item = items[k];
    if (isApproximation(cell.text) && item && item.cells[0] === inked[i + 1] && isValueText(item.text)) {
      out.push({ text: `${cell.text} ${item.text}`, cells: [cell, ...item.cells], start: cell.col, end: item.end });
      i += item.cells.length;
      k++;
    } else if (isApproximation(cell.text)) out.push({ text: cell.text, cells: [cell], start: cell.col, end: lastCol(cell) });
    else {
      out.push(item!);
      i += item!.cells.length - 1;
      k++;
    }
  }
  return out;
}

function joinedItems(inked: GridCell[]): Item[] {
  const items: Item[] = [];
  for (let i = 0; i < inked.length; i++) {
    const cell = inked[i];
    const next = inked[i + 1];
    // An opening parenthesis printed in its own cell, or with the currency symbol ("$ (", "($").
    if (isOpener(cell.text) && next && isValueText(`(${next.text}`)) {
      const symbol = cell.text.replace('(', '').trim();
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

/** A range's two ends printed in cells of their own with the dash or "to" between them. */
const RANGE_MARK = /^(?:-|–|—|to)$/i;

/**
 * A range printed over cells of its own (`$` `111.0` `-` `$` `112.0`) under one heading is one
 * item, `$ 111.0 - $ 112.0`: the heading of the last header row over all three says they are
 * one value. A dash under a heading of its own is a nil in its own column, and stays one; so is
 * a dash under a heading over several columns, one a row somewhere prints two figures side by
 * side under (Bank of America's "September 30, 2021" over a block's four columns, "12,289 | 4 |
 * — | 12,293"; Wells Fargo's "Quarter ended September 30, 2021" over its last three segments,
 * "(9) | — | (1,395)"): no range puts two figures side by side.
 */
export function joinRanges(rows: Item[][], headings: GridCell[]): Item[][] {
  const headingOf = (item: Item) => headings.find((h) => h.col <= item.start && lastCol(h) >= item.end) ?? null;
  const wide = new Set<GridCell>();
  for (const items of rows) {
    items.forEach((item, i) => {
      const next = items[i + 1];
      const heading = headingOf(item);
      if (heading && next && isFigure(item.text) && isFigure(next.text) && headingOf(next) === heading) wide.add(heading);
    });
  }
  return rows.map((items) => {
    const out: Item[] = [];
    for (let i = 0; i < items.length; i++) {
      const [low, mark, high] = [items[i]!, items[i + 1], items[i + 2]];
      const heading = headingOf(low);
      if (mark && high && heading && !wide.has(heading) && RANGE_MARK.test(mark.text.trim()) && isFigure(low.text) && isFigure(high.text) && headingOf(mark) === heading && headingOf(high) === heading) {
        out.push({ text: `${low.text} ${mark.text.trim()} ${high.text}`, cells: [...low.cells, ...mark.cells, ...high.cells], start: low.start, end: high.end });
        i += 2;
        continue;
      }
      out.push(low);
    }
    return out;
  });
}
