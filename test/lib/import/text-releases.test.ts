import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { decodeSource, importRelease, type MetaOptions } from '../../../src/lib/import/index.ts';
import { loadRelease } from '../../../src/lib/ingest/index.ts';
import { digits, releaseTextFigures } from '../../support/html-figures.ts';
import { sharedReleases } from '../../support/golden.ts';

/**
 * Plain-text releases as published (test/fixtures/import/text/README.md says where each
 * comes from): each imports, ingests, and every figure of its tables is a fact, in order.
 */
/**
 * `checks`: how many checks of its tables (footings, ties) at least; a table of holdings has no total to check.
 * `findings`: the checks of its tables that are neither exact nor within rounding, each a real
 * inconsistency of the release (or a nil change mark it prints beside a loss), read and confirmed by hand.
 */
const FIXTURES: { file: string; options: MetaOptions; tables: number; meta: Record<string, string>; headerErrors: number; checks: number; findings?: string[] }[] = [
  {
    file: 'aames-1998-ex20',
    options: { ticker: 'AAMES', name: 'Aames Capital Corporation', exchange: 'NYSE', fiscalPeriod: '1999-q2', fiscalYearEnd: '06-30', fiscalYearNamedBy: 'end', releaseDate: '1998-12-31', scale: 'units' },
    tables: 2,
    meta: { currency: 'USD' },
    // "FACTOR INFORMATION PER $1000 OF ORIGINAL FACE" spans five columns; the ingest reads "1000" as a year there (see the report).
    headerErrors: 5,
    checks: 8,
  },
  {
    file: 'pageamerica-1995-s3',
    options: { ticker: 'PGA', name: 'Page America Group, Inc.', exchange: 'AMEX', fiscalPeriod: '1994-fy', fiscalYearEnd: '12-31', releaseDate: '1995-05-25', scale: 'units', currency: 'USD' },
    tables: 1,
    meta: { ticker: 'PGA' },
    headerErrors: 0,
    checks: 0,
  },
  {
    file: 'edgar-1999-ex99',
    options: {},
    tables: 2,
    meta: { title: 'ACME WIDGET CORPORATION REPORTS THIRD QUARTER RESULTS', ticker: 'ACWD', exchange: 'NASDAQ', name: 'Acme Widget Corporation', fiscal_period: '1999-q3', fiscal_year_end: '12-31', release_date: '1999-10-21', currency: 'USD', scale: 'thousands' },
    headerErrors: 0,
    checks: 30,
  },
  {
    file: 'wire-2005-q4',
    options: {},
    tables: 2,
    meta: { title: 'Zenith Data Systems Reports Fourth Quarter and Fiscal 2004 Results', ticker: 'ZDSI', exchange: 'NASDAQ', name: 'Zenith Data Systems, Inc.', fiscal_period: '2004-q4', fiscal_year_end: '12-31', release_date: '2005-02-03', currency: 'USD', scale: 'thousands' },
    headerErrors: 0,
    checks: 30,
  },
  {
    file: 'southern-2004-q4-ex99',
    options: { fiscalPeriod: '2004-q4', fiscalYearEnd: '12-31', fiscalYearNamedBy: 'end', releaseDate: '2005-01-25', name: 'Southern Company' },
    // Exhibit 99.01 is the prose; 99.02 to 99.06 hold the tables.
    tables: 5,
    meta: { ticker: 'SO', exchange: 'NYSE', currency: 'USD', scale: 'millions' },
    headerErrors: 0,
    checks: 60,
    findings: [
      // Printed 13.5%, 106.2% and 95.2% where 117 against 102, 43 against 20 and 25 against 12 allow at least 13.66%, 107.3% and 96%.
      // Each company's lines qualified by its heading (ingest's segment sections, 43831f1), no longer suffixed -2 … -7.
      'growth/financial-overview/alabama-power--earnings-before-income-taxes/2004-q4-vs-2003-q4',
      'growth/financial-overview/mississippi-power--earnings-before-income-taxes/2004-q4-vs-2003-q4',
      'growth/financial-overview/mississippi-power--net-income-available-to-common-see-note/2004-q4-vs-2003-q4',
      'growth/financial-overview/savannah-electric--earnings-before-income-taxes/2004-q4-vs-2003-q4',
      'growth/financial-overview/savannah-electric--net-income-available-to-common/2004-q4-vs-2003-q4',
      'growth/financial-overview/southern-power--earnings-before-income-taxes/2004-q4-vs-2003-q4',
      'growth/financial-overview/southern-power--net-income-available-to-common-see-note/2004-q4-vs-2003-q4',
    ],
  },
];

