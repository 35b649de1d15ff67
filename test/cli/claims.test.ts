import { describe, expect, test } from 'vitest';
import { runBin as tieout, runInProcess as inProcess } from '../support/cli.ts';
import { analyzeClaims, parseClaims, type ProseNumber } from '../../src/lib/claims/index.ts';
import { loadRelease } from '../../src/lib/ingest/index.ts';

describe('tieout claims', () => {
  test('reports every number of the prose: counts, then links with their evidence, each at release.txt:line:column', async () => {
    const { status, stdout, stderr } = await inProcess('claims', 'data/releases/inap-2010-q2');
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toMatch(/^inap-2010-q2: 115 numbers in the prose — 51 linked \(50 automatically, 1 by claims\.yaml\), 0 unlinked, 64 not derivable; 0 mismatch\n/);
    expect(stdout).toContain(
      '  data/releases/inap-2010-q2/release.txt:7:14  $60.5 million  = revenue  rounding  linked automatically (high)  [claim/revenue/2010-q2]\n' +
        // The title above ("Internap Reports Second Quarter 2010 Financial Results") names the period.
        '    “Revenue” → Total revenues; period: Q2 2010 (“Second Quarter 2010”)\n',
    );
    expect(stdout).toContain('$1.2 million  = impairments-and-restructuring  rounding  linked by claims.yaml:25  [claim/impairments-and-restructuring/2010-q2]');
    expect(stdout).toContain('data/releases/inap-2010-q2/release.txt:61:10  2,807  customer count: the tables report no customer numbers  (claims.yaml:33)');
  });

  test('a wrong figure with a clear subject and period comes first, as a mismatch', async () => {
    const { status, stdout } = await inProcess('claims', 'test/fixtures/claims/unclaimed');
    expect(status).toBe(0);
    const mismatches = stdout.slice(stdout.indexOf('MISMATCH (5)'), stdout.indexOf('LINKED'));
    expect(mismatches).toContain('test/fixtures/claims/unclaimed/release.txt:3:14  $61.5 million  = revenue  mismatch  linked automatically (high)');
  });

  test('--json prints each number with how it is accounted for', () => {
    const { status, stdout } = tieout(['claims', 'data/releases/inap-2010-q2', '--json']);
    expect(status).toBe(0);
    const numbers = JSON.parse(stdout) as ProseNumber[];
    expect(numbers).toHaveLength(115);
    expect(new Set(numbers.map((n) => n.status))).toEqual(new Set(['linked', 'not-derivable']));
    expect(numbers.find((n) => n.text === '510 basis points')).toMatchObject({
      status: 'linked',
      source: 'auto',
      is: 'change(segment-margin, 2009-q2)',
      check: 'claim/change/segment-margin/2010-q2-vs-2009-q2',
    });
  });

  test('--suggest prints a claims.yaml draft that, used as claims.yaml, confirms every link and reproduces every check', async () => {
    const { status, stdout } = await inProcess('claims', 'test/fixtures/claims/unclaimed', '--suggest');
    expect(status).toBe(0);
    const release = loadRelease('test/fixtures/claims/unclaimed');
    const draft = parseClaims('claims.yaml', stdout);
    const confirmed = analyzeClaims(release, { claims: draft });
    expect(confirmed.issues).toEqual([]);
    const auto = analyzeClaims(release, { claims: null });
    expect(confirmed.checks.map((c) => [c.id, c.verdict])).toEqual(auto.checks.map((c) => [c.id, c.verdict]));
    const linked = confirmed.numbers.filter((n) => n.status === 'linked');
    expect(linked.length).toBe(9);
    expect(linked.every((n) => n.status === 'linked' && n.source === 'hand' && n.automatic === null)).toBe(true);
    // Numbers that occur more than once are quoted with the context that finds them once.
    expect(stdout).toContain('  - { text: "$61.5 million", is: "revenue" }');
    expect(stdout).toContain('  #   “Revenue” → Total revenues (concept label “Total revenues”)');
  });

  test('--suggest lists unlinked numbers commented out with their candidates, and not-derivable ones with reasons', async () => {
    const { stdout } = await inProcess('claims', 'data/releases/inap-2010-q2', '--suggest');
    expect(stdout).toContain('  - { text: "2,807", reason: "customer count: the tables report no customer numbers" }');
    expect(stdout).toContain('  - { text: "$60.5 million", context: "of $60.5 million", is: "revenue" }');
    // Whole classes (dates, periods, phone numbers) need no entry.
    expect(stdout).not.toContain('866-515-9839');
  });

  test('every problem of claims.yaml goes to stderr, located, and the exit status is 2', () => {
    const { status, stderr, stdout } = tieout(['claims', 'test/fixtures/claims/broken']);
    expect(status).toBe(2);
    expect(stdout).toContain('broken: ');
    expect(stderr.trim().split('\n')).toEqual([
      "test/fixtures/claims/broken/claims.yaml:5:5: 'claims.2.text': expected the number as printed, e.g. \"$60.5 million\"",
      "test/fixtures/claims/broken/claims.yaml:5:5: 'claims.2': Unrecognized key: \"txt\"",
      "test/fixtures/claims/broken/claims.yaml:3:13: 'claims.0.text': '$62.5 million' is no longer in the prose of the release: quote the text as it is printed now, or remove the entry",
      "test/fixtures/claims/broken/claims.yaml:4:34: 'claims.1.is': no concept 'revenues' in the company model; use a concept id from model.yaml, a measure (total-debt, capital-lease-obligations) or a fact id in [brackets]",
      "test/fixtures/claims/broken/claims.yaml:7:16: 'not-derivable.0.pattern': '([a-z ]+)+!' looks like a regular expression ('[a-z ]'); a pattern is literal text in which * stands for any run of characters",
    ]);
  });

  test('tieout check reports the same problems of claims.yaml and exits 2', () => {
    const { status, stderr } = tieout(['check', 'test/fixtures/claims/broken']);
    expect(status).toBe(2);
    expect(stderr).toContain("test/fixtures/claims/broken/claims.yaml:3:13: 'claims.0.text': '$62.5 million' is no longer in the prose");
  });

  test('--json and --suggest together are refused', async () => {
    const { status, stderr } = await inProcess('claims', 'data/releases/inap-2010-q2', '--json', '--suggest');
    expect(status).toBe(2);
    expect(stderr).toBe('tieout: choose one of --json and --suggest\n');
  });
});
