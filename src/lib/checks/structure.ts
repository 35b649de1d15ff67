/**
 * Footings read from a table's structure, as a reader of the statement would, each with
 * the reason it was inferred and whether the structure makes it certain.
 *
 * The table is read top to bottom as nested blocks. A section header ("Current assets:",
 * "Operating expenses", "ASSETS") opens a block; rows are items of the innermost open
 * block; a closing row sums the items of the block it closes, and then stands for them:
 *
 * - "Total X" closes the open section named X, with its unclosed subsections: certain;
 * - a bare "Total" (or "Subtotal", or a row with no label) closes the innermost section:
 *   certain, unless a subsection opened after rows left it open (then it is only likely);
 * - "Total X" in a section named otherwise is a running subtotal of that section: certain
 *   when X begins the section's name ("Total liabilities" in "Liabilities and equity"),
 *   likely otherwise; outside any section, the block since the last subtotal: likely;
 * - "Net cash … operating activities" closes the section of operating activities;
 *   the net change in cash sums the section totals and the effect of exchange rates;
 *   cash at the end of the period is cash at its beginning plus the change: certain;
 * - in a statement of operations each subtotal of the chain (gross profit, operating
 *   income, income before taxes, net income) is the one before it, plus income and less
 *   costs printed between them: certain when every line says which it is;
 * - in a reconciliation, a non-GAAP result is its GAAP measure plus the adjustments
 *   printed between them: certain when both name the same measure (or the title names
 *   them), likely otherwise;
 * - an underlined figure not labelled as a total sums the block above it: likely.
 *
 * Where the layout allows several readings of a total (which lines it covers, a line's
 * sign), each is proposed, and the one published is the first the figures tie under in every
 * column, else the one they fit in most columns (the others then mismatches, corroborated by
 * the same rows). A certain relation is kept whatever its verdict; a likely one its labels
 * state is kept as unverifiable when no reading fits; a guess is dropped. Where the figures
 * pick the lines a total covers (outside any section, unlabelled), a run that fails in one
 * column is kept where the other columns bear it out (bornOut), that column a mismatch. Summaries of selected figures get only
 * their explicit section totals; a table that only its change columns make a summary is
 * read in its period columns as it would be without them, every reading but a named
 * section total only likely. Only rows in the total's unit are summed: percentages
 * and per-share figures never are.
 */
import type { Fact, TableRow, Unit } from '../types.ts';
import { type Evaluation, inUnitsOf } from './evaluate.ts';
import { verdictOf } from './verdict.ts';
import type { RowConcept, TableReading } from '../model/index.ts';
import { isAdditive, isPerShare } from './context.ts';
import { Decimal } from '../decimal.ts';
import { sumScreen, type ScreenRow } from './sum-screen.ts';
import { basisOf, markedGaap, namesAMeasure, namesAStart, namesItemsAdjusted, namesNonGaapMeasure, normalizeLabel, plainLabel, polarityOf, saysItAdjusts, statesItsSign } from '../model/index.ts';
import { pushTo } from '../grouped.ts';
import { findDates } from '../ingest/dates.ts';

/** One row as the reader sees it. */
export interface RowView {
  row: TableRow;
  /** Unit of its figures; null for a header or a row of text. */
  unit: Unit | null;
  /** Its printed values in the table's period columns (change columns left out); null where nil, n/m or empty. */
  values: (string | null)[];
  /** The scale of its figures (a power of ten), when known: a quick screen of sums compares rows of one scale only. */
  scale?: number | null;
  /** Which of its values are printed as nil (exactly zero), where `values` has null as for n/m. */
  nil?: boolean[];
  /** What the base model reads in its label (whatever the company model calls it): structure is about printed labels. */
  concept: RowConcept | null;
}

export interface Term {
  row: TableRow;
  sign: 1 | -1;
}

export type Rule =
  | 'closes-section'
  | 'bare-total'
  | 'running-subtotal'
  | 'block-subtotal'
  | 'cash-flow-section'
  | 'cash-change'
  | 'cash-roll-forward'
  | 'roll-forward'
  | 'chain'
  | 'reconciliation'
  | 'underlined'
  | 'adjusted'
  | 'unlabelled';

export interface InferredFooting {
  total: TableRow;
  terms: Term[];
  rule: Rule;
  /** Why the relation was inferred, for the verdict: "'Total current assets' closes the section 'Current assets:'". */
  reason: string;
  certain: boolean;
  /**
   * The other readings the layout allows (which lines the total covers, a line's sign), in
   * order of preference after `terms`. The published reading is the first under which the
   * figures tie in every column, else the one they fit in most columns.
   */
  alternatives?: Alternative[];
  /**
   * Whether the labels state the relation (a "Total …" line, a subtotal of the chain, a
   * reconciliation's result), so that when no reading fits the figures it is published as
   * unverifiable, with the readings considered, rather than dropped as a guess that failed.
   */
  stated?: boolean;
  /**
   * A relation of one line that its labels state as the same figure (comprehensive income right under net income, no
   * other comprehensive income printed): corroborated by the columns where it holds, as a sum of lines is.
   */
  oneLine?: boolean;
  /**
   * A reading the labels suggest but do not establish as each column's relation (a roll between balances named by their
   * days): published where it holds in every column, else unverifiable with the readings considered, never a column's
   * mismatch corroborated by the others.
   */
  uncorroborated?: boolean;
  /** Set when published: how the figures fit the reading (see Fit). */
  fit?: 'holds' | 'corroborated' | 'fails';
  /** Set when published: the alternative read, in words ("" for the first reading). */
  read?: string;
  /** Set when published and more than one reading was considered: each, in words, the first as "the lines as printed". */
  considered?: string[];
}

/** Another reading of a relation, and what it takes differently, in words: "'Funds flow from operations' as a subtotal of the 7 lines above it". */
export interface Alternative {
  terms: Term[];
  says: string;
  /**
   * The lines it takes with the other sign from the reading their words state ("Plus:", "Less:", or a line's own
   * sign): only a column where one of them prints a figure other than zero tells it from that reading, so only
   * such a column bears it out (Cadence's "Plus:" and "Less:" lines, nil in three of five columns, 1Q20).
   */
  turns?: TableRow[];
}

export interface Reading {
  footings: InferredFooting[];
  /** Likely readings that did not hold, and so were not published, for `tieout model init` and the measurements. */
  rejected: InferredFooting[];
}

/**
 * How the figures fit one reading of a relation, over the table's period columns: where it
 * holds (exactly or within rounding), where it does not, and where it holds telling, with at
 * least two of its figures printed non-zero (a column of nils agrees with any reading).
 */
export interface Fit {
  held: number;
  failed: number;
  telling: number;
  /**
   * Columns where it holds exactly as a sum: the total and at least two of its lines printed
   * non-zero. What a column's figures can say for a reading no label fixes (see bornOut).
   */
  sums: number;
  /** The reported figures where it fails (fact ids): which column an error would be in. */
  failing?: string[];
  /**
   * The measures of the columns where it fails and where it sums exactly, when the judge knows them
   * (a column's dimension: "Number of Shares", "Weighted Average Grant Date Fair Value"; '' for a
   * plain period column): only a column of the same measure bears out another (see bornOut).
   */
  failingIn?: string[];
  sumsIn?: string[];
  /**
   * Whether a failing column's total lies within the range of its lines (2.5 between 2 and 3): what an average or a
   * price of the lines prints, not a sum of positive amounts, so columns of other measures bear nothing out there.
   */
  failsWithinLines?: boolean;
  /** Columns where it fails with a line printing nothing there (counted as zero): the line may not be the column's at all. */
  failsBlank?: number;
  /** For each column where it holds, the rows of its lines printing a figure other than zero there (see Alternative.turns). */
  heldWith?: string[][];
  /** The reported figures where it holds (fact ids), and what the reading computes in every column judged (see tellingAgainst). */
  heldAt?: string[];
  computed?: Map<string, string | null>;
}

/**
 * Adds one evaluation of a reading (a column of a footing, a line of a column total) to its fit:
 * held or failed by its verdict, and telling where at least two printed figures, the total
 * among them, are not zero (a relation of zeros shows nothing).
 */
export function tallyFit(fit: Fit, reported: Fact, e: Evaluation, measure?: string): void {
  // A figure doubted as printed (a separator misprinted) is evidence for no reading, and against none.
  if (reported.misprint !== undefined || e.inputs.some((f) => f.misprint !== undefined)) return;
  const verdict = verdictOf({ value: reported.value, decimals: reported.decimals, status: reported.status }, inUnitsOf(e, reported.scale));
  (fit.computed ??= new Map()).set(reported.id, e.value === null ? null : e.value.toString());
  if (verdict === 'mismatch') {
    fit.failed++;
    (fit.failing ??= []).push(reported.id);
    if (e.blanks.length > 0) fit.failsBlank = (fit.failsBlank ?? 0) + 1;
    if (measure !== undefined) (fit.failingIn ??= []).push(measure);
    if (withinLines(reported, e.inputs)) fit.failsWithinLines = true;
  } else if (verdict !== 'unverifiable') {
    fit.held++;
    (fit.heldAt ??= []).push(reported.id);
    const figures = [reported, ...e.inputs].filter((f) => f.status === 'reported' && f.value !== null && !ZERO.test(f.value));
    (fit.heldWith ??= []).push(figures.filter((f) => f !== reported).map((f) => f.row));
    if (figures.length >= 2 && figures.includes(reported)) fit.telling++;
    if (verdict === 'exact' && figures.length >= 3 && figures.includes(reported)) {
      fit.sums++;
      if (measure !== undefined) (fit.sumsIn ??= []).push(measure);
    }
  }
}

/**
 * Whether a total's size lies within the sizes of its lines printed non-zero (see Fit.failsWithinLines), lines all of one
 * sign: a sum of lines of both signs may lie anywhere among them (Forterra's adjusted EBITDA of a segment, 8,684, is its
 * EBITDA 8,741 less the net of its adjustments, 1Q20), and says nothing of an average.
 */
function withinLines(reported: Fact, inputs: readonly Fact[]): boolean {
  if (reported.value === null) return true;
  const printed = inputs.filter((f) => f.value !== null && !ZERO.test(f.value)).map((f) => new Decimal(f.value!));
  if (printed.some((v) => v.isNegative()) && printed.some((v) => v.isPositive())) return false;
  const sizes = printed.map((v) => v.abs());
  if (sizes.length === 0) return true;
  const size = new Decimal(reported.value).abs();
  return size.gte(Decimal.min(...sizes)) && size.lte(Decimal.max(...sizes));
}

/** A fit with nothing judged yet. */
export function noFit(): Fit {
  return { held: 0, failed: 0, telling: 0, sums: 0 };
}

const ZERO = /^-?0*(\.0*)?$/;

/** Judges a reading (a total and its terms) in every column of the table. */
export type Judge = (total: TableRow, terms: Term[]) => Fit;

/**
 * A reading's fit as evidence for it against the reading the words state, where it turns lines' signs: a column where
 * every turned line is nil or zero holds or fails alike under both readings, so it says nothing for the turn and is
 * not counted (Cadence's adjusted noninterest income, 1Q20: its "Plus:" and "Less:" lines turned "held" in the three
 * columns where they print nothing, and failed in the two where they print figures).
 */
function evidenceFor(fit: Fit, turns: TableRow[] | undefined): Fit {
  if (!turns || turns.length === 0) return fit;
  const ids = new Set(turns.map((r) => r.id));
  const held = (fit.heldWith ?? []).filter((rows) => rows.some((r) => ids.has(r))).length;
  return { ...fit, held, telling: Math.min(fit.telling, held), sums: Math.min(fit.sums, held) };
}

/**
 * A reading's fit as evidence against another that explains a figure it fails on: a column where both compute the same
 * (the lines that tell them apart nil, zero or a dash there) holds alike under both, so it says nothing for this one
 * and is not counted (PepsiCo's "Total" by division, Q2 2023, read as the sum of the seven divisions below Frito-Lay:
 * it held only in the three columns where Frito-Lay prints "—", as the sum of all eight did).
 */
export function tellingAgainst(fit: Fit, other: Fit): Fit {
  if (!fit.computed || !other.computed || !fit.heldAt) return fit;
  const held = fit.heldAt.filter((id) => !other.computed!.has(id) || other.computed!.get(id) !== fit.computed!.get(id)).length;
  if (held === fit.held) return fit;
  return { ...fit, held, telling: Math.min(fit.telling, held), sums: Math.min(fit.sums, held) };
}

/**
 * Each reading's fit as evidence for it where it fails somewhere: counted only in the columns that tell it from each
 * reading holding where it fails (tellingAgainst), the readings that would explain its failing figures otherwise.
 */
export function againstRivals(fits: (Fit | null)[]): (Fit | null)[] {
  return fits.map((fit, i) => {
    if (!fit || fit.failed === 0 || !fit.failing) return fit;
    let out = fit;
    fits.forEach((other, j) => {
      if (j === i || !other?.heldAt) return;
      if (fit.failing!.some((id) => other.heldAt!.includes(id))) out = tellingAgainst(out, other);
    });
    return out;
  });
}

/** The reading holds in every column where it can be judged, and in one at least. */
export function holdsEverywhere(fit: Fit): boolean {
  return fit.failed === 0 && fit.held > 0;
}

/** The reading fails in every column that tells, two at least: no error of one figure, but lines that are no sum of it. */
function failsEverywhere(fit: Fit): boolean {
  return fit.held === 0 && fit.failed >= 2;
}

/**
 * The reading holds in the other columns of the same rows, and fails in fewer: a column where
 * it fails is a mismatch, not a reason to drop the relation (most real errors look like this).
 */
export function corroborated(fit: Fit): boolean {
  return fit.failed > 0 && fit.telling > 0 && fit.held >= fit.failed;
}

/**
 * Whether a reading that fails in one column is borne out by the others strongly enough to make
 * that column a mismatch, where the layout leaves open which lines a total covers, so the figures
 * themselves pick the lines: it must fail in that one column only and hold exactly as a sum (the
 * total and two of its lines printed non-zero) in at least one other, every other column holding.
 * How much the figures must say depends on what else says the line is a total:
 *
 * - `stated`: its label or print says it is one ("Total expenses" outside any section, a bare
 *   "Total", an underlined figure), the lines it covers being what the figures leave open;
 * - `block`: no label says so, but the lines it sums are the whole block above it, from the top
 *   of the table or of the block it stands in (the last line of a "Calculation of working capital
 *   requirement" over every line above it);
 * - `figures`: nothing but the figures, a run of lines anywhere above it: two columns summing
 *   exactly, or three holding (small figures within rounding of a sum in two columns are no evidence).
 *
 * A column of the same measure bears out another (a period's figures another period's, a segment's
 * its own in another period). Columns of other measures are other relations (shares rolled forward
 * beside their weighted-average grant date fair value), save where the lines are amounts or counts
 * that add in every one of them: two other columns summing exactly bear out a failing one whose
 * measure names no average, price or rate and whose total lies outside its lines' range, as a sum
 * of positive amounts does and an average never (Mastercard's volumes, transactions and cards by
 * region, "Worldwide" over "Worldwide less United States" and "United States" in each). Where it
 * fails in more than one column, or holds nowhere exactly, nothing says which lines it covers, and
 * an error would be an accusation resting on a guess.
 */
export function bornOut(fit: Fit, support: 'stated' | 'block' | 'figures'): boolean {
  if (fit.failed !== 1 || fit.held === 0) return false;
  if (!fit.failingIn || !fit.sumsIn) return support === 'figures' ? fit.sums >= 2 || fit.telling >= 3 : fit.sums >= 1;
  const failing = fit.failingIn[0]!;
  const same = fit.sumsIn.filter((m) => m === failing).length;
  const others = fit.failsWithinLines || AVERAGED.test(failing) ? 0 : fit.sumsIn.filter((m) => m !== failing && !AVERAGED.test(m)).length;
  const sums = same + (others >= 2 ? others : 0);
  return support === 'figures' ? sums >= 2 || fit.telling >= 3 : sums >= 1;
}

/** A column's measure that is no amount adding over lines: an average, a price, a rate, a ratio, a margin, a yield, a figure per unit. */
const AVERAGED = /(?:^|-)(?:average|avg|weighted|price|prices|rate|rates|ratio|ratios|margin|margins|yield|yields|per|percent|growth|change|fair-value)(?:-|$)/;

/** Publishes a relation under the reading the figures fit (or, certain or stated, whatever they do), else records it as rejected; `possible` false: a screen of sums already rules the first reading out in some column. */
type Propose = (f: InferredFooting, possible?: boolean) => boolean;

/** Whether a relation holds (exactly or within rounding) in every column where it can be evaluated. */
type Holds = (f: InferredFooting) => boolean;

interface Item {
  view: RowView;
  /** Certain structure all the way down (a total read from a likely relation is not). */
  certain: boolean;
  /** What the line is, when its own label does not say: the section an unlabelled total closes. */
  names?: string;
  /** A total that closed a block and stands for it. */
  closing?: boolean;
  /** An amount whose label names a rate ("Rates", a line of business): no line of a total unless a reading says so. */
  rateNamed?: boolean;
}

interface Scope {
  header: TableRow | null;
  /** Plain name of the header: "current assets". */
  name: string;
  items: Item[];
  /** Opened after rows of its parent, with nothing to say whether it nests: a bare total after it is ambiguous. */
  afterRows: boolean;
}


export function readStructure(rows: RowView[], reading: TableReading, title: string, judge: Judge): Reading {
  const out: Reading = { footings: [], rejected: [] };
  // A relation published because its labels state it, though no reading fits (unverifiable), gives way to a later reading that fits.
  const footed = new Map<TableRow, InferredFooting>();
  const viewOf = new Map(rows.map((v) => [v.row, v]));
  const propose: Propose = (f, possible = true) => {
    const before = footed.get(f.total);
    if (f.terms.length === 0 || (before && !(before.fit === 'fails' && !before.certain))) return false;
    const readings: Alternative[] = [{ terms: f.terms, says: '' }, ...(f.alternatives ?? []).filter((a) => a.terms.length > 0)];
    const fits = readings.map((r, i) => (i === 0 && !possible ? null : evidenceFor(judge(f.total, r.terms), r.turns)));
    let at = fits.findIndex((fit) => fit !== null && holdsEverywhere(fit));
    let fit: InferredFooting['fit'] = 'holds';
    if (at < 0 && !f.uncorroborated) {
      fit = 'corroborated';
      // A single line is no sum: a total equal to it in some columns and not in others is another measure (Gladstone
      // Investment's "Total shares of common stock outstanding" under the weighted average, equal only in a quarter with
      // no shares issued), not an error the other columns bear out.
      const evidence = againstRivals(fits);
      evidence.forEach((x, i) => {
        if (x && corroborated(x) && (readings[i].terms.length > 1 || f.oneLine) && (at < 0 || x.held > evidence[at]!.held)) at = i;
      });
    }
    // Levels that hold one another (capital tiers) under a total its labels state are listed, not summed: a sum that
    // fails in every column accuses nothing (JPMorgan Chase's "CET1 capital", "Tier 1 capital", "Total capital").
    // Asked only where it decides (each line of a relation merely recorded read again cost the square of a long block).
    const levels = () => f.terms.every((t) => t.sign === 1) && nestedLevels(viewOf.get(f.total), f.terms.map((t) => ({ view: viewOf.get(t.row)!, certain: true })));
    if (at < 0 && !before && (f.certain || (f.stated && possible)) && !levels()) {
      at = 0;
      fit = 'fails';
    }
    if (readings.length > 1) f.considered = readings.map((r) => r.says || 'the lines as the layout first reads them');
    if (at < 0) {
      out.rejected.push(f);
      return false;
    }
    if (before) out.footings.splice(out.footings.indexOf(before), 1);
    footed.set(f.total, f);
    f.terms = readings[at].terms;
    f.read = readings[at].says;
    f.fit = fit;
    out.footings.push(f);
    return fit !== 'fails';
  };
  const holds = (f: InferredFooting) => holdsEverywhere(judge(f.total, f.terms));
  if (reading.kind === 'breakdown') return out;
  if (reading.kind === 'reconciliation') readReconciliation(rows, title, propose, judge);
  readBlocks(rows, reading, propose, holds, judge, title);
  return out;
}

