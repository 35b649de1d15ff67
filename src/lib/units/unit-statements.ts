/**
 * Units and currencies stated in words or symbols: a table's unit statement ("(In thousands,
 * except per share amounts)", "($ in millions)", "(£ million)", "(RMB in thousands)") and a
 * column header's unit ("£m", "$'000", "US$ million", "S$ Mil", "NT$", "%").
 */
import { codeStandsAsCurrency, CURRENCY_SYMBOL, currencyInWords, currencyOfBareWord, currencyOfSymbol } from './currencies.ts';

/** What a unit statement or header says; null where it says nothing. */
export interface StatedUnit {
  currency: string | null;
  /** Power of ten: 3 for thousands. */
  scale: number | null;
  /** The column holds percentages ("%" in its header). */
  percent: boolean;
  /** The column holds differences in percentage points ("Percentage Point Impact" over "Foreign Exchange Translation"), no "%" beside. */
  points?: true;
  /** The column holds basis points ("Net Yield (bps)"), no "%" beside. */
  basisPoints?: true;
  /** Read from a unit statement in the column's header ("(millions of Pesos unless otherwise stated)"), which a row's own unit overrides. */
  statement?: true;
}

const SCALE_WORDS: [RegExp, number][] = [
  [/^(?:thousands?|['’]000(?:['’]?s)?|000s?|000's|k|ths)$/i, 3],
  [/^(?:millions?|mn|mil|mio|mln|mm|m)$/i, 6],
  [/^(?:billions?|bn|bil|b)$/i, 9],
  [/^(?:crores?)$/i, 7],
  [/^(?:lakhs?|lacs?)$/i, 5],
];
/** `word` matched in any case, without making the whole expression case-insensitive. */
const anyCase = (word: string) => [...word].map((c) => (/[a-z]/i.test(c) ? `[${c.toLowerCase()}${c.toUpperCase()}]` : c)).join('');
// "'000's" (OpenText's "Weighted average number of Common Shares outstanding—diluted (in '000's)") before "'000".
const SCALE = `(?:${["thousands?", "'000's", '’000’s', '’000\'s', "'000", '’000', "000's", '000s?', 'millions?', 'mn', 'mio', 'mln', 'mil', 'billions?', 'bn', 'bil', 'crores?', 'lakhs?']
  .map((w) => w.replace(/[a-z]+/g, anyCase)).join('|')})`;
/** Single letters are scales only right after a currency: "£m", "$k", "US$bn". */
const SHORT_SCALE = String.raw`(?:m|k|b|mm)`;

export function scaleOfWord(word: string): number | null {
  for (const [re, scale] of SCALE_WORDS) if (re.test(word)) return scale;
  return null;
}

/**
 * A currency's code with its scale's letter before it, as Nordic and German issuers print it: "MSEK", "kSEK",
 * "TSEK", "TEUR" (T for tausend), "MUSD". Only codes so printed: a letter before any three capitals is no scale.
 */
export const PREFIXED_CODES = 'SEK|NOK|DKK|EUR|USD|CHF|GBP|ISK';
const PREFIX_SCALE: Record<string, number> = { k: 3, t: 3, m: 6 };

/** A currency and/or scale printed together: "£m", "$'000", "US$ million", "RMB'000", "S$ Mil", "€ in millions". */
const UNIT_TOKEN = new RegExp(
  String.raw`(?<![A-Za-z])(?<prefix>[kKtTmM])(?<code>${PREFIXED_CODES})\b|(?:(?<cur>${CURRENCY_SYMBOL})\s*|(?<![A-Za-z0-9]))(?:[Ii]n\s+)?(?:(?<scale>${SCALE})\b|(?<=${CURRENCY_SYMBOL}\s?)(?<short>${SHORT_SCALE})\b)|(?<alone>${CURRENCY_SYMBOL})`,
  'g',
);

/**
 * Reads the unit printed in one column's header text. Returns what it states and the text
 * with the unit taken out ("2019 £m" → "2019").
 */
export function readHeaderUnit(text: string, releaseCurrency: string): StatedUnit & { rest: string } {
  let currency: string | null = null;
  let scale: number | null = null;
  const rest = text.replace(UNIT_TOKEN, (whole, ...args) => {
    const groups = args.at(-1) as Record<string, string | undefined>;
    if (groups.prefix) {
      currency ??= groups.code!;
      scale ??= PREFIX_SCALE[groups.prefix.toLowerCase()]!;
      return ' ';
    }
    const cur = groups.cur ?? groups.alone;
    // In a text printed in capitals a code standing alone may be a word ("ALL OTHER").
    if (groups.alone && /^[A-Z]{3}$/.test(groups.alone) && !codeStandsAsCurrency(text, args.at(-3) as number)) return whole;
    const c = cur ? currencyOfSymbol(cur, releaseCurrency) : null;
    if (cur && !c) return whole; // three capitals that name no currency ("GAAP" is not one, "YOY" neither)
    const s = groups.scale ?? groups.short;
    if (!c && !s) return whole;
    currency ??= c;
    if (s) scale ??= scaleOfWord(s);
    return ' ';
  });
  // "Percent Change" as "% Change" (U.S. Bancorp's "Percent Change 4Q21 vs 3Q21"); never "Percentage Point Impact".
  const percent = /%/.test(rest) || PERCENT_WORD.test(rest);
  // A header naming percentage points (PepsiCo's "Percentage Point Impact" over its currency and acquisition impacts):
  // its figures are points, never the table's money. Not where it also prints "%", which may name another measure.
  const points = !/%/.test(rest) && POINTS_HEADER.test(rest);
  // A header naming basis points (LPL's "Net Yield (bps)" beside "Average Balance" and "Revenue"): its bare figures are
  // basis points, never the table's money.
  const basisPoints = !/%/.test(rest) && BASIS_POINTS_HEADER.test(rest);
  return { currency, scale, percent: percent && !points, ...(points ? { points: true as const } : {}), ...(basisPoints ? { basisPoints: true as const } : {}), rest: rest.replace(/\s+/g, ' ').trim() };
}

const PERCENT_WORD = /\b(?:percent|percentage|pct)\b(?!\.?\s*-?\s*points?\b)/i;

/** Words naming basis points in a header: "(bps)", "Basis Points". */
const BASIS_POINTS_HEADER = /\bbasis[\s-]+points?\b|\bbps\b/i;

/** Words naming percentage points in a header: "Percentage Point Impact", "(pts)", "ppt". */
const POINTS_HEADER = /\bpercentage[\s-]+points?\b|\b(?:ppts?|pts)\b/i;

// One level of parentheses inside: Chesapeake Utilities' "(in millions, except shares (thousands) and per share data)"
// is the table's statement, millions; read from its inner "(thousands)", every amount was a thousandth of itself.
const NOTE = /\(((?:[^()]|\([^()]{0,40}\)){0,120})\)/g;

/**
 * A table's unit statement: the parenthesized words that name a scale ("(In thousands, except
 * per share amounts)", "(dollars in thousands)", "($ in millions, except earnings per share)",
 * "(£m)"), with the currency they name, if any.
 */
export function readUnitStatement(text: string, releaseCurrency: string): (StatedUnit & { note: string }) | null {
  for (const m of text.matchAll(NOTE)) {
    const stated = statedIn(m[1], releaseCurrency);
    if (stated) return { note: m[0], ...stated };
  }
  return null;
}

/** The scale and currency the words of a statement name ("$ in millions, except …", "thousands of Canadian $"), or null when they name no scale. */
function statedIn(inner: string, releaseCurrency: string): StatedUnit | null {
  const word = new RegExp(String.raw`(?:^|[\s$£€¥'’(])(${SCALE})\b`, 'i').exec(inner);
  const unit = readHeaderUnit(inner, releaseCurrency);
  const scale = word ? scaleOfWord(word[1]) : unit.scale;
  if (scale === null) return null;
  // A country's dollar named in words wins over the "$" printed with it; "Pesos" alone is the release's own peso, else
  // Mexico's (FIBRA Macquarie's "(millions of Pesos unless otherwise stated)" in a release whose figures print US$).
  const currency = currencyInWords(inner, 'national') ?? unit.currency ?? currencyInWords(inner, 'other') ?? currencyOfBareWord(inner, releaseCurrency);
  return { currency, scale, percent: false };
}

/**
 * A statement that the table's figures are percentages and nothing more, in parentheses on a line of its own:
 * "(Percent)" under U.S. Bancorp's header of delinquency ratios, "(%)", "(In percent)". It names no scale.
 */
const PERCENT_STATEMENT = /^\(\s*(?:in\s+)?(?:%|percent(?:ages?)?)\s*\)$/i;

export function readPercentStatement(text: string): (StatedUnit & { note: string }) | null {
  const line = text.trim();
  return PERCENT_STATEMENT.test(line) ? { note: line, currency: null, scale: null, percent: true } : null;
}

/** What a statement leaves out, in parentheses after it: "In thousands (except EPS data)" (Tetra Tech, FY2020 Q2). */
const EXCEPT = String.raw`(?:\(\s*(?:${anyCase('except')}|${anyCase('excluding')})\b[^()]*\))`;

/**
 * A unit statement printed without parentheses at the end of a line: "In millions", "In €
 * millions", "Dollars in millions, except per share data", "Earnings Summary In millions, except
 * per share data" (its statement is "In millions, except per share data").
 */
const BARE_STATEMENT = new RegExp(
  String.raw`(?:^|\s)((?:(?:${anyCase('amounts')}|${anyCase('amount')}|${anyCase('dollars')}|${anyCase('figures')}|${CURRENCY_SYMBOL})\s+)?(?:[Ii]n|IN)\s+(?:${CURRENCY_SYMBOL}\s*)?${SCALE}\b[^()]*${EXCEPT}?)$` +
    // A line that opens with its currency and scale, with no "in": "$ Millions, except per share amounts (unaudited)"
    // (Coherent's statements, under their titles).
    String.raw`|^((?:${CURRENCY_SYMBOL})\s*${SCALE}\b[^()]*(?:\(\s*${anyCase('unaudited')}\s*\))?)$`,
);

export function readBareUnitStatement(text: string, releaseCurrency: string): (StatedUnit & { note: string }) | null {
  const line = text.trim();
  const m = BARE_STATEMENT.exec(line);
  if (!m) return null;
  const note = m[1] ?? m[2]!;
  // "($ in millions," leaves a parenthesis open: that is a statement cut short, read with its tail.
  const before = line.slice(0, m.index + m[0].length - note.length);
  if ((before.match(/\(/g) ?? []).length > (before.match(/\)/g) ?? []).length) return null;
  const stated = statedIn(note, releaseCurrency);
  return stated ? { note, ...stated } : null;
}

/**
 * A title printed with its unit statement at the end of one line ("Bed Bath & Beyond, Inc.
 * Consolidated Balance Sheets (Unaudited) (in thousands, except per share data)"): the title,
 * with an "(Unaudited)" before or after the statement left out, and the statement; null when the line
 * does not end in a unit statement or holds nothing before it.
 */
export function titleBeforeUnitStatement(line: string, releaseCurrency: string): { title: string; note: string } | null {
  // "(unaudited)" after the statement, as before it: Tigo Energy's "… Statement of Income (in thousands, except share and
  // per share data) (unaudited)".
  const text = line.trim().replace(/\s*\(\s*unaudited\s*\)$/i, '');
  const stated = readUnitStatement(text, releaseCurrency);
  if (!stated || !text.endsWith(stated.note)) return null;
  const title = text.slice(0, text.length - stated.note.length).trim().replace(/\(\s*unaudited\s*\)$/i, '').trim();
  return title ? { title, note: stated.note } : null;
}


/**
 * The scale a statement states, in whichever form it is printed: in parentheses ("(In thousands, except per share
 * data)"), bare ("Dollars in millions"), or as a currency with its scale ("SEK m", "MSEK", "All numbers are kSEK").
 * A power of ten, or null. A line holding a figure ("(2) ... a charge of $4.7 billion") states no scale by its
 * currency and scale words: they are the figure's.
 */
export function statedScale(text: string): number | null {
  // Words read as if in parentheses ("SEK m", a statement whose closing parenthesis was cut) only where they close none
  // of their own: wrapped, a footnote's "(2) … totaling $4.7 billion." became one statement of billions once a statement
  // may hold parentheses (Chesapeake's "(in millions, except shares (thousands) and per share data)").
  const stated = readUnitStatement(text, 'USD') ?? readBareUnitStatement(text, 'USD') ?? (/\([^()]*\)/.test(text) ? null : readUnitStatement(`(${text.trim()})`, 'USD'));
  if (stated) return stated.scale;
  if (/\d/.test(text.replace(/['’]?000(?:'?s)?/g, ''))) return null;
  const unit = readHeaderUnit(text, 'USD');
  return unit.currency !== null && unit.scale !== null ? unit.scale : null;
}
