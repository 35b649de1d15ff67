// Headings pdftotext sets out of line with their figures, one per column, read in turn as a reader reads them
// (src/lib/import/text-table.ts: yearsOutOfLine, wordRunAround). J&J's 1Q23 MedTech sales by franchise
// (JOHNSON_JOHNSON_2023Q1_EARNINGS.pdf through `pdftotext -layout`, unseen set s30, lines 796–826, form feed and
// trailing spaces removed: test/fixtures/import/real/jnj-2023-q1-medtech-sales.txt) print "2023  2022  Reported
// Operational (1)  Currency" 5 to 15 characters left of the figures: read by position, "Reported" joined "2022", the
// prior year's sales became the reported change, "Operational" headed the reported change and the operational change
// was read by no heading at all (ADVANCED Intl's -1.1% lost). "% Change" above, centred over the three change
// columns in the PDF, is set over "Operational" alone by pdftotext's layout: it heads the three.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readExcerpt } from '../excerpt-release.ts';

const text = readFileSync('test/fixtures/import/real/jnj-2023-q1-medtech-sales.txt', 'utf8');
const release = readExcerpt(text, { id: 'excerpt-2023-q1', headline: 'Reports 2023 First-Quarter Results', name: 'Excerpt', ticker: 'EXC', fiscalPeriod: '2023-q1', releaseDate: '2023-04-18', fiscalYearEnd: '12-31' });
const reported = release.facts.filter((f) => f.status === 'reported');
const byRow = (row: string) => new Map(reported.filter((f) => f.id.includes(`/${row}/`)).map((f) => [f.id.slice(f.id.lastIndexOf('/') + 1), f.value]));

describe("headings set out of line with their figures, one per column, are read in turn (J&J's 1Q23 MedTech sales)", () => {
  test.each([
    ['surgery--intl', '2023-q1', '1459'],
    ['surgery--intl', '2022-q1', '1513'],
    ['surgery--intl', '2023-q1-vs-2022-q1', '-3.6'],
    ['surgery--intl', '2023-q1-vs-2022-q1.operational', '3.1'],
    ['surgery--intl', '2023-q1-vs-2022-q1.currency', '-6.7'],
    ['advanced--intl', '2023-q1-vs-2022-q1.operational', '-1.1'],
    ['advanced--intl', '2023-q1-vs-2022-q1.currency', '-6.5'],
    ['contact-lenses-other--ww', '2022-q1', '910'],
  ])('%s %s is %s', (row, column, value) => {
    expect(byRow(row).get(column)).toBe(value);
  });

  test('every figure of the excerpt is read, each row giving its two years and its three changes', () => {
    // Five franchises, each "US | Intl | WW"; the US rows print "-" for the currency effect, a nil.
    const rows = new Set(reported.map((f) => f.id.split('/')[2]));
    expect(rows.size).toBe(15);
    const nils = new Set(release.facts.filter((f) => f.status === 'nil').map((f) => f.id.slice(f.id.indexOf('/') + 1)));
    for (const row of rows) {
      const columns = [...byRow(row!).keys()].sort();
      const nil = [...nils].some((id) => id.endsWith(`/${row}/2023-q1-vs-2022-q1.currency`));
      expect(columns).toEqual(['2022-q1', '2023-q1', '2023-q1-vs-2022-q1', ...(nil ? [] : ['2023-q1-vs-2022-q1.currency']), '2023-q1-vs-2022-q1.operational']);
    }
    expect(reported).toHaveLength(15 * 5 - 5);
  });
});
