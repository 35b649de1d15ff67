/** A company's name on pages: its listing in parentheses only where release.yaml has one. */
import { describe, expect, test } from 'vitest';
import { byline, companyName, nameWithListing } from '../../../src/lib/site/company-name.ts';

describe('nameWithListing', () => {
  test.each([
    ['Internap Network Services Corporation', 'INAP', 'NASDAQ', 'Internap Network Services Corporation (NASDAQ: INAP)'],
    ['Alexander’s, Inc.', 'ALX', '', 'Alexander’s, Inc. (ALX)'],
    // A wire copy with its ticker link removed: tieout import leaves ticker and exchange empty.
    ['CRISPR Therapeutics AG', '', '', 'CRISPR Therapeutics AG'],
    ['CRISPR Therapeutics AG', '', 'NASDAQ', 'CRISPR Therapeutics AG'],
  ])('%s, %j, %j → %s', (name, ticker, exchange, shown) => {
    expect(nameWithListing(name, ticker, exchange)).toBe(shown);
  });
});

// Fixtures excerpted from real releases leave name (and ticker) empty: bac-2021-q4-gwim, musti-2024-q4.
describe('an empty name or listing leaves no stray separator and no empty name', () => {
  test.each([
    [['', 'Q2 2010', 'released August 4, 2010'], 'Q2 2010 · released August 4, 2010'],
    [['Musti Group', '', 'released February 11, 2025'], 'Musti Group · released February 11, 2025'],
    [['  ', 'FY2024', ''], 'FY2024'],
  ])('byline(%j) → %s', (parts, shown) => {
    expect(byline(parts)).toBe(shown);
  });
  test.each([
    [{ name: '', ticker: '', company: 'bac' }, 'bac'],
    [{ name: '', ticker: 'MUSTI', company: 'musti' }, 'MUSTI'],
    [{ name: 'Bank of America Corporation', ticker: '', company: 'bac' }, 'Bank of America Corporation'],
  ])('companyName(%j) → %s', (meta, shown) => {
    expect(companyName(meta)).toBe(shown);
  });
  test('a name left empty shows the listing alone', () => {
    expect(nameWithListing('', 'MUSTI', 'Nasdaq Helsinki')).toBe('Nasdaq Helsinki: MUSTI');
    expect(nameWithListing('', '', '')).toBe('');
  });
});
