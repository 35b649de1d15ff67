// A figure read with the wrong unit is worse than one not read: it is published as a fact (issue 29). Lines that
// state a unit of physical measure or of time are not the table's money, and a column's own unit statement is that
// column's alone:
// - PrairieSky's summary (../shared/corpus/psk-2024-q4.md) prints "Crude oil (bbls/d) 13,317" and "Crude oil ($/bbl)
//   81.66" under "($ millions, except per share or as otherwise noted)": both were read as CAD millions.
// - FIBRA Macquarie's Dow Jones copy (unseen wire set s7) prints "(millions of Pesos, unless otherwise stated)" over
//   one group of columns and "(millions of Dollars, …)" over the other; its "GLA ('000s square feet)" rows were read
//   as US dollars, in millions under the pesos' statement, and "Average monthly rent per leased (US$/sqm)" as
//   US$ 5.88 million in one column and US$ 6.22 in the other (a growth check then accused its 5.8%).
// - Ally's 4Q21 supplement (unseen EDGAR set s7) prints "Average retail CD maturity (months) 20.3" under "($ in
//   billions)": read as USD 20.3 billion.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { importRelease } from '../../../src/lib/import/index.ts';
import { parseRelease } from '../../../src/lib/ingest/index.ts';
import { readUnitStatement } from '../../../src/lib/units/unit-statements.ts';
import { unitOfText } from '../../../src/lib/ingest/units.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';
import type { Fact, ReleaseMeta } from '../../../src/lib/types.ts';

const meta = (id: string, currency: string, scale: number, fiscalPeriod: string, releaseDate: string): ReleaseMeta => ({
  id, title: 'x', company: 'x', name: 'x', ticker: 'X', exchange: '', fiscalYearEnd: '12-31', fiscalPeriod, releaseDate, currency, scale,
});

function form(file: string, m: ReleaseMeta) {
  const path = `test/fixtures/ingest/forms/${file}`;
  return parseRelease(readFileSync(path, 'utf8'), m, emptyModel, path);
}
function wire(file: string, m: ReleaseMeta) {
  const path = `test/fixtures/import/wire/${file}`;
  const text = importRelease({ text: readFileSync(path, 'utf8'), file, kind: 'text' }, { ticker: 'X', fiscalPeriod: m.fiscalPeriod, currency: m.currency, scale: 'units' }).releaseText;
  return parseRelease(text, m, emptyModel, path);
}

const fibra = meta('fibramq-2024-q4', 'USD', 0, '2024-q4', '2025-02-13');
const releases = {
  psk: form('psk-2024-q4-operational.txt', meta('psk-2024-q4', 'CAD', 6, '2024-q4', '2025-02-10')),
  ally: form('ally-2021-q4-liquidity.txt', meta('ally-2021-q4', 'USD', 6, '2021-q4', '2022-01-21')),
  industrial: wire('fibramq-2024-q4-industrial.md', fibra),
  dac: form('dac-2024-q4-fleet-utilization.txt', meta('dac-2024-q4', 'USD', 3, '2024-q4', '2025-02-10')),
  impp: form('impp-2024-q4-fleet-data.txt', meta('impp-2024-q4', 'USD', 0, '2024-q4', '2025-02-20')),
  lscc: form('lscc-2024-q4-supplemental.txt', meta('lscc-2024-q4', 'USD', 3, '2024-q4', '2025-02-10')),
};

/** [value, unit, scale] of each fact of a row in a period (any column of it). */
const read = (facts: Fact[], row: string, period: string) =>
  facts.filter((f) => f.row === row && f.period === period && f.value !== null).map((f) => [f.value, f.unit, f.scale]);

