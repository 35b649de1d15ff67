import type { Fact, Release } from '../types.ts';
import { siteChecks } from './checks.ts';
import { computedShown, reportedShown } from './check-figures.ts';
import { columnName, tableTitle } from './labels.ts';
import { paths, href } from './paths.ts';
import { columnKey, displayValue } from './statement.ts';
import { VERDICT_NAMES } from './verdicts.ts';

/**
 * What the search index holds besides the pages themselves: a record per check and per
 * table row of printed figures, each with the permalink it should land on, so a search for
 * "adjusted EBITDA growth" or "60,525" finds the check row or the statement row (and the
 * search page links a figure to its cell), not only the page that holds it. Pages (notebooks, statements, the overview) are indexed from their HTML.
 */
export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

export function searchRecords(release: Release, base: string): SearchRecord[] {
  const id = release.meta.id;
  const name = `${release.meta.ticker} ${release.meta.fiscalPeriod}`;
  const records: SearchRecord[] = [];
  for (const c of siteChecks(release)) {
    records.push({
      url: href(base, paths.check(id, c.id)),
      content: `${c.title}. ${c.formula}. Printed ${reportedShown(c)}, recomputed ${computedShown(c)}: ${VERDICT_NAMES[c.verdict]}. ${c.explanation}`,
      language: 'en',
      meta: { title: `${c.title} — check, ${VERDICT_NAMES[c.verdict]}`, release: name },
      filters: { kind: ['check'], release: [id] },
    });
  }
  // One record per table row, not per figure: a release prints hundreds of figures, and a record
  // each made the index (and its build) grow by hundreds of files per release. The row's record
  // lists its printed figures with their columns (`meta.cells`), so the search page still links a
  // query that is a figure ("60,525") to that figure's cell.
  const tables = new Map(release.tables.map((t) => [t.id, t]));
  const rows = new Map<string, Fact[]>();
  for (const f of release.facts) {
    if (f.origin !== 'cell') continue;
    const key = `${f.table}\u0000${f.row}`;
    const row = rows.get(key);
    if (row) row.push(f);
    else rows.set(key, [f]);
  }
  for (const facts of rows.values()) {
    const first = facts[0]!;
    const table = tables.get(first.table);
    const title = table ? tableTitle(table, release) : first.table;
    const printed = facts.map((f) => `${columnName(release, f)}: ${displayValue(f)}`);
    records.push({
      url: href(base, paths.row(id, first.table, first.row)),
      content: `${first.label}. ${printed.join('; ')}. ${first.section.join(', ')}. ${title}.`,
      language: 'en',
      meta: {
        title: `${first.label} — ${title}`,
        release: name,
        cells: facts.map((f) => `${displayValue(f)}\t${columnKey(f)}`).join('\n'),
      },
      filters: { kind: ['figure'], release: [id] },
    });
  }
  return records;
}
