/**
 * Every number in the prose of a release, found and read: the figures a claim
 * can assert ("$60.5 million", "46.5 percent", "510 basis points", "$(0.03) per
 * share", "2,807", "flat") and the numbers that only name or locate something
 * (dates, periods, times, phone numbers, form names, footnote markers,
 * enumerations). Spelled-out numbers count too: cardinals ("two", "one
 * month"), ordinals ("fourth", "third party") and "flat"/"unchanged", which
 * state a change of zero.
 *
 * Columns are 1-based and counted in characters of the raw line, so the `\$`
 * escape of the release text keeps its two characters.
 */
import type { ProseLine, SourceLocation, Unit } from '../types.ts';
import { NUMBER_WORDS, ORDINALS, wordValue } from './words.ts';

/**
 * What a token is. The first group can be asserted by a claim; the second
 * names or locates something and is accounted for by class.
 */
export type TokenKind =
  | 'money' // "$60.5 million", "$(1.3) million"
  | 'per-share' // "$(0.03) per share"
  | 'percent' // "46.5 percent", "24%"
  | 'basis-points' // "510 basis points", "80 BPS"
  | 'number' // "2,807", "85875105"
  | 'word' // "two", "fourth", "third"
  | 'flat' // "flat", "unchanged": a change of zero
  | 'date' // "August 4, 2010", "Wednesday, August 11, 2010"
  | 'period' // "second quarter of 2009", "six months ended June 30, 2010", "2Q 2010", "Q3 FY23", "Third-quarter"
  | 'year' // a year standing alone: "in 2009"
  | 'time' // "5:00 p.m. EDT"
  | 'phone' // "866-515-9839", "(781) 418-2404"
  | 'form-name' // "Form 10-Q"
  | 'footnote' // "¹", and the "1" that opens the footnote it marks
  | 'enumeration' // "(1)" opening an item of a list in running text
  | 'url'; // a web or mail address with digits in it

/** Kinds a claim can assert; every other kind names or locates something. */
export const CLAIMABLE_KINDS: readonly TokenKind[] = ['money', 'per-share', 'percent', 'basis-points', 'number', 'word', 'flat'];

/** Kinds that name or locate rather than measure; claims.yaml accounts for them by class. */
export const CLASS_KINDS = ['date', 'period', 'year', 'time', 'phone', 'form-name', 'footnote', 'enumeration', 'url'] as const;

export interface NumberToken extends SourceLocation {
  /** Column just past the token's last character (1-based, exclusive). */
  end: number;
  /** The token as printed in the raw line: `\$(1.3) million`. */
  raw: string;
  /** As a reader sees it, escapes removed: `$(1.3) million`. */
  text: string;
  kind: TokenKind;
  /**
   * For claimable kinds: the printed figure as an exact decimal string in the
   * token's own units and scale, signed ("-1.3" for "$(1.3) million", "0" for
   * "flat"); null for a word with no value and for the classes.
   */
  value: string | null;
  /** Digits after the printed point ("60.5" → 1); 0 for words. */
  decimals: number;
  /** Power of ten of the printed units: 6 for "million", 0 otherwise. */
  scale: number;
  /** What the figure measures; null for the classes. */
  unit: Unit | null;
}

/** Every number in the prose lines, in reading order. */
export function extractNumbers(prose: readonly ProseLine[]): NumberToken[] {
  // A line that opens with "1 " is a footnote's text only if the release
  // uses that marker (¹) somewhere; otherwise it is an ordinary number.
  const markers = new Set<string>();
  for (const p of prose) for (const m of p.text.matchAll(/[¹²³⁴⁵⁶⁷⁸⁹⁰]+/g)) markers.add(superscriptDigits(m[0]));
  // "(1) See definition of Adjusted EBITDA …" opening a line is footnote (1)'s text: "(1)" after a term marks it.
  for (const p of prose) for (const m of p.text.matchAll(FOOTNOTE_LINE)) markers.add(m.groups!.mark);
  // Lines that open "1 Revenues include …", "2 Year ended …", "3 …" in turn are the texts of notes 1, 2, 3 (marked
  // in the tables, "Gross profit per ton2", where a superscript was flattened), not figures of the prose.
  for (const mark of numberedRun(prose)) markers.add(mark);
  return prose.flatMap((p) => extractLine(p.line, p.text, markers));
}

