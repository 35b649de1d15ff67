// What a row label says its figures measure. Labels are as real releases print them (the
// fixtures' MasterCraft and SunCoke tables, and other companies' operating data): volumes and
// counts under a table "in thousands" of dollars are counts, never money scaled to thousands.
import { describe, expect, test } from 'vitest';
import { captionCounts, namesCount, namesPair, namesRate, printsRate, scaleOfKind, unitOfRowLabel, unitOfText } from '../../../src/lib/ingest/units.ts';
import { excerpt } from '../checks/no-model.ts';
import { parseRelease } from '../../../src/lib/ingest/index.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';
import type { ReleaseMeta } from '../../../src/lib/types.ts';

describe('namesCount: a line item whose head noun is a count or volume', () => {
  test.each([
    ['Unit sales volume', true], // MasterCraft, a section over its segments' boats
    ['Units sold', true],
    ['Sales volumes (thousands of tons)', true], // SunCoke, Domestic Coke
    ['Terminals handling volumes (thousands of tons) (2)', true], // SunCoke, Industrial Services
    ['Steel customer volumes serviced (thousands of tons) (3)', true],
    ['Total deliveries', true],
    ['Boats', true],
    ['Shipments', true],
    ['Number of stores', true],
    ['Employees', true],
    ['Net sales per unit', false], // money per boat, in the table's thousands
    ['Adjusted EBITDA per ton (2)', false],
    ['Average selling price per unit', false],
    ['Cost of units sold', false],
    ['Revenue from shipments', false],
    ['Revenue volume', false], // money words name money, whatever the head noun
    ['Common units', false], // a partnership's equity
    ["Limited partners' units", false],
    ['Exchangeable units', false], // H&R REIT 2024 Q4, a liability in C$ thousands in its statement of financial position
    ['Units sold', true],
    ['Number of shares', false],
    ['Net sales', false],
    ['Total revenues', false],
    ['Weighted average shares outstanding', false],
    ['Change to the benefit component of options granted to employees', false], // Delta Galil 4Q24, its cash flow in thousands of dollars
    ['Loans to employees', false],
    ['Amounts due from subscribers', false],
    ["Employees’ taxes paid upon vesting of restricted stock units", false], // Ultra Clean 1Q20, its financing activities in thousands of dollars
    ['Taxes paid on vesting of units', false],
    ['Net sales from external customers', false], // Watts 4Q24, its segment table in millions of dollars
    ['Revenue from new enterprise customers', false],
    ['Subscribers at end of period', true],
    ['Average rigs under term contract', true],
  ] as const)('%s → %s', (label, count) => {
    expect(namesCount(label)).toBe(count);
  });
});

