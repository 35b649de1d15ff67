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
  if (a.table === b.table) return null;
  const kind = ctx.recognition.tables.get(a.table)?.kind;
  if (!kind || !STATEMENTS.has(kind) || ctx.recognition.tables.get(b.table)?.kind !== kind) return null;
  if (![a.table, b.table].every((id) => byRows(ctx, id) === kind)) return null;
  return { kind, entities: [entityOf(ctx, a.table), entityOf(ctx, b.table)] };
}

function byRows(ctx: CheckContext, id: string): string | null {
  const table = ctx.index.table(id);
  return table ? statementByRows(table.rows.filter((r) => r.kind === 'values').map((r) => r.label)) : null;
}
