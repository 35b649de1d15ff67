/**
 * The periods the prose names, read as the release's own period ids: "the
 * second quarter of 2009" is 2009-q2, "the six months ended June 30, 2010"
 * 2010-h1, "Q3 FY22" 2022-q3, "fiscal 2023" 2023-fy, "June 30, 2010" the
 * instant 2010-06-30; and the comparisons it makes without naming a period:
 * "a year ago", "year-over-year" (the same period a year earlier),
 * "sequentially", "the previous quarter" (the quarter before).
 *
 * Periods are found in the release's periods (from its tables) by their ids
 * and, for spans such as "nine months ended", by their dates; a period the
 * tables do not print resolves to null, with whether it lies after the
 * release's own period (an outlook).
 */
import type { Period, Release } from '../types.ts';
import { yearToDateId } from '../ingest/fiscal-calendar.ts';
import { monthsOf, ReleasePeriods } from '../ingest/release-periods.ts';
import { Kept } from '../kept.ts';

export type PeriodSpec =
  | { type: 'quarter'; n: number; year: number | null; yearsBack?: number }
  | { type: 'half'; n: number; year: number | null }
  | { type: 'year'; year: number | null }
  | { type: 'months'; months: number; end: string | null; endMonth?: number }
  | { type: 'year-to-date' }
  /** The first `months` of a fiscal year the words name ("the first six months of fiscal 2019"). */
  | { type: 'to-date'; months: number; year: number }
  | { type: 'instant'; date: string }
  | { type: 'period-end' }
  | { type: 'current' }
  | { type: 'same'; year?: number; calendar?: boolean; bare?: boolean }
  | { type: 'unknown' }
  | { type: 'relative'; basis: 'yoy' | 'qoq' };

/** A period phrase in a text: where it is (0-based, end exclusive) and what it names. */
export interface PeriodPhrase {
  start: number;
  end: number;
  text: string;
  spec: PeriodSpec;
}

const ORDINAL: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 };
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const SPAN_MONTHS: Record<string, number> = { three: 3, six: 6, nine: 9, twelve: 12, '3': 3, '6': 6, '9': 9, '12': 12 };
// Retailers count weeks: 13 to a quarter, 39 to three quarters, 52 or 53 to a year.
const SPAN_WEEKS: Record<string, number> = { thirteen: 13, 'twenty-six': 26, 'thirty-nine': 39, 'fifty-two': 52, 'fifty-three': 53 };

