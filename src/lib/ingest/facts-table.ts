import * as aq from 'arquero';
import type { Fact } from '../types.ts';

/**
 * The facts of a release as one Arquero table, values still exact decimal strings.
 * Reshape, filter and join with Arquero; do sums in decimal.js (never `op.sum` on money).
 */
export function factsTable(facts: Fact[]) {
  return aq.from(facts.map((f) => ({ ...f, section: f.section.join(' › '), footnotes: f.footnotes.join(' ') })));
}
