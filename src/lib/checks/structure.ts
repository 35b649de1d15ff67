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
 * A likely relation is kept only when `holds` says that it holds in every column, so
 * that a reading the structure does not make certain never becomes a false alarm; a
 * certain one is kept whatever its verdict. Summaries of selected figures get only
 * their explicit section totals; a table that only its change columns make a summary is
 * read in its period columns as it would be without them, every reading but a named
 * section total only likely. Only rows in the total's unit are summed: percentages
 * and per-share figures never are.
 */
import type { TableRow, Unit } from '../types.ts';
import type { RowConcept, TableReading } from '../model/index.ts';
import { isAdditive } from './context.ts';
import { sumScreen, type ScreenRow } from './sum-screen.ts';
import { basisOf, normalizeLabel, plainLabel, polarityOf, statesItsSign } from '../model/index.ts';

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
  | 'chain'
  | 'reconciliation'
  | 'underlined';

export interface InferredFooting {
  total: TableRow;
  terms: Term[];
  rule: Rule;
  /** Why the relation was inferred, for the verdict: "'Total current assets' closes the section 'Current assets:'". */
  reason: string;
  certain: boolean;
}

export interface Reading {
  footings: InferredFooting[];
  /** Likely readings that did not hold, and so were not published, for `tieout model init` and the measurements. */
  rejected: InferredFooting[];
}

/** Whether a likely relation holds (exactly or within rounding) in every column where it can be evaluated. */
export type Holds = (f: InferredFooting) => boolean;

/** Publishes a likely relation if it holds (or is certain), else records it as rejected; `possible` false skips the evaluation. */
type Propose = (f: InferredFooting, possible?: boolean) => boolean;

interface Item {
  view: RowView;
  /** Certain structure all the way down (a total read from a likely relation is not). */
  certain: boolean;
  /** What the line is, when its own label does not say: the section an unlabelled total closes. */
  names?: string;
  /** A total that closed a block and stands for it. */
  closing?: boolean;
}

interface Scope {
  header: TableRow | null;
  /** Plain name of the header: "current assets". */
  name: string;
  items: Item[];
  /** Opened after rows of its parent, with nothing to say whether it nests: a bare total after it is ambiguous. */
  afterRows: boolean;
}


export function readStructure(rows: RowView[], reading: TableReading, title: string, holds: Holds): Reading {
  const out: Reading = { footings: [], rejected: [] };
  const footed = new Set<TableRow>();
  // `possible`: false when a screen of sums (sum-screen.ts) already rules the reading out; it is recorded as rejected all the same.
  const propose: Propose = (f, possible = true) => {
    if (f.terms.length === 0 || footed.has(f.total)) return false;
    if (f.certain || (possible && holds(f))) {
      footed.add(f.total);
      out.footings.push(f);
      return true;
    }
    out.rejected.push(f);
    return false;
  };
  if (reading.kind === 'breakdown') return out;
  if (reading.kind === 'reconciliation') readReconciliation(rows, title, propose);
  readBlocks(rows, reading, propose, holds);
  return out;
}

