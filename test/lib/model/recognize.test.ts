// Which concept each row prints: the company model's aliases first, then the base
// model's vocabulary read in context (the table's kind, the row's section and unit).
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { importRelease } from '../../../src/lib/import/index.ts';
import { parseRelease } from '../../../src/lib/ingest/index.ts';
import { emptyModel, recognizeRelease } from '../../../src/lib/model/index.ts';
import type { ReleaseMeta } from '../../../src/lib/types.ts';
import { load } from '../checks/fixture.ts';
import { excerpt, withoutModel } from '../checks/no-model.ts';

describe('the bundled release with no company model', () => {
  const { release, model } = withoutModel('inap-2010-q2');
  const recognition = recognizeRelease(release, model);
  const concepts = (table: string) =>
    Object.fromEntries([...recognition.rows].filter(([k]) => k.startsWith(`${table}/`)).map(([k, c]) => [k.slice(table.length + 1), c.concept]));

  test('the statement of operations: the chain, per-share figures and shares', () => {
    expect(concepts('statement-of-operations')).toEqual({
      'total-revenues': 'revenue',
      'total-operating-costs-and-expenses': 'costs-and-expenses',
      'loss-from-operations': 'operating-income',
      'total-non-operating-expense-income': 'other-expense',
      'loss-before-income-taxes-and-equity-in-loss-earnings-of-equity-method-investment': 'income-before-taxes',
      'provision-for-income-taxes': 'income-tax',
      'net-loss': 'net-income',
      'basic-and-diluted-net-loss-per-share': 'eps-basic-and-diluted',
      'weighted-average-shares-outstanding-used-in-computing-basic-and-diluted-net-loss-per-share': 'shares-basic-and-diluted',
    });
  });

  test('a reconciliation: marked lines and their sections; unmarked adjustments are no concept', () => {
    expect(concepts('reconciliation-of-net-loss-and-basic')).toEqual({
      'net-loss-gaap': 'net-income',
      'normalized-net-income-loss-non-gaap': 'non-gaap-net-income',
      'normalized-net-income-loss-available-to-common-stockholders-non-gaap': 'non-gaap-net-income-attributable',
      'basic-gaap': 'shares-basic', // "Basic (GAAP)" under "Weighted average shares outstanding used in per share calculation:"
      'diluted-gaap': 'shares-diluted',
      'normalized-diluted-shares-non-gaap': 'non-gaap-shares-diluted',
      'loss-per-share-gaap--basic-and-diluted': 'eps-basic-and-diluted', // "Basic and diluted" under "Loss per share (GAAP):"
      'normalized-net-income-loss-per-share--basic-and-diluted': 'non-gaap-eps-basic-and-diluted',
    });
  });

  test('the summary: "GAAP Net Loss" and "Normalized Net Income (Loss)" are net income and its non-GAAP twin', () => {
    expect(concepts('second-quarter-2010-financial-summary')).toMatchObject({
      'total-revenues': 'revenue',
      'gaap-net-loss': 'net-income',
      'normalized-net-income-loss': 'non-gaap-net-income',
      'adjusted-ebitda-margin': 'adjusted-ebitda-margin',
    });
  });

  test('a segment table\'s total revenue is only likely the company\'s', () => {
    expect(recognition.rows.get('segment-profit-and-segment-margin/revenues--total')).toMatchObject({ concept: 'revenue', certain: false });
  });

  test('every recognition says why', () => {
    expect(recognition.rows.get('balance-sheets/total-assets')?.reason).toBe('"Total assets" is Total assets in a balance sheet');
  });
});

describe('with the company model', () => {
  const { release, model } = load('inap-2010-q2', '.');
  const recognition = recognizeRelease(release, model);

  test('its aliases win, under its own concept ids and labels', () => {
    expect(recognition.rows.get('statement-of-operations/net-loss')).toMatchObject({ concept: 'net-loss', source: 'company', certain: true });
    expect(recognition.label('net-loss')).toBe('Net loss (GAAP)');
  });

  test('rows it does not name still get the base model\'s concepts; the base reading of every row is kept for the structure', () => {
    expect(recognition.rows.get('balance-sheet/total-assets')).toMatchObject({ concept: 'total-assets', source: 'base' });
    expect(recognition.baseRows.get('statement-of-operations/net-loss')?.concept).toBe('net-income');
  });
});