/** Sections, totals, the cash-flow roll-forward and the income statement's chain. */
function readBlocks(rows: RowView[], reading: TableReading, propose: Propose, holds: Holds, judge: Judge, title = ''): void {
  const whole = wholeOfComponents(title);
  const root: Scope = { header: null, name: '', items: [], afterRows: false };
  let stack: Scope[] = [root];
  const top = () => stack[stack.length - 1];
  // A table that only its change columns make a summary has its period columns read as they would be
  // without them (RowView.values leave change columns out), but nothing read there beyond a named
  // section total is certain: a table of selected figures may leave lines out.
  const kind = reading.periods ?? reading.kind;
  const selected = kind === 'summary' || kind === 'reconciliation';
  const sure = (certain: boolean) => certain && reading.periods === undefined;
  const chain = kind === 'income';
  // A summary its title calls one ("Consolidated Financial Highlights") that prints a statement's chain among its
  // selected figures (PNC's total revenue, provision, noninterest expense, income before taxes, income taxes, net
  // income): each link a guess, published only where the figures bear it out, as selected figures may leave lines out.
  const selectedChain = kind === 'summary' && reading.periods === undefined;
  // Where the labels alone state a relation: a table read whole, not a selection of its figures.
  const plainly = !selected && reading.periods === undefined;
  const push = (view: RowView, certain = true) => top().items.push({ view, certain });

  // Lines printed right under a section's closing total that sum to it in every column, up to the next total (Krispy
  // Kreme's "Hubs with Spokes" and "Hubs without Spokes" under each region's "Total", 2Q26): its breakdown, counted once
  // by the total, so a total over the sections ("Total Hubs", 417 = 160 + 52 + 205) does not count them again.
  const withoutBreakdowns = (items: Item[]): Item[] => {
    const out: Item[] = [];
    for (let k = 0; k < items.length; k++) {
      const total = items[k]!;
      out.push(total);
      if (!total.closing) continue;
      let end = k + 1;
      while (end < items.length && !items[end]!.closing) end++;
      // Lines right above the line being read are its own to sum (Horizon's unlabelled total under "Net residential
      // loans" … "Net consumer loans", printed under "Net loans receivable"): only a breakdown another total follows goes.
      if (end === items.length) continue;
      const run = items.slice(k + 1, end);
      if (run.length === 0 || run.length > MAX_BLOCK || run.some((i) => i.rateNamed || i.view.unit !== total.view.unit)) continue;
      if (holds({ total: total.view.row, terms: run.map((i) => ({ row: i.view.row, sign: 1 as const })), rule: 'block-subtotal', reason: '', certain: false })) k = end - 1;
    }
    return out;
  };

  const close = (scope: Scope): Item[] => {
    const at = stack.indexOf(scope);
    const items = stack.slice(at).flatMap((s) => s.items);
    stack = stack.slice(0, at);
    return items;
  };

  /** Ends every open section inside `scope`, its rows becoming rows of `scope`. */
  const mergeInto = (scope: Scope) => {
    const at = stack.indexOf(scope);
    scope.items = stack.slice(at).flatMap((s) => s.items);
    stack = stack.slice(0, at + 1);
  };

  const following = new Map(rows.map((v, i) => [v, rows[i + 1]]));
  for (const view of rows) {
    const { row } = view;
    // A caption row without figures ("Operating expenses" over its lines) may head a section as a colon does.
    if (row.kind === 'section' || (row.kind === 'label' && row.label !== '')) {
      // A caption in capitals ("ASSETS", "LIABILITIES AND EQUITY", "OPERATING EXPENSES:") is a top-level section.
      if (isAllCaps(row.label)) mergeInto(root);
      stack.push({ header: row, name: sectionName(row.label), items: [], afterRows: top().items.some((i) => !i.rateNamed) && top() !== root });
      continue;
    }
    if (row.kind !== 'values' || !view.unit || !isAdditive(view.unit)) continue;
    if (totalWords(row.label) !== null) for (const scope of stack) scope.items = withoutBreakdowns(scope.items);
    // An amount whose label names a rate is mostly a rate misread, but may be a line of its own (MarketAxess's "Rates",
    // the commissions of its rates products, between "Total credit" and "Total transaction fees", 1Q20): kept in its
    // section, never a total, and counted only by the reading that says so (readingsOf).
    if (namesARatio(row.label)) {
      top().items.push({ view, certain: false, rateNamed: true });
      continue;
    }
    // "- of which MGR" under "Leases with variable clause": a part of the line above it, never a line beside it, so
    // no line of any total below (Mercialys, FY2024: "Leases with variable clause 1,257", three "of which" lines, "Leases
    // without variable clause 670", "Total 1,927").
    if (breaksDownLineAbove(row.label)) continue;
    const plain = plainLabel(row.label);
    const words = totalWords(row.label);
    const concept = view.concept?.concept ?? null;
    const same = (items: Item[]) => items.filter((i) => i.view.unit === view.unit && !i.rateNamed);
    const sumOf = (items: Item[]): Readings => readingsOf(view, withoutRestatements(same(items), holds), items, judge, propose);
    const allCertain = (items: Item[]) => same(items).every((i) => i.certain);

    // "Consolidated X" under the segments' lines of the open section X ("Consolidated earnings from operations" closing
    // "Earnings (Loss) from operations:" after its reportable segments and corporate): their total, only where the figures
    // fit, as a consolidated figure may hold eliminations the table does not print.
    const consolidated = /^consolidated (.+)$/.exec(sectionName(row.label));
    const segmented = consolidated ? findScope(stack, consolidated[1]) : null;
    if (segmented && same(segmented.items).length >= 2) {
      const items = stack.slice(stack.indexOf(segmented)).flatMap((s) => s.items);
      const ok = propose({
        total: row,
        ...sumOf(items),
        rule: 'closes-section',
        reason: `'${row.label}' closes the section '${header(segmented.header!)}', the lines of its parts.`,
        certain: false,
      });
      if (ok) {
        close(segmented);
        if (stack.length === 0) stack = [root];
        top().items.push({ view, certain: false, closing: true });
        continue;
      }
    }

    // Comprehensive income after net income closes the chain (below), though it says "Total" ("Total comprehensive
    // income/(loss) for the period, net of tax" after a section of other comprehensive income, Ascendis').
    const comprehensive = chain && COMPREHENSIVE.test(plain) && same(stack.flatMap((s) => s.items)).some((i) => i.view.concept !== null && baseOf(i.view.concept.concept) === 'net-income');
    // The owners' part of comprehensive income after the lines that take the others' away (Westwood's "Comprehensive income
    // attributable to Westwood Holdings Group, Inc." under "Total comprehensive income" and "Less: Comprehensive income
    // attributable to noncontrolling interest"): the whole less the lines between them, as net income attributable is.
    const owners = chain && !comprehensive && OWNERS_COMPREHENSIVE.test(plain) && !OTHERS.test(plain) && same(stack.flatMap((s) => s.items)).some((i) => COMPREHENSIVE.test(plainLabel(i.view.row.label)));

    // A result under a caption of adjustments, of the line printed just above the caption (PNC's CET1 capital; First
    // Quantum's "Total cost (C3)" from "Cash cost (C1)"): not a total of the caption's lines alone, nor of a section it names.
    if ((kind === 'other' || kind === 'summary') && words !== '' && !(words !== null && findScope(stack, words)) && adjustedAbove(view, stack, rows, judge, propose)) continue;

    // "Total X", "Total", "Subtotal", or no label at all.
    if (words !== null && !comprehensive) {
      const named = words === '' ? null : findScope(stack, words);
      if (named) {
        const items = close(named);
        const ok = propose({
          total: row,
          ...sumOf(items),
          stated: true,
          rule: 'closes-section',
          reason: `'${row.label}' closes the section '${header(named.header!)}'.`,
          // Lines set off at the section's head by rules of their own leave open which lines it adds up: the figures say.
          certain: allCertain(items) && !namesAnAverage(named.header!.label) && setOffLead(same(items)) === 0,
        });
        if (stack.length === 0) stack = [root];
        top().items.push({ view, certain: ok, closing: true });
        continue;
      }
      const scope = top();
      if (words === '' && scope !== root && !selected && subtotalSinceTotal(view, scope, holds, propose)) continue;
      if (words === '' && scope !== root) {
        const ambiguous = stack.some((s, i) => i > 0 && s.afterRows && stack.indexOf(scope) <= i);
        // The total printed just before the section's heading, with nothing between (a cash flow's adjusted profit over
        // "Changes in non-cash working capital components:"): a cash flow's unlabelled subtotal may carry it.
        const parent = stack[stack.indexOf(scope) - 1];
        const before = parent?.items.at(-1);
        const carried = before && before.closing && before.view.unit === view.unit && !before.rateNamed ? before : null;
        const items = close(scope);
        const readings = sumOf(items);
        // After a subsection that opened after rows, the total may close the sections around it too.
        // So may a last total after sections that print no total of their own (a table of plan assets by kind, whose
        // "Total" sums every line above it).
        const around = stack.slice(1).flatMap((s) => s.items).filter((i) => !i.rateNamed);
        const outer = ambiguous || (around.length > 0 && !around.some((i) => i.closing)) ? around : [];
        const grand: Alternative | null =
          outer.length > 0
            ? { terms: withoutRestatements(same([...outer, ...items]), holds).map((i) => ({ row: i.view.row, sign: lessSign(i.view) })), says: `'${row.label || '(no label)'}' closing the sections around '${header(scope.header!)}' too` }
            : null;
        if (grand) readings.alternatives.push(grand);
        // Or only the lines just above it, across the sections they close (Farmers & Merchants' unlabelled total of
        // liabilities and equity over the two unlabelled subtotals above it).
        // From the top of the table too, where no reading closes the sections around it: Sears' 2Q04 "Total" of its
        // significant items, 107 and $4.18 a share, over "Cumulative effect of change in accounting …" ("$ -", $3.86) and the
        // lines under "Proforma effects on the prior year:", the first telling only in its column per share.
        const above = same(stack.flatMap((s) => s.items));
        readings.alternatives.push(...suffixReadings(view, withoutRestatements(same([...above, ...items]), holds), grand === null && above.length > 0 ? 0 : 1, (terms) => bornOut(judge(row, terms), 'stated')));
        // Last, cumulative: that total and the section's lines (Eppley's 14,010 + seven working-capital lines = 147,480; Jamaica
        // Broilers' 8,206,142 + six = (1,201,432); unseen s16, class C). The heading does not start a new sum.
        if (carried && items.length > 0) {
          readings.alternatives.push({
            terms: [carried, ...withoutRestatements(same(items), holds)].map((i) => ({ row: i.view.row, sign: lessSign(i.view) })),
            says: `'${row.label || '(no label)'}' carrying '${carried.view.row.label || `${carried.names ?? ''} (total)`}' printed above '${header(scope.header!)}'`,
          });
        }
        // Levels that hold one another (capital tiers) are listed, not summed: nothing says what the total adds to them.
        const levels = nestedLevels(view, same(items));
        const f: InferredFooting = {
          total: row,
          ...readings,
          stated: plainly && !levels,
          rule: 'bare-total',
          reason: `'${row.label || '(no label)'}' closes the section '${header(scope.header!)}'.`,
          // A single line is no sum: an unlabelled row under one line that prints other figures is another measure or a
          // row whose label was lost (CAC 2000's cash flow as a converter wrote it, unseen s16), not that line's error.
          // Nor is an unlabelled row its lines fail in every column, two at least: a row whose label a converter shifted
          // (JMMB's 3Q23 equity, unseen s16: "Non-controlling interest 47,940,922" is the parent's equity, its lines' sum,
          // and the bare 1,591,448 under it the non-controlling interest), where the figures say it is no total of them.
          certain: sure(!ambiguous && allCertain(items) && !selected && !LIKELY_TOTAL.test(plain) && !levels && !namesAnAverage(scope.header!.label) && (same(items).length > 1 || row.label !== '') && !(row.label === '' && failsEverywhere(judge(row, readings.terms)))),
        };
        const ok = propose(f);
        if (grand && f.read === grand.says) stack = [root];
        if (stack.length === 0) stack = [root];
        top().items.push({ view, certain: ok, closing: true, names: scope.header!.label });
        continue;
      }
      // In a table of selected figures (Martin Marietta's "Total Building Materials business", "Total reportable
      // segments" among its segments' earnings), only where the figures fit: it may leave lines out.
      if (scope !== root) {
        // A running subtotal of its section: what the section printed so far. "Total
        // liabilities" in "Liabilities and equity" is certain; other words are not.
        const begins = [...stack].reverse().find((s) => s !== root && s.name.startsWith(`${singular(words)} `)) ??
          [...stack].reverse().find((s) => s !== root && singular(s.name).startsWith(`${singular(words)} `));
        const opens = (s: Scope) => s !== root && (s.name.startsWith(`${singular(words)} `) || singular(s.name).startsWith(`${singular(words)} `));
        let within = begins ?? scope;
        const items = stack.slice(stack.indexOf(within)).flatMap((s) => s.items);
        const readings = sumOf(items);
        // Or every open section its words begin, from an outer one: captions printed one after another with no total of
        // their own ("Deposits in U.S. offices:" and "Deposits in non-U.S. offices:", each over its noninterest- and
        // interest-bearing lines, then "Total deposits": Bank of America's balance sheet), the last nested in the first.
        const outer = begins ? stack.slice(1, stack.indexOf(begins)).filter(opens).reverse() : [];
        const wider = outer.map((o) => ({
          scope: o,
          says: `'${row.label}' closing every section from '${header(o.header!)}'`,
          terms: withoutRestatements(same(stack.slice(stack.indexOf(o)).flatMap((s) => s.items)), holds).map((i): Term => ({ row: i.view.row, sign: lessSign(i.view) })),
        }));
        readings.alternatives.push(...wider.map((w) => ({ terms: w.terms, says: w.says })));
        // Or the section and the lines printed before its caption, where no total stands between (Citizens' 4Q21 "Tax
        // notable items" over the caption "Other notable items- TOP & other actions", its five lines and their subtotal
        // "Noninterest expense", then "Total Other Notable Items" = 7 + (29) = (22)): the words begin the section's name,
        // not the lines it closes. Each of that reading's readings (its subtotals standing for their lines) is offered.
        const before = stack.slice(0, stack.indexOf(within)).flatMap((s) => s.items).filter((i) => !i.rateNamed);
        const preceded =
          before.length > 0 && !before.some((i) => i.closing) && same(before).length > 0
            ? (() => {
                const all = [...before, ...items];
                const r = readingsOf(view, withoutRestatements(same(all), holds), all, judge, propose);
                const says = `'${row.label}' closing the lines printed before '${header(within.header!)}' too`;
                return [{ terms: r.terms, says }, ...r.alternatives.filter((a) => !a.says.startsWith('only the')).map((a) => ({ terms: a.terms, says: `${says}; ${a.says}` }))];
              })()
            : [];
        readings.alternatives.push(...preceded);
        // Or the section and the sections of its kind closed before it, each by its total ("TOTAL ASSETS" under "OTHER
        // ASSETS", after "CURRENT ASSETS" closed by "Total current assets": Costco's balance sheet, 1Q FY23).
        const kin = begins === undefined && preceded.length === 0 ? kindredSections(before, within, words) : null;
        if (kin) {
          readings.alternatives.push({
            terms: withoutRestatements(same([...kin, ...items]), holds).map((i): Term => ({ row: i.view.row, sign: lessSign(i.view) })),
            says: `'${row.label}' closing '${header(within.header!)}' and the ${kin.filter((i) => i.closing).length === 1 ? 'section' : 'sections'} of ${words} closed above it`,
          });
          preceded.push(readings.alternatives.at(-1)!);
        }
        const f: InferredFooting = {
          total: row,
          ...readings,
          stated: plainly,
          rule: 'running-subtotal',
          reason: `'${row.label}' sums what the section '${header(within.header!)}' printed above it.`,
          certain: sure(!selected && begins !== undefined && allCertain(items)),
        };
        const ok = propose(f);
        if (ok && preceded.some((p) => p.says === f.read)) {
          // It closes the lines before the section too: they and the section stand for it alone.
          for (const s of stack) s.items = [];
          stack = [root];
          root.items = [{ view, certain: true, closing: true }];
        } else if (ok) {
          within = wider.find((w) => w.says === f.read)?.scope ?? within;
          stack = stack.slice(0, stack.indexOf(within) + 1);
          // Read as the lines since the last total: that total stays in the section beside this one.
          const since = readings.since?.find((x) => x.says === f.read);
          const kept = since ? items.slice(0, items.indexOf(since.after) + 1) : [];
          within.items = [...kept, { view, certain: true, closing: true }];
        } else push(view);
        continue;
      }
      if (!selected && blockSubtotal(view, top(), propose, judge)) continue;
      push(view);
      continue;
    }

    // A line that repeats its section's name ("Operating Expenses" under "Operating expenses",
    // "Revenue" under "Revenues"), as statements rendered from XBRL print their totals, closes it.
    if (!selected) {
      const repeated = findScope(stack, sectionName(row.label));
      if (repeated && same(repeated.items).length >= 2 && repeatsWhole(repeated.header!.label, row.label)) {
        const items = close(repeated);
        if (stack.length === 0) stack = [root];
        const ok = propose({
          total: row,
          ...sumOf(items),
          stated: plainly,
          rule: 'closes-section',
          reason: `'${row.label}' closes the section '${header(repeated.header!)}', whose name it repeats.`,
          // A name repeated is no "Total": the section's last line may be its miscellaneous item, named as the section
          // is (Byrna's "Other income (expense)" under "OTHER INCOME (EXPENSE)", a section with no total). It is
          // certain only where the figures tie somewhere; a failure in every column then accuses nothing.
          certain: false,
        });
        // Where it does not close them, it is the section's last line, and the section's lines are the next total's.
        if (ok) top().items.push({ view, certain: ok, closing: true });
        else top().items.push(...items, { view, certain: false });
        continue;
      }
      // A line that completes its section's name ("Net change in unrealized appreciation (depreciation) on:" closed by
      // "… on investments and debt") or nets it ("Realized and unrealized gain (loss) on investments and debt:" closed by
      // "Net realized and unrealized gain (loss) from investments and debt"), PennantPark's statement of operations
      // (1Q FY2025): their sum, where the figures bear it out.
      const completed = [...stack].reverse().find((s) => s !== root && s.header !== null && completesName(s.name, sectionName(row.label)));
      if (completed && same(completed.items).length >= 2) {
        const items = close(completed);
        if (stack.length === 0) stack = [root];
        const ok = propose({
          total: row,
          ...sumOf(items),
          rule: 'closes-section',
          reason: `'${row.label}' closes the section '${header(completed.header!)}', whose name it completes.`,
          certain: false,
        });
        if (ok) top().items.push({ view, certain: ok, closing: true });
        else top().items.push(...items, { view, certain: false });
        continue;
      }
    }

    // The statement of cash flows.
    const activity = /\b(operating|investing|financing) activities$/.exec(plain);
    if (activity && /^(total |net )?cash\b|^net cash\b/.test(plain) && !selected) {
      const scope = [...stack].find((s) => s.header && new RegExp(`\\b${activity[1]} activities\\b`).test(s.name) && !/^adjustments?\b/.test(s.name));
      if (scope) {
        const items = close(scope);
        if (stack.length === 0) stack = [root];
        const ok = propose({
          total: row,
          ...sumOf(items),
          stated: plainly,
          rule: 'cash-flow-section',
          reason: `'${row.label}' closes the section '${header(scope.header!)}'.`,
          certain: sure(allCertain(items)),
        });
        top().items.push({ view, certain: ok, closing: true });
        continue;
      }
    }
    if (cashRole(concept) === 'change' && !selected) {
      // The net change in cash: every section total and what the statement prints beside them.
      mergeInto(root);
      // Cash at the beginning printed at the statement's head (Amazon: "CASH, CASH EQUIVALENTS, AND RESTRICTED CASH,
      // BEGINNING OF PERIOD" above the operating activities) is no part of the change: it is kept for the end's roll-forward.
      const beginning = root.items.filter((i) => cashRole(i.view.concept?.concept ?? null) === 'beginning');
      const items = same(root.items.filter((i) => !beginning.includes(i)));
      const sections = items.filter((i) => /activities$/.test(plainLabel(i.view.row.label)));
      const others = items.filter((i) => !sections.includes(i));
      const ok = propose({
        total: row,
        ...sumOf(items),
          stated: plainly,
        rule: 'cash-change',
        reason: `'${row.label}' is the sum of the statement's section totals${others.length > 0 ? ` and ${others.map((o) => `'${o.view.row.label}'`).join(', ')}` : ''}.`,
        certain: sure(sections.length >= 2 && others.every((o) => /\bexchange rate/.test(plainLabel(o.view.row.label))) && allCertain(items)),
      });
      root.items = [...beginning, { view, certain: ok }];
      continue;
    }
    if (cashRole(concept) === 'end' && !selected) {
      // The beginning printed under a caption naming the cash alone ("Cash and cash equivalents:" over "Beginning" and
      // "Ending", SiteOne's 1Q20): the caption is no block of the roll-forward, which runs from the change above it. A
      // caption naming the change ("NET DECREASE IN CASH AND CASH EQUIVALENTS" over lines a converter shifted) stays one.
      if (top() !== root && top().header !== null && CASH_CAPTION.test(plainLabel(top().header!.label))) mergeInto(root);
      // The end's balance broken down under a caption of its own, no edge or change of cash among the lines
      // ("Balances included in the Consolidated Balance Sheets:" over the cash and the cash held for sale, then "Cash and
      // cash equivalents at end of year", HanesBrands' 4Q24): their sum, where the figures bear it out.
      const parts = top() !== root ? same(top().items) : [];
      if (parts.length >= 2 && parts.every((i) => cashRole(i.view.concept?.concept ?? null) === null && !i.closing)) {
        const scope = top();
        const ok = propose({
          total: row,
          ...sumOf(parts),
          rule: 'block-subtotal',
          reason: `'${row.label}' sums the ${parts.length} balances printed under '${header(scope.header!)}'.`,
          certain: false,
        });
        if (ok) {
          close(scope);
          if (stack.length === 0) stack = [root];
          top().items.push({ view, certain: false, closing: true });
          continue;
        }
      }
      const items = same(root.items);
      const roles = items.map((i) => cashRole(i.view.concept?.concept ?? null));
      // Beside the change and the beginning, only the effect of exchange rates on cash (Computer Modelling's
      // "Effect of foreign exchange on cash", printed between them).
      const others = items.filter((_, k) => roles[k] === null);
      const certain = items.length === others.length + 2 && roles.includes('change') && roles.includes('beginning') && others.every((o) => /\bexchange\b/.test(plainLabel(o.view.row.label)));
      const ok = propose({
        total: row,
        ...sumOf(items),
          stated: plainly,
        rule: 'cash-roll-forward',
        reason: `'${row.label}' is cash at the beginning of the period plus the net change printed above it.`,
        certain: sure(certain && allCertain(items)),
      });
      root.items = [{ view, certain: ok }];
      continue;
    }

    // A roll-forward: the balance at the end of the period is the balance at its beginning plus the movements printed between them.
    // So is a balance dated later than one printed above it with the same words ("Balance, June 30, 2025, net" …
    // "Balance, June 30, 2026, net", Centene's medical claims liability, 2Q26; "Balance at January 1, 2024" … "Balance
    // at December 31, 2024", a statement of changes in equity).
    const rollEnd = ROLL_END.test(plain);
    const endDay = rollEnd ? null : balanceDay(row.label);
    if (rollEnd || endDay !== null) {
      const open = stack.flatMap((s) => s.items);
      const beginAt = endDay !== null ? datedBalanceBefore(open, view, endDay, (from) => rows.slice(rows.indexOf(from) + 1, rows.indexOf(view)))
        : findLastIndex(open, (i) => i.view.unit === view.unit && !i.rateNamed && ROLL_BEGIN.test(plainLabel(i.view.row.label)));
      const movements = beginAt < 0 ? [] : same(open.slice(beginAt + 1));
      if (beginAt >= 0 && movements.length > 0) {
        const begin = open[beginAt];
        const readings = readingsOf(view, [begin, ...withoutRestatements(movements, holds)], open, judge, propose);
        // A movement printed positive that the balance loses ("Charge-offs 36"): one line at a time, the other sign.
        if (movements.length <= 6) {
          readings.terms.forEach((t, k) => {
            if (k > 0) readings.alternatives.push({ terms: readings.terms.map((u, m) => (m === k ? { row: u.row, sign: u.sign === 1 ? -1 : 1 } : u)), says: `'${t.row.label}' with the other sign (${t.sign === 1 ? 'taken away' : 'added'})` });
          });
        }
        const ok = propose({
          total: row,
          ...readings,
          stated: plainly,
          rule: 'roll-forward',
          reason: `'${row.label}' is '${begin.view.row.label}' plus the ${movements.length} movement${movements.length === 1 ? '' : 's'} printed between them.`,
          // Balances named by their days are paired by their words alone: where the figures do not bear the roll out in
          // every column, the lines between may not all be its movements (a Jamaican interim's statements of changes in
          // equity, unseen s16, print other balances and transfers between them), so no column is accused.
          ...(endDay !== null ? { uncorroborated: true, stated: true } : {}),
          certain: endDay === null && sure(!selected && begin.certain && allCertain(movements)),
        });
        // The roll-forward is over: its lines leave the blocks open above it, the ending balance stands for them.
        const owner = stack.find((s) => s.items.includes(begin))!;
        mergeInto(owner);
        owner.items = [...owner.items.filter((i) => !open.slice(beginAt).includes(i)), { view, certain: ok, closing: true }];
        continue;
      }
    }

    // The chain of subtotals of a statement of operations. A line of the chain printed first under a caption
    // ("EBITDA Reconciliation:" over "Income before provision for income taxes", Ark's, under its per-share lines)
    // starts that caption's block: it sums nothing above it.
    const opens = top() !== root && top().header !== null && !top().items.some((i) => !i.rateNamed);
    // Comprehensive income closes the chain: net income plus the other comprehensive income printed after it
    // (CRISPR's foreign currency translation and unrealized loss on marketable securities, or a section's total).
    if ((chain || (selectedChain && concept && CHAIN.has(baseOf(concept)) && chainAnchored(same(stack.flatMap((s) => s.items))))) && ((concept && CHAIN.has(baseOf(concept))) || comprehensive || owners) && !opens) {
      // A subtotal of the chain stands at the top level: sections it follows are over.
      mergeInto(root);
      const items = same(root.items);
      const named = comprehensive
        ? findLastIndex(items, (i) => i.view.concept !== null && baseOf(i.view.concept.concept) === 'net-income')
        : owners
          ? findLastIndex(items, (i) => COMPREHENSIVE.test(plainLabel(i.view.row.label)))
          : findLastIndex(items, (i) => i.view.concept !== null && CHAIN_FROM.has(baseOf(i.view.concept.concept)));
      // No line above names revenue or a subtotal of the chain, in selected figures of a statement: the chain starts at
      // the table's first line where that names an income ("Net interest income" over a bank's provision, other income
      // and expenses, FHLB Des Moines' operating results), a guess the figures must bear out (never certain, never
      // published where it fails), over lines none of which closes a block of its own.
      const first = !comprehensive && !owners && named < 0 && reading.periods !== undefined && items.length >= 3 && !items.some((i) => i.closing) && items[0] === root.items[0] && /\b(income|revenues?|sales)\b/.test(plainLabel(items[0].view.row.label)) && chainSign(items[0].view).sign !== -1;
      const anchorAt = first ? 0 : named;
      // Comprehensive income right under net income, no line of other comprehensive income between them (Westwood's
      // "Net income $ 2,099" over "Total comprehensive income $ 2,099"): the statement prints none, so the two are one
      // figure. A line of its own, no guess among lines: where it holds in the other columns, a column where it fails is
      // a misprint (corroborated), unlike a total that merely equals one line in some columns (./propose).
      if (comprehensive && anchorAt >= 0 && anchorAt === items.length - 1 && !selectedChain) {
        const anchor = items[anchorAt];
        propose({
          total: row,
          terms: [{ row: anchor.view.row, sign: 1 }],
          rule: 'chain',
          reason: `'${row.label}' is '${anchor.view.row.label}' plus the other comprehensive income printed between them, none: the same figure.`,
          certain: false,
          stated: true,
          oneLine: true,
        });
        root.items = [{ view, certain: false }];
        continue;
      }
      if (anchorAt >= 0 && anchorAt < items.length - 1) {
        const anchor = first ? { ...items[0], certain: false } : items[anchorAt];
        const between = items.slice(anchorAt + 1);
        // Other comprehensive income is printed signed, whatever its label names ("Reclassification adjustment for net
        // realized losses (gains) included in net income" adds back 1,313 at Chimera): each line as printed, never certain.
        const signs = comprehensive ? between.map(() => ({ sign: 1 as const, certain: false })) : between.map((i) => chainSign(i.view, i.names));
        const known = signs.every((s) => s.sign !== null);
        const readings = readingsOf(
          view,
          [anchor, ...between],
          root.items,
          judge,
          propose,
          [1, ...signs.map((x) => x.sign ?? 1)],
          [false, ...between.map((i, k) => signOpen(i.view, signs[k].sign))],
        );
        // Lines that do not say which they are: every line added as printed, as a reconciliation prints its adjustments.
        // Or every line after the first taken away as printed, as a statement prints its costs (Micron's "Other operating
        // (income) expense, net" 49 and (57) among them).
        // Where every line says which it is, the reading of costs as printed is still weighed before a mismatch: labels
        // mislead ("Sales, commissions and other marketing costs" below Taylor Morrison's gross margin is a cost, and its
        // "Net income from unconsolidated entities (261)" a credit among them).
        if (!known) readings.alternatives.push({ terms: readings.terms.map((t) => ({ row: t.row, sign: 1 })), says: 'every line added as printed' });
        // The other comprehensive income printed as a total of its own lines, last before comprehensive income (Ascendis'
        // "Exchange differences on translating foreign operations" 830 under "Other comprehensive income/(loss)", then "Other
        // comprehensive income/(loss) for the period, net of tax" 830): net income plus that total alone, its lines once.
        const oci = comprehensive && between.length > 1 ? between.at(-1)! : null;
        if (oci && OTHER_COMPREHENSIVE.test(plainLabel(oci.view.row.label))) {
          readings.alternatives.unshift({ terms: [{ row: anchor.view.row, sign: 1 }, { row: oci.view.row, sign: 1 }], says: `'${oci.view.row.label}' as the total of the other comprehensive income printed above it` });
        }
        readings.alternatives.push({ terms: readings.terms.map((t, k) => ({ row: t.row, sign: k === 0 ? 1 : -1 })), says: `every line after '${anchor.view.row.label}' taken away as printed` });
        const reason = `'${row.label}' is '${anchor.view.row.label}'${between.map((i, k) => ` ${(signs[k].sign ?? 1) < 0 ? 'less' : 'plus'} '${i.view.row.label || `${i.names ?? ''} (total)`}'`).join('')}, the lines between them${known ? '' : ' (taken as printed)'}.`;
        const ok = propose({
          total: row,
          ...readings,
          rule: 'chain',
          reason,
          certain: !owners && !selectedChain && sure(known && signs.every((s) => s.certain) && anchor.certain && allCertain(between)),
          stated: plainly && !first,
        });
        root.items = [{ view, certain: ok }];
        continue;
      }
      root.items = [{ view, certain: true }];
      continue;
    }

    // A non-operating total outside any section ("Other income (expense), net" under its lines).
    if (chain && (concept === 'other-income' || concept === 'other-expense') && stack.length === 1) {
      const items = same(root.items);
      const anchorAt = findLastIndex(items, (i) => i.view.concept !== null && CHAIN_FROM.has(baseOf(i.view.concept.concept)));
      const block = items.slice(anchorAt + 1);
      if (block.length >= 2) {
        const ok = propose({
          total: row,
          ...sumOf(block),
          rule: 'block-subtotal',
          reason: `'${row.label}' sums the ${block.length} lines printed between it and '${items[anchorAt]?.view.row.label ?? 'the top of the table'}'.`,
          certain: false,
        });
        if (ok) {
          root.items = [...items.slice(0, anchorAt + 1), { view, certain: false }];
          continue;
        }
      }
    }

    // "Accounts receivable, net" under "Accounts receivable, gross" and its allowance.
    if (netOfGross(view, top(), propose)) continue;
    // "Net current assets" under the totals of "Current assets:" and "Less Current liabilities:".
    if (netOfSections(view, top(), propose)) continue;
    // The line the title says the lines above it are components of ("(4)Components of Other (income)/deductions––net
    // include:" over Pfizer's lines and "Other (income)/deductions––net", 1Q22): their sum, subtotals standing for their
    // lines, certain by the title's words.
    if (whole !== null && top() === root && normalizeLabel(plainLabel(row.label)) === whole && same(root.items).length >= 2) {
      const items = same(root.items);
      const ok = propose({
        total: row,
        ...sumOf(items),
        stated: true,
        rule: 'block-subtotal',
        reason: `'${row.label}' is the whole the title says the ${items.length} lines above it are components of.`,
        certain: allCertain(items),
      });
      root.items = [{ view, certain: ok, closing: true }];
      continue;
    }
    // An underlined figure that no label calls a total.
    if (row.total && (!selected || kind === 'summary') && blockSubtotal(view, top(), propose, judge, 'underlined', stack)) continue;
    // In a table nothing names, a line that sums the lines just above it where nothing says so (Brookfield's
    // "Operating businesses" under its five, "Distributable earnings" under the three before it): a guess,
    // kept only where the figures make it plain (see unlabelledSubtotal).
    if ((kind === 'other' || kind === 'summary') && reading.periods === undefined && top() === root && unlabelledSubtotal(view, root, judge, propose)) continue;
    // Under a caption, the last line that sums every line printed under it (J&J's product sales: "IMMUNOLOGY" over
    // "US", "Intl" and "WW"; see captionSubtotal). Also where change columns alone make the table a summary (J&J's
    // "REPORTED SALES vs. PRIOR PERIOD" beside "% Change"): a selection of figures leaving lines out sums in no column,
    // and the reading is never certain.
    if ((kind === 'other' || kind === 'summary' || kind === 'segment') && top() !== root && lastUnder(view, following.get(view)) && captionSubtotal(view, top(), judge, propose)) continue;
    // Or, the caption's lines not all its, the run just above it that the figures make plain, as at the top level
    // (FinWise's "Adjusted operating revenue" under "Efficiency ratio": net interest income and non-interest income, not
    // the non-interest expense above them, 4Q24).
    if ((kind === 'other' || kind === 'summary') && reading.periods === undefined && top() !== root && lastUnder(view, following.get(view)) && unlabelledSubtotal(view, top(), judge, propose)) continue;
    push(view);
  }
}

