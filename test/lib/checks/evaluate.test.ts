// The figures an expression is shown with (src/lib/checks/evaluate.ts): a negated negative figure is bracketed, as a
// figure after an operator is, so a deduction read as its amount shows "−(−28,490)" (Home Bancorp's allowance for
// loan losses over its total loans, 1Q20), never "−−28,490".
import { describe, expect, test } from 'vitest';
import { evaluate, type Scope } from '../../../src/lib/checks/evaluate.ts';
import { parseExpression } from '../../../src/lib/checks/expression.ts';
import type { Fact } from '../../../src/lib/types.ts';

const fact = (row: string, value: string): Fact =>
  ({ id: `x/t/${row}/2020-03-31`, release: 'x', table: 't', row, label: row, section: [], concept: null, period: '2020-03-31', value, status: 'reported', unit: 'USD', scale: 3, decimals: 0, raw: value, total: false, underlined: false, dollar: false, footnotes: [], origin: 'cell', line: 1, column: 1 }) as Fact;

describe('evaluate: the figures an expression is shown with', () => {
  const facts = new Map([['a', fact('a', '-28490')], ['b', fact('b', '1739142')], ['c', fact('c', '62')]]);
  const scope: Scope = { lookup: (n) => ({ fact: facts.get(n)! }), range: () => [], label: (n) => n };
  test.each([
    ['(-a) / b * 100', '−(−28,490) ÷ 1,739,142 × 100', '1.638'],
    ['-c / b * 100', '−62 ÷ 1,739,142 × 100', '-0.003565'],
    ['b - a', '1,739,142 − (−28,490)', '1768000000'],
    ['-(b - c)', '−(1,739,142 − 62)', '-1739000000'],
  ])('%s shows %s', (expression, numbers, value) => {
    const e = evaluate(parseExpression(expression), scope);
    expect(e.numbers).toBe(numbers);
    expect(e.value!.toSignificantDigits(4).toString()).toBe(value);
  });
});
