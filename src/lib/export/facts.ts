import { toCsv } from './csv.ts';
import type { Fact, Release } from '../types.ts';

/** The fact fields, in the order the JSON and CSV downloads (and the CLI) give them. */
export const FACT_FIELDS = [
  'id', 'table', 'row', 'label', 'section', 'concept', 'period', 'dimension', 'value', 'status', 'unit', 'scale',
  'decimals', 'raw', 'line', 'column', 'total', 'underlined', 'dollar', 'footnotes', 'origin',
] as const satisfies readonly (keyof Fact)[];

export function orderedFact(fact: Fact): Record<string, unknown> {
  return Object.fromEntries(FACT_FIELDS.map((k) => [k, fact[k]]));
}

export function factsJson(release: Release): string {
  return `${JSON.stringify(release.facts.map(orderedFact), null, 2)}\n`;
}

/** CSV with list fields joined by " › " (sections) or spaces (footnotes); text that could start a spreadsheet formula is neutralized (csv.ts). */
export function factsCsv(release: Release): string {
  return toCsv(
    FACT_FIELDS,
    release.facts.map((f) =>
      FACT_FIELDS.map((k) => {
        const v = f[k];
        return Array.isArray(v) ? v.join(k === 'section' ? ' › ' : ' ') : v;
      }),
    ),
  );
}
