import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { percentInBlocks, perShareColumns, perShareInBlocks, pointsInBlocks, shareCountColumns, sharesInBlocks, type BlockRow } from '../../../src/lib/ingest/per-share-blocks.ts';
import { parseRelease } from '../../../src/lib/ingest/index.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';
import type { ReleaseMeta } from '../../../src/lib/types.ts';
import { unitOfRowLabel, unitOfText, type UnitKind } from '../../../src/lib/ingest/units.ts';

/** A row from its label and printed figures ('-' for a nil), its kind as the label alone gives it. */
function row(label: string, ...figures: string[]): BlockRow {
  const own = unitOfText(label, 'USD');
  const kind: UnitKind | null = figures.length === 0 ? null : figures.some((f) => f.endsWith('%')) ? 'percent' : figures.some((f) => f.endsWith(' bps')) ? 'basis-points' : own.kind ?? 'money';
  return {
    kind,
    own,
    label,
    values: figures.map((f) => ({ value: f === '-' ? null : f.replace(/%$| bps$/, ''), decimals: f === '-' ? 0 : (f.split('.')[1]?.replace(/%$/, '').length ?? 0), unitHint: f.endsWith('%') ? 'percent' : f.endsWith(' bps') ? 'basis-points' : null })),
  };
}

describe('perShareInBlocks', () => {
  test.each([
    ['a block from GAAP to adjusted EPS (HanesBrands)', [row('Diluted earnings per share, as reported', '0.13'), row('Restructuring charges:'), row('Supply chain restructuring', '0.01'), row('Tax effect on actions', '-'), row('Diluted earnings per share, as adjusted', '0.17')], [2, 3]],
    ['amounts in thousands between EPS lines are money', [row('Basic earnings per share', '1.16'), row('Net income', '2512'), row('Diluted earnings per share', '1.15')], []],
    ['a line with a figure of its own unit ends the block', [row('Earnings per share', '0.23'), row('Stock-based compensation', '0.14'), row('Margin', '12.5%'), row('Economic EPS', '0.39')], []],
    ['a line that states a unit of its own is not re-read', [row('Earnings per share', '0.23'), row('Weighted average shares', '8.50'), row('Economic EPS', '0.39')], []],
    ['lines of nils alone say nothing', [row('Earnings per share', '0.23'), row('Other', '-'), row('Economic EPS', '0.39')], []],
    ['no closing per-share line: nothing', [row('Earnings per share', '0.23'), row('Stock-based compensation', '0.14')], []],
  ] as [string, BlockRow[], number[]][])('%s', (_, rows, expected) => {
    expect([...perShareInBlocks(rows)]).toEqual(expected);
  });
});

