/**
 * Which concept each row of a release prints: the company model's `table/row` aliases
 * first (the analyst said so), then the base model's vocabulary, matched on the row's
 * plain label (./words.ts) in a table of the right kind (./classify.ts), with a unit that
 * agrees. A row labelled only "Basic", "Diluted", "Total" or "GAAP" is read with its
 * section ("Net income per share: Basic"). A row printed as non-GAAP (its label, or its
 * table's title) is the concept's non-GAAP twin (`non-gaap-net-income`).
 *
 * Every recognition says why, and whether it is certain: a label of the vocabulary in a
 * statement, a summary or a marked reconciliation line is; a reconciliation line with no
 * GAAP mark, a segment table's total or a table nobody can name is only likely, and the
 * checks publish a relation that rests on it only when it holds.
 */
import type { Fact, Release, Table, TableRow, Unit } from '../types.ts';
import { BASE_CONCEPTS, baseConcept, baseLabel, type ConceptUnit, statementKinds, twinId } from './base-model.ts';
import { classifyTable, type TableReading } from './classify.ts';
import { conceptIndex } from './load.ts';
import type { CompanyModel } from './schema.ts';
import {
  adjustmentQualifier,
  basisOf,
  hasNonGaapPrefix,
  normalizeLabel,
  plainLabel,
  withoutBasis,
  withoutNonGaapPrefix,
  type Basis,
} from './words.ts';
import { Kept } from '../kept.ts';

export interface RowConcept {
  concept: string;
  /** Whether relations may rest on it: the company model's word, or a label of the vocabulary where it cannot mean anything else. */
  certain: boolean;
  source: 'company' | 'base';
  /** Why, in words, for explanations and `tieout model init`. */
  reason: string;
}

export interface Recognition {
  /** Each table's kind and basis, by table id. */
  tables: Map<string, TableReading>;
  /** The concept of a row, by `table/row`: the company model's where it names the row, else the base model's. */
  rows: Map<string, RowConcept>;
  /** What the base model reads in each row's label, whatever the company model calls the row (structure reads labels). */
  baseRows: Map<string, RowConcept>;
  /** The concept a fact printed in a cell stands for, or null. */
  conceptOf(fact: Fact): string | null;
  /** The concept's label: the company model's, else the base model's, else its id. */
  label(concept: string): string;
}

/** The kind of figure a unit measures: money in any currency, per share in any currency, shares, percentages. */
function conceptUnit(unit: Unit): ConceptUnit | null {
  if (/^[A-Z]{3}$/.test(unit)) return 'money';
  if (/^[A-Z]{3}\/share$/.test(unit)) return 'per-share';
  return unit === 'shares' ? 'shares' : unit === 'percent' ? 'percent' : null;
}

/** Labels that name a line only together with their section: "Basic", "Total", "GAAP". */
const QUALIFIER = /^(total|subtotal|basic|diluted|basic and diluted|diluted and basic|gaap|non gaap|as reported|reported|adjusted|net)?$/;

/** The edge of a period alone: a word before what it dates ("Beginning"), or a phrase after it ("End of period"). */
const EDGE = /^(?:(beginning|ending|opening|closing)|(?:at )?(?:the )?(?:beginning|start|end) of (?:the )?(?:period|year|quarter))$/;

/** Concepts a reconciliation line may print without a GAAP or non-GAAP mark (its other unmarked lines are adjustments). */
const UNMARKED_IN_RECONCILIATIONS = new Set([
  'revenue', 'net-income', 'net-income-attributable', 'net-income-allocated', 'operating-income', 'ebitda', 'adjusted-ebitda', 'free-cash-flow',
  'cash-from-operations', 'capital-expenditures', 'shares-basic', 'shares-diluted', 'shares-basic-and-diluted',
  'eps-basic', 'eps-diluted', 'eps-basic-and-diluted', 'adjusted-ebitda-margin', 'ebitda-margin',
]);

const CERTAIN_KINDS = new Set(['income', 'balance', 'cash-flow', 'summary', 'reconciliation']);

/**
 * The caption a table with no title prints first, in the corner of its header row, which names
 * it there ("| Summary Average Balance Sheet | Year Ended December 31 | …" as converters write
 * a table whose title sat in that cell); '' when its first row prints figures.
 */
function leadingCaption(table: Release['tables'][number]): string {
  const first = table.rows[0];
  return first && first.kind !== 'values' ? first.label : '';
}

// The checks and the claims both read a release's tables under its model: read once.
const recognitions = new WeakMap<Release, WeakMap<CompanyModel, Recognition>>();

