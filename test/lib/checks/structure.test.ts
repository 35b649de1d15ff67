import { describe, expect, test } from 'vitest';
import { closedSection, inferFootings } from '../../../src/lib/checks/structure.ts';
import { loadRelease } from '../../../src/lib/ingest/index.ts';
import type { Table } from '../../../src/lib/types.ts';

describe('closedSection', () => {
  test.each([
    // label, section path, closed path, rule
    ['Total revenues', ['Revenues'], ['Revenues'], 'closes-section'],
    ['Total Revenues', ['Revenues'], ['Revenues'], 'closes-section'],
    ["Total stockholders' equity", ["LIABILITIES AND STOCKHOLDERS' EQUITY", "Stockholders' equity"], ["LIABILITIES AND STOCKHOLDERS' EQUITY", "Stockholders' equity"], 'closes-section'],
    // An outer section, closing the unclosed inner one with it.
    ['Total operating costs and expenses', ['Operating costs and expenses', 'Direct cost of network'], ['Operating costs and expenses'], 'closes-section'],
    ['Total non-operating expense (income)', ['Non-operating expense (income)'], ['Non-operating expense (income)'], 'closes-section'],
    ['Total', ['Segment Profit'], ['Segment Profit'], 'bare-total'],
    // No open section is named "liabilities": the sum so far of the section it is in.
    ['Total liabilities', ["LIABILITIES AND STOCKHOLDERS' EQUITY"], ["LIABILITIES AND STOCKHOLDERS' EQUITY"], 'running-subtotal'],
  ])('%s in %j closes %j (%s)', (label, section, path, rule) => {
    expect(closedSection({ label, section })).toEqual({ path, rule });
  });

  test.each([
    ['Adjusted EBITDA (non-GAAP)', []], // underlined, but not labelled as a total: left to the model
    ['Total', []], // a bare total outside any section closes nothing
    ['Total assets', []], // outside any section nothing says where a running subtotal starts
  ])('%s in %j: the structure does not say', (label, section) => {
    expect(closedSection({ label, section })).toBeNull();
  });
});

describe('inferFootings on the bundled release', () => {
  const release = loadRelease('data/releases/inap-2010-q2');
  const table = (id: string) => release.tables.find((t) => t.id === id) as Table;
  const byId = new Map(release.facts.map((f) => [f.id, f]));
  const additive = (row: Table['rows'][number]) => {
    const f = byId.get(row.cells.find((c) => c !== null) ?? '');
    return f !== undefined && ['USD', 'shares'].includes(f.unit);
  };
  const footings = (id: string) =>
    Object.fromEntries(inferFootings(table(id), additive).map((f) => [f.total.id, f.components.map((r) => r.id)]));

  test('balance sheet: subtotals stand for their components in the next total up', () => {
    const bs = footings('balance-sheet');
    expect(Object.keys(bs)).toEqual([
      'total-current-assets', 'total-assets', 'total-current-liabilities', 'total-liabilities', 'total-stockholders-equity',
      'total-liabilities-and-stockholders-equity',
    ]);
    expect(bs['total-assets'][0]).toBe('total-current-assets');
    expect(bs['total-assets']).toHaveLength(7);
    expect(bs['total-liabilities-and-stockholders-equity']).toEqual(['total-liabilities', 'total-stockholders-equity']);
    // Numbers inside labels (the allowance, par values) are never components.
    expect(bs['total-current-assets']).toEqual([
      'cash-and-cash-equivalents', 'short-term-investments-in-marketable-securities', 'accounts-receivable', 'inventory',
      'prepaid-expenses-and-other-assets',
    ]);
  });

  test('statement of operations: operating costs include the unclosed direct-cost subsection', () => {
    const so = footings('statement-of-operations');
    expect(Object.keys(so)).toEqual(['total-revenues', 'total-operating-costs-and-expenses', 'total-non-operating-expense-income']);
    expect(so['total-operating-costs-and-expenses']).toHaveLength(8);
  });

  test('segment table: each bare Total closes its own section; margins (percent) are never summed', () => {
    expect(footings('segment-profit')).toEqual({
      'revenues--total': ['revenues--data-center-services', 'internet-protocol-ip-services'],
      'direct-cost-of-network--total': ['direct-cost-of-network--data-center-services', 'direct-cost-of-network--ip-services'],
      'segment-profit--total': ['segment-profit--data-center-services', 'segment-profit--ip-services'],
    });
  });

  test('the reconciliations print no "Total": nothing is inferred, the model defines them', () => {
    expect(footings('adjusted-ebitda')).toEqual({});
    expect(footings('normalized-net-income')).toEqual({});
  });
});
