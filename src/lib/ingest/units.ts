import type { Unit } from '../types.ts';

const PER_SHARE = /\bper (?:common )?share\b/i;
const SHARES = /\bshares\b/i;

/**
 * The unit of a row's values. The printed value decides first (% and BPS); then the
 * row's own label ("… per share" is money per share unless it counts "shares");
 * then the innermost section that says either; otherwise money.
 */
export function inferUnit(label: string, section: string[], hint: 'percent' | 'basis-points' | null): Unit {
  if (hint) return hint;
  for (const text of [label, ...[...section].reverse()]) {
    const unit = unitOfText(text);
    if (unit) return unit;
  }
  return 'USD';
}

function unitOfText(text: string): Unit | null {
  if (SHARES.test(text)) return 'shares';
  if (PER_SHARE.test(text)) return 'USD/share';
  return null;
}

/** Printed units: money and shares follow the table's scale; per-share money, percentages and basis points are printed in units. */
export function scaleOf(unit: Unit, tableScale: number): number {
  return unit === 'USD' || unit === 'shares' ? tableScale : 0;
}