export function recognizeRelease(release: Release, company: CompanyModel): Recognition {
  let byModel = recognitions.get(release);
  if (!byModel) recognitions.set(release, (byModel = new WeakMap()));
  let recognition = byModel.get(company);
  if (!recognition) byModel.set(company, (recognition = recognize(release, company)));
  return recognition;
}

function recognize(release: Release, company: CompanyModel): Recognition {
  const facts = new Map(release.facts.map((f) => [f.id, f]));
  const changes = new Set(release.periods.filter((p) => p.kind === 'change').map((p) => p.id));
  const aliases = conceptIndex(company);
  const tables = new Map<string, TableReading>();
  const rows = new Map<string, RowConcept>();
  const baseRows = new Map<string, RowConcept>();
  for (const table of release.tables) {
    const valueRows = table.rows.filter((r) => r.kind === 'values');
    const reading = classifyTable({
      title: table.title || leadingCaption(table),
      labels: valueRows.map((r) => r.label),
      hasChange: table.columns.some((c) => changes.has(c.period)),
      captions: table.rows.filter((r) => r.kind !== 'values').map((r) => r.label),
    });
    tables.set(table.id, reading);
    const attributable = valueRows.some((r) => /^net (income|loss|earnings)( loss)? (attributable|available) to\b/.test(plainLabel(r.label)));
    for (const row of valueRows) {
      const key = `${table.id}/${row.id}`;
      const first = row.cells.map((id) => (id ? facts.get(id) : undefined)).find((f) => f && !changes.has(f.period));
      const unit = first ? conceptUnit(first.unit) : null;
      const found = unit ? recognizeRow(table, reading, row, unit) : null;
      // Beside a line attributable to the company, a plain net income includes noncontrolling interests.
      if (found && attributable && (found.concept === 'net-income' || found.concept === twinId('net-income'))) found.certain = false;
      if (found) baseRows.set(key, found);
      const named = aliases.get(key);
      if (named) rows.set(key, { concept: named, certain: true, source: 'company', reason: 'the company model names this row' });
      else if (found) rows.set(key, found);
    }
    keepOnePerTable(table, facts, rows, baseRows);
    if (reading.kind === 'reconciliation') besideItsMarkedTwin(table, rows, baseRows, attributable);
  }
  // conceptOf is asked for every fact by every check and claim: each row's concept is found by
  // table and row, without a key made per call, and in a module function (see conceptByRow).
  const byRow = new Map<string, Map<string, string | null>>();
  for (const table of release.tables) {
    const concepts = new Map<string, string | null>();
    for (const row of table.rows) if (!concepts.has(row.id)) concepts.set(row.id, rows.get(`${table.id}/${row.id}`)?.concept ?? null);
    byRow.set(table.id, concepts);
  }
  return {
    tables,
    rows,
    baseRows,
    conceptOf: (fact) => conceptByRow(fact, byRow, rows),
    label: (concept) => company.concepts[concept]?.label ?? baseLabel(concept) ?? concept,
  };
}

/**
 * The concept of a fact printed in a cell, by its table and row: the same answer as `rows` by
 * `table/row` gives, which is asked only for a row no table of the release lists.
 */
function conceptByRow(fact: Fact, byRow: Map<string, Map<string, string | null>>, rows: Map<string, RowConcept>): string | null {
  if (fact.origin !== 'cell') return null;
  const concept = byRow.get(fact.table)?.get(fact.row);
  return concept !== undefined ? concept : (rows.get(`${fact.table}/${fact.row}`)?.concept ?? null);
}

const ADJUSTED_CAPTION = /^(?:adjusted|non gaap)\b/;

/** Whether a caption names an adjusted measure ("Adjusted earnings before provision for taxes and net earnings (1)"): the lines under it are that measure's. */
export function namesAdjustedMeasure(caption: string): boolean {
  return ADJUSTED_CAPTION.test(plainLabel(caption));
}

const LOSS_FIRST = /\bloss(es)?\s*\(\s*(income|earnings|profit)\s*\)|\(\s*(income|earnings|profit)\s*\)\s*loss/i;

