// Footings of real annual-report tables of TAT-QA (../shared/tatqa/, CC BY 4.0; skipped where the sets are absent) that were read
// as mismatches though every column ties under a sound reading of the layout: each total is footed
// under the reading its figures fit, and no check of the table is a mismatch. The real errors of
// the set (test/corpus/tatqa.test.ts) are still found.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { readTatqaByUid, TATQA_ABSENT, tatqaSuite } from '../../../scripts/corpus/tatqa-measure.ts';

const data = mkdtempSync(join(tmpdir(), 'tieout-tatqa-footings-'));
afterAll(() => rmSync(data, { recursive: true, force: true }));
const checksOf = (uid: string) => readTatqaByUid(uid, data).checks;

describe.skipIf(TATQA_ABSENT)(tatqaSuite('TAT-QA totals footed under the reading their figures fit'), () => {
  test.each([
    // A last "Total" after sections that print no total of their own (plan assets: "Equity securities",
    // "Debt securities", "Alternative investments"): it sums every line above, 25,530 and 23,071.
    ['63a1e75f', 'footing/for-the-year-ended-december-31/total/2019-fy', '25,530'],
    // Two directors paid alike ("Hanne Sorensen***" and "Keki Mistry***", 0.60 50.00 50.60): both count in "Total (1)".
    ['c1ad0221', 'footing/particulars-of-remuneration/total/commission', '1,210.00'],
    ['c1ad0221', 'footing/particulars-of-remuneration/total/total-amount', '1,234.30'],
    // A note reference in a "Note" column ("Government grants1 | 24 | 1.8 | 1.3") does not make the line's
    // amounts another unit: they count in the unlabelled subtotal 84.1.
    ['3bffffb2', 'footing/note/current--subtotal/2019-fy', '84.1'],
    ['3bffffb2', 'footing/note/non-current--subtotal/2018-fy', '5.4'],
    // Micron's operating income: gross margin less every line after it as printed, "Other operating
    // (income) expense, net" 49 and (57) among them, in every year.
    ['c49bcea1', 'footing/for-the-year-ended/operating-income/2019-fy', '7,376'],
    ['c49bcea1', 'footing/for-the-year-ended/operating-income/2018-fy', '14,994'],
  ])('%s %s = %s', (uid, id, printed) => {
    const checks = checksOf(uid);
    const check = checks.find((c) => c.id === id);
    expect(check, checks.map((c) => c.id).join('\n')).toBeDefined();
    expect(check!.reported.text.replace(/[$\s]/g, '')).toBe(printed);
    expect(['exact', 'rounding']).toContain(check!.verdict);
    expect(checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual([]);
  });

  // A variance pair "$ | %" whose "Change" spanner is printed over the "%" only: the "$" column (favourable +,
  // "Cost of goods sold $ 6,279") is the change's amount, not a period's figures; the years still foot.
  test('a change amount beside its percentage is never footed as a period (98db5a3a)', () => {
    const checks = checksOf('98db5a3a');
    expect(checks.filter((c) => c.kind === 'footing' && c.id.endsWith('/december-31'))).toEqual([]);
    expect(checks.find((c) => c.id === 'footing/net-sales/gross-profit/2019-fy')?.verdict).toBe('exact');
    expect(checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual([]);
  });

  // "Average Price Paid per Share" is not summed: its "Total" prints the average price, $68.97, not 202.79.
  // "Total Number of Shares Purchased" is, 262 + 3,380 + 3,608 = 7,250.
  test('a column of prices is never footed (05b0f8ce)', () => {
    const checks = checksOf('05b0f8ce');
    expect(checks.filter((c) => c.kind === 'footing' && /average-price/.test(c.id))).toEqual([]);
    expect(checks.find((c) => c.id === 'footing/purchases-of-equity-securities-by-the/total/total-number-shares-purchased')?.verdict).toBe('exact');
  });
});