/** The item a line names as a net ("Accounts receivable, net", "Net accounts receivable") or a gross amount. */
function grossOrNet(label: string): { item: string; net: boolean } | null {
  const plain = normalizeLabel(label.replace(/\([^)]*\)/g, ' '));
  const m = /^(?:(net|gross) (.+)|(.+?) (net|gross))$/.exec(plain);
  if (!m) return null;
  return { item: singular(m[2] ?? m[3]!), net: (m[1] ?? m[4]) === 'net' };
}

/**
 * A line naming an item net, printed under the same item named gross and the few lines between them that take it to
 * the net (an allowance, a reserve, accumulated depreciation), printed positive as a balance sheet prints them:
 * gross less those lines. Standard Motor Products, 1Q20: "ACCOUNTS RECEIVABLE, GROSS" 171,332, "ALLOWANCE FOR
 * DOUBTFUL ACCOUNTS" 5,647, "ACCOUNTS RECEIVABLE, NET" 165,685. The labels state the relation (certain); the lines'
 * sign is what the figures leave open (taken away, or added where printed negative). On success the gross line and
 * its deductions give way to the net, as a subtotal's lines do.
 */
function netOfGross(view: RowView, scope: Scope, propose: Propose): boolean {
  const net = grossOrNet(view.row.label);
  if (!net?.net) return false;
  const items = scope.items;
  const mine = linesAbove(items, view.unit);
  const at = mine.findLastIndex(({ item }) => {
    const g = grossOrNet(item.view.row.label);
    return g !== null && !g.net && g.item === net.item;
  });
  const between = at < 0 ? [] : mine.slice(at + 1);
  // Only line items between them: a total among them (TAT-QA's "Total deferred tax liabilities" between "Gross deferred
  // tax assets" and "Net deferred tax assets") or a net of its own says the net is of more than the gross and its deductions.
  if (between.length < 1 || between.length > 3) return false;
  if (between.some(({ item }) => item.closing || item.view.row.total || totalWords(item.view.row.label) !== null || /\bnet\b/i.test(item.view.row.label))) return false;
  const gross = mine[at]!.item.view.row;
  const terms = (sign: 1 | -1): Term[] => [{ row: gross, sign: 1 }, ...between.map(({ item }) => ({ row: item.view.row, sign }))];
  const f: InferredFooting = {
    total: view.row,
    terms: terms(-1),
    alternatives: [{ terms: terms(1), says: `${between.map(({ item }) => `'${item.view.row.label}'`).join(', ')} added, as printed` }],
    rule: 'block-subtotal',
    reason: `'${view.row.label}' is '${gross.label}' less the ${between.length === 1 ? 'line' : `${between.length} lines`} between them.`,
    certain: true,
    stated: true,
  };
  if (!propose(f)) return false;
  standFor(items, mine.slice(at), { view, certain: true });
  return true;
}

/**
 * A balance sheet in the net-assets form prints "Net current assets" under the totals of "Current assets:" and "Less
 * Current liabilities:", their difference, and then the total of what stands: the non-current assets and that net
 * (Fosrich's 4,182,729,464 = 2,321,637,192 + 1,861,092,272, unseen s16 class D; the same figure as equity and
 * non-current liabilities below). A line "Net <name>" right after the total of a section headed "Less …" (or "Deduct
 * …") and, before it, the total of the section <name>: the first less the second (added where printed negative), the
 * labels stating it (certain). On success the two totals give way to the net, as a subtotal's lines do; summed with
 * them, a total above counted the net assets three times.
 */
function netOfSections(view: RowView, scope: Scope, propose: Propose): boolean {
  const net = /^net\s+(.+)$/.exec(sectionName(view.row.label));
  if (!net) return false;
  const mine = linesAbove(scope.items, view.unit);
  const less = mine.at(-1);
  const whole = mine.at(-2);
  if (!less || !whole || !less.item.closing || !whole.item.closing || !less.item.names || !whole.item.names) return false;
  if (!/^(?:less|deduct)\b/i.test(less.item.names.trim()) || singular(sectionName(whole.item.names)) !== singular(net[1])) return false;
  const terms = (sign: 1 | -1): Term[] => [{ row: whole.item.view.row, sign: 1 }, { row: less.item.view.row, sign }];
  const f: InferredFooting = {
    total: view.row,
    terms: terms(-1),
    alternatives: [{ terms: terms(1), says: `'${less.item.names.trim()}' added, as printed` }],
    rule: 'block-subtotal',
    reason: `'${view.row.label}' is the total of '${whole.item.names.trim()}' less that of '${less.item.names.trim()}'.`,
    certain: true,
    stated: true,
  };
  if (!propose(f)) return false;
  standFor(scope.items, [whole, less], { view, certain: true });
  return true;
}

/**
 * A line no label calls a total, in a table nothing names, that sums the run of lines just above
 * it: a guess, kept only where the figures make it plain. The longest run that holds in every
 * column, two of them telling (one, in a table of one column); else, in a short block, the run
 * that fails in one column only where the others bear it out (bornOut: every line from the top of
 * the table, holding exactly as a sum in another column, PG&E's "Investigation remedies" under its
 * four items in a quarter and a year; or any run, summing exactly in two others or holding in
 * three), that column then a mismatch, corroborated by the same rows: small figures within
 * rounding of each other in two columns are no evidence (Royalty Pharma's "Investments in equity
 * method investees", (2) and (13), near the sums of three small lines above it). On success the
 * run is replaced by the line in `scope`.
 */
function unlabelledSubtotal(view: RowView, scope: Scope, judge: Judge, propose: Propose): boolean {
  const items = scope.items;
  const mine = linesAbove(items, view.unit);
  if (mine.length < 2) return false;
  const possible = sumScreen([...mine.map(({ item }) => screenRow(item.view)), screenRow(view)]);
  const terms = (start: number): Term[] => mine.slice(start).map(({ item }) => ({ row: item.view.row, sign: lessSign(item.view) }));
  let found = -1;
  for (let start = 0; start <= mine.length - 2 && found < 0; start++) {
    if (!possible(start, mine.length)) continue;
    const fit = judge(view.row, terms(start));
    if (holdsEverywhere(fit) && fit.telling >= Math.min(2, fit.held)) found = start;
  }
  if (found < 0 && mine.length <= 40) {
    const borne: { start: number; fit: Fit }[] = [];
    for (let start = 0; start <= mine.length - 2; start++) {
      const fit = judge(view.row, terms(start));
      // The run from the top of the table is its whole block: the layout, not only the figures, bounds it.
      if (bornOut(fit, start === 0 ? 'block' : 'figures')) borne.push({ start, fit });
    }
    found = borneOutRun(borne)?.start ?? -1;
  }
  if (found < 0) return false;
  const block = mine.slice(found);
  const ok = propose({
    total: view.row,
    terms: terms(found),
    rule: 'unlabelled',
    reason: `'${view.row.label}' sums the ${block.length} lines just above it, though no label calls it a total.`,
    certain: false,
  });
  if (ok) standFor(items, block, { view, certain: false });
  return ok;
}

/** Whether a line is the last of its caption's block: the table ends, or a caption or a line of another unit follows. */
function lastUnder(view: RowView, next: RowView | undefined): boolean {
  return !next || next.row.kind !== 'values' || next.unit !== view.unit;
}

/**
 * A line no label calls a total that sums every line printed under its caption since the caption: the region rows of
 * J&J's product sales, "IMMUNOLOGY" over "US | Intl | WW", "REMICADE" over "US | US Exports | Intl | WW" (276 + 41 +
 * 170 = 487). The caption bounds the lines, so no run of them is chosen by the figures; the label says nothing, so the
 * figures must: every column holding, exactly as a sum in one at least and telling in two; or failing in one column
 * only where another column of the same measure sums exactly (bornOut, as a block), that column a mismatch. A section
 * whose last line is no such total (a count, an average, another measure) fails in every column and is read no
 * further. Only the block's last line is read so: a line summing the parks above it with more lines after it
 * ("Segment income" over Georgia, Missouri and Texas, then corporate expenses and the rest down to "Consolidated",
 * Parks! America's) is a link of the run its section's total reads. Never certain. On success the line stands for the
 * section's lines.
 */
