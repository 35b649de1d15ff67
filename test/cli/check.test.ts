import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runBin as tieout, runInProcess as inProcess } from '../support/cli.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/checks');

describe('tieout check', () => {
  test('--json prints every check with its id, kind, formula, inputs, reported figure and place, computed, tolerance, difference and verdict', () => {
    const { status, stdout, stderr } = tieout(['check', 'data/releases/inap-2010-q2', '--json']);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const checks = JSON.parse(stdout);
    expect(checks.length).toBeGreaterThan(100);
    for (const key of ['id', 'kind', 'formula', 'inputs', 'reported', 'computed', 'tolerance', 'difference', 'verdict']) {
      expect(checks.every((c: Record<string, unknown>) => key in c), key).toBe(true);
    }
    expect(checks.find((c: { id: string }) => c.id === 'growth/financial-summary/adjusted-ebitda/2010-q2-vs-2009-q2')).toMatchObject({
      kind: 'growth',
      verdict: 'mismatch',
      reported: { value: '32', line: 26, column: 44 },
      inputs: ['inap-2010-q2/financial-summary/adjusted-ebitda/2010-q2', 'inap-2010-q2/financial-summary/adjusted-ebitda/2009-q2'],
    });
  });

  test('the report groups checks by verdict, mismatches first, each mismatch with its source line', async () => {
    const { status, stdout } = await inProcess('check', 'data/releases/inap-2010-q2');
    expect(status).toBe(0);
    const headings = stdout.split('\n').filter((l) => /^[A-Z]/.test(l)).map((l) => l.replace(/ \(\d+\)$/, ''));
    expect(headings).toEqual(['MISMATCH', 'UNVERIFIABLE', 'WITHIN ROUNDING', 'EXACT']);
    expect(stdout).toMatch(/^inap-2010-q2: \d+ checks — 4 mismatch, 3 unverifiable, \d+ rounding, \d+ exact\n/);
    const mismatches = stdout.slice(stdout.indexOf('MISMATCH'), stdout.indexOf('UNVERIFIABLE'));
    // 9,924 ÷ 6,776 − 1 = 46.46%, printed 32%, on line 26 of the release.
    expect(mismatches).toContain('growth/financial-summary/adjusted-ebitda/2010-q2-vs-2009-q2');
    expect(mismatches).toContain('data/releases/inap-2010-q2/release.txt:26:44: Adjusted EBITDA  $ 9,924  $ 6,776  $ 9,877  32%  10%');
    expect(mismatches).toContain('(from (9,924 ÷ 6,776 − 1) × 100)');
    expect(stdout).toContain('  footing/statement-of-operations/total-revenues/2010-q2  data/releases/inap-2010-q2/release.txt:110:16  printed 60,525');
  });

  test('--strict exits 1 when a mismatch is found, after printing the checks', () => {
    const { status, stdout } = tieout(['check', 'data/releases/inap-2010-q2', '--strict']);
    expect(status).toBe(1);
    expect(stdout).toContain('MISMATCH (4)');
  });

  test('a fixture release is checked against its own company model, planted errors and all', () => {
    const { status, stdout } = tieout(['check', 'data/releases/widget-2010-q2', '--json', '--strict'], FIXTURES);
    expect(status).toBe(1);
    const mismatches = JSON.parse(stdout).filter((c: { verdict: string }) => c.verdict === 'mismatch').map((c: { id: string }) => c.id);
    expect(mismatches).toContain('footing/statement-of-operations/total-revenues/2010-q2'); // 1,000 + 500 ≠ 1,502
    expect(mismatches).toContain('change/financial-summary/ebitda-margin/2010-q2-vs-2009-q2'); // (16.4 − 10.5) × 100 ≠ 600
  });

  test('a model naming a row that does not exist exits 2 with file:line:column: message', () => {
    const { status, stdout, stderr } = tieout(['check', 'data/releases/broken-2010-q2'], FIXTURES);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      "data/companies/broken/model.yaml:10:25: 'relations.footings.statement-of-operations.operating-income': " +
        "no row 'revenue' in table statement-of-operations (see `tieout facts` for row ids)\n",
    );
  });

  // A release whose tables were read with a located problem is checked: exit 0, the problem on stderr (issue 29); --strict fails it.
  test('a located problem in the release text: on stderr as file:line:column, no stack trace, exit 0; --strict exits 2; no table at all exits 2', () => {
    expect(tieout(['check', 'test/fixtures/ingest/bad-release', '--strict']).status).toBe(2);
    expect(tieout(['check', 'test/fixtures/ingest/no-tables']).status).toBe(2);
    const { status, stderr } = tieout(['check', 'test/fixtures/ingest/bad-release']);
    expect(status).toBe(0);
    // Its company has no model: said first, then the located error.
    expect(stderr).toBe(
      "test/fixtures/ingest/bad-release: no company model for 'widget' (data/companies/widget/model.yaml): checks use the base model only, and `tieout model init` drafts one\n" +
        'test/fixtures/ingest/bad-release/release.txt:10:15: expected at most 2 values (one per period: 2010-q2, 2009-q2); found 3\n',
    );
  });

  test('a release whose company has no model is checked by the base model, and stderr says so', () => {
    const { status, stdout, stderr } = tieout(['check', 'test/fixtures/site-data/releases/widget-2010-q2', '--json']);
    expect(stderr).toBe(
      "test/fixtures/site-data/releases/widget-2010-q2: no company model for 'widget' (test/fixtures/site-data/companies/widget/model.yaml): checks use the base model only, and `tieout model init` drafts one\n",
    );
    expect(status).toBe(0);
    expect(JSON.parse(stdout).length).toBeGreaterThan(0);
  });

  test("a release in another data folder is checked with the company model beside it, from any working directory", () => {
    const data = mkdtempSync(join(tmpdir(), 'tieout-elsewhere-'));
    cpSync('data/releases/inap-2010-q2', join(data, 'releases', 'inap-2010-q2'), { recursive: true });
    cpSync('data/companies/inap', join(data, 'companies', 'inap'), { recursive: true });
    const here = tieout(['check', 'data/releases/inap-2010-q2', '--json']);
    const there = tieout(['check', join(data, 'releases', 'inap-2010-q2'), '--json'], tmpdir());
    expect(there.stderr).toBe('');
    expect(JSON.parse(there.stdout).map((c: { id: string; verdict: string }) => `${c.id} ${c.verdict}`)).toEqual(
      JSON.parse(here.stdout).map((c: { id: string; verdict: string }) => `${c.id} ${c.verdict}`),
    );
    // Without the model beside it, the notice names where it was looked for.
    rmSync(join(data, 'companies'), { recursive: true });
    const bare = tieout(['check', join(data, 'releases', 'inap-2010-q2')], tmpdir());
    expect(bare.stderr).toContain(`no company model for 'inap' (${join(data, 'companies', 'inap', 'model.yaml')})`);
    rmSync(data, { recursive: true, force: true });
  });

  test('a missing release exits 2 naming the file it expected', async () => {
    const { status, stderr } = await inProcess('check', 'data/releases/no-such-release');
    expect(status).toBe(2);
    expect(stderr).toBe('data/releases/no-such-release/release.txt:1:1: expected the release text in release.txt\n');
  });
});
