// The vocabulary of a reconciliation's lines, and the tables whose rows reconcile though their
// title does not say so: each case is excerpted from a real release (corpus id in the comment).
import { describe, expect, test } from 'vitest';
import { classifyTable, markedGaap, namesAMeasure, namesAStart, namesNonGaapMeasure, reconcilesByRows, saysItAdjusts } from '../../../src/lib/model/index.ts';

describe('namesAStart: a GAAP measure a reconciliation starts from', () => {
  test.each([
    ['Net income (loss)', true], // cmg-fy2025-q3
    ['Net loss attributable to Adaptive Biotechnologies Corporation', true], // adpt-2024-q4
    ['GAAP Net income (loss) available to common stockholders', true], // cim-2024-q4
    ['Comprehensive income attributable to Westwood Holdings Group, Inc.', true], // whg-2024-q4
    ['Operating profit, as reported under GAAP', true], // hbi-2024-q4
    ['Income (loss), net of tax', true], // nbr-2024-q4
    ['Net earnings from continuing operations attributable to Martin Marietta', true], // mlm-2024-q4
    ['Cash from operating activities', true], // psk-2024-q4
    ['Diluted earnings (loss) per share from continuing operations, as reported under GAAP', true], // hbi-2024-q4
    ['Loss', true], // gra-fy2025-q2
    ['Revenue', true],
    ['Loss on dispositions', false], // kmp-2024-q4: an adjustment
    ['Tax impact of adjustments to GAAP comprehensive income', false], // whg-2024-q4: marked GAAP, but an adjustment
    ['Adjusted EBITDA', false],
    ['Depreciation and amortization', false],
  ])('%j → %s', (label, starts) => {
    expect(namesAStart(label)).toBe(starts);
  });
});

describe('namesNonGaapMeasure: a result names an adjusted or non-GAAP form of a measure', () => {
  test.each([
    ['Adjusted EBITDA (1)', true], // cmg-fy2025-q3
    ['Adjusted Net Income', true], // impp-2024-q4
    ['Core income', true], // cna-2024-q4
    ['Earnings available for distribution', true], // cim-2024-q4
    ['Economic Earnings', true], // whg-2024-q4
    ['Distributable Earnings', true], // bam-2024-fy
    ['Operating profit, as adjusted', true], // hbi-2024-q4
    ['Net income (loss) on a Pro Forma basis', true], // psem-fy2005-q4
    ['Earnings before interest, taxes, depreciation, amortization, share-based compensation (Adjusted EBITDA)', true], // eeft-2024-q4
    ['FFO', true], // kmp-2024-q4
    ['Operating netback', true], // psk-2024-q4
    ['Free cash flow', true],
    ['Normalizing adjustment', false], // kmp-2024-q4: an adjustment
    ['Income tax effect of above adjustments', false], // eeft-2024-q4
    ['Underlying loss ratio', false], // cna-2024-q4: a ratio
    ['Net income', false],
  ])('%j → %s', (label, result) => {
    expect(namesNonGaapMeasure(label)).toBe(result);
  });
});

describe('namesAMeasure: a line a reconciliation may pass through', () => {
  test.each([
    ['Fee-Related Earnings', true], // bam-2024-fy, between net income and distributable earnings
    ['Underwriting gain', true], // cna-2024-q4
    ['Operating income (expense)', true], // eeft-2024-q4
    ['Other (income) expenses', false], // bam-2024-fy: an adjustment
    ['Share of income from equity method investments', false], // bam-2024-fy
    ['Add: Total other expense, net', false], // eeft-2024-q4
    ['Fee-related earnings of partly owned subsidiaries at our share', false], // bam-2024-fy
  ])('%j → %s', (label, measure) => {
    expect(namesAMeasure(label)).toBe(measure);
  });
});

describe('markedGaap: the mark qualifies the whole line', () => {
  test.each([
    ['GAAP Net income (loss)', true], // krnt-2024-q4
    ['Diluted weighted average shares outstanding (GAAP)', true], // eeft-2024-q4
    ['Net income (loss) in accordance with GAAP', true], // psem-fy2005-q4
    ['Operating profit, as reported under GAAP', true], // hbi-2024-q4
    ['Total gross margin on a GAAP basis', true], // cflt-2024-q4
    ['Non-cash GAAP tax expense (benefit)', false], // eeft-2024-q4: an adjustment
    ['Non-GAAP net income', false],
    ['Total commercial loans (GAAP) C', true], // cfg-2021-q4: C is the line's key for "E / C"
    ['Total revenue (GAAP) A', true], // cfg-2021-q4
    ['Less: Noninterest expense (GAAP) C', false], // cfg-2021-q4: an operator opens it
    ['Net income available to common stockholders, Underlying (non-GAAP) L', false], // cfg-2021-q4
  ])('%j → %s', (label, marked) => {
    expect(markedGaap(label)).toBe(marked);
  });
});

