/**
 * A part of a total that a sentence breaks up: "expenses totaled $21.2 million and were comprised of $11.7 million of
 * debt related interest and expenses, $4.3 million of base management fees, …, $1.7 million of general and
 * administrative expenses and $0.7 million of provision for excise taxes" (PennantPark, 1Q FY2025). The parts are the
 * company's groups of its lines, which may join lines the statement prints apart: its "general and administrative" is
 * "General and administrative expenses 1,250" and "Administrative services expenses 500" printed below it, 1,750 →
 * $1.7 million. So a part linked to the one line its words name, which it does not tie, is no accusation where that
 * line together with lines printed next to it under the same total (no total between them, the same section) does
 * tie: no reading is certain, and the check is unverifiable and names both. Where no such group ties, the mismatch
 * stands: a wrong figure is still caught.
 */
import type { Fact } from '../types.ts';
import { claimCheck, type DraftCheck } from './claim.ts';
import { ClaimError, type Context } from './evaluate.ts';
import type { NumberToken } from './extract.ts';
import { factWithId } from './fact-index.ts';
import { messages } from './messages.ts';
import { sentences } from './reading.ts';
import type { Expression } from '../checks/expression.ts';

// "were comprised of", "consisted of", "made up of", "composed of": what follows lists the parts of what came before.
const BREAKS_UP = /\b(?:comprised|composed|made\s+up|consist(?:ed|s|ing)?)\s+of\b/gi;
const AMOUNT = /\$\s?\d/g;

/** The last sentence's phrases that break up a total: each figure of a sentence asks, and a sentence may be megabytes long. */
let lastBreaks: { line: string; start: number; at: number[] } | null = null;

/** Where in its sentence each phrase breaking up a total starts. */
function breaksUpIn(line: string, sentence: { start: number; end: number }): number[] {
  if (lastBreaks === null || lastBreaks.line !== line || lastBreaks.start !== sentence.start) {
    lastBreaks = { line, start: sentence.start, at: [...line.slice(sentence.start, sentence.end).matchAll(BREAKS_UP)].map((m) => m.index!) };
  }
  return lastBreaks.at;
}
// The most lines a group may join: a part is a few lines of a statement, never a whole section.
const MOST_LINES = 4;

/**
 * The check of `token` read as a part of a total its sentence breaks up, where its own line does not tie and a group
 * of lines around it does: unverifiable, with the readings considered. Null when the sentence breaks up no total, the
 * check is not a mismatch of one line's figure, or no group ties.
 */
export function groupedPart(check: DraftCheck, token: NumberToken, lineText: string, ctx: Context): DraftCheck | null {
  if (check.verdict !== 'mismatch' || check.inputs.length !== 1 || token.kind !== 'money') return null;
  if (!breaksUpTotal(token, lineText)) return null;
  const line = factWithId(ctx.facts, check.inputs[0]);
  if (!line || line.value === null) return null;
  const block = linesBeside(line, ctx.facts);
  const at = block.indexOf(line);
  for (let length = 2; length <= Math.min(MOST_LINES, block.length); length++) {
    for (let from = Math.max(0, at - length + 1); from <= at && from + length <= block.length; from++) {
      const group = block.slice(from, from + length);
      const grouped = judged(group, token, lineText, ctx);
      if (!grouped || (grouped.verdict !== 'exact' && grouped.verdict !== 'rounding')) continue;
      const labels = group.map((f) => f.label);
      return {
        ...check,
        verdict: 'unverifiable',
        explanation: messages.groupedPart(line.label, labels, check.explanation, grouped.explanation),
        readings: [messages.lineAlone(line.label, check.verdict), messages.linesGrouped(labels, grouped.verdict)],
      };
    }
  }
  return null;
}

/** Whether the token's sentence states a total and then lists it by parts, the token among them. */
function breaksUpTotal(token: NumberToken, lineText: string): boolean {
  const at = token.column - 1;
  const sentence = sentences(lineText).find((s) => s.start <= at && at < s.end);
  if (!sentence) return false;
  const text = lineText.slice(sentence.start, sentence.end);
  const own = at - sentence.start;
  for (const index of breaksUpIn(lineText, sentence)) {
    if (index > own) break;
    const before = text.slice(0, index).match(AMOUNT)?.length ?? 0;
    const after = text.slice(index).match(AMOUNT)?.length ?? 0;
    if (before >= 1 && after >= 2) return true;
  }
  return false;
}

/**
 * The lines printed next to `line` in its column that a group may join: of its table, period and column, in its
 * section, not totals, and with no total or other section between them and it; in printed order.
 */
function linesBeside(line: Fact, facts: readonly Fact[]): Fact[] {
  const column = facts
    .filter((f) => f.table === line.table && f.period === line.period && (f.dimension ?? null) === (line.dimension ?? null))
    .sort((a, b) => a.line - b.line);
  const at = column.indexOf(line);
  const joins = (f: Fact) =>
    !f.total && f.value !== null && f.unit === line.unit && f.scale === line.scale && f.section.join('\u0000') === line.section.join('\u0000');
  let from = at;
  while (from > 0 && joins(column[from - 1])) from--;
  let to = at;
  while (to < column.length - 1 && joins(column[to + 1])) to++;
  return column.slice(from, to + 1);
}

/** The claim's check with the figure read as the group's sum; null when it cannot be evaluated. */
function judged(group: readonly Fact[], token: NumberToken, lineText: string, ctx: Context): DraftCheck | null {
  const expression = group
    .map((f): Expression => ({ type: 'fact', id: f.id }))
    .reduce((left, right) => ({ type: 'binary', op: '+', left, right }));
  try {
    return claimCheck({ expression }, token, lineText, ctx);
  } catch (e) {
    if (e instanceof ClaimError) return null;
    throw e;
  }
}
