import { describe, expect, test } from 'vitest';
import { pairedHeadings } from '../../../src/lib/import/paired-columns.ts';

/**
 * Headings packed left over amount | percentage pairs, one case per layout: each heading is set
 * over its pair, or the lines are left to the other readings (null) when the pairs or the
 * headings do not fall so in exactly one way.
 */
describe('headings over amount | percentage pairs', () => {
  const pairs = [
    ['$ 149,638', '30%', '$ 120,346', '25%', '$ 29,292', '24%', '$ 558,734', '37%', '$ 461,328', '32%', '$ 97,406', '21%'],
    ['81,257', '17%', '86,646', '18%', '(5,389)', '(6)%', '323,304', '22%', '331,856', '24%', '(8,552)', '(3)%'],
  ];
  const pad = (texts: string[], n: number) => [...texts, ...Array<string>(n - texts.length).fill('')];
  test.each([
    [
      'spans and changes over years in groups (Pegasystems, 4Q24)',
      [pad(['Three Months Ended December 31,', 'Change', 'Year Ended December 31,', 'Change'], 12), pad(['2024', '2023', '2024', '2023'], 12)],
      pairs,
      [
        ['Three Months Ended December 31,', '', '', '', 'Change', '', 'Year Ended December 31,', '', '', '', 'Change', ''],
        ['2024', '', '2023', '', '', '', '2024', '', '2023', '', '', ''],
        ['', '%', '', '%', '', '%', '', '%', '', '%', '', '%'],
      ],
    ],
    [
      'one line, one heading per pair',
      [pad(['2024', '2023'], 4)],
      [pairs[0]!.slice(0, 4), pairs[1]!.slice(0, 4)],
      [['2024', '', '2023', ''], ['', '%', '', '%']],
    ],
    ['years that do not fill the spans', [pad(['Three Months Ended', 'Change', 'Year Ended', 'Change'], 12), pad(['2024', '2023', '2024'], 12)], pairs, null],
    ['no percentages beside the amounts', [pad(['2024', '2023'], 4)], [['1', '2', '3', '4'], ['5', '6', '7', '8']], null],
    ['headings over every column, not packed', [['2024', '%', '2023', '%']], [pairs[0]!.slice(0, 4), pairs[1]!.slice(0, 4)], null],
  ] as const)('%s', (_, lines, rows, expected) => {
    expect(pairedHeadings(lines.map((l) => [...l]), rows.map((r) => [...r]))).toEqual(expected);
  });
});
