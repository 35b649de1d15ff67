import type { Period } from '../types.ts';

const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
];
const MONTH = `(${MONTHS.join('|')})`;
const DATE = new RegExp(`${MONTH}\\s+(\\d{1,2}),?\\s*(\\d{4})`, 'i');
const SPAN = /\b(three|six|nine|twelve|3|6|9|12)\s+months?\s+ended\b|\b(year|fiscal year)\s+ended\b|\b(quarter)\s+ended\b/i;
const QUARTER = /\b([1-4])Q\s*(\d{4})\b|\bQ([1-4])\s*(\d{4})\b/i;
const CHANGE = /\b(yoy|year[- ]over[- ]year|qoq|quarter[- ]over[- ]quarter|sequential)\b/i;

const SPAN_MONTHS: Record<string, number> = {
  three: 3, '3': 3, six: 6, '6': 6, nine: 9, '9': 9, twelve: 12, '12': 12,
};

/** The fiscal calendar a release's periods are named in. */
export interface FiscalCalendar {
  /** Month (1–12) in which the fiscal year ends. */
  yearEndMonth: number;
}

/** A column header read as a period, or as a change between two periods still to be resolved. */
export type HeaderPeriod =
  | { kind: 'period'; period: Period }
  | { kind: 'change'; basis: 'yoy' | 'qoq' };

/** Does this header text open a span of columns ("Three Months Ended")? */
export function isSpanHeader(text: string): boolean {
  return SPAN.test(text);
}

/**
 * Reads the combined header text of one column as a period:
 * "Three Months Ended June 30, 2010" → 2010-q2; "Six Months Ended June 30, 2010" → 2010-h1;
 * "June 30, 2010" → the instant 2010-06-30; "2Q 2010" → 2010-q2; "YoY Growth" → a change.
 * Returns null when the text names no period.
 */
export function parseHeaderPeriod(text: string, calendar: FiscalCalendar): HeaderPeriod | null {
  const change = CHANGE.exec(text);
  if (change) return { kind: 'change', basis: /^(yoy|year)/i.test(change[1]) ? 'yoy' : 'qoq' };

  const quarter = QUARTER.exec(text);
  if (quarter) {
    const q = Number(quarter[1] ?? quarter[3]);
    return { kind: 'period', period: fiscalQuarter(Number(quarter[2] ?? quarter[4]), q, calendar) };
  }

  const date = DATE.exec(text);
  if (!date) return null;
  const end = isoDate(Number(date[3]), MONTHS.indexOf(date[1].toLowerCase()) + 1, Number(date[2]));
  const span = SPAN.exec(text);
  if (!span) return { kind: 'period', period: instant(end) };
  const months = span[1] ? SPAN_MONTHS[span[1].toLowerCase()] : span[2] ? 12 : 3;
  return { kind: 'period', period: duration(end, months, calendar) };
}

/** The period a change column compares the current period with. */
export function priorPeriod(current: Period, basis: 'yoy' | 'qoq', calendar: FiscalCalendar): Period {
  const end = current.end!;
  const months = monthsBetween(current.start!, end);
  const shift = basis === 'yoy' ? 12 : months;
  return duration(lastDayOfMonthShifted(end, -shift), months, calendar);
}

export function changePeriod(current: Period, prior: Period, basis: 'yoy' | 'qoq'): Period {
  return {
    id: `${current.id}-vs-${prior.id}`,
    kind: 'change',
    compare: { basis, current: current.id, prior: prior.id },
    label: `${current.label} vs ${prior.label}`,
  };
}

function instant(date: string): Period {
  const [y, m, d] = date.split('-').map(Number);
  const month = MONTHS[m - 1];
  return { id: date, kind: 'instant', end: date, label: `${month[0].toUpperCase()}${month.slice(1)} ${d}, ${y}` };
}

/** A duration of `months` ending on `end`, named by its place in the fiscal year. */
function duration(end: string, months: number, calendar: FiscalCalendar): Period {
  const [y, m] = end.split('-').map(Number);
  const intoYear = ((m - calendar.yearEndMonth + 12) % 12) || 12;
  const fiscalYear = m > calendar.yearEndMonth ? y + 1 : y;
  const start = nextDay(lastDayOfMonthShifted(end, -months));
  let id: string;
  let label: string;
  if (months === 3 && intoYear % 3 === 0) {
    id = `${fiscalYear}-q${intoYear / 3}`;
    label = `Q${intoYear / 3} ${fiscalYear}`;
  } else if (months === 6 && intoYear % 6 === 0) {
    id = `${fiscalYear}-h${intoYear / 6}`;
    label = `H${intoYear / 6} ${fiscalYear}`;
  } else if (months === 12 && intoYear === 12) {
    id = `${fiscalYear}-fy`;
    label = `FY ${fiscalYear}`;
  } else {
    id = `${fiscalYear}-${months}m-to-${end.slice(5, 7)}`;
    label = `${months} months to ${instant(end).label}`;
  }
  return { id, kind: 'duration', start, end, label };
}

function fiscalQuarter(fiscalYear: number, quarter: number, calendar: FiscalCalendar): Period {
  // Month in which quarter `quarter` of the fiscal year ends.
  const endMonth = ((calendar.yearEndMonth + 3 * quarter - 1) % 12) + 1;
  const year = endMonth > calendar.yearEndMonth ? fiscalYear - 1 : fiscalYear;
  return duration(isoDate(year, endMonth, daysInMonth(year, endMonth)), 3, calendar);
}

function isoDate(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** The last day of the month `shift` months from the month of `date`. */
function lastDayOfMonthShifted(date: string, shift: number): string {
  const [y, m] = date.split('-').map(Number);
  const index = y * 12 + (m - 1) + shift;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return isoDate(year, month, daysInMonth(year, month));
}

function nextDay(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  const next = new Date(Date.UTC(y, m - 1, d + 1));
  return next.toISOString().slice(0, 10);
}

function monthsBetween(start: string, end: string): number {
  const [sy, sm] = start.split('-').map(Number);
  const [ey, em] = end.split('-').map(Number);
  return (ey - sy) * 12 + (em - sm) + 1;
}