/** Sections, totals, the cash-flow roll-forward and the income statement's chain. */
function readBlocks(rows: RowView[], reading: TableReading, propose: Propose, holds: Holds): void {
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
  const push = (view: RowView, certain = true) => top().items.push({ view, certain });

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

  for (const view of rows) {
    const { row } = view;
    // A caption row without figures ("Operating expenses" over its lines) may head a section as a colon does.
    if (row.kind === 'section' || (row.kind === 'label' && row.label !== '')) {
      // A caption in capitals ("ASSETS", "LIABILITIES AND EQUITY", "OPERATING EXPENSES:") is a top-level section.
      if (isAllCaps(row.label)) mergeInto(root);
      stack.push({ header: row, name: sectionName(row.label), items: [], afterRows: top().items.length > 0 && top() !== root });
      continue;
    }
    if (row.kind !== 'values' || !view.unit || !isAdditive(view.unit)) continue;
    const plain = plainLabel(row.label);
    const words = totalWords(row.label);
    const concept = view.concept?.concept ?? null;
    const same = (items: Item[]) => items.filter((i) => i.view.unit === view.unit);
    const sumOf = (items: Item[]): Term[] => withoutSubtotals(row, withoutRestatements(same(items), holds), holds, propose);
    const allCertain = (items: Item[]) => same(items).every((i) => i.certain);

    // "Total X", "Total", "Subtotal", or no label at all.
    if (words !== null) {
      const named = words === '' ? null : findScope(stack, words);
      if (named) {
        const items = close(named);
        const ok = propose({
          total: row,
          terms: sumOf(items),
          rule: 'closes-section',
          reason: `'${row.label}' closes the section '${header(named.header!)}'.`,
          certain: allCertain(items),
        });
        if (stack.length === 0) stack = [root];
        top().items.push({ view, certain: ok, closing: true });
        continue;
      }
      const scope = top();
      if (words === '' && scope !== root) {
        const ambiguous = stack.some((s, i) => i > 0 && s.afterRows && stack.indexOf(scope) <= i);
        const items = close(scope);
        const ok = propose({
          total: row,
          terms: sumOf(items),
          rule: 'bare-total',
          reason: `'${row.label || '(no label)'}' closes the section '${header(scope.header!)}'.`,
          certain: sure(!ambiguous && allCertain(items) && !selected && !LIKELY_TOTAL.test(plain)),
        });
        if (stack.length === 0) stack = [root];
        top().items.push({ view, certain: ok, closing: true, names: scope.header!.label });
        continue;
      }
      if (scope !== root && !selected) {
        // A running subtotal of its section: what the section printed so far. "Total
        // liabilities" in "Liabilities and equity" is certain; other words are not.
        const begins = [...stack].reverse().find((s) => s !== root && s.name.startsWith(`${singular(words)} `)) ??
          [...stack].reverse().find((s) => s !== root && singular(s.name).startsWith(`${singular(words)} `));
        const within = begins ?? scope;
        const items = stack.slice(stack.indexOf(within)).flatMap((s) => s.items);
        const ok = propose({
          total: row,
          terms: sumOf(items),
          rule: 'running-subtotal',
          reason: `'${row.label}' sums what the section '${header(within.header!)}' printed above it.`,
          certain: sure(begins !== undefined && allCertain(items)),
        });
        if (ok) {
          stack = stack.slice(0, stack.indexOf(within) + 1);
          within.items = [{ view, certain: true }];
        } else push(view);
        continue;
      }
      if (!selected && blockSubtotal(view, top(), propose)) continue;
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
          terms: sumOf(items),
          rule: 'closes-section',
          reason: `'${row.label}' closes the section '${header(repeated.header!)}', whose name it repeats.`,
          certain: sure(allCertain(items)),
        });
        top().items.push({ view, certain: ok, closing: true });
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
          terms: sumOf(items),
          rule: 'cash-flow-section',
          reason: `'${row.label}' closes the section '${header(scope.header!)}'.`,
          certain: sure(allCertain(items)),
        });
        top().items.push({ view, certain: ok, closing: true });
        continue;
      }
    }
    if (concept === 'cash-change' && !selected) {
      // The net change in cash: every section total and what the statement prints beside them.
      mergeInto(root);
      const items = same(root.items);
      const sections = items.filter((i) => /activities$/.test(plainLabel(i.view.row.label)));
      const others = items.filter((i) => !sections.includes(i));
      const ok = propose({
        total: row,
        terms: sumOf(items),
        rule: 'cash-change',
        reason: `'${row.label}' is the sum of the statement's section totals${others.length > 0 ? ` and ${others.map((o) => `'${o.view.row.label}'`).join(', ')}` : ''}.`,
        certain: sure(sections.length >= 2 && others.every((o) => /\bexchange rate/.test(plainLabel(o.view.row.label))) && allCertain(items)),
      });
      root.items = [{ view, certain: ok }];
      continue;
    }
    if (concept === 'cash-end' && !selected) {
      const items = same(root.items);
      const roles = items.map((i) => i.view.concept?.concept);
      const certain = items.length === 2 && roles.includes('cash-change') && roles.includes('cash-beginning');
      const ok = propose({
        total: row,
        terms: sumOf(items),
        rule: 'cash-roll-forward',
        reason: `'${row.label}' is cash at the beginning of the period plus the net change printed above it.`,
        certain: sure(certain && allCertain(items)),
      });
      root.items = [{ view, certain: ok }];
      continue;
    }

    // The chain of subtotals of a statement of operations.
    if (chain && concept && CHAIN.has(baseOf(concept))) {
      // A subtotal of the chain stands at the top level: sections it follows are over.
      mergeInto(root);
      const items = same(root.items);
      const anchorAt = findLastIndex(items, (i) => i.view.concept !== null && CHAIN_FROM.has(baseOf(i.view.concept.concept)));
      if (anchorAt >= 0 && anchorAt < items.length - 1) {
        const anchor = items[anchorAt];
        const between = items.slice(anchorAt + 1);
        const signs = between.map((i) => chainSign(i.view, i.names));
        const known = signs.every((s) => s.sign !== null);
        const terms: Term[] = [{ row: anchor.view.row, sign: 1 }, ...between.map((i, k) => ({ row: i.view.row, sign: signs[k].sign ?? 1 }))];
        const reason = `'${row.label}' is '${anchor.view.row.label}'${between.map((i, k) => ` ${(signs[k].sign ?? 1) < 0 ? 'less' : 'plus'} '${i.view.row.label || `${i.names ?? ''} (total)`}'`).join('')}, the lines between them${known ? '' : ' (taken as printed)'}.`;
        let ok = propose({ total: row, terms, rule: 'chain', reason, certain: sure(known && signs.every((s) => s.certain) && anchor.certain && allCertain(between)) });
        if (!ok && !known) {
          // Lines that do not say which they are: read every one as printed.
          ok = propose({
            total: row,
            terms: [{ row: anchor.view.row, sign: 1 }, ...between.map((i) => ({ row: i.view.row, sign: 1 as const }))],
            rule: 'chain',
            reason: `'${row.label}' is '${anchor.view.row.label}' plus the lines between them, as printed.`,
            certain: false,
          });
        }
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
          terms: sumOf(block),
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

    // An underlined figure that no label calls a total.
    if (row.total && !selected && blockSubtotal(view, top(), propose, 'underlined')) continue;
    push(view);
  }
}

