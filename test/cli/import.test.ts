import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runBin } from '../support/cli.ts';
import { loadReleaseMeta } from '../../src/lib/ingest/index.ts';
import { sharedReleases } from '../support/golden.ts';

/** Runs the real executable (bin/tieout.mjs), as `npx tieout` does. */
const tieout = (...args: string[]) => runBin(args);
const scratch = () => mkdtempSync(join(tmpdir(), 'tieout-import-'));

describe('tieout import', () => {
  const q3 = join(sharedReleases(), 'nvda-fy2023-q3.html');

  test('imports a newsroom page: the source verbatim, release.txt, and a release.yaml the ingest accepts', () => {
    const data = scratch();
    const { status, stdout, stderr } = tieout('import', q3, '--data', data);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const dir = join(data, 'releases', 'nvda-2023-q3');
    expect(readFileSync(join(dir, 'source.html')).equals(readFileSync(q3))).toBe(true);
    expect(readFileSync(join(dir, 'release.txt'), 'utf8')).toBe(readFileSync('test/fixtures/import/nvda-fy2023-q3.release.txt', 'utf8'));
    expect(loadReleaseMeta(join(dir, 'release.yaml'))).toMatchObject({
      id: 'nvda-2023-q3', company: 'nvda', ticker: 'NVDA', exchange: 'NASDAQ', fiscalPeriod: '2023-q3', fiscalYearEnd: '01-29', releaseDate: '2022-11-16', currency: 'USD', scale: 6,
    });
    expect(stdout).toMatch(/^Imported .*nvda-fy2023-q3\.html into .*releases\/nvda-2023-q3\/$/m);
    expect(stdout).toMatch(/release\.txt +\d+ lines: 9 tables with \d+ printed values/);
    expect(stdout).toMatch(/^Next: npx tieout facts /m);
  });

  test('refuses to replace an imported release unless --force; --id names the folder', () => {
    const data = scratch();
    expect(tieout('import', q3, '--data', data, '--id', 'nvidia-q3').status).toBe(0);
    const again = tieout('import', q3, '--data', data, '--id', 'nvidia-q3');
    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(/nvidia-q3 already exists; pass --force to replace its source, release.txt and release.yaml/);
    expect(tieout('import', q3, '--data', data, '--id', 'nvidia-q3', '--force').status).toBe(0);
  });

  test('asks only for what the checks need and the release does not state (no ticker is asked for), writes nothing, exits 2', () => {
    const data = scratch();
    const file = join(data, 'note.txt');
    writeFileSync(file, 'Acme update\n\nAcme today reported results.\n\n(In thousands)\n\tThree Months Ended June 30, 2023\nRevenue\t$ 5\n');
    const { status, stderr } = tieout('import', file, '--data', data);
    expect(status).toBe(2);
    expect(stderr).toContain('nothing written; release.yaml needs what note.txt does not state:');
    expect(stderr).not.toContain('cannot infer ticker');
    expect(stderr).toContain('cannot infer release_date:');
    expect(existsSync(join(data, 'releases'))).toBe(false);

    const given = tieout('import', file, '--data', data, '--ticker', 'ACME', '--name', 'Acme Inc.', '--exchange', 'NYSE', '--fiscal-period', '2023-q2', '--release-date', '2023-07-20');
    expect(given.stderr).toBe('');
    expect(given.status).toBe(0);
    const dir = join(data, 'releases', 'acme-2023-q2');
    expect(readFileSync(join(dir, 'source.txt'), 'utf8')).toBe(readFileSync(file, 'utf8'));
    expect(loadReleaseMeta(join(dir, 'release.yaml'))).toMatchObject({ fiscalYearEnd: '12-31', scale: 3, currency: 'USD' });
  });

  // A release whose tables were read with a located problem is imported (issue 29): exit 0, the problem on stderr; --strict exits 2.
  test('a table with no header: a located error, everything valid written, exit 0; --strict exits 2; no table at all exits 2', () => {
    const data = scratch();
    const file = join(data, 'acme.html');
    writeFileSync(file, '<h1>Acme Reports Q3 2023 Results</h1>\n<p>NEW YORK, Nov. 1, 2023 -- Acme Corp. (NYSE: ACME) reported results.</p>\n<p>(In millions)</p>\n<table>\n<tr><td>Revenue</td><td>$ 5</td></tr></table>\n');
    expect(tieout('import', file, '--data', data, '--fiscal-year-end', '12-31', '--strict').status).toBe(2);
    const prose = join(data, 'prose.html');
    writeFileSync(prose, '<h1>Acme Reports Q3 2023 Results</h1>\n<p>NEW YORK, Nov. 1, 2023 -- Acme Corp. (NYSE: ACME) reported revenue of $5 million.</p>\n');
    expect(tieout('import', prose, '--data', data, '--id', 'prose').status).toBe(2);
    const { status, stderr } = tieout('import', file, '--data', data, '--fiscal-year-end', '12-31', '--force');
    expect(status).toBe(0);
    expect(stderr).toBe(`${file}:5:5: expected a header row naming the columns (periods, changes) above this table's figures; found none (the table starts with 'Revenue')\n`);
    expect(readFileSync(join(data, 'releases', 'acme-2023-q3', 'release.txt'), 'utf8')).toContain('Revenue\t$ 5');
  });

  test('imports a plain-text release laid out in fixed-width columns; text already in the release-text layout is copied unchanged', () => {
    const data = scratch();
    const wire = 'test/fixtures/import/text/wire-2005-q4.txt';
    const { status, stdout, stderr } = tieout('import', wire, '--data', data);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toMatch(/release\.txt +\d+ lines: 2 tables with 122 printed values/);
    expect(stdout).toContain('  left out: 3 page numbers and page continuation marks');
    const dir = join(data, 'releases', 'zdsi-2004-q4');
    expect(readFileSync(join(dir, 'source.txt'), 'utf8')).toBe(readFileSync(wire, 'utf8'));
    expect(readFileSync(join(dir, 'release.txt'), 'utf8')).toContain('\t2004\t2003\t2004\t2003\nRevenue:\t\t\t\t\n  License\t$ 31,214\t$ 25,790\t$ 112,408\t$ 93,517\n');

    const inap = 'data/releases/inap-2010-q2/release.txt';
    const again = tieout('import', inap, '--data', data, '--scale', 'thousands');
    expect(again.stderr).toBe('');
    expect(readFileSync(join(data, 'releases', 'inap-2010-q2', 'release.txt'), 'utf8')).toBe(readFileSync(inap, 'utf8'));
  });

  test('imports Markdown with pipe tables (.md), and `check` ties its footings', () => {
    const data = scratch();
    const md = join(data, 'acme-q3-2023.md');
    writeFileSync(
      md,
      [
        '# Acme Corp Reports Third Quarter 2023 Financial Results',
        '',
        'NEW YORK, Nov. 8, 2023 -- Acme Corp (NASDAQ: ACME) today reported results for the quarter ended September 30, 2023.',
        '',
        'CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS',
        '(in thousands)',
        '',
        '| | Three Months Ended September 30, 2023 | Three Months Ended September 30, 2022 |',
        '|---|---:|---:|',
        '| Product revenue | $ 115,000 | $ 100,000 |',
        '| Service revenue | 50,000 | 50,000 |',
        '| Total revenue | 165,000 | 150,000 |',
        '',
      ].join('\n'),
    );
    const { status, stdout, stderr } = tieout('import', md, '--data', data);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toMatch(/release\.txt +\d+ lines: 1 table with 6 printed values/);
    expect(stdout).not.toContain('left out');
    const dir = join(data, 'releases', 'acme-2023-q3');
    expect(readFileSync(join(dir, 'source.txt'), 'utf8')).toBe(readFileSync(md, 'utf8'));
    expect(loadReleaseMeta(join(dir, 'release.yaml'))).toMatchObject({ scale: 3, fiscalPeriod: '2023-q3', releaseDate: '2023-11-08' });
    const check = tieout('check', dir);
    expect(check.status).toBe(0);
    expect(check.stdout).toMatch(/2 checks — 0 mismatch, 0 unverifiable, 0 rounding, 2 exact/);
  });

  test('a data folder it cannot write (a file stands in its path) is a clear error, not a crash', () => {
    const data = scratch();
    const blocked = join(data, 'blocked');
    writeFileSync(blocked, 'not a folder');
    const { status, stderr } = tieout('import', 'test/fixtures/import/text/wire-2005-q4.txt', '--data', blocked);
    expect(status).toBe(2);
    expect(stderr).toBe(`tieout import: expected to write the release folder ${join(blocked, 'releases', 'zdsi-2004-q4')}; a part of that path is a file, not a folder (pass --data <dir> to write elsewhere)\n`);
  });

  test('a file it cannot read is refused with its name', () => {
    expect(tieout('import', 'release.pdf').stderr).toBe("release.pdf:1:1: expected an .html, .htm, .txt or .md file; found '.pdf'\n");
    expect(tieout('import', 'no-such-release.html').stderr).toBe('no-such-release.html:1:1: expected a release file to import; none found\n');
    expect(tieout('import', 'no-such-release.html').status).toBe(2);
  });
});