const ORD = String.raw`(first|second|third|fourth|1st|2nd|3rd|4th)`;
// A year after a period word: four digits, or two after "fiscal"/"FY" or an apostrophe, straight or curly ("Q3 FY22", "'22", "Q2’25").
const YEAR = String.raw`(?:(?:fiscal(?:\s+year)?|FY)[\s-]?['’]?(\d{4}|\d{2}(?!\d))|['’](\d{2})(?!\d)|(\d{4})(?!\d))`;
const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)`;
// "June 30, 2010", and day first as many annual reports print it ("30 September 2018").
const DATE = String.raw`(${MONTH}\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+${MONTH},?\s+\d{4})`;

interface Form {
  pattern: RegExp;
  spec: (m: RegExpMatchArray) => PeriodSpec | null;
  /** The pattern cannot match a text without a digit (a date, a year, "Q3"): it is not tried there. */
  needsDigit?: true;
}

/** Tried in order; a later form never takes text an earlier one took. */
const FORMS: Form[] = [
  {
    // "October–December 2024", "January–December 2024", "1 January–31 December 2024": the months from the first to
    // the last named, ending with the last month of that year, as Nordic releases head their quarter and their year.
    pattern: new RegExp(String.raw`\b(?:\d{1,2}\s+)?(${MONTH})\s*[–—-]\s*(?:\d{1,2}\s+)?(${MONTH}),?\s+(\d{4})(?!\d)`, 'gi'),
    spec: (m) => monthRange(m[1], m[2], m[3]),
    needsDigit: true,
  },
  {
    // "October 1 - December 31", "January 1 – December 31" (Duni's headings under "Year-End Report January 1 - December
    // 31, 2024"), "January 1 - December 31, 2024": from the first day of the first month to the last day of the last.
    // With no year, the span of those months ending where the release's period ends, and only if it ends in that month.
    pattern: new RegExp(
      String.raw`\b(${MONTH})(?:\s+(?<firstDay>\d{1,2}))?\s*[–—-]\s*(${MONTH})(?:\s+(?<lastDay>\d{1,2}))?(?:,?\s+(?<year>\d{4}))?(?![\d–—-])`,
      'gi',
    ),
    spec: (m) => {
      // m[3]: the named days are numbered groups too.
      const last = MONTHS.indexOf(m[3].slice(0, 3).toLowerCase());
      const firstDay = m.groups?.firstDay;
      const lastDay = m.groups?.lastDay;
      if (firstDay !== undefined && firstDay !== '1') return null;
      // The last month's last day, in any year (February's 28 or 29).
      if (lastDay !== undefined && Number(lastDay) < new Date(Date.UTC(2001, last + 1, 0)).getUTCDate()) return null;
      if (m.groups?.year) return monthRange(m[1], m[3], m.groups.year);
      // "in October–December" with neither days nor year speaks of its heading's period, whatever that is.
      if (firstDay === undefined || lastDay === undefined) return null;
      const range = monthRange(m[1], m[3], '2001');
      return range && range.type === 'months' ? { type: 'months', months: range.months, end: null, endMonth: last + 1 } : null;
    },
  },
  {
    pattern: new RegExp(
      String.raw`\b(thirteen|twenty-six|thirty-nine|fifty-two|fifty-three|\d{1,2})[\s-]+weeks?(?:\s+(?:fiscal\s+)?(?:quarter|period|year))?\s+(?:period\s+)?ended\s+${DATE}`,
      'gi',
    ),
    spec: (m) => {
      const weeks = SPAN_WEEKS[m[1].toLowerCase()] ?? Number(m[1]);
      return { type: 'months', months: Math.round(weeks / 4.345), end: isoDate(m[2]) };
    },
    needsDigit: true,
  },
  {
    // "the fiscal year ended 30 September 2018", "the year ended December 31, 2023": the twelve months to that date
    // (which the release's periods may not hold: then the sentence names no period of the release).
    pattern: new RegExp(String.raw`\b(?:fiscal[\s-]+)?years?\s+(?:period\s+)?ended\s+${DATE}`, 'gi'),
    spec: (m) => ({ type: 'months', months: 12, end: isoDate(m[1]) }),
    needsDigit: true,
  },
  {
    pattern: new RegExp(String.raw`\b(three|six|nine|twelve|3|6|9|12)[\s-]+months?\s+(?:periods?\s+)?ended\s+${DATE}`, 'gi'),
    spec: (m) => ({ type: 'months', months: SPAN_MONTHS[m[1].toLowerCase()], end: isoDate(m[2]) }),
    needsDigit: true,
  },
  {
    // "the third quarter ended October 30, 2022": the quarter, dated.
    pattern: new RegExp(String.raw`\b${ORD}[\s-]+(?:fiscal[\s-]+)?quarter\s+(?:of\s+(?:fiscal\s+(?:year\s+)?)?\d{4}\s+)?ended\s+${DATE}`, 'gi'),
    spec: (m) => ({ type: 'months', months: 3, end: isoDate(m[2]) }),
    needsDigit: true,
  },
  {
    // "the fiscal quarter ended November 2, 2024", "the quarter ended …": the quarter, dated.
    pattern: new RegExp(String.raw`\b(?:fiscal\s+)?quarter\s+ended\s+${DATE}`, 'gi'),
    spec: (m) => ({ type: 'months', months: 3, end: isoDate(m[1]) }),
    needsDigit: true,
  },
  {
    // "the fourth quarter of the prior year", "the third quarter last year", "the fourth quarter a year ago":
    // the quarter of that number in the fiscal year before the release's.
    pattern: new RegExp(
      String.raw`\b${ORD}[\s-]+(?:fiscal[\s-]+)?quarter\s+(?:(?:of|in)\s+)?(?:(?:the\s+)?(?:prior|previous|preceding|last)[\s-]+(?:fiscal[\s-]+)?year|a\s+year\s+(?:ago|earlier))\b`,
      'gi',
    ),
    spec: (m) => ({ type: 'quarter', n: ORDINAL[m[1].toLowerCase()], year: null, yearsBack: 1 }),
  },
  {
    // "last year's fourth quarter", "the prior year's third quarter", "the prior-year fourth quarter", "the year-ago
    // fourth quarter" (Generac, 4Q24: "… as compared to $1.06 billion in the prior-year fourth quarter").
    pattern: new RegExp(
      String.raw`\b(?:the\s+)?(?:(?:prior|previous|preceding|last)[\s-]+(?:fiscal[\s-]+)?year(?:['’]s)?|year[\s-]ago)\s+${ORD}[\s-]+(?:fiscal[\s-]+)?quarter\b`,
      'gi',
    ),
    spec: (m) => ({ type: 'quarter', n: ORDINAL[m[1].toLowerCase()], year: null, yearsBack: 1 }),
  },
  {
    // "the same period of 2023", "the same period or date in 2023", "the same period for 2023": the statement's period in that year.
    // "the same three month period in 2019" (Farmers National, 1Q20) too: the span's length is the statement's.
    pattern: /\b(?:the\s+)?same\s+(?:(?:three|3)[\s-]+months?\s+)?(?:period|quarter)(?:\s+or\s+date)?\s+(?:of|in|for)\s+(?:fiscal\s+)?(\d{4})(?!\d)/gi,
    // A year named without "fiscal" is the calendar year the period falls in (see Calendar.resolve).
    spec: (m) => ({ type: 'same', year: Number(m[1]), calendar: !/\bfiscal\b/i.test(m[0]) }),
    needsDigit: true,
  },
  {
    pattern: new RegExp(String.raw`\b(?:(?:fiscal|FY)[\s-]?(\d{4})\s+)?${ORD}[\s-]+(?:fiscal[\s-]+)?quarter(?:\s+of)?(?:,?\s+${YEAR})?`, 'gi'),
    spec: (m) => ({ type: 'quarter', n: ORDINAL[m[2].toLowerCase()], year: fullYear(m[3] ?? m[4] ?? m[5] ?? m[1]) }),
  },
  {
    pattern: new RegExp(String.raw`\b${ORD}[\s-]+half(?:\s+of)?(?:,?\s+${YEAR})?`, 'gi'),
    spec: (m) => ({ type: 'half', n: ORDINAL[m[1].toLowerCase()], year: fullYear(m[2] ?? m[3] ?? m[4]) }),
  },
  {
    pattern: /\bQ([1-4])\s*(?:(?:FY|fiscal)\s?['’]?(\d{4}|\d{2})|['’]?(\d{4}|\d{2}))?\b|\b([1-4])Q\s*['’]?(\d{4}|\d{2})?\b/g,
    spec: (m) => ({ type: 'quarter', n: Number(m[1] ?? m[4]), year: fullYear(m[2] ?? m[3] ?? m[5]) }),
    needsDigit: true,
  },
  {
    // "the first three quarters of fiscal 2005": the span to date in that year, whatever the statement's period
    // (Timberland, fiscal 2Q20: "compared to net income of $11.73 million … for the first six months of fiscal 2019"
    // in a sentence about the quarter); "… of last year": a year before.
    pattern: /\b(?:first\s+(nine|9|six|6)\s+months|first\s+(three|two)\s+quarters|same\s+(nine|six)[\s-]+month\s+period)\s+(?:of\s+)?(?:(?:fiscal\s+(?:year\s+)?|FY\s?)?(\d{4})(?!\d)|(?:the\s+)?(?:last|prior|previous)\s+(?:fiscal\s+)?year)/gi,
    spec: (m) => {
      const months = m[2] ? (m[2].toLowerCase() === 'three' ? 9 : 6) : SPAN_MONTHS[(m[1] ?? m[3]).toLowerCase()];
      return m[4] ? { type: 'to-date', months, year: Number(m[4]) } : { type: 'relative', basis: 'yoy' };
    },
  },
  {
    // "the prior period": a year or a quarter before, the words do not say.
    pattern: /\b(?:the\s+)?(?:prior|previous|comparative)\s+period\b/gi,
    spec: () => ({ type: 'unknown' }),
  },
  {
    pattern: /\b(?:first\s+(?:nine|9)\s+months|first\s+three\s+quarters|year[\s-]+to[\s-]+date|YTD)\b/gi,
    spec: () => ({ type: 'year-to-date' }),
  },
  {
    // "the full year 2018", "full-year 2024": that fiscal year (bare "full year" is the release's, below).
    pattern: /\bfull[\s-]+year\s+(?:of\s+)?(?:fiscal\s+)?(\d{4})(?!\d)/gi,
    spec: (m) => ({ type: 'year', year: Number(m[1]) }),
    needsDigit: true,
  },
  {
    // "In 2018, gross margin improved …": a year opening a sentence, set off by a comma, is the sentence's topic.
    // Only there: "compared to $51.8 million in 2023" in a quarter's release may mean that year's quarter.
    pattern: /(?<=^\s*|[.!?]\s+)(?:In|During)\s+(?:fiscal\s+)?(\d{4})(?=\s*,)/g,
    spec: (m) => ({ type: 'year', year: Number(m[1]) }),
    needsDigit: true,
  },
  {
    pattern: /\b(?:(?:fiscal(?:\s+year)?|FY)[\s-]?['’]?(\d{4}|\d{2})(?!\d)|H([12])\s?['’]?(\d{4}|\d{2})?)\b/gi,
    spec: (m) => (m[2] ? { type: 'half', n: Number(m[2]), year: fullYear(m[3]) } : { type: 'year', year: fullYear(m[1]) }),
    needsDigit: true,
  },
  {
    pattern: /\b(?:(?:at\s+)?(?:the\s+)?end\s+of\s+the\s+(?:quarter|period)|(?:quarter|period)[\s-]end)\b/gi,
    spec: () => ({ type: 'period-end' }),
  },
  { pattern: new RegExp(DATE, 'gi'), spec: (m) => ({ type: 'instant', date: isoDate(m[1]) }), needsDigit: true },
  {
    pattern: /\b(?:(?:the|this)\s+(?:current\s+)?quarter)\b(?![\s-]+(?:ended|of|over))/gi,
    spec: () => ({ type: 'current' }),
  },
  {
    pattern: /\b(?:the\s+)?same\s+period\b(?!\s+(?:(?:of|in)\s+)?(?:the\s+)?(?:last|a|prior|previous)\b)/gi,
    spec: () => ({ type: 'same' }),
  },
  {
    pattern:
      /\b(?:year[\s-]over[\s-]year|(?:the\s+)?(?:comparable|corresponding)\s+(?:quarter|period)\s+(?:a|one)\s+year\s+(?:ago|earlier)|(?:a|one)\s+year\s+(?:ago|earlier)|(?:the\s+)?(?:prior|previous|last)[\s-](?:fiscal\s+)?year(?:['’]s)?(?:\s+(?:quarter|period))?|(?:the\s+)?year[\s-]ago(?:\s+(?:quarter|period))?|(?:the\s+)?same\s+(?:quarter|period)\s+(?:(?:of|in)\s+)?(?:the\s+)?(?:last|a|prior|previous)\s*(?:year|fiscal\s+year)?|last\s+year|YoY|Y\/Y)\b/gi,
    spec: () => ({ type: 'relative', basis: 'yoy' }),
  },
  {
    pattern:
      // "the linked quarter" is a bank's previous quarter ("an increase of $1.2 million … over the linked quarter", Cadence,
      // 1Q20); without "the" it is a basis of comparison ("to 4.18%, on a linked quarter basis"), no period of a figure.
      /\b(?:sequential(?:ly)?|quarter[\s-]over[\s-]quarter|(?:the\s+)?(?:prior|previous|preceding|last|sequential)\s+quarter|the\s+linked\s+quarter|QoQ|Q\/Q)\b/gi,
    spec: () => ({ type: 'relative', basis: 'qoq' }),
  },
  {
    pattern: /\b(?:(?:full|fiscal|whole)[\s-]+year|twelve\s+months)\b/gi,
    spec: () => ({ type: 'year', year: null }),
  },
  {
    // "during the six months", "for the nine months": the span of that length ending with the release's period.
    pattern: /\b(three|six|nine)[\s-]+months?\b(?![\s-]+(?:period\s+)?end)/gi,
    spec: (m) => ({ type: 'months', months: SPAN_MONTHS[m[1].toLowerCase()], end: null }),
  },
  {
    // "increase … of $65.1 million for the year": the release's fiscal year.
    pattern: /\b(?:for|during|in)\s+the\s+(?:fiscal\s+)?year\b(?![\s-]+(?:ended|ending|ago|earlier|before|to|over|prior))/gi,
    spec: () => ({ type: 'year', year: null }),
  },
];

/**
 * Every period phrase of `text`, in reading order; offsets are shifted by `offset`. The phrases
 * of a text are read once and shared (frozen): the reading of each line and the release's
 * calendar both ask for them, and releases of a company repeat whole paragraphs.
 */
export function periodPhrases(text: string, offset = 0): readonly PeriodPhrase[] {
  if (offset !== 0) return findPhrases(text, offset);
  return phrasesOf.get(text, () => Object.freeze(findPhrases(text, 0).map((ph) => Object.freeze({ ...ph, spec: Object.freeze(ph.spec) }))));
}

const phrasesOf = new Kept<readonly PeriodPhrase[]>(10_000);

// "the year and quarter ended December 31, 2023", "the three and twelve months ended …": two spans ending on one date.
const SPAN_WORD = String.raw`(year|quarter|three|six|nine|twelve|3|6|9|12)(?:[\s-]+months?)?`;
const SPAN_LIST = new RegExp(String.raw`\b${SPAN_WORD}\s+and\s+${SPAN_WORD}\s+(?:periods?\s+)?ended\s+(?:of\s+)?${DATE}`, 'gi');
const SPAN_LIST_MONTHS: Record<string, number> = { year: 12, quarter: 3, ...SPAN_MONTHS };
// "the three months ended December 31, 2024 and 2023": the same span ending a year before.
const AND_YEAR = /^,?\s+and\s+(\d{4})(?!\d)/;
// "the three-month periods ended March 31, 2020 and December 31, 2019" (Valaris, 1Q20): the same span ending on the second date.
const AND_DATE = new RegExp(String.raw`^,?\s+and\s+${DATE}`, 'i');

function findPhrases(text: string, offset: number): PeriodPhrase[] {
  const taken: [number, number][] = [];
  const found: PeriodPhrase[] = [];
  // Most lines print no digit, which most forms need: those are not tried there.
  const digits = /\d/.test(text);
  if (digits) {
    for (const m of text.matchAll(SPAN_LIST)) {
      const end = isoDate(m[3]);
      const second = m.index + m[0].indexOf(m[2], m[1].length);
      found.push({ start: m.index + offset, end: second - 1 + offset, text: text.slice(m.index, second - 1), spec: { type: 'months', months: SPAN_LIST_MONTHS[m[1].toLowerCase()], end } });
      found.push({ start: second + offset, end: m.index + m[0].length + offset, text: text.slice(second, m.index + m[0].length), spec: { type: 'months', months: SPAN_LIST_MONTHS[m[2].toLowerCase()], end } });
      taken.push([m.index, m.index + m[0].length]);
    }
  }
  for (const form of FORMS) {
    if (form.needsDigit && !digits) continue;
    for (const m of text.matchAll(form.pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      if (m[0].trim() === '' || taken.some(([a, b]) => start < b && a < end)) continue;
      const spec = form.spec(m);
      if (!spec) continue;
      taken.push([start, end]);
      found.push({ start: start + offset, end: end + offset, text: m[0], spec });
      const more = spec.type === 'months' && spec.end ? AND_YEAR.exec(text.slice(end)) : null;
      const date = spec.type === 'months' && spec.end && !more ? AND_DATE.exec(text.slice(end)) : null;
      if (more && spec.type === 'months' && spec.end) {
        const at = end + more.index + more[0].length - 4;
        taken.push([at, at + 4]);
        found.push({ start: at + offset, end: at + 4 + offset, text: more[1], spec: { type: 'months', months: spec.months, end: `${more[1]}${spec.end.slice(4)}` } });
      } else if (date && spec.type === 'months' && isoDate(date[1])) {
        const at = end + date[0].length - date[1].length;
        taken.push([at, at + date[1].length]);
        found.push({ start: at + offset, end: at + date[1].length + offset, text: date[1], spec: { type: 'months', months: spec.months, end: isoDate(date[1]) } });
      }
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** A period the prose names, resolved against the release. */
export interface PeriodRef {
  /** The period's id in this release, or null when no table prints it. */
  id: string | null;
  /** How it was named: the phrase, or "the release's period". */
  words: string;
  /** Whether it lies after the release's own period (an outlook). */
  future: boolean;
}

/** The release's periods and its own, for resolving what the prose names. */
export class Calendar {
  readonly current: Period | null;
  readonly currentId: string;
  /** The release's printed periods, as ingest named them: every lookup goes through them. */
  private readonly periods: ReleasePeriods;
  private readonly fy: number | null;
  private readonly quarter: number | null;

  constructor(release: Pick<Release, 'periods' | 'meta'>, named: readonly PeriodSpec[] = []) {
    this.periods = new ReleasePeriods(release.periods);
    this.currentId = this.periods.current(release.meta.fiscalPeriod, release.meta.releaseDate);
    this.current = this.periods.get(this.currentId) ?? null;
    const m = /^(\d{4})-(?:q([1-4])|h([12])|fy)$/.exec(this.currentId);
    this.fy = m ? Number(m[1]) : null;
    this.quarter = m?.[2] ? Number(m[2]) : m?.[3] ? Number(m[3]) * 2 : m ? 4 : null;
    // Only a year ending early in a calendar year is named by either of the two years it touches.
    const endMonth = /^(\d{2})-/.exec(release.meta.fiscalYearEnd ?? '')?.[1];
    this.yearShift = endMonth === undefined || Number(endMonth) <= 3 ? yearShift(named, this.fy, this.quarter) : 0;
  }

  /**
   * How many years the prose's fiscal years run behind the period ids: a retailer whose year
   * ends in early February calls the year ending February 2025 "fiscal 2024", where the ids
   * name years by the calendar year they end in. Learned from the release's own quarter: the
   * latest year the prose gives the current quarter's number. Never for a year ending in
   * April to December: "the third quarter of 2023" there is the one a year before.
   */
  readonly yearShift: number;

  has(id: string): boolean {
    return this.periods.has(id);
  }

  period(id: string): Period | undefined {
    return this.periods.get(id);
  }

  /** The period a spec names, `base` being the period a relative phrase counts from. */
  resolve(spec: PeriodSpec, words: string, base: string | null = this.currentId): PeriodRef {
    const ref = (id: string | null, future = false): PeriodRef => ({ id: id && this.has(id) ? id : null, words, future: future || (id !== null && this.isFuture(id)) });
    switch (spec.type) {
      case 'quarter': {
        if (spec.yearsBack) return this.fy === null ? ref(null) : ref(`${this.fy - spec.yearsBack}-q${spec.n}`);
        const year = spec.year !== null ? spec.year + this.yearShift : this.yearOfQuarter(spec.n);
        return year === null ? ref(null) : ref(`${year}-q${spec.n}`);
      }
      case 'half': {
        const year = spec.year !== null ? spec.year + this.yearShift : this.fy;
        return year === null ? ref(null) : ref(`${year}-h${spec.n}`);
      }
      case 'year': {
        const year = spec.year !== null ? spec.year + this.yearShift : this.fy;
        return year === null ? ref(null) : ref(`${year}-fy`);
      }
      case 'months': {
        // Months named without a year ("October 1 - December 31") are the release's own only where its period ends in the last of them.
        if (spec.endMonth !== undefined && Number(this.current?.end?.slice(5, 7)) !== spec.endMonth) return ref(null);
        const found = this.periods.duration(spec.months, spec.end ?? this.current?.end ?? null);
        return { id: found?.id ?? null, words, future: spec.end !== null && this.current?.end !== undefined && spec.end > this.current.end };
      }
      case 'to-date':
        return ref(yearToDateId(spec.year + this.yearShift, spec.months));
      case 'year-to-date': {
        const months = (this.quarter ?? 0) * 3;
        return ref(months > 0 ? (this.periods.duration(months, this.current?.end ?? null)?.id ?? null) : null);
      }
      case 'instant': {
        const found = this.periods.periods.find((p) => p.kind === 'instant' && p.end === spec.date);
        return { id: found?.id ?? null, words, future: this.current?.end !== undefined && spec.date > this.current.end };
      }
      case 'period-end': {
        const end = this.current?.end;
        return ref(end ? (this.periods.instantNear(end)?.id ?? null) : null);
      }
      case 'current':
        return ref(this.currentId);
      case 'unknown':
        return ref(null);
      case 'same':
        // A year alone after a figure ("$4.33 per share in 2023") is that year where its statement is of a year; of a
        // quarter's statement it may be the year or that year's quarter: not established, it names no period.
        if (spec.bare) {
          const of = base !== null ? this.period(base) : undefined;
          if (!of || of.kind !== 'duration' || monthsOf(of) !== 12) return ref(null);
        }
        if (spec.year !== undefined && spec.calendar && base !== null) {
          // "the same period in 2023" of a quarter ended December 31, 2024 (fiscal 2025's second quarter, Intelligent Bio
          // Solutions): the period a year before for each year its end lies after 2023, where the tables print it.
          const end = this.period(base)?.end;
          let id: string | null = base;
          for (let n = end ? Number(end.slice(0, 4)) - spec.year : 0; n > 0 && id !== null; n--) id = this.shift(id, 'yoy');
          if (end && id !== null && id !== base) return ref(id);
        }
        if (spec.year !== undefined && base !== null && /^\d{4}-/.test(base)) return ref(`${spec.year + this.yearShift}${base.slice(4)}`);
        return ref(base);
      case 'relative':
        return ref(base === null ? null : this.shift(base, spec.basis));
    }
  }

  /** The period a year (yoy) or a quarter (qoq) before `id`, if the tables print it. */
  shift(id: string, basis: 'yoy' | 'qoq'): string | null {
    return this.periods.prior(id, basis);
  }

  /** The instant at the end of a duration (for a balance at "the end of the quarter"). */
  endOf(id: string): string | null {
    return this.periods.endOf(id);
  }

  /** Whether a period id lies after the release's own period. */
  isFuture(id: string): boolean {
    const p = this.period(id);
    if (p?.end && this.current?.end) return p.end > this.current.end;
    const m = /^(\d{4})-(?:q([1-4])|h([12])|fy)$/.exec(id);
    if (!m || this.fy === null || this.quarter === null) return false;
    const year = Number(m[1]);
    const q = m[2] ? Number(m[2]) : m[3] ? Number(m[3]) * 2 : 4;
    return year > this.fy || (year === this.fy && q > this.quarter);
  }

  /** A quarter named without its year: this fiscal year's if it has begun, else last year's if printed. */
  private yearOfQuarter(n: number): number | null {
    if (this.fy === null) return null;
    if (this.quarter === null || n <= this.quarter) return this.fy;
    return this.has(`${this.fy - 1}-q${n}`) ? this.fy - 1 : this.fy;
  }
}

/** See Calendar.yearShift: 0 or 1, and 0 when the prose does not say. */
function yearShift(named: readonly PeriodSpec[], fy: number | null, quarter: number | null): number {
  if (fy === null || quarter === null) return 0;
  let latest: number | null = null;
  for (const s of named) if (s.type === 'quarter' && s.n === quarter && s.year !== null && (latest === null || s.year > latest)) latest = s.year;
  return latest !== null && fy - latest === 1 ? 1 : 0;
}

function fullYear(text: string | undefined): number | null {
  if (!text) return null;
  const n = Number(text);
  return text.length === 2 ? 2000 + n : n;
}

/** The months from `from` to `to` (the year's last month `to` of `year`), ending on the last day of `to`. */
function monthRange(from: string, to: string, year: string): PeriodSpec | null {
  const first = MONTHS.indexOf(from.slice(0, 3).toLowerCase());
  const last = MONTHS.indexOf(to.slice(0, 3).toLowerCase());
  if (first < 0 || last < 0) return null;
  const months = ((last - first + 12) % 12) + 1;
  const day = new Date(Date.UTC(Number(year), last + 1, 0)).getUTCDate();
  return { type: 'months', months, end: `${year}-${String(last + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}` };
}

function isoDate(text: string): string {
  const m = /^([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$/.exec(text.trim()) ?? /^(\d{1,2})\s+([A-Za-z]+)\.?,?\s+(\d{4})$/.exec(text.trim());
  if (!m) return '';
  const [name, day] = /^\d/.test(m[1]) ? [m[2], m[1]] : [m[1], m[2]];
  const month = MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
  return `${m[3]}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}`;
}
