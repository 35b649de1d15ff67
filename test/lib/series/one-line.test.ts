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
  'fy2025-q2': ['2025-q2', '2024-08-28'],
  'fy2025-q4': ['2025-q4', '2025-02-26'],
  'fy2026-q1': ['2026-q1', '2025-05-28'],
  'fy2026-q2': ['2026-q2', '2025-08-27'],
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

// A label printed on rows of several sections of a table gets a row id with its section's words where the
// table prints it twice: fiscal 2025 Q2's cash flows print "Other" under operating and under investing
// activities (row `adjustments-to-reconcile-net-income--other`), fiscal 2026 Q2's under operating only (row
// `other`). The row ids differ; the label, its sections and its block (under "Net income $ 16,599") establish one line.
describe('one label in its block, under another row id', () => {
  const cases: { name: string; edit?: [string, string]; expected: [string, string, string, string][] }[] = [
    {
      name: 'as printed: the operating "Other" of fiscal 2025 Q2 and H1 is compared, and agrees',
      expected: [['2025-q2', '-144', '-144', 'same'], ['2025-h1', '-288', '-288', 'same']],
    },
    {
      name: 'its Q2 figure printed otherwise in fiscal 2026 is a mismatch',
      edit: ['  Other\t(100)\t(144)\t(196)\t(288)', '  Other\t(100)\t(154)\t(196)\t(288)'],
      expected: [['2025-q2', '-144', '-154', 'mismatch'], ['2025-h1', '-288', '-288', 'same']],
    },
  ];
  test.each(cases)('$name', ({ edit, expected }) => {
    const later = readFileSync(file('fy2026-q2'), 'utf8');
    if (edit) expect(later).toContain(edit[0]);
    const compared = seriesComparisons([read('fy2025-q2'), read('fy2026-q2', edit ? later.replace(edit[0], edit[1]) : later)]);
    const other = compared.filter((c) => c.later.label === 'Other' && c.later.fact.includes('/statements-of-cash-flows/'));
    expect(other.map((c) => [c.period, c.earlier.value, c.later.value, c.verdict])).toEqual(expected);
    expect(other.map((c) => [c.earlier.fact.split('/')[2], c.later.fact.split('/')[2]])).toEqual(expected.map(() => ['adjustments-to-reconcile-net-income--other', 'other']));
    expect(compared.filter((c) => c.verdict === 'mismatch').length).toBe(edit ? 1 : 0);
  });
});

// PNC's first quarter 2022 prints "Noninterest-bearing" deposits twice in one section, average then quarter end, apart
// only by rows with no figures ("Average", "Quarter end"); its second quarter 2021 printed the quarter-end line only.
// The first of 2022 sits above any head (no block): it is not taken for 2021's line (113.3 average against 120.7 at
// quarter end would be a false mismatch); the second sits under "Average deposits $ 453.3", which 2021 never printed.
describe('a label above the first head of its table establishes no line', () => {
  const pnc = (id: string, date: string, text?: string): Release =>
    parseRelease(text ?? readFileSync(`test/fixtures/series/pnc-${id}-deposits-excerpt.txt`, 'utf8'), {
      id: `pnc-${id}`, title: 'PNC Reports Results', company: 'pnc', name: 'The PNC Financial Services Group, Inc.', ticker: 'PNC', exchange: 'NYSE',
      fiscalYearEnd: '12-31', fiscalYearNamedBy: 'end', fiscalPeriod: id, releaseDate: date, currency: 'USD', scale: 9,
    }, emptyModel, `test/fixtures/series/pnc-${id}-deposits-excerpt.txt`);
  test.each([
    { name: 'as printed', from: '', to: '' },
    { name: 'the quarter-end line printed as the average (120.7 as 113.3)', from: 'Noninterest-bearing\t$ 154.2\t$ 120.7', to: 'Noninterest-bearing\t$ 154.2\t$ 113.3' },
  ])('$name: no mismatch, and March 31, 2021 noninterest-bearing deposits are compared with no other line', ({ from, to }) => {
    const text = readFileSync('test/fixtures/series/pnc-2021-q2-deposits-excerpt.txt', 'utf8');
    if (from) expect(text).toContain(from);
    const compared = seriesComparisons([pnc('2021-q2', '2021-07-14', from ? text.replace(from, to) : text), pnc('2022-q1', '2022-04-14')]);
    expect(compared.filter((c) => c.verdict === 'mismatch')).toEqual([]);
    expect(compared.filter((c) => c.later.label === 'Noninterest-bearing' && c.period === '2021-03-31')).toEqual([]);
    // The lines each release prints once are compared: total deposits at March 31, 2021.
    expect(compared.filter((c) => c.later.label === 'Total deposits').map((c) => [c.period, c.earlier.value, c.later.value, c.verdict])).toEqual([['2021-03-31', '375.1', '375.1', 'same']]);
  });
});

describe('a mismatch across a stated split shows the split and the earlier figure after it', () => {
  test.each([
    { name: 'basic EPS of Q4 FY2024: $4.98 is 0.4975 to 0.4985 after the ten-for-one split, $0.51 is not', q: 'fy2025-q4' },
  ])('$name', ({ q }) => {
    const [mismatch] = seriesComparisons([read('fy2024-q4'), read(q)]).filter((c) => c.verdict === 'mismatch');
    expect([mismatch!.earlier.value, mismatch!.later.value]).toEqual(['4.98', '0.51']);
    expect(mismatch!.statement?.text).toMatch(/ten-for-one/);
    expect(mismatch!.statement?.covers).toBe('after it (10 shares for each one), $4.98 is 0.4975 to 0.4985, and $0.51 is not within rounding of that');
  });
});