describe('pointsInBlocks', () => {
  test.each([
    ['the loss ratio bridged to the underlying loss ratio (CNA): 62.8 − 1.8 + 0.1 = 61.1', [row('Loss ratio', '62.8%', '64.3%'), row('Less: Effect of catastrophe impacts', '1.8', '3.6'), row('Less: Effect of favorable development-related items', '-0.1', '-0.2'), row('Underlying loss ratio', '61.1%', '60.9%')], [1, 2]],
    ['a line of nils among them (no catastrophe in the quarter)', [row('Loss ratio', '60.1%'), row('Less: Effect of catastrophe impacts', '-'), row('Less: Effect of favorable development', '-0.6'), row('Underlying loss ratio', '60.7%')], [1, 2]],
    ['lines that do not bridge the two ratios are not points', [row('Loss ratio', '62.8%'), row('Net investment income', '40.0'), row('Underlying loss ratio', '61.1%')], []],
    ['whole numbers between two ratios are amounts', [row('Margin', '12%'), row('Revenue', '2'), row('Margin', '10%')], []],
    ['a line stating a unit of its own is not re-read', [row('Loss ratio', '62.8%'), row('Catastrophe losses ($ millions)', '1.8'), row('Underlying loss ratio', '61.0%')], []],
    ['no closing ratio: nothing', [row('Loss ratio', '62.8%'), row('Less: Effect of catastrophe impacts', '1.8')], []],
  ] as [string, BlockRow[], number[]][])('%s', (_, rows, expected) => {
    expect([...pointsInBlocks(rows)]).toEqual(expected.map((k) => [k, 'percentage-points']));
  });

  // Basis points bridged likewise (PepsiCo, 1Q23: "Reported gross margin growth, GAAP measure 112 bps" … "Core gross
  // margin growth, non-GAAP measure 51 bps"), whole as basis points are printed.
  test.each([
    ["a margin's growth in basis points bridged to its core growth (PepsiCo): 112 + 28 − 89 = 51", [row('Reported gross margin growth, GAAP measure', '112 bps'), row('Impact of:'), row('Mark-to-market net impact', '28'), row('Restructuring and impairment charges', '-'), row('Impairment and other charges/credits', '-89'), row('Core gross margin growth, non-GAAP measure', '51 bps')], [2, 3, 4]],
    ['lines that do not bridge the two are not basis points', [row('Reported gross margin growth', '112 bps'), row('Mark-to-market net impact', '28'), row('Core gross margin growth', '51 bps')], []],
    ['a line of percentages does not close a block of basis points', [row('Reported gross margin growth', '112 bps'), row('Mark-to-market net impact', '28'), row('Gross margin', '140%')], []],
    ['a line stating a unit of its own is not re-read', [row('Reported gross margin growth', '112 bps'), row('Mark-to-market net impact ($ millions)', '-61'), row('Core gross margin growth', '51 bps')], []],
  ] as [string, BlockRow[], number[]][])('%s', (_, rows, expected) => {
    expect([...pointsInBlocks(rows)]).toEqual(expected.map((k) => [k, 'basis-points']));
  });

  test("PepsiCo's margin reconciliations: the impacts between two lines of basis points are basis points", () => {
    const file = 'test/fixtures/ingest/forms/pep-2023-q1-margin-bridges.txt';
    const meta: ReleaseMeta = { id: 'pep-2023-q1', title: 'x', company: 'pep', name: 'PepsiCo', ticker: 'PEP', exchange: 'NASDAQ', fiscalYearEnd: '12-30', fiscalPeriod: '2023-q1', releaseDate: '2023-04-25', currency: 'USD', scale: 6 };
    const release = parseRelease(readFileSync(file, 'utf8'), meta, emptyModel, file);
    expect(release.errors).toEqual([]);
    const read = (label: string) => release.facts.filter((f) => f.label === label && f.status === 'reported').map((f) => [f.raw, f.unit, f.scale]);
    expect(read('Mark-to-market net impact')).toEqual([['28', 'basis-points', 0], ['109', 'basis-points', 0]]);
    expect(read('Gain associated with the Juice Transaction')).toEqual([['2,050', 'basis-points', 0]]);
    expect(read('Impairment and other charges/credits')).toEqual([['(89)', 'basis-points', 0], ['(305)', 'basis-points', 0]]);
  });
});

describe('perShareColumns', () => {
  test.each([
    ['Earnings | Earnings per Common Share under each period (PG&E)', ['december-31-earnings', 'december-31-earnings-per-common-share'], [1]],
    ['Amount | Per diluted share', ['amount', 'per-diluted-share'], [1]],
    ['every column per share: the columns say nothing the rows do not', ['eps', 'eps'], []],
    ['a unit statement in a header is no column of its own', ['in-thousands-except-per-share-data', 'total'], []],
    ['unnamed columns', [null, null], []],
  ] as [string, (string | null)[], number[]][])('%s', (_, dimensions, expected) => {
    expect([...perShareColumns(dimensions.map((dimension, index) => ({ index, dimension })))]).toEqual(expected);
  });
});