describe('a line stating a unit of measure or time is not the table\'s money', () => {
  // [release, row, period, its figures as [value, unit, scale]]
  test.each<[keyof typeof releases, string, string, [string, string, number][]]>([
    ['psk', 'crude-oil-bblsd', '2024-q4', [['13317', 'count', 0]]],
    ['psk', 'natural-gas-mmcfd', '2024-fy', [['58.1', 'count', 0]]],
    ['psk', 'royalty-production-boed', '2023-q4', [['25608', 'count', 0]]],
    // Money per unit of a measure, in units: dollars a barrel, the benchmark in US dollars as its label says.
    ['psk', 'crude-oil-bbl', '2024-q4', [['81.66', 'CAD/bbl', 0]]],
    ['psk', 'natural-gas-mcf', '2024-q3', [['0.50', 'CAD/Mcf', 0]]],
    ['psk', 'operating-netback-per-boe', '2024-q4', [['45.86', 'CAD/BOE', 0]]],
    ['psk', 'west-texas-intermediate-wti-usbbl', '2024-q4', [['70.27', 'USD/bbl', 0]]],
    // The table's money is untouched.
    ['psk', 'revenues', '2024-q4', [['135.6', 'CAD', 6]]],
    // Days counted, not the release's thousands of dollars (corpus-extra's Danaos, the 45's Imperial Petroleum and
    // Lattice): a line whose head noun is days, and the ratios' own abbreviations.
    ['dac', 'ownership-days', '2024-q4', [['6706', 'count', 0]]],
    ['dac', 'scheduled-off-hire-days', '2024-fy', [['-525', 'count', 0]]],
    ['dac', 'operating-days', '2023-q4', [['6109', 'count', 0]]],
    // Under the caption "Less Off-hire Days:" still, lines that state their dollars stay dollars, "Less: …" too.
    ['dac', 'operating-revenues-in-000s-of-us', '2024-q4', [['237510', 'USD', 3]]],
    ['dac', 'less', '2024-q4', [['925', 'USD', 3]]],
    ['dac', 'time-charter-equivalent-revenues-in-000s-of-us', '2024-fy', [['937823', 'USD', 3]]],
    // "Time Charter Equivalent US$/per day" $36,869: dollars a day, in units.
    ['dac', 'time-charter-equivalent-usper-day', '2024-q4', [['36869', 'USD/day', 0]]],
    ['impp', 'average-number-of-vessels', '2024-fy', [['10.39', 'count', 0]]],
    ['impp', 'period-end-number-of-owned-vessels-in-fleet', '2024-q4', [['11', 'count', 0]]],
    ['impp', 'total-calendar-days-for-fleet', '2024-fy', [['3801', 'count', 0]]],
    ['impp', 'total-spot-market-days-for-fleet', '2023-q4', [['629', 'count', 0]]],
    ['lscc', 'ar-days-revenue-outstanding-dso', '2024-q4', [['63', 'count', 0]]],
    ['lscc', 'inventory-days-dio', '2023-q4', [['175', 'count', 0]]],
    ['ally', 'average-retail-cd-maturity-months', '2021-q4', [['20.3', 'count', 0]]],
    ['ally', 'retail', '2021-q4', [['134672', 'USD', 6]]],
    // Thousands of square feet and of square metres, under both groups of columns.
    ['industrial', 'gla-000s-square-feet-eop', '2024-q4', [['31730', 'count', 3], ['31730', 'count', 3]]],
    ['industrial', 'leased-gla-000s-sqft-eop', '2023-q4', [['30363', 'count', 3], ['30363', 'count', 3]]],
    ['industrial', 'gla-000s-sqm-eop', '2024-q4', [['2948', 'count', 3], ['2948', 'count', 3]]],
    ['industrial', 'weighted-avg-lease-term-remaining-years-eop', '2023-q4', [['3.5', 'count', 0], ['3.5', 'count', 0]]],
    // "(US$/sqm)" under "(millions of Pesos, unless otherwise stated)": the row states otherwise, dollars in units.
    ['industrial', 'average-monthly-rent-per-leased-ussqm-eop', '2023-q4', [['5.88', 'USD/sqm', 0], ['5.88', 'USD/sqm', 0]]],
  ])('%s: %s in %s', (name, row, period, expected) => {
    expect(read(releases[name].facts, row, period)).toEqual(expected);
  });

  test('the reading says why', () => {
    const row = releases.psk.tables.flatMap((t) => t.rows).find((r) => r.id === 'crude-oil-bbl')!;
    expect(row.reading).toMatchObject({ unit: 'CAD/bbl', scale: 0, evidence: 'money per bbl: its label; scale: its label' });
  });

  // The words alone, as a label or section states them.
  test.each<[string, string | null, string | null, number | null]>([
    ['Crude oil (bbls/d)', 'count', null, null],
    ['Sales volumes (MBOE per day)', 'count', null, null],
    ["GLA ('000s square feet) EOP", 'count', null, 3],
    ['Gold production (thousands of ounces)', 'count', null, 3],
    ['Weighted average remaining lease term (in years)', 'count', null, null],
    ['Realized gold price (US$/oz)', 'per-unit', 'USD', 0],
    ['Adjusted EBITDA per ton', 'per-unit', null, 0],
    ['Time Charter Equivalent US$/per day', 'per-unit', 'USD', 0],
    // Counts: days, things numbered, volumes (Martin Marietta's, First Quantum's).
    ['Total voyage days for fleet', 'count', null, null],
    ['Average number of vessels', 'count', null, null],
    ['Ready mixed concrete cubic yards', 'count', null, null],
    ['Nickel production (contained tonnes)', 'count', null, null],
    // Amounts of an age are no days counted (Chimera's borrowings by maturity, an ageing of receivables).
    ['1 to 29 days', null, null, null],
    ['Over 90 days', null, null, null],
    ['Past due 30-59 days', null, null, null],
    ['Revenue (in \'000s of US$)', null, 'USD', 3],
    // Not money per unit: a volume per day, and a count named by its words.
    ['Barrels per day', null, null, null],
    ['Net income (in millions)', null, null, 6],
    // Pounds are sterling, never a weight here.
    ['Revenue (pounds)', null, null, null],
  ])('%s', (text, kind, currency, scale) => {
    const unit = unitOfText(text, 'USD');
    expect([unit.kind, unit.currency, unit.scale]).toEqual([kind, currency, scale]);
  });
});