/** The numbers that open prose lines as a run from 1 ("1 …", "2 …", at least two of them): a list of notes. */
function numberedRun(prose: readonly ProseLine[]): string[] {
  const opening = new Set<number>();
  for (const p of prose) {
    const m = /^\s*-?\s*(\d{1,2})\s+[A-Z]/.exec(p.text);
    if (m) opening.add(Number(m[1]));
  }
  const run: string[] = [];
  for (let n = 1; opening.has(n); n++) run.push(String(n));
  return run.length >= 2 ? run : [];
}

// Each rule's pattern made global once, on first use. It is run with exec and lastIndex, not
// matchAll (which copies the pattern and makes an iterator and a result object per match: the
// prose's lines are read by every rule); nothing it calls runs these patterns again.
let globalRules: { rule: Rule; re: RegExp }[] | undefined;

/** The numbers of one raw line. */
export function extractLine(line: number, text: string, footnoteMarkers: ReadonlySet<string> = new Set()): NumberToken[] {
  const taken = new Uint8Array(text.length);
  const tokens: NumberToken[] = [];
  globalRules ??= RULES.map((rule) => ({ rule, re: new RegExp(rule.pattern.source, rule.pattern.flags.includes('g') ? rule.pattern.flags : `${rule.pattern.flags}g`) }));
  // Most prose lines print no digit, and every rule but a few needs one: those are not tried there.
  const digits = DIGIT.test(text);
  for (let r = 0; r < globalRules.length; r++) {
    const { rule, re } = globalRules[r];
    if (rule.needs === 'digit' ? !digits : rule.needs && !rule.needs.test(text)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      // As matchAll does: an empty match moves on by one (no rule is unicode).
      if (m[0] === '') re.lastIndex++;
      const lead = m.groups?.lead?.length ?? 0;
      const start = m.index + lead;
      const raw = lead === 0 ? m[0] : m[0].slice(lead);
      if (raw === '') continue;
      const stop = start + raw.length;
      if (anyTaken(taken, start, stop)) continue;
      const read = rule.read(raw, { footnoteMarkers, rest: text.slice(stop) });
      if (read === null) continue;
      taken.fill(1, start, stop);
      // Addresses mask their digits but are numbers only if they have some.
      if (read.kind === 'url' && !/\d/.test(raw)) continue;
      tokens.push({ line, column: start + 1, end: stop + 1, raw, text: unescape(raw), ...read });
    }
  }
  return tokens.sort((a, b) => a.column - b.column);
}

function anyTaken(taken: Uint8Array, start: number, stop: number): boolean {
  for (let i = start; i < stop; i++) if (taken[i] === 1) return true;
  return false;
}

/** The release's `\$` escape as the reader sees it. */
export function unescape(raw: string): string {
  return raw.replace(/\\\$/g, '$');
}

/**
 * A line that opens with a footnote's number in parentheses and its text: "(1) See …", "(2) Reflects …", or the text
 * set right against it, as an EDGAR exhibit's superscript flattens ("(3)Adjusted income and Adjusted diluted EPS are
 * defined as …": Pfizer, 2022).
 */
const FOOTNOTE_LINE = /^(?<lead>\s*)(?<mark>\(\d{1,2}\))(?=\s+\S|[A-Z][a-z])/g;

type Read = Pick<NumberToken, 'kind' | 'value' | 'decimals' | 'scale' | 'unit'>;
interface Context {
  footnoteMarkers: ReadonlySet<string>;
  /** The line after the token: "(249.7) million" after "EUR 266.9". */
  rest: string;
}
interface Rule {
  pattern: RegExp;
  read: (raw: string, context: Context) => Read | null;
  /** What a line must hold for the pattern to match in it (a digit, a literal): it is not tried on a line without. */
  needs?: 'digit' | RegExp;
}

const DIGIT = /\d/;

