/**
 * Two statements of one kind in one release: the group's and the company's own (IFRS reports print the
 * consolidated statements, then the parent company's separate ones, in the same form). A line printed in both is
 * two entities' figures, never one figure printed twice, unless the release says the two are of one entity.
 */
import type { Fact } from '../types.ts';
import { plainLabel, statementByRows } from '../model/index.ts';
import type { CheckContext } from './context.ts';

export type Entity = 'group' | 'company';

/** Words of a title or heading naming the consolidated whole. */
const GROUP = /\b(?:consolidated|group)\b/;
/**
 * Words naming the company's own statements: "Company Statement of Cash Flows", "separate", "parent company only".
 * "Company" alone is no entity: it is in many a company's name ("Derrimon Trading Company Limited").
 */
const COMPANY = /\bcompany (?:statements?|balance|income|cash|profit|financial|only)\b|\b(?:separate|stand ?alone|non consolidated|unconsolidated)\b/;

const STATEMENTS = new Set(['income', 'balance', 'cash-flow']);

/**
 * Whose statement a table is, by its title and the heading printed just above it ("CONSOLIDATED STATEMENT OF CASH
 * FLOWS" on the page over a table titled only "$,000"); null where neither names one entity.
 */
export function entityOf(ctx: CheckContext, tableId: string): Entity | null {
  const table = ctx.index.table(tableId);
  if (!table) return null;
  const before = ctx.release.tables.filter((t) => t.endLine < table.line).reduce((end, t) => Math.max(end, t.endLine), 0);
  // The last line of prose between the table before and this one, within three lines of it, no sentence.
  const heading = ctx.release.prose.filter((p) => p.line > before && p.line < table.line && table.line - p.line <= 3).at(-1);
  const texts = [table.title ?? '', heading && !/[.!?]$/.test(heading.text.trim()) && heading.text.length <= 300 ? heading.text : ''].map(plainLabel);
  const group = texts.some((t) => GROUP.test(t));
  const company = texts.some((t) => COMPANY.test(t));
  return group === company ? null : group ? 'group' : 'company';
}

/**
 * Whether two places are lines of two statements of one kind, each a statement in full by its own rows (a cash flow
 * statement's activities and cash, a statement of operations' revenues to per-share figures): the kind and the
 * entity each is of, null where they are not. A table of selected lines, or one statement's two printings in one
 * table, is not two statements.
 */
export function twoStatements(ctx: CheckContext, a: Fact, b: Fact): { kind: string; entities: [Entity | null, Entity | null] } | null {
  return statementsOf(ctx, a.table, b.table);
}

/** `twoStatements` of two tables. */
export function statementsOf(ctx: CheckContext, a: string, b: string): { kind: string; entities: [Entity | null, Entity | null] } | null {
  if (a === b) return null;
  const kind = ctx.recognition.tables.get(a)?.kind;
  if (!kind || !STATEMENTS.has(kind) || ctx.recognition.tables.get(b)?.kind !== kind) return null;
  if (![a, b].every((id) => byRows(ctx, id) === kind)) return null;
  return { kind, entities: [entityOf(ctx, a), entityOf(ctx, b)] };
}

/**
 * Whether two tables are statements of one kind of two entities as the release names them: the group's and the
 * company's, or the group's and one titled alike without the group's word (Everything Fresh's "CONSOLIDATED STATEMENT
 * OF CASH FLOWS", then its own "STATEMENT OF CASH FLOWS"). A company's line may equal its group's in one period and not
 * in another. Not a statement titled by another name (ASE's "ATM Statements of income data", a segment's).
 */
export function ofTwoEntities(ctx: CheckContext, a: string, b: string): boolean {
  const statements = statementsOf(ctx, a, b);
  if (!statements) return false;
  const [first, second] = statements.entities;
  if (first && second) return first !== second;
  if (first !== 'group' && second !== 'group') return false;
  const words = (id: string) => titleWords(ctx, id);
  return words(a) === words(b);
}

/** A table's title and heading words less the group's, the page's and the period's: what statement it is. */
function titleWords(ctx: CheckContext, id: string): string {
  const table = ctx.index.table(id);
  const before = ctx.release.tables.filter((t) => table && t.endLine < table.line).reduce((end, t) => Math.max(end, t.endLine), 0);
  const heading = table ? ctx.release.prose.filter((p) => p.line > before && p.line < table.line && table.line - p.line <= 3).at(-1) : undefined;
  const text = plainLabel(`${table?.title ?? ''} ${heading?.text ?? ''}`);
  return [...new Set(text.split(/[^a-z]+/).filter((w) => w.length > 2 && !PAGE_WORDS.has(w) && !GROUP.test(w)))].sort().join(' ');
}
const PAGE_WORDS = new Set(['end', 'page', 'the', 'and', 'for', 'unaudited', 'audited']);

function byRows(ctx: CheckContext, id: string): string | null {
  const table = ctx.index.table(id);
  return table ? statementByRows(table.rows.filter((r) => r.kind === 'values').map((r) => r.label)) : null;
}
