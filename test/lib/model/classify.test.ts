// What a table is: by its title first (as real releases title them), then by its rows.
import { describe, expect, test } from 'vitest';
import { classifyTable } from '../../../src/lib/model/index.ts';

const kind = (title: string, labels: string[] = [], hasChange = false) => classifyTable({ title, labels, hasChange });

describe('classifyTable by title', () => {
  test.each([
    ['CONDENSED CONSOLIDATED STATEMENTS OF INCOME', 'income', null],
    ['UNAUDITED CONDENSED CONSOLIDATED STATEMENT OF OPERATIONS', 'income', null],
    ['Consolidated Statements of Comprehensive Loss', 'income', null],
    ['CONDENSED CONSOLIDATED BALANCE SHEETS', 'balance', null],
    ['Consolidated Statements of Financial Position', 'balance', null],
    ['CONDENSED CONSOLIDATED STATEMENTS OF CASH FLOWS', 'cash-flow', null],
    // A measure named "… cash flow" is no statement of cash flows (Oracle, FY2014): its title names nothing; rows decide.
    ['FISCAL 2014 FINANCIAL RESULTS FREE CASH FLOW—TRAILING 4-QUARTERS (1)', 'other', null],
    // Averages over the period are no balances at a date: never a balance sheet whose totals tie (Bank of America, 4Q24).
    ['Summary Average Balance Sheet', 'other', null],
    ['Balance Sheet Average', 'other', null],
    ['Average Balances and Interest Rates', 'other', null],
    ['Balance Sheet, Liquidity, and Capital Highlights', 'balance', null],
    ['RECONCILIATION OF GAAP TO NON-GAAP FINANCIAL MEASURES', 'reconciliation', null],
    ['RECONCILIATION OF LOSS FROM OPERATIONS TO ADJUSTED EBITDA', 'reconciliation', null],
    ['Reconciliation of cash flow from operations to free cash flow', 'reconciliation', null],
    // Graphite One (gra-fy2025-q2) titles its reconciliations by the IFRS measure and the non-IFRS one.
    ['IFRS “Loss” to Non-IFRS “Adjusted EBITDA”', 'reconciliation', null],
    ['IFRS “Gross margin” to Non-IFRS “Adjusted Gross margin”', 'reconciliation', null],
    ['SEGMENT PROFIT AND SEGMENT MARGIN', 'segment', null],
    ['Second Quarter 2010 Financial Summary', 'summary', null],
    ['Non-GAAP', 'summary', 'non-gaap'],
    ['GAAP', 'summary', 'gaap'],
    ['(A) Acquisition-related and other costs are comprised of amortization of intangible assets and are included in the following line items:', 'breakdown', null],
    ['(B) Stock-based compensation consists of the following:', 'breakdown', null],
  ])('%j → %s', (title, k, basis) => {
    expect(kind(title)).toMatchObject({ kind: k, basis });
  });
});

describe('classifyTable: the basis a title gives every line', () => {
  test.each([
    // Lattice 4Q24: "Non-GAAP* Financial Results (unaudited)" prints Revenue, Net Income, EPS: all non-GAAP.
    ['Non-GAAP* Financial Results (unaudited)', ['Revenue', 'Net Income', 'Basic'], 'summary', 'non-gaap'],
    // With a GAAP line among them it reconciles.
    ['Non-GAAP Financial Results', ['GAAP net income', 'Stock-based compensation', 'Non-GAAP net income'], 'reconciliation', null],
    ['Reconciliation of GAAP to Non-GAAP Financial Results', ['Net income', 'Amortization'], 'reconciliation', null],
    // Pericom FY2005: "Consolidated Statements of Operations - Pro Forma" beside the GAAP statement.
    ['Consolidated Statements of Operations - Pro Forma', ['Net revenues', 'Cost of revenues', 'Net income (loss)'], 'income', 'non-gaap'],
    ['Reconciliation of Net Income (Loss) In Accordance With GAAP to Pro Forma Net Income (Loss)', ['Net income (loss)'], 'reconciliation', null],
  ])('%j over %j → %s, %s', (title, labels, k, basis) => {
    expect(kind(title, labels)).toMatchObject({ kind: k, basis });
  });
});

