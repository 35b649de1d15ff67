/**
 * The bench builds as `npm run build` does: it reads Node's flags from package.json, so a change
 * there is measured, and a build script it cannot read stops the bench instead of being ignored.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildNodeFlags } from '../../bench/build.ts';

describe("the bench's build command", () => {
  test("is package.json's build script, heap cap included", () => {
    expect(buildNodeFlags()).toContainEqual(expect.stringMatching(/^--max-old-space-size=\d+$/));
  });

  test.each([
    ['node node_modules/astro/bin/astro.mjs build', []],
    ['node --max-old-space-size=1024 --trace-gc node_modules/astro/bin/astro.mjs build', ['--max-old-space-size=1024', '--trace-gc']],
  ])('%s gives the flags %j', (script, flags) => {
    const dir = mkdtempSync(join(tmpdir(), 'tieout-bench-'));
    try {
      writeFileSync(join(dir, 'package.json'), JSON.stringify({ scripts: { build: script } }));
      expect(buildNodeFlags(dir)).toEqual(flags);
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
