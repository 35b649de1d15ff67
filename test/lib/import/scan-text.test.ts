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

describe('scanText: a table runs on as the ingest reads it', () => {
  test('over captions between its rows, and blank lines before rows', () => {
    const scanned = scanText(
      'STATEMENTS OF OPERATIONS\n\tThree Months Ended\tThree Months Ended\n\t2026\t2025\nNet sales\t168\t188\nOperating expenses:\nGeneral\t15\t12\nTotal operating expenses\t15\t12\n\nOther expenses:\nInterest\t12\t12\nWeighted average number of common shares outstanding used in computing net income per share:\nBasic\t18\t19\n',
    );
    expect(scanned.tables).toHaveLength(1);
    expect(scanned.tables[0].cells).toEqual(['168', '188', '15', '12', '15', '12', '12', '12', '18', '19']);
  });

  test('but not over a paragraph, nor into a table under its own header', () => {
    const scanned = scanText('A\n\t2026\nSales\t1\n\nSales rose sharply in every region we serve, as the table shows.\nCosts\t2\n\nB\n\t2025\nSales\t3\n');
    expect(scanned.tables.map((t) => t.cells)).toEqual([['1'], ['2'], ['3']]);
  });
});
