import { currencyOfDollarPrefix, currencyOfName, DOLLAR_MARKED } from '../currency-names.ts';
import { escapeRegExp } from '../reg-exp.ts';

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
  ['Mex$', 'MXN'], ['RMB', 'CNY'], ['Rmb', 'CNY'], ['Rs.', 'INR'], ['Rs', 'INR'],
  ['£', 'GBP'], ['€', 'EUR'], ['¥', 'JPY'], ['₹', 'INR'], ['₩', 'KRW'], ['₪', 'ILS'], ['₺', 'TRY'], ['₽', 'RUB'], ['฿', 'THB'],
];
/** The marks of SYMBOLS, each with its code, longest first: one vocabulary for the import's count of marks and the ingest's reading of them. */
export const CURRENCY_MARKS: readonly (readonly [string, string])[] = SYMBOLS;

/**
 * ISO codes of currencies without a mark of their own, which releases print before their figures ("ARS 64,391",
 * "MYR73.9M"). Read with a figure after them only: "TRY", "PEN" are words too.
 */
export const CODES_BEFORE_FIGURES = ['MYR', 'ARS', 'ZAR', 'PLN', 'ISK', 'PHP', 'IDR', 'THB', 'ILS', 'NZD', 'CLP', 'COP', 'PEN', 'TRY', 'CZK', 'HUF'];

/**
 * Currencies named in words, as unit statements and sentences name them ("thousands of Canadian dollars", "presented
 * in euros", "Swedish kronor"), in two groups: a country's dollar or peso, which wins over the "$" printed beside it
 * ("thousands of Canadian $"), and the others. "Dollars", "pesos", "pounds" or "rupees" alone say nothing of whose
 * (currencyOfBareWord).
 */
const NATIONAL_WORDS: [RegExp, string][] = [
  [/\bcanadian\s*(?:dollars?|\$)/i, 'CAD'], [/\baustralian\s+(?:dollars?|\$)/i, 'AUD'], [/\bnew\s+taiwan\s+(?:dollars?|\$)/i, 'TWD'],
  [/\bhong\s+kong\s+(?:dollars?|\$)/i, 'HKD'], [/\bsingapore\s+(?:dollars?|\$)/i, 'SGD'], [/\bnew\s+zealand\s+(?:dollars?|\$)/i, 'NZD'],
  [/\bmexican\s+pesos?\b/i, 'MXN'], [/\bargentine\s+pesos?\b/i, 'ARS'], [/\bphilippine\s+pesos?\b/i, 'PHP'], [/\bchilean\s+pesos?\b/i, 'CLP'],
  [/\bcolombian\s+pesos?\b/i, 'COP'],
];
const OTHER_WORDS: [RegExp, string][] = [
  [/\b(?:u\.?s\.?|united\s+states)\s+dollars?\b/i, 'USD'], [/\beuros?\b/i, 'EUR'], [/\bpounds?\s+sterling\b|\bsterling\b/i, 'GBP'],
  [/\byen\b/i, 'JPY'], [/\b(?:renminbi|yuan)\b/i, 'CNY'], [/\bswiss\s+francs?\b/i, 'CHF'], [/\bindian\s+rupees?\b/i, 'INR'],
  [/\bkronor\b/i, 'SEK'], [/\bdanish\s+kroner\b/i, 'DKK'], [/\bnorwegian\s+kroner\b/i, 'NOK'], [/\bbrazilian\s+reais\b/i, 'BRL'],
  [/\bkorean\s+won\b/i, 'KRW'], [/\bringgit\b/i, 'MYR'], [/\bsouth\s+african\s+rand\b/i, 'ZAR'], [/\bicelandic\s+kr[oó]n(?:a|ur)\b/i, 'ISK'],
];

/** The currency a text names in words, a country's dollar or peso (`national`) or any other; the first of the list that it names. */
export function currencyInWords(text: string, group: 'national' | 'other'): string | null {
  return (group === 'national' ? NATIONAL_WORDS : OTHER_WORDS).find(([re]) => re.test(text))?.[1] ?? null;
}

/** The currency each word names alone where the release's own currency is not one of that name: Mexico's peso is the pesos most often printed. */
const BARE_WORDS: [RegExp, string, string][] = [
  [/\bdollars?\b/i, 'Dollar', 'USD'], [/\bpesos?\b/i, 'Peso', 'MXN'], [/\bpounds?\b/i, 'Pound', 'GBP'], [/\brupees?\b/i, 'Rupee', 'INR'],
];

/** Each ISO currency's last name word as CLDR gives it ("Jamaican Dollar": "Dollar"). */
const lastWordOf = (code: string) => new Intl.DisplayNames(['en'], { type: 'currency' }).of(code)?.split(' ').at(-1) ?? '';

/**
 * The currency "dollars", "pesos", "pounds" or "rupees" name alone in a statement ("(Dollars in thousands)",
 * "(millions of Pesos unless otherwise stated)", "(Rupees in thousands)"): the release's own currency where it is
 * one of that name (a Jamaican release's dollars, a Pakistani one's rupees), else the one most often so named. Null
 * where the text names none of them.
 */
export function currencyOfBareWord(text: string, releaseCurrency: string): string | null {
  for (const [re, word, usual] of BARE_WORDS) if (re.test(text)) return lastWordOf(releaseCurrency) === word ? releaseCurrency : usual;
  return null;
}

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

/** A text of words printed in capitals: no small letter, two words of capitals at least. */
const inCapitals = (text: string) => !/\p{Ll}/u.test(text) && (text.match(/\b[A-Z]{2,}\b/g) ?? []).length >= 2;

/**
 * Whether three capitals standing alone at `at` in a text read as a currency's code: always in a text of small
 * letters ("Amounts in EUR"), but in a text printed in capitals a code may be a word ("ALL OTHER", "(ALL AMOUNTS IN
 * THOUSANDS)", "TOP 10"): there only after "in" or "of" ("IN THOUSANDS OF EUR").
 */
export function codeStandsAsCurrency(text: string, at: number): boolean {
  return !inCapitals(text) || /\b(?:IN|OF)\s+$/.test(text.slice(0, at));
}

/** The ISO codes a text prints as words in capitals ("SEK m", "(In EUR'000s)"), with where each is, first printed first. */
export function currencyCodesIn(text: string): { code: string; at: number }[] {
  return [...text.matchAll(/(?<![A-Za-z])[A-Z]{3}(?![A-Za-z])/g)].filter((m) => isCurrencyCode(m[0]) && codeStandsAsCurrency(text, m.index)).map((m) => ({ code: m[0], at: m.index }));
}

/** A regular-expression source matching any currency symbol or ISO code (the caller adds boundaries). */
export const CURRENCY_SYMBOL = String.raw`(?:${SYMBOLS.map(([s]) => escapeRegExp(s)).join('|')}|\\?\$|\b[A-Z]{3}\b)`;

