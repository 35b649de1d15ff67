import { describe, expect, test } from 'vitest';
import { runInProcess as tieout } from '../support/cli.ts';

/** `tieout facts` and `tieout check` on several release folders at once, as batches run them. */
const lines = (stdout: string) => stdout.trimEnd().split('\n').map((l) => JSON.parse(l));

const GOOD = 'data/releases/inap-2010-q2';
const BAD = 'test/fixtures/ingest/bad-release'; // a row with one figure too many
const MISSING = 'test/fixtures/ingest/no-such-release';

describe('tieout facts on several releases', () => {
  test('--jsonl prints one object per release per line; an error in one never stops the others; the status is the worst', async () => {
    const { status, stdout, stderr } = await tieout('facts', MISSING, GOOD, BAD, '--jsonl');
    expect(stderr).toBe('');
    expect(status).toBe(2);
    const [missing, good, bad] = lines(stdout);
    expect(Object.keys(good)).toEqual(['release', 'dir', 'status', 'facts', 'errors']);
    expect(missing).toEqual({
      release: null, dir: MISSING, status: 2, facts: [],
      errors: [{ file: `${MISSING}/release.txt`, line: 1, column: 1, message: 'expected the release text in release.txt' }],
    });
    expect(good).toMatchObject({ release: 'inap-2010-q2', dir: GOOD, status: 0, errors: [] });
    expect(good.facts.length).toBeGreaterThan(300);
    expect(good.facts.find((f: { id: string }) => f.id === 'inap-2010-q2/adjusted-ebitda/stock-based-compensation/2010-q2')).toMatchObject({ value: '1444', unit: 'USD', scale: 3 });
    // The bad release gives every fact it could read, beside its located error: it was read (status 0).
    expect(bad).toMatchObject({ release: 'bad-release', status: 0, errors: [{ line: 10, column: 15 }] });
    expect(bad.facts.length).toBeGreaterThan(0);
  });

  test('the readable form heads each release; errors go to stderr, located', async () => {
    const { status, stdout, stderr } = await tieout('facts', GOOD, BAD);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^== inap-2010-q2 \(data\/releases\/inap-2010-q2\)\n/);
    expect(stdout).toContain('\n== bad-release (test/fixtures/ingest/bad-release)\n');
    expect(stderr).toBe('test/fixtures/ingest/bad-release/release.txt:10:15: expected at most 2 values (one per period: 2010-q2, 2009-q2); found 3\n');
  });

  test('--csv prints one header and every release’s facts', async () => {
    const one = await tieout('facts', GOOD, '--csv');
    const two = await tieout('facts', GOOD, GOOD, '--csv');
    const rows = (s: string) => s.trim().split(/\r?\n/);
    expect(rows(two.stdout)).toHaveLength(2 * rows(one.stdout).length - 1);
    expect(rows(two.stdout).filter((l) => l.startsWith('id,'))).toHaveLength(1);
  });

  test('--json prints one release: several ask for --jsonl', async () => {
    const { status, stderr } = await tieout('facts', GOOD, BAD, '--json');
    expect(status).toBe(2);
    expect(stderr).toBe('tieout: --json prints one release; for several, use --jsonl (one JSON object per release per line)\n');
  });

  test('one output format at a time', async () => {
    expect((await tieout('facts', GOOD, '--csv', '--jsonl')).stderr).toBe('tieout: choose one of --csv and --jsonl\n');
  });
});

describe('tieout check on several releases', () => {
  test('--jsonl: one line per release with its checks and errors; the status is the worst', async () => {
    const { status, stdout, stderr } = await tieout('check', GOOD, MISSING, '--jsonl', '--strict');
    expect(stderr).toBe('');
    expect(status).toBe(2);
    const [good, missing] = lines(stdout);
    expect(good).toMatchObject({ release: 'inap-2010-q2', dir: GOOD, status: 1, errors: [] });
    expect(good.checks.filter((c: { verdict: string }) => c.verdict === 'mismatch')).toHaveLength(4);
    expect(missing).toMatchObject({ release: null, dir: MISSING, status: 2, checks: [] });
  });

  test('the readable reports follow each other, each with its own count', async () => {
    const { status, stdout } = await tieout('check', GOOD, GOOD, '--strict');
    expect(status).toBe(1);
    expect(stdout.match(/^inap-2010-q2: \d+ checks — /gm)).toHaveLength(2);
  });
});
