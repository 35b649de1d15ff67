/**
 * Seeded mutations of the bundled release, and what must hold for every one of them:
 *
 * 1. ingest never throws, and checks throw nothing but the project's own located errors
 *    (IngestError, RelationsError: the model naming rows a mutation removed);
 * 2. every problem is reported at a place inside the text (file, line, column);
 * 3. a table no mutation touched reads exactly as before: every figure, its period and place;
 * 4. every value cell on an unchanged line of a touched table still becomes the same fact,
 *    unless a problem is reported in or next to that table (never lost or moved silently);
 * 5. fact ids are unique and every value is an exact decimal.
 *
 * Used by test/robustness/fuzz.test.ts (a bounded run in the suite) and scripts/fuzz.ts
 * (`npm run fuzz`, thousands).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Decimal } from '../../src/lib/decimal.ts';
import { IngestError } from '../../src/lib/issues.ts';
import { RelationsError } from '../../src/lib/checks/index.ts';
import { LINE_BREAK, loadReleaseMeta, parseRelease } from '../../src/lib/ingest/index.ts';
import { loadCompanyModel, type CompanyModel } from '../../src/lib/model/index.ts';
import { runChecks } from '../../src/lib/verify/index.ts';
import type { Fact, Release, ReleaseMeta } from '../../src/lib/types.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const FILE = 'data/releases/inap-2010-q2/release.txt';

export interface Base {
  text: string;
  meta: ReleaseMeta;
  model: CompanyModel;
  release: Release;
}

export function loadBase(): Base {
  const text = readFileSync(join(ROOT, FILE), 'utf8');
  const meta = loadReleaseMeta(join(ROOT, 'data/releases/inap-2010-q2/release.yaml'));
  const { model } = loadCompanyModel(join(ROOT, 'data/companies/inap/model.yaml'));
  return { text, meta, model, release: parseRelease(text, meta, model, FILE) };
}

/** mulberry32: a small seeded generator, so a failing seed replays exactly. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A line of the mutated text, with the number of the original line it is, unchanged (null if changed or new). */
interface Line {
  text: string;
  origin: number | null;
}

/** Characters and tokens mutations insert: the stuff of figures, tables and hostile text. */
const PIECES = [
  '\t', '\t\t', ' ', '  ', '0', '1', '9', ',', '.', '(', ')', '-', '—', '$', '\\$', '%', '<u>', '</u>', 'n/m', '--', 'N/A',
  '(1,234)', '12.5%', '590 BPS', '1,2,3', '..', 'Total', ':', 'Three Months Ended', 'June 30,', '2010', '2009', '\u2028',
  '\u00a0', '\u200b', 'é', '🚀', '=', '@', '<script>', '&amp;', '"', "'", '\\', '¹', '−', 'e5', 'Infinity', '\r',
];

/** Rule lines typed between a table's lines, as hand-written and typewritten tables draw them. */
const RULES = ['\t-------\t-------', '\t=======\t=======', '\t\t-----', '------------------------------', '\t- -----\t- -----', '\t_____', '\t--\t--'];

export interface Mutant {
  seed: number;
  text: string;
  lines: Line[];
  /** What was done, for the report of a failing seed. */
  steps: string[];
}

/** One to three random edits of `text`, by lines and characters, recording which lines are unchanged. */
export function mutate(text: string, seed: number): Mutant {
  const rand = random(seed);
  const int = (n: number) => Math.floor(rand() * n);
  const pick = <T>(xs: readonly T[]) => xs[int(xs.length)]!;
  let lines: Line[] = text.split('\n').map((t, i) => ({ text: t, origin: i + 1 }));
  const steps: string[] = [];
  const edits = 1 + int(3);
  for (let e = 0; e < edits; e++) {
    const i = int(lines.length);
    const line = lines[i]!;
    const changed = (t: string): Line => ({ text: t, origin: null });
    const at = int(line.text.length + 1);
    switch (int(13)) {
      case 0:
        steps.push(`delete a character of line ${i + 1}`);
        lines[i] = changed(line.text.slice(0, at) + line.text.slice(at + 1));
        break;
      case 1: {
        const piece = pick(PIECES);
        steps.push(`insert ${shown(piece)} in line ${i + 1} at ${at + 1}`);
        lines[i] = changed(line.text.slice(0, at) + piece + line.text.slice(at));
        break;
      }
      case 2: {
        const piece = pick(PIECES);
        steps.push(`replace a character of line ${i + 1} at ${at + 1} with ${shown(piece)}`);
        lines[i] = changed(line.text.slice(0, at) + piece + line.text.slice(at + 1));
        break;
      }
      case 3:
        steps.push(`delete line ${i + 1}`);
        lines.splice(i, 1);
        break;
      case 4:
        steps.push(`duplicate line ${i + 1}`);
        lines.splice(i + 1, 0, changed(line.text));
        break;
      case 5:
        steps.push(`insert a blank line before line ${i + 1}`);
        lines.splice(i, 0, changed(''));
        break;
      case 6:
        steps.push(`split line ${i + 1} at ${at + 1}`);
        lines.splice(i, 1, changed(line.text.slice(0, at)), changed(line.text.slice(at)));
        break;
      case 7:
        if (i + 1 < lines.length) {
          steps.push(`join lines ${i + 1} and ${i + 2}`);
          lines.splice(i, 2, changed(line.text + lines[i + 1]!.text));
        }
        break;
      case 8:
        steps.push(`tabs to spaces in line ${i + 1}`);
        lines[i] = changed(line.text.replace(/\t/g, '    '));
        break;
      case 9: {
        // A figure of the line replaced by another token: the commonest damage in a table.
        const cells = line.text.split('\t');
        if (cells.length > 1) {
          const c = 1 + int(cells.length - 1);
          const piece = pick(PIECES);
          steps.push(`cell ${c + 1} of line ${i + 1} becomes ${shown(piece)}`);
          cells[c] = piece;
          lines[i] = changed(cells.join('\t'));
        }
        break;
      }
      case 10: {
        const cells = line.text.split('\t');
        if (cells.length > 1) {
          const c = 1 + int(cells.length - 1);
          steps.push(`drop cell ${c + 1} of line ${i + 1}`);
          cells.splice(c, 1);
          lines[i] = changed(cells.join('\t'));
        }
        break;
      }
      case 11:
        steps.push(`cut the text at line ${i + 1}, column ${at + 1}`);
        lines = [...lines.slice(0, i), changed(line.text.slice(0, at))];
        break;
      case 12: {
        const rule = pick(RULES);
        steps.push(`insert the rule line ${shown(rule)} before line ${i + 1}`);
        lines.splice(i, 0, changed(rule));
        break;
      }
    }
  }
  // A CR or a line separator a mutation inserted breaks the line for the ingest (as a CR would
  // at the file boundary), so the record of lines follows it.
  lines = lines.flatMap((l) => (LINE_BREAK.test(l.text) ? l.text.split(LINE_BREAK).map((t) => ({ text: t, origin: null })) : [l]));
  return { seed, text: lines.map((l) => l.text).join('\n'), lines, steps };
}

