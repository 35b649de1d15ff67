/** Series colours from the site's CSS variables (with fallbacks), so charts follow light and dark schemes. */
export const SERIES_COLORS = [
  'var(--accent, #1f5fae)',
  'var(--rounding, #8a6400)',
  'var(--exact, #1d7a3e)',
  'var(--mismatch, #b3261e)',
  'var(--muted, #5d6470)',
];
