// No source file holds a control character: a "\b" written through a tool that reads it as an escape becomes a
// backspace (U+0008) inside a regular expression, which then matches nothing and fails silently. Two did: the list of
// movements QUOTIENT_OF_BALANCES leaves out (units.ts) and identity.ts's PAID_PER_SHARE, which for a year let a
// dividend per share stand for the measure a loss per share divides.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';

const root = join(import.meta.dirname, '../../src');
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(?:ts|astro|mjs|css)$/.test(name) ? [path] : [];
  });
}
/** Control characters other than tab, line feed and carriage return. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

describe('source text', () => {
  test('no source file holds a control character', () => {
    const sources = files(root);
    expect(sources.length).toBeGreaterThan(100);
    const found = sources.flatMap((path) =>
      readFileSync(path, 'utf8')
        .split('\n')
        .flatMap((line, i) => (CONTROL.test(line) ? [`${relative(root, path)}:${i + 1}`] : [])),
    );
    expect(found).toEqual([]);
  });
});
