import type { Fact, Period, Table, TableRow } from '../types.ts';
import { formatAccounting, formatPercent, formatBasisPoints } from '../format/index.ts';

/** A table row ready to render: what each cell shows and how the row is ruled. */
export interface StatementRow {
  row: TableRow;
  depth: number;
  /** A rule above the figures: a subtotal. */
  total: boolean;
  /** A double rule under the figures: a grand total (printed with $ and underlined, or a total closing the table). */
  grand: boolean;
  cells: ({ fact: Fact; text: string } | null)[];
}

/** A fact's value as the release shows it, in accounting format: nil as printed, n/m as n/m. */
export function displayValue(fact: Fact): string {
  if (fact.status === 'nil') return fact.raw.replace(/<\/?u>/g, '').trim();
  if (fact.status === 'not-meaningful') return 'n/m';
  if (fact.unit === 'percent') return formatPercent(fact.value, { decimals: fact.decimals });
  if (fact.unit === 'basis-points') return formatBasisPoints(fact.value);
  return formatAccounting(fact.value, { decimals: fact.decimals, dollar: fact.dollar });
}

/** Lays a table out for display. Pure: formatting only, no arithmetic. */
export function statementRows(table: Table, facts: Map<string, Fact>): StatementRow[] {
  const last = table.rows.findLastIndex((r) => r.kind === 'values');
  return table.rows.map((row, i) => {
    const cells = row.cells.map((id) => {
      const fact = id ? facts.get(id) : undefined;
      return fact ? { fact, text: displayValue(fact) } : null;
    });
    const printed = cells.filter((c) => c !== null).map((c) => c!.fact);
    const underlined = printed.some((f) => f.underlined);
    const dollar = printed.some((f) => f.dollar);
    return {
      row,
      depth: row.section.length,
      total: row.total,
      grand: row.kind === 'values' && ((underlined && dollar) || (i === last && row.total)),
      cells,
    };
  });
}

/** Column headings: the period labels, e.g. "Q2 2010", "June 30, 2010", "Q2 2010 vs Q2 2009". */
export function columnHeadings(table: Table, periods: Period[]): string[] {
  const byId = new Map(periods.map((p) => [p.id, p]));
  return table.columns.map((c) => byId.get(c.period)?.label ?? c.header);
}