describe('namesRate: a line item that is an exchange rate, a ratio never summed', () => {
  test.each([
    ['Foreign exchange rate (quarterly average)', true], // Sears 2004, under Sears Canada's operating income
    ['Foreign exchange rate (annual average)', true],
    ['Average exchange rate', true],
    ['Period-end exchange rates', true],
    ['FX rate', true],
    ['Impact of foreign exchange rates', false], // money named after a rate
    ['Effect of exchange rate changes on cash and cash equivalents', false],
    ['Foreign exchange rate gains', false],
    ['Foreign currency translation adjustments', false],
    ['Currency rates', true], // Goldman Sachs 4Q21's value at risk prints it in money: its figures decide (printsRate)
    ['Interest rate', false], // a percentage, printed with its "%"
    ['Net sales', false],
  ] as const)('%s → %s', (label, rate) => {
    expect(namesRate(label)).toBe(rate);
    if (rate) expect(unitOfText(label, 'USD').rate).toBe(true);
  });

  test.each([
    [['0.7353', '0.7109'], true], // Sears 2004: quoted to four decimals
    [['1.0823', null], true],
    [['15', '12', '14'], false], // Goldman Sachs 4Q21, "Currency rates" in its average daily VaR ($ in millions)
    [['13.5'], false],
    [[null], false],
  ] as const)('printsRate(%j) → %s: a rate is quoted to three decimals or more', (values, rate) => {
    expect(printsRate(values)).toBe(rate);
  });

  // Sears, Roebuck and Co., Q2 2004 (an EDGAR submission: ../shared/corpus-extra/s-2004-q2.txt): the segment income
  // statement prints Sears Canada's "Foreign exchange rate (quarterly average)" 0.7353 and 0.7109 between the
  // operating income and the consolidated net income. Read as money it was summed into net income: a false
  // mismatch (489 + nothing against 309 in the 2003 column), "corroborated" by 53 + nothing = 53 in 2004.
  test('s-2004-q2: the rate is read as a ratio, in units, and no footing sums it; an operating income altered is still a mismatch', () => {
    const l = excerpt('s-2004-q2');
    const rates = l.release.facts.filter((f) => f.label.startsWith('Foreign exchange rate'));
    expect(rates.map((f) => [f.value, f.unit, f.scale])).toEqual([['0.7353', 'ratio', 0], ['0.7109', 'ratio', 0]]);
    expect(l.checks.filter((c) => c.inputs.some((i) => i.includes('foreign-exchange-rate')) || c.formula.includes('exchange rate'))).toEqual([]);
    expect(l.checks.filter((c) => c.verdict === 'mismatch')).toEqual([]);
    const planted = excerpt('s-2004-q2', [['Operating income\t$ 42\t$ 466', 'Operating income\t$ 42\t$ 476']]);
    expect(planted.checks.filter((c) => c.verdict === 'mismatch').map((c) => c.kind)).toContain('footing');
  });

  // ASE Technology, 4Q24 (../shared/corpus/asx-2024-q4.md; excerpt checks/corpus/asx-2024-q4): "FX (NTD/USD) 32.16 …"
  // closes its summary of the statement of income under "Per share data:", quoted to two decimals: it was read as
  // NT$32.16 a share. A rate named by its pair of currencies is a ratio whatever its decimals and its section.
  test.each([
    ['FX (NTD/USD)', true],
    ['Foreign exchange rate (US$/CAD$)', true], // PrairieSky's benchmark prices
    ['Exchange rate (NT$/US$)', true],
    ['FX rate (USD/EUR)', true],
    ['FX (NTD/USD) impact', false],
    ['Net sales (USD/EUR)', false],
    ['FX', false], // no pair: its figures decide (printsRate)
  ] as const)('namesPair(%s) → %s', (label, pair) => {
    expect(namesPair(label)).toBe(pair);
    if (pair) expect(unitOfText(label, 'USD').rate).toBe(true);
  });

  test('asx-2024-q4: "FX (NTD/USD)" under "Per share data" is a ratio, not NT$ a share', () => {
    const l = excerpt('asx-2024-q4');
    const fx = l.release.facts.filter((f) => f.label === 'FX (NTD/USD)');
    expect(fx.map((f) => [f.value, f.unit, f.scale])).toEqual([['32.16', 'ratio', 0], ['32.31', 'ratio', 0], ['31.92', 'ratio', 0], ['32.00', 'ratio', 0], ['31.09', 'ratio', 0]]);
    expect(l.release.facts.filter((f) => f.label.includes('Diluted') && f.unit === 'TWD/share').length).toBeGreaterThan(0);
  });

  // Goldman Sachs 4Q21 (../shared/corpus-pending/gs-2021-q4.htm): its average daily VaR prints "Currency rates" 15, 12,
  // 14, 13 and 23 among the risk categories it totals: amounts, and the total foots over them.
  test('gs-2021-q4-var: "Currency rates" printed as amounts is money, and the VaR total foots over it', () => {
    const l = excerpt('gs-2021-q4-var');
    expect(new Set(l.release.facts.filter((f) => f.label === 'Currency rates').map((f) => f.unit))).toEqual(new Set(['USD']));
    expect(l.checks.filter((c) => c.verdict === 'mismatch')).toEqual([]);
    expect(l.checks.filter((c) => c.kind === 'footing' && c.inputs.some((i) => i.includes('/currency-rates/'))).length).toBeGreaterThan(0);
  });
});

describe('unitOfText: a count states its own scale', () => {
  test.each([
    ['Sales volumes (thousands of tons)', 'count', 3],
    ['Production (in millions of units)', 'count', 6],
    ["Crude oil (000s of barrels)", 'count', 3],
    ['Unit sales volume', 'count', null],
    ['Revenue ($ in thousands)', null, 3],
    ['Backlog (in thousands of dollars)', null, null], // thousands of dollars are no count
    ['Average daily volume ($ billions)', null, 9], // a volume stated in money is money
    ['Loan volume (in millions of dollars)', null, null],
  ] as const)('%s → %s, scale %s', (label, kind, scale) => {
    expect(unitOfText(label, 'USD')).toMatchObject({ kind, scale });
  });

  test('a count is printed in units unless its words state a scale; money follows the table', () => {
    expect(scaleOfKind('count', 3, false)).toBe(0);
    expect(scaleOfKind('count', 3, false, 3)).toBe(3);
    expect(scaleOfKind('money', 3, false, 6)).toBe(3);
  });
});

