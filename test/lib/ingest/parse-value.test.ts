import { describe, expect, test } from 'vitest';
import { parseValue } from '../../../src/lib/ingest/parse-value.ts';

// Every value form the Internap release prints, and forms that must be refused.
describe('parseValue', () => {
  const t = (input: string, expected: Partial<NonNullable<ReturnType<typeof parseValue>>> | null) =>
    test(`parseValue(${JSON.stringify(input)}) reads ${expected ? JSON.stringify(expected) : 'nothing'}`, () => {
      const got = parseValue(input);
      if (expected === null) expect(got).toBeNull();
      else expect(got).toMatchObject(expected);
    });

  t('\\$ 31,197', { value: '31197', status: 'reported', decimals: 0, dollar: true, underlined: false });
  t('29,328', { value: '29328', dollar: false });
  t('(1,271)', { value: '-1271' });
  t('\\$ (0.03)', { value: '-0.03', decimals: 2, dollar: true });
  t('\\$ 0.03', { value: '0.03', decimals: 2 });
  t('16.4%', { value: '16.4', decimals: 1, unitHint: 'percent' });
  t('590 BPS', { value: '590', unitHint: 'basis-points' });
  t('-3%', { value: '-3', unitHint: 'percent' });
  t('81%', { value: '81', unitHint: 'percent' });
  t('n/m', { value: null, status: 'not-meaningful' });
  t('-', { value: null, status: 'nil' });
  t('----', { value: null, status: 'nil' });
  t('<u>\\$ 9,924</u>', { value: '9924', underlined: true, dollar: true });
  t('<u>48.3%</u>', { value: '48.3', underlined: true, unitHint: 'percent' });
  t('<u>\\$ (1,468)</u>', { value: '-1468', underlined: true });
  t('1,227,054', { value: '1227054' });
  t('(0)', { value: '0' }); // a printed zero in parentheses is still zero, never "-0"
  t('12,3a4', null);
  t('(1,271', null);
  t('1,2345', null);
  t('--5', null);
  t('(-5)', null);
  t('abc', null);
});
