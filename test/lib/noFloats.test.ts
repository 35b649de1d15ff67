// No value may ever live in a JavaScript number. These modules take decimal
// strings or Decimals; this test keeps the float doors shut.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { printed } from '../../src/lib/checks/interval.ts';
import { formatAccounting, formatMillions, formatPercent } from '../../src/lib/format/index.ts';

const root = join(import.meta.dirname, '../../src/lib');
const sources = [
  'decimal.ts',
  'checks/interval.ts',
  'checks/verdict.ts',
  'checks/messages.ts',
  ...readdirSync(join(root, 'format')).map((f) => `format/${f}`),
];
const FLOAT_DOORS = /\bNumber\s*\(|\bparseFloat\b|\bparseInt\b|\.toNumber\s*\(|\.valueOf\s*\(|\bMath\.(round|floor|ceil|trunc|pow)\b/;

describe('exact-arithmetic sources', () => {
  for (const file of sources) {
    test(`${file} never turns a value into a float`, () => {
      const text = readFileSync(join(root, file), 'utf8');
      expect(text).not.toMatch(FLOAT_DOORS);
      // Only decimal.ts may import decimal.js, so that one configuration rules.
      if (file !== 'decimal.ts') expect(text).not.toMatch(/from 'decimal\.js'/);
    });
  }

  test('printed(31197, 0) rejects a number with a TypeError', () => {
    expect(() => printed(31197 as unknown as string, 0)).toThrow(TypeError);
  });

  test('formatters reject a number with a TypeError', () => {
    expect(() => formatAccounting(9924 as unknown as string)).toThrow(TypeError);
    expect(() => formatPercent(16.4 as unknown as string)).toThrow(TypeError);
    expect(() => formatMillions(60525 as unknown as string, 3)).toThrow(TypeError);
  });
});
