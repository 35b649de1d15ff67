/**
 * Planted errors: a few table figures of a release altered beyond any rounding, chosen by a
 * seeded generator (the same seed and release always plant the same digits), so that the
 * corpus measures how often an error really printed in a release becomes a mismatch.
 *
 * A planting changes one digit of a figure's number in release.txt, never the last digit of a
 * number of two or more digits: the value moves by at least ten units of its last printed digit
 * (a one-digit number moves by at least two), beyond what the rounding of the figure and of the
 * handful of figures a relation adds can explain. Only facts with a value are planted: a nil mark
 * ("—"), a date, a footnote marker or a label's words are no fact with a value, and a fact whose
 * printed text does not hold its value as one plain number is left alone.
 */
import type { Fact } from '../../src/lib/types.ts';
import { Decimal } from '../../src/lib/decimal.ts';
import { random } from '../../test/robustness/fuzz.ts';

/** One altered figure: where it is printed, its number before and after, and its value after. */
export interface Planting {
  /** The fact altered. */
  fact: string;
  /** 1-based line and column of the figure's printed text in release.txt. */
  line: number;
  column: number;
  /** The printed text before and after (`$ 94,074` → `$ 96,074`). */
  before: string;
  after: string;
  /** The fact's value before and after, in printed units. */
  value: string;
  planted: string;
}

/** The number of a printed figure: `1,234.5` in `$ (1,234.5)`; a leading `.5` too. */
const NUMBER = /\d[\d,]*(?:\.\d+)?|\.\d+/;

/**
 * Where the plain number of a fact's printed text is, or null when the text holds no number
 * equal to the fact's value in magnitude (a figure the planting cannot alter faithfully).
 */
export function numberOf(fact: Pick<Fact, 'raw' | 'value' | 'status'>): { start: number; text: string } | null {
  if (fact.status !== 'reported' || fact.value === null) return null;
  const m = NUMBER.exec(fact.raw);
  if (!m) return null;
  const digits = m[0].replace(/,/g, '');
  let printed: Decimal;
  let value: Decimal;
  try {
    printed = new Decimal(digits);
    value = new Decimal(fact.value).abs();
  } catch {
    return null;
  }
  if (!printed.eq(value)) return null;
  return { start: m.index, text: m[0] };
}

/**
 * A figure of the release text that can be planted: a fact with a value whose printed text is at its place, and that
 * measures something (a note's number or a year a column names, unit `reference`, is no figure an error can be in).
 */
export function plantable(fact: Fact, lines: readonly string[]): boolean {
  if (fact.unit === 'reference') return false;
  const line = lines[fact.line - 1];
  if (line === undefined) return false;
  if (line.slice(fact.column - 1, fact.column - 1 + fact.raw.length) !== fact.raw) return false;
  return numberOf(fact) !== null;
}

/** The fuzzer's seeded generator (mulberry32): the same plantings for the same seed on every platform. */
export const generator = random;

/** FNV-1a of a text: a release's own seed from the run's seed and its id. */
export function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/**
 * The number with one digit changed, beyond rounding: a digit other than the last of a number of
 * two or more digits (so the value moves by ten units of its last digit or more; a leading digit
 * never becomes 0), or a one-digit number moved by two or more.
 */
export function alterNumber(text: string, random: () => number): string {
  const positions: number[] = [];
  for (let i = 0; i < text.length; i++) if (text[i] >= '0' && text[i] <= '9') positions.push(i);
  const pick = (n: number) => Math.min(n - 1, Math.floor(random() * n));
  if (positions.length === 1) {
    const at = positions[0];
    const old = Number(text[at]);
    const choices = [1, 2, 3, 4, 5, 6, 7, 8, 9].filter((d) => Math.abs(d - old) >= 2);
    return text.slice(0, at) + String(choices[pick(choices.length)]) + text.slice(at + 1);
  }
  const candidates = positions.slice(0, -1);
  const at = candidates[pick(candidates.length)];
  const leading = at === positions[0] && positions.length > 1 && text[at] !== '0' && !text.slice(0, at).includes('.');
  const old = text[at];
  const choices = '0123456789'.split('').filter((d) => d !== old && !(leading && d === '0'));
  return text.slice(0, at) + choices[pick(choices.length)] + text.slice(at + 1);
}

/**
 * `count` plantings in a release's figures, chosen by `seed` and the release id: the same
 * every run. Each is to be applied alone (applyPlanting), the release read and checked again.
 */
export function plantFigures(releaseId: string, facts: readonly Fact[], text: string, count: number, seed: number): Planting[] {
  const lines = text.split('\n');
  const candidates = facts.filter((f) => plantable(f, lines));
  const random = generator(hash(`${seed}:${releaseId}`));
  // A partial Fisher–Yates shuffle: the first `count` of a random order, without repeats.
  const order = candidates.slice();
  const n = Math.min(count, order.length);
  const plantings: Planting[] = [];
  for (let i = 0; i < n; i++) {
    const j = i + Math.min(order.length - i - 1, Math.floor(random() * (order.length - i)));
    [order[i], order[j]] = [order[j], order[i]];
    const fact = order[i];
    const number = numberOf(fact)!;
    const altered = alterNumber(number.text, random);
    const after = fact.raw.slice(0, number.start) + altered + fact.raw.slice(number.start + number.text.length);
    // As ingest writes a value: the printed digits, trailing zeros kept ("2.0"), with the fact's sign.
    const magnitude = altered.replace(/,/g, '').replace(/^\./, '0.');
    const planted = new Decimal(fact.value!).isNegative() ? `-${magnitude}` : magnitude;
    plantings.push({ fact: fact.id, line: fact.line, column: fact.column, before: fact.raw, after, value: fact.value!, planted });
  }
  return plantings;
}

/** The release text with one planting applied. Throws if the text at its place is not what was planted on. */
export function applyPlanting(text: string, planting: Planting): string {
  const lines = text.split('\n');
  const line = lines[planting.line - 1];
  const at = planting.column - 1;
  if (line === undefined || line.slice(at, at + planting.before.length) !== planting.before) {
    throw new Error(`expected ${planting.before} at release.txt:${planting.line}:${planting.column}`);
  }
  lines[planting.line - 1] = line.slice(0, at) + planting.after + line.slice(at + planting.before.length);
  return lines.join('\n');
}
