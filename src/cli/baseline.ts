/**
 * A baseline: the mismatches a team has looked at and accepted (a release's own arithmetic
 * errors are facts of the release, found again on every run), so that CI fails only on a
 * finding it has not seen.
 *
 * A finding is keyed by release, check id, printed figure and computed value: a mismatch whose
 * printed or computed figure changes (an edited release, a changed model) is a new finding,
 * not a known one. Where it is printed is shown but not part of the key, so lines moving above
 * it change nothing.
 */
import { whyNotWritten, writeFileAtomic } from '../lib/write-atomic.ts';
import { z } from 'zod';
import type { Check } from '../lib/types.ts';
import { IngestError } from '../lib/issues.ts';
import { readTextFile } from '../lib/text-file.ts';
import { yamlLocator } from '../lib/data-file.ts';

export interface Finding {
  release: string;
  check: string;
  verdict: 'mismatch';
  /** The printed figure, as a decimal (or as printed when it is not a number). */
  printed: string;
  /** The exact value recomputed from the inputs, or null when none could be. */
  computed: string | null;
  /** Where it is printed, `file:line:column`; for people, not part of the key. */
  at: string;
}

const ABOUT =
  'Known findings of `tieout check`: a mismatch listed here (same release, check id, printed and computed figures) ' +
  'does not fail `tieout check --baseline <this file>`; any other mismatch does. Rewrite with --write-baseline.';

const baselineSchema = z.object({
  about: z.string().optional(),
  findings: z.array(
    z.object({
      release: z.string({ error: 'expected the release id as text' }),
      check: z.string({ error: 'expected the check id as text' }),
      verdict: z.literal('mismatch', { error: 'expected "mismatch"' }),
      printed: z.string({ error: 'expected the printed figure as text' }),
      computed: z.union([z.string(), z.null()], { error: 'expected the computed value as text, or null' }),
      at: z.string().optional(),
    }),
    { error: 'expected a list of findings' },
  ),
});

/** The mismatches among `checks`, as findings; `file` is the release text as shown in messages. */
export function findingsOf(checks: Check[], file: string): Finding[] {
  return checks
    .filter((c) => c.verdict === 'mismatch')
    .map((c) => ({
      release: c.release,
      check: c.id,
      verdict: 'mismatch' as const,
      printed: c.reported.value ?? c.reported.text,
      computed: c.computed,
      at: `${file}:${c.reported.line}:${c.reported.column}`,
    }));
}

const key = (f: Omit<Finding, 'at'>) => JSON.stringify([f.release, f.check, f.verdict, f.printed, f.computed]);

/**
 * Reads a baseline file. A missing, unreadable or malformed file is an IngestError naming the
 * file, line and column (a baseline that cannot be read must not pass CI silently).
 */
export function readBaseline(path: string): Finding[] {
  const text = readTextFile(path);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new IngestError([{ file: path, ...jsonErrorAt(text, error as Error), message: `expected a baseline written by --write-baseline (JSON): ${(error as Error).message}` }]);
  }
  const result = baselineSchema.safeParse(data);
  if (!result.success) {
    // JSON is YAML, so the YAML key locator finds the offending key's line.
    const locate = yamlLocator(text);
    throw new IngestError(
      result.error.issues.map((issue) => ({ file: path, ...locate(issue.path.map((p) => (typeof p === 'number' ? p : String(p)))), message: `'${issue.path.join('.') || 'the file'}': ${issue.message}` })),
    );
  }
  return result.data.findings.map((f) => ({ ...f, at: f.at ?? '' }));
}

/** Writes the findings, sorted, so that the file diffs well under version control. */
export function writeBaseline(path: string, findings: Finding[]): void {
  const sorted = [...findings].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  try {
    writeFileAtomic(path, `${JSON.stringify({ about: ABOUT, findings: sorted }, null, 2)}\n`);
  } catch (error) {
    throw new IngestError([{ file: path, line: 1, column: 1, message: `cannot write the baseline: ${whyNotWritten(error)}` }]);
  }
}

/** Splits current findings into new and known ones, and lists the baseline's entries no longer found. */
export function compareToBaseline(current: Finding[], baseline: Finding[]): { fresh: Finding[]; known: Finding[]; gone: Finding[] } {
  const accepted = new Set(baseline.map(key));
  const found = new Set(current.map(key));
  return {
    fresh: current.filter((f) => !accepted.has(key(f))),
    known: current.filter((f) => accepted.has(key(f))),
    gone: baseline.filter((f) => !found.has(key(f))),
  };
}

/** Line and column of a JSON.parse error, from the position V8 gives in its message. */
function jsonErrorAt(text: string, error: Error): { line: number; column: number } {
  const position = /position (\d+)/.exec(error.message);
  const lineCol = /line (\d+) column (\d+)/.exec(error.message);
  if (lineCol) return { line: Number(lineCol[1]), column: Number(lineCol[2]) };
  if (!position) {
    // "Unexpected end of JSON input": the end of the text.
    const lines = text.split('\n');
    return /end of/i.test(error.message) ? { line: lines.length, column: lines.at(-1)!.length + 1 } : { line: 1, column: 1 };
  }
  const before = text.slice(0, Number(position[1])).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}
