import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseLocatedYamlFile } from '../data-file.ts';
import { readTextFile } from '../text-file.ts';
import { IngestError } from '../issues.ts';
import type { IngestIssue, SourceLocation } from '../types.ts';
import { claimSchema, claimsFileShape, notDerivableSchema, type ClaimsFile } from './schema.ts';

export interface LoadedClaims {
  /** Path of claims.yaml relative to the project root, whether or not it exists. */
  file: string;
  /** The validated entries; null when the file is missing or not a claims file at all. */
  value: ClaimsFile | null;
  missing: boolean;
  /** Every problem found while reading and validating, located at its key. */
  issues: IngestIssue[];
  /** Where a key of the file is (`['claims', 3, 'is']`), for errors found after validation. */
  locate: (path: (string | number)[]) => SourceLocation;
}

/** claims.yaml beside a release's release.txt. */
export function claimsFileFor(releaseFile: string): string {
  return join(dirname(releaseFile), 'claims.yaml');
}

/** Reads and validates claims.yaml; never throws for a missing or broken file. A missing file is no error: it only refines. */
export function loadClaims(releaseFile: string, root = process.cwd()): LoadedClaims {
  const file = claimsFileFor(releaseFile);
  const abs = resolve(root, file);
  if (!existsSync(abs)) return { file, value: null, missing: true, issues: [], locate: () => ({ line: 1, column: 1 }) };
  let text: string;
  try {
    text = readTextFile(abs, file);
  } catch (error) {
    if (!(error instanceof IngestError)) throw error;
    return { file, value: null, missing: false, issues: error.issues, locate: () => ({ line: 1, column: 1 }) };
  }
  return parseClaims(file, text);
}

/**
 * Validates the text of a claims file named `file`, entry by entry: an entry that
 * fails is reported at its key and left out, and every other entry still counts.
 */
export function parseClaims(file: string, text: string): LoadedClaims {
  const parsed = parseLocatedYamlFile(file, text, claimsFileShape);
  const locate = parsed.locate;
  if (parsed.value === null) return { file, value: null, missing: false, issues: parsed.issues, locate };
  const issues: IngestIssue[] = [];
  const value: ClaimsFile = { period: parsed.value.period, claims: [], 'not-derivable': [] };
  const check = <T>(list: unknown[], key: 'claims' | 'not-derivable', schema: { safeParse: (x: unknown) => { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } }, into: { index: number; entry: T }[]) => {
    list.forEach((raw, index) => {
      const result = schema.safeParse(raw);
      if (result.success) {
        into.push({ index, entry: result.data });
        return;
      }
      for (const issue of result.error.issues) {
        const path = [key, index, ...issue.path.map((p) => (typeof p === 'number' ? p : String(p)))];
        issues.push({ file, ...locate(path), message: `'${path.join('.')}': ${issue.message}` });
      }
    });
  };
  check(parsed.value.claims, 'claims', claimSchema, value.claims);
  check(parsed.value['not-derivable'], 'not-derivable', notDerivableSchema, value['not-derivable']);
  return { file, value, missing: false, issues, locate };
}
