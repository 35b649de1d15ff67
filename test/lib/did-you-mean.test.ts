import { expect, test } from 'vitest';
import { closest, didYouMean } from '../../src/lib/did-you-mean.ts';

test.each([
  ['revnue', ['revenue', 'net-loss', 'total-revenues'], ['revenue']],
  ['peiod', ['id', 'row', 'period', 'value'], ['period']],
  ['2010q2', ['2010-q2', '2009-q2', '2010-q1'], ['2010-q2']], // the closest only
  ['ervenue', ['revenue'], ['revenue']], // two neighbours swapped: one edit
  ['x', ['revenue'], []],
  ['completely-else', ['revenue', 'net-loss'], []],
])('closest(%j) is %j', (name, candidates, near) => expect(closest(name, candidates)).toEqual(near));

test('didYouMean words one, several or none', () => {
  expect(didYouMean('revnue', ['revenue'])).toBe(" Did you mean 'revenue'?");
  expect(didYouMean('2010-q', ['2010-q1', '2010-q2'])).toBe(" Did you mean '2010-q1' or '2010-q2'?");
  expect(didYouMean('zzz', ['revenue'])).toBe('');
});
