import type { Unit } from '../types.ts';
import { slugify } from './labels.ts';
import { messages } from './messages.ts';

/** A number printed inside a row label, e.g. the allowance in "net of allowance … of \$2,102 and \$1,953". */
export interface LabelNumber {
  /** What it measures, as a slug: "allowance-for-doubtful-accounts", "par-value", "shares-outstanding". */
  measure: string;
  unit: Unit;
  /** true: printed in units regardless of the table's scale (par value per share). */
  units: boolean;
  /** One entry per number, in printed order ("X and Y … respectively" gives two). */
  values: { raw: string; value: string; decimals: number; dollar: boolean; index: number }[];
}

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const DATE = new RegExp(`(?:${MONTHS})\\s+\\d{1,2},\\s*\\d{4}`, 'g');
const NUMBER = /(\\?\$\s?)?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?/g;
const PAIR_JOIN = /^\s+and\s+$/;

/**
 * Finds the numbers in a label and says what each measures, from the words around it.
 * Dates ("at June 30, 2010") are not numbers here: they name the periods.
 * Returns the numbers grouped by measure, or an error message for a number whose meaning
 * the words do not give (so that it is reported, never dropped).
 */
export function findLabelNumbers(label: string): { numbers: LabelNumber[]; errors: { index: number; message: string }[] } {
  const dates = [...label.matchAll(DATE)].map((m) => [m.index, m.index + m[0].length]);
  const tokens = [...label.matchAll(NUMBER)].filter(
    (m) => !dates.some(([start, end]) => m.index >= start && m.index < end),
  );
  const numbers: LabelNumber[] = [];
  const errors: { index: number; message: string }[] = [];

  for (let i = 0; i < tokens.length; i++) {
    const group = [tokens[i]];
    while (i + 1 < tokens.length && PAIR_JOIN.test(label.slice(end(tokens[i]), tokens[i + 1].index))) {
      group.push(tokens[++i]);
    }
    const before = label.slice(0, group[0].index);
    const after = label.slice(end(group[group.length - 1]));
    const meaning = measureOf(before, after, Boolean(group[0][1]));
    if (!meaning) {
      for (const t of group) errors.push({ index: t.index, message: messages.labelNumber(t[0]) });
      continue;
    }
    numbers.push({
      ...meaning,
      values: group.map((t) => ({
        raw: t[0],
        value: (t[2].replaceAll(',', '') + (t[3] ? `.${t[3]}` : '')).replace(/^0+(?=\d)/, ''),
        decimals: t[3]?.length ?? 0,
        dollar: Boolean(t[1]),
        index: t.index,
      })),
    });
  }
  return { numbers, errors };
}

function end(m: RegExpMatchArray): number {
  return m.index! + m[0].length;
}

function measureOf(before: string, after: string, dollar: boolean): Omit<LabelNumber, 'values'> | null {
  if (/^\s*par value/i.test(after)) return { measure: 'par-value', unit: 'USD/share', units: true };
  const shares = /^\s*shares\b(?:\s+(authorized|outstanding|issued))?/i.exec(after);
  if (shares) {
    return { measure: shares[1] ? `shares-${shares[1].toLowerCase()}` : 'shares', unit: 'shares', units: false };
  }
  const of = /(?:^|[,;:]\s*)(?:net of\s+)?([^,;:]+?)\s+of\s*$/i.exec(before);
  if (of) return { measure: slugify(of[1]), unit: dollar ? 'USD' : 'count', units: false };
  return null;
}
