import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { formatIssue, parseRelease } from '../../../src/lib/ingest/index.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';
import type { Fact, ReleaseMeta } from '../../../src/lib/types.ts';

/**
 * Columns read in their groups, as a reader reads them: a change printed as an amount and a percent
 * under one word ("Variation $ | %"), a constant-currency change after the effect of currency that
 * follows the reported change, a heading's first word stacked over a change column in fixed-width
 * text; and share counts printed in a balance sheet's labels, under a statement that excepts them.
 * Each fixture is a real release's table as imported (test/fixtures/ingest/forms/).
 */
const base: ReleaseMeta = {
  id: 'x', title: 'x', company: 'x', name: 'x', ticker: 'X', exchange: '', fiscalYearEnd: '12-31',
  fiscalPeriod: '2024-q4', releaseDate: '2025-02-11', currency: 'USD', scale: 0,
};
const read = (name: string, meta: Partial<ReleaseMeta>) => {
  const file = `test/fixtures/ingest/forms/${name}.txt`;
  return parseRelease(readFileSync(file, 'utf8'), { ...base, ...meta }, emptyModel, file);
};
const releases = {
  gra: read('gra-fy2025-q2-variation', { id: 'gra', fiscalYearEnd: '06-30', fiscalPeriod: '2025-q2', currency: 'CAD' }),
  tap: read('tap-2024-q4-segments', { id: 'tap', scale: 6 }),
  whg: read('whg-2024-q4-equity', { id: 'whg', scale: 3 }),
  hrzb: read('hrzb-fy2006-q3-changes', { id: 'hrzb', fiscalYearEnd: '03-31', fiscalPeriod: '2006-q3' }),
  hbi: read('hbi-2024-q4-quarter-spans', { id: 'hbi', fiscalYearEnd: '12-28', scale: 3 }),
  fmbs: read('fmbs-2024-fy-selected-data', { id: 'fmbs', fiscalPeriod: '2024-fy' }),
  cna: read('cna-2024-q4-loss-ratio', { id: 'cna', scale: 6 }),
  impp: read('impp-2024-q4-eps', { id: 'impp' }),
  pnc: read('pnc-2022-q1-per-share-columns', { id: 'pnc', fiscalPeriod: '2022-q1', scale: 6 }),
  tbv: read('pnc-2022-q1-tangible-book-value', { id: 'tbv', fiscalPeriod: '2022-q1', scale: 6 }),
};
type Name = keyof typeof releases;

/** The facts printed as `raw` on rows labelled `label`, in printed order. */
const facts = (name: Name, label: string, raw: string): Fact[] => releases[name].facts.filter((f) => f.label === label && f.raw === raw);

describe('the fixtures read without a problem', () => {
  test.each(['gra', 'whg', 'hrzb', 'hbi', 'fmbs', 'cna', 'impp', 'pnc', 'tbv'] as const)('%s', (name) => {
    expect(releases[name].errors.map(formatIssue)).toEqual([]);
  });

  test('tap: only the second "FX Impact", a column of no period named as the first, is reported (its figures kept under fx-impact-2)', () => {
    expect(releases.tap.errors.map((e) => e.message)).toEqual([expect.stringMatching(/'FX Impact' names fx-impact again .* kept under fx-impact-2$/)]);
  });
});

