// Units of the EDGAR exhibits 99.1 of April 2020 (unseen set s14, ../shared/unseen-edgar-s14; review
// test/fixtures/corpus-review/unseen/edgar-s14.md, classes A and B and "Sampled units"), each excerpt cut from the
// release.txt that `tieout import` wrote from the exhibit (main 95e2067):
// - Spok (spok-2020-q1.htm, release.txt lines 392–430): "UNITS IN SERVICE ACTIVITY, … AND AVERAGE REVENUE PER UNIT
//   (ARPU)", "(Unaudited and in thousands)": pagers in service, "(000's)" on the first line of the roll-forward and on
//   the caption of the account sizes, no "$" on their lines; read as US$ thousands before, but "1 to 100 units" as a
//   count, so the account sizes' "Total" (926 = 67 + 171 + 688) was footed over two lines (8 false mismatches). Then
//   "Account size ARPU" over "1 to 100 units $ 12.01" …, "Total $ 7.31": revenue per unit, whose total is their
//   average weighted by units, read as US$ thousands and footed as a sum (8 false mismatches).
// - Spok (lines 158–194): the statement of operations' "Key statistics": "Units in service 926", "Average revenue per
//   unit (ARPU) $ 7.31" under "(Unaudited and in thousands except share, per share amounts and ARPU)"; with the units
//   excerpt after it, as the release prints both, "Units in service" is the thousands "Ending units in service" counts.
// - PC Connection (cnxn-2020-q1.htm, lines 61–75): "Inventory turns 21" and "Days sales outstanding 58" under
//   "(Amounts and shares in thousands, except operating data, …)", read as US$ thousands before.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseRelease } from '../../../src/lib/ingest/index.ts';
import { unitOfText } from '../../../src/lib/ingest/units.ts';
import { lineItem } from '../../../src/lib/ingest/labels.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';
import { runChecks } from '../../../src/lib/verify/index.ts';
import type { ReleaseMeta } from '../../../src/lib/types.ts';

const meta = (id: string, name: string, ticker: string): ReleaseMeta => ({
  id, title: 'x', company: ticker.toLowerCase(), name, ticker, exchange: 'NASDAQ', fiscalYearEnd: '12-31', fiscalPeriod: '2020-q1', releaseDate: '2020-04-29', currency: 'USD', scale: 3,
});
const FIXTURES = {
  units: { file: 'test/fixtures/ingest/forms/spok-2020-q1-units-in-service.txt', meta: meta('spok-2020-q1', 'Spok Holdings, Inc.', 'SPOK') },
  statistics: { file: 'test/fixtures/ingest/forms/spok-2020-q1-key-statistics.txt', meta: meta('spok-2020-q1', 'Spok Holdings, Inc.', 'SPOK') },
  operating: { file: 'test/fixtures/ingest/forms/cnxn-2020-q1-operating-data.txt', meta: meta('cnxn-2020-q1', 'PC Connection, Inc.', 'CNXN') },
} as const;
type Name = keyof typeof FIXTURES;
const textOf = (name: Name) => readFileSync(FIXTURES[name].file, 'utf8');
const read = (name: Name, text = textOf(name)) => parseRelease(text, FIXTURES[name].meta, emptyModel, FIXTURES[name].file);

