import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseRelease } from '../../../src/lib/ingest/index.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';
import { statesUnit } from '../../../src/lib/ingest/statement-rows.ts';
import type { Fact, ReleaseMeta } from '../../../src/lib/types.ts';

/**
 * The reading of a table, period of each column and unit and scale of each row, from everything
 * its reader uses: a unit statement printed under the header (whole, or the tail of one the title
 * opened), a span stated by the title over columns that print their year alone, a header whose
 * line break the page lost, the exceptions of a statement ("except share data"), a currency named
 * in words, money rows whose label mentions shares. Each fixture is a real release's table
 * (test/fixtures/ingest/forms/), read with release.yaml's metadata as `tieout import` drafts it.
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
  tap: read('tap-2024-q4-performance', { id: 'tap', scale: 6 }),
  cmg: read('cmg-fy2025-q3-segments', { id: 'cmg', fiscalYearEnd: '03-31', fiscalPeriod: '2025-q3', scale: 3 }),
  crsp: read('crsp-2024-q4-operations', { id: 'crsp', scale: 3 }),
  duni: read('duni-2024-q4-key-financials', { id: 'duni' }),
  rprx: read('rprx-2024-q4-cash-flows', { id: 'rprx', scale: 6 }),
  fmbs: read('fmbs-2024-fy-balance-sheet', { id: 'fmbs', fiscalPeriod: '2024-fy' }),
  airt: read('airt-fy2025-q3-contrail', { id: 'airt', fiscalYearEnd: '03-31', fiscalPeriod: '2025-q3', scale: 3 }),
  moved: read('nvidia-fy2026-q2-summary-unit-under-header', { id: 'moved', fiscalYearEnd: '01-25', fiscalPeriod: '2026-q2' }),
  above: read('nvidia-fy2026-q2-summary', { id: 'above', fiscalYearEnd: '01-25', fiscalPeriod: '2026-q2' }),
  cflt: read('cflt-2024-q4-operations', { id: 'cflt', scale: 3 }),
  alx: read('alx-2024-q4-results', { id: 'alx', scale: 3 }),
  hbi: read('hbi-2024-q4-constant-currency', { id: 'hbi', fiscalYearEnd: '12-28', scale: 3 }),
  pfe: read('pfe-2021-q4-overall-results', { id: 'pfe', scale: 6 }),
  pfeIncr: read('pfe-2022-q2-statement-of-income', { id: 'pfe', fiscalPeriod: '2022-q2', releaseDate: '2022-07-28', scale: 6 }),
  asx: read('asx-2024-q4-shares', { id: 'asx', currency: 'TWD', scale: 6 }),
  lr: read('lr-2024-fy-key-figures', { id: 'lr', currency: 'EUR', fiscalPeriod: '2024-fy', scale: 6 }),
  organic: read('lr-2024-fy-organic-growth', { id: 'organic', currency: 'EUR', fiscalPeriod: '2024-fy', scale: 6 }),
  pnc: read('pnc-2021-q2-loans', { id: 'pnc', fiscalPeriod: '2021-q2', scale: 6 }),
  hrzb: read('hrzb-fy2006-q3-deposits', { id: 'hrzb', fiscalYearEnd: '03-31', fiscalPeriod: '2006-q3' }),
  contrail: read('airt-fy2025-q3-contrail-revenue', { id: 'contrail', fiscalYearEnd: '03-31', fiscalPeriod: '2025-q3' }),
  pega: read('pega-2024-q4-backlog', { id: 'pega', scale: 3 }),
  // Watts Water (unseen-s28 wts-2024-q4.md, a Business Wire copy; release.txt lines 273–293).
  wts: read('wts-2024-q4-organic-sales', { id: 'wts', scale: 6 }),
  // Precision Drilling (corpus-extra pd-2024-q4.md, a GlobeNewswire copy; release.txt lines 596–622).
  pd: read('pd-2024-q4-changes-in-equity', { id: 'pd', currency: 'CAD', fiscalYearEnd: '12-31', scale: 3 }),
};
type Name = keyof typeof releases;

/** The fact printed as `raw` on the row labelled `label`. */
function cell(name: Name, label: string, raw: string): Fact {
  const found = releases[name].facts.filter((f) => f.label === label && f.raw === raw);
  if (found.length !== 1) throw new Error(`${found.length} facts '${raw}' on '${label}' in ${name}`);
  return found[0];
}

