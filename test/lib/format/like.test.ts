import { describe, expect, test } from 'vitest';
import { formatLike, placesOf, printedText, shownBeside } from '../../../src/lib/format/index.ts';

describe('formatLike(printed, value, options): a value in the dress of a printed figure', () => {
  test.each([
    // printed, value, decimals, expected
    ['32%', '46.4580873671782762691853600944510035419', 2, '46.46%'],
    ['-8%', '-7.4876934938615740466164521677243342625', 2, '−7.49%'],
    ['$9.9 million', '9.924', 3, '$9.924 million'],
    ['\\$ (1,271)', '-1270.5', 0, '$(1,271)'],
    ['<u>\\$ 9,924</u>', '9925', 0, '$9,925'],
    ['(2.7) pts', '-3.154', 2, '(3.15) pts'],
    ['3 percent', '-3.334', 2, '−3.33 percent'],
    ['60,525', '60525', 2, '60,525'],
    ['590 BPS', '590', 2, '590 BPS'],
    ['€ 1,234.5', '1234.46', 1, '€1,234.5'],
    ['(0.03)', '0.0312', 4, '0.0312'],
    ['£(12)', '-13', 0, '£(13)'],
  ])('%s with %s at %i places is %s', (printed, value, decimals, expected) => {
    expect(formatLike(printed, value, { decimals })).toBe(expected);
  });

  test('keeps the printed places and drops trailing zeros beyond them', () => {
    expect(formatLike('16.4%', '16.4', { decimals: 3, minDecimals: 1 })).toBe('16.4%');
    expect(formatLike('16.4%', '16', { decimals: 3, minDecimals: 1 })).toBe('16.0%');
    expect(formatLike('9,924', '9924.000', { decimals: 2 })).toBe('9,924');
  });

  test('a printed word without digits ("flat") gives the number, through the fallback', () => {
    expect(formatLike('flat', '0.4758', { decimals: 2 })).toBe('0.48');
    expect(formatLike('flat', '-0.4758', { decimals: 2, fallback: (n) => `${n}%` })).toBe('−0.48%');
  });

  test('nil and n/m', () => {
    expect(formatLike('32%', null)).toBe('—');
    expect(formatLike('32%', 'n/m')).toBe('n/m');
  });

  test('printedText drops the release markup', () => {
    expect(printedText('<u>\\$ 9,924</u>')).toBe('$9,924');
    expect(printedText('\\$ (1,271)')).toBe('$(1,271)');
  });

  test('placesOf', () => {
    expect(placesOf('16.4')).toBe(1);
    expect(placesOf('-8')).toBe(0);
    expect(placesOf(null)).toBe(0);
    expect(() => placesOf('abc')).toThrow(TypeError);
  });
});

describe('shownBeside(printed, value): a recomputed value beside a printed figure, two places past its precision', () => {
  test.each([
    ['31%', '-16.5000703927917781219203153597071659862', '−16.5%'],
    ['31%', '11.4077669902912621359223300970873786408', '11.41%'],
    ['$3.83 billion', '5.931', '$5.931 billion'],
    ['$3.83 billion', '6.70449', '$6.7045 billion'],
    ['$(0.03) per share', '-0.0312345', '$(0.0312) per share'],
    ['16.4 percent', '16.45', '16.45 percent'],
    ['$200 million', '5931', '$5,931 million'],
    ['flat', '0.0049', '0'],
  ])('%s beside %s → %s', (printed, value, expected) => {
    expect(shownBeside(printed, value)).toBe(expected);
  });
  test('null is a dash', () => expect(shownBeside('31%', null)).toBe('—'));
});