describe('each change column compares the periods of its group', () => {
  test.each([
    // release, row label, figure as printed, its column's key (period, and the change's other measure)
    ['gra', 'Revenues', '4,050,570', '2025-q2-vs-2024-q2'],
    ['gra', 'Revenues', '14%', '2025-q2-vs-2024-q2.percent'],
    ['gra', 'Revenues', '8,772,062', '2025-h1-vs-2024-h1'],
    ['gra', 'Revenues', '15%', '2025-h1-vs-2024-h1.percent'],
    // "Q2-2025 | Q2-2024 | Variation $ % | Q1-2025 | Variation $ %": the second against the quarter before.
    ['gra', 'Revenues from customers', '(690,122)', '2025-q2-vs-2025-q1'],
    ['gra', 'Revenues from customers', '(2%)', '2025-q2-vs-2025-q1.percent'],
    // After "Reported % Change | FX Impact", the constant-currency change measures the same pair.
    ['tap', 'Net sales', '(2.6)%', '2024-q4-vs-2023-q4'],
    ['tap', 'Net sales', '(2.2)%', '2024-q4-vs-2023-q4.constant-currency-percent-change'],
    ['tap', 'Net sales', '(2.2)', '2024-q4-vs-2023-q4.constant-currency-percent-change'],
    ['tap', 'Net sales', '(1.7)', '2024-fy-vs-2023-fy.constant-currency-percent-change'],
    // A change printed between its periods: "Three Month Change" and "One Year Change" say which.
    ['hrzb', 'Interest on loans', '10%', '2006-q3-vs-2006-q2'],
    ['hrzb', 'Interest on loans', '41%', '2006-q3-vs-2005-q3'],
    ['hrzb', 'Interest on loans', '36%', '2006-9m-vs-2005-9m'],
    ['hrzb', 'Cash and due from banks', '1%', '2005-12-31-vs-2005-09-30'],
    ['hrzb', 'Cash and due from banks', '24%', '2005-12-31-vs-2004-12-31'],
    ['hrzb', 'Cash and due from banks', '$ 24,944', '2005-09-30'],
    // Spans written out over the columns they cover: the prior quarter and the changes are their own columns.
    ['hbi', 'Net sales', '$ 897,710', '2024-q4.constant-currency'],
    ['hbi', 'Net sales', '$850,283', '2023-q4'],
    ['hbi', 'Net sales', '4.5%', '2024-q4-vs-2023-q4'],
    ['hbi', 'Net sales', '5.6%', '2024-q4-vs-2023-q4.constant-currency'],
    ['hbi', 'Gross profit', '(3,078)', '2024-q4.impact-foreign-currency'],
  ] as const)('%s: %s %s is in %s', (name, label, raw, key) => {
    const found = facts(name, label, raw);
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) expect(f.id.split('/').at(-1)).toBe(key);
  });

  test('the amount of a change is money in the table\'s unit, its percent a percent', () => {
    expect(facts('gra', 'Revenues', '4,050,570')[0]).toMatchObject({ unit: 'CAD', scale: 0, period: '2025-q2-vs-2024-q2' });
    expect(facts('gra', 'Revenues', '14%')[0]).toMatchObject({ unit: 'percent', period: '2025-q2-vs-2024-q2', dimension: 'percent' });
  });

  test('a word stacked over a change column is that column\'s: the full year\'s columns beside it are the year\'s, with no dimension', () => {
    const year = facts('tap', 'Net sales', '$ 9,240.2');
    expect(year).toHaveLength(1);
    expect(year[0]).toMatchObject({ period: '2024-fy', dimension: null, unit: 'USD', scale: 6 });
    expect(facts('tap', 'Net sales', '$ 9,425.2')[0]).toMatchObject({ period: '2023-fy', dimension: null });
  });
});

describe('share counts in a balance sheet\'s labels', () => {
  test.each([
    // row label (its start), measure, value, period, scale
    ['Common stock', 'shares-authorized', '25000000', '2024-12-31'],
    ['Common stock', 'shares-issued', '12137080', '2024-12-31'],
    ['Common stock', 'shares-issued', '11856737', '2023-12-31'],
    ['Common stock', 'shares-outstanding', '9234575', '2024-12-31'],
    ['Common stock', 'shares-outstanding', '9140760', '2023-12-31'],
    ['Treasury stock', 'shares-treasury', '2902505', '2024-12-31'],
    ['Treasury stock', 'shares-treasury', '2715977', '2023-12-31'],
  ] as const)('%s: %s %s at %s is a count in units', (label, measure, value, period) => {
    const f = releases.whg.facts.filter((x) => x.origin === 'label' && x.label.startsWith(label) && x.row.endsWith(`.${measure}`) && x.value === value);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ unit: 'shares', scale: 0, period });
  });

  test('the amounts beside them stay in thousands', () => {
    expect(releases.whg.facts.find((f) => f.origin === 'cell' && f.raw === '(88,277)')).toMatchObject({ unit: 'USD', scale: 3 });
  });
});

describe('rows a section says stand at the period\'s end', () => {
  test.each([
    // section, row label, figure as printed, period
    ['AT PERIOD END', 'Total assets', '$ 844,643,087', '2024-12-31'],
    ['AT PERIOD END', 'Deposits', '623,611,124', '2022-12-31'],
    ['SELECTED AVERAGE BALANCES', 'Total assets', '$ 810,042,767', '2024-fy'],
    ['OPERATING DATA', 'Net income', '$ 4,277,703', '2024-fy'],
  ] as const)('%s: %s %s is of %s', (section, label, raw, period) => {
    const f = releases.fmbs.facts.filter((x) => x.section[0] === section && x.label === label && x.raw === raw);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ period, unit: 'USD', scale: 0 });
  });

  test('the instant is the year\'s last day, and the reading says why', () => {
    expect(releases.fmbs.periods.find((p) => p.id === '2024-12-31')).toMatchObject({ kind: 'instant', end: '2024-12-31' });
    const row = releases.fmbs.tables[0].rows.find((r) => r.id === 'at-period-end--total-assets')!;
    expect(row.reading?.evidence).toContain('period 2024-12-31: the end of its column\'s, as its section "AT PERIOD END" says');
  });
});

