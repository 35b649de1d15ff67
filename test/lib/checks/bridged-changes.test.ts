// A reported change printed as the sum of its rounded parts (src/lib/checks/bridged-changes.ts), on an excerpt of
// Johnson & Johnson's Q4 2022 release (JOHNSON_JOHNSON_2022Q4_EARNINGS.pdf through pdftotext, unseen set s29;
// test/fixtures/checks/growth/jnj-2022-q4-reported-as-parts.txt): its full-year sales "Reported | Operational |
// Currency" print Worldwide 1.3% = 6.1 + (4.8), where 94,943 against 93,775 is 1.25%; its highlights print the same
// 1.3% with no parts. Both were mismatches; both are within the parts' rounding (1.2 to 1.4). A change its parts do
// not make, or a copy printing another figure, is still accused.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { emptyModel } from '../../../src/lib/model/index.ts';
import { parseRelease } from '../../../src/lib/ingest/index.ts';
import { runChecks } from '../../../src/lib/verify/index.ts';
import type { ReleaseMeta } from '../../../src/lib/types.ts';

const EXCERPT = `Results\n\n${readFileSync('test/fixtures/checks/growth/jnj-2022-q4-reported-as-parts.txt', 'utf8')}\n`;
const META: ReleaseMeta = {
  id: 'jnj-2022-q4', title: 'Results', company: 'jnj', name: 'Johnson & Johnson', ticker: 'JNJ', exchange: 'NYSE',
  fiscalYearEnd: '12-31', fiscalPeriod: '2022-q4', releaseDate: '2023-01-24', currency: 'USD', scale: 6,
};
// The FY2022 growth of worldwide sales in each table, by the line its figure is printed on (the highlights' first).
const growths = (text: string) =>
  runChecks(parseRelease(text, META, emptyModel, 'jnj-2022-q4/release.txt'), emptyModel)
    .filter((c) => c.kind === 'growth' && c.id.endsWith('/2022-fy-vs-2021-fy') && /(reported-sales|worldwide)\//.test(c.id))
    .map((c) => c.verdict);

describe('a reported change printed as the sum of its rounded parts', () => {
  test.each([
    // [what, edits ([from, to] each), verdicts: the highlights' growth, the full-year table's]
    ['as printed: 1.3 = 6.1 + (4.8) in both places, 1.25% from the amounts → within rounding', [], ['rounding', 'rounding']],
    ['the highlights printing 1.4: not the bridged figure → mismatch there', [['$94,943\t$93,775\t1.3%', '$94,943\t$93,775\t1.4%']], ['mismatch', 'rounding']],
    ["the operational change printed 6.3: the parts no longer make 1.3 → mismatch in both", [['1.3%\t6.1\t(4.8)', '1.3%\t6.3\t(4.8)']], ['mismatch', 'mismatch']],
  ] as [string, [string, string][], string[]][])('%s', (_what, edits, verdicts) => {
    let text = EXCERPT;
    for (const [from, to] of edits) {
      expect(text).toContain(from);
      text = text.replace(from, to);
    }
    expect(growths(text)).toEqual(verdicts);
  });
});
