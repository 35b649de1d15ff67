import { currencyOfDollarPrefix, currencyOfFullName, dollarsOfCountriesNamed } from '../currency-names.ts';
import { CODES_BEFORE_FIGURES, CURRENCY_MARKS, currencyCodesIn, currencyInWords } from '../units/currencies.ts';
import { PREFIXED_CODES } from '../units/unit-statements.ts';
import type { ScannedText } from './scan-text.ts';
import { inText, quote, type Found } from './evidence.ts';
import { escapeRegExp } from '../reg-exp.ts';


/** A mark as printed: a dollar's letters start a word ("JA$" is no "A$"); a mark of letters is a word ("RMB"), "Rs" only before a figure (as a word it is too short to tell). */
const markPattern = (mark: string) =>
  /\$$/.test(mark) ? `(?<![A-Za-z])${escapeRegExp(mark)}` : /^Rs\.?$/.test(mark) ? `\\b${escapeRegExp(mark)}\\s?(?=\\d)` : /^[A-Za-z]+$/.test(mark) ? `\\b${mark}\\b` : escapeRegExp(mark);

/**
 * The currency marks a release prints with its figures (units/currencies.ts), as patterns to count; besides them the
 * bare "$", the codes and names of the yuan, the rupee and the franc, and the codes of currencies without a mark of
 * their own before a figure ("ARS 64,391", "MYR73.9M").
 */
const MARKS: [RegExp, string, string][] = [
  ...CURRENCY_MARKS.map(([mark, code]): [RegExp, string, string] => [new RegExp(markPattern(mark), 'g'), code, mark]),
  [/(?<![A-Za-z])\$/g, 'USD', '$'],
  [/\bCNY\b|\bRenminbi\b/g, 'CNY', 'RMB'],
  [/\bINR\b/g, 'INR', '₹'],
  [/\bCHF\b/g, 'CHF', 'CHF'],
  ...CODES_BEFORE_FIGURES.map((code): [RegExp, string, string] => [new RegExp(`\\b${code}\\s?(?=\\d)`, 'g'), code, code]),
];

/**
 * The currency a unit statement names ("thousands of Canadian dollars", "(In NT$ million)", "€m", "SEK m", "(In
 * EUR'000s)", "US$ millions"): a country's dollar or peso in words, else the first mark or code printed, else a
 * currency in words (units/currencies.ts). A "$" with no country is no statement of which dollar.
 */
function markOrWords(text: string): string | null {
  const national = currencyInWords(text, 'national');
  if (national) return national;
  const printed = [
    ...MARKS.slice(0, CURRENCY_MARKS.length).flatMap(([re, code]) => {
      const at = text.search(re);
      return at < 0 ? [] : [{ code, at }];
    }),
    ...currencyCodesIn(text),
  ].sort((a, b) => a.at - b.at);
  return printed[0]?.code ?? currencyInWords(text, 'other');
}
const SCALE_WORD = /\b(?:thousands?|millions?|billions?|m|mn|bn|k|'?000'?s?)\b|\$000|\d'000|[€£$]m\b/i;
/** A code with its scale's letter before it, as Nordic issuers write their units: "kSEK", "TEUR", "MNOK". Case matters: no word is one. */
const PREFIXED_CODE = new RegExp(String.raw`\b[kKtTmM](${PREFIXED_CODES})\b`, 'g');

/** "All numbers are kSEK": the code alone, for markOrWords to read. */
function unprefixed(text: string): string {
  return text.replace(PREFIXED_CODE, '$1');
}

/** Any other dollar mark: capital letters before "$" that name one dollar ("J$", "JA$", "TT$"; currency-names.ts). */
const PREFIXED_DOLLAR = /(?<![A-Za-z])([A-Z]{1,3})\$/g;

function named(text: string): string | null {
  const t = unprefixed(text);
  const code = markOrWords(t);
  if (code) return code;
  // A currency named in full ("Jamaican dollars", "Trinidad and Tobago Dollars"), else by its dollar mark.
  const full = currencyOfFullName(t);
  if (full) return full;
  for (const m of t.matchAll(PREFIXED_DOLLAR)) {
    const code = currencyOfDollarPrefix(m[1]!);
    if (code) return code;
  }
  return null;
}

