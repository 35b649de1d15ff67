/**
 * The sound ways of annualizing a rate earned over a period shorter than a year, each as the factor
 * an interest ÷ balance is multiplied by (an expression's tail, " * 366 / 92"), named for the reader:
 *
 * - months: the period as its share of twelve months (a quarter × 4, a half × 2; 30/360 comes to the same);
 * - actual/365: × 365 ÷ the period's days;
 * - actual/360: × 360 ÷ the period's days, as loans are often quoted;
 * - actual/actual: × the days of the year ending on the period's last day (366 in a leap year) ÷ its days.
 *
 * A year's rate is the interest over the balance, times one; the day counts still apply to it, as a
 * company annualizing by days divides a 366-day year by 365. Empty for a period with no dates.
 */
import { daysOf, monthsOf } from '../ingest/release-periods.ts';
import type { Period } from '../types.ts';

export interface DayCount {
  name: string;
  /** The expression's tail that annualizes: "", " * 4", " * 365 / 92". */
  factor: string;
}

export function dayCounts(period: Period): DayCount[] {
  const days = daysOf(period);
  const months = monthsOf(period);
  if (period.kind !== 'duration' || days <= 0 || months <= 0 || months > 12) return [];
  const year = daysOf({ ...period, start: yearBefore(period.end!) });
  const byDays = (n: number) => (n === days ? '' : ` * ${n} / ${days}`);
  const readings: DayCount[] = [
    { name: months === 12 ? 'a year' : `${months} months of 12`, factor: months === 12 ? '' : ` * 12 / ${months}` },
    { name: `actual/365, ${days} days`, factor: byDays(365) },
    { name: `actual/360, ${days} days`, factor: byDays(360) },
    { name: `actual/actual, ${days} days of ${year}`, factor: byDays(year) },
  ];
  // The same factor twice is one reading (a 365-day year's actual/365 and actual/actual).
  return readings.filter((r, i) => readings.findIndex((s) => s.factor === r.factor) === i);
}

/** The day after the same day a year earlier: the first day of the year ending on `end`. */
function yearBefore(end: string): string {
  const d = new Date(`${end}T12:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() - 1);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
