/**
 * Definitions: each measure recomputed from its definition, in every period the release
 * prints it. The company model writes the release's own (non-GAAP) definitions; the base
 * model brings those that hold by definition everywhere (earnings per share from net
 * income and shares, margins from their measure and revenue), for the concepts it
 * recognizes and the company model does not define.
 *
 * A base definition is evaluated only where every input is printed, reading the
 * non-GAAP figures for a non-GAAP measure (revenue and share counts fall back to the
 * GAAP figure). Earnings per share in a release that allocates earnings to participating
 * or preferred securities or to noncontrolling interests, or that has more than one class of
 * common stock (share-classes.ts), may differ from net income ÷ shares, so there it is
 * published only when it holds.
 *
 * Ids: `definition/<concept>/<period>`.
 */
import { BASE_CONCEPTS, BASE_DEFINITIONS, type BaseDefinition, twinId, twinOf } from '../model/index.ts';
import type { Check, Fact, TableRow } from '../types.ts';
import { type CheckContext, periodLabel } from './context.ts';
import { type Evaluation, evaluate, inUnitsOf, type Scope } from './evaluate.ts';
import { type Expression, parseExpression, subexpressions } from './expression.ts';
import { makeCheck, titleOf } from './make-check.ts';
import type { Definition } from './relations.ts';
import { type Adjustment, aboveWhatAllocationLeaves as allocationLeaves, baseDefinitionNote, revenueReadAs, baseDefinitionNoted, definitionNotEstablished, nilCountsAsZero, notPrinted, scaleApart, scaleReread } from './relation-messages.ts';
import { Decimal, parseDecimal, powerOfTen } from '../decimal.ts';
import { figureOf } from './interval.ts';
import { conceptScope, preferred } from './scopes.ts';
import { conceptWords, rowWords } from './words.ts';
import { shareClasses } from './share-classes.ts';
import { allocationKind, type AllocationKind, type NumeratorLevel, numeratorLevel, unsettled } from './earnings-allocations.ts';
import { corroboratedOrNot, term, termsCheck } from './ratio-terms.ts';
import { aboveWhatAllocationLeaves } from './allocation-bound.ts';
import { preferredConvertedIn } from './preferred-conversion.ts';
import { shown } from './messages.ts';
import { isConstantCurrency, isCurrencyEffect } from './currency-columns.ts';

export function definitionChecks(ctx: CheckContext): Check[] {
  return [...modelDefinitions(ctx), ...baseDefinitions(ctx)];
}

function modelDefinitions(ctx: CheckContext): Check[] {
  return Object.entries(ctx.relations.definitions).flatMap(([concept, def]) =>
    reportedFacts(ctx, concept, def).map((reported) => definitionCheck(ctx, concept, def, reported)),
  );
}

/** One printed figure per period: from the definition's table when it prints one, else the first that does. */
function reportedFacts(ctx: CheckContext, concept: string, def: Pick<Definition, 'in'>): Fact[] {
  const all = ctx.index.byConcept().get(concept) ?? [];
  const periods = [...new Set(all.map((f) => f.period))];
  return periods.map((p) => preferred(all.filter((f) => f.period === p), def.in ? [def.in] : [])!);
}

function definitionCheck(ctx: CheckContext, concept: string, def: Definition, reported: Fact): Check {
  // Inputs are read from the reported figure's own table first: a reconciliation foots on its own lines.
  const e = evaluate(parseExpression(def.equals), conceptScope(ctx, reported.period, [reported.table]));
  const subject = def.label ?? conceptWords(ctx.model, concept);
  return definedAs(ctx, `definition/${concept}/${reported.period}`, subject, e, reported, e.nils.length > 0 ? [nilCountsAsZero(e.nils.map(rowWords))] : []);
}

/** A definition check: the reported figure against `subject` = the evaluated expression, in the figure's own units. */
/** `column`: the column in words where its period alone does not name it (a segment's, "Q2 2026 (coking coal)"). */
export function definedAs(ctx: CheckContext, id: string, subject: string, e: Evaluation, reported: Fact, notes: string[], power = 0, column?: string): Check {
  return makeCheck({
    release: ctx.release,
    kind: 'definition',
    id,
    title: titleOf(subject, column ?? periodLabel(ctx, reported.period)),
    formula: `${subject} = ${e.words}`,
    period: reported.period,
    inputs: e.inputs,
    reported,
    computed: inUnitsOf(e, reported.scale - power),
    notes,
  });
}

/**
 * Words in a release's tables that say earnings are allocated otherwise than net income ÷ shares, beyond what a line
 * attributable to the company or to its common holders takes (./earnings-allocations.ts).
 */
