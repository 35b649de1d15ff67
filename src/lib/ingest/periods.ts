/**
 * Reads a column header (its texts joined from top to bottom, units already taken out) as a
 * period, a change between periods, a share of a period's total, or a named column. Each form
 * is one table-driven case in test/lib/ingest/periods.test.ts:
 *
 * - dated spans: "Three Months Ended June 30, 2010", "Thirteen Weeks Ended July 29, 2023",
 *   "Years Ended 31 December 2019", "Nine months to 30/9/2019", "Twelve Months Ended …";
 * - instants: "June 30, 2010", "As at 31 March 2019";
 * - fiscal wording: "2Q 2010", "Q2-10", "Q3 FY25", "Fiscal 2024 Q3", "FY2024", "FY 2023", "F19",
 *   "Fiscal Year 2018", "1st Half 2024", "2nd Qtr 2024", "H1 2024", "1H24", "9M 2024", "6M10",
 *   "Third Quarter Fiscal 2023"; and, read against the release's own period, "YTD 2024",
 *   "Year to Date 2024" and "Six Months 2010" printed with no end date;
 * - bare years ("2019") under a span or alone: fiscal years, or instants at the fiscal year
 *   end in a balance sheet or under "As of";
 * - changes: "YoY Growth", "Q/Q", "Y/Y", "Sequential", "% Change", "$ Change", "Variance",
 *   "bps change", "2Q24 vs 2Q23" (both periods named), "% Change vs. Q1 2010" (the prior one
 *   named), "Fav/(Unfav)" and "Better/(Worse)" (a change whose sign says good or bad, not up or
 *   down);
 * - shares: "% of total", "% of Net Sales";
 * - anything else is a named column ("Note", "Level 1", "Total", "Actual").
 *
 * Words left over beside a period ("Outlook", "Restated", "GAAP") name the column within it.
 */
import type { Period } from '../types.ts';
import { findDates, daysInMonth, monthNumber, nearestMonthEnd } from './dates.ts';
import { duration, fiscalPeriod, fiscalYearEndDate, instant, priorPeriod, type FiscalCalendar } from './fiscal-calendar.ts';

export type { FiscalCalendar } from './fiscal-calendar.ts';
export { priorPeriod, changePeriod } from './fiscal-calendar.ts';

export interface HeaderContext {
  calendar: FiscalCalendar;
  /** The day the sentence introducing the table says its spans end (spanEndOfIntro), for headers naming a span and no date. */
  spanEnd?: { iso: string; text: string } | null;
  /** release.yaml's fiscal year end, "MM-DD". */
  fiscalYearEnd: string;
  /** The table is a balance sheet: bare years name instants at the fiscal year end. */
  balanceSheet: boolean;
  /**
   * Months from the start of the fiscal year to the end of the release's own period (release.yaml's
   * fiscal_period: 6 for a second quarter, 12 for a year). A header that names a span by its year
   * alone ("YTD 2024", "Six Months 2010") ends there. Unknown: such a header is read without it.
   */
  intoYear?: number;
  /**
   * The fiscal year of the release's own period (release.yaml's fiscal_period). A header that names its year only as
   * "Current Year" or "Prior Year" beside a day ("CURRENT YEAR | Quarter ended June 30") is of that year or the one
   * before. Unknown: such a header is read without it.
   */
  fiscalYear?: number;
  /**
   * The release's own period is its whole fiscal year (release.yaml's fiscal_period `2024-fy`), as its headline says
   * ("Reports 2024 Financial Results"): a statement of flows dated by days alone covers that year. Unknown or false:
   * such a statement's span is left to its title.
   */
  wholeYear?: boolean;
}

export type ChangeBasis = 'yoy' | 'qoq';
/** A change column's figures: a ratio (growth in percent) or a difference (in money, points or basis points). */
export type ChangeMeasure = 'ratio' | 'difference';

