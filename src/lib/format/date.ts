/**
 * A release's date as readers read it: "2025-02-12" → "February 12, 2025", on every page alike
 * (the overview wrote dates out while the original, source and home pages printed them as stored).
 * A date that is no calendar day is shown as stored, never as "Invalid Date".
 */
const LONG = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });

export function formatReleaseDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  // 2025-02-30 would roll over to March 2: a date the calendar lacks is shown as stored.
  if (date.getUTCFullYear() !== Number(m[1]) || date.getUTCMonth() !== Number(m[2]) - 1 || date.getUTCDate() !== Number(m[3])) return iso;
  return LONG.format(date);
}
