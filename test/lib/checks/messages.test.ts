import { describe, expect, test } from 'vitest';
import { Decimal } from '../../../src/lib/decimal.ts';
import { scaleWord, shown, shownBound, toleranceShown } from '../../../src/lib/checks/messages.ts';

describe('shown(d, places)', () => {
  const t = (expected: string, value: string, places: number) =>
    test(`shown(${value}, ${places}) is "${expected}"`, () => {
      expect(shown(new Decimal(value), places)).toBe(expected);
    });
  t('2,435', '2435', 2);
  t('16.4', '16.4', 3);
  t('16.396…', '16.39653035935563816604708798017348203222', 3);
  // cut, not rounded: the shown digits stay true
  t('60.549…', '60.5499', 3);
  t('−7.48…', '-7.4876934938615740466164521677243342625', 2);
  t('0…', '0.4', -1);
});

describe('shownBound(d, places, side)', () => {
  const t = (expected: string, value: string, places: number, side: 'lo' | 'hi') =>
    test(`shownBound(${value}, ${places}, "${side}") is "${expected}"`, () => {
      expect(shownBound(new Decimal(value), places, side)).toBe(expected);
    });
  t('2,434', '2434', 3, 'lo');
  t('−7.491', '-7.49054785380680554525910000741344799467', 3, 'lo');
  t('−7.484', '-7.48483904927123645152202600714677579585', 3, 'hi');
  t('16.395', '16.39556880984048045864966006063559987112', 3, 'lo');
  t('16.398', '16.39749192475774273228196845905377161315', 3, 'hi');
});

describe('toleranceShown(half, wording)', () => {
  test('toleranceShown("0.05") is "±0.05"', () => {
    expect(toleranceShown('0.05')).toBe('±0.05');
  });
  test('toleranceShown("0.5", almost 1) names the word', () => {
    expect(toleranceShown('0.5', { word: 'almost', by: '1' })).toBe('±0.5, plus 1 for “almost”');
  });
});

describe('scaleWord(scale)', () => {
  const t = (expected: string, scale: number) =>
    test(`scaleWord(${scale}) is "${expected}"`, () => {
      expect(scaleWord(scale)).toBe(expected);
    });
  t('', 0);
  t(' thousand', 3);
  t(' million', 6);
  t(' billion', 9);
  t(' × 10^2', 2);
});
