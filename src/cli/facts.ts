import type { Fact, IngestIssue, Period, Release } from '../lib/types.ts';
import { loadRelease } from '../lib/ingest/index.ts';
import { formatIssue } from '../lib/issues.ts';
import { factsJson, factsCsv, orderedFact } from '../lib/export/index.ts';
import type { Io } from './io.ts';
import { attempt, internalMessage, jsonLine, readStatus, worst } from './each-release.ts';

export type FactsFormat = 'json' | 'csv' | 'text' | 'jsonl';

/**
 * `tieout facts`: prints every fact of each release folder in turn; an error in one release never
 * stops the others. Problems go to stderr (or into the release's JSON line) after the facts
 * that could be read. Exit status: the worst of the releases: 0 for a release read, even with
 * located problems in its tables (2 with `strict`); 2 for one that could not be read as a
 * release (no release.txt, a bad release.yaml, no table at all); 3 an internal error.
 */
export function factsCommand(dirs: string[], format: FactsFormat, io: Io, strict = false): number {
  const statuses: number[] = [];
  dirs.forEach((dir, i) => {
    const read = attempt(dir, () => loadRelease(dir));
    const release = read.ok ? read.value : null;
    const errors: IngestIssue[] = read.ok ? read.value.errors : read.issues;
    const status = read.ok ? readStatus(read.value, strict) : read.status;
    statuses.push(status);
    if (format === 'jsonl') {
      io.out(jsonLine({ release: release?.meta.id ?? null, dir, status, facts: release ? release.facts.map(orderedFact) : [], errors }));
      return;
    }
    if (release) {
      if (format === 'json') io.out(factsJson(release));
      else if (format === 'csv') io.out(i === 0 ? factsCsv(release) : withoutHeader(factsCsv(release)));
      else io.out(`${dirs.length > 1 ? `${i > 0 ? '\n' : ''}== ${release.meta.id} (${dir})\n\n` : ''}${factsText(release)}`);
    }
    if (!read.ok && read.internal) io.err(`tieout: ${dir}: ${internalMessage(read.internal)}\n`);
    else for (const issue of errors) io.err(`${formatIssue(issue)}\n`);
  });
  return worst(statuses);
}

function withoutHeader(csv: string): string {
  return csv.slice(csv.indexOf('\n') + 1);
}

/** One plain-text table per release table: row id, label, then each column's value as read. */
function factsText(release: Release): string {
  const byId = new Map(release.facts.map((f) => [f.id, f]));
  const show = (f: Fact | undefined) =>
    !f ? '' : f.status === 'reported' ? f.value! : f.status === 'nil' ? 'nil' : f.range ? `${f.range.low} to ${f.range.high}` : 'n/m';
  const out: string[] = [];
  const periods = new Map(release.periods.map((p) => [p.id, p]));
  for (const table of release.tables) {
    out.push(`${table.id} — ${table.title}${table.unitNote ? ` ${table.unitNote}` : ''}`);
    const keys = table.columns.map((c) => c.key ?? c.period);
    const header = ['row', 'label', ...keys];
    const body: string[][] = [];
    for (const r of table.rows) {
      if (r.kind !== 'values') continue;
      body.push([r.id, r.label, ...r.cells.map((id) => show(id ? byId.get(id) : undefined))]);
      for (const id of r.labelFacts) {
        const f = byId.get(id)!;
        const key = f.id.slice(f.id.lastIndexOf('/') + 1);
        body.push([f.row, `  (in label) ${f.unit}`, ...keys.map((k) => (k === key ? show(f) : ''))]);
      }
    }
    // One line a row: a table of 300,000 rows must not be spread as arguments (the stack's limit).
    out.push(align([header, ...body]), '');
    for (const line of readingOf(table, periods)) out.push(line);
    out.push('');
  }
  return out.join('\n');
}

/**
 * The table's reading with its evidence: its unit statement and where it was printed, each
 * column's period (with its dates) and where it came from, each row's unit and scale and why.
 */
function readingOf(table: Release['tables'][number], periods: Map<string, Period>): string[] {
  const lines = [`  unit statement: ${table.unitEvidence ?? (table.unitNote ?? 'none')}`];
  for (const c of table.columns) {
    const p = c.period ? periods.get(c.period) : undefined;
    const dates = !p ? '' : p.kind === 'duration' ? `, ${p.start} to ${p.end}` : p.kind === 'instant' ? `, at ${p.end}` : p.compare ? '' : ', comparing periods not printed';
    lines.push(`  column ${c.key ?? c.period}: ${p ? `${p.label}${dates}` : 'no period'} (${c.evidence ?? `its header "${c.header}"`})`);
  }
  for (const r of table.rows) {
    if (r.reading) lines.push(`  row ${r.id}: ${r.reading.unit}, scale ${r.reading.scale} (${r.reading.evidence})`);
  }
  return lines;
}

/** Pads columns to line up; labels are cut at 48 characters. */
function align(rows: string[][]): string {
  const widths: number[] = [];
  for (const r of rows) r.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, (cell ?? '').length)));
  const cap = (i: number) => (i === 1 ? Math.min(widths[i], 48) : widths[i]);
  return rows
    .map((r) =>
      r
        .map((cell, i) => {
          const text = i === 1 && cell.length > 48 ? `${cell.slice(0, 47)}…` : cell;
          return i >= 2 ? text.padStart(cap(i)) : text.padEnd(cap(i));
        })
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
