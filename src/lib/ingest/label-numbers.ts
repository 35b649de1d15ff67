import { labelMarks, NAME_BEFORE, slugify } from './labels.ts';
import { messages } from './messages.ts';
import { findDates } from './dates.ts';
import { currencyOfSymbol } from '../units/currencies.ts';

/** What a number printed in a label measures, before the table's currency is applied. */
export type LabelUnit = 'money' | 'per-share' | 'shares' | 'count';

/** A number printed inside a row label, e.g. the allowance in "net of allowance … of \$2,102 and \$1,953". */
export interface LabelNumber {
  /** What it measures, as a slug: "allowance-for-doubtful-accounts", "par-value", "shares-outstanding". */
  measure: string;
  unit: LabelUnit;
  /** true: printed in units regardless of the table's scale (par value per share). */
  units: boolean;
  /** One entry per number, in printed order ("X and Y … respectively" gives two). */
  values: { raw: string; value: string; decimals: number; dollar: boolean; symbol: string | null; index: number }[];
  /** The day it is stated at, when the words say ("16,279,890 shares at March 29, 2026"), as an ISO date. */
  at?: string;
  /** The year it is stated in, when the words say only that ("allowance of \$13,144 in 2026 and \$13,830 in 2025"). */
  inYear?: number;
  /** The months of the periods its clause names ("… for the six months ended June 30, 2026 and 2025, respectively"): its columns are those of that span. */
  months?: number;
  /** One figure "for both" periods of that span: each column's. */
  both?: true;
}

/** "for the three months ended …", "for both the six months ended …": the span a clause of a label states its figures for. */
const SPAN_CLAUSE = /\bfor\s+(both\s+)?the\s+(three|six|nine|twelve|3|6|9|12)\s+months\s+end(?:ed|ing)\b/i;
const SPAN_MONTHS: Record<string, number> = { three: 3, six: 6, nine: 9, twelve: 12, '3': 3, '6': 6, '9': 9, '12': 12 };

// "$.01 par value": a figure may start at its point.
const NUMBER = /((?:\\?\$|£|€|¥|US\$|S\$|HK\$|RMB)\s?)?(?:(\d{1,3}(?:,\d{3})+|\d+)|(?=\.\d))(?:\.(\d+))?/g;
const PAIR_JOIN = /^\s+and\s+$/;
const LIST_JOIN = /^\s*,\s*(?:and\s+)?$|^\s+and\s+$/;
const RESPECTIVELY_AFTER = /^\s*,?\s*respectively\b/i;

/**
 * Numbers that are part of a name, not a quantity: "H20", "COVID-19", "Level 1", "Note 24",
 * "Tier 1", "Class B", "ASU 2016-09", "3.800% notes due 2026", "2026 Notes", "fiscal 2022",
 * "401(k)", "4-for-1", "trailing 12 months", a footnote reference "(1)".
 */
// NAME_BEFORE (labels.ts): words after which a number names.
const NAME_AFTER = /^(?:%?\s*(?:senior|subordinated|convertible|exchangeable|notes?|debentures?|bonds?|preferred|cumulative|term\s+loan|credit|fixed|floating|secured|unsecured|series|loan|facility|revolving|perpetual|capital\s+securities|coupon)\b|\s*(?:-for-|for-)|\s*(?:days?|weeks?|months?|years?|hours?)\b|\s*(?:notes?|plan|program|programme|acquisition|transaction|restructuring|senior|convertible|term|credit|compensation|incentive|equity|stock\s+plan|share\s+plan|omnibus|agreement|act|rules?)\b|\(k\))/i;
const SCOPE_AFTER = /^\s+[A-Za-z]+\)/;
const ABBREVIATION_BEFORE = /(?<![A-Za-z])([A-Z]{2,5}) $/;
const FOOTNOTE_REF = /^\((?:\d{1,2}|[A-Za-z])\)/;

/**
 * Whether a label prints a count of shares in its words: "30,000,000 shares authorized;", "Issued shares — 532 and
 * 533". Such a line states that count itself; the figures printed beside it, or under it, are not that count.
 */