// A printed figure: digits grouped by commas, an optional fraction; it ends on a digit
// so that a sentence's full stop or comma stays outside.
const FIGURE = String.raw`\d(?:[\d,]*\d)?(?:\.\d+)?`;
const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)`;
const WEEKDAY = String.raw`(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)`;
const DATE = String.raw`${WEEKDAY}?${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?(?:,\s*\d{4})?(?!\d)`;
// In any of the casings a release prints: "$1.4 BILLION" in a headline is $1.4 billion, not $1.4.
const SCALE_WORD = String.raw`(?:\s+(?<scale>[Mm]illion|[Bb]illion|[Tt]housand|MILLION|BILLION|THOUSAND)\b)`;
// After an amount of money, a wire's abbreviation too: "Net Sales $2.74B", "Capital Spending $750M", "$1.3bn"
// (Dow Jones flashes, Molson Coors 4Q24). Only after a currency sign: "4Q" or "3D" is no scale.
const MONEY_SCALE = String.raw`(?:${SCALE_WORD}|(?<abbr>[BMK]|bn|mn)(?![\w'’]))`;
const NOT_AFTER_WORD = String.raw`(?<![\w.,\\])`;
/** Currency codes a release prints before its figures ("EUR 266.9 million"); a dollar has its own "$" rule. */
const CODE_MARKS = 'EUR|SEK|NOK|DKK|ISK|CHF|GBP|PLN|CZK|HUF';
// A scale after a coded figure: the words, or "m", "mn", "bn" ("€522m", "SEK 2,057 m").
const CODED_SCALE = String.raw`(?:\s?(?<scale>[Mm]illion|[Bb]illion|[Tt]housand|MILLION|BILLION|THOUSAND|mn|m|bn)\b)`;
const CODED_SCALE_WORD = String.raw`(?:\s?(?:[Mm]illion|[Bb]illion|[Tt]housand|MILLION|BILLION|THOUSAND|mn|m|bn)\b)`;
// The comparison period's figure printed in parentheses right after a figure, Nordic style: "266.9 (249.7)".
const PRIOR_IN_PARENTHESES = String.raw`\s?\(\s?[-−]?\d(?:[\d,]*\d)?(?:\.\d+)?\s?\)`;

/** A web address ("<https://…>", "www.…") or an e-mail address: never a figure, whatever digits it holds. */
export const WEB_OR_MAIL = /<?(?:https?:\/\/|www\.)[^\s<>]+>?|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;

const classOf = (kind: TokenKind): (() => Read) => () => ({ kind, value: null, decimals: 0, scale: 0, unit: null });

/**
 * Tried in this order; a later rule never takes characters an earlier one
 * took, so "June 30, 2010" is one date and not two numbers.
 */
const RULES: Rule[] = [
  { pattern: new RegExp(WEB_OR_MAIL.source, 'g'), read: classOf('url'), needs: /https?:\/\/|www\.|@/ },
  {
    // "1-800-715-9871": the country code is part of the number, so the edge is looked for before it.
    pattern: /(?<![\w-])(?:\+?1[\s.-])?(?:\(\d{3}\)\s?|\d{3}[-.])\d{3}[-.]\d{4}(?![\w-])/g,
    read: classOf('phone'),
    needs: 'digit',
  },
  {
    pattern: new RegExp(
      String.raw`\b(?:(?:three|six|nine|twelve|\d{1,2})\s+months|(?:thirteen|twenty-six|thirty-nine|fifty-two|fifty-three|\d{1,2})[\s-]+weeks?(?:\s+(?:fiscal\s+)?(?:quarter|period|year))?)\s+(?:period\s+)?ended\s+${DATE}(?:,?\s+and\s+(?:19|20)\d{2}\b)?`,
      'gi',
    ),
    read: classOf('period'),
    needs: 'digit',
  },
  {
    // "the fourth quarter of 2024", and with the year after a comma, "the fourth quarter, 2023" (Infinity Bancorp, 4Q24):
    // one period, whose year is no figure of its own. Two digits of a year after an apostrophe, "Q2'25", "H1’26"
    // (Arkema, 2Q26: "€91 million in Q2'25"), too: read as the figures 2 and 25, the prior year's figure was the quarter's.
    pattern: new RegExp(
      String.raw`\b(?:(?:first|second|third|fourth)[\s-]+(?:fiscal[\s-]+)?(?:quarter|half)(?:\s+of)?(?:\s+(?:fiscal\s+(?:year\s+)?)?\d{4}\b|,\s+(?:19|20)\d{2}\b)?|[1-4]Q\s?['’]?(?:\d{4}|\d{2})\b|Q[1-4]\s?(?:(?:fiscal\s+|FY\s?)?['’]?(?:\d{4}|\d{2}))\b|(?:fiscal(?:\s+year)?|FY)[\s-]?['’]?(?:\d{4}|\d{2})\b|H[12]\s?(?:\d{4}|['’]\d{2})\b)`,
      'gi',
    ),
    read: classOf('period'),
    needs: /\d|quarter|half/i,
  },
  { pattern: new RegExp(DATE, 'g'), read: classOf('date'), needs: 'digit' },
  // "30 September 2018": day first, with its year, as many annual reports print a date.
  { pattern: new RegExp(String.raw`\b\d{1,2}\s+${MONTH},?\s+\d{4}\b`, 'gi'), read: classOf('date'), needs: 'digit' },
  // "December 2023": a month of a year.
  { pattern: new RegExp(String.raw`\b${MONTH}\s+\d{4}\b`, 'g'), read: classOf('date'), needs: 'digit' },
  { pattern: /\b\d{4}-\d{2}-\d{2}\b|(?<![\d/])\d{1,2}\/\d{1,2}\/(?:\d{4}|\d{2})(?![\d/])/g, read: classOf('date'), needs: 'digit' },
  {
    pattern: /\b\d{1,2}(?::\d{2})?\s?(?:[ap]\.m\.|[ap]m\b)(?:\s+(?:[ECMP][DS]?T|GMT|UTC)\b)?/gi,
    read: classOf('time'),
    needs: 'digit',
  },
  { pattern: /\b(?:Form\s+)?\d{1,2}-[A-Z](?:\/A)?\b/g, read: classOf('form-name'), needs: 'digit' },
  { pattern: /[¹²³⁴⁵⁶⁷⁸⁹⁰]+/g, read: classOf('footnote') },
  {
    // "- 1 Segment profit is …": the text of footnote 1, if the release marks something ¹.
    pattern: /^(?<lead>\s*-?\s*)\d{1,2}(?=\s+[A-Z])/g,
    read: (raw, c) => (c.footnoteMarkers.has(raw) ? classOf('footnote')() : null),
    needs: 'digit',
  },
  // "(1) See definition of …" opening a line: the text of footnote (1).
  { pattern: FOOTNOTE_LINE, read: classOf('footnote'), needs: 'digit' },
  {
    // "Consolidated Adjusted EBITDA (1) for the quarter": a term's mark, where a line opens with "(1)";
    // "Reconciliations of (1) net loss" counts items of a list. (The lookahead first: the lookbehinds
    // are costly to try at every position.)
    pattern: /(?=\(\d)(?<=[A-Za-z][A-Za-z.]*\s?)(?<!\b(?:of|and|or|to|the|a|an|as|in|for|by|with|from|are|is|include|includes|including)\s?)\(\d{1,2}\)/g,
    read: (raw, c) => (c.footnoteMarkers.has(raw) ? classOf('footnote')() : null),
    needs: 'digit',
  },
  { pattern: /(?<![\w$\\)])\(\d{1,2}\)(?=\s+[a-z])/g, read: classOf('enumeration'), needs: 'digit' },
  {
    pattern: new RegExp(
      // "$(0.7) million", and "($0.7) million" with the sign's parentheses around the dollar sign.
      String.raw`(?:\(\\?\$\s?${FIGURE}\s?\)|\\?\$\s?(?:\(\s?-?${FIGURE}\s?\)|[-−]?${FIGURE}))${MONEY_SCALE}?(?<share>\s+per\s+(?:(?:basic|diluted|basic\s+and\s+diluted)\s+)?share\b)?`,
      'g',
    ),
    read: readMoney,
    needs: 'digit',
  },
  {
    // "EUR 266.9 million", "SEK 12.0 million", "€522m", "SEK 2,057 m": money in a currency named before the figure,
    // as European releases print it. "EUR 266.9 (249.7) million" prints the comparison period's figure in
    // parentheses before the scale: the token is "EUR 266.9", its scale the one after the parentheses, and
    // "(249.7)" a number of its own.
    pattern: new RegExp(
      String.raw`(?:[€£]\s?|\b(?:${CODE_MARKS})\s?)[-−]?${FIGURE}(?:(?=${PRIOR_IN_PARENTHESES}${CODED_SCALE_WORD})|${CODED_SCALE}?(?<share>\s+per\s+(?:(?:basic|diluted|basic\s+and\s+diluted)\s+)?share\b)?)(?![\w])`,
      'g',
    ),
    read: readCodedMoney,
    needs: 'digit',
  },
  {
    // "(4.2)% and 7.8% in the three and nine months ended October 3, 2021" (Pfizer, 3Q22): a negative percentage in the
    // accounting parentheses, the unit after them.
    pattern: new RegExp(String.raw`(?<![\w)])\(\s?${FIGURE}\s?\)(?=\s?%|\s+percent\b)(?:\s?%|\s+percent\b)`, 'gi'),
    read: (raw) => readRatio(`-${raw.replace(/[()\s]/g, '').replace(/percent$/i, ' percent')}`),
    needs: 'digit',
  },
  {
    // ".50%" with no digit before its point (PNC's "Nonperforming assets to total assets were .50% at December 31, 2020
    // compared with .47% at September 30, 2020", 4Q20): half a percent, never 50.
    pattern: new RegExp(String.raw`(?<=^|[\s(])[-−]?\.\d+(?:\s?%|\s+percent\b)`, 'gi'),
    read: (raw) => readRatio(raw.replace(/^([-−]?)\./, '$10.')),
    needs: 'digit',
  },
  {
    pattern: new RegExp(
      // "2.8 (2.2) per cent": the figure before the comparison period's, in parentheses, is a percentage too.
      String.raw`${NOT_AFTER_WORD}(?:(?<=^|[\s(])[-−+])?${FIGURE}(?<unit>\s?%|\s+percent\b|\s+per\s+cent\b|\s+basis[\s-]points?\b|\s?bps\b|(?=${PRIOR_IN_PARENTHESES}(?:\s?%|\s+per\s?cent\b)))`,
      'gi',
    ),
    read: readRatio,
    needs: 'digit',
  },
  {
    // Only after a word that introduces a time ("in 2009"), lest "2000 servers" read as a year.
    pattern: /(?<=\b(?:in|since|from|through|until|during|year|fiscal|of)\s)(?:19|20)\d{2}\b(?![.,]\d)/gi,
    read: classOf('year'),
    needs: 'digit',
  },
  {
    pattern: new RegExp(String.raw`${NOT_AFTER_WORD}(?:(?<=^|[\s(])[-−])?${FIGURE}${SCALE_WORD}?(?![\w])`, 'g'),
    read: readCount,
    needs: 'digit',
  },
  { pattern: new RegExp(String.raw`\b(?:${NUMBER_WORDS.join('|')})\b(?!-)`, 'gi'), read: readWord },
  { pattern: /\b(?:flat|unchanged)\b(?!-)/gi, read: () => ({ kind: 'flat', value: '0', decimals: 0, scale: 0, unit: 'percent' }) },
  // Whatever digits are left (inside a word, say): still a number, never dropped.
  { pattern: /\d+(?:[.,]\d+)*/g, read: readCount, needs: 'digit' },
];

// The parts of a token each rule took, read again by its reader.
const MONEY_PARTS = new RegExp(String.raw`\$\s?(?<body>\(\s?-?${FIGURE}\s?\)|[-−]?${FIGURE})${MONEY_SCALE}?(?<share>\s+per\s)?`);
// `s`: the unit may follow a line separator (U+2028, U+2029) or a lone CR, which `\s` takes and `.` would not.
const RATIO_PARTS = new RegExp(String.raw`^(?<sign>[-−+])?(?<figure>${FIGURE})(?<unit>.*)$`, 'is');
const COUNT_PARTS = new RegExp(String.raw`^(?<sign>[-−])?(?<figure>[\d.,]+?)${SCALE_WORD}?$`);

function readMoney(printed: string): Read {
  // "($0.7) million" reads as "$(0.7) million".
  const outer = /^\((\\?\$)\s?([^)]*?)\s?\)/.exec(printed);
  const raw = outer ? `${outer[1]}(${outer[2]})${printed.slice(outer[0].length)}` : printed;
  const m = raw.match(MONEY_PARTS)!;
  const body = m.groups!.body;
  const negative = body.startsWith('(') || /^[-−]/.test(body);
  const figure = body.replace(/[()\s,$−-]/g, '');
  return {
    kind: m.groups!.share ? 'per-share' : 'money',
    ...signed(figure, negative),
    scale: scaleOf(m.groups!.scale ?? m.groups!.abbr),
    unit: m.groups!.share ? 'USD/share' : 'USD',
  };
}

const CODED_PARTS = new RegExp(String.raw`^(?<mark>[€£]|${CODE_MARKS})\s?(?<sign>[-−])?(?<figure>${FIGURE})${CODED_SCALE}?(?<share>\s+per\s)?`);
const SCALE_AFTER_PRIOR = new RegExp(String.raw`^${PRIOR_IN_PARENTHESES}${CODED_SCALE}`);

function readCodedMoney(printed: string, c: Context): Read {
  const m = printed.match(CODED_PARTS)!;
  const code = m.groups!.mark === '€' ? 'EUR' : m.groups!.mark === '£' ? 'GBP' : m.groups!.mark;
  const scale = m.groups!.scale ?? SCALE_AFTER_PRIOR.exec(c.rest)?.groups?.scale;
  return {
    kind: m.groups!.share ? 'per-share' : 'money',
    ...signed(m.groups!.figure.replace(/,/g, ''), m.groups!.sign !== undefined),
    scale: scaleOf(scale),
    unit: m.groups!.share ? `${code}/share` : code,
  };
}

function readRatio(raw: string): Read {
  const m = raw.match(RATIO_PARTS)!;
  const bps = /basis|bps/i.test(m.groups!.unit);
  return {
    kind: bps ? 'basis-points' : 'percent',
    ...signed(m.groups!.figure.replace(/,/g, ''), m.groups!.sign === '-' || m.groups!.sign === '−'),
    scale: 0,
    unit: bps ? 'basis-points' : 'percent',
  };
}

function readCount(raw: string): Read {
  const m = raw.match(COUNT_PARTS);
  const figure = (m?.groups?.figure ?? raw).replace(/,/g, '');
  // Leftover digits such as "1.2.3" are still reported, but have no single value.
  if (!/^\d+(\.\d+)?$/.test(figure)) return { kind: 'number', value: null, decimals: 0, scale: 0, unit: 'count' };
  return { kind: 'number', ...signed(figure, m?.groups?.sign !== undefined), scale: scaleOf(m?.groups?.scale), unit: 'count' };
}

function readWord(raw: string): Read {
  const value = wordValue(raw);
  return { kind: 'word', value, decimals: 0, scale: 0, unit: ORDINALS.includes(raw.toLowerCase()) ? null : 'count' };
}

function signed(figure: string, negative: boolean): Pick<Read, 'value' | 'decimals'> {
  const decimals = figure.includes('.') ? figure.length - figure.indexOf('.') - 1 : 0;
  const zero = /^[0.]+$/.test(figure);
  return { value: negative && !zero ? `-${figure}` : figure, decimals };
}

function scaleOf(printed: string | undefined): number {
  const word = printed?.toLowerCase();
  return word === 'billion' || word === 'b' || word === 'bn' ? 9 : word === 'million' || word === 'm' || word === 'mn' ? 6 : word === 'thousand' || word === 'k' ? 3 : 0;
}

function superscriptDigits(s: string): string {
  return [...s].map((c) => '⁰¹²³⁴⁵⁶⁷⁸⁹'.indexOf(c)).join('');
}