const ALLOCATION = /\b(participating|two[ -]class|discontinued)\b/i;
/**
 * Words that say diluted earnings may add back what a conversion would save (the if-converted
 * method: interest on convertible notes, a capped call's gains): its numerator is adjusted.
 */
const CONVERSION = /\bconvertible\b/i;
/**
 * A note saying the computation of earnings per share takes another numerator than the line: Amcor's FY23 "(1)
 * Calculation of diluted EPS for the twelve months ended June 30, 2023 excludes net income attributable to shares to be
 * repurchased under forward contracts of $7 million" (basic too: (1,048 − 7) ÷ 1,468 = 0.709, as printed).
 */
const NUMERATOR_NOTE = /\b(?:calculation|computation|calculating|computing)\s+(?:of\s+)?(?:the\s+)?(?:basic\s+|diluted\s+|basic\s+and\s+diluted\s+)?(?:EPS|earnings\s+(?:\(loss\)\s+)?per\s+(?:common\s+|ordinary\s+)?share)\b[^.]*?\b(?:excludes?|excluding|deducts?|deducting|adds?\s+back|adjusts?|adjusted)\b[^.]*?\b(?:net\s+)?(?:income|earnings|profit)\b/i;

/** The release's note on how it computes earnings per share (NUMERATOR_NOTE), as printed, or null. */
function numeratorNote(ctx: CheckContext): string | null {
  for (const p of ctx.release.prose) {
    const m = NUMERATOR_NOTE.exec(p.text);
    if (m) return p.text.slice(m.index, Math.min(p.text.length, m.index + 200)).replace(/\s+/g, ' ').trim();
  }
  return null;
}

/**
 * What a release's tables allocate earnings to, by the words of a line printed with a figure other than nil or zero:
 * on the line, or, for a caption, on a line under it. "Preferred stock, $0.001 par value, zero shares issued — —"
 * allocates nothing (Arvinas', Confluent's), nor does "Preferred stock, $.01 par value; authorized 5,000,000;" over
 * "Issued - none" (Asta Funding's).
 */
function allocations(ctx: CheckContext): Set<AllocationKind> {
  const figured = (r: TableRow) =>
    r.cells.some((id) => {
      const f = id === null ? undefined : ctx.index.fact(id);
      return f !== undefined && f.status !== 'nil' && !(f.value !== null && parseDecimal(f.value).isZero());
    });
  const kinds = new Set<AllocationKind>();
  for (const t of ctx.release.tables) {
    t.rows.forEach((r, i) => {
      const kind = allocationKind(r.label, ALLOCATION);
      if (kind === null || kinds.has(kind)) return;
      const shown = r.cells.some((id) => id !== null) ? figured(r) : t.rows.slice(i + 1).some((under) => under.section.includes(r.label) && figured(under));
      if (shown) kinds.add(kind);
    });
  }
  return kinds;
}

function baseDefinitions(ctx: CheckContext): Check[] {
  const checks: Check[] = [];
  const kinds = allocations(ctx);
  const shown = allocationShown(ctx);
  const converts = ctx.release.tables.some((t) => t.rows.some((r) => CONVERSION.test(r.label)));
  const classes = shareClasses(ctx.release);
  const note = numeratorNote(ctx);
  const stopped = preferredConvertedIn(ctx);
  // A numerator printed after the allocations (attributable to the company, to its common holders, allocated to common
  // stock) has them taken already: only the others, and the other readings, stay.
  const allocatedFor = (check: Check, diluted: boolean): Adjustment => {
    const level = levelOf(ctx, check);
    if (unsettled(kinds, level, diluted)) return 'allocated';
    return shown && level !== 'allocated' ? 'allocation-shown' : null;
  };
  for (const [concept] of ctx.index.byConcept()) {
    const base = twinOf(concept) ?? concept;
    const def = BASE_DEFINITIONS[base];
    // Diluted earnings left to common stock beside preferred stock: its conversion may add the dividends back.
    const adjustedFor = (check: Check) =>
      def?.perShare
        ? (stopped.has(check.period ?? '') ? 'preferred-stopped' : allocatedFor(check, def.diluted === true) ?? (note ? { note } : classes ? { classes } : converts && def.diluted ? 'converted' : def.diluted && kinds.has('preferred') ? 'preferred-converted' : null))
        : null;
    // A company model that names the concept means the base concept (its own definition, if any, comes first).
    if (!def || concept in ctx.relations.definitions) continue;
    const likely: { check: Check; adjusted: ReturnType<typeof adjustedFor> }[] = [];
    // In the order found; those certain by their labels are judged with their notes.
    const own: Check[] = [];
    const sure = new Set<Check>();
    for (const reported of reportedFacts(ctx, concept, {})) {
      const check = baseDefinitionCheck(ctx, concept, base !== concept, def, reported);
      if (!check) continue;
      const adjusted = adjustedFor(check);
      const certain =
        !adjusted &&
        [reported.id, ...check.inputs].every((id) => {
          const f = ctx.index.fact(id);
          return !f || (ctx.recognition.rows.get(`${f.table}/${f.row}`)?.certain ?? true);
        });
      // Figures a power of a thousand apart within rounding are a share count read at the wrong scale: judged
      // at the scale under which they tie, saying so (a misprint is never exactly a thousand times off).
      const apart = check.verdict === 'mismatch' ? powerApart(check) : null;
      const reread = apart !== null ? baseDefinitionCheck(ctx, concept, base !== concept, def, reported, apart) : null;
      if (reread && reread.verdict !== 'mismatch') own.push(reread);
      else if (apart !== null) own.push({ ...check, verdict: 'unverifiable', difference: null, explanation: `${check.explanation} ${scaleApart(apart)}` });
      else if (certain) {
        own.push(check);
        sure.add(check);
      } else likely.push({ check, adjusted });
    }
    checks.push(...judgedWithItsNotes(ctx, own, sure), ...likely.map(({ check, adjusted }) => (adjusted === 'allocated' && base === concept && allocationLeavesBelow(ctx, base, check)) || judgedByItsPeriod(check, adjusted)));
  }
  return checks;
}

