// The relation checks compute with Decimal only: no value may pass through a JavaScript
// number on its way to a verdict. (The numeric core's own modules are covered by
// test/lib/noFloats.test.ts.)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const dir = join(import.meta.dirname, '../../../src/lib/checks');
const FLOAT_DOORS = /\bNumber\s*\(|\bparseFloat\b|\bparseInt\b|\.toNumber\s*\(|\.valueOf\s*\(|\bMath\.(round|floor|ceil|trunc|pow)\b/;

describe('src/lib/checks', () => {
  test.each(readdirSync(dir).filter((f) => f.endsWith('.ts')))('%s never turns a value into a float, nor imports decimal.js itself', (file) => {
    const text = readFileSync(join(dir, file), 'utf8');
    expect(text).not.toMatch(FLOAT_DOORS);
    expect(text).not.toMatch(/from 'decimal\.js'/);
  });
});
