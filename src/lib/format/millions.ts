/**
 * An amount restated in millions for prose, as releases write it:
 * "$60.5 million", "$(1.3) million".
 */
import { parseDecimal, powerOfTen, toPlain } from '../decimal.ts';
import { formatAccounting } from './accounting.ts';
import { DEFAULT_NIL, special } from './digits.ts';

export interface MillionsOptions {
  /** Places after the point in millions; default 1. */
  decimals?: number;
  /** Prefix "$"; default true. */
  dollar?: boolean;
  /** Shown for a null value; default "—". */
  nil?: string;
}

/**
 * `value` in printed units of 10^scale (60525 with scale 3 is $60,525
 * thousand), shown in millions rounded half up to `decimals` places:
 * "$60.5 million". Moving the point is the only arithmetic, and it is exact.
 */
export function formatMillions(value: string | null, scale: number, options: MillionsOptions = {}): string {
  const shown = special(value, options.nil ?? DEFAULT_NIL);
  if (shown !== undefined) return shown;
  const millions = toPlain(parseDecimal(value as string).times(powerOfTen(scale - 6)));
  const amount = formatAccounting(millions, { dollar: options.dollar ?? true, decimals: options.decimals ?? 1 });
  return `${amount} million`;
}