describe('a line is read in the unit its reader reads it in', () => {
  const SPOK = 'units-in-service-activity-market-segment';
  test.each<[Name, string, string, number]>([
    // fixture, fact id (table/row/period), unit, scale
    // The roll-forward under "Paging units in service": "(000's)" on its first line is the block's.
    ['units', `${SPOK}/beginning-units-in-service-000s/2020-q1`, 'count', 3],
    ['units', `${SPOK}/gross-placements/2020-q1`, 'count', 3],
    ['units', `${SPOK}/gross-disconnects/2020-q1`, 'count', 3],
    ['units', `${SPOK}/net-change/2019-q4`, 'count', 3],
    ['units', `${SPOK}/ending-units-in-service/2018-q2`, 'count', 3],
    // The account sizes under "Account size ending units in service (000's)": every line, one unit.
    ['units', `${SPOK}/account-size-ending-units-in-service--1-to-100-units/2020-q1`, 'count', 3],
    ['units', `${SPOK}/account-size-ending-units-in-service--101-to-1000-units/2020-q1`, 'count', 3],
    ['units', `${SPOK}/account-size-ending-units-in-service--1000-units/2020-q1`, 'count', 3],
    ['units', `${SPOK}/account-size-ending-units-in-service--total/2020-q1`, 'count', 3],
    // The net loss rates are percentages, as printed.
    // (Under "Account size net loss rate(c)", a caption over the lines the other account sizes' captions head.)
    ['units', `${SPOK}/account-size-net-loss-rate--101-to-1000-units/2020-q1`, 'percent', 0],
    // "Account size ARPU": dollars per unit, the "$" printed on the first and last line only.
    ['units', `${SPOK}/account-size-arpu--1-to-100-units/2020-q1`, 'USD/unit', 0],
    ['units', `${SPOK}/account-size-arpu--101-to-1000-units/2020-q1`, 'USD/unit', 0],
    ['units', `${SPOK}/account-size-arpu--total/2020-q1`, 'USD/unit', 0],
    ['statistics', 'statements-of-operations-a/average-revenue-per-unit-arpu/2020-q1', 'USD/unit', 0],
    ['statistics', 'statements-of-operations-a/units-in-service/2020-q1', 'count', 0],
    // Amounts of the same tables stay US$ thousands.
    ['statistics', 'statements-of-operations-a/bookings/2020-q1', 'USD', 3],
    ['statistics', 'statements-of-operations-a/total-revenue/2020-q1', 'USD', 3],
    // A stock's turns are a multiple, days sales outstanding days.
    ['operating', 'selected-financial-information-at-or/inventory-turns/2020-q1', 'ratio', 0],
    ['operating', 'selected-financial-information-at-or/days-sales-outstanding/2019-q1', 'count', 0],
    ['operating', 'selected-financial-information-at-or/net-sales/2020-q1', 'USD', 3],
  ])('%s %s: %s at scale %i', (name, id, unit, scale) => {
    const f = read(name).facts.find((x) => x.id === `${FIXTURES[name].meta.id}/${id}`);
    expect(`${f?.unit} ${f?.scale}`).toBe(`${unit} ${scale}`);
  });
});

describe('counts foot as counts, an average per unit is never summed, and a figure printed wrong is still caught', () => {
  const SPOK = 'units-in-service-activity-market-segment';
  const verdict = (text: string, id: string) => runChecks(read('units', text), emptyModel).find((c) => c.id === id)?.verdict;
  test.each<[string, string, string, string]>([
    // check, the line as printed, the line misprinted (beyond rounding) or '' for none, verdict
    [`footing/${SPOK}/account-size-ending-units-in-service--total/2020-q1`, '1 to 100 units\t67\t', '', 'exact'],
    [`footing/${SPOK}/account-size-ending-units-in-service--total/2020-q1`, '1 to 100 units\t67\t', '1 to 100 units\t76\t', 'mismatch'],
    [`footing/${SPOK}/account-size-ending-units-in-service--total/2018-q2`, '>1,000 units\t688', '', 'exact'],
    [`footing/${SPOK}/ending-units-in-service/2020-q1`, 'Gross placements\t24\t', '', 'exact'],
    [`footing/${SPOK}/ending-units-in-service/2020-q1`, 'Beginning units in service (000\'s)\t938\t', 'Beginning units in service (000\'s)\t948\t', 'mismatch'],
    [`footing/${SPOK}/net-change/2020-q1`, 'Gross disconnects\t(36)\t', 'Gross disconnects\t(26)\t', 'mismatch'],
  ])('%s: %j → %j is %s', (id, printed, misprinted, expected) => {
    const text = textOf('units');
    expect(text).toContain(printed);
    expect(verdict(misprinted ? text.replace(printed, misprinted) : text, id)).toBe(expected);
  });

  test('no footing of "Account size ARPU" is proposed: its total is an average weighted by units', () => {
    const checks = runChecks(read('units'), emptyModel);
    expect(checks.filter((c) => c.id.includes('account-size-arpu'))).toEqual([]);
    // Amounts still foot beside it: the ties of the key statistics' amounts hold.
    expect(runChecks(read('statistics'), emptyModel).find((c) => c.id === 'footing/statements-of-operations-a/total-revenue/2020-q1')?.verdict).toBe('exact');
  });
});

