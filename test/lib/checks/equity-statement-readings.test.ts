// XP Power's interim results, H1 2025 (unseen set s31, xpp-2025-h1.txt, the company's PDF through `pdftotext -layout`;
// excerpt test/fixtures/import/real/xpp-2025-h1-statements.txt: its summary, revenue by sector, currency table,
// income statement, statement of comprehensive income, statement of changes in equity, statement of cash flows and
// revenue by class of customer). Thirteen false mismatches, each a reading the release does not establish:
// - the statement of changes in equity's "Total" read as the sum of the reserves alone, its spanner "Attributable to
//   equity holders of the Company" read over the reserves and not over "Share capital" to the left of them
//   (column-footing.ts besideSpanner): every balance and the issuance of shares off by the share capital;
// - its "Total comprehensive income for the period" read as the sum of every movement above it, held only in the
//   columns where the awards and share-based payments print nothing (structure.ts blockSubtotal): it is the exchange
//   difference and the profit just above it;
// - the cash flow's "- Provision for doubtful debts" 0.1 read as a subtotal of three adjustments within rounding in
//   one column of two (structure.ts collapseSubtotals);
// - the adjusted gross margin 41.4% (under "Adjusted results1:", and in the table headed "Adjusted £m") tied to the
//   statutory 41.6% (model/recognize.ts captionBasis);
// - "Equity shareholders" 2.1 of the profit tied to "Equity shareholders" 1.1 of the comprehensive income, both under
//   "Attributable to:" (tie.ts attributedOf);
// - the region table's "Total" of 2025 read over Asia, its regions' heading read as one over two columns
//   (tie-columns.ts ownColumns).
// Each now ties or is unverifiable; a figure altered beyond rounding is still a mismatch.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { importRelease } from '../../../src/lib/import/index.ts';
import { parseRelease } from '../../../src/lib/ingest/index.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';
import { runChecks } from '../../../src/lib/verify/index.ts';
import type { ReleaseMeta } from '../../../src/lib/types.ts';

const FILE = 'test/fixtures/import/real/xpp-2025-h1-statements.txt';

const verdicts = (edits: [string, string][] = []): Record<string, string> => {
  let text = readFileSync(FILE, 'utf8');
  for (const [from, to] of edits) {
    expect(text).toContain(from);
    text = text.replace(from, to);
  }
  const meta: ReleaseMeta = {
    id: 'xpp-2025-h1', title: '2025 Interim Results', company: 'xpp', name: 'XP Power Limited', ticker: 'XPP', exchange: '',
    fiscalYearEnd: '12-31', fiscalPeriod: '2025-h1', releaseDate: '2025-08-05', currency: 'GBP', scale: 6,
  };
  const imported = importRelease({ text, file: FILE, kind: 'text' }, { ticker: 'XPP' });
  const checks = runChecks(parseRelease(imported.releaseText, meta, emptyModel, FILE), emptyModel);
  return Object.fromEntries(checks.map((c) => [c.id, c.verdict]));
};

const SOCE = 'footing/statement-of-changes-in-equity';
const CASH = 'footing/statement-of-cash-flows';
const TOTAL = 'attributable-equity-holders-company-total';

describe('an equity statement, a cash flow and a summary read as the release prints them (XP Power, H1 2025)', () => {
  const as = verdicts();

  test('no check is a mismatch', () => {
    expect(Object.entries(as).filter(([, v]) => v === 'mismatch')).toEqual([]);
  });

  // [check, verdict]
  const cases: [string, string][] = [
    // "Total" sums "Share capital" and the reserves: 71.2 + 0.2 + 2.1 + (0.9) + 7.6 + 74.4 = 154.6.
    [`${SOCE}/balance-at-1-january-2024/2025-h1.${TOTAL}/columns`, 'exact'],
    [`${SOCE}/balance-at-30-june-2024/2025-h1.${TOTAL}/columns`, 'exact'],
    [`${SOCE}/balance-at-1-january-2025/2025-h1.${TOTAL}/columns`, 'exact'],
    [`${SOCE}/balance-at-30-june-2025/2025-h1.${TOTAL}/columns`, 'exact'],
    [`${SOCE}/issuance-of-shares/2025-h1.${TOTAL}/columns`, 'exact'],
    // Comprehensive income is the exchange difference and the profit: (1.0) + 2.1 = 1.1; (4.9) + (1.9) = (6.8).
    [`${SOCE}/total-comprehensive-income-for-the-period/2025-h1.${TOTAL}`, 'exact'],
    [`${SOCE}/total-comprehensive-income-for-the-period/2025-h1.${TOTAL}-equity`, 'exact'],
    [`${SOCE}/total-comprehensive-lossprofit-for-the-period/2025-h1.${TOTAL}`, 'exact'],
    [`${SOCE}/total-comprehensive-lossprofit-for-the-period/2025-h1.${TOTAL}-equity`, 'exact'],
    // The closing balance rolls forward with the acquisitions of non-controlling interests: 8.6 + 0.8 + (0.2) = 9.2.
    [`${SOCE}/balance-at-30-june-2025/2025-h1.attributable-equity-holders-company-other-reserve`, 'exact'],
    [`${CASH}/cash-generated-from-operations/2025-h1`, 'exact'],
    // The adjusted gross margin ties to the currency table's, headed "Adjusted £m".
    ['tie/non-gaap-gross-margin/2025-h1', 'exact'],
    ['tie/non-gaap-operating-income/2025-h1', 'exact'],
    ['tie/industrial-technology/2024-h1', 'exact'],
    // The 2025 regions, once their run-together heading "Europe North America Asia" is read in the 2024 group's order.
    ['tie/industrial-technology/2025-h1', 'exact'],
    ['tie/healthcare/2025-h1', 'exact'],
  ];
  test.each(cases)('%s is %s', (id, verdict) => {
    expect(as[id]).toBe(verdict);
  });

  // [check, absent]: relations the release does not establish are not read.
  const absent: string[] = [
    `${CASH}/provision-for-doubtful-debts/2025-h1`,
    'tie/gross-margin/2025-h1',
    'tie/equity-shareholders/2024-h1',
  ];
  test.each(absent)('%s is not read', (id) => {
    expect(as[id]).toBeUndefined();
  });

  // [case, edit, check]: a figure altered beyond rounding is a mismatch of the reading that holds.
  const planted: [string, [string, string], string][] = [
    ['the closing total', ['62.9    178.6          0.6    179.2', '62.9    188.6          0.6    179.2'], `${SOCE}/balance-at-30-june-2025/2025-h1.${TOTAL}/columns`],
    ['a comprehensive income', ['2.1     1.1          0.1      1.2', '2.1     1.4          0.1      1.2'], `${SOCE}/total-comprehensive-income-for-the-period/2025-h1.${TOTAL}`],
    ['the cash generated', ['Cash generated from operations                                                              13.3', 'Cash generated from operations                                                              14.3'], `${CASH}/cash-generated-from-operations/2025-h1`],
    ['the adjusted gross margin', ['41.4%                  40.6%                   80bps', '41.9%                  40.6%                   80bps'], 'tie/non-gaap-gross-margin/2025-h1'],
  ];
  test.each(planted)('%s altered is a mismatch', (_, edit, id) => {
    expect(verdicts([edit])[id]).toBe('mismatch');
  });
});
