/**
 * The tables of the TAT-QA set (real annual-report tables with the paragraphs around them; Zhu et
 * al. 2021, CC BY 4.0, github.com/NExTplusplus/TAT-QA; test/fixtures/tatqa/README.md) read and
 * checked as releases are, with no company model and no claims file. Each table becomes a Markdown
 * release: its paragraphs as prose, then the table as a pipe table under its first row. TAT-QA
 * states neither the company nor the period, so the import is given a neutral company and the
 * latest year the table prints as the fiscal year; nothing else. A mismatch here accuses a
 * published annual report: each is reviewed by hand in test/fixtures/tatqa/review.yaml.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Check, Release, Verdict } from '../../src/lib/types.ts';
import { importRelease } from '../../src/lib/import/index.ts';
import { ROOT, readAndCheck } from './measure.ts';

export const TATQA_DIR = join(ROOT, 'test', 'fixtures', 'tatqa');
export const TATQA_SETS = ['tatqa-dev.json', 'tatqa-test.json'];

export interface TatqaEntry {
  table: { uid: string; table: string[][] };
  paragraphs: { uid: string; order: number; text: string }[];
}

export interface TatqaMismatch {
  /** The set's file name and the table's TAT-QA uid. */
  set: string;
  table: string;
  check: Check;
}

export interface TatqaMeasure {
  tables: number;
  /** Tables that print no year (so no period can be given to them): not read. */
  noYear: number;
  failures: string[];
  facts: number;
  verdicts: Record<Verdict, number>;
  mismatches: TatqaMismatch[];
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();

/** The release text of one TAT-QA table: its paragraphs, then the table with its first row as the pipe table's header. */
export function tatqaMarkdown(entry: TatqaEntry): string {
  const rows = entry.table.table;
  const width = Math.max(1, ...rows.map((r) => r.length));
  const line = (r: readonly string[]) => `| ${Array.from({ length: width }, (_, i) => cell(r[i] ?? '')).join(' | ')} |`;
  const paragraphs = [...entry.paragraphs].sort((a, b) => a.order - b.order).map((p) => p.text.trim());
  return ['# Annual report excerpt', '', ...paragraphs.flatMap((p) => [p, '']), line(rows[0] ?? []), `| ${Array.from({ length: width }, () => '---').join(' | ')} |`, ...rows.slice(1).map(line), ''].join('\n');
}

/** The latest year the table prints (1980 to 2039), given to the import as the fiscal year. */
export function latestYear(entry: TatqaEntry): number | null {
  const years = entry.table.table.flat().flatMap((c) => [...c.matchAll(/\b(19[89]\d|20[0-3]\d)\b/g)].map((m) => Number(m[1])));
  return years.length ? Math.max(...years) : null;
}

/**
 * One TAT-QA table imported into `dir` (release.txt and release.yaml) as a release of the latest year it
 * prints, then read and checked; null when it prints no year.
 */
export function readTatqaTable(entry: TatqaEntry, id: string, source: string, dir: string): ({ release: Release; checks: Check[] }) | null {
  const year = latestYear(entry);
  if (year === null) return null;
  const result = importRelease(
    { text: tatqaMarkdown(entry), file: `${source}#${entry.table.uid}`, kind: 'text', encoding: 'utf-8' },
    { id, title: 'Annual report excerpt', company: 'tatqa', name: 'TAT-QA table', ticker: 'TATQA', exchange: 'NYSE', fiscalPeriod: `${year}-fy`, fiscalYearEnd: '12-31', releaseDate: `${year + 1}-03-01`, currency: 'USD' },
    [],
  );
  if (!result.metaYaml || !result.id) throw new Error(`${source}#${entry.table.uid}: import wrote nothing: ${result.missing.map((m) => m.message).join('; ')}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'release.txt'), result.releaseText);
  writeFileSync(join(dir, 'release.yaml'), result.metaYaml);
  return readAndCheck(dir);
}

/** The entries of one TAT-QA file. */
export function loadTatqa(file: string): TatqaEntry[] {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as TatqaEntry[];
  } catch (e) {
    throw new Error(`${file}: expected the TAT-QA set as JSON (an array of {table, paragraphs}): ${(e as Error).message}`);
  }
}

/** Every table of one TAT-QA file imported into `data` and checked. */
export function measureTatqa(file: string, data: string, limit = Infinity): TatqaMeasure {
  const set = file.split(/[\\/]/).pop()!;
  const entries = loadTatqa(file);
  const m: TatqaMeasure = { tables: 0, noYear: 0, failures: [], facts: 0, verdicts: { exact: 0, rounding: 0, unverifiable: 0, mismatch: 0 }, mismatches: [] };
  for (const [i, entry] of entries.slice(0, limit).entries()) {
    const id = `tatqa-${String(i).padStart(3, '0')}`;
    let read: { release: Release; checks: Check[] } | null;
    try {
      read = readTatqaTable(entry, id, relative(ROOT, file), join(data, set, id));
    } catch (e) {
      m.failures.push(`${entry.table.uid}: ${(e as Error).message}`);
      continue;
    }
    if (!read) {
      m.noYear++;
      continue;
    }
    m.tables++;
    m.facts += read.release.facts.length;
    for (const c of read.checks) {
      m.verdicts[c.verdict]++;
      if (c.verdict === 'mismatch') m.mismatches.push({ set, table: entry.table.uid, check: c });
    }
  }
  return m;
}

let byUid: Map<string, TatqaEntry> | null = null;

/**
 * One table of the TAT-QA sets, named by the first 8 characters of its uid, read into `data` as the release
 * `t-<uid>`: the tests' way to a real table (the sets are read once).
 */
export function readTatqaByUid(uid: string, data: string): { release: Release; checks: Check[] } {
  byUid ??= new Map(TATQA_SETS.flatMap((set) => loadTatqa(join(TATQA_DIR, set))).map((e) => [e.table.uid.slice(0, 8), e]));
  const entry = byUid.get(uid);
  if (!entry) throw new Error(`no TAT-QA table whose uid starts ${uid}`);
  const read = readTatqaTable(entry, `t-${uid}`, 'test/fixtures/tatqa', join(data, `t-${uid}`));
  if (!read) throw new Error(`TAT-QA table ${uid} prints no year`);
  return read;
}