function captionSubtotal(view: RowView, scope: Scope, judge: Judge, propose: Propose): boolean {
  // A line its label or print calls a total ("Consolidated" under the segments, an underlined figure) is read by the
  // rules for totals, which close the caption's section (Parks! America's "Total revenues:" over its parks).
  if (scope.header === null || view.row.total || totalWords(view.row.label) !== null) return false;
  const mine = linesAbove(scope.items, view.unit);
  if (mine.cut || mine.length < 2 || mine.length !== scope.items.length) return false;
  const terms: Term[] = mine.map(({ item }) => ({ row: item.view.row, sign: lessSign(item.view) }));
  const fit = judge(view.row, terms);
  if (!((holdsEverywhere(fit) && fit.sums > 0 && fit.telling >= 2) || bornOut(fit, 'block'))) return false;
  const ok = propose({
    total: view.row,
    terms,
    rule: 'unlabelled',
    reason: `'${view.row.label}' sums the ${mine.length} lines under '${header(scope.header)}', though no label calls it a total.`,
    certain: false,
  });
  if (ok) standFor(scope.items, mine, { view, certain: false });
  return ok;
}

/**
 * A line printed under a caption that says its lines adjust ("Less regulatory capital adjustments:", "Add:",
 * "Adjustments:", "Deduct:", as saysItAdjusts reads a reconciliation's), the line just above the caption being of its
 * unit: that line plus the lines under the caption. PNC's 1Q22 Basel III table: "Common stock, related surplus and
 * retained earnings, net of treasury stock $ 50,624", "Less regulatory capital adjustments:" over "Goodwill and
 * disallowed intangibles …" (11,114) and "All other adjustments" (63), then "Basel III Common equity Tier 1 capital
 * $ 39,447" in each of five columns. Lines in parentheses carry their sign; under a "Less" or "Deduct" caption lines
 * printed otherwise are taken away, as a reconciliation reads them (adjustmentSign). No label states the relation
 * (the line may be one more adjustment, or a figure of another measure), so it is read only where the figures make it
 * plain: in every column, exactly as a sum in one at least and telling in two; or failing in one column only where
 * the others bear it out (bornOut), that column a mismatch: First Quantum's 4Q24 "Cost of sales" (851), "Adjustments:"
 * over seven lines, "Cash cost (C1)" (433), then "Total cost (C3)" and "AISC" each from the line above its own
 * "Adjustments:", in thirteen columns of mines. Never certain. On success the caption's block closes and
 * the line stands for the line above it and its adjustments.
 */
function adjustedAbove(view: RowView, stack: Scope[], rows: RowView[], judge: Judge, propose: Propose): boolean {
  const scope = stack.at(-1)!;
  const parent = stack.at(-2);
  if (!parent || !scope.header || !saysItAdjusts(scope.header.label)) return false;
  const lines = scope.items.filter((i) => i.view.unit === view.unit && !i.rateNamed);
  if (lines.length === 0 || lines.length !== scope.items.length || lines.length > MAX_BLOCK) return false;
  const captionAt = rows.findIndex((v) => v.row === scope.header);
  const above = rows[captionAt - 1];
  const start = parent.items.at(-1);
  if (!above || !start || start.view !== above || start.rateNamed || above.unit !== view.unit) return false;
  const less = /^(less|deduct)\b/i.test(scope.header.label.trim());
  const printed = lines.flatMap((i) => i.view.values.filter((v): v is string => v !== null && v !== '0'));
  const signed = !less || (printed.length > 0 && printed.every((v) => v.startsWith('-')));
  const terms = (away: boolean): Term[] => [{ row: above.row, sign: 1 }, ...lines.map((i): Term => ({ row: i.view.row, sign: away ? -1 : 1 }))];
  const readings = signed ? [terms(false)] : [terms(true), terms(false)];
  // The layout bounds the lines (no run of them chosen by the figures): borne out as a block is (a column of the same
  // measure summing exactly), or as any run is (three columns holding).
  const fits = readings.map((t) => judge(view.row, t));
  const at = fits.findIndex((fit) => (holdsEverywhere(fit) && fit.sums > 0 && fit.telling >= Math.min(2, fit.held)) || bornOut(fit, 'block') || bornOut(fit, 'figures'));
  if (at < 0) return false;
  const ok = propose({
    total: view.row,
    terms: readings[at],
    rule: 'adjusted',
    reason: `'${view.row.label}' is '${above.row.label}' ${signed || at === 1 ? 'plus' : 'less'} the ${lines.length === 1 ? 'line' : `${lines.length} lines`} under '${header(scope.header)}'.`,
    certain: false,
  });
  if (!ok) return false;
  stack.pop();
  parent.items = [...parent.items.slice(0, -1), { view, certain: false, closing: true }];
  return true;
}

/**
 * The lines of `unit` a line may sum, with their indexes in `items`, top to bottom: all of a block of at most
 * MAX_BLOCK lines; of a longer one the MAX_RUN just above it, or, for a line its label calls a total (`stated`), all
 * the lines since the last line labelled a total (from the block's top where none is), where those are more: "Total
 * revenue" under a thousand segments sums them all. Each line searching every line above it cost the square of the
 * table (10,000 lines of a table nothing names ran past six minutes, issue 30) and a table of lines each labelled a
 * total the cube; a line is now read again only by the lines up to the next total.
 */
function linesAbove(items: Item[], unit: Unit | null, stated = false): { item: Item; i: number }[] & { cut?: true } {
  const mine: { item: Item; i: number }[] & { cut?: true } = [];
  let i = items.length - 1;
  for (; i >= 0 && mine.length <= MAX_BLOCK; i--) if (items[i].view.unit === unit && !items[i].rateNamed) mine.push({ item: items[i], i });
  if (mine.length <= MAX_BLOCK) return mine.reverse();
  mine.cut = true;
  const since = mine.findIndex(({ item }) => item.closing || totalWords(item.view.row.label) !== null);
  if (!stated || (since >= 0 && since <= MAX_RUN)) return Object.assign(mine.slice(0, MAX_RUN).reverse(), { cut: true as const });
  if (since < 0) {
    for (; i >= 0; i--) {
      const item = items[i];
      if (item.view.unit !== unit || item.rateNamed) continue;
      if (item.closing || totalWords(item.view.row.label) !== null) break;
      mine.push({ item, i });
    }
  } else mine.length = since;
  return mine.reverse();
}

/** Replaces the lines of `run` (from linesAbove) in `items` by `total`, in place; only the lines from the run's first are read again. */
function standFor(items: Item[], run: { i: number }[], total: Item): void {
  const first = run[0]!.i;
  const taken = new Set(run.map((b) => b.i));
  const after = items.splice(first);
  items.push(...after.filter((_, k) => !taken.has(first + k)), total);
}

/**
 * Lines that restate a figure printed just before them are not further components: a
 * breakdown printed under its own total (the equity lines repeated after "Total
 * stockholders' equity", as statements rendered from XBRL print them), or a line that
 * repeats the one above it figure for figure ("Net income", then "Accumulated deficit").
 * A run of lines right after a total that sums to it in every column, or a single line
 * with the very figures of the line before (nil lines between it and that line print nothing
 * it could differ by), is left out of the block's sum.
 */
/**
 * The lines before a section that a total of its kind closes too: the sections printed before it whose names end in the
 * same words, each closed by its total ("Total current assets" before "OTHER ASSETS", both assets, then "TOTAL ASSETS"),
 * and the lines between them, since the last total of another kind. Null unless the section is of that kind and one
 * such total is printed.
 */
function kindredSections(before: Item[], within: Scope, words: string): Item[] | null {
  const kind = ` ${singular(words)}`;
  const ofKind = (name: string | null) => name !== null && singular(name).endsWith(kind);
  if (!ofKind(within.name)) return null;
  const closes = (i: Item) => ofKind(totalWords(i.view.row.label) || (i.names ? sectionName(i.names) : null));
  const all = before.filter((i) => !i.rateNamed);
  // Since the last total of another kind (the balance sheet's total assets, above its liabilities).
  const lines = all.slice(all.findLastIndex((i) => i.closing && !closes(i)) + 1);
  return lines.some((i) => i.closing) ? lines : null;
}

function withoutRestatements(items: Item[], holds: Holds): Item[] {
  const out: Item[] = [];
  const restating = new Set<number>();
  for (let i = 0; i < items.length; i++) {
    if (restating.has(i)) continue;
    const head = items[i];
    out.push(head);
    const next = restatementOf(items, i);
    if (next !== null) {
      restating.add(next);
      continue;
    }
    if (!head.closing) continue;
    let end = i + 1;
    while (end < items.length && !items[end].closing) end++;
    const run = items.slice(i + 1, end);
    if (run.length > 0 && holds({ total: head.view.row, terms: run.map((r) => ({ row: r.view.row, sign: 1 })), rule: 'block-subtotal', reason: '', certain: false })) i = end - 1;
  }
  return out;
}

/** Nil lines print nothing a restatement could differ by ("Net income", "Less: noncontrolling interests —", "Net income attributable"). */
const isNil = (item: Item) => item.view.values.every((v) => v === null || v === '0');

/**
 * The line that restates `items[i]`: the next line that is not nil, when it prints the very figures of
 * `items[i]` (two of them at least, so one coincidence is not read as a restatement) with only nil lines
 * between; null when there is none.
 */
function restatementOf(items: Item[], i: number): number | null {
  const head = items[i];
  if (head.view.values.filter((v) => v !== null && v !== '0').length < 2) return null;
  let j = i + 1;
  while (j < items.length && !items[j].closing && isNil(items[j])) j++;
  const next = items[j];
  return next && !next.closing && next.view.values.join('|') === head.view.values.join('|') ? j : null;
}

/**
 * How many lines at the head of a block are each set off by a rule of their own (every figure underlined, no label
 * calling it a total, closing no block): lines printed apart from those the block's total adds up (James River's
 * "Gross written premiums" and "Net written premiums" over its revenues). 0 where there are none, or fewer than two
 * lines after them.
 */
function setOffLead(items: Item[]): number {
  let lead = 0;
  while (lead < items.length && setOff(items[lead])) lead++;
  return items.length - lead >= 2 ? lead : 0;
}

function setOff(item: Item): boolean {
  const { row } = item.view;
  if (item.closing || totalWords(row.label) !== null || row.kind !== 'values') return false;
  const printed = item.view.values.filter((v) => v !== null);
  return printed.length > 0 && row.total && !/^(less|plus|add)\b/i.test(row.label.trim());
}

/** A total's first reading and the others the layout allows. */
interface Readings {
  terms: Term[];
  alternatives: Alternative[];
  /** The readings of only the lines since a total among them (the last, then those before it): the block then stays open below it. */
  since?: { says: string; after: Item }[];
}

/**
 * The readings of a total over `items` (its block, restatements left out). First, every line
 * of its unit, as printed. When that does not hold in every column, the others the layout
 * allows: lines that are subtotals of the lines above them though no label says so ("Funds
 * flow from operations" over net income and its adjustments, "MasterCraft Boat Holdings, Inc.
 * equity" over its lines, an unlabelled figure over the lines since the last total), each
 * standing for its lines and footed on its own; lines of another additive unit in the same
 * scale printed among them (a money line whose label speaks of shares, read as a count); and,
 * in a chain, the other sign of a line whose sign the layout leaves open.
 */
function readingsOf(total: RowView, items: Item[], all: Item[], judge: Judge, propose: Propose, signs?: (1 | -1)[], open?: boolean[]): Readings {
  const terms = items.map((i, k): Term => ({ row: i.view.row, sign: signs?.[k] ?? lessSign(i.view) }));
  const out: Readings = { terms, alternatives: [] };
  if (terms.length === 0) return out;
  const first = judge(total.row, terms);
  if (holdsEverywhere(first)) return out;
  // Lines set off at the head of the block, each by its own rule, and the lines after them footing exactly where every
  // line does not in any column: the total is theirs (James River's "Gross written premiums" and "Net written
  // premiums", each underlined, over the revenues that "Total revenues" adds up, 1Q20). Offered only where the figures
  // establish it: exact in a column at least and holding in every other, or failing in one only (bornOut).
  const lead = setOffLead(items);
  out.since = [];
  if (lead > 0 && first.held === 0) {
    const tail = terms.slice(lead);
    const fit = judge(total.row, tail);
    if ((holdsEverywhere(fit) && fit.sums > 0) || bornOut(fit, 'stated')) {
      const says = `only the ${tail.length} lines after ${listed(items.slice(0, lead).map((i) => `'${i.view.row.label}'`))}, ${lead === 1 ? 'a line' : 'lines'} set off by ${lead === 1 ? 'its' : 'their'} own rule`;
      out.alternatives.push({ terms: tail, says });
      // The lines set off stay in the block beside the total, as a total's own lines do (Spire's "Net Utility Plant" over
      // "Non-utility Property" and "Other Investments", which "Total Other Property and Investments" sums, all three in
      // "Total Assets", 3Q FY2024).
      out.since.push({ says, after: items[lead - 1]! });
    }
  }
  // Only the lines since the last total among them ("Total long-term liabilities" after "Total current liabilities"); or
  // since a total before it, the totals after that one standing for their lines (Bank of America's "Total commercial" over
  // the unlabelled subtotal of the commercial lines and "U.S. small business commercial", "Total consumer" above them).
  for (const at of sinceTotals(items)) {
    const says = `only the ${items.length - at - 1} line${items.length - at - 1 === 1 ? '' : 's'} since '${items[at].view.row.label || `${items[at].names ?? ''} (total)`}'`;
    out.alternatives.push({ terms: terms.slice(at + 1), says });
    out.since.push({ says, after: items[at] });
    // The total's label names that line as its start and the one line after it as what it excludes, printed with its
    // own sign ("Total revenue excluding integration costs - contra revenue" under "Total revenue" 4,692 and "Integration
    // costs - contra revenue (16)": 4,708, PNC's efficiency ratio, 1Q22): the start less it.
    const rest = items.slice(at + 1);
    if (rest.length === 1 && excludesLine(total.row.label, items[at]!.view.row.label, rest[0]!.view.row.label)) {
      out.alternatives.push({
        terms: [{ row: items[at]!.view.row, sign: 1 }, { row: rest[0]!.view.row, sign: (-terms[at + 1]!.sign) as 1 | -1 }],
        says: `'${items[at]!.view.row.label}' less '${rest[0]!.view.row.label}', as the total's label says it excludes it`,
      });
    }
  }
  // The lines right above it that name what it totals: "Total deposits" under "Noninterest-bearing deposits" and
  // "Interest-bearing deposits", the lines before them other selected figures of the section (PNC's consolidated financial
  // highlights, 2Q21: assets, loans, securities, goodwill, …).
  const named = namedRun(total, items);
  if (named > 0) out.alternatives.push({ terms: terms.slice(named), says: `only the ${items.length - named} lines just above it that name what it totals` });
  // A reconciliation in steps, each result printed again as the next one's start (Ally's capital, 4Q21: "Common Equity
  // Tier 1 capital $ 15.1" twice, then "Tier 1 capital $ 17.4" twice, its additions, then "Total capital $ 19.7"): only
  // the lines from the last start printed so, the lines above it its own steps.
  const restart = findLastIndex(all.map((i, k) => k > 0 && printedAgain(all[k - 1]!, i)), (x) => x);
  if (restart > 0) {
    const from = items.findIndex((i) => i === all[restart - 1] || i === all[restart]);
    if (from > 0 && from < items.length - 1) {
      out.alternatives.push({ terms: terms.slice(from), says: `only the ${items.length - from} lines from '${items[from]!.view.row.label}', a result printed again as the start of the last step` });
    }
  }
  // A total read as one line is that line printed again, the same figure at the same precision: within rounding of it
  // is another figure. Two fits at the edge of rounding, "Line a" (4) as a subtotal of 3 + 0 and the total 3 as "Line
  // a", read the lines one way in one order and not in another (test/lib/checks/footing.test.ts).
  const oneOther = (c: { terms: Term[] } | null) => c !== null && c.terms.length === 1 && !printedAgainAs(total, items.find((i) => i.view.row === c.terms[0].row)!.view);
  const collapsed = collapseSubtotals(total, items, terms, judge, open);
  if (collapsed && !oneOther(collapsed)) {
    const fit = judge(total.row, collapsed.terms);
    if (holdsEverywhere(fit) || (corroborated(fit) && fit.held > first.held)) for (const sub of collapsed.subs) propose(sub);
    out.alternatives.push({ terms: collapsed.terms, says: collapsed.says });
    // A segment reconciliation: the segments' subtotal, then the items it is reconciled by taken away as printed,
    // costs positive and incomes in parentheses (Parks! America's "Segment income" less "Corporate expenses",
    // "Depreciation and amortization", "(Gain) loss on asset disposals, net", … down to the consolidated figure).
    const lastSub = findLastIndex(collapsed.terms, (t) => collapsed.subs.some((s) => s.total === t.row));
    const after = collapsed.terms.slice(lastSub + 1);
    if (lastSub >= 0 && after.length >= 2 && after.every((t) => t.sign === 1)) {
      const reconciled = collapsed.terms.map((t, k): Term => (k > lastSub ? { row: t.row, sign: -1 } : t));
      // The subtotals this reading stands on are footed on their own where it holds, as they are under the collapsed one.
      if (holdsEverywhere(judge(total.row, reconciled)) && !holdsEverywhere(fit)) for (const sub of collapsed.subs) propose(sub);
      out.alternatives.push({ terms: reconciled, says: `${collapsed.says}, the ${after.length} lines after '${collapsed.terms[lastSub].row.label}' taken away as printed` });
    }
  }
  // "Less:" as the operator, whatever the figure's sign: Advanced Energy's cash flow prints "Less: loss from discontinued
  // operations, net of income tax (2,092)" under net income 54,214, then "Income from continuing operations" 56,306, a
  // subtotal underlined, as is "Net cash from operating activities from continuing operations" further down; lessSign
  // reads a "Less" line in parentheses as already signed. The same lines with it taken away, and their subtotals.
  const signedLess = items.flatMap((i, k) => (/^less\b/i.test(i.view.row.label.trim()) && terms[k].sign === 1 && i.view.values.some((v) => v !== null && v.startsWith('-')) ? [k] : []));
  if (signedLess.length > 0) {
    const lessTerms = terms.map((t, k): Term => (signedLess.includes(k) ? { row: t.row, sign: -1 } : t));
    const says = `${listed(signedLess.map((k) => `'${items[k].view.row.label}'`))} taken away as printed`;
    out.alternatives.push({ terms: lessTerms, says });
    const lessCollapsed = collapseSubtotals(total, items, lessTerms, judge, open);
    if (lessCollapsed && !oneOther(lessCollapsed)) {
      const fit = judge(total.row, lessCollapsed.terms);
      if (holdsEverywhere(fit) || (corroborated(fit) && fit.held > first.held)) for (const sub of lessCollapsed.subs) propose(sub);
      out.alternatives.push({ terms: lessCollapsed.terms, says: `${says}; ${lessCollapsed.says}` });
    }
  }
  // A line left out as a restatement because it prints the very figures of the line before it may be a line of its own
  // (two directors paid alike, "Hanne Sorensen***" and "Keki Mistry***", both counted in "Total (1)").
  const repeats = all.filter((i, k) => !items.includes(i) && i.view.unit === total.unit && all.some((h, m) => m < k && items.includes(h) && restatementOf(all, m) === k));
  if (repeats.length > 0) {
    out.alternatives.push({
      terms: all.filter((i) => items.includes(i) || repeats.includes(i)).map((i) => terms.find((t) => t.row === i.view.row) ?? { row: i.view.row, sign: lessSign(i.view) }),
      says: `${listed(repeats.map((r) => `'${r.view.row.label}'`))} counted too (${repeats.length === 1 ? 'it prints' : 'they print'} the figures of the line before, as a line of ${repeats.length === 1 ? 'its' : 'their'} own)`,
    });
  }
  // Amounts whose label names a rate, printed in the block in the total's unit: a line of their own where the reading
  // with them ties ("Rates" between "Total credit" and "Total transaction fees").
  const rated = all.filter((i) => i.rateNamed && i.view.unit === total.unit);
  if (rated.length > 0 && rated.length <= 3) {
    out.alternatives.push({
      terms: all.filter((i) => items.includes(i) || rated.includes(i)).map((i) => terms.find((t) => t.row === i.view.row) ?? { row: i.view.row, sign: lessSign(i.view) }),
      says: `${listed(rated.map((o) => `'${o.view.row.label}'`))} counted as ${rated.length === 1 ? 'a line' : 'lines'} of the total (${rated.length === 1 ? 'an amount' : 'amounts'} in ${total.unit} though ${rated.length === 1 ? 'its label names' : 'their labels name'} a rate)`,
    });
  }
  // Lines of another unit printed in the block in the same scale: their unit may be misread.
  const others = all.filter((i) => i.view.unit !== total.unit && i.view.unit !== null && isAdditive(i.view.unit) && i.view.scale === total.scale && !i.closing);
  if (others.length > 0 && others.length <= 3) {
    const withOthers = all.filter((i) => items.includes(i) || others.includes(i));
    out.alternatives.push({
      terms: withOthers.map((i) => terms.find((t) => t.row === i.view.row) ?? { row: i.view.row, sign: lessSign(i.view) }),
      says: `${listed(others.map((o) => `'${o.view.row.label}'`))} counted as ${others.length === 1 ? 'an amount' : 'amounts'} (${others.length === 1 ? 'it is' : 'they are'} read as ${others[0].view.unit})`,
    });
  }
  // A net of income ("Net interest income" under "Interest income" and "Interest expense", both
  // printed positive): its costs are taken away.
  const costs = open ? [] : netCosts(total, items);
  if (costs.length > 0) {
    out.alternatives.push({
      terms: terms.map((t, k): Term => (costs.includes(k) ? { row: t.row, sign: -1 } : t)),
      says: `${listed(costs.map((k) => `'${items[k].view.row.label}'`))} taken away (${costs.length === 1 ? 'a cost' : 'costs'} under a net of income)`,
    });
  }
  // A net of an expense ("Total depreciation expense on operating lease assets" under "Depreciation expense on
  // operating lease assets (ex. remarketing)" and "Remarketing gains / (losses)", Ally's 4Q21): its gains are taken away.
  const gains = open ? [] : netGains(total, items);
  if (gains.length > 0) {
    out.alternatives.push({
      terms: terms.map((t, k): Term => (gains.includes(k) ? { row: t.row, sign: -1 } : t)),
      says: `${listed(gains.map((k) => `'${items[k].view.row.label}'`))} taken away (${gains.length === 1 ? 'a gain' : 'gains'} under a total of an expense)`,
    });
  }
  // A line whose sign the layout leaves open, read with the other sign: one at a time, then all of them.
  const flips = (open ?? []).map((o, k) => (o ? k : -1)).filter((k) => k >= 0);
  const flipped = (ks: number[]) => terms.map((t, k): Term => (ks.includes(k) ? { row: t.row, sign: t.sign === 1 ? -1 : 1 } : t));
  const signWords = (ks: number[]) => `${listed(ks.map((k) => `'${items[k].view.row.label}'`))} with the other sign (${ks.map((k) => (terms[k].sign === 1 ? 'taken away' : 'added')).join(', ')})`;
  for (const k of flips.slice(0, 6)) out.alternatives.push({ terms: flipped([k]), says: signWords([k]) });
  if (flips.length > 1 && flips.length <= 6) out.alternatives.push({ terms: flipped(flips), says: signWords(flips) });
  for (const at of labelledTotals(items, sinceTotals(items))) {
    const says = `only the ${items.length - at - 1} line${items.length - at - 1 === 1 ? '' : 's'} since '${items[at].view.row.label}'`;
    out.alternatives.push({ terms: terms.slice(at + 1), says });
    out.since.push({ says, after: items[at] });
    // The total's label names that line as its start and the one line after it as what it excludes, printed with its
    // own sign ("Total revenue excluding integration costs - contra revenue" under "Total revenue" 4,692 and "Integration
    // costs - contra revenue (16)": 4,708, PNC's efficiency ratio, 1Q22): the start less it.
    const rest = items.slice(at + 1);
    if (rest.length === 1 && excludesLine(total.row.label, items[at]!.view.row.label, rest[0]!.view.row.label)) {
      out.alternatives.push({
        terms: [{ row: items[at]!.view.row, sign: 1 }, { row: rest[0]!.view.row, sign: (-terms[at + 1]!.sign) as 1 | -1 }],
        says: `'${items[at]!.view.row.label}' less '${rest[0]!.view.row.label}', as the total's label says it excludes it`,
      });
    }
  }
  return out;
}

