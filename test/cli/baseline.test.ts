/**
 * Exit statuses that let CI tell a new data error (2) from a finding (1), and a baseline of
 * known mismatches: only a mismatch the baseline does not list (same release, check id,
 * printed and computed figures) fails the run.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { main } from '../../src/cli/main.ts';

const RELEASE = 'data/releases/inap-2010-q2';
const work = mkdtempSync(join(tmpdir(), 'tieout-baseline-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const status = await main(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { status, stdout: out.join(''), stderr: err.join('') };
}

/** A copy of the bundled release (same folder name, so the same release id) whose release.txt is edited by `edit`. */
function editedRelease(name: string, edit: (text: string) => string): string {
  const dir = join(work, name, 'inap-2010-q2');
  cpSync(RELEASE, dir, { recursive: true });
  const file = join(dir, 'release.txt');
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
  return dir;
}

describe('tieout check --write-baseline and --baseline', () => {
  const baseline = join(work, 'baseline.json');

  test('--write-baseline writes every mismatch keyed by release, check, printed and computed figure, sorted', async () => {
    const { status } = await run('check', RELEASE, '--write-baseline', baseline);
    expect(status).toBe(0);
    const written = JSON.parse(readFileSync(baseline, 'utf8'));
    expect(written.findings).toHaveLength(4);
    expect(written.findings[0]).toEqual({
      release: 'inap-2010-q2',
      check: 'growth/financial-summary/adjusted-ebitda/2010-q2-vs-2009-q2',
      verdict: 'mismatch',
      printed: '32',
      computed: '46.4580873671782762691853600944510035419',
      at: 'data/releases/inap-2010-q2/release.txt:26:44',
    });
    const keys = written.findings.map((f: { check: string }) => f.check);
    expect(keys).toEqual([...keys].sort());
  });

  test('the bundled release against its own baseline exits 0, although --strict alone exits 1', async () => {
    expect((await run('check', RELEASE, '--strict')).status).toBe(1);
    const { status, stderr } = await run('check', RELEASE, '--baseline', baseline);
    expect(stderr).toBe('');
    expect(status).toBe(0);
  });

  test('a new mismatch exits 1 and is named with its place; the known ones are not', async () => {
    // Total revenues of Q2 2010 printed 60,525 in the statement of operations becomes 60,526.
    const dir = editedRelease('new-mismatch', (t) => t.replace('Total revenues\t60,525', 'Total revenues\t60,526'));
    const { status, stderr } = await run('check', dir, '--baseline', baseline);
    expect(status).toBe(1);
    const lines = stderr.trim().split('\n');
    expect(lines.every((l) => l.includes('new mismatch') && !l.includes('growth/financial-summary/adjusted-ebitda'))).toBe(true);
    expect(stderr).toMatch(/release\.txt:110:16: new mismatch, not in .*baseline\.json: tie\/revenue\/2010-q2 printed 60526, computed 60525\n/);
  });

  test('a known finding whose printed figure changes is new, and its old entry is reported as gone', async () => {
    const dir = editedRelease('changed-finding', (t) => t.replace('9,877\t32%\t10%', '9,877\t33%\t10%'));
    const { status, stderr } = await run('check', dir, '--baseline', baseline);
    expect(status).toBe(1);
    expect(stderr).toContain('new mismatch, not in');
    expect(stderr).toContain('growth/financial-summary/adjusted-ebitda/2010-q2-vs-2009-q2 printed 33,');
    expect(stderr).toContain('inap-2010-q2 no longer has the mismatch growth/financial-summary/adjusted-ebitda/2010-q2-vs-2009-q2 (printed 32,');
  });

  // A cell that cannot be read is a located problem of a release that was read (issue 29): listed, exit 0; --strict fails it.
  test('a cell that cannot be read is listed on stderr when every mismatch is known; with --strict it exits 2', async () => {
    const dir = editedRelease('data-error', (t) => t.replace('Total revenues\t60,525', 'Total revenues\t60,5x5'));
    const { status, stderr } = await run('check', dir, '--baseline', baseline);
    expect(status).toBe(0);
    expect(stderr).toMatch(/release\.txt:110:\d+: /);
    expect((await run('check', dir, '--baseline', baseline, '--strict')).status).toBe(2);
  });

  test.each([
    ['missing', null, /nothing-here\.json:1:1: expected a file here, found nothing/],
    ['not JSON', '{"findings": [', /:1:15: expected a baseline written by --write-baseline \(JSON\)/],
    ['wrong shape', '{"findings": [{"release": 3}]}', /:1:27: 'findings\.0\.release': expected the release id as text/],
    ['a directory', 'DIR', /:1:1: expected a file, found a directory/],
  ])('a baseline that is %s exits 2 with a located error and prints no report', async (_name, content, message) => {
    const file = join(work, content === null ? 'nothing-here.json' : `baseline-${_name.replace(/ /g, '-')}${content === 'DIR' ? '' : '.json'}`);
    if (content === 'DIR') cpSync(RELEASE, file, { recursive: true });
    else if (content !== null) writeFileSync(file, content);
    const { status, stdout, stderr } = await run('check', RELEASE, '--baseline', file);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});

describe('usage', () => {
  test('an option the command does not take is refused, not ignored', async () => {
    const { status, stderr } = await run('facts', RELEASE, '--baseline', 'x.json');
    expect(status).toBe(2);
    expect(stderr).toMatch(/^tieout: facts does not take --baseline\n/);
  });
});