describe('saysItAdjusts', () => {
  test.each([
    ['Add (deduct):', true], // cmg-fy2025-q3
    ['Less/Plus net (gain)/loss on sale of vessel', true], // impp-2024-q4
    ['Plus impairment loss', true], // impp-2024-q4
    ['Add back: equity-based compensation costs and other', true], // bam-2024-fy
    ['Less: cash taxes', true], // bam-2024-fy
    ['Adjustments (1):', true], // cim-2024-q4
    ['Stock-based compensation', false],
    ['Lessor revenue', false],
  ])('%j → %s', (label, says) => {
    expect(saysItAdjusts(label)).toBe(says);
  });
});

describe('reconcilesByRows', () => {
  test.each([
    [
      'cmg-fy2025-q3 "Adjusted EBITDA and Adjusted EBITDA Margin": a caption says the lines adjust',
      ['Net income (loss)', 'Depreciation and amortization', 'Stock-based compensation', 'Interest income', 'Repayment of lease liabilities', 'Adjusted EBITDA (1)', 'Adjusted EBITDA Margin (1)'],
      ['Add (deduct):'],
      { from: 'Net income (loss)', to: 'Adjusted EBITDA (1)' },
    ],
    [
      'adpt-2024-q4 "Adjusted EBITDA": a profit, lines that name no measure, the result',
      ['Net loss attributable to Adaptive Biotechnologies Corporation', 'Interest and other income, net', 'Interest expense', 'Depreciation and amortization expense', 'Share-based compensation expense', 'Adjusted EBITDA'],
      [],
      { from: 'Net loss attributable to Adaptive Biotechnologies Corporation', to: 'Adjusted EBITDA' },
    ],
    [
      'bam-2024-fy: from a non-GAAP measure, the lines saying they adjust it',
      ['Fee-Related Earnings', 'Add back: equity-based compensation costs and other', 'Less: cash taxes', 'Distributable Earnings', 'Net income attributable to Brookfield Asset Management'],
      [],
      { from: 'Fee-Related Earnings', to: 'Distributable Earnings' },
    ],
    [
      'eeft-2024-q4: a chain through operating income, said by "Add:"',
      ['Net income', 'Add: Income tax expense', 'Add: Total other expense, net', 'Operating income (expense)', 'Add: Depreciation and amortization', 'Earnings before interest, taxes, depreciation, amortization, share-based compensation (Adjusted EBITDA)'],
      [],
      { from: 'Net income', to: 'Earnings before interest, taxes, depreciation, amortization, share-based compensation (Adjusted EBITDA)' },
    ],
    [
      'adpt-2024-q4 segment table: revenue less operating expenses is a segment figure, not a reconciliation',
      ['Revenue', 'Operating expenses', 'Adjusted EBITDA', 'Net loss', 'Net loss attributable to noncontrolling interest'],
      [],
      null,
    ],
    [
      'cna-2024-q4 summary: the result printed right under its start reconciles nothing',
      ['Net income', 'Core income', 'Net income per diluted share', 'Core income per diluted share'],
      [],
      null,
    ],
    [
      'a summary of selected figures: measures between the start and the result',
      ['Net income', 'Operating income', 'Net cash provided by operating activities', 'Adjusted EBITDA'],
      [],
      null,
    ],
  ])('%s', (_, labels, captions, expected) => {
    expect(reconcilesByRows(labels, captions)).toEqual(expected);
  });

  test('classifyTable reads such a table as a reconciliation, and says why', () => {
    const reading = classifyTable({
      title: 'Adjusted EBITDA and Adjusted EBITDA Margin',
      labels: ['Net income (loss)', 'Depreciation and amortization', 'Stock-based compensation', 'Adjusted EBITDA (1)'],
      captions: ['Add (deduct):'],
      hasChange: false,
    });
    expect(reading).toMatchObject({ kind: 'reconciliation', basis: null, reason: "its rows reconcile 'Net income (loss)' to 'Adjusted EBITDA (1)'" });
  });
});