export function countsSharesItself(label: string): boolean {
  return /\d[\d,.]*\s+(?:\w+\s+)?shares\b/i.test(label) || findLabelNumbers(label).numbers.some((n) => n.unit === 'shares');
}

/**
 * Finds the numbers in a label and says what each measures, from the words around it.
 * Dates ("at June 30, 2010", "at 1 April 2017") are not numbers here: they name the periods;
 * numbers that are part of a name ("H20", "Level 1", "3.800% notes due 2026") are label text.
 * Returns the numbers grouped by measure, or an error message for a number whose meaning
 * the words do not give (so that it is reported, never dropped).
 */
export function findLabelNumbers(label: string): { numbers: LabelNumber[]; errors: { index: number; message: string }[] } {
  const covered = new Uint8Array(label.length + 1);
  const dates = findDates(label);
  for (const d of dates) covered.fill(1, d.index, d.index + d.length);
  // Footnote marks printed as figures ("NOI 1 2", "EBITDA[3]") are marks, not numbers of the label.
  for (const m of labelMarks(label)) covered.fill(1, m.index, m.end);
  const tokens: RegExpExecArray[] = [];
  let lastNameEnd = -1;
  for (const m of label.matchAll(NUMBER)) {
    if (covered[m.index + (m[1]?.length ?? 0)]) continue;
    // "Stage 1 and 2", "Levels 1, 2 and 3": a number listed right after a name-number names too.
    const listed = lastNameEnd >= 0 && !m[1] && /^\s*(?:,|and|or|&|to|-|–)\s*(?:and\s+)?$/i.test(label.slice(lastNameEnd, m.index));
    if (listed || isName(label, m)) {
      lastNameEnd = m.index + m[0].length;
      continue;
    }
    tokens.push(m as RegExpExecArray);
  }
  const numbers: LabelNumber[] = [];
  const errors: { index: number; message: string }[] = [];

  for (let i = 0; i < tokens.length; i++) {
    const group = [tokens[i]];
    // "$64,154, $92,608, $93,688, $87,582 and $89,471, respectively": a list, one a column, where "respectively" closes it.
    let last = i;
    while (last + 1 < tokens.length && LIST_JOIN.test(label.slice(end(tokens[last]), tokens[last + 1].index))) last++;
    const listed = last > i && RESPECTIVELY_AFTER.test(label.slice(end(tokens[last]))) && [...Array(last - i).keys()].some((k) => !PAIR_JOIN.test(label.slice(end(tokens[i + k]), tokens[i + k + 1].index)));
    if (listed) while (i < last) group.push(tokens[++i]);
    while (i + 1 < tokens.length && PAIR_JOIN.test(label.slice(end(tokens[i]), tokens[i + 1].index))) {
      group.push(tokens[++i]);
    }
    // Only the words near the number say what it measures (linear in the label's length).
    const before = label.slice(Math.max(0, group[0].index - 120), group[0].index);
    const after = label.slice(end(group[group.length - 1]), end(group[group.length - 1]) + 120);
    let meaning = measureOf(before, after, Boolean(group[0][1]));
    // "16,279,890 shares at March 29, 2026 and 16,406,788 shares at June 30, 2025": the second is what the first is.
    const previous = numbers.at(-1);
    if (meaning?.measure === 'shares' && previous?.measure.startsWith('shares-') && /\band\s*$/i.test(before)) meaning = { ...meaning, measure: previous.measure };
    // "allowance of $13,144 in 2026 and $13,830 in 2025": the second is what the first is, in its own year.
    if (!meaning && previous?.inYear !== undefined && /\bin\s+(?:19|20)\d\d\s+and\s*$/i.test(before)) meaning = { measure: previous.measure, unit: previous.unit, units: previous.units };
    const span = SPAN_CLAUSE.exec(after.split(';')[0]!);
    const day = group.length === 1 ? dayStated(label, end(group[0]), dates) : undefined;
    const year = group.length === 1 && !day ? /^\s+in\s+((?:19|20)\d\d)\b(?!\s*(?:notes?|plan|program))/i.exec(after)?.[1] : undefined;
    if (!meaning) {
      for (const t of group) errors.push({ index: t.index, message: messages.labelNumber(t[0]) });
      continue;
    }
    numbers.push({
      ...meaning,
      ...(day ? { at: day } : {}),
      ...(year ? { inYear: Number(year) } : {}),
      ...(span ? { months: SPAN_MONTHS[span[2]!.toLowerCase()]!, ...(span[1] && group.length === 1 ? { both: true as const } : {}) } : {}),
      values: group.map((t) => ({
        raw: t[0],
        value: ((t[2] ?? '0').replaceAll(',', '') + (t[3] ? `.${t[3]}` : '')).replace(/^0+(?=\d)/, ''),
        decimals: t[3]?.length ?? 0,
        dollar: Boolean(t[1]?.includes('$')),
        symbol: t[1] ? t[1].replace(/\\/g, '').trim() : null,
        index: t.index,
      })),
    });
  }
  return { numbers, errors };
}

