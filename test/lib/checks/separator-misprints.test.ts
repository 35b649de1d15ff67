// A thousands separator printed as a full stop is a problem located on its cell, and the totals footed over it are not
// accused: HomeTrust Bancshares' loans table, fiscal 3Q20 (unseen set s14, class D;
// test/fixtures/checks/corpus/htbi-fy2020-q3-loans). "(Dollars in thousands)", whole figures with commas, and
// "HELOCs - originated" 139.435 and "Consumer" 11.416 (June 30, 2019), "Equipment finance" 109.175 (March 31, 2019):
// read as printed, "Total retail consumer loans" 1,162,464 and "Total commercial loans" 1,482,607 were false
// mismatches (computed 1,011,763.851 and 1,373,541.175); read as 139,435, 11,416 and 109,175 every column foots.
import { describe, expect, test } from 'vitest';
import { excerpt } from './no-model.ts';

const FIXTURE = 'htbi-fy2020-q3-loans';
const RETAIL = 'footing/loans/total-retail-consumer-loans';
const COMMERCIAL = 'footing/loans/total-commercial-loans';

describe('a full stop printed for a thousands separator (HomeTrust, fiscal 3Q20)', () => {
  test('each such figure is a located problem of the release, on its own cell', () => {
    const { release } = excerpt(FIXTURE);
    const found = release.errors.map((e) => [e.line, /found '([^']+)'/.exec(e.message)?.[1]]);
    expect(found).toEqual([[8, '139.435'], [12, '11.416'], [18, '109.175']]);
    expect(release.errors[0]!.message).toContain('likely 139,435 with a full stop printed for its separator');
    expect(release.facts.filter((f) => f.misprint !== undefined).map((f) => f.id.split('/').slice(2).join('/'))).toEqual([
      'helocs-originated/2019-06-30', 'consumer/2019-06-30', 'equipment-finance/2019-03-31',
    ]);
  });

  // [check, verdict]
  const cases: [string, string][] = [
    [`${RETAIL}/2019-06-30`, 'unverifiable'],
    [`${COMMERCIAL}/2019-03-31`, 'unverifiable'],
    [`${RETAIL}/2020-03-31`, 'exact'],
    [`${RETAIL}/2019-03-31`, 'exact'],
    [`${COMMERCIAL}/2019-06-30`, 'exact'],
    ['footing/loans/total-loans/2019-06-30', 'exact'],
  ];
  test.each(cases)('%s is %s', (id, verdict) => {
    expect(excerpt(FIXTURE).check(id).verdict).toBe(verdict);
  });

  test('a total altered beyond rounding beside the misprint, in a column without one, is still a mismatch', () => {
    const l = excerpt(FIXTURE, [['<u>1,178,412</u>', '<u>1,188,412</u>']]);
    expect(l.check(`${RETAIL}/2019-03-31`).verdict).toBe('mismatch');
  });

  test('the same figures printed with their commas foot, and a total altered beyond rounding over them is a mismatch', () => {
    const commas: [string, string][] = [['139.435', '139,435'], ['11.416', '11,416'], ['109.175', '109,175']];
    const l = excerpt(FIXTURE, commas);
    expect(l.release.errors).toEqual([]);
    expect([l.check(`${RETAIL}/2019-06-30`).verdict, l.check(`${COMMERCIAL}/2019-03-31`).verdict]).toEqual(['exact', 'exact']);
    const altered = excerpt(FIXTURE, [...commas, ['<u>1,162,464</u>', '<u>1,172,464</u>']]);
    expect(altered.check(`${RETAIL}/2019-06-30`).verdict).toBe('mismatch');
  });

  test('a figure with three decimals where its row prints decimals too is no misprint', () => {
    const l = excerpt(FIXTURE, [['144,804\t142,989\t141,129', '144.804\t142.989\t141.129']]);
    expect(l.release.facts.filter((f) => f.misprint !== undefined).map((f) => f.row)).not.toContain('helocs-originated');
  });
});
