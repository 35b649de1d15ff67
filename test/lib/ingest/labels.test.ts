import { describe, expect, test } from 'vitest';
import { parseLabel, rowSlug, sectionSlug } from '../../../src/lib/ingest/labels.ts';
import { findLabelNumbers } from '../../../src/lib/ingest/label-numbers.ts';

describe('parseLabel', () => {
  test('drops dot leaders: "IP services....." is "IP services"', () => {
    expect(parseLabel('IP services.....')).toEqual({ text: 'IP services', footnotes: [], colon: false });
  });
  test('takes footnote markers apart: "Normalized Net Income (Loss) ²"', () => {
    expect(parseLabel('Normalized Net Income (Loss) ²')).toEqual({ text: 'Normalized Net Income (Loss)', footnotes: ['2'], colon: false });
  });
  test('a trailing colon marks a section header and is dropped', () => {
    expect(parseLabel('Revenues:')).toEqual({ text: 'Revenues', footnotes: [], colon: true });
  });
  // U.S. Bancorp, 4Q21 (../shared/unseen-edgar-s5): the letters of a formula printed in the label are its text, no
  // footnote; a letter after the line it names ("Noninterest expense (d)") is the table's mark of that line.
  test.each([
    ['Efficiency ratio (d)/(c)', 'Efficiency ratio (d)/(c)', []],
    ['Return on tangible common equity (a) / (b)', 'Return on tangible common equity (a) / (b)', []],
    ['Noninterest expense (d)', 'Noninterest expense', ['d']],
    ['Tangible common equity to tangible assets (a)/(c) (1)', 'Tangible common equity to tangible assets (a)/(c)', ['1']],
  ])('a formula of marks is kept: %s', (raw, text, footnotes) => {
    expect(parseLabel(raw)).toEqual({ text, footnotes, colon: false });
  });
  // Pfizer's revenues by segment (2Q22, ../shared/series/pfe): marks listed with commas after a parenthesis of the label's
  // own are all marks; the parenthesis is the label's.
  test.each([
    ['PFIZER BIOPHARMACEUTICALS GROUP (BIOPHARMA)(b), (c)', 'PFIZER BIOPHARMACEUTICALS GROUP (BIOPHARMA)', ['b', 'c']],
    ['Net income (1), (2)', 'Net income', ['1', '2']],
    ['Revenues, net (a)', 'Revenues, net', ['a']],
  ])('marks listed with commas: %s', (raw, text, footnotes) => {
    expect(parseLabel(raw)).toEqual({ text, footnotes, colon: false });
  });
  test('unescapes dollars', () => {
    expect(parseLabel('Preferred stock, \\$0.001 par value').text).toBe('Preferred stock, $0.001 par value');
  });
});

describe('footnote marks printed as figures (corpus: Slate, First Quantum, ASE)', () => {
  test.each([
    ['NOI 1 2', 'NOI', ['1', '2']],
    ['Net income 2', 'Net income', ['2']],
    ['Same-property NOI (3 month period, 113 properties) 1 2', 'Same-property NOI (3 month period, 113 properties)', ['1', '2']],
    ['Adjusted earnings (loss)1', 'Adjusted earnings (loss)', ['1']],
    ['Cash cost of copper production (C1) (per lb)3,4', 'Cash cost of copper production (C1) (per lb)', ['3', '4']],
    ['C1 (per lb) excluding Cobre Panamá3,6', 'C1 (per lb) excluding Cobre Panamá', ['3', '6']],
    ['Net debt1', 'Net debt', ['1']],
    ['EBITDA[3] (NT$ million)', 'EBITDA (NT$ million)', ['3']],
    // Numbers that name or count stay in the label.
    ['Level 2', 'Level 2', []],
    ['Common Equity Tier 1', 'Common Equity Tier 1', []],
    ['Balance at December 31', 'Balance at December 31', []],
    ['Allowance of 12 and 13', 'Allowance of 12 and 13', []],
    ['H20', 'H20', []],
    ['Products Q4', 'Products Q4', []],
    ['COVID-19', 'COVID-19', []],
    ['Fiscal 2024', 'Fiscal 2024', []],
  ])('%s', (raw, text, footnotes) => {
    expect(parseLabel(raw)).toEqual({ text, footnotes, colon: false });
  });
  test.each([
    ['NOI 1 2', []],
    ['IFRIC 21 property tax adjustment', []],
    ['SB 901 securitization charge', []],
    ['Same-property NOI (3 month period, 113 properties) 1 2', []],
    // CNA: an ordinal whose suffix the copy printed raised, in parentheses.
    ['Gross written premiums ex. 3(rd) party captives', []],
  ])('findLabelNumbers(%s) finds no number and no error', (label, none) => {
    expect(findLabelNumbers(label)).toEqual({ numbers: none, errors: [] });
  });
  test('a currency code before a figure is no abbreviation that names: "of USD 500" is still reported, never dropped as a name', () => {
    expect(findLabelNumbers('Accounts receivable, net of allowance of USD 500').errors.map((e) => e.index)).toEqual([45]);
  });
});