/**
 * The day a count of shares is stated at: the first date after it in its clause, when only the
 * words of shares come between ("16,279,890 shares at March 29, 2026"; "72,970,119 shares issued
 * and 44,417,798 shares outstanding at June 30, 2026; and 72,002,129 shares issued …").
 */
function dayStated(label: string, from: number, dates: ReturnType<typeof findDates>): string | undefined {
  const next = dates.find((d) => d.index >= from);
  if (!next) return undefined;
  const between = label.slice(from, next.index);
  if (between.length > 120 || between.includes(';')) return undefined;
  const which = String.raw`(?:(?:authori[sz]ed|issued|outstanding)\s+)?(?:ordinary\s+|common\s+)?shares\b(?:\s+(?:authori[sz]ed|issued|outstanding))?`;
  const sharesOnly = new RegExp(String.raw`^\s*${which}(?:,?\s+and\s+[\d,]+\s+${which})*\s+(?:at|as\s+of|on)\s+$`, 'i');
  return sharesOnly.test(between) ? (next.iso ?? undefined) : undefined;
}

function isName(label: string, m: RegExpMatchArray): boolean {
  if (m[1]) return false; // a figure with a currency symbol is an amount
  const start = m.index!;
  const stop = start + m[0].length;
  const prev = label[start - 1] ?? '';
  const next = label[stop] ?? '';
  if (/[A-Za-z]/.test(prev) || /[A-Za-z]/.test(next)) return true; // H20, 5G, 3rd
  if (/^\((?:st|nd|rd|th)\)/i.test(label.slice(stop))) return true; // "3(rd) party", an ordinal whose suffix was raised
  if (/[A-Za-z]-$/.test(label.slice(Math.max(0, start - 2), start))) return true; // COVID-19, B-1
  if (prev === '(' && FOOTNOTE_REF.test(label.slice(start - 1))) return true; // "(1)"
  if (/^[-–]\d/.test(label.slice(stop))) return true; // ASU 2016-09
  if (NAME_BEFORE.test(label.slice(Math.max(0, start - 40), start))) return true;
  // "SB 901", "AB 1054", "IFRIC 21": a number after an abbreviation in capitals (no currency code) names a bill or a rule.
  const abbreviation = ABBREVIATION_BEFORE.exec(label.slice(Math.max(0, start - 8), start));
  if (abbreviation && currencyOfSymbol(abbreviation[1], 'USD') === null) return true;
  if (NAME_AFTER.test(label.slice(stop, stop + 40))) return true;
  // "Same-property NOI (3 month period, 113 properties)": a count and its noun closing a parenthesis says what the line covers.
  if (SCOPE_AFTER.test(label.slice(stop, stop + 40)) && label.lastIndexOf('(', start) > label.lastIndexOf(')', start)) return true;
  // A year alone ("2026 Notes", "the 2019 plan") names, it does not count.
  return m[2] !== undefined && !m[2].includes(',') && !m[3] && /^(?:19|20)\d\d$/.test(m[2]);
}

