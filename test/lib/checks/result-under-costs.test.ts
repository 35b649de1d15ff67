// A result under its income and its costs, all printed positive (src/lib/checks/structure.ts `blockSubtotal`,
// `netCosts`): Amazon's segment information prints each segment's "Net sales", "Operating expenses" and, underlined,
// "Operating income (loss)" (North America 4Q21: 82,360 − 82,566 = (206)). Read as a sum of the two lines it fails in
// every column; with the costs taken away it holds in every column (excerpt amzn-2021-q4-segments, from
// ../shared/series/amzn).
import { describe, expect, test } from 'vitest';
import { excerpt } from './no-model.ts';

const results = (edits: [string, string][] = []) => excerpt('amzn-2021-q4-segments', edits).checks.filter((c) => /\/(north-america|international|aws|consolidated)--operating-income/.test(c.id));
const tail = (id: string) => id.split('/').slice(-2).join('/');

describe('"Operating income (loss)" under "Net sales" and "Operating expenses" is their difference', () => {
  const cases: [string, string][] = [
    ['north-america--operating-income-loss', '(206)'],
    ['international--operating-income-loss', '(1,627)'],
    ['aws--operating-income', '5,293'],
    ['consolidated--operating-income', '3,460'],
  ];
  test.each(cases)('%s holds exactly in its four columns (4Q21 %s)', (row, q4) => {
    const checks = results().filter((c) => c.id.includes(`/${row}/`));
    expect(checks.map((c) => tail(c.id))).toEqual(['2020-q4', '2021-q4', '2020-fy', '2021-fy'].map((k) => `${row}/${k}`));
    expect(checks.map((c) => c.verdict)).toEqual(['exact', 'exact', 'exact', 'exact']);
    expect(checks[0]!.formula).toMatch(/Net sales − .*Operating expenses$/);
    expect(checks[1]!.reported.text).toContain(q4);
  });

  test('an expense altered beyond rounding makes its column a mismatch, corroborated by the other three (AWS 2021, 43,670 printed 44,670)', () => {
    const row = '  Operating expenses\t9,178\t12,487\t31,839\t43,670';
    const mismatches = results([[row, row.replace('43,670', '44,670')]]).filter((c) => c.verdict === 'mismatch');
    expect(mismatches.map((c) => tail(c.id))).toEqual(['aws--operating-income/2021-fy']);
  });

  test('a result that is no difference of its lines in any column is not asserted', () => {
    const row = '  Operating income	<u>$ 3,564</u>	<u>$ 5,293</u>	<u>$ 13,531</u>	<u>$ 18,532</u>';
    const checks = results([[row, row.replace('3,564', '3,664').replace('5,293', '5,393').replace('13,531', '13,631').replace('18,532', '18,632')]]);
    expect(checks.filter((c) => c.id.includes('/aws--operating-income/'))).toEqual([]);
  });
});
