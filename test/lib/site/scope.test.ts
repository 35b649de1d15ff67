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
