// Patterns of claims.yaml are literal text with * for any run of characters, matched in
// linear time: a pattern written to hang a regular-expression engine matches nothing, fast.
import { describe, expect, test } from 'vitest';
import { findPattern, findText, regexSyntax } from '../../../src/lib/claims/select.ts';

const matches = (line: string, pattern: string) => findPattern(line, pattern).map((s) => line.slice(s.start, s.end));

describe('findPattern: * is any run of characters, everything else literal, case-insensitive', () => {
  const t = (line: string, pattern: string, expected: string[]) =>
    test(`${JSON.stringify(pattern)} in ${JSON.stringify(line)} → ${JSON.stringify(expected)}`, () => expect(matches(line, pattern)).toEqual(expected));

  t('increasing selling capacity by 24 percent.', 'capacity by * percent', ['capacity by 24 percent']);
  t('Third party suppliers and third-party vendors', 'third party', ['Third party']);
  t('a (1) b (2) c', '(*)', ['(1)', '(2)']);
  t('revenue of \\$60.5 million and \\$61 million', '$* million', ['$60.5 million', '$61 million']);
  t('footprint of space of 24 percent to 137,500', 'footprint * of * percent', ['footprint of space of 24 percent']);
  t('nothing here', 'capacity by * percent', []);
  t('a.b+c?', 'a.b+c?', ['a.b+c?']);
  t('xyz', '*', []);
});

describe('a hostile pattern cannot hang the match', () => {
  test('"([a-z ]+)+!" on a long line of letters is literal text: no match, in linear time', () => {
    const line = `${'a'.repeat(100_000)}`;
    expect(findPattern(line, '([a-z ]+)+!')).toEqual([]);
  });

  test('many stars on a long line of one letter still finish, matching the whole run once', () => {
    const line = 'a'.repeat(100_000);
    expect(findPattern(line, 'a*a*a*a*a*a*a*a*b')).toEqual([]);
    expect(findPattern(line, 'a*a').length).toBe(50_000);
  });
});

describe('regexSyntax finds what would be taken literally', () => {
  test.each([
    ['[\\d,]+ net sellable square feet', '[\\d,]'],
    ['([a-z ]+)+!', '[a-z ]'],
    ['capacity by \\d+ percent', '\\d'],
    ['(?:x)', '(?'],
    ['capacity by * percent', null],
    ['$1.1 million (net)', null],
  ])('%s → %s', (pattern, piece) => expect(regexSyntax(pattern)).toBe(piece));
});

describe('findText reads the release as a reader sees it', () => {
  test('"$" in a quote finds the release\'s "\\$"', () => {
    expect(findText('Revenue of \\$60.5 million', '$60.5 million')).toEqual([{ start: 12, end: 25 }]);
  });
});