describe('sharesInBlocks', () => {
  test.each([
    ['an effect on diluted shares whose label says EPS (Euronet)', [row('Diluted weighted average shares outstanding', '48082766'), row('Effect of adjusted EPS dilution of convertible notes', '-2781818'), row('Adjusted diluted weighted average shares outstanding', '45670521')], [1]],
    ['per-share figures between share counts stay per share', [row('Weighted average shares, basic', '2141'), row('Diluted EPS', '1.15'), row('Weighted average shares, diluted', '2147')], []],
    ['small whole numbers say nothing of a count', [row('Weighted average shares, basic', '2141'), row('EPS impact', '1'), row('Weighted average shares, diluted', '2147')], []],
  ] as [string, BlockRow[], number[]][])('%s', (_, rows, expected) => {
    expect([...sharesInBlocks(rows)]).toEqual(expected);
  });
});

describe('percentInBlocks', () => {
  const money = (label: string, ...figures: string[]): BlockRow => ({ ...row(label, ...figures), values: row(label, ...figures).values.map((v) => ({ ...v, dollar: true })) });
  test.each([
    ['a caption of ratios printing "%" on its first line only (PNC 1Q22)', [row('Selected Ratios'), row("Return on average common shareholders' equity", '11.64%', '9.61%'), row('Return on average assets', '1.05', '0.93'), row('Efficiency', '68', '74')], [2, 3]],
    [
      'a bare line its label reads as percentages (a return) says what the bare lines beside it say: the block stays one (PNC 1Q22)',
      [row('Selected Ratios'), row("Return on average common shareholders' equity", '11.64%', '9.61%'), { ...row('Return on average assets', '1.05', '0.93'), own: unitOfRowLabel('Return on average assets', 'USD'), kind: 'percent' }, row('Efficiency', '68', '74')],
      [3],
    ],
    ['up to the next caption only', [row('Selected Ratios'), row('Return on average equity', '11.64%'), row('Efficiency', '68'), row('Balance Sheet'), row('Average loans', '290.7')], [2]],
    ['a block whose last line prints "%" is amounts above it (PNC\'s credit quality)', [row('Balance Sheet & Credit Quality'), money('Average loans (in billions)', '290.7'), row('Net loan charge-offs', '137'), row('Allowance for credit losses to total loans', '1.76%')], []],
    ['a line printing a currency mixes the block: read line by line', [row('Selected data'), row('Net interest margin', '3.50%'), money('Book value per share', '42.10'), row('Efficiency', '61')], []],
    ['a line stating a unit of its own mixes the block', [row('Selected data'), row('Net interest margin', '3.50%'), row('Full-time employees', '1,250')], []],
    ['a figure of 1,000 or more is no percentage', [row('Selected data'), row('Net interest margin', '3.50%'), row('Branches opened', '1200')], []],
    ['no caption above: nothing', [row('Return on average equity', '11.64%'), row('Efficiency', '68')], []],
    [
      'a later caption naming ratios, its lines all bare, once "%" was printed on a block\'s first line (Ottawa Bancorp 4Q24)',
      [row('Regulatory Capital Ratios (4):'), row('Total risk-based capital (to risk-weighted assets)', '18.17%', '17.86%'), row('Tier 1 leverage (to adjusted total assets)', '12.06', '12.29'),
        row('Asset Quality Ratios:'), row('Net charge-offs to average gross loans outstanding', '0.01', '0.07'), row('Non-performing loans to gross loans (6)', '1.58', '1.52'),
        row('Other Data:'), money('Book Value per common share', '16.61', '16.32'), row('Number of full-service offices', '3', '3')],
      [2, 4, 5],
    ],
    ['a caption naming ratios with no "%" printed before it in the table: amounts still', [row('Asset Quality Ratios:'), row('Net charge-offs to average gross loans outstanding', '0.01', '0.07'), row('Non-performing loans to gross loans', '1.58', '1.52')], []],
    ['a later caption that names no ratios: amounts still', [row('Selected Ratios'), row('Return on average equity', '11.64%'), row('Efficiency', '68'), row('Average balances'), row('Average loans', '290.7')], [2]],
    [
      'a first line printing "%" on its first figure only, as "$" is printed (Wells Fargo\'s average interest rates, 4Q21)',
      [row('Interest-earning assets'), { ...row('Interest-earning deposits with banks', '0.16%', '0.15', '0.13%', '0.29'), kind: 'money' }, row('Loans', '3.32', '3.29', '3.32', '3.64'), row('Total interest-earning assets', '2.31', '2.24', '2.28', '2.73')],
      // The first line's kind is its label's, money (build-table reads it so): its bare figures are read with it.
      [1, 2, 3],
    ],
    ['a first line printing "%" on a later figure only says nothing', [row('Selected data'), row('Net interest margin', '3.50', '3.41%'), row('Efficiency', '61', '60')], []],
    [
      'the section a caption opens, where a line after it prints a currency (Bank of America\'s deposit spreads, 4Q21)',
      [{ ...row('Deposit spreads (excludes noninterest costs)'), section: [] }, { ...row('Checking', '1.96%', '2.11%'), section: ['Deposit spreads (excludes noninterest costs)'] },
        { ...row('Savings', '2.24', '2.37'), section: ['Deposit spreads (excludes noninterest costs)'] }, { ...row('Total deposit spreads', '1.69', '1.94'), section: ['Deposit spreads (excludes noninterest costs)'] },
        { ...money('Consumer investment assets', '368,831', '306,104'), section: [] }],
      [2, 3],
    ],
    ['the same lines with no section to end the block: read line by line', [row('Deposit spreads'), row('Checking', '1.96%', '2.11%'), row('Savings', '2.24', '2.37'), money('Consumer investment assets', '368,831', '306,104')], []],
  ] as [string, BlockRow[], number[]][])('%s', (_, rows, expected) => {
    expect([...percentInBlocks(rows)]).toEqual(expected);
  });
});

