// A currency's name printed before each figure in a fixed-width table: Cboe Global Markets' 4Q24 key performance
// statistics (Dow Jones copy, unseen set s11: ../shared/unseen-edgar-s11/cboe-2024-q4.md; excerpt
// test/fixtures/import/text/cboe-2024-q4-currency-names.txt) print "EUR 42.3" for its European equities and
// "Yen 263.8" for its Japanese ones. "Yen" was no currency to the importer: it wrote "<u>Yen</u> <u>263.8</u>" as two
// marks in one cell, which the ingest could not read (5 figures a line lost, "found 'Yen …'").
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { importRelease } from '../../../src/lib/import/index.ts';
import { isCurrencySymbol } from '../../../src/lib/import/cell-text.ts';
import { parseRelease } from '../../../src/lib/ingest/index.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';
import type { ReleaseMeta } from '../../../src/lib/types.ts';

const FILE = 'test/fixtures/import/text/cboe-2024-q4-currency-names.txt';
const imported = () => importRelease({ text: readFileSync(FILE, 'utf8'), file: 'cboe.txt', kind: 'text' });
const row = (text: string, label: string) => text.split('\n').find((l) => l.startsWith(`${label}\t`));

describe('isCurrencySymbol: a currency printed in a cell of its own before a figure', () => {
  test.each([
    ['$', true], ['EUR', true], ['Yen', true], ['YEN', true], ['Euro', true], ['Rand', true],
    ['Dollar', false], // names many currencies
    ['Market', false],
    ['Total', false],
  ] as const)('%s → %s', (text, currency) => {
    expect(isCurrencySymbol(text)).toBe(currency);
  });
});

describe("a currency's name before each figure is read with the figure (Cboe 4Q24)", () => {
  test.each([
    ['ADNV (JPY - in billions)', ['<u>Yen 263.8</u>', '<u>Yen 323.3</u>', '<u>Yen 315.2</u>', '<u>Yen 315.9</u>', '<u>Yen 190.2</u>']],
    ['Net capture (per matched notional value (bps), in Yen)', ['<u>Yen 0.233</u>', '<u>Yen 0.221</u>', '<u>Yen 0.229</u>', '<u>Yen 0.227</u>', '<u>Yen 0.252</u>']],
    ['Total industry ADNV (Euros - in billions)', ['EUR 42.3', 'EUR 38.9', 'EUR 42.6', 'EUR 41.8', 'EUR 37.7']], // a code, read so before
  ] as const)('%s', (label, cells) => {
    expect(row(imported().releaseText, label)?.split('\t').slice(1)).toEqual(cells);
  });

  test('the ingest reads each as an amount in yen, and reports no figure it could not read', () => {
    const meta: ReleaseMeta = {
      id: 'cboe-2024-q4', title: 'Cboe Global Markets Reports Results for Fourth Quarter 2024', company: 'cboe', name: 'Cboe Global Markets, Inc.', ticker: 'CBOE', exchange: 'Cboe',
      fiscalYearEnd: '12-31', fiscalPeriod: '2024-q4', releaseDate: '2025-02-07', currency: 'USD', scale: 6,
    };
    const release = parseRelease(imported().releaseText, meta, emptyModel, 'cboe/release.txt');
    expect(release.errors).toEqual([]);
    const adnv = release.facts.filter((f) => f.label === 'ADNV (JPY - in billions)');
    expect(adnv.map((f) => [f.period, f.value, f.unit])).toEqual([
      ['2024-q4', '263.8', 'JPY'], ['2024-q3', '323.3', 'JPY'], ['2024-q2', '315.2', 'JPY'], ['2024-q1', '315.9', 'JPY'], ['2023-q4', '190.2', 'JPY'],
    ]);
  });
});