describe('slugs', () => {
  test('rowSlug of a label carrying figures names only the line item', () => {
    expect(rowSlug('Common stock, $0.001 par value; 120,000 shares authorized')).toBe('common-stock');
  });
  test('rowSlug of a label whose figures follow a dash names only the line item', () => {
    expect(rowSlug('Treasury stock at cost - 7,844 and 7,495')).toBe('treasury-stock-at-cost');
  });
  test('rowSlug keeps the whole label otherwise', () => {
    expect(rowSlug('Deferred revenues, less current portion')).toBe('deferred-revenues-less-current-portion');
    expect(rowSlug('Internet protocol (IP) services')).toBe('internet-protocol-ip-services');
  });
  test('sectionSlug stops at the first comma and drops trailing link words', () => {
    expect(sectionSlug('Direct cost of network, sales and services, exclusive of depreciation')).toBe('direct-cost-of-network');
    expect(sectionSlug('Normalized net income (loss) per share (non-GAAP)')).toBe('normalized-net-income-loss-per-share');
  });
});

describe('findLabelNumbers', () => {
  test('"allowance … of $2,102 and $1,953, respectively" is one measure for two columns', () => {
    const { numbers, errors } = findLabelNumbers(
      'Accounts receivable, net of allowance for doubtful accounts of \\$2,102 and \\$1,953, respectively',
    );
    expect(errors).toEqual([]);
    expect(numbers).toHaveLength(1);
    expect(numbers[0]).toMatchObject({ measure: 'allowance-for-doubtful-accounts', unit: 'money' }); // the table's currency applies
    expect(numbers[0].values.map((v) => v.value)).toEqual(['2102', '1953']);
  });
  // AGNC (1Q20, unseen-edgar-s13 agnc-2020-q1.htm): a balance sheet of five columns lists the pledged securities of
  // each in its label; only the first was read, the other four reported as numbers no words explain.
  test('"of $64,154, $92,608, $93,688, $87,582 and $89,471, respectively" is one measure for five columns', () => {
    const { numbers, errors } = findLabelNumbers('Agency securities, at fair value (including pledged securities of $64,154, $92,608, $93,688, $87,582 and $89,471, respectively)');
    expect(errors).toEqual([]);
    expect(numbers.map((n) => n.values.map((v) => v.value))).toEqual([['64154', '92608', '93688', '87582', '89471']]);
  });
  test('numbers listed with commas but no "respectively" are no list of columns', () => {
    const { numbers } = findLabelNumbers('Notes payable, net of discount of $12, $7 of which is current');
    expect(numbers.every((n) => n.values.length === 1)).toBe(true);
  });
  test('par value, shares authorized and shares outstanding, skipping the dates', () => {
    const { numbers } = findLabelNumbers(
      'Common stock, \\$0.001 par value; 120,000 shares authorized; 51,924 and 50,763 shares outstanding at June 30, 2010 and December 31, 2009, respectively',
    );
    expect(numbers.map((n) => [n.measure, n.unit, n.values.map((v) => v.value)])).toEqual([
      ['par-value', 'per-share', ['0.001']],
      ['shares-authorized', 'shares', ['120000']],
      ['shares-outstanding', 'shares', ['51924', '50763']],
    ]);
  });
  test.each([
    // Bed Bath & Beyond, Q2 2026: counts after a dash, in the table's thousands.
    ['Preferred stock, $0.0001 par value, authorized shares - 5,000, issued and outstanding - none', [['par-value', ['0.0001']], ['shares-authorized', ['5000']]]],
    [
      'Common stock, $0.0001 par value, authorized shares - 200,000 Issued shares - 89,604 and 76,358 Outstanding shares - 81,760 and 68,863',
      [['par-value', ['0.0001']], ['shares-authorized', ['200000']], ['shares-issued', ['89604', '76358']], ['shares-outstanding', ['81760', '68863']]],
    ],
    ['Treasury stock at cost - 7,844 and 7,495', [['shares-treasury', ['7844', '7495']]]],
    ['Common shares: 1,250', [['shares-common', ['1250']]]],
  ])('%j: a count after a dash or colon that follows which shares they are', (label, expected) => {
    const { numbers, errors } = findLabelNumbers(label);
    expect(errors).toEqual([]);
    expect(numbers.map((n) => [n.measure, n.values.map((v) => v.value)])).toEqual(expected);
    expect(numbers.filter((n) => n.measure.startsWith('shares')).every((n) => n.unit === 'shares' && !n.units)).toBe(true);
  });
  test.each(['Revenue - 2,500', 'Net sales: 1,200', 'Treasury stock - $4,500'])('%j: a dash before a number that no word of shares precedes says nothing', (label) => {
    expect(findLabelNumbers(label).numbers.filter((n) => n.unit === 'shares')).toEqual([]);
  });
  // PennantPark Investment, 1Q FY2025 (set s28): an amount after a dash that follows the words opening a parenthesis.
  test.each([
    ['Non-controlled, non-affiliated investments (amortized cost—$856,406 and $916,168, respectively)', [['amortized-cost', ['856406', '916168']]]],
    ['Cash and cash equivalents (cost—$55,868 and $49,833, respectively)', [['cost', ['55868', '49833']]]],
    ['2026 Notes payable, net (par— $150,000)', [['par', ['150000']]]],
  ])('%j: an amount after a dash in a parenthesis is what its words name', (label, expected) => {
    const { numbers, errors } = findLabelNumbers(label);
    expect(errors).toEqual([]);
    expect(numbers.map((n) => [n.measure, n.values.map((v) => v.value)])).toEqual(expected);
    expect(numbers.every((n) => n.unit === 'money')).toBe(true);
  });
  test.each(['Revenue (Americas—42 and 40, respectively)', 'Notes (2026—$150,000'])('%j: no amount named by a dash without a currency, or outside a parenthesis opened before it', (label) => {
    expect(findLabelNumbers(label).numbers.filter((n) => n.unit === 'money' && n.values.some((v) => v.dollar))).toEqual([]);
  });
  // Strattec, fiscal 2026 (set s34): which shares named before the word, each count's day after it.
  test('"7,704,994 issued shares at June 28, 2026 and 7,635,883 issued shares at June 29, 2025"', () => {
    const { numbers, errors } = findLabelNumbers(
      'Common stock, authorized 18,000,000 shares, $.01 par value, 7,704,994 issued shares at June 28, 2026 and 7,635,883 issued shares at June 29, 2025',
    );
    expect(errors).toEqual([]);
    expect(numbers.map((n) => [n.measure, n.values.map((v) => v.value), n.at])).toEqual([
      ['shares-authorized', ['18000000'], undefined],
      ['par-value', ['0.01'], undefined],
      ['shares-issued', ['7704994'], '2026-06-28'],
      ['shares-issued', ['7635883'], '2025-06-29'],
    ]);
  });
  // Karat Packaging, 2Q26 (set s34): the part of a line a variable interest entity accounts for, a clause for each span.
  test.each([
    [
      'General and administrative expenses (including $675 and $785 associated with variable interest entity for the three months ended June 30, 2026 and 2025, respectively; $1,316 and $1,462 associated with variable interest entity for the six months ended June 30, 2026 and 2025, respectively)',
      [['associated-with-variable-interest-entity', ['675', '785'], 3, undefined], ['associated-with-variable-interest-entity', ['1316', '1462'], 6, undefined]],
    ],
    [
      'Other income, net (including $0 associated with variable interest entity for both the three months ended June 30, 2026 and 2025; $76 and $0 associated with variable interest entity for the six months ended June 30, 2026 and 2025, respectively)',
      [['associated-with-variable-interest-entity', ['0'], 3, true], ['associated-with-variable-interest-entity', ['76', '0'], 6, undefined]],
    ],
  ])('%j: each clause its amounts and the span it names', (label, expected) => {
    const { numbers, errors } = findLabelNumbers(label);
    expect(errors).toEqual([]);
    expect(numbers.map((n) => [n.measure, n.values.map((v) => v.value), n.months, n.both])).toEqual(expected);
    expect(numbers.every((n) => n.unit === 'money')).toBe(true);
  });
  test('a number whose meaning the words do not give is an error, not a silent drop', () => {
    const { numbers, errors } = findLabelNumbers('Widgets 42 blue');
    expect(numbers).toEqual([]);
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toContain("'42'");
  });
});

