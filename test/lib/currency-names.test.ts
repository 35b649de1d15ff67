// Currencies named in full or by a dollar's letters, read through CLDR's names rather than a list of one release's
// (unseen set s16: Jamaican reports print "Jamaican dollars", "J$", "JA$", "JD$"; Guardian Holdings "TT$" and
// "Trinidad and Tobago Dollars").
import { describe, expect, test } from 'vitest';
import { currencyOfDollarPrefix, currencyOfFullName, DOLLAR_MARKED, dollarsOfCountriesNamed } from '../../src/lib/currency-names.ts';

describe('currencyOfDollarPrefix: the dollar a "$" mark\'s letters name', () => {
  test.each([
    ['J', 'JMD'], ['JM', 'JMD'], // its code begins so
    ['JA', 'JMD'], // its country's word (Jamaican)
    ['JD', 'JMD'], ['TT', 'TTD'], ['EC', 'XCD'], ['NT', 'TWD'], ['CI', 'KYD'], // its name's initials
    ['US', 'USD'], ['USD', 'USD'], ['HK', 'HKD'], ['NZ', 'NZD'], ['A', 'AUD'], ['C', 'CAD'],
    ['S', null], ['B', null], // several dollars' codes begin so
    ['EPS', null], ['Q', null], ['BDS', null], ['j', 'JMD'],
  ] as const)('%s$ → %s', (letters, code) => {
    expect(currencyOfDollarPrefix(letters)).toBe(code);
  });
});

describe('currencyOfFullName: a currency named in full', () => {
  test.each([
    ['These financial statements are presented in Jamaican dollars unless otherwise indicated.', 'JMD'],
    ['Expressed in Trinidad and Tobago Dollars', 'TTD'],
    ['(Jamaican dollars in thousands)', 'JMD'],
    ['the volatility of the Jamaican dollar against the US dollar', 'JMD'], // the first named
    ['in Japanese yen', 'JPY'],
    ['Expressed in whole $', null],
    ['Dollar General', null],
  ] as const)('%s → %s', (text, code) => {
    expect(currencyOfFullName(text)).toBe(code);
  });
});

test('the currencies marked "$": the dollars and the pesos that print it, not the euro or the pound', () => {
  for (const code of ['USD', 'JMD', 'TTD', 'CAD', 'MXN']) expect(DOLLAR_MARKED.has(code)).toBe(true);
  for (const code of ['EUR', 'GBP', 'JPY', 'BRL']) expect(DOLLAR_MARKED.has(code)).toBe(false);
});

describe('dollarsOfCountriesNamed', () => {
  test.each([
    ['the Jamaican marketplace', ['JMD']],
    ['Kingston, Jamaica', ['JMD']],
    ['Australian and Canadian operations', ['AUD', 'CAD']],
    ['the weaker Canadian dollar', []],
    ['New Zealand', []],
    ['American Airlines', []],
  ] as const)('%s → %j', (text, codes) => {
    expect(dollarsOfCountriesNamed(text).map((d) => d.code)).toEqual(codes);
  });
});
