import type { TableBlock } from './layout.ts';
import { parseHeaderPeriod, type HeaderContext } from './periods.ts';

/**
 * A header printed again over the table that goes on from the one above with its periods left blank: Apple's 3Q FY2004
 * summary data (unseen EDGAR s19) heads its operating segments "Q2’04 Actual | Q2’04 Actual | Q3’03 Actual | … |
 * Sequential Change | Sequential Change | Year/Year Change | Year/Year Change", then, after a blank line, its product
 * summary under the same line with the quarters left out (" | | | | | | | Sequential Change | … | Year/Year Change"),
 * its "Total Apple" the segments' total again ($1,909, $1,545, $2,014). Read alone, its figures had no period. What
 * establishes them: the line is the one above cell for cell where it prints anything (its change headings, at least
 * one), blank only where the one above names a period, nothing but blank lines between the tables and no title of its
 * own. Returns the header lines to read instead, by line index; null where the header is its own.
 */
export function periodsLeftOut(
  prev: { block: TableBlock },
  next: { block: TableBlock },
  lines: readonly string[],
  start: number,
  ctx: Omit<HeaderContext, 'balanceSheet'>,
): Map<number, string> | null {
  const a = prev.block.header;
  const b = next.block.header;
  if (next.block.caption.length > 0 || a.length === 0 || a.length !== b.length) return null;
  let end = -1;
  for (const n of prev.block.body) end = Math.max(end, n);
  for (let n = end + 1; n < start; n++) if (lines[n]!.trim() !== '') return null;
  const out = new Map<number, string>();
  a.forEach((p, i) => {
    const above = lines[p]!.split('\t');
    const here = lines[b[i]!]!.split('\t');
    if (above.length !== here.length) return;
    const blanked = above.map((c, k) => c.trim() !== '' && here[k]!.trim() === '');
    const printed = here.filter((c) => c.trim() !== '');
    if (printed.length === 0 || !blanked.some(Boolean)) return;
    if (!here.every((c, k) => c.trim() === '' || c.trim() === above[k]!.trim())) return;
    if (!above.every((c, k) => !blanked[k] || parseHeaderPeriod(c.trim(), { ...ctx, balanceSheet: false })?.kind === 'period')) return;
    out.set(b[i]!, above.map((c, k) => (blanked[k] ? c : here[k]!)).join('\t'));
  });
  return out.size > 0 ? out : null;
}
