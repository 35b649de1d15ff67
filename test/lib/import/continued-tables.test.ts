// A table printed on after a page break in a table of its own with no header is the table before it continued
// (unseen EDGAR set s14). Farmers National's statement of financial condition goes on, after a footnote and a page
// break, with "Capital and Liquidity" and "Asset Quality" (test/fixtures/import/real/fmnb-2020-q1-capital.html);
// Equity Bancshares' "TABLE 1" ends its page on the caption "Capital Ratios", and the next page, under its running
// head "Equity Bancshares, Inc." / "PRESS RELEASE - 04/29/2020", prints the ratios (eqbk-2020-q1-capital.html). Read
// alone, neither continuation had a header: about 100 and 45 figures with no period (read 83.9% and 93.8%).
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { importRelease } from '../../../src/lib/import/index.ts';
import { parseRelease } from '../../../src/lib/ingest/index.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';
import type { ReleaseMeta } from '../../../src/lib/types.ts';

const NO_HEADER = /expected a header row naming the columns/;

function read(fixture: string, edit: (html: string) => string = (h) => h) {
  const html = edit(readFileSync(`test/fixtures/import/real/${fixture}`, 'utf8').replace(/^<!--.*-->\n/, ''));
  const page = `<!doctype html><html><body><p>Acme Reports First Quarter 2020 Results</p><p>Acme (NASDAQ: ACME) today reported its results for the first quarter of 2020, as the tables below show in full.</p>\n${html}\n</body></html>\n`;
  const imported = importRelease({ text: page, file: 'x.htm', kind: 'html' }, { id: 'x-2020-q1', fiscalPeriod: '2020-q1', releaseDate: '2020-04-29', scale: 'thousands' });
  const meta: ReleaseMeta = { id: 'x-2020-q1', title: 'x', company: 'x', name: 'Acme', ticker: 'ACME', exchange: 'NASDAQ', fiscalYearEnd: '12-31', fiscalPeriod: '2020-q1', releaseDate: '2020-04-29', currency: 'USD', scale: 3 };
  return { imported, release: parseRelease(imported.releaseText, meta, emptyModel, 'release.txt') };
}
const periodsOf = (release: ReturnType<typeof read>['release'], row: string) => release.facts.filter((f) => f.row === row).map((f) => f.period);

describe('a table with no header after a page break continues the table before it', () => {
  test.each<[string, string, string[]]>([
    // fixture, a row of the continuation, the periods of its figures: the header's, as the rows above it
    ['fmnb-2020-q1-capital.html', 'tier-1-leverage-ratio', ['2020-03-31', '2019-12-31', '2019-09-30', '2019-06-30', '2019-03-31']],
    ['fmnb-2020-q1-capital.html', 'non-performing-assets', ['2020-03-31', '2019-12-31', '2019-09-30', '2019-06-30', '2019-03-31']],
    ['eqbk-2020-q1-capital.html', 'tier-1-leverage-ratio', ['2020-q1', '2019-q4', '2019-q3', '2019-q2', '2019-q1']],
    ['eqbk-2020-q1-capital.html', 'book-value-per-common-share', ['2020-q1', '2019-q4', '2019-q3', '2019-q2', '2019-q1']],
  ])('%s: %s → %j', (fixture, row, periods) => {
    const { imported, release } = read(fixture);
    expect(periodsOf(release, row)).toEqual(periods);
    expect(imported.issues.map((i) => i.message).filter((m) => NO_HEADER.test(m))).toEqual([]);
    expect(release.errors.map((e) => e.message)).not.toContainEqual(expect.stringMatching(/expected a header row naming the periods/));
  });

  test('the footnote between the two parts is written after the table; the page\'s running head between them is left out', () => {
    const fmnb = read('fmnb-2020-q1-capital.html').imported.releaseText.split('\n');
    const note = fmnb.findIndex((l) => l.startsWith('* Tangible book value per share is calculated'));
    expect(note).toBeGreaterThan(fmnb.findIndex((l) => l.startsWith('Non-performing assets\t')));
    expect(fmnb[fmnb.findIndex((l) => l.startsWith('Tangible book value per share')) + 1]).toBe('Capital and Liquidity\t\t\t\t\t');
    const eqbk = read('eqbk-2020-q1-capital.html').imported.releaseText.split('\n');
    const caption = eqbk.indexOf('Capital Ratios\t\t\t\t\t');
    expect(eqbk[caption + 1]).toMatch(/^Tier 1 Leverage Ratio\t9\.02%/);
    // Printed over TABLE 2 as on every page: kept there.
    expect(eqbk.filter((l) => l === 'PRESS RELEASE - 04/29/2020').length).toBe(2);
  });

  // Where something else might head the rows, they are left unread and said, never set under periods not theirs.
  test.each<[string, string, (html: string) => string]>([
    ['no page break between (one page: a table of its own)', 'eqbk-2020-q1-capital.html', (h) => h.replace('<hr style="page-break-after:always;width:100%;"/>', '')],
    ['a heading printed once between (it names the table)', 'eqbk-2020-q1-capital.html', (h) => h.replace(/<p>PRESS RELEASE - 04\/29\/2020<\/p>\n(?=<table>)/, '<p>Regulatory Capital</p>\n')],
    ['its own title names a day', 'fmnb-2020-q1-capital.html', (h) => h.replace('Capital and Liquidity', 'Capital and Liquidity at March 31, 2020')],
    ['a figure fewer in each row than the header heads', 'fmnb-2020-q1-capital.html', (h) => h.replace(/<b>Capital and Liquidity<\/b>[\s\S]*/, (rest) => rest.replace(/<td>[\d,.]+<\/td>\n<td>[^<]*<\/td><\/tr>/g, '<td></td>\n<td></td></tr>'))],
  ])('not continued: %s', (_, fixture, edit) => {
    const { imported } = read(fixture, edit);
    expect(imported.issues.map((i) => i.message).filter((m) => NO_HEADER.test(m))).toHaveLength(1);
  });
});