/** The base concept a row prints, or null. */
export function recognizeRow(table: Table, reading: TableReading, row: TableRow, unit: ConceptUnit): RowConcept | null {
  if (reading.kind === 'breakdown') return null;
  // "Non-GAAP gross profit (as adjusted to exclude H20 … charges)" is another measure than "Non-GAAP gross profit",
  // printed beside it (NVIDIA, fiscal 2026): no concept of the base model names it, whatever plainLabel leaves of it.
  if (adjustmentQualifier(row.label) !== null) return null;
  const own = withoutBasis(plainLabel(row.label));
  const section = row.section.at(-1) ?? '';
  const qualified = QUALIFIER.test(own);
  // A qualifier is read with its section: "Total" under "Revenues:", "GAAP" under "Diluted net income per share:".
  const text = qualified ? [own === 'gaap' || own === 'non gaap' || own === 'reported' ? '' : own, withoutBasis(plainLabel(section))].filter(Boolean).join(' ') : own;
  let basis: Basis = basisOf(row.label) ?? (qualified ? basisOf(section) : null) ?? captionBasis([...basisTitle(table), ...leadCaptions(table), ...row.section]);
  let concept = match(text, unit);
  // A per-share line or share count named by its sections: "Net income (loss)" under "Income (loss) per
  // share" and "Basic"; "Basic earnings per share" under "Weighted average shares used for computation of".
  if (!concept && (unit === 'per-share' || unit === 'shares') && !countsOtherUnits(own)) {
    const sections = row.section.toReversed().map((s) => withoutBasis(plainLabel(s)));
    if (sections.length > 0) concept = match([own, ...sections].join(' '), unit);
    // The basis in parentheses: "Net income (Basic)" under "PER SHARE DATA" (Farmers and Merchants' selected data),
    // "Number of shares used for calculation (basic and diluted)" (Ascendis' statement of profit or loss).
    const qualifier = /\((basic|diluted|basic and diluted)\)/i.exec(row.label)?.[1].toLowerCase();
    if (!concept && qualifier) concept = match([own, qualifier, ...sections].join(' '), unit);
  }
  // The edge of a roll-forward named by its section: "Beginning" and "Ending" under "Cash and cash equivalents:" (SiteOne's
  // cash flows, 1Q20), "End of period" under "Cash and cash equivalents".
  const edge = !concept && section !== '' ? EDGE.exec(own) : null;
  if (edge) concept = match(edge[1] ? `${own} ${withoutBasis(plainLabel(section))}` : `${withoutBasis(plainLabel(section))} ${own}`, unit);
  if (!concept && hasNonGaapPrefix(text)) {
    concept = match(withoutNonGaapPrefix(text), unit);
    if (concept) basis = 'non-gaap';
  }
  if (!concept) return null;
  // "Net loss (income) attributable to Brookfield Corporation", "Net (income) loss attributable to …": printed with a loss
  // positive, the share of another party taken from (or added to) net income, never the company's own bottom line,
  // which is printed with its income positive ("Net income (loss) attributable to …").
  if (concept === 'net-income-attributable' && LOSS_FIRST.test(row.label)) return null;
  const base = BASE_CONCEPTS[concept];
  if (!statementKinds(base).includes(reading.kind) && reading.kind !== 'other') return null;
  const marked = basis !== null;
  if (reading.kind === 'reconciliation' && !marked && !UNMARKED_IN_RECONCILIATIONS.has(concept)) return null;
  const effective = basis ?? reading.basis;
  const id = effective === 'non-gaap' && base.twin ? twinId(concept) : concept;
  // An unmarked reconciliation line may be the GAAP figure or the non-GAAP one, unless the measure has no twin (EBITDA).
  const certain = CERTAIN_KINDS.has(reading.kind) && !(reading.kind === 'reconciliation' && !marked && base.twin);
  const printed = qualified && section ? `"${section}: ${row.label}"` : `"${row.label}"`;
  const where = reading.kind === 'other' ? 'a table of unknown kind' : `a ${KIND_WORDS[reading.kind]}`;
  return {
    concept: id,
    certain,
    source: 'base',
    reason: `${printed} is ${baseLabel(id) ?? id} in ${where}${effective === 'non-gaap' && base.twin ? ' (non-GAAP)' : ''}`,
  };
}

/**
 * The basis a caption naming nothing else gives every line under it, the innermost such caption first: XP Power's
 * summary (H1 2025) prints "Gross margin 41.4%" under "Adjusted results1:" and "Gross margin 41.6%" under "Statutory
 * results:", two measures under one label; its table of currency effects prints "Adjusted £m" over all its lines, the
 * adjusted "Gross margin %" 41.4% among them. Null where no caption is only a basis.
 */
function captionBasis(sections: readonly string[]): Basis {
  for (const s of sections.toReversed()) {
    const words = plainLabel(s)
      .replace(/\d+$/, '')
      .replace(/ (?:m|mn|bn|k|000s?|millions?|thousands?)$/, '')
      .replace(/ (?:results?|basis|measures?|financial measures|figures)$/, '');
    if (/^(?:non gaap|adjusted|as adjusted)$/.test(words)) return 'non-gaap';
    if (/^(?:gaap|reported|as reported|statutory)$/.test(words)) return 'gaap';
  }
  return null;
}

