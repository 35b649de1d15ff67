// Headings of J&J's 1Q23 release as pdftotext lays them out (JOHNSON_JOHNSON_2023Q1_EARNINGS.pdf through
// `pdftotext -layout`, unseen set s30; excerpts under test/fixtures/import/real/), read as a reader reads them
// (src/lib/import/text-table.ts, text-blocks.ts; src/lib/ingest/columns.ts):
// - "Percent Change" set off the table's centre, over "Total | Operations | Currency" right of "2023 | 2022": read by
//   order it spread over the years too, and the quarter's sales were read as percentages (growths of 105,895,557%);
//   read by position it headed "Operations" alone, and the currency effects were summed as amounts;
// - "FIRST QUARTER" printed on the unit statement's line, parted from the headings by a blank line, and "2023"
//   centred over "Amount | Percent to Sales": the quarter's statement was read as the fiscal year's, and "Percent",
//   stacked over "to Sales", spread over the prior year's amounts;
// - McDonald's "Inc/ (Dec)" centred over its "$ (78.1) | (3)%" pair (MCDONALDS_2023Q1_EARNINGS.pdf, the same set),
//   its characters nearest the amounts: the percentages had no heading and were not read at all.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readExcerpt } from '../excerpt-release.ts';

const excerpt = (name: string) => readFileSync(`test/fixtures/import/real/${name}`, 'utf8');

/** Each reported fact of the excerpt: its id after the release's, its period, unit and value. */
function facts(text: string): Map<string, { period: string; unit: string; value: string | null }> {
  const release = readExcerpt(text, { id: 'excerpt-2023-q1', headline: 'Reports 2023 First-Quarter Results', name: 'Excerpt', ticker: 'EXC', fiscalPeriod: '2023-q1', releaseDate: '2023-04-25', fiscalYearEnd: '12-31' });
  return new Map(release.facts.filter((f) => f.status === 'reported').map((f) => [f.id.slice('excerpt-2023-q1/'.length), { period: f.period, unit: f.unit, value: f.value }]));
}

describe('change headings head the columns of their parts, periods head what they are centred over (J&J and McDonald\'s, 1Q23)', () => {
  test.each([
    // Read by order (its figures do not line up): "Percent Change" over the three change columns alone.
    ['jnj-2023-q1-supplemental-sales.txt', 'supplemental-sales-reconciliation/pharmaceutical--us/2023-q1', '2023-q1', 'USD', '7023'],
    ['jnj-2023-q1-supplemental-sales.txt', 'supplemental-sales-reconciliation/pharmaceutical--us/2022-q1', '2022-q1', 'USD', '6632'],
    ['jnj-2023-q1-supplemental-sales.txt', 'supplemental-sales-reconciliation/pharmaceutical--international/2023-q1-vs-2022-q1.currency', '2023-q1-vs-2022-q1', 'percent', '-6.2'],
    // Read by position: centred over "Operations" and over the three, it heads the three.
    ['jnj-2023-q1-sales-and-earnings.txt', 'supplementary-sales-data/consumer-health--international/2023-q1-vs-2022-q1.currency', '2023-q1-vs-2022-q1', 'percent', '-6.9'],
    ['jnj-2023-q1-sales-and-earnings.txt', 'supplementary-sales-data/consumer-health--international/2023-q1-vs-2022-q1', '2023-q1-vs-2022-q1', 'percent', '4.4'],
    // The statement of earnings: the first quarter's, each year over its amount and its percent to sales.
    ['jnj-2023-q1-sales-and-earnings.txt', 'statement-of-earnings/sales-to-customers/2023-q1.amount', '2023-q1', 'USD', '24746'],
    ['jnj-2023-q1-sales-and-earnings.txt', 'statement-of-earnings/cost-of-products-sold/2023-q1.percent-sales', '2023-q1', 'percent', '33.9'],
    ['jnj-2023-q1-sales-and-earnings.txt', 'statement-of-earnings/sales-to-customers/2022-q1.amount', '2022-q1', 'USD', '23426'],
    ['jnj-2023-q1-sales-and-earnings.txt', 'statement-of-earnings/cost-of-products-sold/2022-q1.percent-sales', '2022-q1', 'percent', '32.4'],
    // "Inc/ (Dec)" over its amount and its percentage.
    ['mcd-2023-q1-income.txt', 'dollars-and-shares-quarters-ended-march/sales-by-company-operated-restaurants/2023-q1-vs-2022-q1', '2023-q1-vs-2022-q1', 'USD', '-78.1'],
    ['mcd-2023-q1-income.txt', 'dollars-and-shares-quarters-ended-march/sales-by-company-operated-restaurants/2023-q1-vs-2022-q1-2', '2023-q1-vs-2022-q1', 'percent', '-3'],
    ['mcd-2023-q1-income.txt', 'dollars-and-shares-quarters-ended-march/net-income/2023-q1-vs-2022-q1-2', '2023-q1-vs-2022-q1', 'percent', '63'],
  ])('%s: %s is %s, %s %s', (file, id, period, unit, value) => {
    const fact = facts(excerpt(file)).get(id);
    expect(fact).toEqual({ period, unit, value });
  });

  test('no column of the excerpts is a fiscal year, and no amount is read as a percent change', () => {
    for (const file of ['jnj-2023-q1-supplemental-sales.txt', 'jnj-2023-q1-sales-and-earnings.txt']) {
      const all = [...facts(excerpt(file))];
      expect(all.length).toBeGreaterThan(70);
      expect(all.filter(([, f]) => f.period.includes('fy'))).toEqual([]);
      expect(all.filter(([id]) => /\/20\d\d-q1\.percent-change/.test(id))).toEqual([]);
    }
  });
});
