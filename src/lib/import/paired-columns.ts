/**
 * Headings packed left over a table whose columns go in pairs, an amount and the percentage
 * beside it ("$ | 149,638 | 30 | %" under "2024", "$ | 29,292 | | 24 | %" under "Change"), as a
 * wire converter writes them having lost their spans: "| (Dollars in thousands) | Three Months
 * Ended December 31, | | Change | | Year Ended December 31, | | Change |" over "| 2024 | | 2023 |
 * | | 2024 | | 2023 | |" over twelve columns. Read cell by cell, the four years head the first
 * four columns, the percentages among them: every figure of the wrong period. A reader reads
 * each heading over a pair, the years under the spans in groups that end where a year repeats,
 * and a change heading over the pair of its own that no year heads; the percentages are of
 * their pair's heading, marked "%" as each of their cells prints it.
 */

/** A heading naming a change rather than a period: it heads a pair of its own, with no period under it. */
const CHANGE = /^(?:%\s*|\$\s*)?(?:change|variance|variation|increase\s*\/?\s*\(?decrease\)?|growth)\b/i;

/** Whether the printed value is a percentage ("30%", "(6)%", "—%"). */
const isPercent = (text: string) => /%\)?$/.test(text.replace(/<\/?u>/g, '').trim());

/**
 * The header lines (one text per column) with packed headings set over the amount|percent pairs
 * they head and a last line marking each percentage column "%", or null when the table is not so
 * laid out or its headings do not fall over the pairs in exactly one way. `rows` are the rows'
 * cells, one per column.
 */
export function pairedHeadings(lines: string[][], rows: string[][]): string[][] | null {
  const v = lines[0]?.length ?? 0;
  if (v < 4 || v % 2 !== 0 || lines.length === 0 || lines.length > 2) return null;
  if (!pairedByPercent(rows, v)) return null;
  const pairs = v / 2;
  const packed = lines.map(packedHeadings);
  if (packed.some((p) => p === null)) return null;
  const bottom = packed.at(-1)!;
  let spans: { top: string | null; unit: number; heading: string | null }[] = [];
  if (lines.length === 1) {
    if (bottom.length !== pairs) return null;
    spans = bottom.map((heading, unit) => ({ top: null, unit, heading }));
  } else {
    // Each heading of the top line takes a change pair of its own, or the next group of the
    // line below: its headings up to one that repeats a heading of the group.
    let next = 0;
    let unit = 0;
    for (const top of packed[0]!) {
      if (CHANGE.test(top)) {
        spans.push({ top, unit: unit++, heading: null });
        continue;
      }
      const seen = new Set<string>();
      const start = spans.length;
      while (next < bottom.length && !seen.has(key(bottom[next]!))) {
        seen.add(key(bottom[next]!));
        spans.push({ top: spans.length === start ? top : null, unit: unit++, heading: bottom[next++]! });
      }
      if (spans.length === start) return null;
    }
    if (next !== bottom.length || unit !== pairs) return null;
  }
  const out = lines.map(() => Array<string>(v).fill(''));
  for (const s of spans) {
    if (lines.length === 2 && s.top !== null) out[0]![2 * s.unit] = s.top;
    if (s.heading !== null) out.at(-1)![2 * s.unit] = s.heading;
  }
  const percentLine = Array.from({ length: v }, (_, k) => (k % 2 === 1 ? '%' : ''));
  return [...out, percentLine];
}

/** Whether the rows printing a value in every column print a percentage in every other column, from the second, and none in the others. */
function pairedByPercent(rows: string[][], v: number): boolean {
  const full = rows.filter((r) => r.length === v && r.every((t) => t !== ''));
  if (full.length < 2) return false;
  return full.every((r) => r.every((t, k) => isPercent(t) === (k % 2 === 1)));
}

/** The headings of a line that fills its first columns and leaves the rest empty (two at least, fewer than its columns); null otherwise. */
function packedHeadings(line: string[]): string[] | null {
  const k = line.findIndex((t) => t === '');
  if (k < 1 || line.slice(k).some((t) => t !== '')) return null;
  return line.slice(0, k);
}

const key = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();
