import { describe, expect, test } from 'vitest';
import { scanText } from '../../../src/lib/import/scan-text.ts';

describe('scanText', () => {
  test.each([
    ['no rules', '\tThree Months Ended\tThree Months Ended\n\tJune 30, 2024\tJune 30, 2023\nRevenue\t150\t130\n'],
    ['a rule under the headings', '\tThree Months Ended\tThree Months Ended\n\tJune 30, 2024\tJune 30, 2023\n\t-------------\t-------------\nRevenue\t150\t130\n'],
    ['a rule between header lines', '\tThree Months Ended\tThree Months Ended\n\t==================\t==================\n\tJune 30, 2024\tJune 30, 2023\nRevenue\t150\t130\n'],
    ['rules between rows', '\tThree Months Ended\tThree Months Ended\n\tJune 30, 2024\tJune 30, 2023\n\t- -----\t- -----\nRevenue\t150\t130\n\t=====\t=====\n'],
  ])('%s: columns are the headings, cells the figures', (_, table) => {
    const scanned = scanText(`Acme Reports Results\n\nSTATEMENTS OF OPERATIONS\n${table}`);
    expect(scanned.tables).toHaveLength(1);
    expect(scanned.tables[0].columns).toEqual(['Three Months Ended June 30, 2024', 'Three Months Ended June 30, 2023']);
    expect(scanned.tables[0].cells).toEqual(['150', '130']);
    expect(scanned.tables[0].title).toEqual(['STATEMENTS OF OPERATIONS']);
  });
});