/** A piece of text as steps show it, with invisible and line-breaking characters escaped. */
const shown = (text: string) => JSON.stringify(text).replace(/[\u2028\u2029\u00a0\u200b]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/**
 * Runs ingest (and checks when `check`) on a mutant and returns every broken invariant (empty
 * when all hold). `parse` is the ingest, replaceable to show the invariants can fail.
 */
export function verify(base: Base, mutant: Mutant, check: boolean, parse = parseRelease): string[] {
  const problems: string[] = [];
  let release: Release;
  try {
    release = parse(mutant.text, base.meta, base.model, FILE);
  } catch (error) {
    return [`ingest threw ${describe(error)}`];
  }
  if (check) {
    try {
      runChecks(release, base.model);
    } catch (error) {
      if (!(error instanceof IngestError) && !(error instanceof RelationsError)) problems.push(`checks threw ${describe(error)}`);
    }
  }

  const lineCount = mutant.lines.length;
  for (const issue of release.errors) {
    const inside = issue.file === FILE && issue.line >= 1 && issue.line <= lineCount + 1 && issue.column >= 1;
    if (!inside) problems.push(`an issue outside the text: ${issue.file}:${issue.line}:${issue.column}: ${issue.message}`);
  }

  const seen = new Set<string>();
  for (const f of release.facts) {
    if (seen.has(f.id)) problems.push(`duplicate fact id ${f.id}`);
    seen.add(f.id);
    if (f.value !== null && !isDecimal(f.value)) problems.push(`fact ${f.id} has value ${JSON.stringify(f.value)}, not an exact decimal`);
  }

  // Where each original line now is, if unchanged.
  const now = new Map<number, number>();
  mutant.lines.forEach((l, i) => l.origin !== null && now.set(l.origin, i + 1));
  const byPlace = new Map<string, Fact[]>();
  for (const f of release.facts) {
    const key = `${f.line}:${f.column}`;
    byPlace.set(key, [...(byPlace.get(key) ?? []), f]);
  }
  const errorLines = release.errors.filter((e) => e.file === FILE).map((e) => e.line);

  const original = base.text.split('\n');
  for (const table of base.release.tables) {
    // The table's block: its title block above the header (up to a blank line) through its last line, and one line either side.
    let first = table.line;
    while (first > 1 && original[first - 2]!.trim() !== '') first--;
    const block = range(Math.max(1, first - 1), table.endLine + 1);
    const mapped = block.map((l) => now.get(l));
    const untouched = mapped.every((m, k) => m !== undefined && (k === 0 || m === mapped[k - 1]! + 1));
    const start = mapped.find((m) => m !== undefined);
    const end = [...mapped].reverse().find((m) => m !== undefined);
    for (const fact of base.release.facts.filter((f) => f.table === table.id)) {
      const line = now.get(fact.line);
      if (line === undefined) continue; // its line was changed: anything may become of it
      const found = (byPlace.get(`${line}:${fact.column}`) ?? []).find((f) => f.raw === fact.raw && f.value === fact.value);
      const where = `${fact.id} (${fact.raw} at ${fact.line}:${fact.column}, now line ${line})`;
      if (untouched) {
        if (!found) problems.push(`lost from an untouched table: ${where}`);
        else if (found.period !== fact.period || found.unit !== fact.unit || found.scale !== fact.scale) {
          problems.push(`moved in an untouched table: ${where} reads as ${found.period} ${found.unit} ×10^${found.scale}`);
        }
      } else if (!found) {
        // Lost from a touched table: only with a problem reported in or next to the table.
        const lo = Math.min(start ?? line, line) - 3;
        const hi = Math.max(end ?? line, line) + 3;
        if (!errorLines.some((l) => l >= lo && l <= hi)) problems.push(`lost silently: ${where} (no problem reported on lines ${lo}–${hi})`);
      }
    }
  }
  return problems;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** An exact decimal string, as decimal.js reads it back. */
function isDecimal(value: string): boolean {
  return /^-?\d+(\.\d+)?$/.test(value) && new Decimal(value).isFinite();
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}\n${error.stack?.split('\n').slice(1, 4).join('\n')}` : String(error);
}
