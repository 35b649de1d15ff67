/**
 * Names periods by the company's fiscal calendar: quarters, halves, nine months and years of
 * the fiscal year, and instants. A fiscal year that ends in January or on the last Sunday of a
 * month (52/53-week years) is placed by rounding each period end to the nearest month end.
 */
import type { Period } from '../types.ts';
import { addDays, dateLabel, daysInMonth, isoDate, lastDayOfMonthShifted, nearestMonthEnd } from './dates.ts';

/** The fiscal calendar a release's periods are named in. */
export interface FiscalCalendar {
  /** Month (1–12) in which the fiscal year ends. */
  yearEndMonth: number;
  /**
   * Which calendar year gives a fiscal year its number when the year does not end in December:
   * `end` (NVIDIA's fiscal 2023 ended January 29, 2023) or `start` (many retailers' fiscal 2024
   * ends early in 2025).
   */
  namedBy?: 'end' | 'start';
  /**
   * The order the release prints its numeric dates in, where its own dates establish it: "6/17/2023" is month first, so
   * "6/11/2022" in the same release is June 11 (PepsiCo's 12-week quarters, 2Q23). Absent where none does, or both do.
   */
  numericOrder?: 'month-first' | 'day-first';
}

/** The month in which a fiscal year ends, from release.yaml's "MM-DD" (a 52/53-week "02-01" ends in January). */
export function yearEndMonthOf(fiscalYearEnd: string): number {
  const [m, d] = fiscalYearEnd.split('-').map(Number);
  return Number(nearestMonthEnd(isoDate(2001, m, Math.min(d, daysInMonth(2001, m)))).slice(5, 7));
}

/** A duration's place in the fiscal year: its fiscal year, its length in months, and where it ends. */
export interface FiscalSpan {
  fiscalYear: number;
  months: number;
  /** Months from the start of the fiscal year to the period's end (3 = end of Q1). */
  intoYear: number;
  /** Calendar month (1–12) of the (rounded) end. */
  endMonth: number;
}

/** Fiscal year number of a period whose (rounded) end falls in calendar `year`, `month`. */
export function fiscalYearOf(year: number, month: number, calendar: FiscalCalendar): number {
  const endYear = month > calendar.yearEndMonth ? year + 1 : year;
  return calendar.namedBy === 'start' && calendar.yearEndMonth !== 12 ? endYear - 1 : endYear;
}

/** Calendar year in which fiscal year `fiscalYear` ends. */
function calendarYearOfEnd(fiscalYear: number, calendar: FiscalCalendar): number {
  return calendar.namedBy === 'start' && calendar.yearEndMonth !== 12 ? fiscalYear + 1 : fiscalYear;
}

const fy = (year: number, calendar: FiscalCalendar) => (calendar.yearEndMonth === 12 ? `${year}` : `FY${year}`);

/**
 * A duration of `months` ending on the printed date `end`, named by its place in the fiscal
 * year: `2010-q2`, `2010-h1`, `2010-9m`, `2010-fy`, otherwise `2010-6m-to-09`. `weeks`, when
 * printed ("Thirteen Weeks Ended"), gives the exact first day.
 */
export function duration(end: string, months: number, calendar: FiscalCalendar, weeks?: number): Period {
  const rounded = nearestMonthEnd(end);
  const [y, m] = rounded.split('-').map(Number);
  const fiscalYear = fiscalYearOf(y, m, calendar);
  const intoYear = ((m - calendar.yearEndMonth + 12) % 12) || 12;
  const start = weeks ? addDays(end, -7 * weeks + 1) : addDays(lastDayOfMonthShifted(rounded, -months), 1);
  let name = spanName({ fiscalYear, months, intoYear, endMonth: m }, calendar);
  // A span counted in weeks whose end rounds to no quarter's end is placed by its first day: PepsiCo's "24 Weeks Ended
  // 6/11/2022" ends nearer May's end than June's, but it begins the day after fiscal 2021 ended (December 25, 2021), so it
  // is the first half; its "12 Weeks Ended 9/9/2023" begins after the half's end, so it is the third quarter.
  if (weeks && name.id.includes('-to-')) {
    const [y0, m0] = nearestMonthEnd(addDays(start, -1)).split('-').map(Number);
    const [ey, em] = [y0 + Math.floor((m0 - 1 + months) / 12), ((m0 - 1 + months) % 12) + 1];
    const byStart = spanName({ fiscalYear: fiscalYearOf(ey, em, calendar), months, intoYear: ((em - calendar.yearEndMonth + 12) % 12) || 12, endMonth: em }, calendar);
    if (!byStart.id.includes('-to-')) name = byStart;
  }
  return { id: name.id, kind: 'duration', start, end, label: name.label };
}

function spanName(span: FiscalSpan, calendar: FiscalCalendar): { id: string; label: string } {
  const { fiscalYear, months, intoYear } = span;
  const year = fy(fiscalYear, calendar);
  if (months === 3 && intoYear % 3 === 0) return { id: `${fiscalYear}-q${intoYear / 3}`, label: `Q${intoYear / 3} ${year}` };
  if (months === 6 && intoYear % 6 === 0) return { id: `${fiscalYear}-h${intoYear / 6}`, label: `H${intoYear / 6} ${year}` };
  if (months === 9 && intoYear === 9) return { id: `${fiscalYear}-9m`, label: `9M ${year}` };
  if (months === 12 && intoYear === 12) return { id: `${fiscalYear}-fy`, label: calendar.yearEndMonth === 12 ? `FY ${fiscalYear}` : `FY${fiscalYear}` };
  const mm = String(span.endMonth).padStart(2, '0');
  return { id: `${fiscalYear}-${months}m-to-${mm}`, label: `${months} months to ${monthName(span.endMonth)} ${year}` };
}