/**
 * Where the lines right above a "Total X" that end with its X ("… deposits" over "Total deposits") begin: two of them at
 * least, and not all the block's lines (that is the first reading); 0 where there is no such run.
 */
function namedRun(total: RowView, items: Item[]): number {
  const name = totalWords(total.row.label);
  if (!name) return 0;
  const want = ` ${singular(name)}`;
  let at = items.length;
  while (at > 0 && ` ${singular(normalizeLabel(items[at - 1]!.view.row.label.replace(/\([^)]*\)/g, ' ')))}`.endsWith(want)) at--;
  return items.length - at >= 2 && at > 0 ? at : 0;
}

/**
 * The lines of a total named as a net of income ("Net interest income", "Net revenues") or as a result (income,
 * profit, earnings or loss: a segment's "Operating income (loss)" under its "Net sales" and "Operating expenses",
 * Amazon's segment information) that name a cost or expense and print no negative figure, when income lines print
 * beside them: such a line is taken away from the income it follows, as the total's name says. Only an alternative
 * reading: published where the figures bear it out (./structure.ts, at the top).
 */
function netCosts(total: RowView, items: Item[]): number[] {
  const names = /\bnet\b/i.test(total.row.label) || /\b(?:income|profits?|earnings|loss)\b/i.test(plainLabel(total.row.label));
  // A result named by its loss and printed as one, negative in every column ("Operating loss" (1,281) under "Net sales"
  // 28,759 and "Operating expenses" 30,040, Amazon's International segment, 1Q23): the same result, its sign printed.
  const loss = /\bloss(?:es)?$/i.test(plainLabel(total.row.label)) && total.values.some((v) => v !== null) && total.values.every((v) => v === null || v.startsWith('-'));
  if (!names || (polarityOf(total.row.label) !== 'income' && !loss)) return [];
  const kinds = items.map((i) => (statesItsSign(i.view.row.label) ? null : polarityOf(i.view.row.label)));
  if (!kinds.includes('income')) return [];
  return kinds.flatMap((k, n) => (k === 'expense' && lessSign(items[n].view) === 1 && items[n].view.values.every((v) => v === null || !v.startsWith('-')) ? [n] : []));
}

/**
 * The lines of a total named as an expense ("Total depreciation expense on operating lease assets") that name a gain
 * or an income, when an expense line prints beside them: a gain lowers the expense it is printed under, so it is
 * taken away as printed, a loss printed in parentheses then adding to it ("Remarketing gains / (losses)").
 */
function netGains(total: RowView, items: Item[]): number[] {
  if (polarityOf(total.row.label) !== 'expense') return [];
  const kinds = items.map((i) => polarityOf(i.view.row.label));
  if (!kinds.includes('expense')) return [];
  return kinds.flatMap((k, n) => (k === 'income' && lessSign(items[n].view) === 1 ? [n] : []));
}

/** Whether `total` prints the figures of `line` again, column by column (both printed, the same value and scale). */
function printedAgainAs(total: RowView, line: RowView): boolean {
  if (total.scale !== line.scale) return false;
  let same = 0;
  for (let c = 0; c < total.values.length; c++) {
    const t = total.values[c];
    const l = line.values[c];
    if (t === null || t === undefined || l === null || l === undefined) continue;
    if (!new Decimal(t).eq(l)) return false;
    same++;
  }
  return same > 0;
}

/** A line printed again right under itself, its label and its figures (two at least, not nil): a result, then the next step's start. */
function printedAgain(above: Item, item: Item): boolean {
  if (above.closing || normalizeLabel(above.view.row.label) !== normalizeLabel(item.view.row.label)) return false;
  const figures = item.view.values.filter((v) => v !== null && v !== '0');
  return figures.length >= 2 && item.view.values.join('|') === above.view.values.join('|');
}

/**
 * Lines that are levels holding one another, not parts: in every column (two at least that print different figures) each is positive and larger
 * than the one above, the total at least the last, and their sum further above the total than the total is above the
 * last level. Truist's "Risk-based capital:" lists
 * "Common equity tier 1 37,524", "Tier 1 44,194", "Total 51,519": each tier holds the one before, so the total is
 * no sum of them, and a sum that fails in every column accuses nothing. A sum with an error in one column is no
 * such list: it holds in the others.
 */
function nestedLevels(total: RowView | undefined, items: Item[]): boolean {
  if (!total || items.length < 2 || items.some((i) => !i.view)) return false;
  // Columns that print the same figures are one piece of evidence, not two (tiers that rise in one column rise in its copy).
  const seen = new Set<string>();
  for (let c = 0; c < total.values.length; c++) {
    const t = total.values[c];
    if (t === null || t === undefined) continue;
    const figures = items.map((i) => i.view.values[c]);
    if (figures.some((v) => v === null || v === undefined)) return false;
    const levels = figures.map((v) => new Decimal(v!));
    if (!levels[0]!.gt(0) || levels.some((x, k) => k > 0 && !x.gt(levels[k - 1]!))) return false;
    seen.add([...levels, new Decimal(t)].map((v) => v.toString()).join('|'));
    const whole = new Decimal(t);
    // Their sum overshoots the total by more than the total rises above the last level: a sum off by a few units
    // is a sum printed wrong, whatever order its lines stand in.
    const over = levels.reduce((a, b) => a.plus(b)).minus(whole);
    if (whole.lt(levels.at(-1)!) || !over.gt(whole.minus(levels.at(-1)!))) return false;
  }
  return seen.size >= 2;
}

/** A run of lines a subtotal sums, how the figures fit it, and its terms where they are not read as printed. */
interface Run {
  from: number;
  fit: 'holds' | 'corroborated';
  terms?: Term[];
  says?: string;
}

/** The longest block searched for unlabelled subtotals, and the longest run one may sum. */
const MAX_BLOCK = 400;
const MAX_RUN = 60;

/**
 * Lines among `items` that sum a run of the lines just above them in every column (or in most,
 * the others then mismatches of their own), read top to bottom: each stands for its run, and a
 * later subtotal may run over it (income before taxes over operating income and other income).
 * Null when there is none. The runs are screened with exact prefix sums first (sum-screen.ts).
 */
function collapseSubtotals(total: RowView, items: Item[], terms: Term[], judge: Judge, open?: boolean[]): { terms: Term[]; subs: InferredFooting[]; says: string } | null {
  // A statement's subtotals run over tens of lines, not thousands: longer blocks are read as printed.
  if (items.length < 3 || items.length > MAX_BLOCK) return null;
  const possible = sumScreen(items.map((i, k) => ({ ...screenRow(i.view), sign: terms[k].sign })));
  // Indexes into items of the lines standing in the reading, in order.
  let standing: number[] = [];
  const subs: InferredFooting[] = [];
  const said: string[] = [];
  const sub = (j: number, run: number[], ts: Term[]): InferredFooting => ({
    total: items[j].view.row,
    terms: ts,
    rule: 'block-subtotal',
    reason: `'${items[j].view.row.label}' sums the ${run.length} lines above it.`,
    certain: false,
  });
  for (let j = 0; j < items.length; j++) {
    let found: Run | null = null;
    if (j >= 2 && standing.length >= 2) {
      // The longest run first: a run of the standing lines right above j, at least two. A total that closed a block of
      // its own stands for it, and is read as the sum of the lines above it only where they are totals too, each
      // standing for its block: PNC's "Total net (charge-offs)" under its own lines by kind restates "Total gross
      // charge-offs" plus "Total recoveries", and the allowance rolls forward by the net alone.
      for (let from = Math.max(0, standing.length - MAX_RUN); from <= standing.length - 2 && !found; from++) {
        const run = standing.slice(from);
        if (items[j].closing && !run.every((r) => items[r].closing)) continue;
        const plainRun = run.every((r) => r === run[0] + run.indexOf(r));
        // Nothing but the figures says the line is a subtotal: they must sum exactly in a column at least (the line and two
        // of its lines printed non-zero). Within rounding everywhere is no evidence: "Line a" 4 over 3 and 0 (2 to 4) reads
        // the lines one way in one order and not in another (test/lib/checks/footing.test.ts).
        const fit = !(plainRun && !possible(run[0], j)) ? judge(items[j].view.row, run.map((r) => terms[r])) : null;
        if (fit && holdsEverywhere(fit) && fit.sums > 0) {
          found = { from, fit: 'holds' };
          continue;
        }
        // The run's lines whose sign the layout leaves open, with the other sign, where then it holds in every
        // column: Russel Metals' credits printed in parentheses among costs printed positive ("Gain on sale of
        // investment in joint venture (9.8)") are taken away with the costs, not added as income.
        const flips = run.filter((r) => open?.[r]);
        if (flips.length === 0 || flips.length > 6) continue;
        const other = run.map((r): Term => (open?.[r] ? { row: terms[r].row, sign: terms[r].sign === 1 ? -1 : 1 } : terms[r]));
        const flipped = judge(items[j].view.row, other);
        if (holdsEverywhere(flipped) && flipped.telling > 0 && flipped.sums > 0) {
          const says = `${listed(flips.map((r) => `'${items[r].view.row.label}'`))} with the other sign`;
          found = { from, fit: 'holds', terms: other, says };
        }
      }
      if (!found && items.length <= 40) {
        let best: Run | null = null;
        let held = 0;
        for (let from = 0; from <= standing.length - 2; from++) {
          const run = standing.slice(from);
          if (items[j].closing && !run.every((r) => items[r].closing)) continue;
          // Here too the figures alone say it is a subtotal: they must sum exactly in a column at least, or a line within
          // rounding of three small lines in one column of two is read as their total and accused in the other (XP
          // Power's "- Provision for doubtful debts" 0.1 under 0.6, nil and (0.4), H1 2024, and under 0.8, 0.1 and 2.3).
          const fit = judge(items[j].view.row, run.map((r) => terms[r]));
          if (corroborated(fit) && fit.sums > 0 && fit.held > held) [best, held] = [{ from, fit: 'corroborated' }, fit.held];
          const flips = run.filter((r) => open?.[r]);
          if (flips.length === 0 || flips.length > 6) continue;
          const other = run.map((r): Term => (open?.[r] ? { row: terms[r].row, sign: terms[r].sign === 1 ? -1 : 1 } : terms[r]));
          const otherFit = judge(items[j].view.row, other);
          if (corroborated(otherFit) && otherFit.sums > 0 && otherFit.held > held) [best, held] = [{ from, fit: 'corroborated', terms: other, says: `${listed(flips.map((r) => `'${items[r].view.row.label}'`))} with the other sign` }, otherFit.held];
        }
        if (best) found = best;
      }
    }
    if (found) {
      const run = standing.slice(found.from);
      subs.push(sub(j, run, found.terms ?? run.map((r) => terms[r])));
      said.push(`'${items[j].view.row.label}' as a subtotal of the ${run.length} lines above it${found.says ? ` (${found.says})` : ''}`);
      standing = [...standing.slice(0, found.from), j];
      continue;
    }
    standing.push(j);
  }
  if (subs.length === 0) return null;
  return { terms: standing.map((k) => (subs.some((s) => s.total === items[k].view.row) ? { row: items[k].view.row, sign: 1 } : terms[k])), subs, says: said.join('; ') };
}

/**
 * The totals among a block's lines that a total below may sum only the lines since, last first (a line at
 * least after each), at most three: each a boundary the layout draws, the totals after it standing for their lines.
 */
function sinceTotals(items: Item[]): number[] {
  const out: number[] = [];
  for (let at = items.length - 2; at >= 0 && out.length < 3; at--) if (items[at].closing) out.push(at);
  return out;
}

/**
 * Lines labelled as totals that closed no run the reading could tie (Coherent's "Total Mezzanine Equity", one
 * figure between "Total Liabilities" and the equity it is not part of): boundaries too, offered after every other
 * reading, so that a reading the layout draws is preferred where both fit.
 */
function labelledTotals(items: Item[], since: number[]): number[] {
  const out: number[] = [];
  for (let at = items.length - 2; at >= 0 && out.length < 3; at--) if (!since.includes(at) && !items[at].closing && totalWords(items[at].view.row.label) !== null) out.push(at);
  return out;
}

/**
 * A bare total's other readings as the run of lines just above it (Horizon's unlabelled
 * figure under four lines of net loans by kind, in a section that also holds the reserve and
 * "Net loans receivable"): each run that a screen of exact sums lets through, longest first.
 */
function suffixReadings(total: RowView, items: Item[], from = 1, borne: (terms: Term[]) => boolean = () => false): Alternative[] {
  if (items.length < 3 || items.length > MAX_BLOCK) return [];
  const possible = sumScreen([...items.map((i) => screenRow(i.view)), screenRow(total)]);
  const out: Alternative[] = [];
  // Where no run can sum in every column, those that can in all but one and that the other columns bear out (summing
  // exactly in another column of the failing one's measure, see `bornOut`): a figure of that column misprinted, its
  // mismatch, not a reason to drop the total (Sears' 2Q04 "Total" of its significant items, a line of the 26 weeks
  // altered). Small impacts within rounding of a sum are no such evidence (PepsiCo's percentage points of currency).
  for (const tolerate of [0, 1]) {
    for (let start = from; start <= items.length - 2 && out.length < 3; start++) {
      if (!possible(start, items.length, tolerate) || (tolerate === 1 && possible(start, items.length))) continue;
      const terms = items.slice(start).map((i): Term => ({ row: i.view.row, sign: lessSign(i.view) }));
      if (tolerate === 1 && !borne(terms)) continue;
      out.push({ terms, says: `only the ${items.length - start} lines just above it` });
    }
    if (out.length > 0) break;
  }
  return out;
}

/**
 * A bare total (no label, "Total", "Subtotal") after a total inside its section may sum only
 * the lines since that total, the section going on (Copa's current assets: "Total cash, cash
 * equivalents and short-term investments", six lines, an unlabelled figure over those six,
 * then "TOTAL CURRENT ASSETS" over the two); or the lines since a total before it, the totals
 * between standing for their lines (Bank of America's net charge-offs: "Total consumer", then
 * "Total commercial and industrial" over its two lines, "Commercial real estate", "Commercial
 * lease financing" and an unlabelled figure, (25) + 6 + 0 = (19), the commercial lines so far).
 * Read so only where the whole section does not hold and the lines since a total do (in every
 * column, or in most); the run is then replaced by the total in `scope`.
 */
function subtotalSinceTotal(view: RowView, scope: Scope, holds: Holds, propose: Propose): boolean {
  const mine = scope.items.filter((i) => i.view.unit === view.unit && !i.rateNamed);
  const last = findLastIndex(mine, (i) => i.closing === true);
  if (last < 0 || mine.length - last - 1 < 2) return false;
  const term = (i: Item): Term => ({ row: i.view.row, sign: lessSign(i.view) });
  if (holds({ total: view.row, terms: mine.map(term), rule: 'bare-total', reason: '', certain: false })) return false;
  const named = (i: Item) => i.view.row.label || `${i.names ?? ''} (total)`;
  const runs = sinceTotals(mine).map((at) => ({ block: mine.slice(at + 1), says: `only the ${mine.length - at - 1} lines since '${named(mine[at])}'` }));
  const f: InferredFooting = {
    total: view.row,
    terms: runs[0].block.map(term),
    alternatives: runs.slice(1).map((r) => ({ terms: r.block.map(term), says: r.says })),
    rule: 'block-subtotal',
    reason: `'${view.row.label || '(no label)'}' sums the ${runs[0].block.length} lines printed since '${named(mine[last])}'.`,
    certain: false,
  };
  if (!propose(f)) return false;
  const block = (runs.find((r) => r.says === f.read) ?? runs[0]).block;
  const taken = new Set(block);
  scope.items = [...scope.items.filter((i) => !taken.has(i)), { view, certain: false, closing: true }];
  return true;
}

/**
 * A total of the rows just above it, outside any section that says where they start ("Total
 * expenses" under the expense lines of a statement with no caption over them, a bare "Total", an
 * underlined figure): the longest run of rows in its unit ending above it (at least two) that
 * holds in every column. Else the run the figures bear out though one column fails (bornOut,
 * the label or the print stating a total), that column then a mismatch: the only run so borne
 * out, or the longest of those failing in the same column (two runs each failing in another
 * column leave the lines open). On success the run is replaced by the total in `scope`.
 */
