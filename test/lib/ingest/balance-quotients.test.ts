// One balance over another, named "<equity, capital, loans …> to <assets, loans, deposits …>", is a percentage where
// nothing printed beside it says so, each excerpt cut from the release.txt `tieout import` wrote:
// - U.S. Bancorp 4Q21 (../shared/unseen-s27/usb-2021-q4.htm, release.txt lines 314–333): "CAPITAL POSITION ($ in
//   millions)" prints "Tangible common equity to tangible assets (b) 6.8" after the Basel III block, whose first ratio
//   alone prints "%": read as $6.8 million, so never tied to the non-GAAP table's "6.8%".
// - Citizens 4Q21 (../shared/corpus-extra, release.txt lines 323–338): "Allowance for credit losses to loans and leases
//   1.51" under "($s in millions)" between lines printing "%".
// - Ottawa Bancorp 4Q24 (../shared/corpus, release.txt lines 172–190): the block under "Asset Quality Ratios:" is
//   percentages by the "%" of the first ratio of the table, two of its lines by their own words too.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseRelease } from '../../../src/lib/ingest/index.ts';
import { unitOfRowLabel } from '../../../src/lib/ingest/units.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';
import type { ReleaseMeta } from '../../../src/lib/types.ts';

const meta = (id: string, fiscalPeriod: string, releaseDate: string, scale: number): ReleaseMeta => ({
  id, title: 'x', company: id.split('-')[0]!, name: 'x', ticker: 'X', exchange: 'NYSE', fiscalYearEnd: '12-31', fiscalPeriod, releaseDate, currency: 'USD', scale,
});
const FIXTURES = {
  usb: { file: 'test/fixtures/ingest/forms/usb-2021-q4-capital-position.txt', meta: meta('usb-2021-q4', '2021-q4', '2022-01-19', 6) },
  cfg: { file: 'test/fixtures/ingest/forms/cfg-2021-q4-credit-quality.txt', meta: meta('cfg-2021-q4', '2021-q4', '2022-01-19', 6) },
  ottw: { file: 'test/fixtures/ingest/forms/ottw-2024-q4-ratios.txt', meta: meta('ottw-2024-q4', '2024-q4', '2025-02-05', 0) },
} satisfies Record<string, { file: string; meta: ReleaseMeta }>;
type Name = keyof typeof FIXTURES;
const read = (name: Name) => parseRelease(readFileSync(FIXTURES[name].file, 'utf8'), FIXTURES[name].meta, emptyModel, FIXTURES[name].file);

describe('unitOfRowLabel: one balance over another is a percentage', () => {
  test.each([
    ['Tangible common equity to tangible assets (b)', 'percent'],
    ['Common equity tier 1 capital to risk-weighted assets, reflecting the full implementation of the current expected credit losses methodology (b)', 'percent'],
    ['Allowance for credit losses to loans and leases', 'percent'],
    ['Net charge-offs to average loans', 'percent'],
    ['Tier 1 capital to average assets', 'percent'],
    ['Loans to deposits', 'percent'],
    ['Equity to assets ratio', 'percent'],
    // a movement of one balance into another, or a line about one, is no quotient
    ['Reclassification of equity to liabilities', null],
    ['Transfers of loans to held for sale', null],
    ['Reclassification of capital to equity', null], // both balances named, but a movement
    ['Conversion of debt to equity', null],
    ['Proceeds from sale of loans to other banks', null],
    ['Contributions to pension plans', null],
    ['Loans to customers', null],
    ['Proceeds from loans to customers', null],
    ['Net income attributable to noncontrolling interests', null],
    ['Tangible common equity to tangible assets ($ in millions)', null], // a stated currency wins
  ] as const)('%s → %s', (label, kind) => {
    expect(unitOfRowLabel(label, 'USD').kind).toBe(kind);
  });
});

describe('a quotient of balances in a table of amounts is read as a percentage, every column of it', () => {
  test.each<[Name, RegExp, string[]]>([
    ['usb', /^Tangible common equity to tangible assets$/, ['6.8', '6.8', '6.8', '6.6', '6.9']],
    ['usb', /^Tangible common equity to risk-weighted assets$/, ['9.2', '9.4', '9.3', '9.1', '9.5']],
    ['cfg', /^Allowance for credit losses to loans and leases$/, ['1.51', '1.63', '2.17']],
    ['ottw', /^Net charge-offs to average gross loans outstanding$/, ['0.01', '0.07']],
    ['ottw', /^Non-performing loans to gross loans$/, ['1.58', '1.52']],
  ])('%s %s', (name, label, values) => {
    const facts = read(name).facts.filter((f) => label.test(f.label) && !f.period.includes('-vs-'));
    expect(facts.map((f) => [f.value, f.unit, f.scale])).toEqual(values.map((v) => [v, 'percent', 0]));
  });

  test('the amounts around them keep the table\'s millions', () => {
    const facts = read('usb').facts.filter((f) => /^Tier 1 capital$/.test(f.label));
    expect(facts.map((f) => [f.unit, f.scale])[0]).toEqual(['USD', 6]);
    const cfg = read('cfg').facts.filter((f) => /^Allowance for credit losses$/.test(f.label) && !f.period.includes('-vs-'));
    expect(cfg.map((f) => [f.value, f.unit, f.scale])).toEqual([['1934', 'USD', 6], ['2004', 'USD', 6], ['2670', 'USD', 6]]);
  });
});

describe('a bare difference of percentages under a header of differences in "$/bps" is in basis points', () => {
  // Citizens 4Q21: "4Q21 change from 3Q21 $/bps" over "(12)" on "Allowance for credit losses to loans and leases 1.51
  // 1.63": 1.51% − 1.63% = −12 bps (read as −12 percent, or as $12 million before the line was a percentage).
  test.each([
    [/^Allowance for credit losses to loans and leases$/, ['-12', '-66']],
    [/^Net charge-offs as a % of total loans and leases$/, ['-47']],
    [/^Nonaccrual loans and leases to loans and leases$/, ['-6', '-28']], // printed "(6) bps" itself
  ])('%s', (label, values) => {
    const facts = read('cfg').facts.filter((f) => label.test(f.label) && f.period.includes('-vs-') && f.value !== null && !f.dimension);
    expect(facts.map((f) => [f.value, f.unit])).toEqual(values.map((v) => [v, 'basis-points']));
  });

  test('an amount\'s difference in the same column stays money', () => {
    const facts = read('cfg').facts.filter((f) => /^Allowance for credit losses$/.test(f.label) && f.period === '2021-q4-vs-2021-q3' && !f.dimension);
    expect(facts.map((f) => [f.value, f.unit, f.scale])).toEqual([['-70', 'USD', 6]]);
  });
});