describe("a column's own unit statement sets its currency", () => {
  test.each<[string, string, string | null, number]>([
    ['(millions of Pesos, unless otherwise stated)', 'USD', 'MXN', 6],
    ['(millions of Pesos, unless otherwise stated)', 'ARS', 'ARS', 6],
    ['(Mexican pesos in thousands)', 'USD', 'MXN', 3],
    ['(millions of Dollars, unless otherwise stated)', 'USD', 'USD', 6],
  ])('%s in a release kept in %s', (text, release, currency, scale) => {
    expect(readUnitStatement(text, release)).toMatchObject({ currency, scale });
  });
});

// Share counts printed in full under a statement that excepts share data (issue 29): 26,491,939 shares at scale 3
// are 26 billion. Both tables lost their statement: Confluent's reconciliation goes on after a page break under no
// title, and Palomar's title line, its company name glued to the statement's title, ran past a title's length.
describe('share counts in full where the statement excepts share data', () => {
  const usd = (id: string) => meta(id, 'USD', 3, '2024-q4', '2025-02-13');
  const cflt = form('cflt-2024-q4-continued.txt', usd('cflt-2024-q4'));
  const plmr = form('plmr-2024-q4-income.txt', usd('plmr-2024-q4'));
  test.each<[string, Fact[], string, string, [string, string, number][]]>([
    ['cflt', cflt.facts, 'weighted-average-shares-used-to-compute-non-gaap-net-income-per-share-basic', '2024-q4', [['329406849', 'shares', 0]]],
    // Its money stays in thousands.
    ['cflt', cflt.facts, 'non-gaap-net-income', '2024-fy', [['102173', 'USD', 3]]],
    ['plmr', plmr.facts, 'basic', '2023-fy', [['24822004', 'shares', 0]]],
    ['plmr', plmr.facts, 'net-comprehensive-income', '2024-q4', [['18258', 'USD', 3]]],
    // The same count printed in full again under "(in thousands, except per share data)": in units too, its money in thousands.
    ['plmr', plmr.facts, 'weighted-average-common-shares-outstanding-diluted', '2024-q4', [['27206225', 'shares', 0]]],
    ['plmr', plmr.facts, 'adjusted-net-income', '2024-q4', [['41292', 'USD', 3]]],
  ])('%s: %s in %s', (_name, facts, row, period, expected) => {
    expect(read(facts, row, period)).toEqual(expected);
  });

  test('the continued table says whose statement it reads', () => {
    const table = cflt.tables.find((t) => t.rows.some((r) => r.id === 'non-gaap-net-income'))!;
    expect(table.unitNote).toBe('(in thousands, except percentages, share and per share data)');
    expect(table.unitEvidence).toMatch(/over the table it continues/);
  });
});

// The lines under a line of tonnes or ounces that add up to it are tonnes or ounces: First Quantum's mines under
// "Copper production (tonnes)" (../shared/corpus/fm-2024-q4.md) were read in its thousands of dollars.
describe('the parts of a line stating its unit of measure', () => {
  const fm = form('fm-2024-q4-operating.txt', meta('fm-2024-q4', 'USD', 3, '2024-q4', '2025-02-11'));
  const rows = fm.tables.flatMap((t) => t.rows);
  const first = (label: string, n = 0) => rows.filter((r) => r.label.trim() === label)[n]!;
  test.each<[string, number, string, string, number]>([
    ['Copper production (tonnes)', 0, '2024-q4', 'count', 0],
    ['Kansanshi', 0, '2024-q4', 'count', 0],
    ['Other Sites', 0, '2023-q4', 'count', 0],
    ['Kansanshi', 1, '2024-q3', 'count', 0],
    ['Guelb Moghrein', 0, '2024-q4', 'count', 0],
  ])('%s (%i) in %s', (label, n, period, unit, scale) => {
    const row = first(label, n);
    const facts = fm.facts.filter((f) => f.table && f.row === row.id && f.period === period && f.value !== null);
    expect(facts.map((f) => [f.unit, f.scale])).toEqual([[unit, scale]]);
  });

  test('the reading says why', () => {
    expect(first('Sentinel').reading?.evidence).toMatch(/^count: its figures add up to the line above that states its unit, "Copper production \(tonnes\)"/);
  });

  // One column misprinted leaves them its parts, so that the footing accuses that column; two do not.
  test('lines that do not add up to it stay the table\'s money', () => {
    const altered = readFileSync('test/fixtures/ingest/forms/fm-2024-q4-operating.txt', 'utf8').replace('Kansanshi\t48,139\t49,810', 'Kansanshi\t78,139\t79,810');
    const release = parseRelease(altered, meta('fm-2024-q4', 'USD', 3, '2024-q4', '2025-02-11'), emptyModel, 'altered');
    const kansanshi = release.facts.find((f) => f.label.trim() === 'Kansanshi' && f.period === '2024-q4')!;
    expect([kansanshi.unit, kansanshi.scale]).toEqual(['USD', 3]);
  });
});