function blockSubtotal(view: RowView, scope: Scope, propose: Propose, judge: Judge, rule: Rule = 'block-subtotal', around: Scope[] = []): boolean {
  const items = scope.items;
  const mine = linesAbove(items, view.unit, true);
  const outer = scope.afterRows ? sectionLinesAround(around, view.unit) : [];
  // The total is the line after the block: the run from `start` is screened as lines start … end.
  const possible = sumScreen([...mine.map(({ item }) => screenRow(item.view)), screenRow(view)]);
  const footing = (start: number): InferredFooting => {
    const block = mine.slice(start);
    const terms = block.map(({ item }) => ({ row: item.view.row, sign: lessSign(item.view) }));
    const mixed = block.filter(({ item }) => mixedLess(item.view)).map(({ item }) => item.view.row);
    // A result under its income and its costs, all printed positive (a segment's "Operating income (loss)" under its
    // "Net sales" and "Operating expenses", Amazon's segment information): the costs taken away, as netCosts reads them.
    const costs = netCosts(view, block.map(({ item }) => item));
    const alternatives: Alternative[] = [
      ...(mixed.length > 0 ? [{ terms: terms.map((t) => (mixed.includes(t.row) ? { ...t, sign: -1 as const } : t)), says: `${mixed.map((r) => `'${r.label}'`).join(', ')} taken away in every column` }] : []),
      ...(costs.length > 0 ? [{ terms: terms.map((t, k): Term => (costs.includes(k) ? { row: t.row, sign: -1 } : t)), says: costsSay(costs.map((k) => block[k]!.item.view.row.label)) }] : []),
    ];
    return {
      total: view.row,
      terms,
      ...(alternatives.length > 0 ? { alternatives } : {}),
      rule,
      reason:
        rule === 'underlined'
          ? `'${view.row.label}' is printed as a total of the ${block.length} lines above it.`
          : `'${view.row.label}' sums the ${block.length} lines above it.`,
      certain: false,
    };
  };
  const accept = (start: number, f = footing(start)) => {
    if (!propose(f)) return false;
    const lead = !mine.cut && (start > 0 || outer.length > 0) ? leadSubtotal(mine, start, outer, judge, propose) : null;
    standFor(items, lead ? mine : mine.slice(start), { view, certain: false });
    if (lead) for (const s of lead.scopes) s.items = s.items.filter((i) => !lead.taken.has(i));
    return true;
  };
  const starts = mine.slice(0, -1).map((_, start) => start);
  // A shorter run that ties in every column explains the figures a longer one fails on: a longer run held only where
  // the lines between them print nothing is no evidence against it (XP Power's statement of changes in equity, H1
  // 2025: "Total comprehensive income for the period" is the exchange difference and the profit just above it, not
  // the awards and share-based payments above those, nil in every column but the totals). The longest run that ties
  // is taken, save one tying only within rounding where a shorter one sums exactly (the same statement's "Future
  // acquisitions of non-controlling interests" (0.2) above them, within the rounding of three lines of the (6.8)).
  const ties = (f: InferredFooting) => {
    const fits = [f.terms, ...(f.alternatives ?? []).map((a) => a.terms)].map((terms) => judge(f.total, terms)).filter(holdsEverywhere);
    return fits.length === 0 ? null : fits.some((fit) => fit.sums > 0) ? 'exactly' : 'within rounding';
  };
  let tied: { start: number; f: InferredFooting } | null = null;
  for (const start of starts) {
    if (!possible(start, mine.length)) continue;
    const f = footing(start);
    const how = ties(f);
    if (how === 'exactly') {
      tied = { start, f };
      break;
    }
    if (how) tied ??= { start, f };
  }
  if (tied && accept(tied.start, tied.f)) return true;
  for (const start of starts) {
    if (possible(start, mine.length) && accept(start)) return true;
  }
  const borne = starts.filter((start) => possible(start, mine.length, 1)).flatMap((start) => {
    const f = footing(start);
    const fit = judge(f.total, f.terms);
    return bornOut(fit, 'stated') || carriesASubtotal(mine.slice(start).map(({ item }) => item), fit) ? [{ start, f, fit }] : [];
  });
  const chosen = borneOutRun(borne);
  if (chosen && accept(chosen.start, chosen.f)) return true;
  // The runs the screen ruled out, proposed for a reading of their "Less:" lines or costs that the figures bear out
  // (less-lines.test.ts; netCosts), and the longest for the record (`tieout model init`, scripts/inferred.ts); of a
  // block cut short only the longest. A run no other reading can change is not proposed again: each proposal judges the
  // run in every column, so proposing them all cost the square of a block of up to MAX_BLOCK lines for every total
  // (the bench's table of lines each labelled a total, 5,000 lines: 12–15 s of checks, 2.5 s without them).
  const ruled = starts.filter((start) => !possible(start, mine.length));
  // A result its costs' reading bears out (netCosts) is published so; the line is then read on as the layout leaves it.
  for (const [k, start] of (mine.cut ? ruled.slice(0, 1) : ruled).entries()) {
    const f = footing(start);
    if (k === 0 || f.alternatives) propose(f, false);
  }
  return false;
}

/** The line a title names as the whole of the table's lines ("Components of Other (income)/deductions––net include:"), in plain words; else null. */
function wholeOfComponents(title: string): string | null {
  const m = /\bcomponents of (.+?)(?:,? (?:include|includes|included|consist|consists|are|were)\b.*)?:?$/.exec(normalizeLabel(title.replace(/\([^)]*\)/g, ' ')));
  return m ? normalizeLabel(plainLabel(m[1]!)) : null;
}

/** The words of the reading that takes costs away from the income above them under a result. */
function costsSay(labels: string[]): string {
  return `${listed(labels.map((l) => `'${l}'`))} taken away (${labels.length === 1 ? 'a cost' : 'costs'} under a result of income)`;
}

/**
 * Whether a total over a run whose one line printing figures is itself a total (closing a block above, or printed or
 * labelled as one), the others nil or zero in every column, is borne out where it fails in one column: it carries
 * that total in two other columns at least. Horizon's "Total non-performing assets" over "Total non-performing loans"
 * and a nil "REO". No column sums two lines printed non-zero (bornOut), but a total over a subtotal is the table's
 * own structure, not a coincidence of figures; a line that is no total (Gladstone's weighted average under "Total
 * shares of common stock outstanding", equal to it in one quarter) is no such evidence.
 */
function carriesASubtotal(run: Item[], fit: Fit): boolean {
  const printing = run.filter((i) => i.view.values.some((v) => v !== null && !ZERO.test(v)));
  if (run.length < 2 || printing.length !== 1) return false;
  const [{ view, closing }] = printing;
  const isTotal = closing === true || view.row.total || totalWords(view.row.label) !== null;
  return isTotal && fit.failed === 1 && fit.telling >= 2 && !fit.failsBlank;
}

/**
 * The lines of `unit` of the sections a subsection opened after rows of (the innermost first up to the first that
 * did not), top to bottom, with the scopes holding them: "Net earnings" under "Operations:" before "Adjustments for:".
 */
function sectionLinesAround(around: Scope[], unit: Unit | null): { item: Item; scope: Scope }[] {
  const out: { item: Item; scope: Scope }[] = [];
  // The last scope is the subsection's own.
  for (let k = around.length - 2; k >= 1; k--) {
    const s = around[k]!;
    out.unshift(...s.items.filter((i) => i.view.unit === unit && !i.rateNamed).map((item) => ({ item, scope: s })));
    if (!s.afterRows) break;
  }
  return out;
}

/**
 * The first line of a run a total just read as printed under a line no label calls a total (Precision Drilling's
 * "Cash provided by operations", underlined under "Funds provided by operations" and "Changes in non-cash working
 * capital balances", 4Q24): that first line may be the subtotal of every line above it in its section, from the
 * section's top ("Net earnings" under "Operations:", then its adjustments under "Adjustments for:", 16 lines).
 * Read so only where it holds in every column, summing exactly in one, or fails in one only, the others bearing it
 * out (bornOut 'block': the whole block above it, not a run the figures chose); proposed as a subtotal, its lines
 * then left to the total below. Null where the lines above do not sum to it.
 */
function leadSubtotal(mine: { item: Item; i: number }[], start: number, outer: { item: Item; scope: Scope }[], judge: Judge, propose: Propose): { taken: Set<Item>; scopes: Scope[] } | null {
  const lead = mine[start]!.item;
  if (lead.closing) return null;
  const lines = [...outer.map((o) => o.item), ...mine.slice(0, start).map((m) => m.item)];
  if (lines.length < 2 || lines.some((i) => i.closing)) return null;
  const terms = lines.map((i): Term => ({ row: i.view.row, sign: lessSign(i.view) }));
  const fit = judge(lead.view.row, terms);
  if (!((holdsEverywhere(fit) && fit.sums > 0) || bornOut(fit, 'block'))) return null;
  const ok = propose({
    total: lead.view.row,
    terms,
    rule: 'block-subtotal',
    reason: `'${lead.view.row.label}' sums the ${lines.length} lines above it, from the top of its section, and the total under it sums from it.`,
    certain: false,
  });
  if (!ok) return null;
  return { taken: new Set(outer.map((o) => o.item)), scopes: [...new Set(outer.map((o) => o.scope))] };
}

/**
 * Of the runs a fit bears out though one column fails, the one to read: where they fail in the
 * same column, the one holding in most columns, the longest of those (the first); where two fail
 * in different columns, none (each column's error would be the other's lines).
 */
function borneOutRun<T extends { fit: Fit }>(runs: T[]): T | null {
  if (runs.length === 0) return null;
  const where = new Set(runs.map((r) => r.fit.failing?.join('|')));
  if (where.size > 1) return null;
  return runs.reduce((best, r) => (r.fit.held > best.fit.held ? r : best));
}

/**
 * Reconciliations: a result is the measure it starts from (the nearest row marked GAAP, the
 * first row of its unit, or the previous result) plus the adjustments printed between them.
 * A result is named (a row marked non-GAAP, an adjusted or non-GAAP form of a measure:
 * "Adjusted EBITDA", "Core income", "Earnings available for distribution", or an underlined
 * row), and then stated: it closes its block whether the figures tie or not. A row that names
 * nothing of the kind ("Operating netback", "Operating income" between net income and adjusted
 * EBITDA, "Underwriting gain") is a result only where the figures say so, holding in every
 * column on figures printed non-zero, or in most: a link of a chain, from which the next
 * result reconciles.
 */
function readReconciliation(rows: RowView[], title: string, propose: Propose, judge: Judge): void {
  markSignedUnderLess(rows);
  const named = /\breconciliations? of (.+?) to (.+)$/.exec(normalizeLabel(title));
  const oneMeasure = /\breconciliations? of (.+)$/.exec(normalizeLabel(title));
  const measures = titleMeasures(title);
  // Blocks of different units interleave ("GAAP gross margin" between the gross profit lines): one start per unit.
  const starts = new Map<Unit, RowView>();
  // A start that is a result no reading of which ties (its own reconciliation rejected): the block's start before it
  // and the lines to it, for the next result to reconcile across it (Kimco's "RPT same property NOI (3)", one of the
  // adjustments from net income to "Same Property NOI", 4Q24).
  const across = new Map<Unit, { from: RowView; lines: RowView[] }>();
  let between: RowView[] = [];
  const first = rows.find((v) => v.row.kind === 'values' && v.unit !== null);
  for (const view of rows) {
    const { row } = view;
    // Percentages reconcile too, point by point ("GAAP gross margin 63.2%, impact 2.8%, non-GAAP 66.0%"), and
    // earnings per share cent by cent ("Diluted EPS, as reported 0.13, supply chain restructuring 0.01, … as adjusted 0.17"),
    // each among themselves.
    if (row.kind !== 'values' || !view.unit || !(isAdditive(view.unit) || view.unit === 'percent' || isPerShare(view.unit))) continue;
    if (view.unit !== 'percent' && !isPerShare(view.unit) && namesARatio(row.label)) continue;
    // A ratio written out ("Consolidated total debt 991.5", "Divided by adjusted EBITDA 184.8", "Debt to Adjusted
    // EBITDA Ratio 5.36", Tupperware's, 1Q20): its divisor or multiplier is an operand of the ratio, never a result
    // reconciled from the measure it repeats, nor an adjustment to one.
    if (namesAnOperand(row.label)) continue;
    const unit = view.unit;
    const basis = basisOf(row.label) ?? (isQualifier(row.label) ? basisOf(row.section.at(-1) ?? '') : null);
    const concept = view.concept?.concept ?? '';
    const start = starts.get(unit) ?? null;
    const adjustments = between.filter((b) => b.unit === unit);
    const rest = () => between.filter((b) => b.unit !== unit);
    // "FFO per share - Basic" then "- Diluted": a measure's basic and diluted lines are one measure twice, never an
    // adjustment of each other; the twin of the start or of a line since is passed over.
    if (isPerShare(unit) && [start, ...adjustments].some((b) => b !== null && dilutionTwins(b.row.label, row.label))) continue;
    // "Total adjustments" under its adjustments stands for them: all since the start, or those of the caption it
    // closes (First Quantum's "Total adjustments excluding depreciation" under "Other adjustments", depreciation above it).
    // The basis a total names after "to" or "from" is that of the measure adjusted, not its own: Cree's "Total
    // adjustments to GAAP net loss from continuing operations attributable to controlling interest before provision
    // for income taxes" 45.4 (3Q20) totals its twelve adjustments.
    const own = basisOf(row.label.split(/\s(?:to|from)\s/i)[0]!);
    if (totalWords(row.label) !== null && adjustments.length >= 2 && own !== 'gaap') {
      const term = (a: RowView): Term => ({ row: a.row, sign: adjustmentSign(a) });
      const caption = row.section.at(-1);
      const captioned = caption ? adjustments.filter((a) => a.row.section.at(-1) === caption) : [];
      // A total printed among them closes a block of its own: the lines since it are this total's block (Kornit's
      // share-based compensation, amortization and restructuring by function, three blocks each closed by an
      // unlabelled total, 4Q24), never that total plus them.
      const lastTotal = adjustments.findLastIndex((a) => totalWords(a.row.label) !== null);
      const since = lastTotal >= 0 ? adjustments.slice(lastTotal + 1) : [];
      // A bare total may sum every line, the start among them: a table of segments down the rows, the reconciliation
      // running across its columns (PepsiCo's "Operating Profit by Division", Q2 2023: "Total" 3,659 is Frito-Lay's
      // 1,647 plus the seven divisions below it, 2,012), read before a chain of adjustments from the first is accused.
      const whole = start !== null && lastTotal < 0 && basisOf(start.row.label) === null ? [{ terms: [{ row: start.row, sign: 1 as const }, ...adjustments.map(term)], says: `'${row.label}' as the sum of every line from '${start.row.label}'` }] : [];
      const f: InferredFooting = {
        total: row,
        terms: adjustments.map(term),
        alternatives: [
          ...(captioned.length >= 2 && captioned.length < adjustments.length
            ? [{ terms: captioned.map(term), says: `'${row.label}' as the total of the ${captioned.length} lines under '${caption}'` }]
            : []),
          // The total of what a "Less:" caption takes away is their sum as printed, the caption's sign left to the line
          // after it (Aflac's "Total AOCI per common share" 5.83 under "Less:" (2.15), 8.36, (0.39)).
          ...(captioned.length >= 2 && captioned.length < adjustments.length && /^(?:less|deduct)\b/i.test(caption!.trim())
            ? [{ terms: captioned.map((a) => ({ row: a.row, sign: 1 as const })), says: `'${row.label}' as the sum of the ${captioned.length} lines under '${caption}' as printed` }]
            : []),
          ...(since.length >= 2 ? [{ terms: since.map(term), says: `'${row.label}' as the total of the ${since.length} lines since the total '${adjustments[lastTotal]!.row.label || '(no label)'}'` }] : []),
          ...whole,
        ],
        rule: 'block-subtotal',
        reason: `'${row.label}' sums the ${adjustments.length} adjustments printed above it.`,
        certain: false,
        stated: true,
      };
      if (propose(f)) {
        // Read as the sum of every line, it stands for them all: the start of what follows.
        if (whole.length > 0 && f.read === whole[0]!.says) {
          across.delete(unit);
          starts.set(unit, view);
          between = rest();
          continue;
        }
        const summed = new Set(f.terms.map((t) => t.row));
        between = [...between.filter((b) => !summed.has(b.row)), view];
        continue;
      }
    }
    // A line naming an adjustment ("Income tax impact of non-GAAP adjustments", "Add: Income tax expense") is never a result.
    const adjustment =
      (!namesNonGaapMeasure(row.label) && (/\b(adjustments?|impact|effect)\b/.test(leavesOut(normalizeLabel(row.label))) || saysItAdjusts(row.label) || opensWithOperator(row.label, rows))) ||
      namesAHoldersShare(row) ||
      namesATax(row.label) ||
      namesItemsAdjusted(row.label);
    const result =
      !adjustment &&
      (basis === 'non-gaap' || NON_GAAP_ONLY.has(concept) || namesNonGaapMeasure(row.label) || (row.total && start !== null) || (start !== null && namedIn(measures, view)));
    // A result with nothing printed since the start is a measure of its own beside it ("Core FFO per share" after
    // "FFO per share"), not reconciled from it: it starts the next block. So is a margin whose adjustments are printed
    // in money, if at all: NVIDIA's "Non-GAAP gross margin" 72.7% under "GAAP gross margin" 72.4% (fiscal 2026 Q2), then
    // "Non-GAAP gross margin, as adjusted to exclude H20 …" 72.3% after the money line "H20 related charges" (180), is
    // each gross profit over revenue, never the sum of the margins above it. Margins reconciled in points print them.
    if (result && start && adjustments.length === 0 && (isPerShare(unit) || unit === 'percent') && (basis === 'non-gaap' || NON_GAAP_ONLY.has(concept) || namesNonGaapMeasure(row.label))) {
      across.delete(unit);
      starts.set(unit, view);
      between = rest();
      continue;
    }
    if (!adjustment && start && adjustments.length > 0) {
      const same = sameMeasure(start, view);
      const byTitle = named !== null && covers(measureWords(start), named[1]) && covers(measureWords(view), named[2]);
      // "Reconciliation of Free cash flows" over the GAAP measure, its adjustments and the result, the table's last line of
      // its unit (OpenText, fiscal 2024): the title names what the whole table reconciles to, and it starts at the first.
      const whole = named === null && start === first && oneMeasure !== null && covers(measureWords(view), oneMeasure[1]) && !rows.slice(rows.indexOf(view) + 1).some((b) => b.row.kind === 'values' && b.unit === unit);
      // An adjustment printed since the start in another unit ("Effect of adjusted EPS dilution of convertible notes"
      // among share counts, read as per share) may be one of this block's: then no label makes a failing reading certain.
      const foreign = rows.slice(rows.indexOf(start) + 1, rows.indexOf(view)).some((b) => b.row.kind === 'values' && b.unit !== unit && (/\b(adjustments?|impacts?|effects?)\b/.test(normalizeLabel(b.row.label)) || saysItAdjusts(b.row.label)));
      // The start printed again under its very label closes the lines since as their total: they are its components,
      // not adjustments of it to itself (Acadia Realty, 4Q24: "Same-Property NOI 32,651", then "Components of
      // Same-Property NOI:" Same-Property Revenues 46,266 and Operating Expenses (13,615), closed by "Same-Property NOI
      // 32,651" again; the caption, wrapped over two lines, names no heading to go by).
      // Lines under a heading that names it are read so by ownParts (Red Rock's segments under "Adjusted EBITDA").
      const parts = ownParts(start, adjustments, row);
      const again = normalizeLabel(start.row.label) === normalizeLabel(row.label) && parts.length === 0;
      // Lines of this unit that name a ratio were passed over above; an amount so named ("Normalized tax rate(1)
      // (113)", Graham's adjusted net income, the tax at a normalized rate on the adjustments) may be an adjustment.
      const rateNamed = rows.slice(rows.indexOf(start) + 1, rows.indexOf(view)).filter((b) => b.row.kind === 'values' && b.unit === unit && namesARatio(b.row.label));
      const inOrder = (list: RowView[]) => [...list].sort((a, b) => rows.indexOf(a) - rows.indexOf(b));
      const withNamed: Alternative[] = rateNamed.length === 0 ? [] : [{
        terms: [{ row: start.row, sign: 1 }, ...inOrder([...adjustments, ...rateNamed]).map((a) => ({ row: a.row, sign: adjustmentSign(a) }))],
        says: `${rateNamed.map((b) => `'${b.row.label}'`).join(', ')} as an adjustment, an amount though its label names a rate`,
      }];
      const weak = across.get(unit);
      const acrossStart: Alternative[] = !weak ? [] : [{
        terms: [{ row: weak.from.row, sign: 1 }, ...[...weak.lines, ...adjustments].map((a) => ({ row: a.row, sign: adjustmentSign(a) }))],
        says: `'${start.row.label}' as one of the adjustments from '${weak.from.row.label}' (no reading of it as a result ties)`,
      }];
      const collapsed = again ? null : subtotalledAdjustments(view, start, adjustments, judge);
      // Lines marked GAAP among the adjustments are measures of their own: the reading without them.
      const reported = adjustments.filter(marksAMeasure);
      const measuresLeftOut: Alternative[] = reported.length === 0 ? [] : [{
        terms: [{ row: start.row, sign: 1 }, ...adjustments.filter((a) => !reported.includes(a)).map((a) => ({ row: a.row, sign: adjustmentSign(a) }))],
        says: `${listed(reported.map((m) => `'${m.row.label}'`))} as ${reported.length === 1 ? 'a measure' : 'measures'} as reported (marked GAAP), not ${reported.length === 1 ? 'an adjustment' : 'adjustments'}`,
      }];
      const f: InferredFooting = again
        ? {
            total: row,
            terms: adjustments.map((a) => ({ row: a.row, sign: adjustmentSign(a) })),
            alternatives: [],
            stated: result,
            rule: 'reconciliation',
            reason: `'${row.label}' is printed again as the total of the ${adjustments.length} line${adjustments.length === 1 ? '' : 's'} since '${start.row.label}', its components.`,
            certain: false,
          }
        : {
            total: row,
            terms: [{ row: start.row, sign: 1 }, ...adjustments.map((a) => ({ row: a.row, sign: adjustmentSign(a) }))],
            alternatives: [...adjustmentReadings(start, adjustments, [...otherStarts(adjustments, row), ...captionStarts(start, adjustments, row)]), ...parts, ...withNamed, ...acrossStart, ...(collapsed ? [{ terms: collapsed.terms, says: collapsed.says }] : []), ...measuresLeftOut],
            stated: result,
            rule: 'reconciliation',
            reason: `'${row.label}' reconciles from '${start.row.label}'${(byTitle || whole) && !same ? ', as the title says' : same ? ', the same measure' : ''}, plus the ${adjustments.length} adjustment${adjustments.length === 1 ? '' : 's'} printed between them.`,
            certain: result && (same || byTitle || whole) && !foreign && reported.length === 0,
          };
      if (result) {
        const published = propose(f);
        // Read with subtotals among its adjustments, each stands for its lines and is footed on its own.
        if (published && collapsed && f.read === collapsed.says) for (const sub of collapsed.subs) propose(sub);
        // No reading ties and no label makes one certain (rejected, or published as not judged).
        if (!published && !f.certain && (f.fit === undefined || f.fit === 'fails') && !again) across.set(unit, { from: start, lines: [...adjustments, view] });
        else across.delete(unit);
        // A named result closes its block, whether or not its figures tie.
        starts.set(unit, view);
        between = rest();
        continue;
      }
      if (namesAMeasure(row.label) && fitsAsALink(f, judge, start.row) && propose(f)) {
        across.delete(unit);
        starts.set(unit, view);
        between = rest();
        continue;
      }
    }
    // The first line of a unit starts its block when it names a measure or opens the table (an adjustment printed
    // per share but read in money, under a per-share start, starts nothing).
    const measure = view.concept !== null || namesAStart(row.label) || namesNonGaapMeasure(row.label) || view === first;
    // A line marked GAAP as a whole starts a block; "Non-cash GAAP tax expense (benefit)" is one of its adjustments.
    // Per share, a line the base model reads as earnings per share is another measure, never an adjustment: First
    // Quantum's "Diluted earnings (loss) per share" between basic and adjusted earnings per share.
    const another = isPerShare(unit) && view.concept !== null;
    if ((basis === 'gaap' && (markedGaap(row.label) || isQualifier(row.label))) || (start === null && measure) || another) {
      across.delete(unit);
      starts.set(unit, view);
      between = rest();
      continue;
    }
    between.push(view);
  }
}

