// A figure's currency from its mark (src/lib/units/currencies.ts). Jamaican reports (unseen set s16) print "J$" and
// "JA$", and their "$" is the Jamaican dollar: it was read as the US dollar, the release's own dollar being known
// only for a list of eight.
import { describe, expect, test } from 'vitest';
import { currencyInWords, currencyOfBareWord, currencyOfSymbol } from '../../../src/lib/units/currencies.ts';

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

// One vocabulary of currencies named in words, read by the import (a release's currency, drafted from its unit
// statements) and the ingest (each table's): "(Stated in thousands of Canadian dollars)" (Precision Drilling),
// "(millions of Pesos, unless otherwise stated)" (FIBRA Macquarie, unseen wire set s7), "(in millions of Swedish
// kronor)", "presented in Jamaican dollars".
describe('currencies named in words', () => {
  test.each([
    // text, national, other
    ['(Stated in thousands of Canadian dollars)', 'CAD', null],
    ['(thousands of Canadian $)', 'CAD', null],
    ['(in millions of Mexican pesos)', 'MXN', null],
    ['(in thousands of U.S. dollars)', null, 'USD'],
    ['(In thousands of Euros)', null, 'EUR'],
    ['(in millions of Swedish kronor)', null, 'SEK'],
    ['(£ million, pounds sterling)', null, 'GBP'],
    ['(Dollars in millions)', null, null], // whose dollars, the words do not say
  ] as const)('%s: national %s, other %s', (text, national, other) => {
    expect(currencyInWords(text, 'national')).toBe(national);
    expect(currencyInWords(text, 'other')).toBe(other);
  });

  test.each([
    // text, release currency, currency
    ['(Dollars in millions)', 'USD', 'USD'],
    ['(Dollars in millions)', 'JMD', 'JMD'], // a Jamaican release's dollars
    ['(Dollars in millions)', 'MXN', 'USD'], // a peso's release: its dollars are no peso
    ['(millions of Pesos, unless otherwise stated)', 'USD', 'MXN'],
    ['(millions of Pesos, unless otherwise stated)', 'CLP', 'CLP'],
    ['(Rupees in thousands)', 'PKR', 'PKR'],
    ['(Rupees in thousands)', 'USD', 'INR'],
    ['(In thousands, except per share data)', 'USD', null],
  ] as const)('%s in a %s release: %s', (text, release, code) => {
    expect(currencyOfBareWord(text, release)).toBe(code);
  });
});