describe('lines bridging two ratios are points of them, not the table\'s money', () => {
  test.each([
    // row label, figure as printed, unit
    ['Less: Effect of catastrophe impacts', '1.8', 'percentage-points'],
    ['Less: Effect of favorable development-related items', '(0.1)', 'percentage-points'],
    ['Loss ratio', '62.8%', 'percent'],
    ['Net earned premiums', '$ 2,571', 'USD'],
  ] as const)('%s %s is %s', (label, raw, unit) => {
    const f = releases.cna.facts.filter((x) => x.label === label && x.raw === raw);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ unit, scale: unit === 'USD' ? 6 : 0, period: '2024-q4' });
  });
});

describe('the numerator and the denominator of earnings per share', () => {
  test.each([
    // section, row label, figure as printed, unit
    ['Numerator', 'Net income', '71,134,002', 'USD'],
    // Under the statement "(Expressed in United States Dollars, except number of shares)", printed under the header: amounts.
    ['Net Income - Adjusted Net Income', 'Plus share based compensation', '752,407', 'USD'],
    ['Net Income - Adjusted Net Income', 'Adjusted Net Income', '7,216,350', 'USD'],
    ['Numerator', 'Less: Cumulative dividends on preferred shares', '(462,225)', 'USD'],
    ['Numerator', 'Less: Undistributed earnings allocated to non-vested shares', '(122,899)', 'USD'],
    ['Numerator', 'Net (loss)/ income attributable to common shareholders, basic', '59,987,560', 'USD'],
    ['Denominator', 'Weighted average number of shares', '23,566,153', 'shares'],
    ['Denominator', 'EPS - Basic', '3.22', 'USD/share'],
    ['Numerator', 'Adjusted net income attributable to common shareholders, basic', '63,105,292', 'USD'],
    ['Denominator', 'Adjusted EPS, Basic', '3.39', 'USD/share'],
  ] as const)('%s: %s %s is %s', (section, label, raw, unit) => {
    const f = releases.impp.facts.filter((x) => x.label === label && x.raw === raw);
    expect(f.length).toBeGreaterThan(0);
    for (const x of f) expect(x).toMatchObject({ unit, scale: 0 });
    if (section === 'Numerator' && label.startsWith('Less')) expect(f[0].section.at(-1)).toBe('Numerator');
  });
});

describe('a column named under the span its neighbour dates is of that period', () => {
  test.each([
    // row label, figure as printed, period, dimension, unit, scale
    ['Net income attributable to diluted common shareholders', '<u>$ 1,355</u>', '2022-q1', null, 'USD', 6],
    ['Net income attributable to diluted common shareholders', '<u>$ 3.23</u>', '2022-q1', 'per-common-share', 'USD/share', 0],
    ['Integration costs after tax', '0.82', '2021-q4', 'per-common-share', 'USD/share', 0],
    ['Integration costs after tax', '346', '2021-q4', null, 'USD', 6],
    // Net income allocated to those shares, in millions of dollars: "shares" is in what the head noun goes to.
    ['Dividends and undistributed earnings allocated to nonvested restricted shares', '(8)', '2021-q1', null, 'USD', 6],
    ['Adjusted net income attributable to diluted common shareholders excluding integration costs (non-GAAP)', '<u>$ 4.11</u>', '2021-q1', 'per-common-share', 'USD/share', 0],
  ] as const)('%s %s is %s %s, %s at scale %i', (label, raw, period, dimension, unit, scale) => {
    const f = releases.pnc.facts.filter((x) => x.label === label && x.raw === raw);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ period, dimension, unit, scale });
  });
});

describe('the amounts a per-share caption heads', () => {
  test.each([
    // row label, figure as printed, unit, scale
    ["Common shareholders' equity", '$ 44,170', 'USD', 6],
    ['Goodwill and other intangible assets', '(11,383)', 'USD', 6],
    ['Deferred tax liabilities on goodwill and other intangible assets', '269', 'USD', 6],
    ["Tangible common shareholders' equity", '<u>$ 33,056</u>', 'USD', 6],
    ['Period-end common shares outstanding (in millions)', '415', 'shares', 6],
    ['Tangible book value per common share (non-GAAP)', '$ 79.68', 'USD/share', 0],
    ['Book value per common share', '<u>$ 106.47</u>', 'USD/share', 0],
  ] as const)('%s %s is %s at scale %i', (label, raw, unit, scale) => {
    const f = releases.tbv.facts.filter((x) => x.label === label && x.raw === raw);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ unit, scale });
  });
});