/** How far down the allocations the numerator a check divides stands (./earnings-allocations.ts). */
function levelOf(ctx: CheckContext, check: Check): NumeratorLevel {
  for (const id of check.inputs) {
    const f = ctx.index.fact(id);
    const level = f ? numeratorLevel(ctx.recognition.conceptOf(f), f.label) : null;
    if (level) return level;
  }
  return null;
}

/**
 * Whether the release prints, for a period, what it allocates to common stock beside net income (attributable to
 * the company, or not) and the two differ: participating securities take a share, so a period that prints only net
 * income does not give the numerator of its earnings per share (Cadence's 48,176 beside 48,346, 2Q19).
 */
function allocationShown(ctx: CheckContext): boolean {
  return ['', 'non-gaap-'].some((basis) =>
    (ctx.index.byConcept().get(`${basis}net-income-allocated`) ?? []).some((a) =>
      [`${basis}net-income-attributable`, `${basis}net-income`].some((c) =>
        ctx.index.concept(c, a.period).some((n) => a.value !== null && n.value !== null && !figureOf(a).value.eq(figureOf(n).value)),
      ),
    ),
  );
}

/**
 * A concept's certain definitions, each period's figure printed on a line that carries a note mark judged as a
 * noted ratio is (./margins.ts): the note is where the release may define the figure otherwise (Cboe's "Adjusted
 * operating margin (15)", its note: "adjusted operating income divided by adjusted revenue less cost of revenue",
 * not revenue), so a period where the base definition fails is an error only where it holds in the other periods,
 * two at least; else unverifiable, citing the note. A line without a mark is judged as before.
 */
function judgedWithItsNotes(ctx: CheckContext, checks: Check[], sure: ReadonlySet<Check>): Check[] {
  const noted = (c: Check) => (sure.has(c) && c.reported.fact !== null ? ctx.index.fact(c.reported.fact)?.footnotes[0] : undefined);
  if (!checks.some((c) => c.verdict === 'mismatch' && noted(c) !== undefined)) return checks;
  const certain = checks.filter((c) => sure.has(c));
  const judged = new Map(corroboratedOrNot(certain, '').map((j, i) => [certain[i], j]));
  return checks.map((c) => {
    const mark = noted(c);
    if (c.verdict !== 'mismatch' || mark === undefined) return c;
    const j = judged.get(c)!;
    return j.verdict === 'mismatch' ? j : { ...c, verdict: 'unverifiable' as const, difference: null, explanation: `${c.explanation} ${baseDefinitionNoted(mark)}` };
  });
}

/**
 * The power of ten (±3, ±6) by which the computed figure, so scaled, is the printed one within
 * rounding, or null: figures a thousand or a million times apart are a scale misread (share
 * counts read in thousands under "(in thousands, except per share data)", or not), never an error
 * a misprint makes (Alexander's 12,277 thousand ÷ 5,133,534 shares read as thousands: 0.0024 for $2.39).
 */
