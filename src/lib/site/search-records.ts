import type { Release } from '../types.ts';
import { siteChecks } from './checks.ts';
import { computedShown, reportedShown } from './check-figures.ts';
import { columnName, tableTitle } from './labels.ts';
import { paths, href } from './paths.ts';
import { columnKey, displayValue } from './statement.ts';
import { VERDICT_NAMES } from './verdicts.ts';

/**
 * What the search index holds besides the pages themselves: a record per check and per
 * printed figure, each with the permalink it should land on, so a search for "adjusted
 * EBITDA growth" or "60,525" finds the check row or the statement cell, not only the page
 * that holds it. Pages (notebooks, statements, the overview) are indexed from their HTML.
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
  const tables = new Map(release.tables.map((t) => [t.id, t]));
  for (const f of release.facts) {
    if (f.origin !== 'cell') continue;
    const table = tables.get(f.table);
    const title = table ? tableTitle(table, release) : f.table;
    const column = columnName(release, f);
    records.push({
      url: href(base, paths.fact(id, f.table, f.row, columnKey(f))),
      content: `${f.label}, ${column}: ${displayValue(f)}. ${f.section.join(', ')}. ${title}.`,
      language: 'en',
      meta: { title: `${f.label}, ${column}: ${displayValue(f)} — ${title}`, release: name },
      filters: { kind: ['figure'], release: [id] },
    });
  }
  return records;
}
