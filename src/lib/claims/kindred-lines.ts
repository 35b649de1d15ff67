/**
 * A claim naming a line whose kind the table also prints qualified: "Demand deposits increased $167.6 million
 * year-over-year to $1.5 billion at March 31, 2020, representing 37% of total deposits" (Bridge Bancorp, 1Q20), where
 * the statement of condition prints "Demand deposits 1,421,743" and, below it, "Public funds - demand deposits 59,809".
 * The prose's demand deposits are both lines (1,481,552: $1.5 billion, 36.5% of 4,055,735), the line alone
 * $1.4 billion and 35.1%. The words do not say which, so a figure linked to the line alone that it does not tie is no
 * accusation where the line and its kindred lines together do: unverifiable, naming both readings. Where no such
 * reading ties, the mismatch stands.
 */
import type { Fact } from '../types.ts';
import { parseDecimal } from '../decimal.ts';
import type { Expression } from '../checks/expression.ts';
import { claimCheck, type DraftCheck } from './claim.ts';
import { ClaimError, evaluate, type Context } from './evaluate.ts';
import type { NumberToken } from './extract.ts';
import { factWithId } from './fact-index.ts';
import { messages } from './messages.ts';

/**
 * The check of `token` with each input line read together with its kindred lines, where the line alone does not tie
 * and the lines together do: unverifiable, with both readings. Null when the check is no mismatch, no input line has
 * kindred lines, or they do not tie either.
 */
export function kindredLines(check: DraftCheck, expression: Expression, token: NumberToken, lineText: string, ctx: Context): DraftCheck | null {
  if (check.verdict !== 'mismatch') return null;
  const widened = new Map<string, Fact[]>();
  for (const id of new Set(check.inputs)) {
    const line = factWithId(ctx.facts, id);
    if (!line || line.value === null) continue;
    const kin = kindredOf(line, ctx.facts);
    if (kin.length > 0) widened.set(line.id, [line, ...kin]);
  }
  if (widened.size === 0) return null;
  const joined = substituted(expression, widened, ctx);
  if (joined === null) return null;
  let together: DraftCheck;
  try {
    together = claimCheck({ expression: joined }, token, lineText, ctx);
  } catch (e) {
    if (e instanceof ClaimError) return null;
    throw e;
  }
  if (together.verdict !== 'exact' && together.verdict !== 'rounding') return null;
  const groups = [...widened.values()];
  const line = groups[0]![0]!.label;
  const labels = groups[0]!.map((f) => f.label);
  return {
    ...check,
    verdict: 'unverifiable',
    explanation: messages.kindredLines(line, labels, check.explanation, together.explanation),
    readings: [messages.lineAlone(line, check.verdict), messages.linesGrouped(labels, together.verdict)],
  };
}

/**
 * The lines of `line`'s table and column that name its kind qualified: their label ends in its label's words after a
 * qualifier ("Public funds - demand deposits" beside "Demand deposits"), no total among them (a "Total demand
 * deposits" holds the line already), in its unit and scale.
 */
function kindredOf(line: Fact, facts: readonly Fact[]): Fact[] {
  const own = words(line.label);
  if (own === '' || line.total || line.value === null) return [];
  const negative = parseDecimal(line.value).isNegative();
  return facts.filter((f) => {
    if (f === line || f.table !== line.table || f.period !== line.period || (f.dimension ?? null) !== (line.dimension ?? null)) return false;
    if (f.origin !== line.origin || f.total || f.value === null || f.unit !== line.unit || f.scale !== line.scale) return false;
    const label = words(f.label);
    if (!label.endsWith(` ${own}`) || /^(?:sub)?total\b/.test(label)) return false;
    // A qualifier of the same thing, not another thing the words are the object of ("Other cost of revenue" is no
    // revenue), and printed with the line's sign.
    const qualifier = label.slice(0, -own.length).trim();
    const value = parseDecimal(f.value);
    return !OBJECT_OF.test(qualifier) && (value.isZero() || value.isNegative() === negative);
  });
}

/** A qualifier ending in a preposition or a conjunction: the line's words are its object, or a thing beside it. */
const OBJECT_OF = /\b(?:of|for|from|to|on|in|by|per|at|and|or|less|net|excluding|including|before|after)$/;

/** A label's words in lower case, less parentheses, marks and punctuation. */
function words(label: string): string {
  return label.toLowerCase().replace(/\([^)]*\)/g, ' ').replace(/[^a-z\s]+/g, ' ').replace(/\s+/g, ' ').trim();
}

/** `e` with each leaf that reads one of the widened lines read as the sum of its group; null where a leaf cannot be read. */
function substituted(e: Expression, widened: ReadonlyMap<string, Fact[]>, ctx: Context): Expression | null {
  switch (e.type) {
    case 'name':
    case 'fact': {
      let inputs: string[];
      try {
        inputs = evaluate(e, ctx).inputs;
      } catch (err) {
        if (err instanceof ClaimError) return null;
        throw err;
      }
      const group = inputs.length === 1 ? widened.get(inputs[0]!) : undefined;
      if (!group) return e;
      return group.map((f): Expression => ({ type: 'fact', id: f.id })).reduce((left, right) => ({ type: 'binary', op: '+', left, right }));
    }
    case 'number':
    case 'range':
      return e;
    case 'negate': {
      const arg = substituted(e.arg, widened, ctx);
      return arg && { ...e, arg };
    }
    case 'binary': {
      const left = substituted(e.left, widened, ctx);
      const right = substituted(e.right, widened, ctx);
      return left && right && { ...e, left, right };
    }
    case 'call': {
      const current = substituted(e.current, widened, ctx);
      const prior = substituted(e.prior, widened, ctx);
      return current && prior && { ...e, current, prior };
    }
  }
}
