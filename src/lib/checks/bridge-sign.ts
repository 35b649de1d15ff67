/**
 * The sign a bridge's impacts are read with. A qualified change is the reported one with the impacts taken out,
 * across columns (./change-columns.ts) or down rows (./change-rows.ts); a company prints an impact as what it did to the
 * reported change or as the adjustment to it, so both signs are read over the bridge's lines and the one that holds in
 * more of them is taken.
 */
import type { Check } from '../types.ts';
import { holds } from './ratio-terms.ts';

export type Sign = '+' | '-';

/** The names of a bridge's terms: `reported`, then `impact0`, `impact1`, … */
export const impactNames = (count: number): string[] => Array.from({ length: count }, (_, k) => `impact${k}`);

/** The reported change with the impacts added, or taken away. */
function bridgeExpression(count: number, sign: Sign): string {
  const names = impactNames(count);
  if (sign === '+') return ['reported', ...names].join(' + ');
  return names.length === 1 ? `reported - ${names[0]}` : `reported - ( ${names.join(' + ')} )`;
}

export interface Signed {
  checks: Check[];
  held: number;
  failed: number;
  /** Both signs hold in as many lines: which way the release prints the impacts is not established. */
  tied: boolean;
}

/**
 * Both readings of `count` impacts, each line's check made by `read` from the bridge's expression (`added` where the
 * impacts are added): the one holding in more lines, `first` where both hold as often.
 */
export function bySign(count: number, first: Sign, read: (expression: string, added: boolean) => Check[]): Signed {
  const [a, b] = (first === '+' ? (['+', '-'] as const) : (['-', '+'] as const)).map((sign) => {
    const checks = read(bridgeExpression(count, sign), sign === '+');
    return { checks, held: checks.filter(holds).length, failed: checks.filter((c) => c.verdict === 'mismatch').length };
  }) as [Omit<Signed, 'tied'>, Omit<Signed, 'tied'>];
  return { ...(b.held > a.held ? b : a), tied: a.held === b.held };
}
