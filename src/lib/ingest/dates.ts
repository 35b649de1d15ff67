/**
 * Dates as releases print them, named after the Inline XBRL transformation registry's forms:
 * `datemonthdayyearen` ("June 30, 2010", "Sept. 30 2019"), `datedaymonthyearen` ("30 June 2019",
 * "31-Dec-2024"), `datedaymonthyear` / `datemonthdayyear` ("30/9/2019", "9/30/2019", "06/30/21") and ISO
 * ("2019-09-30"). A date that cannot exist ("June 31, 2010", "February 29, 2019", year 20100) is
 * found and reported, never read as another date.
 */

export const MONTH_NAMES = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
] as const;

/** Month names and their printed abbreviations ("Sept.", "Dec"). */
const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const YEAR = String.raw`(\d{4,})`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;

interface Form {
  name: string;
  pattern: RegExp;
  read: (m: RegExpExecArray) => { y: string; m: string | number; d: string } | { y: string; a: string; b: string };
}

const FORMS: Form[] = [
  { name: 'datemonthdayyearen', pattern: new RegExp(String.raw`\b${MONTH}\s*${DAY},?\s*${YEAR}\b`, 'gi'), read: (m) => ({ y: m[3], m: m[1], d: m[2] }) },
  { name: 'datedaymonthyearen', pattern: new RegExp(String.raw`\b${DAY}[\s-]*${MONTH}[\s,-]*${YEAR}\b`, 'gi'), read: (m) => ({ y: m[3], m: m[2], d: m[1] }) },
  { name: 'dateyearmonthday', pattern: /\b(\d{4})-(\d{2})-(\d{2})\b/g, read: (m) => ({ y: m[1], m: Number(m[2]), d: m[3] }) },
  { name: 'datenumeric', pattern: /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4,})\b/g, read: (m) => ({ y: m[3], a: m[1], b: m[2] }) },
  // "06/30/21", "3/31/21" (PNC's "06/30/21 vs 03/31/21"): a two-digit year, slashes only; 70–99 are the 1900s.
  { name: 'datenumericshortyear', pattern: /(?<![\d/.])(\d{1,2})\/(\d{1,2})\/(\d{2})(?![\d/.%])/g, read: (m) => ({ y: `${Number(m[3]) >= 70 ? 19 : 20}${m[3]}`, a: m[1], b: m[2] }) },
  // "Dec 2024", "June 2019": the month's last day.
  { name: 'datemonthyearen', pattern: new RegExp(String.raw`\b${MONTH}[\s,-]*${YEAR}\b`, 'gi'), read: (m) => ({ y: m[2], m: m[1], d: 'last' }) },
];

/** A date found in text: where it is, and the ISO date or why it cannot be one. */
export interface FoundDate {
  index: number;
  length: number;
  text: string;
  /** ISO date, or null when the printed date is impossible or ambiguous (see `problem`). */
  iso: string | null;
  problem: string | null;
}

/** Options for reading numeric dates whose order is not certain ("5/1/2022"). */
export interface DateContext {
  /** Month (1–12) in which the fiscal year ends: an ambiguous numeric date is read as the one near a fiscal quarter end. */
  yearEndMonth?: number;
  /** The order the release's own unambiguous numeric dates establish (FiscalCalendar.numericOrder). */
  numericOrder?: 'month-first' | 'day-first';
}

/**
 * The order a text's numeric dates are printed in, where some date can be read one way only ("6/17/2023": no month 17)
 * and none the other way; null where none settles it or they disagree.
 */
export function numericDateOrder(text: string): 'month-first' | 'day-first' | null {
  let monthFirst = false;
  let dayFirst = false;
  for (const m of text.matchAll(/\b(\d{1,2})\/(\d{1,2})\/((?:19|20)\d\d)\b/g)) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (a > 12 && b <= 12) dayFirst = true;
    if (b > 12 && a <= 12) monthFirst = true;
  }
  return monthFirst === dayFirst ? null : monthFirst ? 'month-first' : 'day-first';
}

