// Lines naming a ratio, rate or return in a table of money (src/lib/ingest/ratio-lines.ts, issue 29): each was read
// as money at the table's scale and published so in facts.csv (Wells Fargo's 118% liquidity coverage ratio as $118
// billion, ASE's current ratio 1.19 as NT$1.19 million, The Hartford's combined ratio 99.1 as $99.1 million).
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseRelease } from '../../../src/lib/ingest/index.ts';
import { ratioLines, type RatioReading } from '../../../src/lib/ingest/ratio-lines.ts';
import type { BlockRow } from '../../../src/lib/ingest/per-share-blocks.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';
import { runChecks } from '../../../src/lib/verify/index.ts';
import type { ReleaseMeta } from '../../../src/lib/types.ts';

const fixture = (name: string) => `test/fixtures/ingest/forms/${name}.txt`;
const meta = (id: string, fiscalPeriod: string, releaseDate: string, scale: number, currency = 'USD'): ReleaseMeta => ({
  id, title: 'x', company: 'x', name: 'x', ticker: 'X', exchange: '', fiscalYearEnd: '12-31', fiscalPeriod, releaseDate, currency, scale,
});
const releases = {
  wfc: { file: fixture('wfc-2021-q4-capital-liquidity'), meta: meta('wfc-2021-q4', '2021-q4', '2022-01-14', 6) },
  asx: { file: fixture('asx-2024-q4-balance-sheet-ratios'), meta: meta('asx-2024-q4', '2024-q4', '2025-02-13', 6, 'TWD') },
  hig: { file: fixture('hig-2020-q1-combined-ratio'), meta: meta('hig-2020-q1', '2020-q1', '2020-04-30', 6) },
  afl: { file: fixture('afl-2020-q1-roe-reconciliation'), meta: meta('afl-2020-q1', '2020-q1', '2020-04-28', 6) },
  cade: { file: fixture('cade-2020-q1-efficiency-ratio'), meta: meta('cade-2020-q1', '2020-q1', '2020-04-27', 3) },
} as const;
type Name = keyof typeof releases;
const textOf = (name: Name) => readFileSync(releases[name].file, 'utf8');
const release = (name: Name, text = textOf(name)) => parseRelease(text, releases[name].meta, emptyModel, releases[name].file);