describe('unitOfText: "shares" in what a money head noun goes to names no count', () => {
  test.each([
    ['Dividends and undistributed earnings allocated to nonvested restricted shares', 'money'], // PNC, 1Q22: (6), millions of dollars
    ['Less: Undistributed earnings allocated to non-vested shares', 'money'], // Imperial Petroleum
    ['Dividends paid on preferred shares', 'money'],
    ['Net income attributable to diluted common shares - as reported', 'money'], // PNC
    ['Net income available to common shareholders including dilutive impact of exchangeable shares', 'money'], // Brookfield
    ['Weighted average shares outstanding', 'shares'],
    ['Shares used in computing diluted earnings per share', 'shares'],
    ['Shares allocated to participating securities', 'shares'], // the head noun is the count
    ['Number of shares attributable to the plan', 'shares'],
    ['Purchase of treasury shares', 'shares'], // left to its neighbours (sharesAmongMoney)
    // The head names money paid or received, the shares only what it is paid on or for.
    ['Payments for repurchases of common shares', 'money'],
    ['Proceeds from issuance of shares', 'money'],
    ['Cash paid for shares withheld for taxes', 'money'],
    ['Shares withheld for taxes', 'shares'], // the head noun is the count
  ] as const)('%s → %s', (label, kind) => {
    expect(unitOfText(label, 'USD').kind).toBe(kind);
  });
});

describe('unitOfText: the income a per-share figure is worked out from, named for it after a dash, is money', () => {
  test.each([
    // Acadia Realty 4Q24: 8,218 and (1,581) in thousands of dollars, below "Net income (loss) attributable to Acadia shareholders".
    ['Net income (loss) attributable to Common Shareholders - basic earnings per share', 'money'],
    ['Net income attributable to common stockholders – diluted EPS', 'money'],
    ['Net income (loss) per share - basic', 'per-share'],
    ['Net income per share attributable to common stockholders - diluted', 'per-share'],
    ['Earnings per share - basic', 'per-share'],
    ['Basic earnings per share', 'per-share'],
    // Brookfield Corporation FY2024: a share named by its company, under "Distributable earnings".
    ['– Per Brookfield share', 'per-share'],
    ['Per Class A share', 'per-share'],
    // Karat Packaging 2Q26: the plural misprinted after "per" is per share still, no count of shares.
    ['Adjusted diluted earnings per common shares', 'per-share'],
    ['Weighted average common shares outstanding, diluted', 'shares'],
    ['Distributable earnings', null],
  ] as const)('%s → %s', (label, kind) => {
    expect(unitOfText(label, 'USD').kind).toBe(kind);
  });
});

describe('a table whose unit statement names a volume counts it, in the scale it states', () => {
  const meta: ReleaseMeta = {
    id: 'x', title: 'x', company: 'x', name: 'x', ticker: 'X', exchange: '', fiscalYearEnd: '12-31',
    fiscalPeriod: '2004-fy', releaseDate: '2005-01-25', currency: 'USD', scale: 6,
  };
  /** A two-line table under the statement, as Southern Company's exhibit 99.05 (2005) prints it. */
  const table = (statement: string) =>
    parseRelease(['Sales', statement, '\t2004\t2003', 'Total Sales\t45,217\t47,147', 'Residential\t$10,748\t$10,275', ''].join('\n'), meta, emptyModel, 'x.txt');
  test.each([
    ['(In Millions of KWHs)', 'count', 6], // Southern Company, Kilowatt-Hour Sales
    ['(thousands of tons)', 'count', 3],
    ['(In thousands of barrels)', 'count', 3],
    ['(in millions of units)', 'count', 6],
    ['(In Millions of Dollars)', 'USD', 6], // the same company's other exhibits
    ['(In thousands, except per share amounts)', 'USD', 3],
    ['($ in millions)', 'USD', 6],
    ['(Dollars in thousands)', 'USD', 3],
  ] as const)('%s → %s, scale %s', (statement, unit, scale) => {
    const release = table(statement);
    expect(release.errors).toEqual([]);
    expect(release.facts.find((f) => f.row === 'total-sales')).toMatchObject({ unit, scale });
  });

  test('a figure printed with a currency symbol stays money under a volume statement', () => {
    expect(table('(In Millions of KWHs)').facts.find((f) => f.row === 'residential')).toMatchObject({ unit: 'USD', scale: 6 });
  });
});

