/** A change in basis points: "590 bps", "−80 bps", "+590 bps" when signed, "n/m". */
import { NOT_MEANINGFUL } from './digits.ts';
import { formatNumber, type NumberOptions } from './number.ts';

/** `value` counts basis points (hundredths of a percentage point). */
export function formatBasisPoints(value: string | null, options: NumberOptions = {}): string {
  const shown = formatNumber(value, options);
  return value === null || value === NOT_MEANINGFUL ? shown : `${shown} bps`;
}