function powerApart(check: Check): number | null {
  if (check.reported.value === null || !check.computedInterval || check.tolerance === null) return null;
  const printed = parseDecimal(check.reported.value);
  const tolerance = parseDecimal(check.tolerance);
  const lo = parseDecimal(check.computedInterval.lo);
  const hi = parseDecimal(check.computedInterval.hi);
  for (const k of [3, -3, 6, -6]) {
    const factor = powerOfTen(k);
    const [a, b] = [lo.times(factor), hi.times(factor)];
    if (printed.plus(tolerance).gte(Decimal.min(a, b)) && printed.minus(tolerance).lte(Decimal.max(a, b))) return k;
  }
  return null;
}

/**
 * A definition the release does not make certain (a concept read only likely; earnings per
 * share where earnings are allocated to noncontrolling interests, participating or preferred
 * securities; diluted earnings per share beside convertible securities): a period where it fails is not judged, and says why. Unlike a footing's columns,
 * its periods do not corroborate one another: an allocation to participating securities moves
 * earnings per share in some periods and not in others (Westwood's, Copa's).
 */
function judgedByItsPeriod(c: Check, adjusted: Adjustment): Check {
  return c.verdict === 'mismatch' ? { ...c, verdict: 'unverifiable' as const, difference: null, explanation: `${c.explanation} ${definitionNotEstablished(adjusted)}` } : c;
}

/**
 * Earnings per share where earnings are allocated otherwise, failing above net income ÷ the basic shares: still a
 * mismatch, saying why (./allocation-bound.ts); else null. A diluted figure is bounded by the basic shares of its period.
 * GAAP figures only: a non-GAAP figure's own definition need not follow the rules of dilution.
 */
function allocationLeavesBelow(ctx: CheckContext, base: string, check: Check): Check | null {
  if (check.verdict !== 'mismatch' || check.reported.fact === null) return null;
  const [numerator, shares] = check.inputs.map((id) => ctx.index.fact(id));
  const reported = ctx.index.fact(check.reported.fact);
  if (!numerator || !shares || !reported || !/^[A-Z]{3}$/.test(numerator.unit) || shares.unit !== 'shares') return null;
  const basic = base === 'eps-diluted' ? preferred(ctx.index.concept('shares-basic', check.period ?? ''), [reported.table, numerator.table]) : shares;
  if (!basic) return null;
  const bound = basic === shares ? check : termsCheck(ctx, { kind: 'definition', id: check.id, subject: '', expression: 'numerator / shares', terms: [term('numerator', numerator), term('shares', basic)], reported, restsOn: '' });
  if (!aboveWhatAllocationLeaves(ctx, check, bound, numerator)) return null;
  return { ...check, explanation: `${check.explanation} ${allocationLeaves(bound.computed === null ? '?' : shown(parseDecimal(bound.computed), reported.decimals + 2))}` };
}

/** The base definition's check; `power` reads the computed figure that many powers of ten larger (a share count's scale misread). */
function baseDefinitionCheck(ctx: CheckContext, concept: string, nonGaap: boolean, def: BaseDefinition, reported: Fact, power = 0): Check | null {
  const scope = baseScope(ctx, reported.period, [reported.table], nonGaap);
  for (const text of def.equals) {
    const expression = parseExpression(text);
    const missing = names(expression).filter((n) => !('fact' in scope.lookup(n)));
    const subject = conceptWords(ctx.model, concept);
    const notes = [baseDefinitionNote(def.reason)];
    if (power !== 0) notes.push(scaleReread(power));
    const withRevenue = (lines: Fact[], count: number) =>
      lines.map((line) => {
        const reread: Scope = { ...scope, lookup: (name) => (name === 'revenue' ? { fact: line } : scope.lookup(name)), label: (name) => (name === 'revenue' ? rowWords(line) : scope.label(name)) };
        return definedAs(ctx, `definition/${concept}/${reported.period}`, subject, evaluate(expression, reread), reported, [...notes, revenueReadAs(rowWords(line), count)], power);
      });
    // No revenue by its concept: the lines of the margin's own table that may be it (`revenueLines`). One the figures
    // fit is the reading; none: the first line naming revenue or sales, the others considered.
    if (missing.length === 1 && missing[0] === 'revenue') {
      const lines = revenueLines(ctx, reported, []);
      if (lines.length === 0) continue;
      const checks = withRevenue(lines, lines.length);
      return checks.find((c) => c.verdict !== 'mismatch') ?? checks[Math.max(0, lines.findIndex((l) => /revenue|sales/i.test(rowWords(l))))]!;
    }
    if (missing.length > 0) continue;
    const e = evaluate(expression, scope);
    if (e.nils.length > 0) notes.unshift(nilCountsAsZero(e.nils.map(rowWords)));
    const check = definedAs(ctx, `definition/${concept}/${reported.period}`, subject, e, reported, notes, power);
    if (check.verdict !== 'mismatch' || !names(expression).includes('revenue')) return check;
    // Where the revenue its concept names fails, the other lines of revenue the margin's own table prints, tried in turn.
    const others = revenueLines(ctx, reported, check.inputs);
    return withRevenue(others, others.length + 1).find((c) => c.verdict !== 'mismatch') ?? check;
  }
  return null;
}

