import { describe, expect, test } from 'vitest';
import { ExpressionError, namesIn, parseExpression, type Expression } from '../../../src/lib/checks/expression.ts';

const name = (n: string): Expression => ({ type: 'name', name: n });
const bin = (op: '+' | '-' | '*' | '/', left: Expression, right: Expression): Expression => ({ type: 'binary', op, left, right });

describe('parseExpression', () => {
  test.each<[string, Expression]>([
    ['total-revenues - total-operating-costs-and-expenses', bin('-', name('total-revenues'), name('total-operating-costs-and-expenses'))],
    ['a + b - c', bin('-', bin('+', name('a'), name('b')), name('c'))],
    ['a − b', bin('-', name('a'), name('b'))],
    ['adjusted-ebitda / revenue * 100', bin('*', bin('/', name('adjusted-ebitda'), name('revenue')), { type: 'number', value: '100' })],
    ['a + b * c', bin('+', name('a'), bin('*', name('b'), name('c')))],
    ['(a + b) × c', bin('*', bin('+', name('a'), name('b')), name('c'))],
    ['a ÷ b', bin('/', name('a'), name('b'))],
    ['- a + b', bin('+', { type: 'negate', arg: name('a') }, name('b'))],
    ['net-loss .. accrued-restructuring-liability', { type: 'range', from: 'net-loss', to: 'accrued-restructuring-liability' }],
    ['x … y + z', bin('+', { type: 'range', from: 'x', to: 'y' }, name('z'))],
    ['normalized-net-income/additional-impairments', name('normalized-net-income/additional-impairments')],
    ['revenues--data-center-services', name('revenues--data-center-services')],
    ['common-stock.shares-outstanding', name('common-stock.shares-outstanding')],
  ])('%s', (source, tree) => {
    expect(parseExpression(source)).toEqual(tree);
  });

  test.each([
    ['', 'expected an expression, found nothing', 0],
    ['a +', 'expected a line item, a number or "(" at the end', 3],
    ['a b', 'expected an operator between spaces, found "b"', 2],
    ['a -b', 'expected an operator between spaces, found "-b"', 2],
    ['(a + b', 'expected ")"', 6],
    ['a .. ', 'expected a row id after ".."', 5],
    ['A + b', 'expected a line item, a number or "(", found "A"', 0],
  ])('rejects %j: %s', (source, message, offset) => {
    expect(() => parseExpression(source)).toThrow(new ExpressionError(message, offset));
    try {
      parseExpression(source);
    } catch (e) {
      expect((e as ExpressionError).offset).toBe(offset);
    }
  });

  test('namesIn lists names and range ends in reading order', () => {
    expect(namesIn(parseExpression('a + (b .. c) * 100 - t/r'))).toEqual(['a', 'b', 'c', 't/r']);
  });
});