/**
 * An independent count of the figures printed in a fixed-width text, for tests: each line
 * of the exhibit's text is split where two or more spaces part it, and every field that is
 * a number as printed ("48,215", "$ 6,218", "(281)", "9.507526%", "0.42") or a nil mark
 * ("-", "--") after the first field is counted, except on lines of years only (headers)
 * and SGML tags. It shares no code with the importer.
 */
function sourceFigures(text: string): { figures: string[]; nils: number } {
  // Every EX-99 exhibit is the release (a filing may furnish its tables in 99.02 on); else the last exhibit.
  const at = text.search(/<TYPE>EX-99/i);
  const exhibit = at >= 0 ? text.slice(at) : text.includes('<TYPE>EX-') ? text.slice(text.lastIndexOf('<TYPE>EX-')) : text;
  const out = { figures: [] as string[], nils: 0 };
  const NUMBER = /^-?\$?\s*\(?\d[\d,]*(?:\.\d+)?\)?%?$/;
  for (const line of exhibit.split('\n')) {
    // SGML tags, and rules drawn with dashes, print no figure.
    if (line.startsWith('<') || (/^[\s\-=_]+$/.test(line) && /[-=_]{3}/.test(line))) continue;
    // Fields are parted by two spaces, or by one between numbers ("386,100,000.00 383,371,981.77").
    const fields = line
      .trim()
      .split(/\s{2,}/)
      .flatMap((f) => (f.split(' ').every((w) => NUMBER.test(w) || w === '$') ? f.split(' ') : [f]));
    const numbers = fields.filter((f) => NUMBER.test(f));
    if (numbers.length > 0 && numbers.every((f) => /^(?:19|20)\d\d$/.test(f))) continue;
    fields.forEach((f, i) => {
      if (NUMBER.test(f) && fields.length > 1) out.figures.push(digits(f));
      // A dash opening a line is a list item's mark, not a nil.
      else if (/^-{1,2}$/.test(f) && i > 0) out.nils++;
    });
  }
  return out;
}

describe.each(FIXTURES)('importing the plain-text release $file', ({ file, options, tables, meta, headerErrors, checks: least, findings = [] }) => {
  const path = `test/fixtures/import/text/${file}.txt`;
  const source = decodeSource(readFileSync(path)).text;
  const result = importRelease({ text: source, file: `${file}.txt`, kind: 'text' }, options);

  test('imports with no problem, its tables as tables', () => {
    expect(result.issues).toEqual([]);
    expect(result.summary.tables).toBe(tables);
  });

  test('drafts the metadata the release states', () => {
    expect(Object.fromEntries(Object.entries(result.meta).map(([k, v]) => [k, v!.value]))).toMatchObject(meta);
  });

  test('every figure and nil mark printed in its tables is in release.txt, in order', () => {
    const printed = sourceFigures(source);
    const written = releaseTextFigures(result.releaseText);
    expect(printed.figures.length).toBeGreaterThan(30);
    expect(written.figures).toEqual(printed.figures);
    expect(written.nils).toBe(printed.nils);
  });

  test('ingests, and every figure of its tables is a fact, in order; tieout check finds no mismatch in its tables but the real ones listed', () => {
    const data = mkdtempSync(join(tmpdir(), 'tieout-text-'));
    const run = spawnSync(process.execPath, ['bin/tieout.mjs', 'import', path, '--data', data, ...cliOptions(options)], { encoding: 'utf8' });
    // What tieout facts will report, the import says too (issue 30), at its place in release.txt.
    const said = run.stderr.split('\n').filter(Boolean);
    expect(said.length).toBe(headerErrors);
    for (const line of said) expect(line).toMatch(/release\.txt:\d+:\d+: .*'1000' is not a year of a financial period/);
    expect(run.status).toBe(0);
    const dir = join(data, 'releases', result.id!.value);
    const release = loadRelease(dir);
    expect(release.errors.length).toBe(headerErrors);
    for (const e of release.errors) expect(e.message).toContain("'1000' is not a year of a financial period");
    const cells = release.facts.filter((f) => f.origin === 'cell').sort((a, b) => a.line - b.line || a.column - b.column);
    const printed = sourceFigures(source);
    expect(cells.filter((f) => f.status === 'reported').map((f) => digits(f.raw))).toEqual(printed.figures);
    expect(cells.filter((f) => f.status === 'nil').length).toBe(printed.nils);

    const check = spawnSync(process.execPath, ['bin/tieout.mjs', 'check', dir, '--jsonl'], { encoding: 'utf8' });
    const { checks } = JSON.parse(check.stdout.trim().split('\n')[0]) as { checks: { id: string; verdict: string }[] };
    const tableChecks = checks.filter((c) => !c.id.startsWith('claim/'));
    expect(tableChecks.length).toBeGreaterThanOrEqual(least);
    expect(tableChecks.filter((c) => c.verdict !== 'exact' && c.verdict !== 'rounding').map((c) => c.id).sort()).toEqual(findings);
  });
});

