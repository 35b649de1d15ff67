// Which headings the import wrote out into every column they span, and so head no column beside them (src/lib/ingest/
// columns.ts, spansWrittenOut): a period named without its year written into two columns side by side does (J&J's
// "Q3 | Q3 | Q4 | Q4 | FULL YEAR | FULL YEAR", test/lib/import/year-over-periods.test.ts); a region's name written into
// each of its four columns does not say that of the headings under it. Pfizer's international revenues by region
// (PFIZER_2023Q2_EARNINGS.pdf through `pdftotext -layout`, unseen set s29; excerpt
// test/fixtures/import/real/pfe-2023-q2-regions.txt): "% Change" written once over "Total | Oper." heads both, so the
// operational changes (at constant currency) are not judged as the reported growth; read over "Total" alone, 22
// operational changes were accused of not being the reported growth. And the year printed under "% Change", over its
// figures, heads no change beside it (columns.ts, spreads): read spread over them, the changes were the prior year's
// figures, and no change of the table was checked at all.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkExcerpt } from '../excerpt-release.ts';

const EXCERPT = readFileSync('test/fixtures/import/real/pfe-2023-q2-regions.txt', 'utf8');
const checks = () => checkExcerpt(EXCERPT, { id: 'pfe-2023-q2', headline: 'Pfizer Reports Second-Quarter 2023 Results', name: 'Pfizer', ticker: 'PFE', fiscalPeriod: '2023-q2', releaseDate: '2023-08-01', fiscalYearEnd: '12-31' });

describe('a change heading written once over its parts heads them all under a span written out (Pfizer, 2Q23)', () => {
  test('no growth of the table is a mismatch', () => {
    expect(checks().filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual([]);
  });

  test.each([
    // Reported changes judged as growth: (2,415 − 5,480) / 5,480 = −55.9%, printed (56%).
    ['total-international-revenues', '2023-q2-vs-2022-q2.developed-europe', 'rounding'],
    // The operational change at constant currency: not the reported growth, and not judged as it.
    ['total-international-revenues', '2023-q2-vs-2022-q2.developed-europe-oper', 'unverifiable'],
    ['prevnar-family', '2023-q2-vs-2022-q2.developed-rest-world-oper', 'unverifiable'],
  ])('%s %s: %s', (row, column, verdict) => {
    const c = checks().find((x) => x.kind === 'growth' && x.id.endsWith(`/${row}/${column}`));
    expect(c?.verdict).toBe(verdict);
  });
});
