// A figure's currency from its mark (src/lib/units/currencies.ts). Jamaican reports (unseen set s16) print "J$" and
// "JA$", and their "$" is the Jamaican dollar: it was read as the US dollar, the release's own dollar being known
// only for a list of eight.
import { describe, expect, test } from 'vitest';
import { currencyOfSymbol } from '../../../src/lib/units/currencies.ts';

describe('currencyOfSymbol', () => {
  test.each([
    ['$', 'JMD', 'JMD'], ['$', 'TTD', 'TTD'], ['$', 'CAD', 'CAD'], ['$', 'EUR', 'USD'], ['$', 'USD', 'USD'],
    ['J$', 'JMD', 'JMD'], ['JA$', 'USD', 'JMD'], ['TT$', 'JMD', 'TTD'], ['US$', 'JMD', 'USD'],
    ['S$', 'USD', 'SGD'], // the list's usage wins where letters alone name several
    ['B$', 'USD', null],
  ] as const)('%s in a %s release → %s', (mark, release, code) => {
    expect(currencyOfSymbol(mark, release)).toBe(code);
  });
});