describe('an IFRS statement of profit or loss (excerpt asnd-2024-q4-profit-or-loss, Ascendis Pharma 4Q24)', () => {
  const { release, model } = excerpt('asnd-2024-q4-profit-or-loss');
  const recognition = recognizeRelease(release, model);
  test.each([
    // the bottom line named for its period, "(loss)" read out of the label
    ['net-profitloss-for-the-period', 'net-income'],
    ['net-profitloss-for-the-period-2', 'net-income'],
    ['basic-and-diluted-earningsloss-per-share', 'eps-basic-and-diluted'],
    // the basis in parentheses, under no section
    ['number-of-shares-used-for-calculation-basic-and-diluted', 'shares-basic-and-diluted'],
  ])('%s is %s', (row, concept) => {
    expect(recognition.rows.get(`ascendis-pharma-reports-fourth-quarter-and/${row}`)?.concept).toBe(concept);
  });
});

describe('a bank\'s pretax income named before its noncontrolling interests (excerpt pnc-2022-q1-highlights, PNC 1Q22)', () => {
  const { release, model } = excerpt('pnc-2022-q1-highlights');
  const recognition = recognizeRelease(release, model);
  test.each([
    ['income-before-income-taxes-and-noncontrolling-interests', 'income-before-taxes'],
    ['income-taxes', 'income-tax'],
  ])('%s is %s', (row, concept) => {
    expect(recognition.rows.get(`financial-highlights/${row}`)?.concept).toBe(concept);
  });
});

describe('a balance sheet\'s total of liabilities, temporary equity and equity (excerpt voxx-fy2025-q3-balance-sheet, VOXX 3Q FY2025)', () => {
  const { release, model } = excerpt('voxx-fy2025-q3-balance-sheet');
  const recognition = recognizeRelease(release, model);
  test.each([
    ['total-liabilities-redeemable-equity-redeemable-non-controlling-interest-and-stockholders-equity', 'total-liabilities-and-equity'],
    ['total-liabilities', 'total-liabilities'],
    ['total-stockholders-equity', 'total-equity'],
    // the temporary equity itself is neither
    ['redeemable-non-controlling-interest', undefined],
  ])('%s is %s', (row, concept) => {
    expect(recognition.rows.get(`and-subsidiaries-balance-sheets/${row}`)?.concept).toBe(concept);
  });
});

// XP Power's interim results, H1 2025 (unseen set s31; excerpt test/fixtures/import/real/xpp-2025-h1-statements.txt):
// the summary prints "Gross margin" 41.4% under "Adjusted results1:" and 41.6% under "Statutory results:", and the
// currency table heads all its lines "Adjusted £m" (its title now, the table "adjusted"). A caption naming nothing but a basis gives it to every line under
// it (recognize.ts captionBasis); before, both gross margins were one concept and tied, a false mismatch.
describe('a caption naming only a basis (XP Power, H1 2025)', () => {
  const file = 'test/fixtures/import/real/xpp-2025-h1-statements.txt';
  const imported = importRelease({ text: readFileSync(file, 'utf8'), file, kind: 'text' }, { ticker: 'XPP' });
  const meta: ReleaseMeta = {
    id: 'xpp-2025-h1', title: '2025 Interim Results', company: 'xpp', name: 'XP Power Limited', ticker: 'XPP', exchange: '',
    fiscalYearEnd: '12-31', fiscalPeriod: '2025-h1', releaseDate: '2025-08-05', currency: 'GBP', scale: 6,
  };
  const recognition = recognizeRelease(parseRelease(imported.releaseText, meta, emptyModel, file), emptyModel);
  test.each([
    ['six-months-ended-30-june/adjusted-results--gross-margin', 'non-gaap-gross-margin'],
    ['six-months-ended-30-june/adjusted-results--operating-profit', 'non-gaap-operating-income'],
    ['six-months-ended-30-june/statutory-results--gross-margin', 'gross-margin'],
    ['six-months-ended-30-june/statutory-results--operating-profit', 'operating-income'],
    ['adjusted/gross-margin-2', 'non-gaap-gross-margin'],
    ['adjusted/operating-profit', 'non-gaap-operating-income'],
    ['income-statement/operating-profit', 'operating-income'],
  ])('%s is %s', (row, concept) => {
    expect(recognition.rows.get(row)?.concept).toBe(concept);
  });
});
