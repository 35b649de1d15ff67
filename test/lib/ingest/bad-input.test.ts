import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseRelease, loadRelease, formatIssue, IngestError } from '../../../src/lib/ingest/index.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';
import type { ReleaseMeta } from '../../../src/lib/types.ts';

const meta: ReleaseMeta = {
  id: 'widget', title: 'Widget', company: 'widget', name: 'Widget Corp', ticker: 'WDGT', exchange: '',
  fiscalYearEnd: '12-31', fiscalPeriod: '2010-q2', releaseDate: '2010-08-04', currency: 'USD', scale: 3,
};
const fixture = (name: string) => `test/fixtures/ingest/${name}`;
const parse = (name: string) => parseRelease(readFileSync(fixture(name), 'utf8'), meta, emptyModel, fixture(name));
const messages = (name: string) => parse(name).errors.map(formatIssue);

describe('bad input is reported as file:line:column: what was expected, and loses nothing valid', () => {
  test('a row with more values than the header has periods', () => {
    const release = parse('too-many-values.txt');
    // "Costs\t400\t300\t200": the third value starts at column 15 of line 10.
    expect(messages('too-many-values.txt')).toEqual([
      "test/fixtures/ingest/too-many-values.txt:10:15: expected at most 2 values (one per period: 2010-q2, 2009-q2); found 3",
    ]);
    // The two values that do have a period are still facts, and so is every other row.
    expect(release.facts.map((f) => `${f.row}/${f.period}=${f.value}`)).toEqual([
      'revenues/2010-q2=1000', 'revenues/2009-q2=900',
      'costs/2010-q2=400', 'costs/2009-q2=300',
      'net-income/2010-q2=600', 'net-income/2009-q2=600',
    ]);
  });

  test('an unparseable number', () => {
    const release = parse('bad-number.txt');
    expect(messages('bad-number.txt')).toEqual([
      "test/fixtures/ingest/bad-number.txt:7:16: expected a number such as 1,234, (1,234), \\$ 1,234, 12.5%, 590 BPS, - or n/m; found '12,3a4'",
    ]);
    expect(release.facts.map((f) => f.value)).toEqual(['1000', '400', '300']);
  });

  test('a table with no period header', () => {
    expect(messages('no-header.txt')).toEqual([
      "test/fixtures/ingest/no-header.txt:5:1: expected a header row naming the periods (a line starting with a tab, such as '\\tJune 30, 2010\\tDecember 31, 2009') before this table's first row",
    ]);
  });

  test('a header that names no period', () => {
    expect(messages('bad-period.txt')).toEqual([
      "test/fixtures/ingest/bad-period.txt:4:2: expected a period such as 'June 30, 2010', 'Three Months Ended June 30, 2010', '2Q 2010' or 'YoY Growth'; found 'As of Today'",
      "test/fixtures/ingest/bad-period.txt:4:14: expected a period such as 'June 30, 2010', 'Three Months Ended June 30, 2010', '2Q 2010' or 'YoY Growth'; found 'As of Yesterday'",
    ]);
  });

  test('an empty file', () => {
    expect(messages('empty.txt')).toEqual([
      'test/fixtures/ingest/empty.txt:1:1: expected a press release with at least one table; the file is empty',
    ]);
  });

  test('text with no table at all', () => {
    const release = parseRelease('Widget Corp had a good quarter.\n', meta, emptyModel, 'x.txt');
    expect(release.errors.map(formatIssue)).toEqual([
      'x.txt:1:1: expected at least one table (lines of tab-separated cells under a header row naming the periods); found none',
    ]);
  });

  test('a release.yaml with a bad key names the file, line and key', () => {
    let error: unknown;
    try {
      loadRelease(fixture('bad-yaml'));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(IngestError);
    const lines = (error as IngestError).issues.map(formatIssue);
    expect(lines).toContain(`${fixture('bad-yaml')}/release.yaml:1:1: 'ticker': expected the ticker symbol as text`);
    expect(lines).toContain(`${fixture('bad-yaml')}/release.yaml:4:18: 'fiscal_year_end': expected the fiscal year end as "MM-DD", such as "12-31"`);
  });
});

describe('loadRelease', () => {
  test('reads a release relative to the given root, naming files relative to it', () => {
    // The release folder is looked up under the root, not the working directory.
    const release = loadRelease('releases/inap-2010-q2', `${process.cwd()}/data`);
    expect(release.file).toBe('releases/inap-2010-q2/release.txt');
    expect(release.errors).toEqual([]);
    expect(release.facts.length).toBeGreaterThan(300);
  });
});

describe('a release folder is named by its release id, the permalink of every page', () => {
  const bundled = `${process.cwd()}/data/releases/inap-2010-q2`;
  // A copy of the bundled release under each folder name.
  function loadAs(name: string): string[] {
    const root = mkdtempSync(join(tmpdir(), 'tieout-ids-'));
    cpSync(bundled, join(root, name), { recursive: true });
    try {
      loadRelease(join(root, name));
      return [];
    } catch (e) {
      if (!(e instanceof IngestError)) throw e;
      return e.issues.map((i) => `${i.file.split("/").slice(-2).join("/")}:${i.line}:${i.column}: ${i.message}`);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }

  test.each(['inap-2010-q2', 'acme-2023-q3', 'x', '3m-2024-fy', 'bke-2024-q3-restated'])('%s is a release id', (name) => {
    expect(loadAs(name)).toEqual([]);
  });

  test.each(['Acme Q2 2010', 'ACME-2010-Q2', 'acmé-2010-q2', 'acme_2010_q2', '-acme', 'acme.2010', 'acme 2010'])('"%s" is refused, naming the folder', (name) => {
    const [issue, ...rest] = loadAs(name);
    expect(rest).toEqual([]);
    expect(issue).toBe(
      `${name}/release.yaml:1:1: expected the release folder to be named by a release id in lower case (letters, digits and hyphens, such as acme-2010-q2), since it is the release's address on the site; "${name}" is not one: rename the folder`,
    );
  });
});

// Cost follows the table's real size (issue 30): a table too long to spread as arguments.
test('a table of 150,000 rows is read, never overflowing the stack', () => {
  const rows = Array.from({ length: 150_000 }, (_, i) => `Item ${i}\t${i + 1}\t1`).join('\n');
  const release = parseRelease(`Widget Corp Reports Results\n\nWIDGETS\n(in thousands)\n\tQ1 2024\tQ1 2023\n${rows}\n`, meta, emptyModel, 'x.txt');
  expect(release.errors).toEqual([]);
  expect(release.tables[0]!.rows.length).toBe(150_000);
}, 180_000);