describe('a bare "$" printed with a figure is the dollar its table states', () => {
  const meta = (currency: string): ReleaseMeta => ({
    id: 'x', title: 'x', company: 'x', name: 'x', ticker: 'X', exchange: '', fiscalYearEnd: '03-31',
    fiscalPeriod: '2025-q3', releaseDate: '2025-02-11', currency, scale: 3,
  });
  /** Computer Modelling Group's statement (3Q FY25): "UNAUDITED (thousands of Canadian $)" over "$" figures. */
  const table = (statement: string, currency: string) =>
    parseRelease(['Revenue', statement, '	December 31, 2024	March 31, 2024', 'Cash	$ 69,187	$ 76,155', 'Trade and other receivables	30,236	26,745', ''].join('\n'), meta(currency), emptyModel, 'x.txt');
  test.each([
    ['UNAUDITED (thousands of Canadian $)', 'USD', 'CAD'], // the table's words over the release's dollar
    ['UNAUDITED (thousands of Canadian $)', 'CAD', 'CAD'],
    ['(thousands of U.S. dollars)', 'CAD', 'USD'], // Slate Grocery's statement in a Canadian listing
    ['(In thousands)', 'CAD', 'CAD'], // no dollar named: the release's
    ['(In thousands)', 'EUR', 'USD'], // "$" in a release kept in euros is the US dollar
  ] as const)('%s in a release in %s: "$ 69,187" is %s', (statement, currency, unit) => {
    const release = table(statement, currency);
    expect(release.errors).toEqual([]);
    expect(release.facts.find((f) => f.row === 'cash')).toMatchObject({ unit, scale: 3 });
  });
});

describe('a column of words beside the figures describes its rows: no figure is read in it, and none reported missing', () => {
  const meta: ReleaseMeta = {
    id: 'x', title: 'x', company: 'x', name: 'x', ticker: 'X', exchange: '', fiscalYearEnd: '12-31',
    fiscalPeriod: '2024-q4', releaseDate: '2025-02-13', currency: 'USD', scale: 0,
  };
  /** Imperial Petroleum's fleet employment table (4Q24), as imported: one column of sizes, three of words. */
  const lines = [
    'Fleet Employment Table',
    '\tVessel Size(dwt)\tVesselType\tEmploymentStatus\tExpiration ofCharter(1)',
    'Tankers\t\t\t\t',
    'Magic Wand 2008 Korea\t47,000\tMR product tanker\tSpot\t',
    'Clean Thrasher 2008 Korea\t47,000\tMR product tanker\tTime Charter\tMay 2025',
    'Clean Justice 2011 Japan\t46,000\tMR product tanker\tTime Charter\tAugust 2027',
    'Drybulk Carriers(2)\t\t\t\t',
    'Eco Wildfire 2013 Japan\t33,000\tHandysize drybulk\tTime Charter\tFebruary 2025',
  ];
  test('the sizes are read, the vessel types, employment and expirations are not figures and no error', () => {
    const release = parseRelease([...lines, ''].join('\n'), meta, emptyModel, 'x.txt');
    expect(release.errors).toEqual([]);
    expect(release.facts.filter((f) => f.value !== null).map((f) => f.value)).toEqual(['47000', '47000', '46000', '33000']);
  });
  test('a word in a column of figures is still an error: the column prints figures', () => {
    const release = parseRelease([...lines.slice(0, 4), 'Clean Thrasher 2008 Korea\tn/a size\tMR product tanker\tTime Charter\tMay 2025', ...lines.slice(5), ''].join('\n'), meta, emptyModel, 'x.txt');
    expect(release.errors.map((e) => e.message)).toEqual(["expected a number such as 1,234, (1,234), \\$ 1,234, 12.5%, 590 BPS, - or n/m; found 'n/a size'"]);
  });
});

