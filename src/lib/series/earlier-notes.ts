/**
 * What the earlier printing's own note says of it (issue 32). A figure a release marks with a note
 * ("$ 209,030 (e)" over "(e) Estimated.") is qualified by that note, and a later printing that
 * differs from it is explained where the note says so:
 * - the note calls the figure an estimate ("Estimated", "Preliminary"): the later release prints the
 *   figure as finally measured (a bank's capital at a quarter's end, estimated on release day);
 * - the note names what the figure excludes or includes, with amounts ("excludes allowance for credit
 *   losses on investment securities of $87 million, $94 million … respectively"), and the two
 *   printings differ by one of those amounts, within their rounding: the later release counts it in.
 * Any other difference stays a difference across releases.
 */
import { parseDecimal, powerOfTen } from '../decimal.ts';
import type { Fact, Release, SeriesStatement } from '../types.ts';
import { sentenceAround } from './restatements.ts';

const NOTE = /^\s*\(\s*([a-z]|\d{1,2})\s*\)\s*/i;
const ESTIMATE = /^(?:estimated|preliminary|subject to (?:change|revision))\b/i;
const SCOPE = /\b(?:excludes?|excluding|includes?|including)\b/i;
const AMOUNT = /\$\s?(\d{1,3}(?:,\d{3})*(?:\.\d+)?|\d+(?:\.\d+)?)\s*(thousand|million|billion)?\b/gi;
const WORD_SCALE: Record<string, number> = { thousand: 3, million: 6, billion: 9 };

/** The note of `release` that defines `mark` for the table `table` starts at: the first so marked after the table begins. */
function noteOf(release: Release, table: string, mark: string): { line: number; text: string } | null {
  const start = release.tables.find((t) => t.id === table)?.line ?? 0;
  for (const p of release.prose) {
    if (p.line <= start) continue;
    const m = NOTE.exec(p.text);
    if (m && m[1].toLowerCase() === mark.toLowerCase()) return { line: p.line, text: p.text };
  }
  return null;
}

/**
 * The earlier printing's note that explains why the later printing differs, as a statement, or
 * null. `earlier` and `later` are the two printings of one line and period.
 */
export function earlierNoteExplains(release: Release, earlier: Fact, later: Fact): SeriesStatement | null {
  for (const mark of new Set(earlier.footnotes)) {
    const note = noteOf(release, earlier.table, mark);
    if (!note) continue;
    const body = note.text.replace(NOTE, '').trim();
    if (ESTIMATE.test(body)) {
      return { release: release.meta.id, line: note.line, text: sentenceAround(note.text, /\S/), covers: `the earlier release marks the figure (${mark}) an estimate` };
    }
    if (!SCOPE.test(body)) continue;
    const difference = parseDecimal(later.value!).times(powerOfTen(later.scale)).minus(parseDecimal(earlier.value!).times(powerOfTen(earlier.scale))).abs();
    // Both printings are rounded: the amount may differ from their difference by half a unit of each.
    const slack = powerOfTen(earlier.scale - earlier.decimals).plus(powerOfTen(later.scale - later.decimals)).div(2);
    for (const m of body.matchAll(AMOUNT)) {
      const digits = m[1].replace(/,/g, '');
      const amount = parseDecimal(digits).times(powerOfTen(m[2] ? WORD_SCALE[m[2].toLowerCase()] : earlier.scale));
      const precision = powerOfTen((m[2] ? WORD_SCALE[m[2].toLowerCase()] : earlier.scale) - (digits.split('.')[1]?.length ?? 0)).div(2);
      if (amount.isZero()) continue;
      if (difference.minus(amount).abs().lte(slack.plus(precision))) {
        return {
          release: release.meta.id,
          line: note.line,
          text: sentenceAround(note.text, SCOPE),
          covers: `the two printings differ by ${m[0].trim()}, an amount the earlier release’s note (${mark}) says its figure ${/\bexclud/i.test(body) ? 'excludes' : 'includes'}`,
        };
      }
    }
  }
  return null;
}