/** A line opening "Figures are in …", "All amounts are expressed in …": what follows names the currency. */
const FIGURES_ARE_IN = /^\(?\s*(?:(?:all\s+)?(?:figures|amounts)\s+(?:are\s+)?(?:stated\s+|expressed\s+|presented\s+|reported\s+)?|(?:expressed|stated|presented)\s+)in\s+/i;

/**
 * A table's statement of its currency: a title line or a row printing no figure that names a
 * currency with a scale or as the table's unit ("(thousands of Canadian $)", "SEK m", "In €
 * millions", "(In NT$ million, except per share data)", "(EURm)"). Short, not a sentence.
 */
function tableStatement(text: string): string | null {
  // A code with its scale glued on after it, as Dow Jones prints a line's unit ("Gross rental income (EURm)",
  // Carmila), is the code and the scale.
  const t = text.trim().replace(/\b([A-Z]{3})(m|mn|bn)\b/g, '$1 $2');
  // "Figures Are In Ringgit (MYR)." (Dow Jones' summary tables): the table says what its figures are in, scale or not.
  if (t.length <= 90 && FIGURES_ARE_IN.test(t)) return named(t.replace(FIGURES_ARE_IN, ''));
  if (t.length > 90 || /[.!?]$/.test(t) || !(SCALE_WORD.test(t) || unprefixed(t) !== t)) return null;
  return named(t);
}

/** A sentence stating the release's currency: "All amounts in this press release are in Canadian dollars", "(In United States dollars, except where noted otherwise)". */
const PROSE_STATEMENT = /(?:\ball\s+(?:dollar\s+)?(?:amounts|figures)\b[^.]{0,50}?\b(?:are\s+)?(?:stated\s+|expressed\s+|presented\s+|reported\s+)?in\s+|^\(?\s*(?:all\s+amounts\s+)?(?:in|expressed\s+in|stated\s+in)\s+)(?:thousands\s+of\s+|millions\s+of\s+)?((?:canadian|u\.?\s?s\.?|united\s+states|australian|new\s+taiwan|hong\s+kong|singapore)\s+dollars|euros?|swedish\s+kronor|danish\s+kroner|norwegian\s+kroner|swiss\s+francs|pounds\s+sterling|japanese\s+yen|renminbi)\b/i;

/**
 * A sentence of the notes saying what the statements are presented in: "These financial statements are presented in
 * Jamaican dollars unless otherwise indicated", "The statements are expressed in United States dollars which is the
 * functional currency". What follows "in", to the first comma or stop, must name a currency.
 */
const PRESENTED_IN = /\b(?:financial\s+statements|statements|figures|amounts)\s+(?:are|have\s+been)\s+(?:stated|expressed|presented|reported)\s+in\s+([^,;.()]{1,50})/i;

/**
 * The currency of the release's figures, from the strongest evidence first: the unit
 * statements of its tables (the most common currency they name); a sentence stating it
 * ("All amounts … are in Canadian dollars"); else the mark printed most often in its tables'
 * cells and titles (or, when the tables print none, in its prose). "¥" is read as yen unless
 * the release also prints RMB/CNY.
 */
export function findCurrency(scan: ScannedText): Found<string> | null {
  const stated = new Map<string, { n: number; example: string; line: number }>();
  for (const t of scan.tables) {
    for (const text of [...t.title, ...t.columns, ...t.labels]) {
      const code = tableStatement(text);
      if (!code) continue;
      const prev = stated.get(code);
      stated.set(code, { n: (prev?.n ?? 0) + 1, example: prev?.example ?? text, line: prev?.line ?? t.line });
    }
  }
  if (stated.size > 0) {
    const [code, { n, example, line }] = [...stated].sort((a, b) => b[1].n - a[1].n)[0]!;
    return { value: code, from: `the tables' unit statements: ${n} name ${code} (${quote(example)}, the table at ${inText(line)})` };
  }
  for (const { line, text } of scan.prose) {
    const m = PROSE_STATEMENT.exec(text);
    const code = m ? named(m[1]!) : null;
    if (code) return { value: code, from: `${quote(m![0])} (${inText(line)})` };
    // A line of its own over a table, "Figures Are In Ringgit (MYR)." (Dow Jones' summary tables).
    const own = text.trim().length <= 90 && FIGURES_ARE_IN.test(text.trim()) ? named(text.trim().replace(FIGURES_ARE_IN, '')) : null;
    if (own) return { value: own, from: `${quote(text.trim())} (${inText(line)})` };
    // A unit statement in parentheses that the converter ran into a title line: "… Consolidated Statement of
    // Comprehensive Income (Jamaican dollars in thousands)".
    for (const group of text.matchAll(/\(([^()]{1,60})\)/g)) {
      // An amount in parentheses ("(CA$21 billion)", Amazon 4Q21) states no unit; "(J$'000)" does.
      if (/\d/.test(group[1]!.replace(/['’]?000'?s?\b/g, ''))) continue;
      const code = tableStatement(group[1]!);
      if (code) return { value: code, from: `${quote(group[0])} (${inText(line)})` };
    }
    const presented = PRESENTED_IN.exec(text);
    const inWords = presented ? named(presented[1]!) : null;
    if (inWords) return { value: inWords, from: `${quote(presented![0])} (${inText(line)})` };
  }
  const inTables = [...scan.tables.flatMap((t) => [...t.cells, ...t.title, ...t.columns])].join('\n');
  const fromTables = count(inTables);
  // Tables printing no mark with their figures, whose rows state their unit ("Gross rental income (EURm)", Carmila's
  // Dow Jones copy): the currency most of those name.
  if (fromTables.size === 0) {
    const rows = new Map<string, { n: number; example: string; line: number }>();
    for (const t of scan.tables) {
      for (const unit of t.rowUnits) {
        const code = tableStatement(unit);
        if (!code) continue;
        const prev = rows.get(code);
        rows.set(code, { n: (prev?.n ?? 0) + 1, example: prev?.example ?? unit, line: prev?.line ?? t.line });
      }
    }
    if (rows.size > 0) {
      const [code, { n, example, line }] = [...rows].sort((a, b) => b[1].n - a[1].n)[0]!;
      return { value: code, from: `the units the tables' rows state: ${n} name ${code} (${quote(example)}, the table at ${inText(line)}); no figure prints a currency mark` };
    }
  }
  const counts = fromTables.size > 0 ? fromTables : count(scan.prose.map((p) => p.text).join('\n'));
  if (counts.size === 0) return null;
  if (counts.has('JPY') && counts.has('CNY')) {
    counts.set('CNY', { n: counts.get('CNY')!.n + counts.get('JPY')!.n, mark: 'RMB' });
    counts.delete('JPY');
  }
  const [code, { n, mark }] = [...counts].sort((a, b) => b[1].n - a[1].n)[0];
  const where = fromTables.size > 0 ? "the tables' figures" : 'the prose (the tables print no currency)';
  // A bare "$" is the release's own dollar: where the release names one dollar only anywhere, and not
  // the US one ("Killam Apartment REIT 4Q Net C$363.4M" in a flash line over "$" figures), that is it.
  if (code === 'USD' && mark === '$') {
    const notBare = dollarsBesideBare(scan);
    const named = onlyDollarNamed(scan);
    if (named && !notBare.has(named.code)) return { value: named.code, from: `${n} × "$" in ${where}, the one dollar the release names being ${named.code} (${quote(named.text)}, ${inText(named.line)})` };
    // Nor is it the US one where the release names no dollar at all and its words place it in one country of another
    // dollar, never in the United States: FosRich's reports ("the Jamaican marketplace") print "$" and nothing else.
    const home = homeDollar(scan);
    if (home && !notBare.has(home.code)) return { value: home.code, from: `inferred: ${n} × "$" in ${where}, and the release names no dollar; its words name one country of a dollar, ${home.code} (${quote(home.text)}, ${inText(home.line)}), and never the United States` };
  }
  return { value: code, from: `${n} × "${mark}" in ${where}` };
}

/** Words naming the United States or its dollar. */
const UNITED_STATES = /\bU\.\s?S\.|\bUnited\s+States\b|\bAmerica(?:n|s)?\b|\bUSA?\b|\bUSD\b|\bUS\$/;

/** The dollar of the one country other than the United States the release's words name, where they never name that one; else null. */
function homeDollar(scan: ScannedText): { code: string; text: string; line: number } | null {
  const texts = [...scan.prose, ...scan.tables.flatMap((t) => [...t.title, ...t.labels].map((text) => ({ line: t.line, text })))];
  if (texts.some(({ text }) => UNITED_STATES.test(text))) return null;
  let found: { code: string; text: string; line: number } | null = null;
  for (const { line, text } of texts) {
    for (const dollar of dollarsOfCountriesNamed(text)) {
      if (found && found.code !== dollar.code) return null;
      found ??= { code: dollar.code, text: sentenceOf(text, dollar.word), line };
    }
  }
  return found;
}

/** The words around the first place a word is printed in a text (the text whole when it is short). */
function sentenceOf(text: string, word: string): string {
  if (text.length <= 90) return text;
  const at = text.indexOf(word);
  return text.slice(Math.max(0, at - 40), at + word.length + 40).trim();
}

/** Dollar marks that name their country ("C$", "US$", "NT$"), as MARKS reads them. */
const QUALIFIED_DOLLARS = MARKS.filter(([, , mark]) => mark.length > 1 && mark.endsWith('$'));

/** An amount as prose prints one after its mark: "17", "1,234.5", "21 billion", "3.2bn". */
const AMOUNT = String.raw`\d[\d,]*(?:\.\d+)?(?:\s*(?:thousand|million|billion|trillion|bn|mn|[kmb])\b)?`;
/**
 * One amount given as the equivalent of the other in parentheses, a bare "$" beside a dollar with letters: "will invest
 * over $17 billion (CA$21 billion) in Canada" (Amazon 4Q21), "C$21 billion ($17 billion)". The two cannot be one dollar.
 */
const EQUIVALENTS = [
  new RegExp(String.raw`(?<![A-Za-z])\$\s?${AMOUNT}\s*\(\s*(?:approximately\s+|about\s+|or\s+)?([A-Z]{1,3}\$)\s?\d`, 'g'),
  new RegExp(String.raw`(?<![A-Za-z])([A-Z]{1,3}\$)\s?${AMOUNT}\s*\(\s*(?:approximately\s+|about\s+|or\s+)?\$\s?\d`, 'g'),
];

/** The dollars the release prints as the equivalent of a bare "$" amount: dollars "$" is not. */
function dollarsBesideBare(scan: ScannedText): Set<string> {
  const codes = new Set<string>();
  for (const { text } of scan.prose) {
    for (const re of EQUIVALENTS) {
      for (const m of text.matchAll(re)) {
        const mark = m[1]!;
        const code = QUALIFIED_DOLLARS.find(([, , printed]) => printed === mark)?.[1] ?? currencyOfDollarPrefix(mark.slice(0, -1));
        if (code) codes.add(code);
      }
    }
  }
  return codes;
}

/** The one qualified dollar the release prints anywhere (tables and prose), when it prints one kind only and not US$; else null. */
function onlyDollarNamed(scan: ScannedText): { code: string; text: string; line: number } | null {
  const texts = [
    ...scan.prose,
    ...scan.tables.flatMap((t) => [...t.title, ...t.columns, ...t.labels, ...t.cells].map((text) => ({ line: t.line, text }))),
  ];
  let found: { code: string; text: string; line: number } | null = null;
  for (const { line, text } of texts) {
    let rest = text;
    const codes: string[] = [];
    for (const [re, code] of QUALIFIED_DOLLARS) {
      re.lastIndex = 0;
      if (!re.test(rest)) continue;
      codes.push(code);
      rest = rest.replace(re, ' ');
    }
    for (const m of rest.matchAll(PREFIXED_DOLLAR)) {
      const code = currencyOfDollarPrefix(m[1]!);
      if (code) codes.push(code);
    }
    for (const code of codes) {
      if (code === 'USD' || (found && found.code !== code)) return null;
      found ??= { code, text, line };
    }
  }
  return found;
}

function count(text: string): Map<string, { n: number; mark: string }> {
  const counts = new Map<string, { n: number; mark: string }>();
  let rest = text;
  const add = (code: string, n: number, mark: string) => {
    const prev = counts.get(code);
    counts.set(code, { n: (prev?.n ?? 0) + n, mark: prev?.mark ?? mark });
  };
  // The dollars MARKS does not list, by their letters ("J$", "TT$"), before the bare "$" is counted.
  rest = rest.replace(PREFIXED_DOLLAR, (whole, letters: string) => {
    if (MARKS.some(([re]) => new RegExp(`^${re.source}$`).test(whole))) return whole;
    const code = currencyOfDollarPrefix(letters);
    if (!code) return whole;
    add(code, 1, whole);
    return ' ';
  });
  for (const [re, code, mark] of MARKS) {
    const n = (rest.match(re) ?? []).length;
    if (n === 0) continue;
    const prev = counts.get(code);
    counts.set(code, { n: (prev?.n ?? 0) + n, mark: prev?.mark ?? mark });
    rest = rest.replace(re, ' ');
  }
  return counts;
}
