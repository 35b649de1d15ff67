// Tables of a company's parts, each titled by its part before a title they share (src/lib/checks/tie.ts, partTables):
// Morgan Stanley's 1Q22 financial supplement (../shared/unseen-edgar-s7/ms-2022-q1.htm) prints "Institutional
// Securities", "Wealth Management" and "Investment Management", each over "Income Statement Information, Financial
// Metrics and Ratios", beside the Firm's "Consolidated Financial Metrics, Ratios and Statistical Data" and its page of
// non-GAAP reconciliations (excerpt: test/fixtures/checks/ties/ms-2022-q1-segments.txt, lines 56–66, 146–172,
// 174–197, 233–252 and 470–478 of its release.txt imported at 84d5136).
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { emptyModel } from '../../../src/lib/model/index.ts';
import { parseRelease } from '../../../src/lib/ingest/index.ts';
import { runChecks } from '../../../src/lib/verify/index.ts';
import type { Check, ReleaseMeta } from '../../../src/lib/types.ts';

const text = `Results\n\n${readFileSync('test/fixtures/checks/ties/ms-2022-q1-segments.txt', 'utf8')}\n`;
const meta: ReleaseMeta = {
  id: 'excerpt-2022-q1', title: 'Results', company: 'excerpt', name: 'Excerpt', ticker: 'EXC', exchange: '',
  fiscalYearEnd: '12-31', fiscalPeriod: '2022-q1', releaseDate: '2022-04-14', currency: 'USD', scale: 6,
};
const ties = (t: string): Check[] => runChecks(parseRelease(t, meta, emptyModel, 'excerpt/release.txt'), emptyModel).filter((c) => c.kind === 'tie');

describe("a part's table is never tied to another part's or to the whole's (Morgan Stanley's segments)", () => {
  test.each([
    // [the line, what was tied before: a segment's figure against the Firm's or another segment's]
    ['return-on-average-common-equity', "Wealth Management's 16% against the Firm's 14.7%"],
    ['non-compensation-expenses-as-a-of-net-revenues', "Investment Management's 42% against Institutional Securities' 29%"],
  ])('%s: %s is no mismatch', (line) => {
    const mine = ties(text).filter((c) => c.id.includes(line));
    expect(mine.filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual([]);
    expect(mine.flatMap((c) => [c.reported.fact ?? '', ...c.inputs]).filter((id) => /management|securities/.test(id))).toEqual([]);
  });

  test("the Firm's return on equity, printed in its metrics and again on its page of reconciliations, is tied, and printed wrong is a mismatch", () => {
    const firm = ties(text).filter((c) => c.id.startsWith('tie/return-on-average-common-equity'));
    expect(firm.map((c) => c.verdict)).toEqual(['exact', 'exact', 'exact']);
    const from = 'Return on average common equity - GAAP\t<u>14.7%</u>';
    expect(text).toContain(from);
    const wrong = ties(text.replace(from, 'Return on average common equity - GAAP\t<u>15.7%</u>')).filter((c) => c.verdict === 'mismatch');
    expect(wrong.map((c) => [c.reported.text, c.computed])).toEqual([['14.7%', '15.7']]);
  });
});
