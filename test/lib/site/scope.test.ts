import { describe, expect, test } from 'vitest';
import { loadRelease } from '../../../src/lib/ingest/index.ts';
import { releaseScope } from '../../../src/lib/site/scope.ts';
import type { Check } from '../../../src/lib/types.ts';

const release = loadRelease('data/releases/inap-2010-q2');
const checks: Check[] = [];

describe('releaseScope', () => {
  test('is made once for a release and its checks, and shared by its notebooks, frozen', () => {
    const scope = releaseScope(release, checks);
    expect(releaseScope(release, checks)).toBe(scope);
    expect(Object.isFrozen(scope)).toBe(true);
    expect((scope.value as (c: string, p: string) => { toFixed(): string })('net-loss', '2010-q2').toFixed()).toBe('-1271');
  });

  test('another release object (its files changed) or other checks get a scope of their own', () => {
    const scope = releaseScope(release, checks);
    expect(releaseScope({ ...release }, checks)).not.toBe(scope);
    expect(releaseScope(release, [])).not.toBe(scope);
  });
});

describe('notebook helpers: a typo gets a way forward', () => {
  const scope = releaseScope(release, checks) as Record<string, (...a: string[]) => unknown>;
  test.each([
    // [call, arguments, what the error says]
    ['fact', ['revnue', '2010-q2'], /no fact prints concept 'revnue' in inap-2010-q2\. Did you mean 'revenue'\?/],
    ['fact', ['net-loss', '2010q2'], /no fact prints concept 'net-loss' for period '2010q2' in inap-2010-q2; it is printed for .*2010-q2.*\. Did you mean '2010-q2'\?/],
    ['value', ['net-los', '2010-q2'], /Did you mean 'net-loss'\?/],
    ['fact', ['balance-sheet/goodwil', '2010-06-30'], /no fact prints row 'balance-sheet\/goodwil' in inap-2010-q2\. Did you mean 'balance-sheet\/goodwill'\?/],
    ['period', ['2010-q3'], /no period '2010-q3' in inap-2010-q2; it has .*\. Did you mean .*'2010-q2'/],
  ] as const)('%s(%j)', (name, args, message) => {
    expect(() => scope[name]!(...args)).toThrow(message);
  });
  test('a name nothing is close to gets no guess', () => {
    expect(() => scope.fact!('zzzzzzzz', '2010-q2')).toThrow(/^no fact prints concept 'zzzzzzzz' in inap-2010-q2\.$/);
  });
});