/** Every date printed in `text`, in order, overlapping matches resolved to the first and longest. */
export function findDates(text: string, context: DateContext = {}): FoundDate[] {
  const found: FoundDate[] = [];
  // Characters already read as part of a date: a later form never reads them again (linear in the text).
  const taken = new Uint8Array(text.length);
  for (const form of FORMS) {
    form.pattern.lastIndex = 0;
    for (let m = form.pattern.exec(text); m; m = form.pattern.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken[start] || taken[end - 1] || taken.subarray(start, end).includes(1)) continue;
      taken.fill(1, start, end);
      found.push({ index: start, length: m[0].length, text: m[0], ...resolve(form.read(m), context) });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

function resolve(parts: ReturnType<Form['read']>, context: DateContext): { iso: string | null; problem: string | null } {
  if ('a' in parts) {
    const a = Number(parts.a);
    const b = Number(parts.b);
    const dayFirst = checked(parts.y, b, a);
    const monthFirst = checked(parts.y, a, b);
    if (a > 12 || b > 12 || a === b) return a > 12 ? dayFirst : monthFirst;
    // Both readings exist ("5/1/2022"): take the one at a fiscal quarter's end, if only one is.
    if (!dayFirst.iso || !monthFirst.iso) return dayFirst.iso ? dayFirst : monthFirst;
    const near = [dayFirst, monthFirst].filter((r) => nearQuarterEnd(r.iso!, context.yearEndMonth ?? 12));
    if (near.length === 1) return near[0];
    if (context.numericOrder) return context.numericOrder === 'month-first' ? monthFirst : dayFirst;
    return { iso: null, problem: `cannot tell whether the day or the month comes first in '${parts.a}/${parts.b}/${parts.y}'` };
  }
  const month = typeof parts.m === 'number' ? parts.m : monthNumber(parts.m);
  const day = parts.d === 'last' ? daysInMonth(Number(parts.y), month) : Number(parts.d);
  return checked(parts.y, month, day);
}

function checked(yearText: string, month: number, day: number): { iso: string | null; problem: string | null } {
  const year = Number(yearText);
  if (yearText.length !== 4 || year < 1900 || year > 2199) return { iso: null, problem: `year ${yearText} is not a year of a financial period` };
  if (month < 1 || month > 12) return { iso: null, problem: `there is no month ${month}` };
  if (day < 1 || day > daysInMonth(year, month)) {
    return { iso: null, problem: `${capitalize(MONTH_NAMES[month - 1])} ${year} has no day ${day}` };
  }
  return { iso: isoDate(year, month, day), problem: null };
}

/** A date within a week of the end of a fiscal quarter (52/53-week years end near a month's end). */
function nearQuarterEnd(iso: string, yearEndMonth: number): boolean {
  const end = nearestMonthEnd(iso);
  const [y, m] = end.split('-').map(Number);
  const off = Math.abs(Date.UTC(y, m - 1, Number(end.slice(8))) - Date.parse(`${iso}T00:00:00Z`)) / 86_400_000;
  return off <= 7 && (m - yearEndMonth + 12) % 3 === 0;
}

export function monthNumber(name: string): number {
  const key = name.toLowerCase().replace(/\.$/, '').slice(0, 3);
  return MONTH_NAMES.findIndex((m) => m.startsWith(key)) + 1;
}

export function isoDate(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/**
 * The month end nearest to a date: 52/53-week fiscal calendars end their periods on a weekday
 * near a month's end (NVIDIA's first quarter of fiscal 2023 ended May 1, 2022: April).
 */
export function nearestMonthEnd(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (d > 15) return isoDate(y, m, daysInMonth(y, m));
  return lastDayOfMonthShifted(isoDate(y, m, 1), -1);
}

/** The last day of the month `shift` months from the month of `date`. */
export function lastDayOfMonthShifted(date: string, shift: number): string {
  const [y, m] = date.split('-').map(Number);
  const index = y * 12 + (m - 1) + shift;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return isoDate(year, month, daysInMonth(year, month));
}

export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** "June 30, 2010". */
export function dateLabel(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${capitalize(MONTH_NAMES[m - 1])} ${d}, ${y}`;
}

function capitalize(s: string): string {
  return s[0].toUpperCase() + s.slice(1);
}