/** A line of the table naming revenue, sales or total income: "Revenue from operations", "Total Income", "Net sales". */
const REVENUE_LINE = /^(?:total\s+)?(?:net\s+)?(?:revenues?|sales|income)(?:\s+from\s+operations)?$|^revenues?\s+from\s+operations$|^total\s+(?:revenues?|income)$/i;

/**
 * The lines of the reported figure's table, in its period, that may be revenue (`REVENUE_LINE`), but those `used`: a
 * margin of revenue where the release prints more than one (JTL's "Revenue from operations" 4,705.17 and "Total Income"
 * 4,741.63 in its income statement highlights, a summary's "Total Revenue" 4,742 elsewhere, Q3 FY2026; its EBITDA margin
 * 8.21% is of the first) is read with the one its figures fit, saying so.
 */
function revenueLines(ctx: CheckContext, reported: Fact, used: readonly string[]): Fact[] {
  return ctx.release.facts.filter(
    (f) => f.table === reported.table && f.period === reported.period && f.origin === 'cell' && f.status === 'reported' && f.value !== null && f.unit !== 'percent' && !f.dimension && !used.includes(f.id) && REVENUE_LINE.test(rowWords(f).trim()),
  );
}


/**
 * Base concepts in one period. For a non-GAAP measure a name reads its non-GAAP twin;
 * revenue and share counts, the same under either basis, fall back to the GAAP figure.
 */
function baseScope(ctx: CheckContext, period: string, prefer: string[], nonGaap: boolean): Scope {
  const concepts = conceptScope(ctx, period, prefer);
  const candidates = (name: string): string[] => {
    const c = BASE_CONCEPTS[name];
    if (!nonGaap || !c) return [name];
    if (!c.twin) return [name];
    return c.neutral ? [twinId(name), name] : [twinId(name)];
  };
  const printed = (c: string, name: string) => {
    const facts = ctx.index.concept(c, period);
    // A neutral concept's twin that is its GAAP figure at other exchange rates is no basis of the measure (ServiceNow's
    // 1Q20 "Non-GAAP adjusted total revenues (1)" 1,058,834, GAAP total revenues plus "Effects of foreign currency rate
    // fluctuations": its non-GAAP gross margin, 83%, is of GAAP revenues, 863,366 ÷ 1,046,340).
    return facts.length > 0 && !(c !== name && facts.every((f) => currencyTranslated(ctx, f, name)));
  };
  const pick = (name: string) => candidates(name).find((c) => printed(c, name)) ?? (candidates(name).includes(name) ? name : candidates(name)[0]);
  return {
    label: (name) => concepts.label(pick(name)),
    lookup: (name) => {
      const fact = preferred(ctx.index.concept(pick(name), period), prefer);
      return fact ? { fact } : { missing: notPrinted(concepts.label(pick(name)), periodLabel(ctx, period)) };
    },
    range: () => [],
  };
}

/**
 * Whether a fact is another's figure translated at other exchange rates: its label says constant currency, or the lines
 * right above it in its table, back to the line of `gaap` (the concept it adjusts), are all currency effects.
 */
function currencyTranslated(ctx: CheckContext, fact: Fact, gaap: string): boolean {
  if (isConstantCurrency(fact.label)) return true;
  const rows = ctx.release.tables.find((t) => t.id === fact.table)?.rows ?? [];
  const adjusted = new Set(ctx.index.concept(gaap, fact.period).filter((g) => g.table === fact.table).map((g) => g.row));
  let effects = 0;
  for (let i = rows.findIndex((r) => r.id === fact.row) - 1; i >= 0 && effects < 4; i--) {
    const row = rows[i];
    if (row.kind !== 'values') return false;
    if (adjusted.has(row.id)) return effects > 0;
    if (!isCurrencyEffect(row.label)) return false;
    effects++;
  }
  return false;
}

function names(e: Expression): string[] {
  return subexpressions(e).flatMap((x) => (x.type === 'name' ? [x.name] : []));
}
