import { describe, expect, test } from 'vitest';
import { readBareUnitStatement, readHeaderUnit, readUnitStatement, statedScale } from '../../../src/lib/units/unit-statements.ts';
import { currencyOfSymbol } from '../../../src/lib/units/currencies.ts';

describe('readHeaderUnit: the unit printed in a column header, taken out of its text', () => {
  test.each([
    // header, release currency, currency, scale, percent, rest
    ['2019 £m', 'GBP', 'GBP', 6, false, '2019'],
    ['2020 (£m)', 'GBP', 'GBP', 6, false, '2020 ( )'],
    ['€m', 'EUR', 'EUR', 6, false, ''],
    ['$ million', 'USD', 'USD', 6, false, ''],
    ["$'000", 'USD', 'USD', 3, false, ''],
    ["2019 US$'000", 'USD', 'USD', 3, false, '2019'],
    ['US$', 'USD', 'USD', null, false, ''],
    ['US$m', 'HKD', 'USD', 6, false, ''],
    ['RMB', 'CNY', 'CNY', null, false, ''],
    ["RMB'000", 'CNY', 'CNY', 3, false, ''],
    // OpenText's weighted shares "(in '000's)", 3Q FY24: the quote and the plural both the scale's.
    ["in '000's", 'USD', null, 3, false, ''],
    ['S$ Mil', 'SGD', 'SGD', 6, false, ''],
    // Mastercard's operating performance, 1Q20: "GDV (Bil.)" and "Purchase Trans. (Mil.)" beside growths in percent.
    ['GDV (Bil.)', 'USD', null, 9, false, 'GDV ( .)'],
    ['Purchase Trans. (Mil.)', 'USD', null, 6, false, 'Purchase Trans. ( .)'],
    ['NT$', 'TWD', 'TWD', null, false, ''],
    ['HK$ million', 'HKD', 'HKD', 6, false, ''],
    ['$', 'AUD', 'AUD', null, false, ''], // a bare "$" is the release's own dollar
    ['$', 'GBP', 'USD', null, false, ''], // … or USD in a release kept in another currency
    ['USD', 'EUR', 'USD', null, false, ''],
    ['%', 'USD', null, null, true, '%'],
    ['GAAP', 'USD', null, null, false, 'GAAP'], // four capitals, no currency
    ['YoY Growth', 'USD', null, null, false, 'YoY Growth'],
    ['2000', 'USD', null, null, false, '2000'], // "000" inside a year is no scale
    // Three capitals that are a currency's code and a word, in a heading printed in capitals: the word. Cargo Handlers'
    // "TOP TEN SHAREHOLDERS - ORDINARY" (unseen set s16, cac-2022-q2.md, a title there) read as a header named Tongan
    // pa'anga (TOP); "ALL OTHER", a segment's column, as Albanian lek (ALL) over a column headed "OTHER".
    ['TOP TEN SHAREHOLDERS - ORDINARY', 'JMD', null, null, false, 'TOP TEN SHAREHOLDERS - ORDINARY'],
    ['ALL OTHER', 'USD', null, null, false, 'ALL OTHER'],
    ['IN THOUSANDS OF EUR', 'USD', 'EUR', 3, false, 'IN OF'], // after "of": the currency
    ['Q4 2024 EUR', 'USD', 'EUR', null, false, 'Q4 2024'], // one word of capitals, the code
    // The word as the sign: U.S. Bancorp's "Percent Change 4Q21 vs 3Q21" over changes printed "(4.8)" (4Q21,
    // unseen-s27 usb-2021-q4.htm) were read as $4.8 million. Percentage points are no percent (the points cases below).
    ['Percent Change 4Q21 vs 3Q21', 'USD', null, null, true, 'Percent Change 4Q21 vs 3Q21'],
    ['Percentage change', 'USD', null, null, true, 'Percentage change'],
    ['Pct. Change', 'USD', null, null, true, 'Pct. Change'],
    ['Change 4Q21 vs 3Q21', 'USD', null, null, false, 'Change 4Q21 vs 3Q21'],
  ] as const)('%s (release in %s)', (header, release, currency, scale, percent, rest) => {
    expect(readHeaderUnit(header, release)).toEqual({ currency, scale, percent, rest });
  });
});

