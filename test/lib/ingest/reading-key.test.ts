import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { CORPUS_DIR, CORPUS_DIRS, importCorpusFile } from '../../../scripts/corpus/measure.ts';
import { loadReleaseMeta } from '../../../src/lib/ingest/release-meta.ts';
import { parseRelease } from '../../../src/lib/ingest/index.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';
import { importRelease } from '../../../src/lib/import/index.ts';
import type { Fact, Release } from '../../../src/lib/types.ts';

/**
 * The reading key (test/fixtures/reading-key/, written by hand from the corpus sources): each
 * key cell's fact has the period the key gives (with its first and last day), and the row's unit
 * and scale. Each release is imported from ../shared/corpus/ (or corpus-extra/) as `tieout import` drafts it, with the
 * fiscal calendar the key states (the key measures the reading of tables, not drafted metadata).
 */
interface KeyColumn { period: string; start?: string; end?: string }
interface KeyRow { label: string; unit: string; scale: number; figures: (string | null)[] }
/** A row read wrong, and why; `what` names what is wrong (its unit and scale unless it says its period, or its period's dates). */
interface KeyOpen { label: string; reason: string; what?: 'unit' | 'period' | 'dates' }
interface KeyTable { title: string; columns: KeyColumn[]; rows: KeyRow[]; open?: KeyOpen[] }
/**
 * A key of a release not in the corpus (one of an unseen set) is of an excerpt committed under test/fixtures:
 * its `source` is that file's path, and `excerpt` gives what the whole release states and the excerpt does not.
 */
interface Key {
  release: string;
  source: string;
  excerpt?: { release_date: string; currency: string };
  calendar: { fiscal_year_end: string; fiscal_period: string };
  tables: KeyTable[];
}

const KEY_DIR = 'test/fixtures/reading-key';
const keys: Key[] = readdirSync(KEY_DIR).filter((f) => f.endsWith('.yaml')).sort().map((f) => parse(readFileSync(join(KEY_DIR, f), 'utf8')) as Key);
const data = mkdtempSync(join(tmpdir(), 'tieout-reading-key-'));
afterAll(() => rmSync(data, { recursive: true, force: true }));

/** A figure as printed, less what is not its digits: "$ (1,271)" and "(1,271)" are one figure. */
const digits = (raw: string) => raw.replace(/<\/?u>/g, '').replace(/[^\d.]/g, '');

function readRelease(key: Key): Release {
  const releaseDir = key.excerpt ? importExcerpt(key) : importCorpus(key);
  const meta = loadReleaseMeta(join(releaseDir, 'release.yaml'));
  const file = join(releaseDir, 'release.txt');
  const calendar = { ...meta, fiscalYearEnd: key.calendar.fiscal_year_end, fiscalPeriod: key.calendar.fiscal_period };
  return parseRelease(readFileSync(file, 'utf8'), calendar, emptyModel, file);
}

function importCorpus(key: Key): string {
  const dir = CORPUS_DIRS.find((d) => existsSync(join(d, key.source))) ?? CORPUS_DIR;
  const imported = importCorpusFile(dir, key.source, data);
  if (!imported.releaseDir) throw new Error(`${key.source}: ${imported.failure}`);
  return imported.releaseDir;
}

function importExcerpt(key: Key): string {
  const { release_date: releaseDate, currency } = key.excerpt!;
  const { fiscal_year_end: fiscalYearEnd, fiscal_period: fiscalPeriod } = key.calendar;
  const result = importRelease({ text: readFileSync(key.source, 'utf8'), file: key.source, kind: 'text' }, { id: key.release, releaseDate, currency, fiscalYearEnd, fiscalPeriod });
  if (!result.metaYaml) throw new Error(`${key.source}: ${[...result.invalid, ...result.missing.map((m) => m.message)].join('; ')}`);
  const releaseDir = join(data, 'releases', key.release);
  mkdirSync(releaseDir, { recursive: true });
  writeFileSync(join(releaseDir, 'release.txt'), result.releaseText);
  writeFileSync(join(releaseDir, 'release.yaml'), result.metaYaml);
  return releaseDir;
}

/** The facts of each key row in a table, matched to the key's figures in order; the table is the one holding most of them. */
function match(release: Release, table: KeyTable): { row: KeyRow; column: KeyColumn; fact: Fact | null }[] {
  const cells = release.facts.filter((f) => f.origin === 'cell');
  const rowFacts = (tableId: string, row: KeyRow) => cells.filter((f) => f.table === tableId && f.label === row.label).sort((a, b) => a.line - b.line || a.column - b.column);
  const place = (tableId: string) =>
    table.rows.flatMap((row) => {
      const printed = rowFacts(tableId, row);
      let next = 0;
      return row.figures.flatMap((figure, i) => {
        if (figure === null) return [];
        const at = printed.findIndex((f, k) => k >= next && digits(f.raw) === digits(figure));
        if (at >= 0) next = at + 1;
        return [{ row, column: table.columns[i], fact: at >= 0 ? printed[at] : null }];
      });
    });
  const ids = [...new Set(cells.map((f) => f.table))];
  const placed = ids.map(place);
  return placed.reduce((best, p) => (p.filter((c) => c.fact).length > best.filter((c) => c.fact).length ? p : best), placed[0] ?? []);
}

// A key whose release is in no corpus folder here (corpus-extra/ not given) is left out, as the corpus measure leaves it out.
const present = keys.filter((k) => k.excerpt || CORPUS_DIRS.some((d) => existsSync(join(d, k.source))));

describe.runIf(existsSync(CORPUS_DIR)).each(present)('the reading key of $release', (key) => {
  const release = readRelease(key);
  const periods = new Map(release.periods.map((p) => [p.id, p]));

  test.each(key.tables)('$title', (table) => {
    const open = (what: NonNullable<KeyOpen['what']>) => new Set((table.open ?? []).filter((o) => (o.what ?? 'unit') === what).map((o) => o.label));
    const [openUnit, openPeriod, openDates] = [open('unit'), open('period'), open('dates')];
    const cells = match(release, table);
    const lost = cells.filter((c) => !c.fact).map((c) => `${c.row.label}: ${c.row.figures.find((f) => f !== null)} not read`);
    const wrong: string[] = [];
    for (const { row, column, fact } of cells) {
      if (!fact) continue;
      const p = periods.get(fact.period);
      const where = `${row.label} ${fact.raw}`;
      if (fact.period !== column.period) {
        if (!openPeriod.has(row.label)) wrong.push(`${where}: period ${fact.period || '(none)'}, key ${column.period}`);
      } else if (!openDates.has(row.label) && ((column.start && p?.start !== column.start) || (column.end && p?.end !== column.end))) wrong.push(`${where}: ${p?.start} to ${p?.end}, key ${column.start} to ${column.end}`);
      const isChange = column.period.includes('-vs-');
      if (!isChange && !openUnit.has(row.label) && (fact.unit !== row.unit || fact.scale !== row.scale)) wrong.push(`${where}: ${fact.unit} ${fact.scale}, key ${row.unit} ${row.scale}`);
    }
    expect(lost).toEqual([]);
    expect(wrong).toEqual([]);
  });
});
