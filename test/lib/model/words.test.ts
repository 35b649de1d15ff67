// How the base model reads a printed label: one case per form real releases print.
import { describe, expect, test } from 'vitest';
import { adjustmentQualifier, basisOf, lineName, plainLabel, polarityOf, statesItsSign } from '../../../src/lib/model/index.ts';

describe('plainLabel reads every variant of a line item alike', () => {
  test.each([
    ['Net income (loss)', 'net income'],
    ['Net (loss) income', 'net income'],
    ['(Loss) income from operations', 'income from operations'],
    ['Other income (expense), net', 'other income net'],
    ["Total stockholders’ equity", 'total stockholders equity'],
    ['Acquisition-related and other costs (A)', 'acquisition related and other costs'],
    ['Net cash provided by (used in) investing activities', 'net cash provided by investing activities'],
    ['Research & development', 'research and development'],
  ])('%j → %j', (label, plain) => {
    expect(plainLabel(label)).toBe(plain);
  });
});

// A qualifier naming an adjustment makes another measure (NVIDIA's fiscal 2026 reconciliations print both forms beside
// the plain measure); words saying what a negative figure means, marks and a statement's own wording make none.
describe('adjustmentQualifier: a label\'s qualifier that names an adjustment, in parentheses or after a comma', () => {
  test.each([
    ['Non-GAAP gross profit (as adjusted to exclude H20 excess inventory and purchase obligation charges)', 'as adjusted to exclude h20 excess inventory and purchase obligation charges'],
    ['Non-GAAP (as adjusted to exclude H20 excess inventory and purchase obligation charges)', 'as adjusted to exclude h20 excess inventory and purchase obligation charges'],
    ['Non-GAAP gross margin, as adjusted to exclude H20 related charges/releases, net', 'as adjusted to exclude h20 related charges releases net'],
    ['FFO attributable to common shareholders plus assumed conversions, as adjusted (non-GAAP)', 'as adjusted'],
    ['Total EBITDA, as adjusted', 'as adjusted'],
    ['Adjusted EBITDA (excluding special items)', 'excluding special items'],
    ['Return on capital employed, excluding goodwill', 'excluding goodwill'],
    ['Operating income (before restructuring)', 'before restructuring'],
    ['Revenue per ASM (ex-fuel)', 'ex fuel'],
    ['Non-GAAP gross profit', null],
    ['Net income (loss)', null],
    ['Other income (expense), net', null],
    ['Income (loss) before income taxes', null],
    ['Acquisition-related and other costs (A)', null],
    ['Net income, as reported', null],
  ])('%j → %j', (label, qualifier) => {
    expect(adjustmentQualifier(label)).toBe(qualifier);
  });
});

describe('lineName: the name ties compare, the adjustment a label names kept', () => {
  test.each([
    ['Non-GAAP gross profit (as adjusted to exclude H20 excess inventory and purchase obligation charges)', 'gross profit as adjusted to exclude h20 excess inventory and purchase obligation charges'],
    ['Non-GAAP gross profit, as adjusted to exclude H20 related charges/releases, net', 'gross profit as adjusted to exclude h20 related charges releases net'],
    ['Non-GAAP gross profit', 'gross profit'],
    ['GAAP net income (loss)', 'net income'],
  ])('%j → %j', (label, name) => {
    expect(lineName(label)).toBe(name);
  });
});

describe('basisOf', () => {
  test.each([
    ['Non-GAAP net income', 'non-gaap'],
    ['Normalized net income (loss) (non-GAAP)', 'non-gaap'],
    ['Non GAAP gross margin', 'non-gaap'],
    ['GAAP gross profit', 'gaap'],
    ['Net loss (GAAP)', 'gaap'],
    ['Net income, as reported', 'gaap'],
    ['Net income', null],
    ['Adjusted EBITDA', null],
  ])('%j → %j', (label, basis) => {
    expect(basisOf(label)).toBe(basis);
  });
});

describe('polarityOf: does a line add to income or take from it', () => {
  test.each([
    ['Cost of revenue', 'expense'],
    ['Total operating expenses', 'expense'],
    ['Provision for income taxes', 'expense'],
    ['Income tax expense (benefit)', 'expense'],
    ['Income tax benefit', 'income'],
    ['Benefit from income taxes', 'income'],
    ['Income tax (expense) benefit', 'income'],
    ['Equity in loss (earnings) of equity-method investment', 'expense'],
    ['Equity in earnings of affiliates', 'income'],
    ['Other income (expense), net', 'income'],
    ['Total non-operating expense (income)', 'expense'],
    ['Interest expense', 'expense'],
    ['Interest income', 'income'],
    ['Loss (gain) on sale of assets', 'expense'],
    ['Gain (loss) on investments', 'income'],
    ['Income before income taxes', 'income'],
    ['Other, net', null],
    // "Sales" qualifying the cost the label ends in (Tupperware's statement of income, 1Q20; unseen s15 class H).
    ['Delivery, sales and administrative expense', 'expense'],
    ['Sales and marketing expenses', 'expense'],
    ['Cost of sales', 'expense'],
    ['Net sales', 'income'],
    ['Sales', 'income'],
    ['Other income and expense', 'income'],
    // "Net of tax", "after tax" say how an amount is stated, not that it is a tax (Amazon's 2021 statement of
    // operations adds "Equity-method investment activity, net of tax" 23 to reach net income 7,222).
    ['Equity-method investment activity, net of tax', null],
    ['Income (loss) from discontinued operations, net of tax', 'income'],
    ['Loss from discontinued operations, net of income taxes', 'expense'],
    ['Profit after tax', 'income'],
    ['Income taxes, net of refunds', 'expense'],
  ])('%j → %j', (label, polarity) => {
    expect(polarityOf(label)).toBe(polarity);
  });

  test.each([
    ['Income tax expense (benefit)', true],
    ['Equity in loss (earnings) of equity method investment', true],
    ['Provision for income taxes', false],
    ['Acquisition-related and other costs (A)', false],
  ])('statesItsSign(%j) → %j', (label, states) => {
    expect(statesItsSign(label)).toBe(states);
  });
});
