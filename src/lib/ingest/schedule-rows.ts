/**
 * A schedule printed with no header: one figure a line, the lines naming the periods the figures are of. Oracle's
 * releases (4Q FY2014, 4Q FY2022) print under "Estimated future annual amortization expense related to intangible
 * assets as of May 31, 2022 was as follows:" the lines "Fiscal 2023 $ 750", "Fiscal 2024 508" … "Thereafter 4",
 * "Total intangible assets, net $ 1,440": a column of amounts, each of the fiscal year its line names. Read so, as a
 * table whose rows name its periods, rather than dropped for want of a header.
 */
import type { Cell } from './cells.ts';
import type { Column, Header } from './columns.ts';
import type { TableBlock } from './layout.ts';
import type { Period } from '../types.ts';

/** A line's label and its figures' cells. */
type Line = readonly Cell[];

/** How many of a schedule's lines must name a period: two, so a list of one dated line is not a schedule. */
const LINES_NAMING_PERIODS = 2;

/**
 * The one column of a header-less block whose lines print one figure each (a label, then one cell) and of which two
 * or more name a period by their label alone (`namesPeriod`); null for any other block, which still needs a header.
 */
export function scheduleHeader(block: TableBlock, cells: ReadonlyMap<number, Line>, namesPeriod: (label: string) => boolean): Header | null {
  const dated = linesWithAFigure(block, cells, namesPeriod);
  if (dated === null || dated < LINES_NAMING_PERIODS) return null;
  const first = block.body[0]!;
  const column: Column = {
    index: 0, header: '', own: '', line: first + 1, column: 1, kind: 'named', key: 'amount', period: '', dimension: 'amount', basis: null,
    unit: { currency: null, scale: null, percent: false }, reference: false, count: false, measure: null, favourable: false,
    evidence: 'no header: one figure a line, the lines naming the periods ("Fiscal 2023 $ 750"); a line naming none has no period',
  };
  return { columns: [column], periods: [], width: 1, cornerUnit: null };
}

/**
 * The one column of a header-less block whose lines print one figure each, under a title that states one period:
 * PennantPark's highlights (1Q FY2025) print "HIGHLIGHTS" / "Quarter ended December 31, 2024 (unaudited)" / "($ in
 * millions, except per share amounts)" over "Net assets $ 494.3", "Net investment income $ 13.0" …, with no header
 * line. A reader takes the title's period for the column; a title naming more than one day, or none, gives none, and
 * the block still needs a header.
 */
export function titledColumnHeader(block: TableBlock, cells: ReadonlyMap<number, Line>, period: Period | null, said: string): Header | null {
  if (period === null) return null;
  const figures = linesWithAFigure(block, cells);
  if (figures === null || figures < LINES_NAMING_PERIODS) return null;
  const first = block.body[0]!;
  const column: Column = {
    index: 0, header: '', own: '', line: first + 1, column: 1, kind: 'period', key: period.id, period: period.id, dimension: null, basis: null,
    unit: { currency: null, scale: null, percent: false }, reference: false, count: false, measure: null, favourable: false,
    evidence: `no header: one figure a line, the title's period (“${said}”)`,
  };
  return { columns: [column], periods: [period], width: 1, cornerUnit: null };
}

/**
 * How many lines of a header-less block print a figure (and satisfy `counts` by their label), where every line
 * prints a label and at most one figure; null for a block with a header, no lines, or a line of more figures.
 */
function linesWithAFigure(block: TableBlock, cells: ReadonlyMap<number, Line>, counts: (label: string) => boolean = () => true): number | null {
  if (block.header.length > 0 || block.body.length === 0) return null;
  let found = 0;
  for (const n of block.body) {
    if (block.rules.has(n)) continue;
    const line = cells.get(n) ?? [];
    const figures = line.slice(1).filter((c) => c.text.trim() !== '');
    if (figures.length > 1 || line.length > 2) return null;
    if (figures.length === 1 && counts(line[0]?.text.trim() ?? '')) found++;
  }
  return found;
}
