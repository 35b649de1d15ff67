import type { IngestIssue, Release } from '../lib/types.ts';
import { IngestError } from '../lib/issues.ts';
import { isRead } from '../lib/ingest/index.ts';

/** What one release folder gave: a value, or the located issues (status 2) or the internal error (status 3) that stopped it. */
export type Attempt<T> =
  | { ok: true; value: T }
  | { ok: false; status: 2 | 3; issues: IngestIssue[]; internal: Error | null };

/**
 * Runs `fn` on one release folder, so that an error in one release never stops the others:
 * bad input (IngestError) becomes its located issues, anything else an internal error.
 */
export function attempt<T>(dir: string, fn: () => T): Attempt<T> {
  try {
    return { ok: true, value: fn() };
  } catch (e) {
    if (e instanceof IngestError) return { ok: false, status: 2, issues: e.issues, internal: null };
    const error = e instanceof Error ? e : new Error(String(e));
    return { ok: false, status: 3, issues: [{ file: dir, line: 1, column: 1, message: internalMessage(error) }], internal: error };
  }
}

export function internalMessage(error: Error): string {
  return `internal error: ${error.name}: ${error.message} (a bug in tieout, not in your data: please report it with the release that caused it)`;
}

/**
 * The status of a release that loaded: 2 when it could not be read as a release (no table
 * at all); a release whose tables were read with located problems is read (0, its problems
 * listed on stderr) unless `strict` asks that they fail it (2).
 */
export function readStatus(release: Pick<Release, 'tables' | 'errors'>, strict: boolean): 0 | 2 {
  if (!isRead(release)) return 2;
  return strict && release.errors.length > 0 ? 2 : 0;
}

/** The worst of several exit statuses: an internal error (3), bad input (2), a finding (1), ok (0). */
export function worst(statuses: number[]): number {
  let w = 0;
  for (const s of statuses) if (s > w) w = s;
  return w;
}

/** One JSON object per release per line, for batches (`--jsonl`). */
export function jsonLine(record: { release: string | null; dir: string; status: number; errors: IngestIssue[] } & Record<string, unknown>): string {
  return `${JSON.stringify(record)}\n`;
}