describe('a caption that heads its rows only for the unit it names ends at the next caption', () => {
  const meta: ReleaseMeta = {
    id: 'x', title: 'x', company: 'x', name: 'x', ticker: 'X', exchange: '', fiscalYearEnd: '12-31',
    fiscalPeriod: '2024-q4', releaseDate: '2025-01-16', currency: 'USD', scale: 9,
  };
  /** Bank of America's 4Q24 "Balance Sheet, Liquidity, and Capital Highlights", flush left, captions bold in the source. */
  const release = parseRelease(
    [
      'Balance Sheet, Liquidity, and Capital Highlights',
      '($ in billions except per share data, end of period, unless otherwise noted)',
      '\tDecember 31, 2024\tSeptember 30, 2024',
      'Per Share Data\t\t',
      'Common shares outstanding (in billions)\t7.61\t7.69',
      'Book value per common share\t$35.79\t$35.37',
      'Regulatory Capital\t\t',
      'CET1 capital\t$201.1\t$199.8',
      'Standardized approach\t\t',
      'Risk-weighted assets\t$1,696\t$1,689',
      '',
    ].join('\n'),
    meta,
    emptyModel,
    'x.txt',
  );
  test.each([
    ['common-shares-outstanding-in-billions', 'shares', 9],
    ['book-value-per-common-share', 'USD/share', 0],
    ['cet1-capital', 'USD', 9], // under "Regulatory Capital", no longer under "Per Share Data"
    ['risk-weighted-assets', 'USD', 9],
  ] as const)('%s → %s, scale %s', (row, unit, scale) => {
    expect(release.errors).toEqual([]);
    expect(release.facts.find((f) => f.row === row && f.period === '2024-12-31')).toMatchObject({ unit, scale });
  });
});

describe('unitOfText of one text and currency', () => {
  test('is read once and shared, frozen; another currency or text is read on its own', () => {
    const first = unitOfText('Revenue (£m)', 'GBP');
    expect(unitOfText('Revenue (£m)', 'GBP')).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(unitOfText('Sales volumes (thousands of tons)', 'USD')).toMatchObject({ kind: 'count', scale: 3 });
    expect(unitOfText('Revenue (%)', 'GBP')).toMatchObject({ kind: 'percent' });
  });
});

describe('a "%" standing as a word of a row\'s label makes its figures percentages, as "(%)" does', () => {
  test.each([
    // label, kind: each printed so in Kemira's key figures (FY2024 bulletin) but the last ones
    ['Operative EBITDA, %', 'percent'],
    ['Operative EBITDA %, O&G divestment adjusted', 'percent'],
    ['Equity ratio, % at period-end', 'percent'],
    ['Operative ROCE*, %', 'percent'],
    ['5.75% Senior Notes due 2030', null], // a rate in a name is no unit of the line
    ['Interest on 6 % notes', null],
    ['Revenue', null],
  ] as const)('%s → %s', (label, kind) => {
    expect(unitOfRowLabel(label, 'EUR').kind).toBe(kind);
  });

  test("a caption's \"%\" states no unit of the rows it heads (Lattice's \"Selling, General, and Administrative Expense % (SG&A Expense %)\" over its reconciliation, then the operating expenses')", () => {
    expect(unitOfText('Selling, General, and Administrative Expense % (SG&A Expense %)', 'USD').kind).toBeNull();
  });
});

describe('unitOfRowLabel: years a balance has left to run are counted, never money', () => {
  test.each([
    ['Weighted average years to debt maturity', 'count'], // Killam 4Q24's debt metrics: "4.0 3.9" under "($ thousands)"
    ['Average years to maturity (1)', 'count'],
    ['Years to maturity', 'count'],
    ['Repayment of debt to maturity', null], // money paid
    ['Debt maturing in years to come', null],
  ] as const)('%s → %s', (label, kind) => {
    expect(unitOfRowLabel(label, 'CAD').kind).toBe(kind);
  });
});

describe('unitOfRowLabel: a return on equity, capital or assets is a percentage, printed with "%" or not', () => {
  test.each([
    ['Return on average allocated capital', 'percent'], // Bank of America, 4Q21 supplement: "32" beside "Net interest yield 2.44%"
    ['Return on average assets', 'percent'],
    ["Return on average tangible common shareholders' equity", 'percent'],
    ['Annualized return on average equity', 'percent'],
    ['Return on capital employed', 'percent'],
    ['Return on plan assets', null], // money a pension's assets earn
    ['Expected return on plan assets', null],
    ['Return of capital', null],
    ['Return on average allocated capital ($ in millions)', null], // a stated currency is no percentage
  ] as const)('%s → %s', (label, kind) => {
    expect(unitOfRowLabel(label, 'USD').kind).toBe(kind);
  });
});

