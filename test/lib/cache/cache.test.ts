import { mkdtempSync, readdirSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { cached, cacheDir, hashOf, readCached, toolVersion, writeCached } from '../../../src/lib/cache/index.ts';

let dir = '';
const saved = process.env.TIEOUT_CACHE;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tieout-cache-test-'));
  process.env.TIEOUT_CACHE = dir;
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  if (saved === undefined) delete process.env.TIEOUT_CACHE;
  else process.env.TIEOUT_CACHE = saved;
});

const entries = () => readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.json'));

describe('the disk cache', () => {
  test('keys: every part counts, and where one part ends', () => {
    expect(hashOf('ab', 'c')).not.toBe(hashOf('a', 'bc'));
    expect(hashOf('a')).toBe(hashOf('a'));
    expect(hashOf(Buffer.from('x'))).toBe(hashOf('x'));
    expect(hashOf('a', '')).not.toBe(hashOf('a'));
  });

  test('the tool version is a hash of the library code, the lockfile and Node', () => {
    expect(toolVersion()).toMatch(/^[0-9a-f]{64}$/);
    expect(toolVersion()).toBe(toolVersion());
  });

  test('computes once, then reads what it stored, as plain data', () => {
    let runs = 0;
    const compute = () => {
      runs++;
      return { a: [1, 'two', null], b: { c: true }, gone: undefined };
    };
    const first = cached('thing', hashOf('k'), compute);
    const second = cached('thing', hashOf('k'), compute);
    expect(runs).toBe(1);
    // The computed value comes back as a read would give it: no undefined properties.
    expect(first).toStrictEqual({ a: [1, 'two', null], b: { c: true } });
    expect(second).toStrictEqual(first);
    expect(entries()).toHaveLength(1);
    cached('thing', hashOf('other'), compute);
    expect(runs).toBe(2);
  });

  test('a corrupt or half-written entry is computed again', () => {
    const key = hashOf('k');
    writeCached('thing', key, { n: 1 });
    const [file] = entries();
    writeFileSync(join(dir, String(file)), '{"value": {"n"');
    expect(readCached('thing', key)).toBeUndefined();
    expect(cached('thing', key, () => ({ n: 2 }))).toEqual({ n: 2 });
    expect(JSON.parse(readFileSync(join(dir, String(file)), 'utf8'))).toEqual({ value: { n: 2 } });
  });

  test('errors are not cached: bad input is reported on every build', () => {
    let runs = 0;
    const fail = () => {
      runs++;
      throw new Error('bad input');
    };
    expect(() => cached('thing', hashOf('k'), fail)).toThrow('bad input');
    expect(() => cached('thing', hashOf('k'), fail)).toThrow('bad input');
    expect(runs).toBe(2);
    expect(entries()).toHaveLength(0);
  });

  test('TIEOUT_CACHE=off computes every time and writes nothing', () => {
    process.env.TIEOUT_CACHE = 'off';
    expect(cacheDir()).toBeNull();
    let runs = 0;
    cached('thing', hashOf('k'), () => ++runs);
    cached('thing', hashOf('k'), () => ++runs);
    expect(runs).toBe(2);
  });

  test('an unwritable cache folder only makes it slower', () => {
    const file = join(dir, 'not-a-folder');
    writeFileSync(file, '');
    process.env.TIEOUT_CACHE = file;
    expect(cached('thing', hashOf('k'), () => ({ n: 1 }))).toEqual({ n: 1 });
  });
});
