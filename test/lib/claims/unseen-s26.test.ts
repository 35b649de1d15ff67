// Prose changes of the unseen set s26 that were false mismatches (test/fixtures/corpus-review/unseen/s26.md, entries
// 1–3; excerpt in test/fixtures/claims/unseen-s26): a change whose clause states the amount it reaches ("increased 14%
// year-over-year to $607 million") was linked to a line whose figure of that period is far from that amount
// (share-based compensation, $92 million) or no amount at all (operating expenses as a percent of revenues, 61%).
// Each: left unlinked with the reason; a change reaching its own line's amount still linked, and still a mismatch
// when printed wrong.
import { describe, expect, test } from 'vitest';
import { loadRelease } from '../../../src/lib/ingest/index.ts';
import { edited, numberOf } from './prose-numbers.ts';

const hood = () => loadRelease('test/fixtures/claims/unseen-s26/hood-2026-q1');

// [a quote of its line, the change, the amount its clause reaches]
const far: [string, string, string][] = [
  // The only "Total operating expenses" read is the footnote's percent of total net revenues (60% → 61%).
  ['Total operating expenses increased 18% year-over-year to $656 million', '18%', '$656 million'],
  // "Share-based compensation" (73 → 92) is the tail of the measure's name, not the measure.
  ['(non-GAAP) increased 14% year-over-year to $607 million', '14%', '$607 million'],
];

describe('s26: a change reaching an amount its line is far from is not that line\'s', () => {
  test.each(far)('“%s”: %s unlinked, far from %s', (quote, text, level) => {
    const n = numberOf(hood(), quote, text);
    expect(n.status).toBe('unlinked');
    expect(n.status === 'unlinked' && n.reason).toContain(`far from ${level}`);
  });
});

// [the line as printed or edited, the change, the check, the verdict as printed, the change printed wrong]
const near: [string, string, string, string, string][] = [
  // Printed: net income $336 → $346 million in the cash flows, 3.0%.
  ['Net income increased 3% year-over-year to $346 million', '3%', 'claim/growth/net-income/2026-q1-vs-2025-q1', 'rounding', '9%'],
  // Edited: share-based compensation $73 → $92 million, 26.0%, the amount reached its own.
  ['Share-based compensation increased 26% year-over-year to $92 million', '26%', 'claim/growth/share-based-compensation/2026-q1-vs-2025-q1', 'rounding', '36%'],
];

describe('s26: a change reaching its own line\'s amount is still checked', () => {
  const release = (line: string) =>
    line.startsWith('Net income') ? hood() : edited(hood(), 'Total operating expenses increased 18% year-over-year to $656 million', line);

  test.each(near)('“%s”: %s → %s is %s', (line, text, check, verdict) => {
    expect(numberOf(release(line), line, text)).toMatchObject({ status: 'linked', check, verdict });
  });

  test.each(near)('“%s”: %s printed wrong is a mismatch of %s', (line, text, check, _verdict, wrong) => {
    const to = line.replace(text, wrong);
    expect(numberOf(edited(release(line), line, to), to, wrong)).toMatchObject({ status: 'linked', check, verdict: 'mismatch' });
  });
});
