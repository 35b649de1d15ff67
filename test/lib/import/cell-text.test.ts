import { describe, expect, test } from 'vitest';
import { isCloser, isCurrencySymbol, isFigure, isFootnoteText, isNilMark, isUnitStatement, isYear } from '../../../src/lib/import/cell-text.ts';

/** One line per printed form: what each cell text is read as. */
describe('cell texts', () => {
  const figures = ['18.54 Sen', '-0.75 Sen', '5,931', '$5,931', '$ 6,051', '(65', '(65)', '53.6', '53.6%', 'Up 46%', 'Down 22.0 pts', 'Higher $ 1.2', 'Down 3x', '(2.7) pts', '(1)%', '+3.6%', '(78) bps', '−2', '$ (0.03)', '1.5x', '590 BPS', '€1.234,5', '390,000(1)', '12.4¹', '1 234', '.42', '$.41', '(.05)', '4.0:1' /* Chimera's GAAP leverage */, '12.345.678', '1.234.567,89', '3,78,147' /* India's lakhs, Shyam Metalics' tonnes */, '1,23,45,678'];
  test.each(figures)('%s is a figure', (t) => expect(isFigure(t)).toBe(true));

  const notFigures = ['Revenue', 'Q3 FY23', 'FY23', 'October 30,', '53 weeks', '(308) 236-8491', '408-486-2000', '2022 2021', '10:30', '4:1 split', 'Note 3', '$', '%', ')', 'H1 2019', 'Lower 48', 'Up 2',
    // Telephone numbers of contacts tables (Horizon Financial's, Oracle's, Pfizer's, Oshkosh's): a dot groups thousands only before a decimal comma.
    '360.733.3050', '1.650.607.0349', '212.733.1226', '920.502.3266', '1,2,3'];
  test.each(notFigures)('%s is not a figure', (t) => expect(isFigure(t)).toBe(false));

  // "TBD": Chesapeake Utilities' estimates of its FCG rate case, 2Q26 (test/lib/import/placeholder-figures.test.ts).
  const nils = ['-', '--', '—', '–', 'N/A', 'n/a', 'NM', 'n/m', 'nil', '$ —', '$—', '—%', '*', 'TBD', 'tbd'];
  test.each(nils)('%s is a nil mark', (t) => expect(isNilMark(t)).toBe(true));

  test.each(['$', 'US$', '€', '£', '¥', 'RMB', 'NT$', 'C$', 'HK$'])('%s is a currency symbol printed in its own cell', (t) => expect(isCurrencySymbol(t)).toBe(true));
  test.each([')', '%', ')%', '%)', ')(a)', ')(1)'])('%s closes the figure before it', (t) => expect(isCloser(t)).toBe(true));
  test.each(['(a)', ')a', ') (abc)', ')(123)'])('%s closes no figure', (t) => expect(isCloser(t)).toBe(false));
  test.each(['2022', '2019', '2024 (1)', '2023*'])('%s is a year', (t) => expect(isYear(t)).toBe(true));
  test.each(['2,022', '20222', '1999.5'])('%s is not a year', (t) => expect(isYear(t)).toBe(false));

  const units = ['(In millions, except per share data)', '($ in millions, except earnings per share)', '(Amounts in Thousands Except Per Share Amounts)', '(dollars in millions)', '(in thousands)', '£m', '($000)', '$ in billions', 'SEK m', 'EUR bn', '(NOK million)'];
  test.each(units)('%s is a unit statement', (t) => expect(isUnitStatement(t)).toBe(true));
  test.each(['Revenue', 'NVIDIA CORPORATION', 'EBIT m', 'SEK', 'Revenue grew to $5 million in the quarter, driven by strong demand from customers across every region we serve.',
    // Asta Funding's FY2005 balance sheet (an EDGAR text submission): a figure's "000" is no scale.
    'Preferred stock, $.01 par value; authorized 5,000,000;'])(
    '%s is not a unit statement',
    (t) => expect(isUnitStatement(t)).toBe(false),
  );

  const notes = ['(A) Acquisition-related costs are comprised of amortization.', '(1) Excludes restructuring.', '* Not meaningful', 'Note: amounts may not add due to rounding.', '¹ Segment profit is revenue less direct costs.'];
  test.each(notes)('%s is a footnote', (t) => expect(isFootnoteText(t)).toBe(true));
  test.each(['(Gains) losses from investments', 'Cash flows from operating activities:', 'Total revenues'])('%s is not a footnote', (t) => expect(isFootnoteText(t)).toBe(false));
});
