// A total's change at constant currency read from its lines' changes weighted by their amounts
// (src/lib/checks/basis-footings.ts), on an excerpt of Pfizer's 4Q21 release: its international revenues by region,
// twelve months, "% Change | Total | Oper." in each region, the release defining operational variances as growth
// rates that exclude the impact of foreign exchange rates (note 7).
import { describe, expect, test } from 'vitest';
import { excerpt } from './no-model.ts';

const PFE = 'pfe-2021-q4-operational';
const REGIONS = 'growth/international-revenues-by-geographic-region-twelve';
const DEFINITION = 'growth rates that exclude the impact of foreign exchange rates.';
const AGAIN = 'presenting operational variances excluding these foreign exchange changes';

describe('a total\'s change at constant currency, from its lines\'', () => {
  test.each([
    // Internal Medicine, Developed Europe: Σ 2020 amount × (100 + Oper. change) ÷ 1,977 − 100 over Eliquis, Chantix, … = 5.07 (printed 5%)
    [`${REGIONS}/internal-medicine/2021-fy-vs-2020-fy.developed-europe-oper`, 'rounding', '5.07'],
    [`${REGIONS}/hospital/2021-fy-vs-2020-fy.developed-europe-oper`, 'rounding', '10.31'],
    [`${REGIONS}/rare-disease/2021-fy-vs-2020-fy.developed-europe-oper`, 'rounding', '16.90'],
    [`${REGIONS}/internal-medicine/2021-fy-vs-2020-fy.developed-rest-world-oper`, 'rounding', '-9.03'],
    [`${REGIONS}/rare-disease/2021-fy-vs-2020-fy.developed-rest-world-oper`, 'rounding', '32.55'],
  ])('%s → %s (%s…)', (id, verdict, computed) => {
    const c = excerpt(PFE).check(id);
    expect(c.verdict).toBe(verdict);
    expect(c.computed!.startsWith(computed)).toBe(true);
    expect(c.restsOn).toContain('exclude the impact of foreign exchange');
  });

  test.each([
    // the total's change altered: Rare Disease 17% printed 27%, the column's two other totals holding
    ['\t<u>23%</u>\t<u>17%</u>\t<u>$ 726</u>', '\t<u>23%</u>\t<u>27%</u>\t<u>$ 726</u>', `${REGIONS}/rare-disease/2021-fy-vs-2020-fy.developed-europe-oper`],
    // a line's change altered: Somavert (2%) printed 18%, which moves Rare Disease's by 3.2 points
    ['Somavert\t136\t132\t3%\t(2%)', 'Somavert\t136\t132\t3%\t18%', `${REGIONS}/rare-disease/2021-fy-vs-2020-fy.developed-europe-oper`],
  ])('a planted error: %j → %j is a mismatch of %s', (from, to, id) => {
    expect(excerpt(PFE, [[from, to]]).check(id).verdict).toBe('mismatch');
  });

  const EMERGING = ['<u>$ 1,340</u>\t<u>22%</u>\t<u>23%</u>', '<u>$ 1,340</u>\t<u>22%</u>\t<u>33%</u>'] as [string, string];
  test('a total the only one its column reads is accused where the table\'s other columns bear out the convention', () => {
    // Emerging Markets reads Internal Medicine alone (its other totals hold lines printing "*"): 23% printed 33%; the
    // six totals of Developed Europe and Developed Rest of World hold at the prior period's rates
    const c = excerpt(PFE, [EMERGING]).check(`${REGIONS}/internal-medicine/2021-fy-vs-2020-fy.emerging-markets-oper`);
    expect(c.verdict).toBe('mismatch');
  });

  test('where the table\'s totals fail as often as they hold, none is accused', () => {
    // three of its seven totals altered: Emerging Markets' Internal Medicine, Developed Europe's Rare Disease 17% printed
    // 27%, Developed Rest of World's Internal Medicine (9%) printed (19%)
    const edits: [string, string][] = [
      EMERGING,
      ['\t<u>23%</u>\t<u>17%</u>\t<u>$ 726</u>', '\t<u>23%</u>\t<u>27%</u>\t<u>$ 726</u>'],
      ['<u>(6%)</u>\t<u>(9%)</u>\t<u>$ 1,629</u>', '<u>(6%)</u>\t<u>(19%)</u>\t<u>$ 1,629</u>'],
    ];
    const release = excerpt(PFE, edits);
    for (const id of [
      `${REGIONS}/internal-medicine/2021-fy-vs-2020-fy.emerging-markets-oper`,
      `${REGIONS}/rare-disease/2021-fy-vs-2020-fy.developed-europe-oper`,
      `${REGIONS}/internal-medicine/2021-fy-vs-2020-fy.developed-rest-world-oper`,
    ]) {
      const c = release.check(id);
      expect(c.verdict, id).toBe('unverifiable');
      expect(c.explanation).toContain('holds in 4 of the totals of the table\'s columns at constant currency against 3 failing');
    }
  });

  test.each([
    // a sentence of Pfizer's 1Q22 release: operational growth excluding some products, selling days scaling a period
    ['a sentence on selling days (1Q22)', `${DEFINITION} Operational growth this quarter excluding these COVID-19 products would have been 5% if not for a 2% negative impact from losses of patent exclusivity for certain products and a 1% negative impact from fewer selling days this quarter compared to the prior-year quarter.`],
    // a row of Pfizer's 4Q22 guidance table, whose other cell names acquired products: a table's row defines nothing
    ['a guidance row naming acquired products (4Q22)', `${DEFINITION}\n\nOperational revenue growth compared to 2022 excluding COVID-19 products\t<u>7% to 9%</u>\t<u>Growth expected to be split among each of three categories: launch, acquired and in-line products</u>`],
  ])('beside %s, the definition still reads the column', (_, to) => {
    expect(excerpt(PFE, [[DEFINITION, to]]).check(`${REGIONS}/internal-medicine/2021-fy-vs-2020-fy.developed-europe-oper`).verdict).toBe('rounding');
  });

  test.each([
    // no sentence defines "Oper.": its basis is not known to be a currency's
    ['without the definition', [[DEFINITION, 'growth rates.'], [AGAIN, 'presenting operational variances']]],
    // a basis that also leaves out acquisitions, in one of the two sentences, is not weighted by the printed amounts
    ['a basis leaving out acquisitions too', [[AGAIN, `${AGAIN} and acquisitions`]]],
  ] as [string, [string, string][]][])('%s, the column stays unverifiable', (_, edits) => {
    const c = excerpt(PFE, edits).check(`${REGIONS}/internal-medicine/2021-fy-vs-2020-fy.developed-europe-oper`);
    expect(c.verdict).toBe('unverifiable');
    expect(c.explanation).toContain('second change');
  });

  // Oracle's Q4 FY2014 statement of operations, "% Increase (Decrease) in Constant Currency (1)": total revenues sum
  // software and cloud, hardware systems and services, and change as they do; operating income is revenues less
  // expenses, whose amounts at one rate do not weight it.
  test.each([
    ['total-revenues', 'rounding', 'Printed 3 (±0.5) and computed 3.24'],
    ['operating-income', 'unverifiable', 'is a change on a constant currency basis'],
    ['net-income', 'unverifiable', 'is a change on a constant currency basis'],
  ])('orcl-fy2014-q4: %s in constant currency → %s', (row, verdict, words) => {
    const c = excerpt('orcl-fy2014-q4').check(`growth/q4-fiscal-2014-financial-results-statements/${row}/2014-q4-vs-2013-q4.constant-currency`);
    expect(c.verdict).toBe(verdict);
    expect(c.explanation).toContain(words);
    if (verdict === 'rounding') expect(c.restsOn).toContain('is a change at constant currency (its header says so)');
  });
});