describe('readUnitStatement: a table unit statement', () => {
  test.each([
    ['(In thousands, except per share amounts)', null, 3],
    ['($ in millions, except earnings per share)', 'USD', 6],
    ['(in thousands of U.S. dollars)', 'USD', 3],
    ['(Dollars in millions)', 'USD', 6],
    ['(Amounts in Thousands Except Per Share Amounts)', null, 3],
    ['(£ million)', 'GBP', 6],
    ['(€ in millions)', 'EUR', 6],
    ['(RMB in thousands)', 'CNY', 3],
    ['(In thousands of Euros)', 'EUR', 3],
    ["(HK$'000)", 'HKD', 3],
    ['(S$m)', 'SGD', 6],
    ['(Unaudited; in millions)', null, 6],
    ['(In ₹ crore)', 'INR', 7],
    ['A reconciliation … is as follows (in thousands):', null, 3],
    ['(thousands of Canadian $)', 'CAD', 3], // Computer Modelling Group: the dollar named in words, not the "$"
    ['(thousands of Canadian $ except per share amounts)', 'CAD', 3],
    ['(Stated in thousands of Canadian dollars)', 'CAD', 3],
    ['(In NT$ million, except per share data)', 'TWD', 6], // ASE Technology
    ["(In EUR'000s)", 'EUR', 3], // Ascendis Pharma
    ['(in millions of Swedish kronor)', 'SEK', 6],
    // A statement printed in capitals: "ALL" is a word there, not the Albanian lek's code.
    ['(ALL AMOUNTS IN THOUSANDS)', null, 3],
    ['(DOLLARS IN THOUSANDS EXCEPT PER SHARE)', 'USD', 3],
  ])('%s', (text, currency, scale) => {
    expect(readUnitStatement(text, 'USD')).toMatchObject({ currency, scale });
  });

  test('parentheses that state no scale are no unit statement', () => {
    expect(readUnitStatement('(Unaudited)', 'USD')).toBeNull();
    expect(readUnitStatement('Reconciliations of (1) net loss', 'USD')).toBeNull();
  });
});

describe('currencyOfSymbol', () => {
  test.each([['£', 'GBP'], ['€', 'EUR'], ['¥', 'JPY'], ['₹', 'INR'], ['R$', 'BRL'], ['C$', 'CAD'], ['A$', 'AUD'], ['CHF', 'CHF'], ['BPS', null], ['XYZ', null],
    // A currency's name where it names one currency alone (Cboe 4Q24's "Yen 263.8"); "Dollar" names many.
    ['Yen', 'JPY'], ['YEN', 'JPY'], ['Euro', 'EUR'], ['Zloty', 'PLN'], ['Dollar', null], ['Pound', null], ['Franc', null]])('%s → %s', (symbol, code) => {
    expect(currencyOfSymbol(symbol, 'USD')).toBe(code);
  });
  test('¥ in a renminbi release is CNY', () => expect(currencyOfSymbol('¥', 'CNY')).toBe('CNY'));
});

