/**
 * The bench builds as `npm run build` does: it reads Node's flags from package.json, so a change
 * there is measured, and a build script it cannot read stops the bench instead of being ignored.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildEnv, buildNodeFlags } from '../../bench/build.ts';

describe("the bench's build command", () => {
  test("is package.json's build script, heap cap included", () => {
    expect(buildNodeFlags()).toContainEqual(expect.stringMatching(/^--max-old-space-size=\d+$/));
  });

  test("sets the environment of package.json's build script, mimalloc's purge delay included", () => {
    expect(buildEnv()).toMatchObject({ MIMALLOC_PURGE_DELAY: '0' });
  });

  test.each([
    ['node node_modules/astro/bin/astro.mjs build', [], {}],
    ['node --max-old-space-size=1024 --trace-gc node_modules/astro/bin/astro.mjs build', ['--max-old-space-size=1024', '--trace-gc'], {}],
    ['MIMALLOC_PURGE_DELAY=0 A_B=x=y node --max-old-space-size=1024 node_modules/astro/bin/astro.mjs build', ['--max-old-space-size=1024'], { MIMALLOC_PURGE_DELAY: '0', A_B: 'x=y' }],
  ])('%s gives the flags %j and the environment %j', (script, flags, env) => {
    const dir = mkdtempSync(join(tmpdir(), 'tieout-bench-'));
    try {
      writeFileSync(join(dir, 'package.json'), JSON.stringify({ scripts: { build: script } }));
      expect(buildNodeFlags(dir)).toEqual(flags);
      expect(buildEnv(dir)).toEqual(env);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a build script the bench cannot read is an error naming it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tieout-bench-'));
    try {
      writeFileSync(join(dir, 'package.json'), JSON.stringify({ scripts: { build: 'astro build' } }));
      expect(() => buildNodeFlags(dir)).toThrow(/scripts\.build is "astro build"/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