// Nordic reports close a note mark with a parenthesis alone: Duni's "Operating income1)" (tuned corpus, duni-2024-q4.md
// key financials), Teleste's "Adjusted EBITDA, % 1)" and Glaston's "Items affecting comparability1)" (unseen wire set s8).
// Read as part of the label, the line was "Operating income1)", which no prose names.
describe('a note mark closed by a parenthesis nothing opens', () => {
  test.each([
    ['Operating income1)', 'Operating income', ['1']],
    ['Operating margin1)', 'Operating margin', ['1']],
    ['Adjusted EBITDA, % 1)', 'Adjusted EBITDA, %', ['1']],
    ['Earnings per share, EUR 1)', 'Earnings per share, EUR', ['1']],
    ['Items affecting comparability1)', 'Items affecting comparability', ['1']],
  ])('%s', (raw, text, footnotes) => {
    expect(parseLabel(raw)).toEqual({ text, footnotes, colon: false });
  });
  test.each([
    // Opened in the label: its own text.
    ['Workforce reduction (Note 1)', 'Workforce reduction (Note 1)', []],
    ['Restructuring (phase 2)', 'Restructuring (phase 2)', []],
    // A number that names stays.
    ['Tier 1)', 'Tier 1)', []],
  ])('kept: %s', (raw, text, footnotes) => {
    expect(parseLabel(raw)).toEqual({ text, footnotes, colon: false });
  });
});
