/**
 * A release's date as readers read it: "2025-02-12" → "February 12, 2025", on every page alike
 * (the overview wrote dates out while the original, source and home pages printed them as stored).
 * A date that is no calendar day is shown as stored, never as "Invalid Date".
 */
const LONG = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });

export function formatReleaseDate(iso: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  const date = new Date(`${iso}T00:00:00Z`);
  // 2025-02-30 is no calendar day (Date would roll it over or reject it): shown as stored.
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso) return iso;
  return LONG.format(date);
}
