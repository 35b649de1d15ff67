// An SEC form's cover page is no table of figures. Horizon Financial's 8-K (test/fixtures/import/cover-pages/README.md)
// lays its registrant's state, file number, IRS number, address and ZIP code out in columns over their captions; the
// importer read them as a table titled "(Exact name of registrant as specified in its charter)" whose one figure was
// the ZIP code, 98,225 "USD". The cover runs from its "FORM 8-K" line to its check boxes (or first item).
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { importRelease } from '../../../src/lib/import/index.ts';
import { parseRelease } from '../../../src/lib/ingest/index.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';
import type { ReleaseMeta } from '../../../src/lib/types.ts';

const file = 'test/fixtures/import/cover-pages/hrzb-fy2006-q3-8k.txt';
const source = readFileSync(file, 'utf8');
const meta: ReleaseMeta = {
  id: 'hrzb-2006-q3', title: 'x', company: 'hrzb', name: 'Horizon Financial Corp.', ticker: 'HRZB', exchange: '', fiscalYearEnd: '03-31',
  fiscalPeriod: '2006-q3', releaseDate: '2006-01-19', currency: 'USD', scale: 3,
};
/** The cover's title line, "                                    FORM 8-K" (the document's description names the form too). */
const TITLE = /^(\s*)FORM 8-K$/m;
const read = (text: string) => {
  const imported = importRelease({ text, file: 'x.txt', kind: 'text' });
  return { text: imported.releaseText, release: parseRelease(imported.releaseText, meta, emptyModel, 'release.txt') };
};

describe('the cover page of an SEC form is prose, the statements after it tables', () => {
  test.each([
    // the form's title line as printed
    ['FORM 8-K'],
    ['FORM 8-K/A'],
    ['FORM 10-Q'],
    ['FORM 6-K'],
    ['Form 8-K'],
  ])('%s: no figure of the cover is read; the income statement is', (form) => {
    const { text, release } = read(source.replace(TITLE, `$1${form}`));
    for (const printed of ['98225', '91-1695422', '0-27062', '733-3050']) {
      const line = text.split('\n').find((l) => l.includes(printed));
      expect(line, printed).toBeDefined();
      expect(line, printed).not.toContain('\t');
      expect(release.facts.filter((f) => f.raw.includes(printed.slice(0, 5)))).toEqual([]);
    }
    expect(release.tables.map((t) => t.title)).not.toContain('(Exact name of registrant as specified in its charter)');
    const loans = release.facts.find((f) => f.label === 'Interest on loans' && f.raw.includes('17,328'));
    expect(loans?.value).toBe('17328');
  });

  test('the same address and ZIP code laid out so outside a cover page is still read as a row (the rule is the cover’s, not the line’s)', () => {
    const { text } = read(source.replace(TITLE, ''));
    expect(text.split('\n').find((l) => l.includes('98225'))).toContain('\t');
  });
});
