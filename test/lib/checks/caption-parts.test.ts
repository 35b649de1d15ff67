// Lines under a caption that names a line printed elsewhere, closed by no total of their own (src/lib/checks/
// caption-parts.ts), on Amazon's supplemental metrics of Q3 2022 (test/fixtures/checks/readings/amzn-2022-q3-net-sales.txt):
// "Net Sales" over seven lines of net sales by type, each followed by its growth excluding F/X, the whole "Worldwide
// (WW) net sales" printed in the table before for the same six quarters.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checksOfText } from './no-model.ts';

const text = `Amazon.com Announces Third Quarter Results\n\n${readFileSync('test/fixtures/checks/readings/amzn-2022-q3-net-sales.txt', 'utf8')}`;
const META = { id: 'amzn-2022-q3', fiscalPeriod: '2022-q3', fiscalYearEnd: '12-31', scale: 6 };
const AWS = 'AWS\t$ 14,809\t$ 16,110\t$ 17,780\t$ 18,441\t$ 19,739\t$ 20,538\t27%';
const verdicts = (t: string) => checksOfText(t, META).filter((c) => c.id.endsWith('/caption')).map((c) => `${c.id.split('/').at(-2)} ${c.verdict}`).sort();

describe('the lines under a caption naming a line printed elsewhere add up to it', () => {
  test('each quarter\'s net sales by type add up to worldwide net sales (53,157 + … + 463 = 113,080)', () => {
    expect(verdicts(text)).toEqual(['2021-q2', '2021-q3', '2021-q4', '2022-q1', '2022-q2', '2022-q3'].map((q) => `${q} exact`));
    const c = checksOfText(text, META).find((x) => x.id.endsWith('/2021-q2/caption'))!;
    expect(c.restsOn).toBe("Read from the caption: the 7 lines under 'Net Sales', closed by no total of their own, are the parts of 'Worldwide (WW) net sales', which another table prints for the same period.");
  });

  test('a line altered in one quarter is a mismatch there, the other quarters bearing the reading out', () => {
    expect(text).toContain(AWS);
    const got = verdicts(text.replace(AWS, AWS.replace('$ 17,780', '$ 18,780')));
    expect(got).toContain('2021-q4 mismatch');
    expect(got.filter((v) => v.endsWith('exact'))).toHaveLength(5);
  });

  test('lines that add up in no quarter are not read as the whole\'s parts', () => {
    // every AWS figure doubled: the caption heads a selection, or something else; nothing is published
    const doubled = AWS.replace(/\$ ([\d,]+)/g, (_, n: string) => `$ ${(Number(n.replace(/,/g, '')) * 2).toLocaleString('en-US')}`);
    expect(verdicts(text.replace(AWS, doubled))).toEqual([]);
  });
});