describe('readBareUnitStatement: a statement printed without parentheses at the end of a line', () => {
  test.each([
    // text, the statement, currency, scale — each printed so in a real release
    ['In millions', 'In millions', null, 6], // PNC
    ['In billions', 'In billions', null, 9],
    ['In € millions', 'In € millions', 'EUR', 6], // Legrand
    ['Dollars in millions, except per share data', 'Dollars in millions, except per share data', 'USD', 6], // PNC
    ['Earnings Summary In millions, except per share data', 'In millions, except per share data', null, 6],
    // Coherent Q3 FY2026 (../shared/unseen-s20/cohr-fy2026-q3.txt): currency and scale with no "in", under the title.
    ['$ Millions, except per share amounts (unaudited)', '$ Millions, except per share amounts (unaudited)', 'USD', 6],
    ['$ Millions (unaudited)', '$ Millions (unaudited)', 'USD', 6],
    ['€ millions', '€ millions', 'EUR', 6],
    // Tetra Tech FY2020 Q2 (unseen-edgar-s13): what it leaves out in parentheses after it.
    ['In thousands (except EPS data)', 'In thousands (except EPS data)', null, 3],
    ['Dollars in millions (excluding per share amounts)', 'Dollars in millions (excluding per share amounts)', 'USD', 6],
  ] as const)('%s', (text, note, currency, scale) => {
    expect(readBareUnitStatement(text, 'USD')).toMatchObject({ note, currency, scale });
  });

  test.each([
    ['($ in millions,'], // a statement cut short by the header: read with its tail
    ['Growth in revenue'],
    ['Net income in 2024'],
    ['$ Millions of revenue (unaudited) in 2024 (1)'], // a parenthesis other than "(unaudited)" closes no statement
    ['Revenue $ millions'], // the currency and scale inside a label: no statement of the line's own
    ['In thousands (Note 4)'], // a parenthesis that leaves nothing out closes no statement
  ])('%s is none', (text) => {
    expect(readBareUnitStatement(text, 'USD')).toBeNull();
  });
});

describe('statedScale: the scale a statement states, read alike by the import (the default it drafts) and the ingest', () => {
  test.each([
    // text, power of ten — each form printed so in a real release
    ['(In thousands, except per share data)', 3], // the bundled Internap release
    ['In thousands (except EPS data)', 3], // Tetra Tech FY2020 Q2 (unseen-edgar-s13)
    ['Dollars in millions, except per share data', 6], // PNC
    ['($000)', 3],
    ['SEK m', 6], // Duni 2024
    ['In € millions', 6], // Legrand 2024
    // BrainCool's year-end report 2024 (test/fixtures/import/meta/brain-2024-q4.md): the code with its scale's letter
    // before it. Before, the import read it and the ingest did not; "MSEK", "TEUR" are the same form's other letters.
    ['All numbers are kSEK', 3],
    ['kSEK', 3],
    ['MSEK', 6],
    ['(TEUR)', 3],
  ] as const)('%s', (text, power) => {
    expect(statedScale(text)).toBe(power);
  });

  test.each([
    // A footnote or a figure's line states no scale by its figure's words (Oracle FY22 Q4, Intel 2026 Q1).
    ['(2) Acquisition related and other for fiscal 2022 included the impact of litigation related charges totaling $4.7 billion.'],
    ['(5.3) billion'],
    ['Net revenue'],
    ['MSCI'], // a letter before capitals that name no currency
    ['GAAP'],
  ])('%s states none', (text) => {
    expect(statedScale(text)).toBeNull();
  });

  test('a prefixed code gives its currency too, in a column header and a statement alike', () => {
    expect(readHeaderUnit('2024 MSEK', 'USD')).toMatchObject({ currency: 'SEK', scale: 6, rest: '2024' });
    expect(readUnitStatement('(TEUR)', 'USD')).toMatchObject({ currency: 'EUR', scale: 3 });
  });
});

describe('readHeaderUnit: a header naming percentage points holds points', () => {
  // [header, points]: PepsiCo's Q2 2023 summary ("Percentage Point Impact" over its impacts); "%" beside names another measure.
  const cases: [string, boolean][] = [
    ['Revenue Percentage Point Impact Foreign Exchange Translation', true],
    ['Change (pts)', true],
    ['Margin change ppt', true],
    ['Organic % Change', false],
    ['Percentage Point Impact % Change', false],
    ['Foreign Exchange Translation', false],
  ];
  test.each(cases)('readHeaderUnit(%j) points: %s', (header, points) => {
    expect(readHeaderUnit(header, 'USD').points === true).toBe(points);
  });
  // The word "Percentage" of percentage points makes no percentage ("Percent Change" does).
  test.each(['Percentage Point Impact', 'Change in percentage points'])('readHeaderUnit(%j) is points, no percent', (header) => {
    expect(readHeaderUnit(header, 'USD')).toMatchObject({ percent: false, points: true });
  });
});