// The statements' "Units in service" states no scale, and its table's "(Unaudited and in thousands except share, per
// share amounts and ARPU)" names no count; read in units (926 pagers) before. The release prints the same count for the
// same quarters as "Ending units in service" under "Paging units in service (000's)": 926 thousand.
describe('a count that states no scale takes the scale the release states for the same figures', () => {
  const both = (statistics = textOf('statistics')) => parseRelease(`${statistics}\n\n${textOf('units')}`, FIXTURES.statistics.meta, emptyModel, 'both.txt');
  const row = (release: ReturnType<typeof both>) => release.tables.flatMap((t) => t.rows).find((r) => r.id === 'units-in-service');
  test.each<[string, string, number, RegExp]>([
    // case, key statistics as printed or altered, scale, evidence
    ['the same figures for 2020-q1 and 2019-q1', 'Units in service\t926\t982', 3, /scale: thousands: the same count printed for the same periods where the release states its scale/],
    ['one quarter differing: another count, in units', 'Units in service\t962\t982', 0, /scale: in units, or the scale its own words/],
    ['one quarter only in common: not enough to say', 'Units in service\t926\t', 0, /scale: in units, or the scale its own words/],
  ])('%s', (_, line, scale, evidence) => {
    const release = both(textOf('statistics').replace('Units in service\t926\t982', line));
    const fact = release.facts.find((f) => f.id === 'spok-2020-q1/statements-of-operations-a/units-in-service/2020-q1');
    expect(fact?.scale).toBe(scale);
    expect(row(release)?.reading?.evidence).toMatch(evidence);
    // The count it was read from keeps its own scale.
    expect(release.facts.find((f) => f.id === 'spok-2020-q1/units-in-service-activity-market-segment/ending-units-in-service/2020-q1')?.scale).toBe(3);
  });
});

describe('what a label\'s words say of its unit', () => {
  test.each<[string, string | null, number | null]>([
    // label, kind, scale
    ['Beginning units in service (000\'s)', 'count', 3],
    ['Account size ending units in service (000\'s)', 'count', 3],
    ['Ending units in service', 'count', null],
    ['101 to 1,000 units', 'count', null], // "1,000" is a figure, not ", 000 units"
    ['Stainless steel deliveries, 1000 tonnes', 'count', 3],
    ['Average revenue per unit (ARPU)', 'per-unit', null],
    ['Account size ARPU', 'per-unit', null],
    ['Average monthly revenue per subscriber', 'per-unit', null],
    // A hotel's room rates, in dollars (MGM's 4Q22 "Average daily rate (ADR) $ 260" under no unit statement, read as the
    // release's thousands before; unseen set s27).
    ['Average daily rate (ADR)', 'per-unit', null],
    ['Revenue per available room (REVPAR)(3)', 'per-unit', null],
    ['RevPAR', 'per-unit', null],
    ['Revenue from rooms', null, null],
    ['Net sales per unit', null, null], // MasterCraft's: money, divided from its lines by the per-unit check
    ['Revenue from units in service', null, null],
    ['Inventory turns', 'ratio', null],
    ['Receivables turnover', 'ratio', null],
    ['Turnover', null, null], // revenue, as British releases name it
    ['Days sales outstanding', 'count', null],
    ['Days payable outstanding', 'count', null],
    ['Loans 30-89 days past due', null, null],
  ])('unitOfText(%j) → %s, scale %s', (label, kind, scale) => {
    const u = unitOfText(label, 'USD');
    expect([u.kind, u.scale]).toEqual([kind, scale]);
  });

  test.each<[string, string]>([
    ['101 to 1,000 units', '101 to 1,000 units'],
    ['>1,000 units', '>1,000 units'],
    ['Common stock, $0.001 par value; 100,000,000 shares authorized', 'Common stock'],
    ['Treasury stock at cost - 7,844 and 7,495', 'Treasury stock at cost'],
  ])('lineItem(%j) → %j', (label, item) => {
    expect(lineItem(label)).toBe(item);
  });
});

describe("a hotel's room rates are dollars a room, printed in units (MGM, 4Q22)", () => {
  test('"Average daily rate (ADR) $ 260" and "Revenue per available room (REVPAR) $ 238" are USD/unit at scale 0; the rooms revenue stays millions', () => {
    const file = 'test/fixtures/ingest/forms/mgm-2022-q4-hotel-statistics.txt';
    const meta: ReleaseMeta = { id: 'mgm', title: 'x', company: 'mgm', name: 'MGM', ticker: 'MGM', exchange: 'NYSE', fiscalYearEnd: '12-31', fiscalPeriod: '2022-q4', releaseDate: '2023-02-08', currency: 'USD', scale: 3 };
    const facts = parseRelease(readFileSync(file, 'utf8'), meta, emptyModel, file).facts.filter((f) => f.period === '2022-q4');
    expect(facts.map((f) => [f.raw, f.unit, f.scale])).toEqual([['$ 813', 'USD', 6], ['91 %', 'percent', 0], ['$ 260', 'USD/unit', 0], ['$ 238', 'USD/unit', 0]]);
  });
});