describe('units and scales from the table\'s statement wherever it sits', () => {
  test.each([
    // release, row label, figure as printed, unit, scale
    ['tap', 'Net sales', '$ 2,735.6', 'USD', 6],
    ['tap', 'Underlying income (loss) before income taxes', '$ 341.0', 'USD', 6],
    ['tap', 'Per diluted share', '$ 1.39', 'USD/share', 0],
    ['moved', 'Revenue', '$46,743', 'USD', 6],
    ['moved', 'Operating expenses', '$5,413', 'USD', 6],
    ['moved', 'Diluted earnings per share', '$1.08', 'USD/share', 0],
    ['moved', 'Gross margin', '72.4 %', 'percent', 0],
    ['duni', 'Net sales', '2,057', 'SEK', 6],
    ['duni', 'Earnings per share attributable to equity holders of the Parent Company', '2.14', 'SEK/share', 0],
    ['duni', 'Organic growth', '-0.2%', 'percent', 0],
    ['crsp', 'Research and development', '82,155', 'USD', 3],
    ['crsp', 'Basic weighted-average common shares outstanding', '85,464,252', 'shares', 0],
    ['crsp', 'Net (loss) income per common share — basic', '$ (0.44)', 'USD/share', 0],
    ['cmg', 'Cash', '39,731', 'CAD', 3],
    ['cmg', 'Annuity/maintenance licenses', '17,706', 'USD', 3],
    ['rprx', 'Repurchases of Class A ordinary shares', '(305)', 'USD', 6],
    ['rprx', 'Dividends to shareholders', '(376)', 'USD', 6],
    // Share units settled or redeemed among lines of money: money, not a count of units.
    ['pd', 'Settlement of Executive Performance and Restricted Share Units', '21,846', 'CAD', 3],
    ['pd', 'Redemption of non-management directors share units', '(346)', 'CAD', 3],
    ['pd', 'Share options exercised', '978', 'CAD', 3],
    // A caption that counts shares itself ("… authorized 5,000,000 shares; issued and outstanding") makes no count of the rows under it.
    ['fmbs', 'Additional paid-in capital', '31,135,552', 'USD', 0],
    ['fmbs', 'Retained earnings', '41,612,654', 'USD', 0],
    // Share counts in full where the release's statements except share data, in a table that states no unit.
    ['cflt', 'Weighted-average shares used to compute net loss per share, basic and diluted', '<u>329,406,849</u>', 'shares', 0],
    ['cflt', 'Weighted-average shares used to compute non-GAAP net income per share, diluted', '<u>362,149,550</u>', 'shares', 0],
    ['cflt', 'Net loss on a GAAP basis', '$ (88,054)', 'USD', 3],
    // The unit statement under a sentence introducing the table is the table's.
    ['alx', 'Weighted average shares outstanding - basic and diluted', '5,133,534', 'shares', 0],
    ['alx', 'Revenues', '$ 55,910', 'USD', 3],
    // A label that states its own scale for a share count: "( in thousand shares)" in a table of NT$ millions.
    ['asx', 'Number of weighted average shares used in diluted EPS calculation ( in thousand shares)', '4,399,409', 'shares', 3],
    ['asx', 'Packaging', '70,285', 'TWD', 6],
    // A figure with the words that qualify it, on a line of its own: a row those words name; the rows after it read as before it.
    ['lr', 'before acquisitions', '20.6%', 'percent', 0],
    ['lr', 'Operating profit', '1,591.6', 'EUR', 6],
    ['lr', 'As % of sales', '18.9%', 'percent', 0],
    // One unlabelled row of figures under the headings: the table's row, in the thousands its introduction states.
    ['contrail', '', '$ 6,226', 'USD', 3],
    ['hrzb', "Total CD's", '<u>55%</u>', 'percent', 0],
    ['hrzb', "Total CD's", '<u>381,174</u>', 'USD', 0],
  ] as const)('%s: %s %s is %s at scale %i', (name, label, raw, unit, scale) => {
    expect(cell(name, label, raw)).toMatchObject({ unit, scale });
  });

  test('a unit line moved under the header reads as it does above it: the same facts, ids and values', () => {
    const strip = (f: Fact) => ({ id: f.id.replace(/^\w+\//, ''), value: f.value, unit: f.unit, scale: f.scale, period: f.period });
    expect(releases.moved.facts.map(strip)).toEqual(releases.above.facts.map(strip));
    expect(releases.moved.tables[0].unitNote).toBe('($ in millions, except earnings per share)');
  });

  test('the statement completed by its tail under the header is the table\'s unit note, and no row', () => {
    const table = releases.tap.tables[0];
    expect(table.unitNote).toBe('($ in millions, except per share data)');
    expect(table.rows.map((r) => r.label)).not.toContain('except per share data)');
    expect(table.rows.every((r) => r.section.length === 0 || !r.section[0].startsWith('except'))).toBe(true);
  });
});

describe('periods from the header, the title and the lost line breaks', () => {
  test.each([
    // release, row label, figure as printed, period, start, end
    ['cmg', 'Total revenue', '35,773', '2025-q3', '2024-10-01', '2024-12-31'],
    ['cmg', 'Total revenue', '33,007', '2024-q3', '2023-10-01', '2023-12-31'],
    ['cmg', 'Total revenue', '14,082', '2025-q3', '2024-10-01', '2024-12-31'],
    ['crsp', 'Grant revenue', '691', '2024-q4', '2024-10-01', '2024-12-31'],
    ['crsp', 'Grant revenue', '2,314', '2024-fy', '2024-01-01', '2024-12-31'],
    ['duni', 'Net sales', '2,057', '2024-q4', '2024-10-01', '2024-12-31'],
    ['duni', 'Net sales', '7,578', '2024-fy', '2024-01-01', '2024-12-31'],
    // Periods down the side, segments across: each figure is of its row's period.
    ['airt', 'Year ended March 31, 2017', '$6,226', '2017-fy', '2016-04-01', '2017-03-31'],
    ['airt', 'Year ended March 31, 2024', '(1,973)', '2024-fy', '2023-04-01', '2024-03-31'],
    ['airt', 'Nine months ended December 31, 2024', '91,865', '2025-9m', '2024-04-01', '2024-12-31'],
    // A span stops where a line below prints its own: the year's figures are the year's, not the quarter's.
    ['cflt', 'Subscription', '$ 250,636', '2024-q4', '2024-10-01', '2024-12-31'],
    ['cflt', 'Subscription', '$ 922,091', '2024-fy', '2024-01-01', '2024-12-31'],
    ['hbi', 'Gross profit', '1,291,890', '2023-fy', '2023-01-01', '2023-12-30'],
    // A quarter named by its ordinal with a hyphen is that quarter, never the year.
    ['pfe', 'Adjusted Income', '6,239', '2021-q4', '2021-10-01', '2021-12-31'],
    ['pfe', 'Adjusted Income', '25,236', '2021-fy', '2021-01-01', '2021-12-31'],
    ['lr', 'before acquisitions', '20.6%', '2024-fy', '2024-01-01', '2024-12-31'],
    ['lr', 'Operating profit', '1,642.7', '2024-fy', '2024-01-01', '2024-12-31'],
    ['contrail', '', '$ 6,226', '2017-fy', '2016-04-01', '2017-03-31'],
    ['contrail', '', '$ 57,188', '2025-9m', '2024-04-01', '2024-12-31'],
  ] as const)('%s: %s %s is %s (%s to %s)', (name, label, raw, period, start, end) => {
    const f = cell(name, label, raw);
    expect(f.period).toBe(period);
    expect(releases[name].periods.find((p) => p.id === period)).toMatchObject({ start, end });
  });

  // A slash between two periods, spaced, compares the later with the earlier; "Q/Q", "B/(W)" and "2023/24" are no such header.
  test.each([
    ['organic', 'Europe', '-2.3%', '2024-fy-vs-2023-fy', '2024-fy', '2023-fy'],
    ['organic', 'Total', '+6.2%', '2024-q4-vs-2023-q4', '2024-q4', '2023-q4'],
  ] as const)('%s: %s %s is the change %s', (name, label, raw, period, current, prior) => {
    const f = cell(name, label, raw);
    expect(f.period).toBe(period);
    expect(releases[name].periods.find((p) => p.id === period)?.compare).toMatchObject({ current, prior });
  });

  test.each([
    ['cmg', 'Total revenue', '35,773', 'consolidated'],
    ['cmg', 'Total revenue', '21,691', 'reservoir-production-solutions'],
    ['crsp', 'Grant revenue', '691', null],
    ['duni', 'Net sales', '2,057', null],
  ] as const)('%s: %s %s names the column within its period as %s, no words of its header left over', (name, label, raw, dimension) => {
    expect(cell(name, label, raw).dimension).toBe(dimension);
  });
});

describe('change columns compare the periods of their group, each period once', () => {
  test.each([
    // "% Change, As Reported" | "% Change, Constant Currency" after three columns of 2024 and one of 2023.
    ['hbi', ['2023-fy', '2024-fy-vs-2023-fy', '2024-fy-vs-2023-fy.constant-currency']],
    ['pfe', ['2021-q4', '2020-q4', '2021-q4-vs-2020-q4', '2021-fy', '2020-fy', '2021-fy-vs-2020-fy']],
    // "% Incr. / (Decr.)" over two lines, abbreviated: the change of the two periods before it (was no period, "-2").
    ['pfeIncr', ['2022-q2', '2021-q2', '2022-q2-vs-2021-q2', '2022-h1', '2021-h1', '2022-h1-vs-2021-h1']],
    ['cflt', ['2024-q4', '2023-q4', '2024-fy', '2023-fy']],
    // Dates with two-digit years: "06/30/21 vs 03/31/21" compares June 30, 2021 with March 31, 2021.
    ['pnc', ['2021-06-30', '2021-03-31', '2020-06-30', '2021-06-30-vs-2021-03-31', '2021-06-30-vs-2020-06-30']],
    // Percentages beside each balance, one of them 100%, under no heading or their balance's cut short: its share of the total.
    ['hrzb', ['2005-12-31', '2005-12-31.percent', '2005-09-30', '2005-09-30.percent', '2004-12-31', '2004-12-31.percent']],
  ] as const)('%s: %j', (name, keys) => {
    expect(releases[name].tables[0].columns.map((c) => c.key).slice(-keys.length)).toEqual(keys);
  });
});

describe('a period stated just above the header, and the change since a date a caption names (Pegasystems, 4Q24 backlog)', () => {
  test.each([
    // row label, figure as printed, period, dimension, unit, scale
    ['1 year or less', '$ 525,133', '2024-12-31', 'subscription-services-pega-cloud', 'USD', 3],
    ['1 year or less', '$ 230,866', '2024-12-31', 'subscription-services-maintenance', 'USD', 3],
    ['Greater than 3 years', '50', '2024-12-31', 'consulting', 'USD', 3],
    ['1 year or less', '56%', '2024-12-31', 'total-percent', 'percent', 0],
    ['% of Total', '70%', '2024-12-31', 'subscription-services-pega-cloud', 'percent', 0],
    // Under "Change since December 31, 2023": the change from that day to the column's, in amount and in percent.
    ['', '$ 166,895', '2024-12-31-vs-2023-12-31', 'subscription-services-pega-cloud', 'USD', 3],
    ['', '$ 160,124', '2024-12-31-vs-2023-12-31', 'total', 'USD', 3],
    ['', '(9)%', '2024-12-31-vs-2023-12-31', 'subscription-services-maintenance', 'percent', 0],
  ] as const)('%s %s is %s %s, %s at scale %i', (label, raw, period, dimension, unit, scale) => {
    expect(cell('pega', label, raw)).toMatchObject({ period, dimension, unit, scale });
  });

  test('the change compares the column\'s day with the day the caption names', () => {
    expect(releases.pega.periods.find((p) => p.id === '2024-12-31-vs-2023-12-31')?.compare).toMatchObject({ current: '2024-12-31', prior: '2023-12-31' });
    expect(releases.pega.errors).toEqual([]);
  });
});

describe('statesUnit: a row under the header that is the table\'s unit statement, not a row', () => {
  test.each([
    // label, states the table's unit — each printed so in a real release
    ['($ in millions, except earnings per share)', true],
    ['except per share data)', true], // Molson Coors, CNA: the tail of "($ millions," above the header
    ['Dollars in millions, except per share data', true], // PNC
    ['SEK m', true], // Duni
    ["Ascendis Pharma A/SConsolidated Statements of Profit or (Loss) and OtherComprehensive Income or (Loss)(In EUR'000s, except share and per share data)", true],
    ['Revenue (millions)', false], // StarTek: a caption stating its own rows' unit
    ['Key financials', false],
    ['Per share data ($)', false],
    ['Weighted average shares outstanding (in thousands)', false],
  ] as const)('%s: %s', (label, states) => {
    expect(statesUnit(label, 'USD')).toBe(states);
  });
});

describe('the reading says where each period, unit and scale came from', () => {
  const column = (name: Name, key: string) => releases[name].tables.flatMap((t) => t.columns).find((c) => c.key === key)!;
  const row = (name: Name, label: string) => releases[name].tables.flatMap((t) => t.rows).find((r) => r.label === label)!;
  test.each([
    ['cmg', '2025-q3.consolidated', 'its header "Consolidated 2024" prints the year alone; the span and day from the title "SUMMARY OF FINANCIAL PERFORMANCE Three months ended December 31,"'],
    ['crsp', '2024-q4', 'its header "Three Months EndedDecember 31, 2024"'],
    ['moved', '2026-q2-vs-2026-q1', 'a change: its header "Q/Q", comparing 2026-q2 with 2026-q1 (qoq)'],
  ] as const)('%s column %s: %s', (name, key, evidence) => {
    expect(column(name, key).evidence).toBe(evidence);
  });

  test.each([
    ['tap', 'Net sales', 'USD', 6, 'money: no word of its label, section or column says otherwise; scale: the table\'s statement "($ in millions, except per share data)", printed in its title and completed under its header'],
    ['moved', 'Revenue', 'USD', 6, 'money: no word of its label, section or column says otherwise; scale: the table\'s statement "($ in millions, except earnings per share)", printed under its header'],
    ['moved', 'Diluted earnings per share', 'USD/share', 0, 'per-share: its label; scale: in units, as such figures are printed'],
    ['crsp', 'Basic weighted-average common shares outstanding', 'shares', 0, 'shares: its label; scale: in units: the statement excepts share data'],
    ['cflt', 'Weighted-average shares used to compute non-GAAP net income per share, basic', 'shares', 0, "shares: its label; scale: in units: the release's statements except share data"],
    ['rprx', 'Repurchases of Class A ordinary shares', 'USD', 6, 'money: its label mentions shares, with no word that makes it a count, among rows of money; scale: the table\'s statement "($ in millions)", printed in its title'],
  ] as const)('%s row %s: %s, scale %i (%s)', (name, label, unit, scale, evidence) => {
    expect(row(name, label).reading).toEqual({ unit, scale, evidence });
  });
});

test('a table with its periods down the side: the row is named by its period whole, the column by its segment', () => {
  expect(cell('airt', 'Nine months ended December 31, 2023', '90,463')).toMatchObject({
    id: 'airt/contrail/nine-months-ended-december-31-2023/revenue-segment-total', period: '2024-9m', dimension: 'revenue-segment-total', unit: 'USD', scale: 3,
  });
});

test('a column under a span heading named by its own words has no period, says why, and is no error', () => {
  const fx = releases.tap.tables[0].columns.find((c) => c.dimension === 'foreign-exchange-impact')!;
  expect(fx).toMatchObject({ period: '', key: 'foreign-exchange-impact' });
  expect(fx.evidence).toBe('no period: its header "For the three months ended Foreign Exchange Impact" names a span but no date or year; "Foreign Exchange Impact" names the column');
  expect(releases.tap.errors).toEqual([]);
});

test('segments under a span with no date take their period from the date a row\'s label ends in (Watts\' organic sales)', () => {
  const [quarter, year] = releases.wts.tables;
  // "Fourth Quarter Ended" over "Americas | Europe | APMEA | Total": the ordinal is the span's, the segment names the column.
  expect(quarter!.columns.map((c) => c.key)).toEqual(['americas', 'europe', 'apmea', 'total']);
  const period = (t: typeof quarter, label: string) => [...new Set(releases.wts.facts.filter((f) => f.table === t!.id && f.label === label).map((f) => f.period))];
  expect(period(quarter, 'Net sales December 31, 2024')).toEqual(['2024-q4']);
  expect(period(quarter, 'Net sales December 31, 2023')).toEqual(['2023-q4']);
  expect(period(year, 'Net sales December 31, 2024')).toEqual(['2024-fy']);
  expect(period(year, 'Net sales December 31, 2023')).toEqual(['2023-fy']);
  expect(cell('wts', 'Net sales December 31, 2024', '$ 108.6')).toMatchObject({ period: '2024-q4', dimension: 'europe', value: '108.6' });
  // A line whose label prints no date keeps no period: "Dollar change" compares the two, and says nothing of a span.
  expect(period(quarter, 'Dollar change')).toEqual(['']);
  expect(releases.wts.errors).toEqual([]);
});

test('an unlabelled row that opens its table closes nothing: no subtotal (Air T\'s one-row tables)', () => {
  expect(cell('contrail', '', '$ 6,226')).toMatchObject({ id: 'contrail/table/row/2017-fy', total: false });
  expect(releases.contrail.tables[0].rows.map((r) => [r.id, r.total])).toEqual([['row', false]]);
});
