/**
 * Colours of the chart functions: CSS custom properties only, so that a chart
 * follows the page's light or dark scheme (src/styles/site.css defines
 * --accent, --exact, --mismatch, --rounding, --muted for both). Each has a
 * chart-specific override first (`--chart-…`) and `currentColor` last, so a
 * chart stays legible on a page that defines none of them.
 */

/** Start and total bars of a waterfall. */
export const TOTAL = 'var(--chart-total, var(--accent, currentColor))';
/** A delta that raises the running total. */
export const INCREASE = 'var(--chart-increase, var(--exact, currentColor))';
/** A delta that lowers the running total. */
export const DECREASE = 'var(--chart-decrease, var(--mismatch, currentColor))';
/** Connectors, zero lines and other secondary ink. */
export const MUTED = 'var(--muted, currentColor)';

/**
 * Series colours, in order: the site's five accent-like colours (the
 * verdict red last, as it reads as "wrong"). More series
 * than colours repeat them; charts never rely on colour alone (labels,
 * symbols, order), and the figure's data table names every value.
 */
export const SERIES = [
  'var(--chart-1, var(--accent, currentColor))',
  'var(--chart-2, var(--rounding, currentColor))',
  'var(--chart-3, var(--exact, currentColor))',
  'var(--chart-4, var(--muted, currentColor))',
  'var(--chart-5, var(--mismatch, currentColor))',
] as const;

/** The colour of the i-th series. */
export function seriesColour(i: number): string {
  return SERIES[i % SERIES.length]!;
}