/**
 * A reconciliation's adjustments with the subtotals printed among them standing for their lines: Vornado's "FFO
 * adjustments, net" under the six lines of "FFO adjustments:" (4Q24), then two more adjustments down to "FFO
 * attributable to common shareholders plus assumed conversions". Found as a total's unlabelled subtotals are
 * (collapseSubtotals: each sums the run of lines above it in every column, exactly in one, or in most), the start
 * never one of a run's lines. Null where no line among them is such a subtotal.
 */
function subtotalledAdjustments(result: RowView, start: RowView, adjustments: RowView[], judge: Judge): { terms: Term[]; subs: InferredFooting[]; says: string } | null {
  if (adjustments.length < 3) return null;
  const items = adjustments.map((view): Item => ({ view, certain: false }));
  const collapsed = collapseSubtotals(result, items, adjustments.map((a) => ({ row: a.row, sign: adjustmentSign(a) })), judge);
  if (!collapsed) return null;
  return { terms: [{ row: start.row, sign: 1 }, ...collapsed.terms], subs: collapsed.subs, says: collapsed.says };
}

/**
 * Whether a row no label names as a result fits as one: some reading holds in every column,
 * with two figures at least printed non-zero in one of them, or in most, two at least (one
 * column of two that merely holds is a coincidence as likely as a link); or it fails in one
 * column only where another bears it out, summing exactly with the line and two of its terms
 * printed non-zero (bornOut): a line naming a measure that is, to the last printed digit, its
 * start plus every adjustment between is that link, and the failing column a mismatch (Legrand's
 * 'Cash flow from operations' from 'Profit for the period', in a table of two years). Not where
 * a line prints nothing in the failing column: those lines may be another column's alone
 * (Euronet's net income, printed for the year only, above an operating income of both).
 */
function fitsAsALink(f: InferredFooting, judge: Judge, start: TableRow): boolean {
  return [f.terms, ...(f.alternatives ?? []).map((a) => a.terms)].some((terms) => {
    // Only a column where the start prints a figure says the line is reached from it: where it prints nothing, any
    // line would do (J&J's GAAP to non-GAAP reconciliation across its columns, 1Q23: "Net Earnings/(Loss)" held as
    // "Cost of products sold" less the lines below it only in the adjustments' columns, where cost of products sold
    // prints nothing; in every column printing it, revenue, which the table leaves out, was missing).
    const fit = evidenceFor(judge(f.total, terms), terms.some((t) => t.row === start) ? [start] : undefined);
    return (holdsEverywhere(fit) && fit.telling > 0) || (corroborated(fit) && (fit.held >= 2 || (bornOut(fit, 'stated') && !fit.failsBlank)));
  });
}

/**
 * The readings of a result from another line printed between: the measure a block starts from
 * when the lines above it are another block (cash from operations after net operating income,
 * operating income after the lines from net income that reach it), as printed and with every
 * adjustment after it taken the other way. Only lines that name a measure may start.
 */
function otherStarts(adjustments: RowView[], result?: TableRow): Alternative[] {
  const out: Alternative[] = [];
  adjustments.forEach((s, k) => {
    if (k === adjustments.length - 1) return;
    if (!(s.concept !== null || namesAMeasure(s.row.label) || (result !== undefined && qualifiesName(result.label, s.row.label)))) return;
    const after = adjustments.slice(k + 1);
    const from = `'${s.row.label}' as the measure it starts from`;
    // As the words say: each "Less" line taken away as printed, a loss in parentheses among its gains too (Cadence's
    // "Less: securities gains (losses), net" 2,994 … (12), 1Q20), where lessSign reads such a line as already signed.
    const signedLess = after.filter((a) => /^less\b/i.test(a.row.label.trim()) && adjustmentSign(a) === 1);
    if (signedLess.length > 0) {
      out.push({
        terms: [{ row: s.row, sign: 1 }, ...after.map((a) => ({ row: a.row, sign: signedLess.includes(a) ? (-1 as const) : adjustmentSign(a) }))],
        says: `${from}, every "Less" line taken away as printed`,
      });
    }
    out.push({ terms: [{ row: s.row, sign: 1 }, ...after.map((a) => ({ row: a.row, sign: adjustmentSign(a) }))], says: from });
    if (after.length >= 2) {
      out.push({
        terms: [{ row: s.row, sign: 1 }, ...after.map((a) => ({ row: a.row, sign: (-adjustmentSign(a)) as 1 | -1 }))],
        says: `${from}, every adjustment after it with the other sign`,
        turns: after.map((a) => a.row),
      });
    } else if (result !== undefined && excludesLine(result.label, s.row.label, after[0]!.row.label)) {
      // One line after the start, which the result's label says it excludes, printed with its own sign: taken away
      // (PNC's "Total revenue excluding integration costs - contra revenue" from "Total revenue" 4,692 and "Integration
      // costs - contra revenue (16)": 4,708, 1Q22). The label, not the figures, makes the one line's sign.
      out.push({
        terms: [{ row: s.row, sign: 1 }, { row: after[0]!.row, sign: (-adjustmentSign(after[0]!)) as 1 | -1 }],
        says: `${from}, '${after[0]!.row.label}' taken away, as the result's label says it excludes it`,
        turns: [after[0]!.row],
      });
    }
  });
  return out;
}

/** Whether a result's label is a start's qualified by excluding a line, named as printed: "X excluding Y" after "X" and "Y". */
function excludesLine(result: string, start: string, line: string): boolean {
  const [whole, own, named] = [result, start, line].map((t) => normalizeLabel(plainLabel(t)));
  if (own === '' || named === '' || !whole.startsWith(`${own} `)) return false;
  const m = /^(?:excluding|excl|ex|before) (.+)$/.exec(whole.slice(own.length + 1));
  return m !== null && (m[1] === named || m[1]!.startsWith(`${named} `));
}

/**
 * Whether a result's label is a line's label qualified by what it leaves out or how it is adjusted: "Non-interest expense,
 * excluding merger expenses" after "Non-interest expense" and "Less: merger expenses" (Equity Bancshares' non-GAAP
 * measures, 1Q20, every line of the table underlined), or "Tangible assets" after "Total assets" and the intangibles
 * less: the line is the measure the result starts from.
 */
function qualifiesName(result: string, line: string): boolean {
  const own = normalizeLabel(plainLabel(line));
  const whole = normalizeLabel(plainLabel(result));
  if (own === '') return false;
  if (whole.startsWith(`${own} `) && /^(?:excluding|excl|less|before|after|net of|as adjusted|adjusted|ex)\b/.test(whole.slice(own.length + 1))) return true;
  // Or the line's words, less "Total", after a qualifier: "Tangible assets" from "Total assets" less the intangibles.
  const item = own.replace(/^total /, '');
  return item !== '' && whole.endsWith(` ${item}`) && /^(?:tangible|adjusted|core|underlying|comparable|organic)$/.test(whole.slice(0, -item.length - 1));
}

/**
 * The reading from the first line under the result's own caption, where the start is under another: a table of several
 * reconciliations, each under a caption naming its measure, starts each from its caption's first line, whatever that
 * line names (Cadence's Table 10, 1Q20: "Tangible common equity ratio" over "Shareholders' equity" 2,113,543, "Less:
 * goodwill and other intangible assets, net" (142,782), "Tangible common shareholders' equity" 1,970,761, after the
 * efficiency ratios' block). Read as printed, and with every "Less" line taken away as printed.
 */
function captionStarts(start: RowView, adjustments: RowView[], row: TableRow): Alternative[] {
  const caption = row.section.at(-1);
  if (caption === undefined || start.row.section.at(-1) === caption) return [];
  // A caption naming the result heads its parts (Assurant's segments under "Adjusted EBITDA, ex. reportable
  // catastrophes", read by ownParts with the adjustment that makes them): no block of its own.
  const named = normalizeLabel(caption);
  if (named === '' || normalizeLabel(row.label).startsWith(named)) return [];
  const k = adjustments.findIndex((a) => a.row.section.at(-1) === caption);
  // The caption's lines must be the last of the adjustments, two at least with the result's: a start and a line.
  if (k < 0 || k === adjustments.length - 1 || adjustments.slice(k).some((a) => a.row.section.at(-1) !== caption)) return [];
  const [first, after] = [adjustments[k], adjustments.slice(k + 1)];
  const from = `'${first.row.label}', the first line under the caption '${caption}', as the measure it starts from`;
  const out: Alternative[] = [{ terms: [{ row: first.row, sign: 1 }, ...after.map((a) => ({ row: a.row, sign: adjustmentSign(a) }))], says: from }];
  const signedLess = after.filter((a) => /^less\b/i.test(a.row.label.trim()) && adjustmentSign(a) === 1);
  if (signedLess.length > 0) {
    out.push({
      terms: [{ row: first.row, sign: 1 }, ...after.map((a) => ({ row: a.row, sign: signedLess.includes(a) ? (-1 as const) : adjustmentSign(a) }))],
      says: `${from}, every "Less" line taken away as printed`,
    });
  }
  return out;
}

/**
 * The reading in which the lines under a heading that names the result ("Adjusted EBITDA, ex.
 * reportable catastrophes" over each segment's figure, closed by "Adjusted EBITDA, ex. reportable
 * catastrophes") are the result's own parts, not adjustments: it reconciles from its start over the
 * lines before that heading (Assurant, 4Q24: Adjusted EBITDA 381.4 + Reportable catastrophes 50.1 =
 * 431.5, the three segments below adding to it too).
 */
function ownParts(start: RowView, adjustments: RowView[], result: TableRow): Alternative[] {
  const name = normalizeLabel(result.label).replace(/:$/, '');
  const under = adjustments.filter((a) => normalizeLabel(a.row.section.at(-1) ?? '').replace(/:$/, '') === name);
  if (under.length === 0) return [];
  // Every line since the start under that heading: the result is their total alone, the start a figure of the
  // same measure printed above them (Red Rock Resorts, 4Q24: "Adjusted EBITDA" 202,398 closing net income's
  // reconciliation, then under "Adjusted EBITDA" Las Vegas operations 223,897 and Corporate and other (21,499)
  // closing on "Adjusted EBITDA" 202,398 again).
  if (under.length === adjustments.length) {
    return [{ terms: under.map((a) => ({ row: a.row, sign: 1 as const })), says: `the lines under '${result.label}' as its parts, its total alone` }];
  }
  const before = adjustments.filter((a) => !under.includes(a));
  return [{ terms: [{ row: start.row, sign: 1 }, ...before.map((a) => ({ row: a.row, sign: adjustmentSign(a) }))], says: `the lines under '${result.label}' as its parts, not adjustments` }];
}

/**
 * An adjustment's sign: a "Less …" line as lessSign reads it; under a caption "Less:" or
 * "Deduct:" every line is taken away as printed, its own sign saying whether it is an income or
 * a cost (CNA's "Less: Net investment income 165 … Income tax expense on core income (48)").
 */
function adjustmentSign(view: RowView): 1 | -1 {
  const caption = view.row.section.at(-1) ?? '';
  if (!/^(less|deduct)\b/i.test(caption.trim())) return lessSign(view);
  return signedUnderLess.has(view.row) ? 1 : -1;
}

/**
 * The lines under a "Less:" caption whose figures carry the deduction's sign themselves: every line
 * under it prints only figures in parentheses (Freshworks' "Less:" over "Purchases of property and
 * equipment (5,067)" and "Capitalized internal-use software (1,911)"), so taking them away again would
 * add them. Where the lines under it print both signs (CNA's "Less:" over "Net investment income 165"
 * and "Income tax expense on core income (48)"), the caption takes each away as printed.
 */
const signedUnderLess = new WeakSet<TableRow>();

function markSignedUnderLess(rows: RowView[]): void {
  const groups = new Map<string, RowView[]>();
  for (const v of rows) {
    const caption = v.row.section.at(-1);
    if (v.row.kind !== 'values' || !caption || !/^(less|deduct)\b/i.test(caption.trim())) continue;
    const key = `${v.row.section.join('\u0000')}`;
    pushTo(groups, key, v);
  }
  for (const group of groups.values()) if (printsOnlyNegative(group)) for (const v of group) signedUnderLess.add(v.row);
}

/** Whether the lines print figures, every one of them negative (in parentheses), nil and n/m aside. */
function printsOnlyNegative(lines: RowView[]): boolean {
  const values = lines.flatMap((v) => v.values.filter((x): x is string => x !== null && x !== '0'));
  return values.length > 0 && values.every((x) => x.startsWith('-'));
}

/**
 * The other readings of a reconciliation's lines: an adjustment printed positive that is taken
 * away ("Capital expenditures 50,000" between cash from operations and free cash flow), and a
 * line that is no adjustment but a figure of another measure printed between the two (a cost
 * of revenue between GAAP and non-GAAP gross profit). One line at a time; a few lines at most.
 */
function adjustmentReadings(start: RowView, adjustments: RowView[], starts: Alternative[] = []): Alternative[] {
  const term = (a: RowView, flip = false): Term => ({ row: a.row, sign: (adjustmentSign(a) * (flip ? -1 : 1)) as 1 | -1 });
  const out: Alternative[] = [];
  const flipped: Alternative = {
    terms: [{ row: start.row, sign: 1 }, ...adjustments.map((b) => term(b, true))],
    says: 'every adjustment with the other sign (a "Less:" line printing a loss in parentheses is taken away all the same)',
    turns: adjustments.map((b) => b.row),
  };
  // "Less:" as the operator, whatever the figure's sign: GE HealthCare's adjusted net income takes away "Less: Income
  // (loss) from discontinued operations, net of taxes (4)" (1,793 + 4 = 1,797) beside lines opening "Add:", its other
  // columns printing it nil; lessSign reads a "Less" line printing a figure in parentheses as already signed.
  const signedLess = adjustments.filter((a) => /^less\b/i.test(a.row.label.trim()) && adjustmentSign(a) === 1);
  // Where every adjustment is such a line, this is the reading with every sign flipped, offered below.
  const lessAway: Alternative[] = signedLess.length === 0 || signedLess.length === adjustments.length ? [] : [{
    terms: [{ row: start.row, sign: 1 }, ...adjustments.map((b) => (signedLess.includes(b) ? { row: b.row, sign: -1 as const } : term(b)))],
    says: 'every "Less" line taken away as printed (a loss in parentheses taken away adds back)',
  }];
  // The lines under a "Less:" caption, every figure of theirs in parentheses, as printed: the parentheses are the
  // deduction's sign (Robinhood's adjusted EBITDA, 2Q26: "Less:" over "Gain on deconsolidation of RVI (106)" and
  // "Unrealized and realized gains in equity securities (23)", 742 + 105 + 23 − 106 − 23 = 741). The caption's section
  // runs on over the result and the lines after it, so markSignedUnderLess, reading them all, does not see it.
  const underLess = adjustments.filter((a) => /^(less|deduct)\b/i.test((a.row.section.at(-1) ?? '').trim()));
  const asPrinted: Alternative[] = underLess.length > 0 && underLess.every((a) => printsOnlyNegative([a])) && underLess.some((a) => adjustmentSign(a) === -1) ? [{
    terms: [{ row: start.row, sign: 1 }, ...adjustments.map((b) => (underLess.includes(b) ? { row: b.row, sign: 1 as const } : term(b)))],
    says: 'the lines under "Less:" as printed, their parentheses the deduction\'s sign',
  }] : [];
  const listed = lessOverList(start, adjustments);
  if (adjustments.length > 6) return [flipped, ...asPrinted, ...lessAway, ...listed, ...starts];
  out.push(...asPrinted, ...lessAway, ...listed);
  adjustments.forEach((a, k) => {
    out.push({
      terms: [{ row: start.row, sign: 1 }, ...adjustments.map((b, m) => term(b, m === k))],
      says: `'${a.row.label}' ${adjustmentSign(a) === 1 ? 'taken away' : 'added'}`,
      turns: [a.row],
    });
  });
  if (adjustments.length >= 2) out.push(flipped);
  // Another start before a line left out: "Operating income" printed between net income and adjusted operating income
  // starts the block; its lines from net income reach it, and leaving it out would tie as well.
  out.push(...starts);
  if (adjustments.length >= 2) {
    adjustments.forEach((a, k) => {
      out.push({
        terms: [{ row: start.row, sign: 1 }, ...adjustments.filter((_, m) => m !== k).map((b) => term(b))],
        says: `'${a.row.label}' as a figure of another measure, not an adjustment`,
      });
    });
  }
  return out;
}

/**
 * "Less:" opening a line heads the lines under it that print no operator of their own, each taken away as a "Less" line
 * is (a figure in parentheses as already signed): Centene's "Less: Acquisition and divestiture related expenses" over
 * "Severance" and "Enterprise optimization costs" (2Q26, a page printed to PDF), every one taken from GAAP selling,
 * general and administrative expenses (3,103 − 15 − 37 = 3,051; 3,036 − 1 = 3,035). Read as added, the two lines made
 * the quarter a year before, where the first line alone prints a figure, a mismatch.
 */
function lessOverList(start: RowView, adjustments: RowView[]): Alternative[] {
  const terms: Term[] = [{ row: start.row, sign: 1 }];
  const turns: TableRow[] = [];
  let under = false;
  for (const a of adjustments) {
    const label = a.row.label.trim();
    let sign = adjustmentSign(a);
    if (/^(?:less|deduct)\s*:/i.test(label)) under = true;
    else if (/^(?:less|deduct|add|plus|minus|excluding|including)\b/i.test(label)) under = false;
    else if (under && sign === 1 && !printsOnlyNegative([a])) {
      sign = -1;
      turns.push(a.row);
    }
    terms.push({ row: a.row, sign });
  }
  return turns.length === 0 ? [] : [{ terms, says: 'the lines under a "Less:" line taken away with it', turns }];
}

/**
 * A label less what it says the measure leaves out: "Total loans, excluding the impact of PPP loans (non-GAAP)" names
 * a measure without an impact, not an impact (Citizens' 4Q21), so its "impact" makes it no adjustment.
 */
function leavesOut(words: string): string {
  return words.replace(/\b(?:excluding|before|ex|without|net of) (?:the )?(?:impacts?|effects?) of\b.*$/, '');
}