describe('classifyTable by rows, when the title does not say', () => {
  test('rows of a statement of operations', () => {
    expect(kind('NVIDIA CORPORATION', ['Revenue', 'Cost of revenue', 'Gross profit', 'Income from operations', 'Net income']).kind).toBe('income');
  });
  test('rows of a balance sheet', () => {
    expect(kind('', ['Cash', 'Total current assets', 'Total assets', 'Total liabilities']).kind).toBe('balance');
  });
  test('a title naming free cash flow over operating cash flow, capital expenditures and free cash flow reconciles by its rows', () => {
    expect(kind('FREE CASH FLOW—TRAILING 4-QUARTERS (1)', ['GAAP Operating Cash Flow', 'Capital Expenditures (2)', 'Free Cash Flow', '% Growth over prior year']).kind).toBe('reconciliation');
  });
  test('GAAP and non-GAAP lines side by side reconcile', () => {
    expect(kind('', ['GAAP net income', 'Stock-based compensation', 'Non-GAAP net income']).kind).toBe('reconciliation');
  });
  test('change columns make a summary', () => {
    expect(kind('', ['Revenue', 'Net income'], true).kind).toBe('summary');
  });
  test.each([
    [['Revenue', 'Net income'], 'other'],
    [['Revenue', 'Cost of revenue', 'Gross profit', 'Operating income', 'Net income'], 'income'],
    [['Cash', 'Total current assets', 'Total assets', 'Total liabilities'], 'balance'],
  ])('change columns beside %j: a summary whose period columns read as %s', (labels, periods) => {
    expect(kind('Consolidated Earnings', labels, true)).toMatchObject({ kind: 'summary', periods });
  });
  test('a title that names the table decides alone, change columns or not', () => {
    expect(kind('Second Quarter 2010 Financial Summary', ['Revenue', 'Gross profit', 'Operating income'], true)).not.toHaveProperty('periods');
    expect(kind('CONSOLIDATED STATEMENTS OF OPERATIONS', ['Revenue'], true)).toMatchObject({ kind: 'income' });
  });
  test.each([
    // Friedman Industries, Q3 FY2025: the chain from net sales to net earnings under a title that calls it a summary.
    ['SUMMARY OF OPERATIONS (unaudited)', ['Net Sales', 'Cost of materials sold', 'Earnings (loss) from operations', 'Net earnings (loss)', 'Basic', 'Diluted'], 'income'],
    ['Summary of Consolidated Earnings', ['Revenues', 'Operating income', 'Net income'], 'income'],
  ])('a summary its title calls one of a statement (%s) reads its period columns as the statement its rows are', (title, labels, periods) => {
    expect(kind(title, labels)).toMatchObject({ kind: 'summary', periods, byTitle: true });
  });
  test('a summary whose title names no statement, or whose rows are no statement, reads as selected figures alone', () => {
    expect(kind('Financial Summary', ['Net Sales', 'Earnings from operations', 'Net earnings'])).not.toHaveProperty('periods');
    expect(kind('Summary of Operations', ['Net Sales', 'Net earnings'])).not.toHaveProperty('periods');
  });
  test('rows of a statement titled by its periods alone: "CONSOLIDATED NET INCOME" is net income (Ark Restaurants)', () => {
    expect(kind('For the 13-week periods ended December 28, 2024 and December 30, 2023', ['TOTAL REVENUES', 'OPERATING INCOME', 'CONSOLIDATED NET INCOME']).kind).toBe('income');
  });
  test('nothing to go by', () => {
    expect(kind('Share repurchases', ['Shares repurchased', 'Average price']).kind).toBe('other');
  });
});
