/** A company's name on pages: its listing in parentheses only where release.yaml has one. */
import { describe, expect, test } from 'vitest';
import { nameWithListing } from '../../../src/lib/site/company-name.ts';

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