/**
 * A line marked GAAP as a whole behind the operator it opens with ("Less: Noninterest expense (GAAP) C", the second
 * operand of Citizens' operating leverage, printed between "Total revenue (GAAP) A" and "Total revenue, Underlying
 * (non-GAAP) B"): a measure as reported, which the layout does not establish as an adjustment of the line above it.
 */
function marksAMeasure(view: RowView): boolean {
  return markedGaap(view.row.label.replace(/^\s*(?:less|add|plus|minus|deduct)\s*:?\s*/i, ''));
}

/** Measures that only exist as non-GAAP: a reconciliation's result when unmarked. */
const NON_GAAP_ONLY = new Set(['adjusted-ebitda', 'ebitda', 'free-cash-flow']);

/** Words naming a reconciliation line's measure, less its basis marks and non-GAAP prefixes: "net income loss". */
function measureWords(view: RowView): string[] {
  return phraseWords(isQualifier(view.row.label) ? `${view.row.label} ${view.row.section.at(-1) ?? ''}` : view.row.label);
}

function phraseWords(text: string): string[] {
  return normalizeLabel(text)
    .replace(/\bnon gaap\b|\bgaap\b|\bas reported\b|\bunaudited\b/g, ' ')
    .replace(/\b(adjusted|normalized|normalised|pro forma|core)\b/g, ' ')
    .split(' ')
    .filter((w) => w && !STOP.has(w));
}

const STOP = new Set(['the', 'of', 'and', 'to', 'in', 'for', 'a', 'an', 'from', 'per', 'used', 'a', 'total']);

/**
 * The start and the result name the same measure: the words of one contain the other's, the result
 * naming no part of the start's measure: "Net income (loss) from discontinued operations" is a part of
 * "Net income" (Alkermes' profitability table prints each measure's continuing and discontinued parts
 * and their total), "Other operating income and expenses" a line beside "Operating income" (Eutelsat's).
 */
function sameMeasure(start: RowView, result: RowView): boolean {
  const x = measureWords(start);
  const y = measureWords(result);
  if (x.length === 0 || y.length === 0) return false;
  if (x.every((w) => y.includes(w))) return !y.some((w) => PART_WORDS.has(w) && !x.includes(w));
  return y.every((w) => x.includes(w));
}

/**
 * A line, not ruled as a total, naming a holder's share of a measure ("Noncontrolling interest in consolidated
 * NOI", "Operating Partnership's share of unconsolidated joint ventures NOI"): a part of that measure taken
 * out or added in, an adjustment, never the measure reconciled. Acadia Realty's NOI reconciliation prints
 * "Noncontrolling interest in consolidated NOI (17,226)" under "Consolidated NOI 59,267" on the way to "Core
 * Portfolio NOI"; read as NOI itself it was found 74,499 off.
 */
function namesAHoldersShare(row: RowView['row']): boolean {
  return !row.total && HOLDERS_SHARE.test(normalizeLabel(row.label));
}

const HOLDERS_SHARE = /\b(?:interests?|share) (?:in|of)\b/;

/**
 * A line whose last word is a tax, the tax of the adjustments it names ("Core OID, repositioning & change in the
 * fair value of equity securities tax (tax rate 21%)" in Ally's Core ROTCE numerator, 4Q21): an adjustment, never
 * the measure its first words name ("Core OID", two lines above). A measure before or after tax is no tax.
 */
function namesATax(label: string): boolean {
  const plain = plainLabel(label);
  return /\btax(es)?$/.test(plain) && !/\b(before|after|pre|less|net of|excluding|ex)( income)? tax(es)?$/.test(plain);
}

/** Words that make a measure's name a part of it, or a line beside it. */
const PART_WORDS = new Set(['continuing', 'discontinued', 'other']);

/**
 * A line that opens with the operator it enters by ("+ Depreciation and Amortisation", "- Other operating
 * income and expenses" in Eutelsat's adjusted EBITDA) is an adjustment, never a result. A dash alone is
 * often an indent, so it says so only in a table where another line opens with a plus.
 */
function opensWithOperator(label: string, rows: RowView[]): boolean {
  if (breaksDownLineAbove(label)) return false;
  if (/^\s*\+\s/.test(label)) return true;
  return /^\s*[-–−]\s/.test(label) && rows.some((r) => /^\s*\+\s/.test(r.row.label));
}

/**
 * The measures a reconciliation's title names, each as its words: "Reconciliation of cash flow
 * from operations, free cash flow and normalized free cash flow with profit for the period" names
 * four, whichever way it reads ("of … to …", "of … with …").
 */
function titleMeasures(title: string): string[][] {
  // Its commas part the measures: read before normalizeLabel drops them.
  const m = /\breconciliations? of (.+?) (?:to|with) (.+)$/.exec(title.toLowerCase().replace(/\s+/g, ' '));
  if (!m) return [];
  return [m[1], m[2]].flatMap((side) => side.split(/,|\band\b/)).map(phraseWords).filter((w) => w.length > 0);
}

/** A line whose measure the title names, word for word: a result of the reconciliation, whatever its label's basis. */
function namedIn(measures: string[][], view: RowView): boolean {
  const words = measureWords(view);
  return measures.some((m) => m.length === words.length && m.every((w) => words.includes(w)));
}

function covers(words: string[], phrase: string): boolean {
  const wanted = phraseWords(phrase);
  return wanted.length > 0 && wanted.every((w) => words.includes(w));
}

/** Comprehensive income as a whole ("Comprehensive (loss) income", "Total comprehensive income/(loss) for the period"), not a part of it. */
const COMPREHENSIVE = /^(?:total )?comprehensive (?:income|loss|earnings)\b(?!.*\battributable\b)/;
/** The owners' part of comprehensive income ("Comprehensive income attributable to Westwood Holdings Group, Inc."). */
const OWNERS_COMPREHENSIVE = /^comprehensive (?:income|loss|earnings)\b.*\battributable to\b/;
/** Whose part is not the owners': "… attributable to noncontrolling interest". */
const OTHERS = /\b(?:non ?controlling|minority)\b/;
/** Other comprehensive income as a whole ("Other comprehensive income/(loss) for the period, net of tax"), not a part of it. */
const OTHER_COMPREHENSIVE = /^(?:total )?other comprehensive (?:income|loss|earnings)\b(?!.*\battributable\b)/;

/** Subtotals of a statement of operations, and the lines a subtotal of the chain may start from. */
/**
 * Whether a line of the chain in selected figures has a link of the chain above it with lines between: else it is
 * read as a line of its own, as before (a summary's "Net income" right under "Revenue" and "Operating income").
 */
function chainAnchored(items: Item[]): boolean {
  const at = findLastIndex(items, (i) => i.view.concept !== null && CHAIN_FROM.has(baseOf(i.view.concept.concept)));
  return at >= 0 && at < items.length - 1;
}

const CHAIN = new Set(['gross-profit', 'operating-income', 'income-before-taxes', 'income-continuing', 'net-income', 'net-income-attributable']);
const CHAIN_FROM = new Set(['revenue', ...CHAIN]);

function baseOf(concept: string): string {
  return concept.startsWith('non-gaap-') ? concept.slice('non-gaap-'.length) : concept;
}

/**
 * How a line between two subtotals of the chain enters: a cost or expense printed as a
 * positive figure is taken away, one printed negative is already signed; income is added.
 * A line that names its sign in parentheses ("Income tax expense (benefit)") is read by its
 * words. Null when nothing says (a line such as "Other, net" printed with both signs).
 */
const CHAIN_RESULT = /^(?:consolidated |total )*(?:net )?(?:income|loss|earnings|profit)(?: loss| income)? before (?:provision for |benefit from )?(?:income )?tax(?:es)?\b|^(?:consolidated |total )*net (?:income|loss|earnings|profit)(?: loss| income)?$/;

function chainSign(view: RowView, names?: string): { sign: 1 | -1 | null; certain: boolean } {
  const label = view.row.label || names || '';
  // A line named like a profit ("Income before tax from continuing operations") may be a subtotal of the lines above it;
  // "Income taxes from discontinued operations" names a tax, no profit (PNC's 2020 discontinued operations, 5,777 before
  // taxes, 1,222 of taxes, 4,555 net): a cost, taken away, as "Income taxes from continuing operations" is.
  const plain = plainLabel(label);
  if (!/^(?:provision for |benefit from )?(?:income )?tax(?:es)?\b/.test(plain) && /^(income|loss|earnings|profit)( [a-z]+)* (before|from) |\bcontinuing operations\b/.test(plain)) return { sign: null, certain: false };
  // A line named as a result of the chain itself ("Consolidated net income before tax", "Consolidated net income") that
  // the chain did not take for a link: a subtotal of the lines above it, never one more line to add.
  if (CHAIN_RESULT.test(plain)) return { sign: null, certain: false };
  const polarity = polarityOf(label);
  if (/^less\b/i.test(label.trim())) return { sign: lessSign(view), certain: true };
  if (!polarity) return { sign: null, certain: false };
  const values = view.values.filter((v): v is string => v !== null && v !== '0');
  const negative = values.filter((v) => v.startsWith('-')).length;
  if (statesItsSign(label) || negative === 0) return { sign: polarity === 'expense' ? -1 : 1, certain: true };
  if (negative === values.length) return { sign: 1, certain: true };
  return { sign: null, certain: false };
}

/**
 * Whether the layout leaves a line's sign in a chain open: nothing says it; its label names
 * both readings ("Net (income) loss attributable to noncontrolling interests", "Income tax
 * expense (benefit)") or a share of another party; or it prints negative figures ("Other
 * operating income, net (20)" among costs printed positive, a tax benefit printed negative).
 * A "Less …" line and a line printed positive that names one kind (a cost, an income) say it, but for
 * a "Less …" line naming a loss.
 */
function signOpen(view: RowView, sign: 1 | -1 | null): boolean {
  const label = view.row.label;
  if (sign === null) return true;
  // "Less: Net loss attributable to noncontrolling interests 1" under "Net (loss) income (108)" (Anywhere's 2023
  // statements): a loss taken away is added back, so a "Less" line naming a loss, printed positive, is read both ways.
  if (/^less\b/i.test(label.trim())) return sign === -1 && /\blosse?s?\b/i.test(label);
  if (statesItsSign(label) || /\b(non ?-?controlling|minority) interests?\b/i.test(label)) return true;
  return view.values.some((v) => v !== null && v.startsWith('-'));
}

/** A row as the screen of sums reads it: a nil figure is zero; n/m and empty say nothing. */
function screenRow(view: RowView): ScreenRow {
  return { values: view.values.map((v, c) => v ?? (view.nil?.[c] ? '0' : null)), scale: view.scale, sign: lessSign(view) };
}

/** A "Less …" line printed as a positive figure is taken away; printed in parentheses, it is already signed. */
/**
 * A "Less:" line printed positive in some columns and negative in others (Caterpillar's "Less: Profit
 * (loss) attributable to noncontrolling interests | — | — | 1 | (1)", its consolidating adjustments
 * column eliminating the Financial Products column's 1): lessSign takes it as printed, yet taking it
 * away in every column is as sound a reading, and both are tried.
 */
function mixedLess(view: RowView): boolean {
  if (!/^less\b/i.test(view.row.label.trim())) return false;
  const values = view.values.filter((v): v is string => v !== null && v !== '0');
  return values.some((v) => v.startsWith('-')) && values.some((v) => !v.startsWith('-'));
}

function lessSign(view: RowView): 1 | -1 {
  if (!/^less\b/i.test(view.row.label.trim())) return 1;
  const values = view.values.filter((v): v is string => v !== null && v !== '0');
  return values.length > 0 && values.every((v) => !v.startsWith('-')) ? -1 : 1;
}

/** What a line is in the roll-forward of cash, with or without restricted cash. */
function cashRole(concept: string | null): 'change' | 'beginning' | 'end' | null {
  const m = concept === null ? null : /^(?:restricted-)?cash-(change|beginning|end)$/.exec(concept);
  return m ? (m[1] as 'change' | 'beginning' | 'end') : null;
}

/** A caption naming cash alone, the balance a statement of cash flows rolls forward. */
const CASH_CAPTION = /^(?:cash|cash and (?:cash )?equivalents|cash,? cash equivalents,? and restricted cash|cash and cash equivalents and restricted cash)$/;

/** A balance named by the day it stands at ("Balance, June 30, 2026, net", "Balance at December 31, 2024"). */
interface DatedBalance {
  day: string;
  /** Its words less the day ("balance net", "balance at"): a roll runs between balances of the same words. */
  words: string;
}

/** A line naming a balance first ("Balance at …", "Balances, …"), and one naming a balance anywhere. */
const NAMES_BALANCE = /^\s*balances?\b/i;
const MENTIONS_BALANCE = /\bbalances?\b/i;

/** The day a line naming a balance prints, with its other words; null for any other line. */
function balanceDay(label: string): DatedBalance | null {
  if (!NAMES_BALANCE.test(label)) return null;
  const dates = findDates(label);
  if (dates.length !== 1 || dates[0]!.iso === null) return null;
  const d = dates[0]!;
  return { day: d.iso!, words: plainLabel(label.slice(0, d.index) + ' ' + label.slice(d.index + d.length)) };
}

/**
 * Where, among the open lines, the balance that `end` rolls forward from stands: the nearest line above of its unit
 * naming an earlier day with the same words. None where another dated balance, or a line printing figures of another
 * unit, stands between (OpenText's "Dividends declared ($0.25 per Common Share)" once read per share among its changes
 * in equity, whose columns of shares and of amounts a line's view reads in one unit): the lines between are then not
 * all movements read as that balance's.
 */
function datedBalanceBefore(open: readonly Item[], end: RowView, at: DatedBalance, between: (begin: RowView) => RowView[]): number {
  const prints = (v: RowView) => v.values.some((x) => x !== null);
  for (let k = open.length - 1; k >= 0; k--) {
    const item = open[k]!;
    const dated = balanceDay(item.view.row.label);
    // Any other line naming a balance stands between, never a movement: one whose day is not whole ("Balance as at 30
    // September", Insig AI's half year, its year wrapped), or named after a qualifier ("Unaudited Balances at June 30,
    // 2021", a Jamaican interim's quarter between last year's balance and this year's, unseen s16).
    if (dated === null && MENTIONS_BALANCE.test(item.view.row.label)) return -1;
    if (dated === null) continue;
    if (item.view.unit !== end.unit || item.rateNamed || dated.day >= at.day || dated.words !== at.words) return -1;
    // Every line printed between, whether read as a movement or not (a line per share is no item of a block).
    return between(item.view).some((v) => v.unit !== null && v.unit !== end.unit && prints(v)) ? -1 : k;
  }
  return -1;
}

/** The balance a roll-forward starts from and the one it ends at ("Balance, beginning of period", "Ending balance"). */
const ROLL_BEGIN = /\b(beginning|opening) (balance|of (the )?(period|year|quarter|month))\b|\bbalance (at |as of )?(the )?(beginning|start)\b/;
const ROLL_END = /\b(ending|closing) balance\b|\bbalance\b.*\b(end|close) of (the )?(period|year|quarter|month)\b|^balance (at |as of )?(the )?end\b/;

/**
 * The words after "Total" ("Total current assets" → "current assets"), "" for a bare
 * "Total", "Subtotal" or an empty label, and null for a label that is not a total.
 */
// Labels that close a block only where the figures agree: a "Consolidated" line of per-unit figures is no sum.
const LIKELY_TOTAL = /^(?:consolidated|total consolidated|consolidated total)$/;

/**
 * A caption naming averages or rates ("Average Day Rates(3)" over a drilling fleet's floaters, jackups and others,
 * Valaris 1Q20): the "Total" of its lines is their average weighted by what the table does not print, never certainly
 * their sum. Where the lines do add up the footing still holds; where they fail in every column it accuses nothing.
 */
function namesAnAverage(caption: string): boolean {
  return /^average\b|\baverages?\b/.test(plainLabel(caption.replace(/\([^)]*\)/g, ' '))) || namesARatio(caption);
}

/** A label that opens with "of which" ("- of which MGR", "o/w retail", "thereof: Germany"): a part of the line above it. */
export function breaksDownLineAbove(label: string): boolean {
  return /^\s*[-–—•·*]?\s*(?:of which|o\/w|thereof)\b/i.test(label);
}

export function totalWords(label: string): string | null {
  const plain = normalizeLabel(label.replace(/\([^)]*\)/g, ' '));
  // "Consolidated" alone under segment lines is their total (only likely: see LIKELY_TOTAL).
  if (plain === '' || plain === 'total' || plain === 'subtotal' || plain === 'sub total' || LIKELY_TOTAL.test(plain)) return '';
  const m = /^(?:sub ?)?total (.+)$/.exec(plain);
  return m ? m[1] : null;
}

/**
 * A line that names a ratio or a rate ("Net debt to underlying EBITDA ratio", "Effective tax
 * rate"), whatever unit its figures were read in: a ratio is never summed, nor a sum.
 */
/** A line opening with the operator of a product or a quotient: "Divided by adjusted EBITDA", "Multiplied by", "Times", "÷", "×". */
function namesAnOperand(label: string): boolean {
  return /^\s*(?:(?:divided|multiplied)\s+by\b|times\b|[÷×])/i.test(label);
}

export function namesARatio(label: string): boolean {
  const plain = plainLabel(label.replace(/\([^)]*\)/g, ' '));
  // "Gain on foreign currency exchange rates", "Effect of interest rates" are amounts a rate moved, not rates.
  // "Net debt/EBITDA, as adjusted", "Net debt to adjusted EBITDA": a leverage ratio, whatever words follow it.
  if (/\bdebt\s*\/\s*[a-z]/i.test(label) || /\bdebt to ([a-z]+ )*(ebitda|ebit|income|earnings|equity|capital|capitalization)\b/.test(plain)) return true;
  return /\bratios?\b/.test(plain) || (/\brates?$/.test(plain) && !/\b(exchange|currenc(y|ies)|interest|gains?|loss(es)?|effects?|impacts?|changes?)\b/.test(plain));
}

/** The open section a "Total X" names, innermost first; singular and plural alike. */
function findScope(stack: Scope[], words: string): Scope | null {
  const want = singular(words);
  for (let i = stack.length - 1; i > 0; i--) {
    if (singular(stack[i].name) === want) return stack[i];
  }
  return null;
}

function sectionName(label: string): string {
  return normalizeLabel(label.replace(/\([^)]*\)/g, ' '));
}

/**
 * A line repeats its section's name whole, the words in parentheses too: "Other income" under
 * "Other income (expense):" is one of its lines, the income half of a net, not its total. A
 * footnote mark ("(1)", "(a)") is no part of the name.
 */
function repeatsWhole(header: string, line: string): boolean {
  const words = (label: string) => singular(normalizeLabel(label.replace(/\(\s*(?:\d{1,2}|[a-z]|[ivx]{1,4})\s*\)/gi, ' ')));
  return words(header) === words(line);
}

/**
 * Whether a line's name completes a section's name that breaks off on a preposition ("net change in unrealized
 * appreciation depreciation on" → "… on investments and debt"), or is that name netted, the preposition aside ("realized
 * and unrealized gain loss on investments and debt" → "net realized and unrealized gain loss from investments and debt").
 */
function completesName(section: string, line: string): boolean {
  if (section === '' || line === section) return false;
  if (/ (?:on|in|of|from|for|by)$/.test(section) && line.startsWith(`${section} `)) return true;
  const plain = (text: string) => singular(text.replace(/\b(?:on|in|of|from|for)\b/g, '~'));
  return line.startsWith('net ') && !section.startsWith('net ') && plain(line.slice(4)) === plain(section);
}

function singular(text: string): string {
  return text
    .split(' ')
    .map((w) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w))
    .join(' ');
}

/** A section header as printed: "Current assets:", "ASSETS". */
function header(row: TableRow): string {
  return row.rawLabel.trim().endsWith(':') ? `${row.label}:` : row.label;
}

function isAllCaps(text: string): boolean {
  return /[A-Z]/.test(text) && text === text.toUpperCase();
}

function isQualifier(label: string): boolean {
  return /^(basic|diluted|basic and diluted|gaap|non gaap|total)?$/.test(normalizeLabel(label.replace(/\((non-)?gaap\)/gi, ' ')));
}

function listed(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function findLastIndex<T>(list: T[], test: (x: T) => boolean): number {
  for (let i = list.length - 1; i >= 0; i--) if (test(list[i])) return i;
  return -1;
}

const DILUTION = /\b(?:basic|diluted|dilutive|fully diluted|assuming dilution)\b/g;

/** Two labels that differ only by saying basic or diluted: "FFO per share - Basic" and "FFO per share - Diluted". */
function dilutionTwins(a: string, b: string): boolean {
  const words = (l: string) => normalizeLabel(l).match(DILUTION)?.join(' ') ?? '';
  const rest = (l: string) => normalizeLabel(l).replace(DILUTION, ' ').replace(/\s+/g, ' ').trim();
  return words(a) !== '' && words(b) !== '' && words(a) !== words(b) && rest(a) === rest(b);
}