/**
 * The id of the span of `months` from the start of fiscal year `fiscalYear`, as the columns that print it are named
 * (`2019`, 6 → `2019-h1`; 9 → `2019-9m`): "the first six months of fiscal 2019" in the prose. Null for another length.
 */
export function yearToDateId(fiscalYear: number, months: number): string | null {
  if (![3, 6, 9, 12].includes(months)) return null;
  return spanName({ fiscalYear, months, intoYear: months, endMonth: months }, { yearEndMonth: 12 }).id;
}

/** Periods named without their dates ("Q1 FY23"), whose start and end are the nominal month ends. */
const NOMINAL = new WeakSet<Period>();
export function isNominal(p: Period): boolean {
  return NOMINAL.has(p);
}

/** A fiscal period printed without dates ("Q1 FY23", "FY2024", "1st Half 2024"): `months` long, ending `intoYear` months into the fiscal year. */
export function fiscalPeriod(fiscalYear: number, months: number, intoYear: number, calendar: FiscalCalendar): Period {
  const endMonth = ((calendar.yearEndMonth + intoYear - 1) % 12) + 1;
  const endYear = calendarYearOfEnd(fiscalYear, calendar) - (endMonth > calendar.yearEndMonth ? 1 : 0);
  const period = duration(isoDate(endYear, endMonth, daysInMonth(endYear, endMonth)), months, calendar);
  NOMINAL.add(period);
  return period;
}

/** The instant of a balance-sheet date, as printed (never rounded: it is the date the balances are struck). */
export function instant(date: string): Period {
  return { id: date, kind: 'instant', end: date, label: dateLabel(date) };
}

/** The fiscal year's last day (nominal for 52/53-week years), for bare years under a balance sheet's "As of". */
export function fiscalYearEndDate(fiscalYear: number, calendar: FiscalCalendar, fiscalYearEnd: string): string {
  const year = calendarYearOfEnd(fiscalYear, calendar);
  const [m, d] = fiscalYearEnd.split('-').map(Number);
  // "02-28" is February's last day, the 29th in leap years (AZZ's "February 29, 2020"); "02-29" is that day too.
  return isoDate(year, m, m === 2 && d >= 28 ? daysInMonth(year, 2) : Math.min(d, daysInMonth(year, m)));
}

const ID = /^(\d{4})-(q[1-4]|h[12]|9m|fy|(\d{1,2})m-to-(\d{2}))$/;

/** The fiscal year of a fiscal period named by its id (`2010-q2` → 2010); undefined for another id. */
export function fiscalYearOfId(id: string): number | undefined {
  const m = ID.exec(id);
  return m ? Number(m[1]) : undefined;
}

/** Months from the start of the fiscal year to the end of a fiscal period named by its id (`2010-q2` → 6, `2010-fy` → 12); undefined for another id. */
export function monthsIntoYear(id: string): number | undefined {
  const m = ID.exec(id);
  if (!m || m[3]) return undefined;
  const part = m[2];
  return part.startsWith('q') ? 3 * Number(part[1]) : part.startsWith('h') ? 6 * Number(part[1]) : part === '9m' ? 9 : 12;
}

/**
 * The period a change column compares `current` with: a year before (`yoy`), or the period
 * just before (`qoq`, quarters and halves). Read from the period's place in the fiscal year,
 * so 52/53-week years need no date arithmetic. Null when there is none.
 */
export function priorPeriod(current: Period, basis: 'yoy' | 'qoq', calendar: FiscalCalendar): Period | null {
  const m = ID.exec(current.id);
  if (!m) return null;
  const year = Number(m[1]);
  const part = m[2];
  const months = part.startsWith('q') ? 3 : part.startsWith('h') ? 6 : part === '9m' ? 9 : part === 'fy' ? 12 : Number(m[3]);
  const intoYear = part.startsWith('q') ? 3 * Number(part[1]) : part.startsWith('h') ? 6 * Number(part[1]) : part === '9m' ? 9 : part === 'fy' ? 12 : null;
  if (basis === 'yoy') {
    if (intoYear !== null) return fiscalPeriod(year - 1, months, intoYear, calendar);
    const end = lastDayOfMonthShifted(nearestMonthEnd(current.end!), -12);
    return duration(end, months, calendar);
  }
  if (intoYear === null || (months !== 3 && months !== 6)) return null;
  return intoYear > months ? fiscalPeriod(year, months, intoYear - months, calendar) : fiscalPeriod(year - 1, months, 12, calendar);
}

/** The change column's period: `<current>-vs-<prior>`. */
export function changePeriod(current: Period, prior: Period, basis: 'yoy' | 'qoq' | 'other'): Period {
  return {
    id: `${current.id}-vs-${prior.id}`,
    kind: 'change',
    compare: { basis, current: current.id, prior: prior.id },
    label: `${current.label} vs ${prior.label}`,
  };
}

function monthName(m: number): string {
  return dateLabel(isoDate(2001, m, 1)).split(' ')[0];
}