describe('unitOfRowLabel: one amount as a percentage of another is a percentage, printed with "%" or not', () => {
  test.each([
    ['Allowance for credit losses as a percentage of Period-end loans', 'percent'], // U.S. Bancorp 4Q21: "1.97" under "($ in millions)"
    ['Net charge-offs as a percent of average loans', 'percent'],
    ['Operating expenses as a % of GP', 'percent'],
    ['Cost of Sales as a Percentage of Revenues', 'percent'],
    ['Percentage of completion revenue', null], // no "as a percentage of": an amount
    ['Allowance for credit losses as a percentage of loans ($ in millions)', null], // a stated currency wins
  ] as const)('%s → %s', (label, kind) => {
    expect(unitOfRowLabel(label, 'USD').kind).toBe(kind);
  });
});

describe('a line about employees or a share class read by its head noun, not by a word of its label', () => {
  // Delta Galil, 4Q24 (the unseen wire set s6): "Change to the benefit component of options granted to employees"
  // 2,188 and 2,128 was read as a count of employees, so the subtotal of "Revenues and expenses not involving cash
  // flow" left it out and was found 2,188 and 2,128 short. Acadia Realty, 4Q24: "Common shares, $0.001 par value per
  // share, authorized 200,000,000 shares, issued and outstanding …" 120 and 95 was read as a count of shares, so
  // "Total Acadia shareholders' equity" was found 120 and 95 short.
  test.each([
    ['dlta-2024-q4-cash', 'change-to-the-benefit-component-of-options-granted-to-employees', ['2188', '2128'], 'footing/industries-ltd-cash-flow-reports/revenues-and-expenses-not-involving-cash--subtotal/', ['181556', '126214']],
    ['akr-2024-q4', 'common-shares', ['120', '95'], 'footing/balance-sheets-1/total-acadia-shareholders-equity/', ['2065672', '1636917']],
  ] as const)('%s: %s is money in the table\'s scale, and the total over it foots', (id, row, values, check, totals) => {
    const l = excerpt(id);
    const facts = l.release.facts.filter((f) => f.row === row);
    expect(facts.map((f) => [f.value, f.unit, f.scale])).toEqual(values.map((v) => [v, 'USD', 3]));
    const footings = l.checks.filter((c) => c.id.startsWith(check));
    expect(footings.map((c) => [c.reported?.value, c.verdict])).toEqual(totals.map((t) => [t, 'exact']));
  });

  test.each([
    ['dlta-2024-q4-cash', '  Change to the benefit component of options granted to employees\t2,188', '  Change to the benefit component of options granted to employees\t2,988', 'footing/industries-ltd-cash-flow-reports/revenues-and-expenses-not-involving-cash--subtotal/2024-fy.dollars'],
    ['akr-2024-q4', 'issued and outstanding 119,657,594 and 95,361,676 shares, respectively\t120', 'issued and outstanding 119,657,594 and 95,361,676 shares, respectively\t920', 'footing/balance-sheets-1/total-acadia-shareholders-equity/2024-12-31'],
  ] as const)('%s: the line altered makes its total a mismatch', (id, from, to, check) => {
    const l = excerpt(id, [[from, to]]);
    expect(l.checks.find((c) => c.id === check)?.verdict).toBe('mismatch');
  });
});

describe('unitOfRowLabel: what a line counts or divides, by its words (issue 29)', () => {
  test.each([
    // Wells Fargo, 4Q21 supplement: ratios worked out from lines the table letters, under "(in billions, except ratios)".
    ['Tier 1 capital to total RWAs (B)/(D)', 'percent', null],
    ['Return on average tangible common equity (ROTCE) (annualized) (A)/(C)', 'percent', null],
    ['Book value per common share (A)/(C)', 'per-share', null], // a quotient per share says so
    ['Common Equity Tier 1 (A)', null, null], // a lettered line is an amount
    // Bank of America and Wells Fargo, 4Q21 supplements: people and places counted among dollars in millions.
    ['Active digital banking users (in thousands)', 'count', 3],
    ['Financial centers', 'count', null],
    ['ATMs', 'count', null],
    ['New accounts (in thousands)', 'count', 3],
    ['Mobile active customers (# in millions)', 'count', 6],
    ['Retail bank branches (#)', 'count', null],
    ['Savings accounts', null, null], // balances: accounts with no scale of their own
    ['Revenue from customers', null, null],
    ['Loans to customers', null, null],
    ['Service charges on deposit accounts (in thousands)', null, 3],
  ] as const)('%s → %s, scale %s', (label, kind, scale) => {
    const unit = unitOfRowLabel(label, 'USD');
    expect([unit.kind, unit.scale]).toEqual([kind, scale]);
  });
});