/**
 * A title of one word beside its unit statement, as XP Power's corner "Adjusted £m" is read: a caption over every
 * line, for captionBasis. Never a longer title: Adobe's "Non-GAAP Results" (in millions) reconciles from GAAP lines.
 */
function basisTitle(table: Table): string[] {
  const note = table.unitNote;
  if (!note) return [];
  const rest = (table.title.endsWith(note) ? table.title.slice(0, table.title.length - note.length) : table.title).trim().split(/\s+/).filter(Boolean);
  return rest.length === 1 ? rest : [];
}

/** The captions a table prints above its first line of figures, each over every line of it ("Adjusted £m"). */
function leadCaptions(table: Table): string[] {
  const first = table.rows.findIndex((r) => r.kind === 'values');
  return table.rows.slice(0, first < 0 ? 0 : first).filter((r) => r.kind === 'label').map((r) => r.label);
}

/**
 * A line counting units of another instrument, no shares: "Weighted-average OP Units outstanding" under Acadia
 * Realty's "Funds From Operations per Share - Diluted" is one of the counts added to the basic shares there,
 * never the diluted count the caption names (that is "Weighted average number of Common Shares and Common OP
 * Units" below it). The caption names its computation, not each of its lines.
 */
function countsOtherUnits(own: string): boolean {
  return /\bunits?\b/.test(own) && !/\bshares?\b/.test(own);
}

const KIND_WORDS: Record<TableReading['kind'], string> = {
  income: 'statement of operations',
  balance: 'balance sheet',
  'cash-flow': 'statement of cash flows',
  reconciliation: 'reconciliation',
  summary: 'summary table',
  segment: 'segment table',
  breakdown: 'breakdown',
  other: 'table',
};

/** The base concept a normalized label names in a unit, or null; every row of every release asks, in a few hundred labels. */
function match(text: string, unit: ConceptUnit): string | null {
  if (text.length > 200) return conceptNamed(text, unit);
  return matched.get(`${unit}\0${text}`, () => conceptNamed(text, unit));
}

const matched = new Kept<string | null>(20_000);

function conceptNamed(text: string, unit: ConceptUnit): string | null {
  if (unit === 'per-share') return perShare(text);
  if (unit === 'shares') return shareCount(text);
  for (const [id, c] of Object.entries(BASE_CONCEPTS)) {
    if (c.unit !== unit) continue;
    if (c.labels.includes(text) || c.patterns?.some((p) => p.test(text))) return id;
  }
  return null;
}

/** Earnings per share, basic or diluted; not dividends, book value or a part of EPS (continuing operations). */
function perShare(text: string): string | null {
  if (!/\b(earnings|income|loss|profit|eps)\b/.test(text) && !/^(basic|diluted|basic and diluted)$/.test(text)) return null;
  if (!/\bper (common |ordinary )?share\b|\beps\b/.test(text)) return null;
  if (/\b(dividends?|book value|cash flow|continuing|discontinued|pro forma|class [a-z]\b)/.test(text)) return null;
  return whichShares(text, 'eps');
}

/** Weighted average share counts used for EPS. */
function shareCount(text: string): string | null {
  if (!/\bweighted\b|\bshares used\b|\bused in (computing|calculating|per share|the calculation)|\bper share (computation|calculation)\b/.test(text)) {
    // "Normalized diluted shares" under a weighted-average section is read with it; on its own it needs "shares".
    if (!/^(basic|diluted|basic and diluted) shares( outstanding)?$/.test(text)) return null;
  }
  if (/\b(participating|potentially|dilutive effect|treasury|add|less|repurchase|issued|authorized|end of (the )?period|outstanding at)\b/.test(text)) return null;
  return whichShares(text, 'shares');
}

function whichShares(text: string, prefix: 'eps' | 'shares'): string | null {
  if (/\bbasic and diluted\b|\bdiluted and basic\b/.test(text)) return `${prefix}-basic-and-diluted`;
  if (/\bdiluted\b/.test(text)) return `${prefix}-diluted`;
  if (/\bbasic\b/.test(text)) return `${prefix}-basic`;
  return null;
}

/** Whether a concept is one of the base model's (or its twin). */
export function isBaseConcept(concept: string): boolean {
  return baseConcept(concept) !== undefined;
}

export { normalizeLabel };

/**
 * An unmarked reconciliation line read as a GAAP measure is certain where the same table prints that measure's
 * non-GAAP twin under a mark of its own label: the table tells the two apart by the mark, so the unmarked one is the
 * GAAP figure it starts from. Cadence's Table 10 prints "Net income allocated to common stock" 48,176, then the
 * adjustments, then "Adjusted net income allocated to common stock" 51,328 (2Q19).
 */
