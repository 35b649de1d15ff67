import { currencyOfDollarPrefix, currencyOfName, DOLLAR_MARKED } from '../currency-names.ts';

/**
 * Currencies as releases print them: symbols ("£", "€", "US$", "S$", "NT$", "RMB") and ISO
 * codes, read to ISO 4217 codes. A bare "$" is the release's own dollar (an Australian
 * release's "$" is AUD, a Jamaican one's JMD: any currency whose mark is "$"), or USD in a release kept in another
 * currency.
 */

/** Symbols and words that name one currency, longest first so "US$" wins over "$". */
const SYMBOLS: [string, string][] = [
  ['US$', 'USD'], ['U.S.$', 'USD'], ['USD$', 'USD'],
  ['S$', 'SGD'], ['SG$', 'SGD'], ['NT$', 'TWD'], ['HK$', 'HKD'], ['A$', 'AUD'], ['AU$', 'AUD'],
  ['C$', 'CAD'], ['CA$', 'CAD'], ['CDN$', 'CAD'], ['NZ$', 'NZD'], ['R$', 'BRL'], ['MX$', 'MXN'],
  ['RMB', 'CNY'], ['Rmb', 'CNY'], ['Rs.', 'INR'], ['Rs', 'INR'],
  ['£', 'GBP'], ['€', 'EUR'], ['¥', 'JPY'], ['₹', 'INR'], ['₩', 'KRW'], ['₪', 'ILS'], ['₺', 'TRY'], ['₽', 'RUB'], ['฿', 'THB'],
];
/** Currencies named pesos. */
export const PESOS = new Set(['MXN', 'ARS', 'CLP', 'COP', 'PHP', 'UYU', 'DOP']);

let iso: Set<string> | null = null;
/** Whether `code` is an ISO 4217 currency code this runtime knows ("USD", "GBP"). */
export function isCurrencyCode(code: string): boolean {
  iso ??= new Set(Intl.supportedValuesOf('currency'));
  return iso.has(code);
}

/** The currency a printed symbol or code names, given the release's own currency for a bare "$" (or "¥"). */
export function currencyOfSymbol(symbol: string, releaseCurrency: string): string | null {
  const s = symbol.replace(/\\\$/g, '$').trim();
  if (s === '$') return DOLLAR_MARKED.has(releaseCurrency) ? releaseCurrency : 'USD';
  if (s === '¥' && releaseCurrency === 'CNY') return 'CNY';
  const known = SYMBOLS.find(([sym]) => sym === s);
  if (known) return known[1];
  // Any other dollar by its letters: "J$", "JA$", "TT$" (currency-names.ts).
  const letters = /^([A-Z]{1,3})\$$/.exec(s);
  if (letters) return currencyOfDollarPrefix(letters[1]!);
  const code = s.toUpperCase();
  return /^[A-Z]{3}$/.test(code) && isCurrencyCode(code) ? code : currencyOfName(s);
}

/** A regular-expression source matching any currency symbol or ISO code (the caller adds boundaries). */
export const CURRENCY_SYMBOL = String.raw`(?:${SYMBOLS.map(([s]) => escape(s)).join('|')}|\\?\$|\b[A-Z]{3}\b)`;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
