// Five NVIDIA releases of fiscal 2024 to 2026 (excerpts in test/fixtures/series/, sources named
// there), across its ten-for-one split of June 2024. Two of their labels name other lines from one
// release to the next: "Other (C)" is printed under gross profit and under operating expenses of
// one reconciliation (the year before, the gross-profit line was "IP-related costs"), so its row
// id follows the order of the rows: it is compared as the label in its block (under "GAAP operating
// expenses"); "Other income (expense), net" names the total in fiscal 2025 and its last part in
// fiscal 2026 (the total then "Total other income (expense), net"): where the label does not
// establish one line, the two figures are not compared as one (unverifiable, with the reason). A
// figure of one established line printed otherwise stays a mismatch: NVIDIA's
// fiscal 2025 Q4 release prints Q4 FY2024 basic earnings per share as $0.51 after the split, where
// $4.98 before it (12,285 ÷ 24,660 = 0.498) gives $0.50.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseRelease } from '../../../src/lib/ingest/index.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';
import { seriesComparisons } from '../../../src/lib/series/index.ts';
import type { Release, ReleaseMeta, SeriesComparison } from '../../../src/lib/types.ts';

const DATES: Record<string, [string, string]> = {
  'fy2024-q1': ['2024-q1', '2023-05-24'],
  'fy2024-q4': ['2024-q4', '2024-02-21'],
  'fy2025-q1': ['2025-q1', '2024-05-22'],
  'fy2025-q4': ['2025-q4', '2025-02-26'],
  'fy2026-q1': ['2026-q1', '2025-05-28'],
};
const file = (q: string) => `test/fixtures/series/nvda-${q}-excerpt.txt`;
const meta = (q: string): ReleaseMeta => ({
  id: `nvda-${q}`, title: 'NVIDIA Announces Financial Results', company: 'nvda', name: 'NVIDIA Corporation', ticker: 'NVDA', exchange: 'NASDAQ',
  fiscalYearEnd: '01-26', fiscalYearNamedBy: 'end', fiscalPeriod: DATES[q]![0], releaseDate: DATES[q]![1], currency: 'USD', scale: 6,
});
const read = (q: string, text = readFileSync(file(q), 'utf8')): Release => parseRelease(text, meta(q), emptyModel, file(q));
const rowOf = (c: SeriesComparison) => `${c.later.fact.split('/')[1]}/${c.later.fact.split('/')[2]}`;
const differing = (cs: SeriesComparison[]) => cs.filter((c) => c.verdict !== 'same').map((c) => [rowOf(c), c.period, c.earlier.value, c.later.value, c.verdict]);

describe('a label that names another line in a later release', () => {
  test('"Other (C)" printed under gross profit and under operating expenses: each compared as the label in its block', () => {
    const compared = seriesComparisons([read('fy2024-q1'), read('fy2025-q1')]);
    const other = compared.filter((c) => rowOf(c).startsWith('reconciliation-of-gaap-to-non-gaap-financial/other') && c.period === '2024-q1');
    // The operating-expense line (the second "Other (C)" of fiscal 2025, row other-2) is the first one's of fiscal 2024; the
    // gross-profit line is new (fiscal 2024 printed it as "IP-related costs"), so it is not compared.
    expect(other.map((c) => [c.earlier.fact.split('/')[2], c.later.fact.split('/')[2], c.earlier.value, c.later.value, c.verdict])).toEqual([['other', 'other-2', '4', '4', 'same']]);
    expect(compared.filter((c) => c.verdict === 'mismatch')).toEqual([]);
  });

  test('"Other (C)" of operating expenses printed otherwise in its block is a mismatch', () => {
    const text = readFileSync(file('fy2025-q1'), 'utf8').replace('  Other (C)\t-\t-\t4', '  Other (C)\t-\t-\t9');
    const compared = seriesComparisons([read('fy2024-q1'), read('fy2025-q1', text)]);
    expect(differing(compared).filter((d) => d[4] === 'mismatch')).toEqual([['reconciliation-of-gaap-to-non-gaap-financial/other-2', '2024-q1', '4', '9', 'mismatch']]);
  });

  test('"Other income (expense), net" on the total, then on its last part: not compared as one line, and said why', () => {
    const compared = seriesComparisons([read('fy2025-q1'), read('fy2026-q1')]);
    const these = compared.filter((c) => rowOf(c) === 'statements-of-income/other-income-expense-net');
    expect(these.map((c) => [c.earlier.value, c.later.value, c.verdict])).toEqual([['370', '75', 'unverifiable']]);
    expect(these[0]!.reading).toMatch(/printed on a total in nvda-fy2025-q1 and on a line within a total in nvda-fy2026-q1/);
    expect(compared.filter((c) => c.verdict === 'mismatch')).toEqual([]);
  });

  test('the lines each label establishes are still compared, and agree', () => {
    const compared = seriesComparisons([read('fy2025-q1'), read('fy2026-q1')]);
    // The lines between them: operating income, income before income tax, net income of Q1 FY2025.
    const same = compared.filter((c) => c.verdict === 'same').map(rowOf);
    expect(same).toEqual(expect.arrayContaining(['statements-of-income/operating-income', 'statements-of-income/income-before-income-tax', 'statements-of-income/net-income']));
  });

  test('the same label printed once in each release, its figure altered, is still a mismatch', () => {
    const earlier = read('fy2025-q1');
    const text = readFileSync(file('fy2026-q1'), 'utf8').replace('Income before income tax\t21,910\t17,279', 'Income before income tax\t21,910\t17,379');
    const compared = seriesComparisons([earlier, read('fy2026-q1', text)]);
    expect(differing(compared).filter((d) => d[4] === 'mismatch')).toEqual([['statements-of-income/income-before-income-tax', '2025-q1', '17279', '17379', 'mismatch']]);
  });
});

describe('across the split', () => {
  const compared = seriesComparisons([read('fy2024-q4'), read('fy2025-q4')]);

  test('per-share figures and share counts follow the stated ten-for-one split', () => {
    const adjusted = compared.filter((c) => c.verdict === 'split-adjusted').map((c) => [rowOf(c), c.period, c.earlier.value, c.later.value]);
    expect(adjusted).toEqual(
      expect.arrayContaining([
        ['statements-of-income/net-income-per-share--diluted', '2024-q4', '4.93', '0.49'],
        ['statements-of-income/weighted-average-shares--basic', '2024-q4', '2466', '24660'],
      ]),
    );
  });

  test('the one that does not follow it is a mismatch: $4.98 before the split, $0.51 after', () => {
    const differs = compared.filter((c) => c.verdict === 'mismatch').map((c) => [rowOf(c), c.period, c.earlier.value, c.later.value]);
    expect(differs).toEqual([['statements-of-income/net-income-per-share--basic', '2024-q4', '4.98', '0.51']]);
  });
});
