// What a row label says its figures measure. Labels are as real releases print them (the
// fixtures' MasterCraft and SunCoke tables, and other companies' operating data): volumes and
// counts under a table "in thousands" of dollars are counts, never money scaled to thousands.
import { describe, expect, test } from 'vitest';
import { namesCount, scaleOfKind, unitOfText } from '../../../src/lib/ingest/units.ts';

describe('namesCount: a line item whose head noun is a count or volume', () => {
  test.each([
    ['Unit sales volume', true], // MasterCraft, a section over its segments' boats
    ['Units sold', true],
    ['Sales volumes (thousands of tons)', true], // SunCoke, Domestic Coke
    ['Terminals handling volumes (thousands of tons) (2)', true], // SunCoke, Industrial Services
    ['Steel customer volumes serviced (thousands of tons) (3)', true],
    ['Total deliveries', true],
    ['Boats', true],
    ['Shipments', true],
    ['Number of stores', true],
    ['Employees', true],
    ['Net sales per unit', false], // money per boat, in the table's thousands
    ['Adjusted EBITDA per ton (2)', false],
    ['Average selling price per unit', false],
    ['Cost of units sold', false],
    ['Revenue from shipments', false],
    ['Revenue volume', false], // money words name money, whatever the head noun
    ['Common units', false], // a partnership's equity
    ["Limited partners' units", false],
    ['Number of shares', false],
    ['Net sales', false],
    ['Total revenues', false],
    ['Weighted average shares outstanding', false],
  ] as const)('%s → %s', (label, count) => {
    expect(namesCount(label)).toBe(count);
  });
});

describe('unitOfText: a count states its own scale', () => {
  test.each([
    ['Sales volumes (thousands of tons)', 'count', 3],
    ['Production (in millions of units)', 'count', 6],
    ["Crude oil (000s of barrels)", 'count', 3],
    ['Unit sales volume', 'count', null],
    ['Revenue ($ in thousands)', null, 3],
    ['Backlog (in thousands of dollars)', null, null], // thousands of dollars are no count
    ['Average daily volume ($ billions)', null, 9], // a volume stated in money is money
    ['Loan volume (in millions of dollars)', null, null],
  ] as const)('%s → %s, scale %s', (label, kind, scale) => {
    expect(unitOfText(label, 'USD')).toMatchObject({ kind, scale });
  });

  test('a count is printed in units unless its words state a scale; money follows the table', () => {
    expect(scaleOfKind('count', 3, false)).toBe(0);
    expect(scaleOfKind('count', 3, false, 3)).toBe(3);
    expect(scaleOfKind('money', 3, false, 6)).toBe(3);
  });
});
