/**
 * A quick, conservative screen of "line j is the sum of lines k … j−1" over a block of rows,
 * before the real test (evaluating the relation in every column, with its rounding). Searching
 * every (k, j) with full evaluations costs the cube of the block's length: a 400-line section
 * whose total does not tie took over a minute. The screen answers from prefix sums, exactly (in
 * integers), so the search costs the square of cheap additions, and the real test runs only on
 * the pairs that pass.
 *
 * It never rules out a relation that could hold: a column speaks only where every figure of the
 * pair is printed as a number (nil and n/m are read otherwise by the real test) and every row is
 * in the same scale, and it rules out only a difference larger than twice what the printed
 * precision of all the figures together allows. Otherwise it lets the pair through.
 */

/** One row: its printed values by column (null where nil, n/m or empty), its scale, and its sign in a sum. */
export interface ScreenRow {
  values: (string | null)[];
  scale: number | null | undefined;
  sign: 1 | -1;
}

/**
 * Whether line `j` may be the sum of lines `k` … `j − 1` (indexes into `rows`): in every column,
 * or in all but `tolerate` of them (a reading that one column's error would make fail there).
 */
export type SumScreen = (k: number, j: number, tolerate?: number) => boolean;

const NUMBER = /^-?\d+(?:\.(\d+))?$/;

export function sumScreen(rows: readonly ScreenRow[]): SumScreen {
  const pass: SumScreen = () => true;
  const scale = rows[0]?.scale;
  if (rows.length === 0 || scale == null || rows.some((r) => r.scale !== scale)) return pass;
  // Loops, not Math.max(...rows): a table of 100,000 lines is read whole (no call spreads an unbounded array).
  const width = rows.reduce((w, r) => Math.max(w, r.values.length), 0);
  const columns: Column[] = [];
  for (let c = 0; c < width; c++) {
    const column = screenColumn(rows, c);
    if (column) columns.push(column);
  }
  if (columns.length === 0) return pass;
  return (k, j, tolerate = 0) => {
    let out = 0;
    for (const col of columns) {
      // Only where all of lines k … j are printed as numbers.
      if (col.gaps[j + 1]! - col.gaps[k]! > 0) continue;
      const diff = col.sums[j]! - col.sums[k]! - col.values[j]!;
      const allowed = 2n * (col.halves[j + 1]! - col.halves[k]!);
      if ((diff < 0n ? -diff : diff) > allowed && ++out > tolerate) return false;
    }
    return true;
  };
}

interface Column {
  /** Each row's value, in units of 10^−places. */
  values: bigint[];
  /** sums[i]: the signed sum of rows 0 … i − 1. */
  sums: bigint[];
  /** halves[i]: half a unit of the last printed digit, summed over rows 0 … i − 1. */
  halves: bigint[];
  /** gaps[i]: how many of rows 0 … i − 1 have no number in this column. */
  gaps: number[];
}

function screenColumn(rows: readonly ScreenRow[], c: number): Column | null {
  const parsed = rows.map((r) => {
    const v = r.values[c];
    const m = v == null ? null : NUMBER.exec(v);
    return m ? { text: v!, places: m[1]?.length ?? 0 } : null;
  });
  const places = parsed.reduce((most, p) => Math.max(most, p?.places ?? 0), 0);
  // Figures printed to more places than any release prints are left to the real test.
  if (places > 12) return null;
  const values: bigint[] = [];
  const sums: bigint[] = [0n];
  const halves: bigint[] = [0n];
  const gaps: number[] = [0];
  rows.forEach((r, i) => {
    const p = parsed[i];
    const value = p ? toUnits(p.text, places) : 0n;
    // Half a unit of the last printed digit: 5 × 10^(places − printed places − 1), in units of 10^−places (×10 to stay whole).
    const half = p ? 5n * 10n ** BigInt(places - p.places) : 0n;
    values.push(value * 10n);
    sums.push(sums[i]! + BigInt(r.sign) * value * 10n);
    halves.push(halves[i]! + half);
    gaps.push(gaps[i]! + (p ? 0 : 1));
  });
  return { values, sums, halves, gaps };
}

/** "-1234.5" at 2 places → -123450n. */
function toUnits(text: string, places: number): bigint {
  const negative = text.startsWith('-');
  const [whole, fraction = ''] = (negative ? text.slice(1) : text).split('.');
  const units = BigInt(whole! + fraction.padEnd(places, '0'));
  return negative ? -units : units;
}