function cliOptions(o: MetaOptions): string[] {
  const flags: [keyof MetaOptions, string][] = [['currency', '--currency'], ['ticker', '--ticker'], ['name', '--name'], ['exchange', '--exchange'], ['fiscalPeriod', '--fiscal-period'], ['fiscalYearEnd', '--fiscal-year-end'], ['fiscalYearNamedBy', '--fiscal-year-named-by'], ['releaseDate', '--release-date'], ['scale', '--scale']];
  return flags.flatMap(([key, flag]) => (o[key] ? [flag, String(o[key])] : []));
}

describe('the real EDGAR exhibit (Aames, 1998)', () => {
  const source = decodeSource(readFileSync('test/fixtures/import/text/aames-1998-ex20.txt')).text;
  const { releaseText } = importRelease({ text: source, file: 'aames.txt', kind: 'text' }, FIXTURES[0].options);

  test('the exhibit is read, not the 8-K cover; its title lines and the heading inside the caption make the title block', () => {
    expect(releaseText).not.toContain('SECURITIES AND EXCHANGE COMMISSION');
    expect(releaseText).toContain('SERIES 1998-C\nREMIC I\nSTATEMENT TO CERTIFICATEHOLDERS\nDISTRIBUTIONS IN DOLLARS\n\t\tPRIOR\t');
  });

  test('a four-line header maps each heading onto the column under it; the heading beside it opens the rows', () => {
    expect(releaseText).toContain('\tFACE VALUE\tBALANCE\tINTEREST\tPRINCIPAL\tTOTAL\tLOSSES\tINTEREST\tBALANCE\nCLASS\t');
  });

  test('the TOTALS row, ten blank lines and a rule below the rows, is in the table and marked as totals', () => {
    expect(releaseText).toContain('\n  R-I\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\nTOTALS\t<u>650,000,000.00</u>\t<u>645,008,411.46</u>\t');
  });
});

