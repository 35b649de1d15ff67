import { readUnitStatement } from '../units/unit-statements.ts';

/** How long a title line may run where its unit statement closes it, on its line or below. */
export const LONG_TITLE = 160;

/** A line of a title block that closes the title: a unit statement ("(Amounts in millions)") or the audit note "(Unaudited)". */
export function closesTitle(line: string): boolean {
  const text = line.trim();
  return /^\(\s*unaudited\s*\)$/i.test(text) || readUnitStatement(text, 'USD') !== null;
}

/**
 * A title line past 100 characters whose unit statement or audit note follows on a line of its own below it, as
 * it may be printed at its end (Watts Water's "RECONCILIATION OF LONG-TERM DEBT (INCLUDING CURRENT PORTION) TO
 * NET DEBT AND NET DEBT TO CAPITALIZATION RATIO" / "(Amounts in millions)" / "(Unaudited)", 104 characters):
 * no sentence, at most LONG_TITLE long. `below` is the rest of its title block.
 */
export function isClosedLongTitle(line: string, below: string[]): boolean {
  const text = line.trim();
  return text.length <= LONG_TITLE && !/[.:!?;]$/.test(text) && !text.includes('\t') && below.some(closesTitle);
}