describe('a line naming a ratio, read as its reader does', () => {
  test.each([
    // release, row id (its table's row), unit of each reported figure in order, scale
    // "%" printed once, on the first ratio's first figure: the ratios after it are percentages too.
    ['wfc', 'common-equity-tier-1-cet1-ratio', ['percent', 'percent', 'percent'], 0],
    ['wfc', 'total-loss-absorbing-capacity-tlac-ratio', ['percent', 'percent', 'percent'], 0],
    ['wfc', 'supplementary-leverage-ratio-slr', ['percent', 'percent', 'percent'], 0],
    ['wfc', 'liquidity-coverage-ratio-lcr', ['percent', 'percent', 'percent'], 0],
    ['wfc', 'total-equity', ['USD', 'USD', 'USD'], 9],
    // A ratio printing no "%" anywhere, and not a percentage by its definition: a quotient.
    ['asx', 'current-ratio', ['ratio', 'ratio'], 0],
    ['asx', 'net-debt-to-equity-ratio', ['ratio', 'ratio'], 0],
    ['asx', 'total-liabilities', ['TWD', 'TWD'], 6],
    // A combined ratio is a percentage by its definition; its parts under the caption naming the loss ratio are too,
    // and their bare changes beside them are points.
    ['hig', 'combined-ratio', ['percent', 'percent', 'percentage-points'], 0],
    ['hig', 'underlying-combined-ratio', ['percent', 'percent', 'percentage-points'], 0],
    ['hig', 'expenses', ['percent', 'percent', 'percentage-points'], 0],
    ['hig', 'net-income', ['USD', 'USD', 'percent'], null],
    // A table stating no unit, whose first line prints "%": its bare lines are percentages.
    ['afl', 'impact-of-excluding-aoci', ['percent', 'percent'], 0],
    ['afl', 'adjusted-roe-reported', ['percent', 'percent'], 0],
    // The amounts a ratio is worked out from, under a caption naming it, stay amounts.
    ['cade', 'less', ['USD'], 3], // "Less: expenses related to COVID-19 pandemic 122"
    ['cade', 'less-merger-related-expenses', ['USD', 'USD', 'USD', 'USD', 'USD'], 3],
  ] as const)('%s %s: %j', (name, row, units, scale) => {
    const facts = release(name).facts.filter((f) => f.row === row && f.origin === 'cell' && f.status === 'reported');
    expect(facts.map((f) => f.unit)).toEqual(units);
    if (scale !== null) expect(facts.every((f) => f.scale === scale)).toBe(true);
  });

  test('each reading says why', () => {
    const table = release('wfc').tables.find((t) => t.rows.some((r) => r.id === 'liquidity-coverage-ratio-lcr'))!;
    expect(table.rows.find((r) => r.id === 'liquidity-coverage-ratio-lcr')!.reading!.evidence).toMatch(/^percent: its label names a ratio, and the table prints a ratio's line with "%"/);
    const asx = release('asx').tables.find((t) => t.rows.some((r) => r.id === 'current-ratio'))!;
    expect(asx.rows.find((r) => r.id === 'current-ratio')!.reading!.evidence).toMatch(/^ratio: its label names a ratio/);
  });
});

describe('a ratio\'s change is its difference in points, and one printed wrong is still a mismatch', () => {
  const id = 'change/commercial-lines/combined-ratio/2020-q1-vs-2019-q1';
  const verdict = (text?: string) => runChecks(release('hig', text), emptyModel).find((c) => c.id === id)?.verdict;
  test('99.1 - 96.1 = 3.0 points', () => {
    expect(verdict()).toBe('exact');
  });
  test('the combined ratio printed 99.4 for 99.1', () => {
    expect(verdict(textOf('hig').replace('Combined ratio\t99.1\t96.1\t3.0', 'Combined ratio\t99.4\t96.1\t3.0'))).toBe('mismatch');
  });
});

describe('ratioLines', () => {
  const row = (label: string, values: (string | null)[], extra: Partial<BlockRow> = {}): BlockRow => ({
    kind: 'money',
    own: { kind: null, currency: null, scale: null, minor: false, shareCount: false },
    values: values.map((v) => ({ value: v === null ? null : v.replace('%', ''), decimals: v?.replace('%', '').split('.')[1]?.length ?? 0, unitHint: v?.endsWith('%') ? 'percent' : null })),
    label,
    ...extra,
  });
  const kinds = (rows: BlockRow[]) => Object.fromEntries([...ratioLines(rows)].map(([r, reading]: [number, RatioReading]) => [r, reading.kind]));
  test.each([
    ['"%" on a ratio\'s first figure', [row('Tier 1 ratio', ['11.4%', '11.6'])], { 0: 'percent' }],
    ['"%" only on a change beside bare figures', [row('Yield (US$ Cents)', ['12.5', '14.0', '(10.8)%'])], {}],
    ['a rate with "%" on its first figure', [row('Effective tax rate', ['21.0%', '20.5'])], { 0: 'percent' }],
    ['a rate printed bare names no ratio', [row('Effective tax rate', ['21.0', '20.5'])], {}],
    ['a ratio after one printed with "%"', [row('CET1 ratio', ['11.4%', '11.6']), row('Equity to assets ratio', ['8.5', '8.6'])], { 0: 'percent', 1: 'percent' }],
    ['a quotient', [row('Current ratio', ['1.19', '1.18'])], { 0: 'ratio' }],
    ['a ratio in percent by its definition', [row('Loss ratio', ['65.2', '63.1'])], { 0: 'percent' }],
    ['an amount of 1,000 or more is no ratio', [row('Current ratio', ['1,190', '1.18'].map((v) => v.replace(',', '')))], {}],
    ['a line with its own unit', [row('Current ratio', ['1.19'], { own: { kind: null, currency: 'USD', scale: null, minor: false, shareCount: false } })], {}],
    ['a line naming no ratio', [row('Total equity', ['190.1', '191.1'])], {}],
    ['rates after a rate printed with "%"', [row('Constant prepayment rate', ['26.71%', '29.39']), row('Secured borrowing rates', ['1.72', '1.97']), row('Total financing spreads', ['0.66', '0.57'])], { 0: 'percent', 1: 'percent', 2: 'percent' }],
    ['what a rate qualifies is no rate', [row('Average asset yield', ['2.01%', '3.28%']), row('Interest rate swap periodic income, net', ['31', '85'])], { 0: 'percent' }],
    // Bridge Bancorp, 1Q20 (s14): "Non-performing loans/total loans 0.12%" over "Non-performing assets/total assets 0.09".
    ['one line over another after such a line printed with "%"', [row('Non-performing loans/total loans', ['0.12%', '0.12']), row('Non-performing assets/total assets', ['0.09', '0.07'])], { 0: 'percent', 1: 'percent' }],
    // Home Bancorp, 1Q20 (s14): "Nonperforming assets to total assets 1.31%" over "Nonperforming loans to total loans 1.55".
    ['"to" between two lines\' names, likewise', [row('Nonperforming assets to total assets', ['1.31%']), row('Allowance for loan losses to nonperforming loans', ['105.83'])], { 0: 'percent', 1: 'percent' }],
    ['one line over another with no such line printed with "%"', [row('Non-performing assets/total assets', ['0.09', '0.07'])], {}],
    // Bridge Bancorp, 1Q20 (s14): "Allowance/non-performing loans 850.84 750.42 1,034.97", an allowance ten times the
    // loans it covers, under "Non-performing loans/total loans 0.12%": a ratio's line at any magnitude.
    ['one line over another of 1,000 or more, printing decimals, after such a line printed with "%"', [row('Non-performing loans/total loans', ['0.12%', '0.09']), row('Allowance/non-performing loans', ['850.84', '1034.97'])], { 0: 'percent', 1: 'percent' }],
    ['a ratio of 1,000 or more, printing decimals, after a ratio printed with "%"', [row('CET1 ratio', ['11.4%', '11.6']), row('Coverage ratio', ['1034.97', '850.84'])], { 0: 'percent', 1: 'percent' }],
    ['one line over another of 1,000 or more with no such line printed with "%"', [row('Allowance/non-performing loans', ['850.84', '1034.97'])], {}],
    ['one line over another of 1,000 or more printing no decimals is an amount', [row('Non-performing loans/total loans', ['0.12%']), row('Purchases of loans/leases', ['1034', '85'])], { 0: 'percent' }],
    ['a ratio of 1,000 or more printing no decimals is an amount', [row('CET1 ratio', ['11.4%']), row('Capital for ratio', ['1190', '1180'])], { 0: 'percent' }],
    ['a line of 1,000 or more naming neither, after a quotient printed with "%"', [row('Non-performing loans/total loans', ['0.12%']), row('Total loans held', ['1034.97'])], { 0: 'percent' }],
    ['figures printing no decimals are amounts', [row('Non-performing loans/total loans', ['0.12%']), row('Purchases of loans/leases', ['120', '85'])], { 0: 'percent' }],
    ['a line moved to another is an amount', [row('Nonperforming assets to total assets', ['1.31%']), row('Transfers to other real estate', ['1.5'])], { 0: 'percent' }],
    ['days counted', [row('Nonperforming assets to total assets', ['1.31%']), row('Loans 30 to 89 days past due', ['0.19'])], { 0: 'percent' }],
  ] as const)('%s', (_, rows, expected) => {
    expect(kinds([...rows])).toEqual(expected);
  });
});