export type HeaderPeriod =
  | {
      kind: 'period';
      period: Period;
      rest: string;
      /** The period was read from a year printed alone ("2024"), with no span or day of its own: a title may say which span of that year. */
      bareYear?: number;
      /** The period is the day printed alone ("May 28, 2026"), with no span or "as of": a title may say which span ends there. */
      dayAlone?: true;
    }
  | {
      kind: 'change';
      basis: ChangeBasis | null;
      measure: ChangeMeasure | null;
      rest: string;
      /** Both periods it compares, when the header names them ("2Q24 vs 2Q23"). */
      pair?: [Period, Period];
      /**
       * The pair is named by two dates alone ("Dec 31, 2021 % Change from Sep 30, 2021"): what each
       * date ends is the table's to say (the quarters its columns date so), not the date's own reading.
       */
      dated?: true;
      /** The period it compares with, when the header names only that one ("% Change vs. Q1 2010"). */
      against?: Period;
      /** Its sign says better or worse, not up or down ("Fav/(Unfav)"): a cost that rises is printed negative. */
      favourable?: true;
    }
  | {
      kind: 'share';
      rest: string;
      /** The period its own header dates ("Percentage of rent (%) Dec 31, 2023"), when it prints one; else the column before it gives it. */
      period?: Period;
      /** As a period's: the period was read from a year printed alone over the share ("2020 % of Net Sales"). */
      bareYear?: number;
    }
  | {
      kind: 'named';
      rest: string;
      /** Its header names a span with no date or year beside its own words ("For the three months ended Foreign Exchange Impact"): why it has no period. */
      spanWithoutDate?: true;
      /** That span's length, where its words give it ("Fourth Quarter Ended Americas": 3 months): a date its row prints ends it. */
      span?: { months: number; weeks?: number };
    }
  /** A period was meant but cannot be read; `message` says why, or null for the generic "expected a period". */
  | { kind: 'error'; message: string | null };

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, six: 6, nine: 9, twelve: 12, thirteen: 13, fourteen: 14,
  'twenty-six': 26, 'twenty six': 26, 'twenty-seven': 27, 'twenty seven': 27, 'thirty-nine': 39, 'thirty nine': 39,
  forty: 40, 'fifty-two': 52, 'fifty two': 52, 'fifty-three': 53, 'fifty three': 53,
};
const COUNT = String.raw`(\d{1,2}|one|two|three|four|six|nine|twelve|thirteen|fourteen|twenty[- ]six|twenty[- ]seven|thirty[- ]nine|forty|fifty[- ]two|fifty[- ]three)`;
const MONTHS_SPAN = new RegExp(String.raw`\b${COUNT}[\s-]+months?\b(?:\s+period)?`, 'i');
const WEEKS_SPAN = new RegExp(String.raw`\b${COUNT}[\s-]+weeks?\b`, 'i');
const YEAR_SPAN = /\b(?:(?:fiscal|financial|full|calendar)[\s-]+)?years?\b/i;
// "Fourth quarter ended December 31,": the ordinal is part of the span's words (its date says which quarter), not a
// name of the column within its period (Watts Water's "Fourth quarter ended" columns were named "fourth").
const QUARTER_SPAN = /\b(?:(?:first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+)?(?:fiscal\s+)?(?:quarters?|qtrs?)\b/i;
// "Two Quarters Ended June 28, 2026" (Krispy Kreme's 52/53-week halves): quarters counted are that many times three
// months; read as a quarter, the half's columns were Q2's, named "two".
const COUNTED_QUARTERS = /\b(one|two|three|four|[1-4])[\s-]+(?:fiscal[\s-]+)?quarters?\b/i;
const HALF_SPAN = /\b(?:half[\s-]*years?|half|semester|six[\s-]month)\b/i;
const ENDED = /\b(?:ended|ending|to|through|thru)\b/i;
// "Average Balance" is no balance at a day but an average over the span a title states (LPL's "Three Months Ended" over
// "June 30, 2026 | Average Balance | Revenue"): it leaves the day alone, to be read as that span's end.
const AS_OF = /\b(?:as\s+(?:of|at)|at|(?<!\baverage\s+)balance)\b/i;
/** Spans that cover the columns after them when a header is written once over several. */
const SPAN_PHRASE = new RegExp(
  [MONTHS_SPAN.source, WEEKS_SPAN.source, String.raw`\b(?:fiscal\s+|full\s+)?(?:years?|quarters?|half[\s-]*years?)\s+(?:ended|ending|to)\b`, String.raw`\bas\s+(?:of|at)\b`].join('|'),
  'i',
);

const ORDINAL: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 };
// Fiscal labels. Each captures its part (quarter/half number) and may carry its year.
const YEAR_TOKEN = String.raw`(?:(?:fiscal\s+year|fiscal|financial\s+year|fy|f)\s*'?\s*(\d{4}|\d{2})\b|'(\d{2})\b|\b(\d{4})\b)`;
const QUARTER_LABEL = /\bf?q([1-4])\b|\b([1-4])q(?=\b|\d|'|\s)|\b(first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(?:fiscal\s+)?(?:qtr|quarter)\b|\bf?q([1-4])(?=\d{2}\b|'|fy)|\b(?:quarter\s+|qtr\.?\s*)([1-4])\b/i;
/** The quarter a QUARTER_LABEL match names: "Q3", "3Q", "third quarter", "3rd Qtr", "Qtr 3" → 3. */
function quarterNumber(m: RegExpExecArray): number {
  return Number(m[1] ?? m[2] ?? m[4] ?? m[5] ?? ORDINAL[m[3]!.toLowerCase()]);
}
const HALF_LABEL = /\bh([12])\b|\b([12])h(?=\b|\d|'|\s)|\b(first|second|1st|2nd)[\s-]+half\b|\bh([12])(?=\d{2}\b|'|fy)/i;
// "9M24", "6M10", "9 months 2019", "Nine months 2019": a span of months named by its length.
const MONTHS_LABEL = /\b(3|6|9|12)\s*(?:m|mos|mths|months)(?=\b|\d|')|\b(three|six|nine|twelve)\s+months\b/i;
const YEAR_TO_DATE = /\b(?:f?ytd|(?:fiscal\s+)?year[\s-]+to[\s-]+date)(?=\b|\d|')/i;
// "The four quarters ended March 28, 2020" (Tupperware's debt covenant table, 1Q20) is trailing too: four quarters.
export const TRAILING = /\b(?:trailing|rolling|last)[\s-]+(?:(?:4|four)[\s-]+quarters?|(?:12|twelve)[\s-]+months?)\b|\b(?:ttm|ltm)\b|\b(?:4|four)[\s-]+(?:fiscal[\s-]+)?quarters(?=[\s-]+(?:ended|ending)\b)/i;
const FULL_LABEL = /\b(?:fy|f|fiscal(?:\s+year)?|financial\s+year|full[\s-]+year)\s*'?\s*(\d{4}|\d{2})\b/i;
const BARE_YEAR = /(?<![\d,.])(\d{4})(?![\d,.%])/;
const SHORT_YEAR = /(?<=[qh][1-4]|[1-4][qh]|\dm|ytd)\s*['\-/]?(\d{2})\b/i;

// "vs. Prior Year", "Change from Prior Quarter", "over year ago": a comparison with the period a year
// or a quarter before. "Prior Year" alone heads that year's own figures, and is no change.
const AGAINST = String.raw`(?:vs\.?|versus|from|over|compared\s+(?:to|with))\s+(?:the\s+)?`;
const CHANGE_YOY = new RegExp(
  String.raw`\b(?:yoy|y\/y|y-o-y|yr\/yr|year\/year|fy\/fy|f?ytd\/f?ytd|year[\s-]+over[\s-]+year|${AGAINST}(?:(?:prior|last|previous)[\s-]+(?:fiscal\s+)?year|year[\s-]+ago)|annual\s+change|(?:one|1)[\s-]+year\s+change)\b`,
  'i',
);
const CHANGE_QOQ = new RegExp(
  String.raw`\b(?:qoq|q\/q|q-o-q|qtr\/qtr|quarter\/quarter|quarter[\s-]+over[\s-]+quarter|sequential(?:ly)?|seq\b\.?|h\/h|hoh|${AGAINST}(?:prior|last|previous|preceding)[\s-]+quarter|(?:three|3)[\s-]+months?\s+change)\b`,
  'i',
);
// "Dec" is a decrease ("Inc (Dec)") only where no day is printed with it: "Dec 31", "Dec-31", "Dec. 31", "31-Dec" head
// the columns of that day (Precision Drilling's "Average for the quarter ended 2024" over "Mar. 31 … Dec. 31").
const CHANGE_WORD = /\b(?:changes?|chg\.?|chng|differences?|variance|variations?|var\.?|growth|increase|decrease|inc\.?|incr\.?|(?<!\d[\s-]?)dec\.?(?![\s.-]*\d)|decr\.?|better|worse|favou?rable|unfavou?rable|fav\.?|unfav\.?|movement|delta|b\/\(?w\)?|f\/\(?u\)?)(?=\W|$)/i;
/** A change printed as good or bad rather than up or down: "Fav/(Unfav)", "Favorable (Unfavorable)", "Better/(Worse)", "B/(W)". */
const FAVOURABLE = /\b(?:favou?rable|unfavou?rable|fav|unfav|better|worse|b\/\(?w\)?|f\/\(?u\)?)(?=\W|$)/i;
// "Dec 31, 2021 % Change from Sep 30, 2021" (Wells Fargo) names both periods as "vs." does: "from" right after the change word.
/**
 * "2Q24 vs 2Q23", "% Change from …", and a slash between spaces, Legrand's organic growth "2024 / 2023" and
 * "4th quarter 2024 / 4th quarter 2023" (not "Q/Q", "B/(W)" or a fiscal year's "2023/24": no space before it).
 */
const VERSUS = /^(.*?)\s*(?<![\w.])(?:vs\.?|versus|v\.|compared\s+(?:to|with)|(?<=\bchanges?\s+)from|(?<=\s)\/)\s+(.+)$/i;
/**
 * The change word alone between the two periods it compares, the later first: JPMorgan Chase's supplement heads its
 * change columns "2Q21 Change" over "1Q21", "2021 Change" over "2020", "Jun 30, 2021 Change" over "Mar 31, 2021".
 */
const CHANGE_BETWEEN = /^(.*?\S)\s+(?:changes?|chg\.?)\s+(?=\S)(.+)$/i;
const CHANGE_WORDS = new RegExp(CHANGE_WORD.source, 'gi');
/** A header's text with its change words and percent signs blanked: what is left names the periods or basis compared. */
export function withoutChangeWords(text: string): string {
  return text.replace(CHANGE_WORDS, ' ').replace(/%/g, ' ');
}
/** Words by which a sentence introduces what follows it. */
const INTRODUCES = /\b(?:as\s+follows|(?:is|are)\s+(?:summari[sz]ed|presented|shown)\s+(?:below|in\s+the\s+following))\b/i;
/** Two periods joined by a dash (not a hyphen, which joins a quarter to its year: "Q2-10"). */
const DASHED_PAIR = /^(.*?\S)\s*[–—]\s*(\S.*)$/;
/** A date and nothing else: "Dec 31, 2021", "September 30, 2021", "31 December 2021". */
const DATE_ONLY = /^(?:[a-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[a-z]{3,9}\.?,?\s+\d{4})$/i;
/** "% of Net Sales", "Percentage of revenue", "As a %", "Mix"; "% Net Revenues" (Hasbro), the "of" left out, not "% Sales growth". */
const SHARE = /%\s*of\b|\bpercent(?:age)?\s+of\b|\bas\s+a\s+%|\bmix\b|%(?=\s*(?:net\s+)?(?:revenues?|sales)\b(?!.*\b(?:growth|change|increase|decrease)\b))/i;

const MONTH_WORD = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
const GLUED_MONTH = new RegExp(String.raw`(?<=[a-z])(?=(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d)`, 'g');
/** "Oct-Dec 2024", "Jan–Dec": the months a column covers, named by its first and last. */
const MONTH_RANGE = new RegExp(String.raw`\b(${MONTH_WORD})\.?\s*[-–—]\s*(${MONTH_WORD})\.?(?=\s|$|,)`, 'i');

/**
 * Months named by their numbers, as Nordic releases head their columns: "10–12/2024" (October to December
 * 2024), "1–12 2024", "10˗12/2024" (a modifier-letter minus), and a span over two years, "10/2023–12/2024"
 * (a fifteen-month financial year). Each names its months and its last month's year, so its own dates.
 */
const DASH = String.raw`\s*[-–—‐‑‒―−˗]\s*`;
const MONTH_NUMBER = String.raw`(1[0-2]|0?[1-9])`;
const NUMBERED_MONTHS = new RegExp(String.raw`(?<![\d.,/])${MONTH_NUMBER}${DASH}${MONTH_NUMBER}\s*[/ ]\s*((?:19|20|21)\d{2})(?![\d.,%])`);
const NUMBERED_MONTHS_OF_YEARS = new RegExp(String.raw`(?<![\d.,/])${MONTH_NUMBER}\s*/\s*((?:19|20|21)\d{2})${DASH}${MONTH_NUMBER}\s*/\s*((?:19|20|21)\d{2})(?![\d.,%])`);

/** The span of months a header names by their numbers ("10–12/2024"), or null. */
function numberedMonths(text: string, ctx: HeaderContext, take: Take): Period | null {
  const across = NUMBERED_MONTHS_OF_YEARS.exec(text);
  const within = across ? null : NUMBERED_MONTHS.exec(text);
  const [first, firstYear, last, lastYear] = across
    ? [Number(across[1]), Number(across[2]), Number(across[3]), Number(across[4])]
    : within
      ? [Number(within[1]), Number(within[3]) - (Number(within[1]) > Number(within[2]) ? 1 : 0), Number(within[2]), Number(within[3])]
      : [0, 0, 0, 0];
  const months = (lastYear - firstYear) * 12 + last - first + 1;
  if (!first || months < 1 || months > 24) return null;
  take(across ?? within);
  return duration(`${lastYear}-${String(last).padStart(2, '0')}-${String(daysInMonth(lastYear, last)).padStart(2, '0')}`, months, ctx.calendar);
}

// "At or for the three months ended": a bank's heading over balances at the period's end and flows over it names the
// period, not a column within it ("or" is no dimension).
const NOISE = /\b(?:unaudited|audited|ended|ending|end|as|of|at|for|the|period|periods|to|and|in|on|from|through|thru|balance|(?<=\b(?:at|of)\s+)or(?=\s+for\b))\b|[(),.:;–—\-/*]+/gi;

/** Does this header text name a change ("% Change", "Variance", "Y/Y", "vs. prior year")? */
export function namesChange(text: string): boolean {
  // "Dec. 31 2024" is a date, not "Dec." for decrease.
  // Nor is "Pfizer Inc." an increase: a name's "Inc." after a capitalised word.
  const words = text.replace(new RegExp(String.raw`\b${MONTH_WORD}\b\.?`, 'gi'), ' ').replace(/\b[A-Z][\w&'’-]*\s+Inc\.(?=\s|$)/g, ' ');
  return CHANGE_WORD.test(words) || CHANGE_YOY.test(words) || CHANGE_QOQ.test(words);
}

/** Does this header text open a span over the columns after it ("Three Months Ended", "As of")? */
export function isSpanHeader(text: string): boolean {
  return SPAN_PHRASE.test(text);
}

/**
 * Reads one column's header text. `percent` says that the column's unit statement is "%"
 * (taken out of the text beforehand, as are currency and scale).
 */
export function parseHeaderPeriod(printed: string, ctx: HeaderContext, percent = false): HeaderPeriod | null {
  // "Q3’04": a typographer's apostrophe before a two-digit year is the plain one (Apple's 3Q FY2004 unit table).
  const raw = printed.replace(/[’‘]/g, "'");
  const reading = readHeaderText(raw, ctx, percent);
  // "For the three months ended | Foreign Exchange Impact" under a span whose other columns print their
  // dates: a column named by its own words, with no period, not an unreadable header.
  if (reading?.kind !== 'error') return reading;
  // A note's mark ("Proportionate Share Basis(2)") is no digit of a date.
  const text = raw.replace(/<\/?u>/gi, '').replace(/\s*\(\d{1,2}\)/g, ' ').replace(/\s+/g, ' ').trim();
  if (findDates(text).length > 0 || BARE_YEAR.test(text) || /\d/.test(text) || text.search(SPAN_WORDS) < 0) return reading;
  const plain = (t: string) => t.replace(SPAN_WORDS, ' ').replace(NOISE, ' ').replace(/\s+/g, ' ').trim();
  // "Fourth Quarter Ended Americas": the quarter's ordinal is the span's word, not the column's name (where the column
  // has a name besides: "Fourth Quarter Ended" alone keeps "Fourth" to tell it from its neighbours).
  const named = plain(text.replace(QUARTER_SPAN, ' '));
  const words = /[a-z]{3}/i.test(named) ? named : plain(text);
  if (!/[a-z]{3}/i.test(words)) return reading;
  const months = spanMonths(text, (m) => m);
  const span = months !== null && months !== 'unknown' ? { months: months.months, ...(months.weeks ? { weeks: months.weeks } : {}) } : null;
  return { kind: 'named', rest: words, spanWithoutDate: true, ...(span ? { span } : {}) };
}

/** The words of a span heading ("For the three months ended", "For the years ended"), less which a header's own words are left. */
const YEAR_THEN_MONTH = new RegExp(String.raw`\b((?:19|20)\d{2})((?:\s+(?:three|six|nine|twelve|\d{1,2})\s+months?)?)\s+(${MONTH_WORD})\b\.?(?:\s*(\d{1,2})\b)?(?![.,]?\s*,?\s*\d)`, 'gi');
/** "Sep-23", "Dec-22", "Sept'23": a month and a two-digit year joined by a hyphen or an apostrophe, as a spreadsheet prints them. */
const MONTH_SHORT_YEAR = new RegExp(String.raw`\b(${MONTH_WORD})\.?(?:-|\s?['’])(\d{2})\b(?![-/.,:]?\d)`, 'gi');

/**
 * "Sep-23" in a header, written as "Sep 2023": the month of that year, whose last day is the column's (Fosrich's
 * "Unaudited Sep-23 | Audited Dec-22 | Unaudited Sep-22": September 30, 2023, December 31, 2022, September 30, 2022).
 * The two digits are a year only near the release's own (five years before it to one after): "Jun-30" in a 2023
 * release is a day, and so is every such header where the release's year is unknown.
 */
function monthOfShortYear(whole: string, month: string, yy: string, ctx: HeaderContext): string {
  const year = 2000 + Number(yy);
  if (ctx.fiscalYear === undefined || year < ctx.fiscalYear - 5 || year > ctx.fiscalYear + 1) return whole;
  return `${month} ${year}`;
}

const SPAN_WORDS = new RegExp(
  [MONTHS_SPAN.source, WEEKS_SPAN.source, String.raw`\b(?:fiscal\s+|full\s+)?(?:years?|quarters?|half[\s-]*years?)\b`, String.raw`\b(?:three|six|nine|twelve)\s+months\b`].join('|'),
  'gi',
);

function readHeaderText(raw: string, ctx: HeaderContext, percent: boolean): HeaderPeriod | null {
  // Footnote marks on a header ("February 3, 2024 (1)", "2019*") refer to notes; they name nothing.
  // "(W)" after a slash is the second half of "B/(W)", not a mark.
  const text = raw
    .replace(/<\/?u>/gi, '')
    .replace(/[\u00a0\u2009\u202f]/g, ' ')
    .replace(/(?<!\/)\s*(?:\((?:\d{1,2}|[a-zA-Z])\)|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\*+|[†‡])(?=\s|$)/g, ' ')
    // "Three Months EndedDecember 31," as a page prints it when a line break is lost.
    .replace(GLUED_MONTH, ' ')
    // "Three MonthsEnded December 31," (Himax's cash flows): a span word glued to "Ended" the same way.
    .replace(/\b(months?|weeks?|years?|quarters?)(ended|ending)\b/gi, '$1 $2')
    // "2022 June", "2022 three months June" (Everything Fresh): a month printed after its year is that month of that year,
    // as "June 2022" is (its last day); with its day after it, that day ("Average for the quarter ended 2023" over "Sept. 30",
    // Precision Drilling's rig counts).
    .replace(YEAR_THEN_MONTH, (_, year: string, span: string, month: string, day?: string) => `${span} ${month}${day ? ` ${day},` : ''} ${year}`)
    // "Q42024", "Full Year2024" (BrainCool): a quarter or half glued to its year the same way.
    .replace(/\b([QH][1-4])((?:19|20|21)\d{2})\b/gi, '$1 $2')
    .replace(MONTH_SHORT_YEAR, (whole, month: string, yy: string) => monthOfShortYear(whole, month, yy, ctx))
    // "Audited Y/E 31-Dec-21": the year ended that day over flows (Consolidated Bakeries' cash flow, beside "YTD Ended
    // 30-Jun-22"), the year's end over a balance sheet.
    .replace(/\bY\/E\b/gi, ctx.balanceSheet ? 'As at' : 'Year ended')
    .replace(/\s+/g, ' ')
    .trim();
  if (text === '') return null;
  const used: [number, number][] = [];
  const take = (m: RegExpExecArray | null) => {
    if (m) used.push([m.index, m.index + m[0].length]);
    return m;
  };

  // "% of Net Sales" under "Thirteen Weeks Ended": the column is named by what it is a share of.
  const share = SHARE.exec(text);
  if (share) {
    // "Percentage of rent (%)" over "Dec 31, 2023 | Dec 31, 2024": each share column dates itself, and that
    // date is its period, not the period of a column before it. Only a date with its day: a year alone is
    // left to the columns around it.
    const after = text.slice(share.index + share[0].length);
    const own = readHeaderText(after, ctx, percent);
    if (own?.kind === 'period' && own.bareYear === undefined && own.period.kind !== 'change' && findDates(after).length === 1)
      return { kind: 'share', rest: own.rest, period: own.period };
    // "2020 % of Net Sales" (PC Connection, 1Q20: each share column under its own year, no amounts beside): the period
    // printed over the phrase is the column's, a year alone read as a period column's year alone is.
    const before = text.slice(0, share.index).trim();
    const lead = before && /\d/.test(before) ? readHeaderText(before, ctx, percent) : null;
    if (lead?.kind === 'period' && lead.rest === '' && lead.period.kind !== 'change')
      return { kind: 'share', rest: leftover(after, []), period: lead.period, ...(lead.bareYear !== undefined ? { bareYear: lead.bareYear } : {}) };
    return { kind: 'share', rest: leftover(after, []) };
  }
  const favourable = FAVOURABLE.test(text) ? { favourable: true as const } : {};
  // "2Q24 vs 2Q23", "% Change 2019 vs. 2018": a change that names both periods; "% Change vs.
  // Q1 2010", "vs. Q2 2009": one that names the period it compares with.
  const versus = VERSUS.exec(text) ?? CHANGE_BETWEEN.exec(text);
  if (versus) {
    const left = withoutChangeWords(versus[1]).trim();
    const current = left ? parseHeaderPeriod(left, ctx) : null;
    const right = withoutChangeWords(versus[2]).trim();
    const prior = parseHeaderPeriod(right, ctx);
    // A slash, or the change word alone, compares only a later period with an earlier one: "2024 / 2023", "2Q21 Change 1Q21".
    const joint = versus[0].slice(versus[1].length).trimStart();
    const slash = joint.startsWith('/') || /^(?:changes?|chg)\b/i.test(joint);
    const ordered = !slash || (current?.kind === 'period' && prior?.kind === 'period' && (current.period.end ?? '') > (prior.period.end ?? ''));
    if (current?.kind === 'period' && prior?.kind === 'period' && ordered) {
      // "Three Months Ended June 30, 2010 vs. 2009": the year alone names the same span of that year.
      const year = /^'?(\d{2}|\d{4})$/.exec(right);
      const same = year ? sameSpanOf(current.period, Number(year[1].length === 2 ? `20${year[1]}` : year[1]), ctx) : null;
      const bare = (side: string) => side.replace(/[%\s]*\b(?:changes?|chg\.?)\s*$/i, '').replace(/^\s*%?\s*\b(?:changes?|chg\.?)\b[\s%]*/i, '').trim();
      const dated = DATE_ONLY.test(bare(versus[1])) && DATE_ONLY.test(bare(versus[2])) ? { dated: true as const } : {};
      return { kind: 'change', basis: null, measure: measureOf(text, percent), rest: '', pair: [current.period, same ?? prior.period], ...dated, ...favourable };
    }
    // "GAAP | vs. 2021" (Intel's summary: "GAAP" spanning "2022 | 2021 | vs. 2021"): words naming no period before
    // "vs." qualify the change as they qualify the columns beside it; they compare nothing.
    if (prior?.kind === 'period' && prior.rest === '' && (!left || (!slash && /^(?:vs\b|versus\b|v\.|compared\b)/i.test(joint) && current?.kind !== 'period' && !hasPeriodWords(left)))) {
      return { kind: 'change', basis: null, measure: measureOf(text, percent), rest: left ? leftover(left, []) : '', against: prior.period, ...favourable };
    }
  }
  // "Change % Q4/24–Q4/23", "Change % 2024–2023" (Stora Enso): a change naming both periods, joined by a dash.
  const dashed = namesChange(text) ? DASHED_PAIR.exec(text) : null;
  if (dashed) {
    const side = (t: string) => parseHeaderPeriod(withoutChangeWords(t).trim(), ctx);
    const current = side(dashed[1]);
    const prior = side(dashed[2]);
    if (current?.kind === 'period' && prior?.kind === 'period' && current.rest === '' && prior.rest === '' && (current.period.end ?? '') > (prior.period.end ?? '')) {
      return { kind: 'change', basis: null, measure: measureOf(text, percent), rest: '', pair: [current.period, prior.period], ...favourable };
    }
  }
  const yoy = CHANGE_YOY.exec(text);
  const qoq = CHANGE_QOQ.exec(text);
  // A sentence that introduces the table ("The changes in medical claims liability are summarized as follows (in
  // millions):", set over Centene's one column of its roll-forward, 2Q26) names what the table shows, not a change.
  const changeWord = INTRODUCES.test(text) ? null : CHANGE_WORD.exec(text);
  if (yoy || qoq || (changeWord && !hasPeriodWords(text))) {
    const basis: ChangeBasis | null = yoy ? 'yoy' : qoq ? 'qoq' : null;
    return { kind: 'change', basis, measure: measureOf(text, percent), rest: '', ...favourable };
  }

  // "Trailing 4-quarters Q4 2024", "TTM December 31, 2024", "Last twelve months ended …": twelve months
  // ending where the rest of the header says, never the quarter it names.
  const trailing = TRAILING.exec(text);
  if (trailing) {
    const end = parseHeaderPeriod(`${text.slice(0, trailing.index)} ${text.slice(trailing.index + trailing[0].length)}`.replace(/\b(?:ended|ending)\b/gi, ' ').trim(), ctx);
    if (end?.kind === 'period' && end.period.end && end.bareYear === undefined) {
      return { kind: 'period', period: duration(end.period.end, 12, ctx.calendar), rest: end.rest };
    }
    return { kind: 'error', message: `'${text}' names trailing twelve months but not when they end` };
  }

  const numbered = numberedMonths(text, ctx, take);
  if (numbered) return { kind: 'period', period: numbered, rest: leftover(text, used) };

  const dates = findDates(text, { yearEndMonth: ctx.calendar.yearEndMonth, numericOrder: ctx.calendar.numericOrder });
  const relative = dates.length === 0 ? dayOfRelativeYear(text, ctx) : null;
  if (relative) return readHeaderText(relative, ctx, percent);
  const bad = dates.find((d) => d.problem);
  if (bad) return { kind: 'error', message: `'${bad.text}' is not a date: ${bad.problem}` };
  if (dates.length > 1) return { kind: 'error', message: `one column names ${dates.length} dates (${dates.map((d) => `'${d.text}'`).join(', ')}); expected one` };
  for (const d of dates) used.push([d.index, d.index + d.length]);
  const date = dates[0]?.iso ?? null;

  // "Year to date June 30, 2022": the fiscal year's months to that day, never a year.
  const toDate = date ? take(YEAR_TO_DATE.exec(text)) : null;
  if (date && toDate) {
    const end = nearestMonthEnd(date);
    const into = ((Number(end.slice(5, 7)) - ctx.calendar.yearEndMonth + 12) % 12) || 12;
    return { kind: 'period', period: duration(date, into, ctx.calendar), rest: leftover(text, used) };
  }
  const months = spanMonths(text, take);
  if (date) {
    if (months === null) {
      // "3rd Qtr. | May 28, 2026", "Third Quarter | May 28, 2026": the quarter that ends that day, where the
      // calendar makes it that quarter (Micron's statement of operations); otherwise the day, as printed.
      // Only the quarter and the day: "End Q3 | Dec 31, 2022" (FESCO's fuel prices) is a price at that day.
      const quarter = QUARTER_LABEL.exec(text);
      const n = quarter ? quarterNumber(quarter) : 0;
      const ended = n ? duration(date, 3, ctx.calendar) : null;
      const words = quarter ? text.replace(quarter[0], ' ').replace(dates[0]!.text, ' ').replace(/\b(?:ended|ending)\b/gi, ' ') : '';
      if (ended && ended.id.endsWith(`-q${n}`) && !/[a-z]{2,}/i.test(words)) {
        take(quarter);
        return { kind: 'period', period: ended, rest: leftover(text, used) };
      }
      const asOf = take(AS_OF.exec(text));
      return { kind: 'period', period: instant(date), rest: leftover(text, used), ...(asOf ? {} : { dayAlone: true as const }) };
    }
    if (months === 'unknown') return { kind: 'error', message: `'${text}' names an end date but not how long the period is (expected e.g. 'Three Months Ended')` };
    const period = duration(date, months.months, ctx.calendar, months.weeks);
    takeAgreeing(text, period, months.months, ctx, take);
    return { kind: 'period', period, rest: leftover(text, used) };
  }

  const fiscal = fiscalLabel(text, ctx, take);
  if (fiscal) return fiscal.kind === 'error' ? fiscal : { kind: 'period', period: fiscal.period, rest: leftover(text, used) };

  const year = take(BARE_YEAR.exec(text));
  if (year) {
    const y = Number(year[1]);
    if (y < 1900 || y > 2199) return { kind: 'error', message: `'${year[1]}' is not a year of a financial period` };
    const asOf = take(AS_OF.exec(text));
    if (months && months !== 'unknown' && months.months !== 12) {
      // "Thirteen Weeks 2010": the quarter of that year the release reports.
      const quarter = months.months === 3 ? releaseQuarter(y, ctx) : null;
      if (quarter) return { kind: 'period', period: quarter, rest: leftover(text, used) };
      return { kind: 'error', message: `'${text}' names a ${months.months}-month period by its year alone; expected its end date` };
    }
    const period = (asOf || (ctx.balanceSheet && !months))
      ? instant(fiscalYearEndDate(y, ctx.calendar, ctx.fiscalYearEnd))
      : fiscalPeriod(y, 12, 12, ctx.calendar);
    return { kind: 'period', period, rest: leftover(text, used), ...(!asOf && !months ? { bareYear: y } : {}) };
  }
  // Period words that did not make a period ("As of Today", "Quarter Ended") are an error, not a name.
  if (isSpanHeader(text) || /\b(?:ended|ending|as\s+(?:of|at))\b/i.test(text)) return { kind: 'error', message: null };
  return { kind: 'named', rest: leftover(text, used) };
}

/** "Full-year", "Full Year", "Fiscal Year", "Annual": words naming a twelve-month period, with no year of their own. */
const FULL_YEAR_WORDS = /\b(?:full[\s-]*year|fiscal[\s-]+year|annual)\b/i;

/**
 * Words of a dated span's header that name that same span again: "1st Quarter" over "3 months Ended March 2023" (JFP's
 * statements), "Full-year" over "12 months Ended December 2022". They are taken with the period, not left to name a
 * column within it (a "1st-quarter" column of Q1 2023 beside no other). Only where they agree: a quarter's number with
 * the three months that are that quarter, a year's words with the fiscal year. (A quarter's number before a year to date,
 * FESCO's "3rd Quarter YTD ended 31-Dec-22", is left as a name: its tables' headings do not sit over their figures.)
 */
function takeAgreeing(text: string, period: Period, months: number, ctx: HeaderContext, take: Take): void {
  const quarter = QUARTER_LABEL.exec(text);
  if (quarter && months === 3 && period.end && duration(period.end, 3, ctx.calendar).id === period.id && period.id.endsWith(`-q${quarterNumber(quarter)}`)) take(quarter);
  if (months === 12 && period.id.endsWith('-fy')) take(FULL_YEAR_WORDS.exec(text));
}

function hasPeriodWords(text: string): boolean {
  // A quarter named without its year ("Fourth-Quarter % Change") heads a change, not a period.
  const quarterOfYear = QUARTER_LABEL.test(text) && (new RegExp(YEAR_TOKEN, 'i').test(text) || SHORT_YEAR.test(text));
  return findDates(text).length > 0 || BARE_YEAR.test(text) || quarterOfYear || FULL_LABEL.test(text);
}

function measureOf(text: string, percent: boolean): ChangeMeasure | null {
  if (/\b(?:bps|bp|basis\s+points?|pts|ppts?|pp|points?)\b/i.test(text)) return 'difference';
  if (percent || /%|\bpercent|\bgrowth\b/i.test(text)) return 'ratio';
  // "Difference +/- Q3 December 2022 vs Q3 December 2021" (FESCO's highlights): the amount between them.
  if (/\$|\bamount\b|\bdollars?\b|\bdifferences?\b/i.test(text)) return 'difference';
  return null;
}

type Take = (m: RegExpExecArray | null) => RegExpExecArray | null;

/** The span a header states: its length in months (and weeks, when printed), 'unknown' for "ended" alone, null for none. */
function spanMonths(text: string, take: Take): { months: number; weeks?: number; quarterWord?: true } | 'unknown' | null {
  const range = take(MONTH_RANGE.exec(text));
  const weeks = take(WEEKS_SPAN.exec(text));
  if (weeks) {
    const w = count(weeks[1]);
    take(ENDED.exec(text));
    return { months: Math.max(1, Math.round(w / 13) * 3), weeks: w };
  }
  const months = take(MONTHS_SPAN.exec(text));
  if (months) {
    take(ENDED.exec(text));
    return { months: count(months[1]) };
  }
  const half = HALF_SPAN.exec(text);
  if (half && ENDED.test(text)) {
    take(half);
    take(ENDED.exec(text));
    return { months: 6 };
  }
  const counted = COUNTED_QUARTERS.exec(text);
  if (counted && ENDED.test(text)) {
    take(counted);
    take(ENDED.exec(text));
    return { months: 3 * count(counted[1]!) };
  }
  const quarter = QUARTER_SPAN.exec(text);
  if (quarter && ENDED.test(text)) {
    take(quarter);
    take(ENDED.exec(text));
    return { months: 3, quarterWord: true };
  }
  const year = YEAR_SPAN.exec(text);
  if (year && (ENDED.test(text) || /years\b/i.test(year[0]) || /fiscal|financial|full/i.test(year[0]))) {
    take(year);
    take(ENDED.exec(text));
    return { months: 12 };
  }
  if (range) return { months: ((monthNumber(range[2]) - monthNumber(range[1]) + 12) % 12) + 1 };
  if (/\b(?:period\s+)?(?:ended|ending)\b/i.test(text)) return 'unknown';
  return null;
}

function count(word: string): number {
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  return /^\d+$/.test(w) ? Number(w) : NUMBER_WORDS[w] ?? NUMBER_WORDS[w.replace(' ', '-')];
}

/**
 * The quarter a header names for its column, where it names more than one: the last printed with its year right after
 * it, the column's own line being the lowest (Valaris' "First Quarter" over every column, then "Q1 2020 | Q4 2019 | Chg"
 * under each segment: its Q4 2019 is the fourth quarter of 2019, not the first; eBay's title "Second Quarter 2023
 * Financial Highlights" read into each header over "Second Quarter" / "2022"). The quarters printed above it (with their
 * years) are the spanner's and name no column: taken with it, so "Jackups" is the segment of both periods. Where several
 * print their years and the last is not the header's end (a title's "4Q 2024 4Q 2023" over groups of columns, whose
 * places only the layout tells), or no quarter prints one: read as before, the first, unless two quarters differ and a
 * year follows, the nearest before it.
 */
function columnQuarter(text: string): { own: RegExpExecArray; year?: RegExpExecArray; above: RegExpExecArray[] } | null {
  const first = QUARTER_LABEL.exec(text);
  if (!first) return null;
  const all = [...text.matchAll(new RegExp(QUARTER_LABEL.source, 'gi'))] as RegExpExecArray[];
  if (all.length < 2) return { own: first, above: [] };
  const yearAfter = (m: RegExpExecArray): RegExpExecArray | null => {
    const y = /^[\s,]*((?:fiscal\s+)?(?:19|20)\d{2})\b/i.exec(text.slice(m.index + m[0].length));
    if (!y) return null;
    return Object.assign([y[1]!], { index: m.index + m[0].length + y[0].length - y[1]!.length, input: text }) as unknown as RegExpExecArray;
  };
  const before = (own: RegExpExecArray) => all.filter((m) => m.index < own.index).flatMap((m) => [m, ...(yearAfter(m) ? [yearAfter(m)!] : [])]);
  const paired = all.filter((m) => yearAfter(m) !== null);
  if (paired.length > 0) {
    const own = paired.at(-1)!;
    const year = yearAfter(own)!;
    // Quarters listed one after another ("4Q 2024   4Q 2023", a title over groups of columns): only the layout tells
    // whose each is. So too where the last is not the header's end.
    const listed = paired.slice(1).some((m, i) => {
      const y = yearAfter(paired[i]!)!;
      return /^[\s,;&|/-]*(?:and|vs\.?|versus)?[\s,;&|/-]*$/i.test(text.slice(y.index + y[0].length, m.index));
    });
    if (paired.length > 1 && (listed || text.slice(year.index + year[0].length).trim() !== '')) return { own: first, above: [] };
    return { own, year, above: before(own) };
  }
  const year = new RegExp(YEAR_TOKEN, 'i').exec(text) ?? SHORT_YEAR.exec(text);
  if (!year || new Set(all.map(quarterNumber)).size < 2) return { own: first, above: [] };
  const own = all.filter((m) => m.index + m[0].length <= year.index).at(-1) ?? first;
  return { own, above: before(own) };
}

/** Fiscal wording: a quarter, a half, nine months or a fiscal year, with the year it belongs to. */
function fiscalLabel(text: string, ctx: HeaderContext, take: Take): { kind: 'period'; period: Period } | { kind: 'error'; message: string } | null {
  const year = (): number | null => {
    const fy = new RegExp(YEAR_TOKEN, 'i').exec(text) ?? SHORT_YEAR.exec(text);
    if (!fy) return null;
    take(fy);
    const digits = fy[1] ?? fy[2] ?? fy[3];
    return digits.length === 2 ? 2000 + Number(digits) : Number(digits);
  };
  // "YTD 2024", "Year to Date 2024": the fiscal year's months to the end of the release's period.
  // "YTD Q2 2010": the fiscal year to the end of the quarter it names.
  const ytd = YEAR_TO_DATE.exec(text);
  const ytdQuarter = ytd ? QUARTER_LABEL.exec(text) : null;
  const into = ytdQuarter ? 3 * quarterNumber(ytdQuarter) : ctx.intoYear;
  if (ytd && into) {
    take(ytd);
    take(ytdQuarter);
    const y = year();
    if (y !== null) return { kind: 'period', period: fiscalPeriod(y, into, into, ctx.calendar) };
  }
  const quarters = columnQuarter(text);
  if (quarters) {
    const q = quarters.own;
    take(q);
    for (const above of quarters.above) take(above);
    const n = quarterNumber(q);
    const own = quarters.year ? take(quarters.year) : null;
    const y = own ? Number(own[0].replace(/\D/g, '')) : year();
    if (y === null) return { kind: 'error', message: `'${text}' names quarter ${n} but not its year` };
    return { kind: 'period', period: fiscalPeriod(y, 3, 3 * n, ctx.calendar) };
  }
  const h = HALF_LABEL.exec(text);
  if (h) {
    take(h);
    const n = Number(h[1] ?? h[2] ?? h[4] ?? ORDINAL[h[3].toLowerCase()]);
    const y = year();
    if (y === null) return { kind: 'error', message: `'${text}' names half ${n} but not its year` };
    return { kind: 'period', period: fiscalPeriod(y, 6, 6 * n, ctx.calendar) };
  }
  const span = MONTHS_LABEL.exec(text);
  if (span) {
    take(span);
    const n = span[1] ? Number(span[1]) : count(span[2]);
    const y = year();
    if (y === null) return { kind: 'error', message: `'${text}' names ${n} months but not their year` };
    if (n !== 3) return { kind: 'period', period: fiscalPeriod(y, n, n, ctx.calendar) };
    const quarter = releaseQuarter(y, ctx);
    if (!quarter) return { kind: 'error', message: `'${text}' names three months of ${y} but not which quarter` };
    return { kind: 'period', period: quarter };
  }
  const full = take(FULL_LABEL.exec(text));
  if (full) {
    const digits = full[1];
    return { kind: 'period', period: fiscalPeriod(digits.length === 2 ? 2000 + Number(digits) : Number(digits), 12, 12, ctx.calendar) };
  }
  return null;
}

/** The span of `period` in fiscal year `year` ("2009" after "Three Months Ended June 30, 2010 vs."), or null. */
function sameSpanOf(period: Period, year: number, ctx: HeaderContext): Period | null {
  // A balance sheet's "June 30, 2010 vs. 2009": the same day of that year.
  if (period.kind === 'instant') return period.id.endsWith('-02-29') ? null : instant(`${year}${period.id.slice(4)}`);
  let p: Period | null = period;
  for (let k = 0; p && k < 20; k++) {
    if (p.id.startsWith(`${year}-`)) return p;
    p = priorPeriod(p, 'yoy', ctx.calendar);
  }
  return null;
}

/**
 * Three months printed with a year alone ("Three Months 2010", "3M10"): the quarter of that
 * fiscal year that ends where the release's own period ends. Longer spans so printed ("Six
 * Months 2010", "9M24") run from the start of the fiscal year, as "9M" always has. Null when
 * the release's period is unknown.
 */
function releaseQuarter(year: number, ctx: HeaderContext): Period | null {
  return ctx.intoYear ? fiscalPeriod(year, 3, ctx.intoYear, ctx.calendar) : null;
}

/** "Current year", "prior year": the release's own fiscal year or the one before, named instead of printed. */
const RELATIVE_YEAR = /\b(?:(current|this)|prior|previous|preceding|last)\s+(?:fiscal\s+|financial\s+)?year\b/i;

/**
 * A header that names its year as the release's own or the one before and its day without a year ("CURRENT YEAR
 * Quarter ended June 30", "PRIOR YEAR Year to date June 30": NCB's statement of income, a spanning heading over each
 * year's columns), written with the year it names: the day of that fiscal year ("Quarter ended June 30, 2022"). Null
 * where the header prints a year, names no such year or no one day, or the release's own fiscal year is unknown.
 */
function dayOfRelativeYear(text: string, ctx: HeaderContext): string | null {
  const relative = RELATIVE_YEAR.exec(text);
  if (!relative || ctx.fiscalYear === undefined || BARE_YEAR.test(text)) return null;
  const rest = `${text.slice(0, relative.index)} ${text.slice(relative.index + relative[0].length)}`.replace(/\s+/g, ' ').trim();
  const days = [...rest.matchAll(DAY_WITHOUT_YEAR)];
  if (days.length !== 1) return null;
  const month = monthNumber(days[0][1]);
  const day = Number(days[0][2]);
  if (!(month > 0 && day >= 1 && day <= daysInMonth(2000, month))) return null;
  const end = fiscalYearEndDate(ctx.fiscalYear - (relative[1] ? 0 : 1), ctx.calendar, ctx.fiscalYearEnd);
  const mmdd = `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const year = Number(end.slice(0, 4)) - (mmdd > end.slice(5) ? 1 : 0);
  if (!validIso(`${year}-${mmdd}`)) return null;
  const at = days[0].index! + days[0][0].length;
  return `${rest.slice(0, at)}, ${year}${rest.slice(at)}`;
}

/** The words of a header that name no period, span or unit: the column's name within its period. */
function leftover(text: string, used: [number, number][]): string {
  let out = '';
  let last = 0;
  for (const [a, b] of [...used].sort((x, y) => x[0] - y[0])) {
    if (a < last) {
      last = Math.max(last, b);
      continue;
    }
    out += `${text.slice(last, a)} `;
    last = b;
  }
  out += text.slice(last);
  return out.replace(NOISE, ' ').replace(/\s+/g, ' ').trim();
}

/** What a table's title says of the period of columns that print their year alone. */
export interface TitleSpan {
  /** The span it names ("Three months ended", "For the 13 weeks ended"), in months; null for none. */
  months: number | null;
  weeks?: number;
  /** Full dates it prints ("December 29, 2024 and December 31, 2023"), ISO. */
  dates: string[];
  /** Days it prints without a year ("December 31,"), "MM-DD". */
  days: string[];
  /** "As at December 31": the columns are instants. */
  asOf: boolean;
  /** The fiscal quarter a title names by its ordinal, with no span ("FIRST-QUARTER 2022 and 2021"): each year's column is that quarter. */
  quarter?: number;
  /** The fiscal quarter a title's year to date runs to ("Q2 YTD"): each year's column is the year's months to its end. */
  toQuarter?: number;
  /** The span is named as a quarter ("Third Quarter Ended September 30, 2023"), not counted in months or weeks. */
  quarterWord?: true;
}

/** A quarter named by its ordinal in a title: "First-Quarter", "second quarter", "Q3", "4Q". */
const ORDINAL_QUARTER = /\b(?:(first|second|third|fourth)[\s-]+quarter|q([1-4])|([1-4])q)\b/i;
const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4 };

const DAY_WITHOUT_YEAR = new RegExp(String.raw`\b(${MONTH_WORD})\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!\s*,?\s*\d)`, 'gi');

/**
 * A heading offset by a row: the first row under the header printing a day with no year and nothing else
 * ("MARCH 31," under "2020 | 2019 | % Change", Aflac's balance sheet), the day each bare year's column stands
 * at. Returned as the title's words "as of MARCH 31"; null for any other row.
 */
export function dayUnderHeader(label: string): string | null {
  const m = new RegExp(String.raw`^(?:as\s+(?:of|at)\s+)?((?:${MONTH_WORD})\.?\s+\d{1,2})(?:st|nd|rd|th)?\s*[,:]?$`, 'i').exec(label.trim());
  return m ? `as of ${m[1]}` : null;
}

/**
 * The day a sentence introducing a table dates it at ("The following table details Timberland's commercial real
 * estate mortgage loan portfolio by collateral type at March 31, 2020:"), as title words "as of March 31, 2020";
 * null unless the sentence ends in a colon and names one day, and that day with "at", "as of" or "as at".
 */
export function dayOfIntro(sentence: string): string | null {
  const text = sentence.trim();
  if (!text.endsWith(':') || findDates(text).length !== 1) return null;
  const m = new RegExp(String.raw`\b(?:at|as\s+(?:of|at))\s+((?:${MONTH_WORD})\.?\s+\d{1,2},?\s+\d{4})\s*:$`, 'i').exec(text);
  return m ? `as of ${m[1]}` : null;
}

/**
 * The day a sentence introducing a table says its spans end ("The following table reconciles net income … for the three
 * months and year ended December 31, 2024:"), ISO and as printed; null unless it ends in a colon and names one day, after
 * "ended". Read only for columns whose headers name a span and no date ("Three Months | Year Ended").
 */
export function spanEndOfIntro(sentence: string): { iso: string; text: string } | null {
  const text = sentence.trim();
  const dates = findDates(text).filter((d) => d.iso !== null);
  if (!text.endsWith(':') || dates.length !== 1) return null;
  const m = new RegExp(String.raw`\bended\s+((?:${MONTH_WORD})\.?\s+\d{1,2},?\s+\d{4})\s*:$`, 'i').exec(text);
  return m ? { iso: dates[0]!.iso!, text: m[1]! } : null;
}

/**
 * The span and days a table's title states ("SUMMARY OF FINANCIAL PERFORMANCE Three months ended
 * December 31,", "For the 13 weeks ended December 29, 2024 and December 31, 2023", "Statement of
 * Financial Position As at December 31"), or null when it states neither a span nor "as at".
 */
export function titleSpan(title: string, ctx: HeaderContext): TitleSpan | null {
  const text = title.replace(GLUED_MONTH, ' ').replace(/\s+/g, ' ').trim();
  if (text === '') return null;
  const span = spanMonths(text, (m) => m);
  const asOf = /\bas\s+(?:of|at)\b/i.test(text);
  const months = span && span !== 'unknown' ? span : null;
  // "PFIZER INC. - REVENUES FIRST-QUARTER 2022 and 2021" over "2022 | 2021": each year's first quarter, never the year.
  // Only where the title names one quarter and no span of its own: "Fourth Quarter and Full Year" says neither alone.
  if (!months && !asOf && span !== 'unknown') {
    const quarters = [...text.matchAll(new RegExp(ORDINAL_QUARTER.source, 'gi'))].map((m) => (m[1] ? ORDINALS[m[1].toLowerCase()] : Number(m[2] ?? m[3])));
    const ordinals = new Set([...text.matchAll(/\b(first|second|third|fourth)\b/gi)].map((m) => m[1].toLowerCase()));
    // "Q2 YTD - Income Before Tax by Segment" over "2023 | 2022" (J&J, 2Q23): each year's months to that quarter's end,
    // never the year; one quarter named, and no other span.
    if (quarters.length > 0 && quarters.every((q) => q === quarters[0]) && ordinals.size <= 1 && YEAR_TO_DATE.test(text) && !/\b(?:years?(?![\s-]+to[\s-]+date)|annual|twelve|months?|weeks?|half)\b/i.test(text)) {
      return { months: 3 * quarters[0]!, dates: [], days: [], asOf: false, toQuarter: quarters[0] };
    }
    if (quarters.length > 0 && quarters.every((q) => q === quarters[0]) && ordinals.size <= 1 && !/\b(?:years?|annual|twelve|months?|weeks?|half|year[\s-]to[\s-]date|ytd)\b/i.test(text)) {
      return { months: 3, dates: [], days: [], asOf: false, quarter: quarters[0] };
    }
  }
  if (!months && !asOf) return null;
  // "Fourth-Quarter and Full-Year 2021 and 2020": a quarter and a year named together; the columns must say which.
  if (months && months.months === 12 && !ENDED.test(text) && ORDINAL_QUARTER.test(text)) return null;
  const found = findDates(text, { yearEndMonth: ctx.calendar.yearEndMonth, numericOrder: ctx.calendar.numericOrder });
  const dates = found.filter((d) => d.iso && !d.problem).map((d) => d.iso!);
  const days: string[] = [];
  for (const m of text.matchAll(DAY_WITHOUT_YEAR)) {
    const month = monthNumber(m[1]);
    const day = Number(m[2]);
    if (month > 0 && day >= 1 && day <= daysInMonth(2000, month)) days.push(`${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
  }
  return { months: months ? months.months : null, ...(months && months.weeks ? { weeks: months.weeks } : {}), ...(months && months.quarterWord ? { quarterWord: true as const } : {}), dates, days, asOf: asOf && !months };
}

/**
 * The period of a column that prints its year alone, under a title that states the span
 * ("Three months ended December 31," over "2024"): that span ending on the title's day of that
 * year (a title's full date of that fiscal year first). Null when the title does not say.
 */
export function periodInTitle(year: number, span: TitleSpan, ctx: HeaderContext): Period | null {
  if (span.asOf) {
    const date = span.dates.find((d) => d.startsWith(`${year}-`)) ?? (span.days[0] ? `${year}-${span.days[0]}` : null);
    return date && validIso(date) ? instant(date) : null;
  }
  if (span.months === null) return null;
  if (span.quarter) return fiscalPeriod(year, 3, 3 * span.quarter, ctx.calendar);
  if (span.toQuarter) return fiscalPeriod(year, 3 * span.toQuarter, 3 * span.toQuarter, ctx.calendar);
  const months = span.months;
  const ofYear = span.dates.map((d) => duration(d, months, ctx.calendar, span.weeks)).find((p) => p.id.startsWith(`${year}-`));
  if (ofYear) return ofYear;
  const day = span.dates.find((d) => d.startsWith(`${year}-`)) ?? (span.days[0] ? `${year}-${span.days[0]}` : null);
  if (day && validIso(day)) return duration(day, months, ctx.calendar, span.weeks);
  if (months === 12) return fiscalPeriod(year, 12, 12, ctx.calendar);
  if (months === 3) return releaseQuarter(year, ctx);
  return months === 6 || months === 9 ? fiscalPeriod(year, months, months, ctx.calendar) : null;
}

/**
 * The period of a column that prints a day alone under a title that states the span ("Nine Months Ended" over "May 28,
 * 2026"): that span ending on the day, where the title's span can end there. A title's dates or days, where it prints
 * any, must name the day (in any year, as the comparative's); three months end at a fiscal quarter's end, six and nine months only as
 * far into the fiscal year as they are long (the year to date), twelve months on any day. Null where the title does not cover the day.
 */
export function spanEndingOn(day: string, span: TitleSpan, ctx: HeaderContext): Period | null {
  // A quarter the title names ("Consolidated Statement of Cash Flow Third Quarter Ended September 30, 2023", Edufocal's)
  // is the report's, and a statement of flows under it may run from the year's start (its figures are nine months'):
  // only a span counted in months or weeks, or a year, says what the days' columns cover.
  if (span.asOf || span.quarter || span.quarterWord) return null;
  // The title's day in any year ("SIX MONTHS ENDED 30 JUNE 2022" over "June 2022 | June 2021"), a 52/53-week year's
  // day near it too: the same span of the year before is the comparative's.
  const monthEnd = (iso: string) => nearestMonthEnd(iso).slice(5);
  const ends = [...span.dates.map(monthEnd), ...span.days.map((d) => monthEnd(`2001-${d === '02-29' ? '02-28' : d}`))];
  if (ends.length > 0 && !ends.includes(monthEnd(day))) return null;
  if (span.months === null) return null;
  const period = duration(day, span.months, ctx.calendar, span.weeks);
  const covers =
    span.months === 12 ||
    (span.months === 3 ? /-q[1-4]$/.test(period.id) : span.months === 6 ? period.id.endsWith('-h1') : span.months === 9 ? period.id.endsWith('-9m') : !period.id.includes('-to-'));
  return covers ? period : null;
}

function validIso(date: string): boolean {
  const [y, m, d] = date.split('-').map(Number);
  return d <= daysInMonth(y, m);
}
