/** A percentage as printed: "16.4%", "−8%", "+46.5%" when signed, "n/m". */
import { NOT_MEANINGFUL } from './digits.ts';
import { formatNumber, type NumberOptions } from './number.ts';

/**
 * `value` is the printed percentage (16.4 for 16.4%, as Unit 'percent'
 * stores it), not the ratio; shown as formatNumber shows it, then "%".
 */
export function formatPercent(value: string | null, options: NumberOptions = {}): string {
  const shown = formatNumber(value, options);
  return value === null || value === NOT_MEANINGFUL ? shown : `${shown}%`;
}
