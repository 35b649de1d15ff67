/** A per-share amount in accounting style: "$0.03", "$(0.03)". */
import { formatAccounting } from './accounting.ts';

export interface PerShareOptions {
  /** Places after the point; default 2, as releases print cents. */
  decimals?: number;
  /** Shown for a null value; default "—". */
  nil?: string;
}

/** `value` in dollars per share, with "$" and parentheses for a loss. */
export function formatPerShare(value: string | null, options: PerShareOptions = {}): string {
  return formatAccounting(value, { dollar: true, decimals: options.decimals ?? 2, nil: options.nil });
}
