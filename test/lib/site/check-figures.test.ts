// A check's figures are dressed once per check (the checks page, its kind's page and figures'
// popovers all show them); another check, even one made from it, is dressed anew.
import { expect, test } from 'vitest';
import { computedShown, differenceShown, reportedShown } from '../../../src/lib/site/check-figures.ts';
import { load } from '../checks/fixture.ts';

const { checks } = load('inap-2010-q2', '.');

test('a check made from another with other figures shows its own', () => {
  const first = checks.find((c) => c.kind === 'growth' && c.verdict === 'mismatch')!;
  const shown = (c: typeof first) => [reportedShown(c), computedShown(c), differenceShown(c)];
  expect(shown(first)).toEqual(['−8%', '−7.48…%', '−0.51… pts']);
  const other = { ...first, reported: { ...first.reported, text: '-33%' }, computed: '-40.125', difference: '7.125' };
  expect(shown(other)).toEqual(['−33%', '−40.12…%', '+7.12… pts']);
  expect(shown(first)).toEqual(['−8%', '−7.48…%', '−0.51… pts']);
});