function end(m: RegExpMatchArray): number {
  return m.index! + m[0].length;
}

function measureOf(before: string, after: string, money: boolean): Omit<LabelNumber, 'values'> | null {
  if (/^\s*par value/i.test(after)) return { measure: 'par-value', unit: 'per-share', units: true };
  // "7,704,994 issued shares at June 28, 2026" (Strattec) names which before "shares", as "shares issued" does after.
  // Not "Issued shares - 89,604": a dash or colon after them makes them the name of the next count.
  const shares = /^\s*(?:(authorized|authorised|outstanding|issued)\s+(?=(?:ordinary\s+|common\s+)?shares\b(?!\s*[-–—:])))?(?:ordinary\s+|common\s+)?shares\b(?:\s+(authorized|authorised|outstanding|issued))?/i.exec(after);
  if (shares) {
    // "authorized, 100,000,000 shares; issued and outstanding, 16,279,890 shares": the words before say which.
    const said = shares[1] ?? shares[2] ?? /\b(authori[sz]ed|outstanding|issued)\b[\s,:—–-]*$/i.exec(before)?.[1];
    const which = said?.toLowerCase().replace('authorised', 'authorized');
    return { measure: which ? `shares-${which}` : 'shares', unit: 'shares', units: false };
  }
  if (!money) {
    // "authorized shares - 200,000", "Issued shares - 89,604 and 76,358": which shares, a dash or colon, then the count.
    const named = /\b(authori[sz]ed|issued|outstanding)\s+(?:ordinary\s+|common\s+)?shares\s*[-–—:]\s*$/i.exec(before);
    if (named) return { measure: `shares-${named[1].toLowerCase().replace('authorised', 'authorized')}`, unit: 'shares', units: false };
    // "Treasury stock at cost - 7,844 and 7,495": a count after a dash that follows a class of stock is its shares.
    const stock = /\b(treasury|common|preferred|ordinary)\s+(?:stock|shares)\b(?:,?\s*at\s+cost)?[^,;:\d$]*?\s*[-–—:]\s*$/i.exec(before);
    if (stock) return { measure: `shares-${stock[1].toLowerCase()}`, unit: 'shares', units: false };
    // "Common stock, $0.01 par value, authorized 25,000,000 shares, issued 12,137,080 and 11,856,737,
    // respectively": a count after "issued" or "outstanding" in a clause of a line that has counted shares.
    const counted = /\b(authori[sz]ed|issued|outstanding)\s*$/i.exec(before);
    if (counted && /\d\s+(?:ordinary\s+|common\s+)?shares\b/i.test(before)) return { measure: `shares-${counted[1].toLowerCase().replace('authorised', 'authorized')}`, unit: 'shares', units: false };
  }
  // "(amortized cost—$856,406 and $916,168, respectively)", "(cost—$55,868 and $49,833, respectively)", "(par— $150,000)"
  // (PennantPark, 1Q FY2025): an amount after a dash that follows the words opening a parenthesis is what they name.
  // "(including $675 and $785 associated with variable interest entity for the three months ended …)" (Karat
  // Packaging's statement of operations): the amounts of the line the words after tie to a cause of their own.
  const cause = money ? /^\s*((?:associated\s+with|related\s+to|attributable\s+to)\s+[A-Za-z][A-Za-z '-]{1,60}?)(?=\s+(?:for|during|in)\b|\s*[,;)]|\s*$)/i.exec(after) : null;
  if (cause) return { measure: slugify(cause[1]), unit: 'money', units: false };
  const dashed = money ? /\(\s*([A-Za-z][A-Za-z ,'-]{0,40}?)\s*(?:[—–:]|\s-)\s*$/.exec(before) : null;
  if (dashed) return { measure: slugify(dashed[1]), unit: 'money', units: false };
  const of = /(?:^|[,;:]\s*)(?:net of\s+)?([^,;:]+?)\s+of\s*$/i.exec(before);
  if (of) return { measure: slugify(of[1]), unit: money ? 'money' : 'count', units: false };
  return null;
}
