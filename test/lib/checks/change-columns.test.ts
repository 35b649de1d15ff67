// Changes bridged across columns (src/lib/checks/change-columns.ts), on two tables of unseen set s27 (excerpts in
// test/fixtures/import/text, sources in its README):
// - PepsiCo's summary of Q2 2023: "GAAP Reported % Change | Foreign Exchange Translation | Acquisitions and
//   Divestitures | Organic % Change" by division, the impacts under "Percentage Point Impact" (Latin America: 18 + (6)
//   + 1 = 13; the total 10 + 2.5 + — = 12.5, printed 13 within rounding); its operating profit's "GAAP Reported %
//   Change | Items Affecting Comparability | Foreign Exchange Translation | Core Constant Currency % Change".
// - J&J's regional and segment sales: "Reported | Operational | Currency | Adjusted Operational" under "% Change"
//   (6.3 = 7.5 + (1.2): the operational change is the reported one less the currency's effect). The adjusted
//   operational change also takes out acquisitions, which the table does not print: no bridge is read to it.
import { describe, expect, test } from 'vitest';
import { importedText } from './no-model.ts';

const verdicts = (file: string, edits: [string, string][] = []) =>
  Object.fromEntries([...importedText(file, '2023-q2', edits, '2023-08-01').values()].filter((c) => c.id.endsWith('/bridged')).map((c) => [c.id, c.verdict]));

const PEP = 'pep-2023-q2-points-impact.txt';
const JNJ = 'jnj-2023-q2-change-group.txt';
const ORGANIC = 'percent-change.revenue-acquisitions-organic-percent-change';
const CORE = 'percent-change.core-constant-currency-percent-change';
const OPERATIONAL = '2023-q2-vs-2022-q2.operational12';

describe('changes bridged across columns: reported change and impacts in points make the qualified change', () => {
  test('as printed: every line of both PepsiCo tables and of J&J\'s operational changes holds', () => {
    const pep = verdicts(PEP);
    const jnj = verdicts(JNJ);
    expect(Object.keys(pep)).toHaveLength(16);
    expect(Object.keys(jnj)).toHaveLength(7);
    expect([...Object.values(pep), ...Object.values(jnj)].every((v) => v === 'exact' || v === 'rounding')).toBe(true);
    expect(pep[`change/summary-second-quarter-2023-performance/total/${ORGANIC}/bridged`]).toBe('rounding');
    expect(Object.keys(jnj).some((id) => id.includes('adjusted'))).toBe(false);
  });

  test.each([
    // [case, file, edit, check, verdict]: a figure altered beyond rounding is a mismatch, corroborated by the other lines.
    ['PepsiCo: an organic change altered', PEP, ['13             (3)                  2', '16             (3)                  2'], `change/summary-second-quarter-2023-performance/latin-america/${ORGANIC}/bridged`, 'mismatch'],
    ['PepsiCo: a currency impact altered', PEP, ['18            (6)                   1', '18            (9)                   1'], `change/summary-second-quarter-2023-performance/latin-america/${ORGANIC}/bridged`, 'mismatch'],
    ['PepsiCo: a reported change of operating profit altered', PEP, ['41                    (23)               (9)', '44                    (23)               (9)'], `change/operating-profit-and-eps-percentage-point/latin-america/${CORE}/bridged`, 'mismatch'],
    ['J&J: an operational change altered', JNJ, ['14.7            (1.8)', '15.7            (1.8)'], `change/segment-sales-results-q2/medtech/${OPERATIONAL}/bridged`, 'mismatch'],
    ['J&J: a currency effect altered', JNJ, ['4.7              (2.5)', '4.7              (3.5)'], `change/regional-sales-results-q2/international/${OPERATIONAL}/bridged`, 'mismatch'],
  ] as [string, string, [string, string], string, string][])('%s', (_, file, edit, id, verdict) => {
    expect(verdicts(file, [edit])[id]).toBe(verdict);
  });

  // Columns whose figures bear out no bridge in any line are not related so: nothing is read, never a mismatch.
  test('a bridge no line bears out: nothing published', () => {
    const v = verdicts(JNJ, [['10.2%                 10.2               -', '10.2%                 10.2               3.0'], ['2.2               4.7              (2.5)', '2.2               2.2              (2.5)'], ['6.3%              7.5              (1.2)', '6.3%              6.3              (1.2)']]);
    expect(Object.keys(v).filter((id) => id.startsWith('change/regional-sales-results-q2/'))).toEqual([]);
    expect(Object.keys(v).filter((id) => id.startsWith('change/segment-sales-results-q2/'))).toHaveLength(4);
  });
});

// J&J's supplementary sales data, 1Q23 (test/fixtures/import/text/jnj-2023-q1-sales-operations.txt, unseen set s30):
// "Percent Change" over "Total | Operations | Currency", the change in operations the total less the currency's effect
// (Consumer Health International: 4.4 = 11.3 + (6.9)).
describe('"Operations" bridged as "Operational" is: J&J\'s supplementary sales data', () => {
  const OPS = '2023-q1-vs-2022-q1.operations';
  const T = 'change/supplementary-sales-data';
  const checks = (edits: [string, string][] = []) => importedText('jnj-2023-q1-sales-operations.txt', '2023-q1', edits);

  test('as printed: every line holds', () => {
    const bridged = [...checks().values()].filter((c) => c.id.endsWith('/bridged'));
    expect(bridged).toHaveLength(18);
    expect(bridged.every((c) => c.verdict === 'exact' || c.verdict === 'rounding')).toBe(true);
  });

  test.each([
    ['a change in operations altered', ['4.4                  11.3          (6.9)', '4.4                  12.3          (6.9)'], `${T}/consumer-health--international/${OPS}/bridged`],
    ['a currency effect altered', ['5.6                   9.0          (3.4)', '5.6                   9.0          (4.4)'], `${T}/worldwide/${OPS}/bridged`],
  ] as [string, [string, string], string][])('%s: mismatch', (_, edit, id) => {
    expect(checks([edit]).get(id)?.verdict).toBe('mismatch');
  });
});