describe('unitOfRowLabel: the denominator of a figure per share, named after it, counts shares', () => {
  test.each([
    // Vornado Realty Trust, 4Q24: "Denominator for FFO per diluted share" 201,210 under the weighted average shares and the
    // effect of dilutive securities, once read as money per share for its "per diluted share".
    ['Denominator for FFO per diluted share', 'shares', true],
    ['Denominator for basic earnings per share', 'shares', true],
    ['Denominator used in computing diluted earnings per share', 'shares', true],
    ['FFO per diluted share', 'per-share', false], // the figure itself
    ['Per diluted share', 'per-share', false],
  ] as const)('%s → %s', (label, kind, count) => {
    const unit = unitOfRowLabel(label, 'USD');
    expect([unit.kind, unit.shareCount]).toEqual([kind, count]);
  });
});

describe('captionCounts: a caption closed by a colon naming stores or restaurants heads their count', () => {
  test.each([
    ['Domestic Retail Stores', true, true], // Sears, 2Q04: "Full-line 871" under it
    ['Company-operated restaurants', true, true],
    ['Domestic Retail Stores', false, false], // a line, not a caption: "Grocery Stores" is a tenant category in money
    ['Net sales by stores', true, false],
    ['Store sales', true, false],
  ] as const)('%s (colon %s) → %s', (text, colon, counts) => {
    expect(captionCounts(text, colon)).toBe(counts);
  });
});

describe("unitOfText: a share's price is per share, a multiple of earnings or EBITDA a ratio", () => {
  test.each([
    // PC Connection, 1Q20 (test/fixtures/ingest/forms/cnxn-2020-q1-product-mix.txt): under "(Amounts … in thousands, …)".
    ['Closing price', 'per-share'],
    ['Trailing price/earnings ratio', 'ratio'],
    ['Adjusted market capitalization/LTM Adjusted EBITDA', 'ratio'],
    ['Closing stock price', 'per-share'],
    ['Stock price at period end', 'per-share'],
    ['Share price', 'per-share'],
    ['P/E ratio', 'ratio'],
    ['Net debt to underlying EBITDA ratio', 'ratio'],
    ['Net Debt / LTM Adjusted EBITDA', 'ratio'],
    // A price of anything sold, or one stating its own unit, is left to its note and its table.
    ['Market price', null],
    ['Average price', null],
    ['Average realized price (per Bbl)', 'per-unit'],
    ['Closing price ($/oz)', 'per-unit'],
    ['Market capitalization', null],
    ['LTM Adjusted EBITDA', null],
    ['Net income to Adjusted EBITDA', null],
  ] as const)('%s → %s', (label, kind) => {
    expect(unitOfText(label, 'USD').kind).toBe(kind);
  });
});

describe('unitOfText: a label in cents, and what it is per', () => {
  test.each([
    // label, minor, kind
    ['Post-split - Cents', true, 'per-unit'], // FosRich 1Q23, under "Earning per stock unit:" (per share by its caption)
    ['Pre-split - As previously reported - Cents', true, 'per-unit'],
    ['(Loss)/earning per stock unit: Cents', true, 'per-share'], // FosRich 3Q23
    ['Earning per stock unit', false, 'per-share'], // FosRich 1Q22, $0.32
    ['Yield (US$ Cents)', true, 'per-unit'], // Copa: per passenger mile
    ['Dividends (cents)', true, 'per-share'],
    ['EPS (diluted US cents)', true, 'per-share'], // Amcor FY23: 52.9 is $0.529 a share
    ['Average fare (Australian cents)', true, 'per-unit'],
    ['Revenue (in millions, except cents)', false, null], // a comma: a statement of several units, not this line's
    ['Recents', false, null], // no dash nor colon before it: a word
    ['Percents - total', false, null],
    ['Weighted average number of stock units outstanding', false, 'shares'], // Eppley: the count, not per unit
  ])('%s: minor %s, %s', (label, minor, kind) => {
    const unit = unitOfText(label, 'JMD');
    expect({ minor: unit.minor, kind: unit.kind }).toEqual({ minor, kind });
  });
});
