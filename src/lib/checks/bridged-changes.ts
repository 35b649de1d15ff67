/**
 * A reported change printed as the sum of its rounded parts. Johnson & Johnson prints sales "% Change" as "Reported |
 * Operational | Currency" and makes the reported one of the other two as printed: Worldwide FY2022, 6.1 + (4.8) = 1.3,
 * where the sales, 94,943 against 93,775, grew 1.25%. Each part was rounded on its own, so the reported change is known
 * to the parts' rounding, not to its own half unit: 6.05 − 4.85 to 6.15 − 4.75, 1.2 to 1.4.
 *
 * Read from the published checks, run last, on growth mismatches only: a change whose figure is the reported term of
 * a bridge across columns that holds (./change-columns.ts) and is, exactly as printed, the qualified change with the
 * impacts put back; or a change printed elsewhere with the same figure of the same two amounts (J&J's highlights print
 * "Reported Sales … 1.3%" with no parts beside it). Judged with the parts' intervals: within them, within rounding.
 *
 * And a bridge across columns whose terms print a dash among rounded percentages: the dash is a change that rounds to
 * nothing, not an exact nought. PepsiCo's Q4 2022 Quaker Foods prints "Core % Change —%", "Foreign exchange
 * translation —" and "Core Constant Currency % Change 1%": two changes under half a point each make one that rounds to
 * a point. Each dash is allowed its half unit.
 */
import { Decimal, parseDecimal } from '../decimal.ts';
import type { Check, Fact } from '../types.ts';
import type { CheckContext } from './context.ts';
import { add, contains, halfUnit, type Interval, neg, printed, toJson } from './interval.ts';
import { dashesRounded, printedAsItsParts } from './relation-messages.ts';
import { holds } from './ratio-terms.ts';
import { tableWords } from './words.ts';

interface Parts {
  /** The reported change as the parts allow it, in its printed units. */
  interval: Interval;
  /** "6.1 + (4.8) = 1.3 in the … (line 62)". */
  shown: string;
}

export function withBridgedChanges(ctx: CheckContext, checks: Check[]): Check[] {
  checks = checks.map((c) => (c.kind === 'change' && c.id.endsWith('/bridged') && c.verdict === 'mismatch' ? (withDashesRounded(ctx, c) ?? c) : c));
  if (!checks.some((c) => c.kind === 'growth' && c.verdict === 'mismatch')) return checks;
  const parts = new Map<string, Parts>();
  for (const c of checks) {
    if (c.kind !== 'change' || !c.id.endsWith('/bridged') || !holds(c) || !c.reported.fact) continue;
    const found = asItsParts(ctx, c);
    if (found) parts.set(found.reported.id, found.parts);
  }
  if (parts.size === 0) return checks;
  // The amounts a change compares, by the change's figure: a copy of a bridged change compares the same two.
  const compared = new Map<string, string>();
  for (const c of checks) if (c.kind === 'growth' && c.reported.fact && c.inputs.length === 2) compared.set(c.reported.fact, amounts(ctx, c));
  return checks.map((c) => {
    if (c.kind !== 'growth' || c.verdict !== 'mismatch' || !c.reported.fact || c.computed === null || c.inputs.length !== 2) return c;
    const own = parts.get(c.reported.fact);
    const reported = ctx.index.fact(c.reported.fact);
    const copy = own ?? [...parts].find(([id]) => {
      const other = ctx.index.fact(id);
      return other && reported && other.value === reported.value && compared.get(id) === amounts(ctx, c);
    })?.[1];
    if (!copy || !contains(copy.interval, parseDecimal(c.computed))) return c;
    return {
      ...c,
      verdict: 'rounding' as const,
      difference: null,
      computedInterval: toJson(copy.interval),
      explanation: `${c.explanation.split(/(?<=\.)\s+(?=[A-Z])/)[0]} ${printedAsItsParts(copy.shown)}`,
    };
  });
}

/** The two amounts a growth compares, as printed, to find its copies. */
function amounts(ctx: CheckContext, c: Check): string {
  return c.inputs.map((id) => ctx.index.fact(id)?.value ?? '?').join('|');
}

/**
 * The bridge's reported change as the qualified change with the impacts put back, where that equals it exactly as
 * printed; null otherwise. The bridge reads qualified = reported − impacts or reported + impacts: each is tried.
 */
function asItsParts(ctx: CheckContext, bridge: Check): { reported: Fact; parts: Parts } | null {
  const [reported, ...impacts] = bridge.inputs.map((id) => ctx.index.fact(id));
  const qualified = ctx.index.fact(bridge.reported.fact!);
  if (!reported || !qualified || impacts.length === 0 || impacts.some((f) => !f) || reported.value === null || qualified.value === null) return null;
  const value = (f: Fact) => (f.value === null ? new Decimal(0) : parseDecimal(f.value));
  const span = (f: Fact) => (f.value === null ? printed('0', 0) : printed(f.value, f.decimals));
  const moved = (impacts as Fact[]).reduce((s, f) => s.plus(value(f)), new Decimal(0));
  const movedSpan = (impacts as Fact[]).slice(1).reduce((s, f) => add(s, span(f)), span(impacts[0]!));
  for (const sign of [1, -1]) {
    if (!value(qualified).plus(moved.times(sign)).eq(value(reported))) continue;
    const interval = add(span(qualified), sign === 1 ? movedSpan : neg(movedSpan));
    const terms = [qualified, ...(impacts as Fact[])].map((f, k) => `${k === 0 ? '' : sign === 1 ? '+ ' : '− '}${f.raw.trim()}`).join(' ');
    return { reported, parts: { interval, shown: `${terms} = ${reported.raw.trim()} in the ${tableWords(reported.table)} (line ${reported.line})` } };
  }
  return null;
}

/** The bridge judged with each dash among its terms (and its printed figure) standing for up to half a unit; null where it still fails. */
function withDashesRounded(ctx: CheckContext, c: Check): Check | null {
  const reported = c.reported.fact ? ctx.index.fact(c.reported.fact) : undefined;
  if (!reported || c.difference === null || c.tolerance === null) return null;
  const dashes = [...c.inputs.map((id) => ctx.index.fact(id)), reported].filter((f) => f?.status === 'nil').length;
  if (dashes === 0) return null;
  const allowed = parseDecimal(c.tolerance).plus(halfUnit(reported.decimals).times(dashes));
  if (parseDecimal(c.difference).abs().gt(allowed)) return null;
  return { ...c, verdict: 'rounding' as const, difference: null, explanation: `${c.explanation} ${dashesRounded(dashes)}` };
}
