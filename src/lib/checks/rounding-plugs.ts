/**
 * A rounding plug: a tie's two printings of one figure a unit of their last digit apart, where each printing is a line
 * of a total its own table prints, whose lines add up to it exactly as printed only with that printing. A release
 * rounds each line of a statement on its own and moves the rounding difference into one line so that the statement
 * foots; the same figure in another table, plugged for that table's footing, may then be a unit off. FICO (2Q FY20)
 * prints "Purchases of property and equipment" (13,166) in its statement of cash flows, whose investing total
 * (14,958) adds up only with 13,166, and "Capital expenditures" (13,167) in its free-cash-flow reconciliation, where
 * 121,859 − 13,167 = 108,692 only with 13,167: one figure rounded two ways (13,166.5), within rounding.
 *
 * Read from the published checks, run last. Both places must be such lines: a total is footed from its lines, and a
 * line no footing forces was printed as rounded, so a unit off there is a misprint (MDC Partners' "Operating income"
 * 15,681 against 15,682, 1Q20, is a total). Each footing must be judged exact, its total printed at the line's scale
 * and precision (so that the other figure would not foot). A difference of more than one unit stays a mismatch.
 * A plug moves one line: where a table prints two or more lines of one period otherwise than other tables do
 * (NVIDIA's Q2 FY2023 operating cash flow 1,270 against 1,271 and capital expenditures (433) against (432)), the tables
 * were built from other figures, which no rounding explains, and each difference stays a mismatch. The lines are
 * counted against all other tables at once, not per pair: NVIDIA's fiscal 2024 Q2 release prints the statement's
 * financing lines as a table of their own, so its principal payments (14) against the reconciliation's (15) were the
 * one line of that pair, while the reconciliation also prints the operating cash flow otherwise (1,271 against 1,270).
 */
import { parseDecimal, powerOfTen } from '../decimal.ts';
import type { Check, Fact } from '../types.ts';
import type { CheckContext } from './context.ts';
import { roundingPlug, sharePlug } from './relation-messages.ts';

export function withRoundingPlugs(ctx: CheckContext, checks: Check[]): Check[] {
  const footings = checks.filter((c) => c.kind === 'footing');
  const totals = new Set(footings.flatMap((c) => (c.reported.fact ? [c.reported.fact] : [])));
  const footedBy = new Map<string, Check>();
  for (const c of footings) if (c.verdict === 'exact' && c.reported.fact) for (const id of c.inputs) if (!footedBy.has(id)) footedBy.set(id, c);
  // The footing `line` is forced by: exact, its total in the line's own scale and precision, the line no total itself.
  const forcing = (line: Fact): Check | null => {
    if (totals.has(line.id)) return null;
    const footing = footedBy.get(line.id);
    const total = footing?.reported.fact ? ctx.index.fact(footing.reported.fact) : undefined;
    return footing && total && total.table === line.table && total.scale === line.scale && total.decimals === line.decimals ? footing : null;
  };
  // The lines of one period of a table that some other table prints otherwise, counted against all other tables at
  // once: a statement whose financing lines are a table of their own still differs from the reconciliation in two lines.
  const tableOf = (f: Fact) => `${f.table}|${f.period}`;
  const tied = (c: Check) => (c.kind === 'tie' && c.verdict === 'mismatch' && c.reported.fact && c.inputs.length === 1 ? [ctx.index.fact(c.reported.fact), ctx.index.fact(c.inputs[0]!)] : []);
  const differing = new Map<string, Set<string>>();
  for (const c of checks) {
    const [a, b] = tied(c);
    if (!a || !b || a.table === b.table) continue;
    for (const f of [a, b]) differing.set(tableOf(f), (differing.get(tableOf(f)) ?? new Set<string>()).add(f.id));
  }
  const lines = (f: Fact) => differing.get(tableOf(f))?.size ?? 0;
  return checks.map((c) => {
    if (c.kind !== 'tie' || c.verdict !== 'mismatch' || c.difference === null || !c.reported.fact || c.inputs.length !== 1) return c;
    const [a, b] = [ctx.index.fact(c.reported.fact), ctx.index.fact(c.inputs[0]!)];
    if (a && b && (lines(a) > 1 || lines(b) > 1)) return c;
    if (!a || !b || a.value === null || b.value === null || a.table === b.table || a.scale !== b.scale || a.decimals !== b.decimals) return c;
    if (!parseDecimal(a.value).minus(parseDecimal(b.value)).abs().eq(powerOfTen(-a.decimals))) return c;
    const [fa, fb] = [forcing(a), forcing(b)];
    if (!fa || !fb) return c;
    const printed = (f: Fact) => f.raw.replace(/<\/?u>|\\/g, '').trim();
    const totalOf = (footing: Check) => ctx.index.fact(footing.reported.fact!)!;
    const explanation = `${c.explanation.replace('more than rounding allows', 'more than one rounding allows')} ${roundingPlug(printed(a), totalOf(fa).label, printed(totalOf(fa)), printed(b), totalOf(fb).label, printed(totalOf(fb)))}`;
    return { ...c, verdict: 'rounding' as const, explanation };
  });
}

/**
 * A share plugged so that a column of shares foots: Dave & Buster's prints "Other store operating expenses 429,431
 * 31.8%" of total revenues of 1,354,691 (31.70%), its shares then adding up exactly to "Total operating costs 89.1%",
 * which the shares each rounded alone would miss (89.0%). A share of a whole one unit of its last digit from the
 * quotient rounded, printed in a column whose footing is exact as printed and fails with the rounded quotient in its
 * place, is the company's rounding moved into one line: within rounding. Read from the published checks, run last; a
 * share further off, or in a column that foots either way, stays a mismatch.
 */
export function withSharePlugs(ctx: CheckContext, checks: Check[]): Check[] {
  const footings = checks.filter((c) => c.kind === 'footing' && c.verdict === 'exact' && c.computed !== null && c.reported.fact);
  return checks.map((c) => {
    if (c.kind !== 'definition' || c.verdict !== 'mismatch' || c.computed === null || !c.reported.fact) return c;
    const share = ctx.index.fact(c.reported.fact);
    if (!share || share.unit !== 'percent' || share.value === null) return c;
    const unit = powerOfTen(-share.decimals);
    const rounded = parseDecimal(c.computed).toDecimalPlaces(share.decimals);
    const printed = parseDecimal(share.value);
    if (!printed.minus(rounded).abs().eq(unit)) return c;
    const footing = footings.find((f) => f.inputs.includes(share.id) && f.reported.fact !== share.id);
    if (!footing) return c;
    const total = ctx.index.fact(footing.reported.fact!);
    if (!total || total.value === null || total.decimals !== share.decimals) return c;
    // With the rounded quotient in its place the column would not foot as printed: the plug is what makes it foot.
    if (parseDecimal(footing.computed!).minus(printed).plus(rounded).eq(parseDecimal(total.value))) return c;
    const text = (f: Fact) => f.raw.replace(/<\/?u>|\\/g, '').trim();
    return { ...c, verdict: 'rounding' as const, explanation: `${c.explanation.replace('more than rounding allows', 'more than one rounding allows').replace(/,? so this line is a mismatch\./, ', and this line alone differs.')} ${sharePlug(text(share), rounded.toFixed(share.decimals), total.label, text(total))}` };
  });
}
