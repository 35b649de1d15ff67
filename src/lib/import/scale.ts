import type { ScannedText } from './scan-text.ts';
import { isUnitStatement } from './cell-text.ts';
import { quote, type Found } from './evidence.ts';

export type ScaleName = 'units' | 'thousands' | 'millions' | 'billions';

/** The scale a unit statement states: "(In millions, except per share data)" → millions; "($000)" → thousands. */
export function scaleOf(statement: string): ScaleName | null {
  const t = statement.toLowerCase();
  if (/\bbillions?\b|\bbn\b/.test(t)) return 'billions';
  if (/\bmillions?\b|\bmn\b|\bmm\b|[$€£¥]\s*m\b|\bm\)|^\(?\s*(?:in\s+)?[a-z]{3}\s*m\s*\)?$|\bmsek\b/.test(t)) return 'millions';
  if (/\b[kt](?:sek|nok|dkk|eur|usd|chf|gbp|isk)\b/.test(t)) return 'thousands';
  if (/\bm(?:nok|dkk|eur|usd|chf|gbp|isk)\b/.test(t)) return 'millions';
  if (/\bthousands?\b|(?<!\d[,.]?)'?000s?\b|\$000|[$€£¥]\s*k\b|^\(?\s*(?:in\s+)?[a-z]{3}\s*k\s*\)?$/.test(t)) return 'thousands';
  return null;
}

/** A currency's code with a scale, as a table's corner prints it: "SEK m", "(EUR k)", "MSEK". */
const CODE_STATEMENT = /^\(?\s*(?:in\s+)?(?:[A-Z]{3}\s*(?:m|mn|bn|k)|MSEK|TSEK)\s*\)?$/;
/** The same code with its scale's letter before it, in a short row of its own: "All numbers are kSEK" (BrainCool), "(TEUR)". */
const PREFIXED_STATEMENT = /^(?:[A-Za-z]+\s+){0,5}\(?[kKtTmM](?:SEK|NOK|DKK|EUR|USD|CHF|GBP|ISK)\)?$/;

/**
 * The default scale for tables that state none: the scale most tables' unit statements
 * state, in their titles or in a row printing no figure ("SEK m" in a table's corner). Null
 * when no table states one.
 */
export function findScale(scan: ScannedText): Found<ScaleName> | null {
  const stated = scan.tables.flatMap((t) => {
    const statement = t.title.find((l) => (isUnitStatement(l) || PREFIXED_STATEMENT.test(l.trim())) && scaleOf(l)) ?? t.labels.find((l) => (isUnitStatement(l) || CODE_STATEMENT.test(l.trim()) || PREFIXED_STATEMENT.test(l.trim())) && scaleOf(l));
    const scale = statement ? scaleOf(statement) : null;
    return scale ? [{ scale, statement: statement! }] : [];
  });
  if (stated.length === 0) return null;
  const counts = new Map<ScaleName, { n: number; example: string }>();
  for (const { scale, statement } of stated) counts.set(scale, { n: (counts.get(scale)?.n ?? 0) + 1, example: counts.get(scale)?.example ?? statement });
  const [scale, { n, example }] = [...counts].sort((a, b) => b[1].n - a[1].n)[0];
  return { value: scale, from: `the default for tables that state no unit: ${n} of ${scan.tables.length} tables state ${scale} (${quote(example)})` };
}