describe('a real filing that furnishes its release in several EX-99 exhibits (Southern Company, 2005)', () => {
  const path = 'test/fixtures/import/text/southern-2004-q4-ex99.txt';
  const source = decodeSource(readFileSync(path)).text;
  const { releaseText } = importRelease({ text: source, file: 'southern.txt', kind: 'text' }, FIXTURES[4].options);

  test('every EX-99 exhibit is read, in order, and the 8-K cover is not', () => {
    expect(releaseText).not.toContain('Date of Report');
    const at = ['ATLANTA - Southern Company', 'Financial Highlights', 'Significant Factors Impacting EPS', 'Analysis of Consolidated Earnings', 'Kilowatt-Hour Sales', 'Financial Overview'].map((t) => releaseText.indexOf(t));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect(at).toEqual(at.toSorted((a, b) => a - b));
  });

  test('"2003 Change", two columns\' headings one space apart, is read as two headings', () => {
    expect(releaseText).toContain('\t2004\t2003\tChange\t2004\t2003\tChange\nConsolidated Earnings-\t$ 0.24\t$ 0.22\t$0.02\t$2.04\t$1.97\t$0.07\n');
  });

  test('a table "(In Millions of KWHs)" counts kilowatt-hours in millions; the tables in millions of dollars are money', () => {
    const data = mkdtempSync(join(tmpdir(), 'tieout-southern-'));
    const run = spawnSync(process.execPath, ['bin/tieout.mjs', 'import', path, '--data', data, ...cliOptions(FIXTURES[4].options)], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    const release = loadRelease(join(data, 'releases', 'so-2004-q4'));
    const kwh = release.facts.filter((f) => f.table === 'kilowatt-hour-sales' && f.status === 'reported');
    expect(new Set(kwh.map((f) => `${f.unit} ${f.scale}`))).toEqual(new Set(['count 6', 'percent 0']));
    const revenue = release.facts.find((f) => f.table === 'analysis-of-earnings' && f.row === 'total-revenues' && f.period === '2004-q4');
    expect(revenue).toMatchObject({ unit: 'USD', scale: 6, value: '2721' });
  });
});

// Southern Company's 8-K of January 25, 2007 (test/fixtures/import/text/README.md): the release, EX-99.01, in
// HTML, its tables EX-99.02 on in fixed-width text. Read as HTML throughout, the text tables collapsed into
// single lines and the release had no table at all.
describe('a real submission mixing an HTML release and plain-text table exhibits (Southern Company, 2007)', () => {
  const path = 'test/fixtures/import/text/southern-2006-q4-mixed.txt';
  const source = decodeSource(readFileSync(path)).text;
  const result = importRelease({ text: source, file: 'southern.txt', kind: 'text' });
  const lines = result.releaseText.split('\n');

  test('each exhibit is read in its own format, in order: the HTML prose, then the text table', () => {
    const at = ['2006 Southern Company earnings bolstered by', 'ATLANTA – Citing continued economic strength', 'Financial Highlights', '\t2006\t2005\t2006\t2005'].map((t) => result.releaseText.indexOf(t));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect(at).toEqual(at.toSorted((a, b) => a - b));
    expect(result.issues.map((i) => i.message)).not.toContain('expected at least one table of figures (an HTML <table> with a header row and rows of numbers); found none, so the ingest would find no facts');
  });

  test.each([
    ['  Competitive Generation', ['71', '62', '305', '270']],
    ['  Parent Company and Other', ['(23)', '(12)', '(58)', '(42)']],
    ['  Operating Revenues', ['$3,152', '$3,290', '$14,356', '$13,554']],
  ])('the text table\'s row %s is one row of four figures', (label, figures) => {
    expect(lines).toContain([label, ...figures].join('\t'));
  });

  test('the title printed above the <TABLE> tag, blank lines between, is the table\'s: its unit makes the figures millions', () => {
    expect(result.releaseText).toContain('Southern Company\nFinancial Highlights\n(In Millions of Dollars Except Earnings Per Share)\n\t3 Months Ended December');
    expect(result.meta.scale?.value).toBe('millions');
  });

  test('the release date is the HTML release\'s own, printed alone above its headline', () => {
    expect(result.meta.release_date?.value).toBe('2007-01-25');
  });
});

describe('an EDGAR .txt submission whose exhibit is HTML (filings of 2001 on)', () => {
  /** A submission as EDGAR serves it: its header, the 8-K's own document, then the exhibit's HTML inside <TEXT>. */
  const submission = (exhibit: string) =>
    ['<SEC-DOCUMENT>0001045810-22-000000.txt : 20221116', '<SEC-HEADER>', 'CONFORMED SUBMISSION TYPE:\t8-K', '</SEC-HEADER>', '<DOCUMENT>', '<TYPE>8-K', '<SEQUENCE>1', '<TEXT>',
      '<html><body><p>Item 2.02 Results of Operations and Financial Condition.</p><table><tr><td>99.1</td><td>Press release</td></tr></table></body></html>', '</TEXT>', '</DOCUMENT>',
      '<DOCUMENT>', '<TYPE>EX-99.1', '<SEQUENCE>2', '<FILENAME>q3fy23pr.htm', '<TEXT>', exhibit, '</TEXT>', '</DOCUMENT>', '</SEC-DOCUMENT>', ''].join('\n');

  test('its EX-99.1 is read as HTML: the same release text as the exhibit alone (NVIDIA Q3 FY23), the 8-K cover left out', () => {
    const html = readFileSync(join(sharedReleases(), 'nvda-fy2023-q3.html'), 'utf8');
    const result = importRelease({ text: submission(html), file: 'nvda.txt', kind: 'text' });
    expect(result.issues).toEqual([]);
    expect(result.releaseText).toBe(readFileSync('test/fixtures/import/nvda-fy2023-q3.release.txt', 'utf8'));
  });

  test('a problem in the exhibit is located at its line in the submission', () => {
    const result = importRelease({ text: submission('<h1>Acme Reports Q3 2023 Results</h1>\n<p>Revenue grew.</p>\n<!-- never closed\n<table><tr><td>Revenue</td><td>5</td></tr></table>'), file: 'acme.txt', kind: 'text' });
    expect(result.issues.map((i) => `${i.line}:${i.column}`)).toContain('19:1');
  });
});

