/**
 * The bad-input corpus (issue 11): more than a hundred kinds of damaged and hostile input —
 * encodings, files, shapes, numbers, labels, YAML, claims, ids, sizes (notebooks have their
 * own corpus in notebooks.test.ts) — each pinned to its outcome. See corpus/harness.ts.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { cleanUp, isolatedTestTimeout, runCase, runLimited, TRACE, type Case } from './corpus/harness.ts';
import { encodings } from './corpus/encodings.ts';
import { files } from './corpus/files.ts';
import { shapes } from './corpus/shapes.ts';
import { numbers } from './corpus/numbers.ts';
import { labels } from './corpus/labels.ts';
import { yaml } from './corpus/yaml.ts';
import { claims } from './corpus/claims.ts';
import { ids } from './corpus/ids.ts';
import { sizes } from './corpus/sizes.ts';

export const CORPUS: Record<string, Case[]> = { encodings, files, shapes, numbers, labels, yaml, claims, ids, sizes };

afterAll(cleanUp);

function assertOutcome(c: Case, run: Awaited<ReturnType<typeof runCase>>) {
  expect(run.stderr, 'no stack trace').not.toMatch(TRACE);
  expect(run.status, `exit status (stderr: ${run.stderr})`).not.toBe(3);
  expect(run.status, 'finished').not.toBeNull();
  const outcome = c.expect;
  if ('error' in outcome) {
    const { file, line, column, message } = outcome.error;
    expect(run.status, run.stderr).toBe(2);
    const at = `${run.path(file)}:${line ?? '\\d+'}:${column ?? '\\d+'}: `.replace(/[.]/g, '\\.');
    const located = run.stderr.split('\n').filter((l) => new RegExp(`^${at}`).test(l));
    expect(located.some((l) => message.test(l)), `expected ${at}${message} in:\n${run.stderr}`).toBe(true);
  } else {
    expect([0, 1], run.stderr).toContain(run.status);
    if ('reads' in outcome) outcome.reads(run);
    else {
      expect(outcome.accepted.length).toBeGreaterThan(20);
      outcome.check?.(run);
    }
  }
  // Fact ids are unique: each is a permalink.
  const seen = new Set<string>();
  const duplicates = run.facts.filter((f) => seen.size === seen.add(f.id).size).map((f) => f.id);
  expect(duplicates, 'duplicate fact ids').toEqual([]);
}

for (const [kind, cases] of Object.entries(CORPUS)) {
  describe(kind, () => {
    for (const c of cases) {
      const title = c.pending ? `${c.name} [pending: ${c.pending}]` : c.name;
      // An isolated case is bounded by its commands' processor time, not by the clock (harness.ts).
      (c.pending ? test.fails : test)(title, async () => assertOutcome(c, await runCase(c)), c.isolate ? isolatedTestTimeout(c) : 60_000);
    }
  });
}

describe('the limit of an isolated command', () => {
  test('a command that never stops computing is stopped by its processor time and said to hang', () => {
    const spin = runLimited([process.execPath, '-e', 'for (;;);'], process.cwd(), 1);
    expect(spin.status).toBeNull();
    expect(spin.stderr).toMatch(/^\(stopped after 1 s of processor time, SIG(XCPU|KILL): a hang\)$/);
  });

  test('a command that waits without computing is stopped by the clock and said to hang', () => {
    const wait = runLimited([process.execPath, '-e', 'setTimeout(() => {}, 60_000)'], process.cwd(), 1, 1_000);
    expect(wait).toMatchObject({ status: null, stderr: '(still running after 1 s of the clock: a hang)' });
  });

  test('a command that finishes within its limits gives its status and output', () => {
    expect(runLimited([process.execPath, '-e', 'console.log("read"); process.exit(1)'], process.cwd())).toEqual({ status: 1, stdout: 'read\n', stderr: '' });
  });
});

test('the corpus holds at least 100 kinds of input', () => {
  expect(Object.values(CORPUS).flat().length).toBeGreaterThanOrEqual(100);
});
