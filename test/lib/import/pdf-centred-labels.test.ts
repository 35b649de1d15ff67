// BNP Paribas' profit and loss for 2Q25 (a PDF's text, every label centred; unseen set s37; excerpt
// test/fixtures/import/text/bnp-2025-q2-profit-and-loss.txt): blind, its note mark "1", on the figures' line between the
// lines of its label, was a column of its own left of the figures, the table's centre moved, and "1H24" (the end of
// "Chg. /") was spread over every column: 1H25's revenue of 25,541 read as 1H24's. "Chg. /" then spread over "2Q25 |
// 2Q24", the quarter's figures read as changes.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { importRelease } from '../../../src/lib/import/index.ts';
import { parseRelease } from '../../../src/lib/ingest/index.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';
import { runChecks } from '../../../src/lib/verify/index.ts';
import type { ReleaseMeta } from '../../../src/lib/types.ts';

const path = 'test/fixtures/import/text/bnp-2025-q2-profit-and-loss.txt';
const meta: ReleaseMeta = {
  id: 'x', title: 'x', company: 'x', name: 'BNP Paribas', ticker: 'BNP', exchange: '', fiscalYearEnd: '12-31',
  fiscalPeriod: '2025-q2', releaseDate: '2025-07-24', currency: 'EUR', scale: 6,
};
const imported = importRelease({ text: readFileSync(path, 'utf8'), file: path, kind: 'text' }, { ticker: 'BNP' });
const release = parseRelease(imported.releaseText, meta, emptyModel, path);

describe('a profit and loss whose labels a PDF centred on the lines around their figures (BNP Paribas 2Q25)', () => {
  test('each column keeps its own period or change', () => {
    expect(release.tables[0]?.columns.map((c) => c.key)).toEqual(['2025-h1', '2024-h1', '2025-h1-vs-2024-h1', '2025-q2', '2024-q2', '2025-q2-vs-2024-q2']);
  });

  test.each([
    // [row, column, as printed]
    ['revenues-nbi', '2025-h1', '25,541'],
    ['revenues-nbi', '2025-q2', '12,581'],
    ['other-net-losses-for-risk-on-financial-instruments', '2025-h1', '-115'],
    ['share-of-earnings-of-equity-method-entities', '2024-q2', '164'],
  ])('%s in %s is %s', (row, column, raw) => {
    expect(release.facts.find((f) => f.row === row && f.id.endsWith(`/${column}`))?.raw.trim()).toBe(raw);
  });

  test('the mark is the label\'s note, and no line is a caption of its label\'s last word', () => {
    const row = release.tables[0]!.rows.find((r) => r.id === 'other-net-losses-for-risk-on-financial-instruments');
    expect(row?.footnotes).toEqual(['1']);
    expect(release.tables[0]!.rows.map((r) => r.label)).not.toContain('instruments');
    expect(release.tables[0]!.rows.map((r) => r.label)).not.toContain('Entities');
  });

  test('its growths and subtotals tie as printed', () => {
    const checks = runChecks(release, emptyModel);
    expect(checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual([]);
    expect(checks.find((c) => c.id.startsWith('growth/') && c.id.endsWith('/revenues-nbi/2025-h1-vs-2024-h1'))?.verdict).toBe('rounding');
  });
});

// BNP Paribas' results by business line for 2Q25 (same release; excerpt bnp-2025-q2-business-lines.txt): the business
// lines as columns under headings of up to five lines, set at different heights. Blind, "CIB", equally near two columns,
// joined "Protection"; "Investment &" spread over every column after it, "CIB" over "Operating Divisions", "Corporate"
// over "Group"; and "n.s." (not significant) was an unreadable figure ten times.
describe('business lines as columns under headings of different heights (BNP Paribas 2Q25)', () => {
  const linesPath = 'test/fixtures/import/text/bnp-2025-q2-business-lines.txt';
  const lines = importRelease({ text: readFileSync(linesPath, 'utf8'), file: linesPath, kind: 'text' }, { ticker: 'BNP' });
  const read = parseRelease(lines.releaseText, meta, emptyModel, linesPath);

  test('each heading heads its own column', () => {
    expect(read.tables[0]?.columns.map((c) => c.key)).toEqual([
      '2025-q2.personal-banking-services-2-3-private', '2025-q2.investment-protection-services', '2025-q2.cib', '2025-q2.operating-divisions', '2025-q2.corporate-center', '2025-q2.group',
    ]);
  });

  test.each([
    ['2025-q2.cib', '4,682'],
    ['2025-q2.operating-divisions', '12,840'],
    ['2025-q2.group', '12,581'],
  ])('revenues in %s: %s', (column, raw) => {
    expect(read.facts.find((f) => f.row === 'revenues' && f.id.endsWith(`/${column}`))?.raw.trim()).toBe(raw);
  });

  test('"n.s." is read as not meaningful, no problem', () => {
    expect(lines.issues).toEqual([]);
    expect(read.errors.filter((i) => /n\.s\./.test(i.message))).toEqual([]);
    expect(read.facts.some((f) => f.raw.trim() === 'n.s.' && f.status === 'not-meaningful')).toBe(true);
  });
});
