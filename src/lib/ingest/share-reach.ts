import { parseDecimal } from '../decimal.ts';
import type { ParsedValue } from './parse-value.ts';

/** A row as the reach of a column's "%" sees it: its figures, by column index; a caption has none. */
export interface ReachRow {
  values: readonly { index: number; parsed: Pick<ParsedValue, 'value' | 'status' | 'dollar' | 'symbol' | 'unitHint'> }[];
}

/**
 * Where the "%" of a column's header stops speaking, as a row index: the first row of a block it does not head.
 *
 * A header naming its figures shares ("% of Net Sales") heads the block whose lines it shares out, down to their whole,
 * printed 100. A caption after that whole opens a block of its own, which the header no longer speaks for when its
 * figures cannot be shares: one printed with a currency symbol, or beyond 100 with no "%" printed in the block (PC
 * Connection, 1Q20: "% of Net Sales" over "Product Mix:", "Total Net Sales 100%", then "Stock Performance Indicators:"
 * over "Actual shares outstanding 26,101", "Total book value per share $ 23.09", "Market capitalization $ 1,075,622",
 * in the same columns). A block after the whole that reads as shares (a second breakdown summing to 100%) stays under
 * the header, and the search goes on past it. Columns whose header speaks for every row are left out of the map.
 */
export function shareReach(rows: readonly ReachRow[], percentColumns: Iterable<number>): Map<number, number> {
  const out = new Map<number, number>();
  const caption = (r: number) => rows[r]!.values.length === 0;
  for (const index of percentColumns) {
    const cell = (r: number) => rows[r]!.values.find((v) => v.index === index)?.parsed;
    for (let r = 0; r < rows.length - 1; r++) {
      const whole = cell(r);
      if (!whole || whole.status !== 'reported' || whole.value === null || !parseDecimal(whole.value).eq(100) || !caption(r + 1)) continue;
      // The block the caption opens: its captions, then its lines up to the next caption.
      let end = r + 1;
      while (end < rows.length && caption(end)) end++;
      while (end < rows.length && !caption(end)) end++;
      const figures = rows.slice(r + 1, end).flatMap((_, k) => cell(r + 1 + k) ?? []).filter((p) => p.status === 'reported' && p.value !== null);
      const money = figures.some((p) => p.dollar || p.symbol !== null);
      const beyond = figures.some((p) => parseDecimal(p.value!).abs().gt(100)) && !figures.some((p) => p.unitHint === 'percent');
      if (money || beyond) {
        out.set(index, r + 1);
        break;
      }
      // Its last line may be its own whole, closing it.
      r = end - 2;
    }
  }
  return out;
}
