/**
 * Currencies printed by name before a figure: "Yen 263.8" (Cboe's Japanese equities, 4Q24, beside "EUR 0.233" of its
 * European ones). The names are the last word of each ISO 4217 currency's English name as CLDR gives it (through
 * Intl), kept where that word names one currency alone: "Yen" (Japanese Yen), "Euro", "Rand", "Zloty", "Baht";
 * "Dollar", "Pound", "Franc", "Peso", "Krone" and "Won" name several and say nothing alone. Codes beginning with X
 * (funds, metals, drawing rights) are no currency a release prints amounts in. Shared by the importer (a name in a
 * cell of its own belongs to the figure after it) and the ingest (the figure's currency).
 */
import { pushTo } from './grouped.ts';
import { escapeRegExp } from './reg-exp.ts';

/** Each name word, as CLDR prints it, with its code. */
function names(): Map<string, string> {
  const english = new Intl.DisplayNames(['en'], { type: 'currency' });
  const byWord = new Map<string, string[]>();
  for (const code of Intl.supportedValuesOf('currency')) {
    const word = english.of(code)?.split(' ').at(-1);
    if (!word) continue;
    pushTo(byWord, word, code);
  }
  const out = new Map<string, string>();
  for (const [word, codes] of byWord) if (codes.length === 1 && !codes[0]!.startsWith('X') && /^\p{Lu}\p{Ll}+$/u.test(word)) out.set(word, codes[0]!);
  return out;
}

const NAMES = names();

/** The ISO code a currency's name word names, as printed ("Yen") or in capitals ("YEN"); null for any other word. */
export function currencyOfName(word: string): string | null {
  const w = word.trim();
  return NAMES.get(w) ?? NAMES.get(w.charAt(0) + w.slice(1).toLowerCase()) ?? null;
}

/** A regular-expression source matching a currency's name word, as printed or in capitals (the caller adds anchors). */
export const CURRENCY_NAME = String.raw`(?:${[...NAMES.keys()].flatMap((w) => [w, w.toUpperCase()]).join('|')})\b`;

/** Each currency's English name as CLDR gives it, in words only ("Jamaican Dollar", "Trinidad & Tobago Dollar"), with its code. */
function fullNames(): [string, string][] {
  const english = new Intl.DisplayNames(['en'], { type: 'currency' });
  const out: [string, string][] = [];
  for (const code of Intl.supportedValuesOf('currency')) {
    const name = english.of(code);
    if (name && name !== code && /^[\p{L}&' -]+$/u.test(name) && name.includes(' ')) out.push([name, code]);
  }
  return out;
}

const FULL_NAMES = fullNames();

/** A name as printed: any case, any spacing, "&" or "and", the last word singular or plural ("Trinidad and Tobago Dollars"). */
function namePattern(name: string): RegExp {
  const words = name.split(' ').map((w) => (w === '&' ? '(?:&|and)' : escapeRegExp(w)));
  return new RegExp(String.raw`(?<![\p{L}])${words.join(String.raw`\s+`)}s?(?![\p{L}])`, 'iu');
}

const FULL_NAME_PATTERNS: [RegExp, string][] = FULL_NAMES.map(([name, code]) => [namePattern(name), code]);

/**
 * The currency a text names by its full English name: "presented in Jamaican dollars", "Expressed in Trinidad and
 * Tobago Dollars" (the name CLDR gives each ISO currency, two words or more, so that a country's adjective says which
 * dollar, pound or franc). The first name printed wins; null where the text names none.
 */
export function currencyOfFullName(text: string): string | null {
  let best: { at: number; code: string } | null = null;
  for (const [re, code] of FULL_NAME_PATTERNS) {
    const m = re.exec(text);
    if (m && (!best || m.index < best.at)) best = { at: m.index, code };
  }
  return best?.code ?? null;
}

/** Currencies whose mark is a "$" (CLDR's narrow symbol): dollars, and the pesos that print "$". */
export const DOLLAR_MARKED = new Set(
  Intl.supportedValuesOf('currency').filter(
    (code) => new Intl.NumberFormat('en', { style: 'currency', currency: code, currencyDisplay: 'narrowSymbol' }).formatToParts(1).find((p) => p.type === 'currency')?.value === '$',
  ),
);

/** The dollars (CLDR names ending "Dollar"), each with the words of its name before "Dollar". */
const DOLLARS: { code: string; words: string[] }[] = Intl.supportedValuesOf('currency').flatMap((code) => {
  const name = new Intl.DisplayNames(['en'], { type: 'currency' }).of(code) ?? '';
  return /^[\p{L}& ]+ Dollar$/u.test(name) ? [{ code, words: name.split(' ').slice(0, -1).filter((w) => w !== '&') }] : [];
});

/**
 * The dollar a "$" mark's capital letters name: "J$" and "JM$" begin its ISO code (JMD), "JA$" its country's word
 * (Jamaican), "JD$", "TT$", "EC$", "NT$" are its name's initials (Jamaican Dollar, Trinidad & Tobago, East Caribbean,
 * New Taiwan). Each reading is tried in that order and must name one dollar alone: "S$" begins SBD, SGD and SRD and
 * "B$" five codes, so they say nothing here (a caller's own list may know the usage). Null where the letters name none.
 */
export function currencyOfDollarPrefix(prefix: string): string | null {
  const p = prefix.toUpperCase();
  if (!/^[A-Z]{1,3}$/.test(p)) return null;
  const readings: ((d: (typeof DOLLARS)[number]) => boolean)[] = [
    (d) => d.code.startsWith(p),
    (d) => p.length >= 2 && d.words[0]!.toUpperCase().startsWith(p),
    (d) => p.length >= 2 && (d.words.map((w) => w[0]).join('').toUpperCase() === p || `${d.words.map((w) => w[0]).join('')}D`.toUpperCase() === p),
  ];
  for (const reads of readings) {
    const found = DOLLARS.filter(reads);
    if (found.length === 1) return found[0]!.code;
    if (found.length > 1) return null;
  }
  return null;
}

/**
 * The dollars of the countries a text names by their dollar's adjective or the country's name ("the Jamaican
 * marketplace", "Jamaica Money Market Brokers": JMD; "Canadian", "Australia"), each with the word found, first
 * printed first, where no "dollar" follows the word. Dollars named in more than one word ("New Zealand", "Hong Kong") are
 * left out, and so is the US dollar: "American" and "U.S." are the caller's.
 */
export function dollarsOfCountriesNamed(text: string): { code: string; word: string }[] {
  const out: { code: string; word: string; at: number }[] = [];
  for (const d of DOLLARS) {
    if (d.code === 'USD' || d.words.length !== 1) continue;
    // "Jamaican" and "Jamaica", "Australian" and "Australia": the country is its adjective less its "n". Its dollar
    // named ("the weaker Canadian dollar") names a currency, no country the release is in.
    const m = new RegExp(String.raw`(?<![\p{L}])${d.words[0]!.replace(/n$/, '')}n?(?![\p{L}])(?!\s+(?:dollars?|DOLLARS?|Dollars?)\b)`, 'u').exec(text);
    if (m) out.push({ code: d.code, word: m[0], at: m.index });
  }
  return out.sort((a, b) => a.at - b.at).map(({ code, word }) => ({ code, word }));
}
