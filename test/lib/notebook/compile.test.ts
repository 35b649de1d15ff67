import { expect, test } from 'vitest';
import { compileCell } from '../../../src/lib/notebook/compile.ts';

/** The body less its header and footer lines: the cell's text as it runs. */
function ranText(body: string): string {
  return body.split('\n').slice(1, -2).join('\n');
}

test.each([
  ['const a = 1;\nlet b = a; // trailing comment', 'no final expression'],
  ['function f() {\n  return 1;\n}\nclass C {}', 'declarations only'],
  ['if (x) return 1;\nreturn 2;', 'explicit returns'],
])('compileCell(%j) runs the source character for character (%s)', (source) => {
  expect(ranText(compileCell(source, ['x']).body)).toBe(source);
});

test('compileCell wraps only a final expression statement in return ( … ), keeping every line where it was', () => {
  const source = 'const t = 1; // note\n(t,\n t + 1); // last';
  const ran = ranText(compileCell(source, []).body);
  expect(ran).toBe('const t = 1; // note\nreturn ((t,\n t + 1)); // last');
  expect(ran.split('\n').length).toBe(source.split('\n').length);
});

test('compileCell receives every scope name except the ones the cell declares', () => {
  const compiled = compileCell('const [a, { b, ...c }] = x; function d() {}', ['x', 'a', 'y']);
  expect(compiled.declared).toEqual(['a', 'b', 'c', 'd']);
  expect(compiled.params).toEqual(['x', 'y']);
});

test('compileCell rejects a scope name that is not an identifier', () => {
  expect(() => compileCell('1', ['not-a-name'])).toThrow('scope name "not-a-name" is not usable as a variable name');
});
