// A statement of operations its rows name, whatever title the layout leaves it (src/lib/model/classify.ts CONTENT):
// Costco's 3Q FY2023 statement (unseen set s27; excerpt test/fixtures/import/text/cost-fy2023-q3-income.txt) prints its
// title four blank lines over the header, so the table was titled "REVENUE", and names its net income for whom ("NET
// INCOME ATTRIBUTABLE TO COSTCO"): two of the statement's lines only, so it was read as "other" and its chain
// (Total revenue − Merchandise costs − SG&A = Operating income, printed inside "OPERATING EXPENSES") was not read.
import { describe, expect, test } from 'vitest';
import { importedText } from './no-model.ts';

const FILE = 'cost-fy2023-q3-income.txt';
const checks = (edits: [string, string][] = []) => importedText(FILE, '2023-q3', edits, '2023-05-25');

describe('Costco\'s statement of income read as one by its rows (3Q FY2023)', () => {
  const all = checks();
  test.each<[string, string]>([
    // 53,648 − 47,175 − 4,794 = 1,679; 1,679 − 36 + 128 = 1,771; 1,771 − 469 = 1,302
    ['footing/revenue/operating-income/2023-3m-to-04', '1679'],
    ['footing/revenue/operating-income/2022-9m-to-04', '5296'],
    ['footing/revenue/income-before-income-taxes/2023-3m-to-04', '1771'],
    ['footing/revenue/net-income-including-noncontrolling-interests/2023-3m-to-04', '1302'],
  ])('%s: %s ties', (id, printed) => {
    expect(all.get(id)?.reported?.value).toBe(printed);
    expect(all.get(id)?.verdict).toBe('exact');
  });

  test('SG&A altered is a mismatch of operating income', () => {
    const altered = checks([['4,794', '4,894']]);
    expect(altered.get('footing/revenue/operating-income/2023-3m-to-04')?.verdict).toBe('mismatch');
  });

  // Reviewed real (test/fixtures/corpus-review/unseen/s27.md, session 69): 1,302 ÷ 443,814 thousand shares is 2.9336,
  // 2.9348 at most from the rounded figures, printed 2.94; the other three columns tie (3.05, 9.31, 8.96).
  test('the quarter\'s basic EPS, 2.94 against 1,302 ÷ 443,814, is a mismatch the other columns bear out', () => {
    expect(all.get('definition/eps-basic/2023-3m-to-04')?.verdict).toBe('mismatch');
    for (const column of ['2022-3m-to-04', '2023-9m-to-04', '2022-9m-to-04']) expect(['exact', 'rounding']).toContain(all.get(`definition/eps-basic/${column}`)?.verdict);
  });
});