// Columns of the shares holders hold are counts of shares, whatever money the release states: FosRich's Q3 2023 report
// (unseen set s16, fosrich-2023-q3.md; excerpt test/fixtures/ingest/forms/fosrich-2023-q3-stockholders.txt, its
// release.txt lines 119–135) heads its top ten stockholders "Shares Held" over "Number | Percentage", and 2,023,664,260
// shares of Marion Foster were read as dollars.
describe('shareCountColumns', () => {
  test.each([
    // column dimension, counts shares
    ['shares-held-number', true],
    ['number-of-shares-owned', true],
    ['shares-beneficially-owned', true],
    ['number-of-shares', true],
    ['shares-held-percentage', false],
    ['value-of-shares-held', false],
    ['shares-held-per-share', false],
  ])('%s → %s', (dimension, expected) => {
    expect(shareCountColumns([{ index: 0, dimension }]).has(0)).toBe(expected);
  });

  test('FosRich\'s top stockholders: their numbers of shares are shares, their percentages percent', () => {
    const file = 'test/fixtures/ingest/forms/fosrich-2023-q3-stockholders.txt';
    const meta: ReleaseMeta = { id: 'fosrich-2023-q3', title: 'x', company: 'fosrich', name: 'FosRich', ticker: 'FOSRICH', exchange: 'JSE', fiscalYearEnd: '12-31', fiscalPeriod: '2023-q3', releaseDate: '2023-11-14', currency: 'JMD', scale: 0 };
    const facts = parseRelease(readFileSync(file, 'utf8'), meta, emptyModel, file).facts;
    const marion = facts.filter((f) => f.id.includes('/2-marion-foster/'));
    expect(marion.map((f) => [f.value, f.unit])).toEqual([['2023664260', 'shares'], ['39.8', 'percent']]);
  });
});
