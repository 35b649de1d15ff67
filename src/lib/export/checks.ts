import { toCsv } from './csv.ts';
import { jsonRecords, type JsonLayout } from './json.ts';
import type { Check } from '../types.ts';

/** Checks as JSON: the records `tieout check --json` prints (the site's download writes one record a line). */
export function checksJson(checks: Check[], layout: JsonLayout = 'indented'): string {
  return jsonRecords(checks, layout);
}

export const CHECK_CSV_FIELDS = [
  'id', 'kind', 'title', 'formula', 'period', 'verdict', 'reported_value', 'reported_text', 'reported_fact',
  'reported_line', 'reported_column', 'computed', 'computed_lo', 'computed_hi', 'tolerance', 'difference',
  'unit', 'inputs', 'explanation',
] as const;

/** Checks as CSV: one row each, the reported figure and computed interval flattened, inputs space-separated; formula-like text neutralized (csv.ts). */
export function checksCsv(checks: Check[]): string {
  return toCsv(
    CHECK_CSV_FIELDS,
    checks.map((c) => [
      c.id, c.kind, c.title, c.formula, c.period, c.verdict, c.reported.value, c.reported.text, c.reported.fact,
      c.reported.line, c.reported.column, c.computed, c.computedInterval?.lo ?? null, c.computedInterval?.hi ?? null,
      c.tolerance, c.difference, c.unit, c.inputs.join(' '), c.explanation,
    ]),
  );
}