/**
 * Lines that restate a figure printed just before them are not further components: a
 * breakdown printed under its own total (the equity lines repeated after "Total
 * stockholders' equity", as statements rendered from XBRL print them), or a line that
 * repeats the one above it figure for figure ("Net income", then "Accumulated deficit").
 * A run of lines right after a total that sums to it in every column, or a single line
 * with the very figures of the line before, is left out of the block's sum.
 */
function withoutRestatements(items: Item[], holds: Holds): Item[] {
  const out: Item[] = [];
  for (let i = 0; i < items.length; i++) {
    const head = items[i];
    out.push(head);
    const figures = (item: Item) => item.view.values.join('|');
    const next = items[i + 1];
    if (next && !next.closing && figures(next) === figures(head) && head.view.values.filter((v) => v !== null && v !== '0').length >= 2) {
      i++;
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

/**
 * The terms of a total over `items`, where one line among them may be a subtotal of the
 * lines above it that no label calls a total ("MasterCraft Boat Holdings, Inc. equity"
 * over common stock, paid-in capital and retained earnings, before "Noncontrolling
 * interest" and "Total equity"). Read only when the plain sum does not hold and both the
 * subtotal and the total over it hold in every column; the subtotal is then a footing of
 * its own. Otherwise the plain sum, so that a real error stays a mismatch.
 */
function withoutSubtotals(total: TableRow, items: Item[], holds: Holds, propose: (f: InferredFooting) => boolean): Term[] {
  const terms = (list: Item[]): Term[] => list.map((i) => ({ row: i.view.row, sign: lessSign(i.view) }));
  const plain = terms(items);
  const reading = (row: TableRow, ts: Term[], reason = ''): InferredFooting => ({ total: row, terms: ts, rule: 'block-subtotal', reason, certain: false });
  if (items.length < 3 || holds(reading(total, plain))) return plain;
  const possible = sumScreen(items.map((i) => screenRow(i.view)));
  for (let j = items.length - 1; j >= 2; j--) {
    if (items[j].closing) continue;
    for (let k = 0; k <= j - 2; k++) {
      if (!possible(k, j)) continue;
      const parts = items.slice(k, j);
      const sub = reading(items[j].view.row, terms(parts), `'${items[j].view.row.label}' sums the ${parts.length} lines above it.`);
      const over = [...items.slice(0, k), ...items.slice(j)];
      if (holds(sub) && holds(reading(total, terms(over)))) {
        propose(sub);
        return terms(over);
      }
    }
  }
  return plain;
}

/**
 * A total of the rows just above it, outside any section that says where they start:
 * the longest run of rows in its unit ending above it (at least two) that holds in every
 * column. On success the run is replaced by the total in `scope`.
 */
function blockSubtotal(view: RowView, scope: Scope, propose: Propose, rule: Rule = 'block-subtotal'): boolean {
  const items = scope.items;
  const mine = items.map((item, i) => ({ item, i })).filter(({ item }) => item.view.unit === view.unit);
  // The total is the line after the block: the run from `start` is screened as lines start … end.
  const possible = sumScreen([...mine.map(({ item }) => screenRow(item.view)), screenRow(view)]);
  for (let start = 0; start <= mine.length - 2; start++) {
    const block = mine.slice(start);
    const ok = propose({
      total: view.row,
      terms: block.map(({ item }) => ({ row: item.view.row, sign: lessSign(item.view) })),
      rule,
      reason:
        rule === 'underlined'
          ? `'${view.row.label}' is printed as a total of the ${block.length} lines above it.`
          : `'${view.row.label}' sums the ${block.length} lines above it.`,
      certain: false,
    }, possible(start, mine.length));
    if (ok) {
      scope.items = [...items.filter((_, i) => i < block[0].i || !block.some((b) => b.i === i)), { view, certain: false }];
      return true;
    }
  }
  return false;
}

/**
 * Reconciliations: a non-GAAP result (a row marked non-GAAP, a measure that only exists as
 * non-GAAP, or an underlined row) is the GAAP measure above it (the nearest row marked
 * GAAP, or the previous result) plus the adjustments printed between them.
 */
function readReconciliation(rows: RowView[], title: string, propose: (f: InferredFooting) => boolean): void {
  const named = /\breconciliations? of (.+?) to (.+)$/.exec(normalizeLabel(title));
  // Blocks of different units interleave ("GAAP gross margin" between the gross profit lines): one start per unit.
  const starts = new Map<Unit, RowView>();
  let between: RowView[] = [];
  for (const view of rows) {
    const { row } = view;
    // Percentages reconcile too, point by point ("GAAP gross margin 63.2%, impact 2.8%, non-GAAP 66.0%"), among themselves.
    if (row.kind !== 'values' || !view.unit || !(isAdditive(view.unit) || view.unit === 'percent')) continue;
    const unit = view.unit;
    const basis = basisOf(row.label) ?? (isQualifier(row.label) ? basisOf(row.section.at(-1) ?? '') : null);
    const concept = view.concept?.concept ?? '';
    const start = starts.get(unit) ?? null;
    const adjustments = between.filter((b) => b.unit === unit);
    const rest = () => between.filter((b) => b.unit !== unit);
    // "Total adjustments" under its adjustments stands for them.
    if (totalWords(row.label) !== null && adjustments.length >= 2 && basis !== 'gaap') {
      const ok = propose({
        total: row,
        terms: adjustments.map((a) => ({ row: a.row, sign: lessSign(a) })),
        rule: 'block-subtotal',
        reason: `'${row.label}' sums the ${adjustments.length} adjustments printed above it.`,
        certain: false,
      });
      if (ok) {
        between = [...rest(), view];
        continue;
      }
    }
    // A line naming an adjustment ("Income tax impact of non-GAAP adjustments") is never a result.
    const adjustment = /\b(adjustments?|impact|effect)\b/.test(normalizeLabel(row.label));
    const result = !adjustment && (basis === 'non-gaap' || NON_GAAP_ONLY.has(concept) || (row.total && start !== null));
    if (result && start && adjustments.length > 0) {
      const same = sameMeasure(start, view);
      const byTitle = named !== null && covers(measureWords(start), named[1]) && covers(measureWords(view), named[2]);
      const ok = propose({
        total: row,
        terms: [{ row: start.row, sign: 1 }, ...adjustments.map((a) => ({ row: a.row, sign: lessSign(a) }))],
        rule: 'reconciliation',
        reason: `'${row.label}' reconciles from '${start.row.label}'${byTitle && !same ? ', as the title says' : same ? ', the same measure' : ''}, plus the ${adjustments.length} adjustment${adjustments.length === 1 ? '' : 's'} printed between them.`,
        certain: same || byTitle,
      });
      if (ok) {
        starts.set(unit, view);
        between = rest();
        continue;
      }
    }
    if (basis === 'gaap' || (start === null && view.concept !== null)) {
      starts.set(unit, view);
      between = rest();
      continue;
    }
    between.push(view);
  }
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

/** The start and the result name the same measure: the words of one contain the other's. */
function sameMeasure(a: RowView, b: RowView): boolean {
  const x = measureWords(a);
  const y = measureWords(b);
  if (x.length === 0 || y.length === 0) return false;
  return x.every((w) => y.includes(w)) || y.every((w) => x.includes(w));
}

function covers(words: string[], phrase: string): boolean {
  const wanted = phraseWords(phrase);
  return wanted.length > 0 && wanted.every((w) => words.includes(w));
}

/** Subtotals of a statement of operations, and the lines a subtotal of the chain may start from. */
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
function chainSign(view: RowView, names?: string): { sign: 1 | -1 | null; certain: boolean } {
  const label = view.row.label || names || '';
  // A line named like a profit ("Income before tax from continuing operations") may be a subtotal of the lines above it.
  if (/^(income|loss|earnings|profit)( [a-z]+)* (before|from) |\bcontinuing operations\b/.test(plainLabel(label))) return { sign: null, certain: false };
  const polarity = polarityOf(label);
  if (/^less\b/i.test(label.trim())) return { sign: lessSign(view), certain: true };
  if (!polarity) return { sign: null, certain: false };
  const values = view.values.filter((v): v is string => v !== null && v !== '0');
  const negative = values.filter((v) => v.startsWith('-')).length;
  if (statesItsSign(label) || negative === 0) return { sign: polarity === 'expense' ? -1 : 1, certain: true };
  if (negative === values.length) return { sign: 1, certain: true };
  return { sign: null, certain: false };
}

/** A row as the screen of sums reads it: a nil figure is zero; n/m and empty say nothing. */
function screenRow(view: RowView): ScreenRow {
  return { values: view.values.map((v, c) => v ?? (view.nil?.[c] ? '0' : null)), scale: view.scale, sign: lessSign(view) };
}

/** A "Less …" line printed as a positive figure is taken away; printed in parentheses, it is already signed. */
function lessSign(view: RowView): 1 | -1 {
  if (!/^less\b/i.test(view.row.label.trim())) return 1;
  const values = view.values.filter((v): v is string => v !== null && v !== '0');
  return values.length > 0 && values.every((v) => !v.startsWith('-')) ? -1 : 1;
}

/**
 * The words after "Total" ("Total current assets" → "current assets"), "" for a bare
 * "Total", "Subtotal" or an empty label, and null for a label that is not a total.
 */
// Labels that close a block only where the figures agree: a "Consolidated" line of per-unit figures is no sum.
const LIKELY_TOTAL = /^(?:consolidated|total consolidated|consolidated total)$/;

export function totalWords(label: string): string | null {
  const plain = normalizeLabel(label.replace(/\([^)]*\)/g, ' '));
  // "Consolidated" alone under segment lines is their total (only likely: see LIKELY_TOTAL).
  if (plain === '' || plain === 'total' || plain === 'subtotal' || plain === 'sub total' || LIKELY_TOTAL.test(plain)) return '';
  const m = /^(?:sub ?)?total (.+)$/.exec(plain);
  return m ? m[1] : null;
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

function findLastIndex<T>(list: T[], test: (x: T) => boolean): number {
  for (let i = list.length - 1; i >= 0; i--) if (test(list[i])) return i;
  return -1;
}