function besideItsMarkedTwin(table: Table, rows: Map<string, RowConcept>, baseRows: Map<string, RowConcept>, attributable: boolean): void {
  const markedOf = (row: TableRow) => basisOf(row.label) !== null || hasNonGaapPrefix(withoutBasis(plainLabel(row.label)));
  const marked = new Set(table.rows.flatMap((row) => (markedOf(row) ? [baseRows.get(`${table.id}/${row.id}`)?.concept ?? []].flat() : [])));
  for (const row of table.rows) {
    const key = `${table.id}/${row.id}`;
    const c = baseRows.get(key);
    if (!c || c.certain || c.source !== 'base' || markedOf(row) || !BASE_CONCEPTS[c.concept]?.twin || !marked.has(twinId(c.concept))) continue;
    // Beside a line attributable to the company, a plain net income includes noncontrolling interests: not the measure.
    if (attributable && c.concept === 'net-income') continue;
    const sure = { ...c, certain: true, reason: `${c.reason}, beside its non-GAAP twin marked as such` };
    baseRows.set(key, sure);
    if (rows.get(key) === c) rows.set(key, sure);
  }
}

/**
 * One concept, one figure per table: where the base model reads a concept on several rows
 * of a table that print different figures ("Cost of Goods Sold" and "Total Cost of Revenue"),
 * one is a part of the other, so only the total keeps the concept; with no total among
 * them, none does. Rows printing the same figures (a line restated) keep it, and so do rows of
 * a GAAP line item (a measure with a non-GAAP twin, read as the GAAP one) of the very same label
 * that print the same figure, not zero, in some column: the statements' one figure printed again
 * to start another block (AtriCure's "Net loss, as reported" over its adjusted EBITDA and over its
 * adjusted loss per share, 1Q20), whose printings a tie then compares column by column, a
 * difference in one column corroborated by the others. A non-GAAP measure printed twice may be
 * reached two ways that differ (Slate Grocery's adjusted EBITDA): tie.ts judges those as lines.
 */
function keepOnePerTable(table: Table, facts: Map<string, Fact>, rows: Map<string, RowConcept>, baseRows: Map<string, RowConcept>): void {
  const values = (row: TableRow) => row.cells.map((id) => (id ? (facts.get(id)?.value ?? '') : '')).join('|');
  const figure = (row: TableRow, i: number) => {
    const id = row.cells[i];
    const value = id ? facts.get(id)?.value : null;
    return value && !/^-?0*(\.0*)?$/.test(value) ? value : null;
  };
  // The same label, and in each pair a column where both print the same figure other than zero.
  const oneLine = (concept: string, list: TableRow[]) =>
    BASE_CONCEPTS[concept]?.twin === true &&
    new Set(list.map((r) => plainLabel(r.label))).size === 1 &&
    list.every((a, k) => list.slice(k + 1).every((b) => a.cells.some((_, i) => figure(a, i) !== null && figure(a, i) === figure(b, i))));
  const byConcept = new Map<string, TableRow[]>();
  for (const row of table.rows) {
    const c = baseRows.get(`${table.id}/${row.id}`);
    if (c && c.source === 'base') {
      const list = byConcept.get(c.concept);
      if (list) list.push(row);
      else byConcept.set(c.concept, [row]);
    }
  }
  // A caption naming an adjusted measure, printed with no figures under the statement's lines ("Adjusted earnings from
  // continuing operations before provision for taxes and net earnings (1) (A)" over J&J's adjusted pretax earnings and
  // net earnings from continuing operations): the lines under it are the adjusted ones, the statement's before it its own.
  const adjustedCaption = table.rows.findIndex((r) => r.kind !== 'values' && namesAdjustedMeasure(r.label));
  const rowAt = new Map(table.rows.map((r, i) => [r, i]));
  for (const [concept, list] of byConcept) {
    if (list.length < 2 || new Set(list.map(values)).size === 1 || oneLine(concept, list)) continue;
    const totals = list.filter((r) => /^total\b/i.test(r.label.trim()));
    const statements = adjustedCaption < 0 ? [] : list.filter((r) => rowAt.get(r)! < adjustedCaption);
    for (const row of list) {
      if (totals.length === 1 && totals[0] === row) continue;
      if (statements.length === 1 && statements[0] === row) continue;
      const key = `${table.id}/${row.id}`;
      baseRows.delete(key);
      if (rows.get(key)?.source === 'base') rows.delete(key);
    }
  }
}
