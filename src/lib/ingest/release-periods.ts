/**
 * The periods a release prints, and the arithmetic every reader of them shares: a period's
 * length, which printed period is a year or a quarter before another, the balance at the end
 * of a duration, the release's own period. Ingest names each column's period; the checks
 * (growth pairs) and the claims (prose periods) find periods here rather than with calendars
 * of their own, so a verdict rests on one reading of the release's periods.
 *
 * Fiscal periods of 52/53-week years end on a weekday, not a month's end: two ends within a
 * week are the same end, and lengths are counted in whole months (a 13- or 14-week quarter is
 * three months).
 */
import type { Period } from '../types.ts';
import { addDays, daysInMonth, lastDayOfMonthShifted, nearestMonthEnd } from './dates.ts';

const DAY = 86_400_000;

/** A duration's length in days, first and last included. */
export function daysOf(p: Period): number {
  if (!p.start || !p.end) return 0;
  return (Date.parse(p.end) - Date.parse(p.start)) / DAY + 1;
}

/** A duration's length in whole months (13 weeks → 3, 52 or 53 weeks → 12); 0 for an instant. */
export function monthsOf(p: Period): number {
  return Math.round(daysOf(p) / 30.44);
}

/** Two dates within a week of each other: the same fiscal period end. */
export function nearDates(a: string, b: string): boolean {
  return Math.abs(Date.parse(a) - Date.parse(b)) <= 7 * DAY;
}

/** An ISO date moved by whole months, its day kept where the month has it (Mar 31 − 1 month → Feb 28). */
export function shiftMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/**
 * The first day of each period of a 52/53-week year that was counted from a month's start (a header
 * that prints its end and its months, not its weeks), moved to the day after the end the release
 * prints for the period before it: Lattice's fourth quarter "Three Months Ended December 28, 2024"
 * began September 29, the day after its third quarter ended, not October 1; its fiscal 2024 began
 * December 31, 2023, after fiscal 2023 ended December 30. A period ending on a month's last day is
 * left alone (its calendar is the months'), and so is one near which the release prints no end, or
 * more than one.
 */
export function startsAfterPrintedEnds(periods: readonly Period[]): Period[] {
  const ends = [...new Set(periods.flatMap((p) => (p.kind !== 'change' && p.end && !monthsLastDay(p.end) ? [p.end] : [])))];
  return periods.map((p) => {
    if (p.kind !== 'duration' || !p.start || !p.end || monthsLastDay(p.end)) return p;
    const counted = addDays(lastDayOfMonthShifted(nearestMonthEnd(p.end), -monthsOf(p)), 1);
    if (p.start !== counted) return p;
    const before = addDays(p.start, -1);
    const printed = ends.filter((e) => e < p.end! && nearDates(e, before));
    return printed.length === 1 ? { ...p, start: addDays(printed[0], 1) } : p;
  });
}

function monthsLastDay(iso: string): boolean {
  const [y, m, d] = iso.split('-').map(Number);
  return d === daysInMonth(y, m);
}

const FISCAL_ID = /^(\d{4})-(q[1-4]|h[12]|fy)$/;

/**
 * The fiscal id a year (yoy) or a quarter (qoq) before a fiscal id, counted in the fiscal year
 * (`2024-q1` qoq → `2023-q4`); null for a half or a year sequentially, or an id not fiscal.
 */
export function priorFiscalId(id: string, basis: 'yoy' | 'qoq'): string | null {
  const m = FISCAL_ID.exec(id);
  if (!m) return null;
  const year = Number(m[1]);
  if (basis === 'yoy') return `${year - 1}-${m[2]}`;
  if (!m[2]!.startsWith('q')) return null;
  const q = Number(m[2]!.slice(1));
  return q > 1 ? `${year}-q${q - 1}` : `${year - 1}-q4`;
}

/** The release's printed periods (change columns left out), looked up by id, by length and end, and by their relations. */
export class ReleasePeriods {
  readonly periods: readonly Period[];
  private readonly byId: Map<string, Period>;

  constructor(periods: readonly Period[]) {
    this.periods = periods.filter((p) => p.kind !== 'change');
    this.byId = new Map(this.periods.map((p) => [p.id, p]));
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  get(id: string): Period | undefined {
    return this.byId.get(id);
  }

  /** The printed duration of `months` months ending near `end`. */
  duration(months: number, end: string | null): Period | undefined {
    if (end === null) return undefined;
    return this.periods.find((p) => p.kind === 'duration' && p.end !== undefined && nearDates(p.end, end) && monthsOf(p) === months);
  }

  /** The printed instant near `date`. */
  instantNear(date: string): Period | undefined {
    return this.periods.find((p) => p.kind === 'instant' && p.end !== undefined && nearDates(p.end, date));
  }

  /**
   * The period a year (yoy) or a quarter (qoq) before `id`: for a fiscal id, its id counted in
   * the fiscal year (`2024-q1` qoq → `2023-q4`; null for a half or year sequentially); for
   * another period, the printed one of its length ending that much earlier, or null.
   */
  prior(id: string, basis: 'yoy' | 'qoq'): string | null {
    if (FISCAL_ID.test(id)) return priorFiscalId(id, basis);
    const p = this.get(id);
    if (!p?.end) return null;
    if (p.kind === 'instant') return this.instantNear(shiftMonths(p.end, basis === 'yoy' ? -12 : -3))?.id ?? null;
    const months = monthsOf(p);
    return this.duration(months, shiftMonths(p.end, basis === 'yoy' ? -12 : -months))?.id ?? null;
  }

  /** The printed instant at the end of a duration (a balance at "the end of the quarter"). */
  endOf(id: string): string | null {
    const end = this.get(id)?.end;
    return end ? (this.instantNear(end)?.id ?? null) : null;
  }

  /**
   * The release's own period: the one release.yaml names, unless the tables show another as the
   * latest period of its length that ended before the release was published (a release cannot
   * report a period that had not ended, and an outlook column is not its period).
   */
  current(declared: string, releaseDate: string): string {
    const own = this.get(declared);
    const months = own ? monthsOf(own) : /-q[1-4]$/.test(declared) ? 3 : /-h[12]$/.test(declared) ? 6 : /-fy$/.test(declared) ? 12 : 0;
    if (months === 0 || !/^\d{4}-\d{2}-\d{2}$/.test(releaseDate)) return declared;
    let latest: Period | undefined;
    for (const p of this.periods) {
      if (p.kind !== 'duration' || !p.end || p.end > releaseDate || monthsOf(p) !== months) continue;
      if (!latest || p.end > latest.end!) latest = p;
    }
    if (!latest || (own?.end && nearDates(own.end, latest.end!))) return declared;
    return latest.id;
  }
}
