// Footings read from the structure of a table, with their reasons: on the bundled
// release with no company model, and on small tables written in the forms real
// statements print (each form a case).
import { describe, expect, test } from 'vitest';
import { checkContext } from '../../../src/lib/checks/context.ts';
import { readTable, type Footing } from '../../../src/lib/checks/footing.ts';
import { totalWords } from '../../../src/lib/checks/structure.ts';
import type { Expression } from '../../../src/lib/checks/expression.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';
import { fromText, load, alteredIsMismatch } from './fixture.ts';
import { excerpt, withoutModel } from './no-model.ts';

/** "a + b − c" as the row ids it reads, with signs. */
function terms(e: Expression): string[] {
  if (e.type === 'name') return [e.name];
  if (e.type === 'negate') return terms(e.arg).map((t) => `-${t}`);
  if (e.type === 'binary') return [...terms(e.left), ...terms(e.right).map((t) => (e.op === '-' ? `-${t}` : t))];
  throw new Error(`unexpected ${e.type}`);
}

const show = (f: Footing) => ({ total: f.total.id, rule: f.rule, certain: f.certain, terms: terms(f.expression) });

/** Every table's inferred footings, by table id. */
function readAll(loaded: ReturnType<typeof fromText>) {
  const ctx = checkContext(loaded.release, loaded.model);
  return Object.fromEntries(loaded.release.tables.map((t) => [t.id, readTable(ctx, t)]));
}

describe('totalWords', () => {
  test.each([
    ['Total current assets', 'current assets'],
    ['Total', ''],
    ['Subtotal', ''],
    ['', ''],
    ['Total non-operating expense (income)', 'non operating expense'],
    ["Total stockholders' equity", 'stockholders equity'],
    ['Net income', null],
    ['Totalizer revenue', null],
  ])('%j → %j', (label, words) => {
    expect(totalWords(label)).toBe(words);
  });
});

describe('the bundled release, read with no company model', () => {
  const tables = readAll(withoutModel('inap-2010-q2'));
  const footings = (id: string) => Object.fromEntries(tables[id].footings.map((f) => [f.total.id, show(f)]));

  test('statement of operations: section totals and the chain from revenue to net loss, all certain', () => {
    const so = footings('statement-of-operations');
    expect(Object.values(so).map((f) => [f.total, f.rule, f.certain])).toEqual([
      ['total-revenues', 'closes-section', true],
      ['total-operating-costs-and-expenses', 'closes-section', true],
      ['loss-from-operations', 'chain', true],
      ['total-non-operating-expense-income', 'closes-section', true],
      ['loss-before-income-taxes-and-equity-in-loss-earnings-of-equity-method-investment', 'chain', true],
      ['net-loss', 'chain', true],
    ]);
    // The costs section holds a subsection nothing closes: its rows count in the outer total.
    expect(so['total-operating-costs-and-expenses'].terms).toHaveLength(8);
    expect(so['loss-from-operations'].terms).toEqual(['total-revenues', '-total-operating-costs-and-expenses']);
    // "Non-operating expense (income)" takes from income; "Equity in loss (earnings)" printed (62) is earnings, so it is added back.
    expect(so['net-loss'].terms).toEqual([
      'loss-before-income-taxes-and-equity-in-loss-earnings-of-equity-method-investment',
      '-provision-for-income-taxes',
      '-equity-in-loss-earnings-of-equity-method-investment-net-of-taxes',
    ]);
  });

  test('balance sheet: subtotals stand for their components in the next total up; "Total liabilities" is a running subtotal', () => {
    const bs = footings('balance-sheets');
    expect(Object.keys(bs)).toEqual([
      'total-current-assets', 'total-assets', 'total-current-liabilities', 'total-liabilities', 'total-stockholders-equity',
      'total-liabilities-and-stockholders-equity',
    ]);
    expect(Object.values(bs).every((f) => f.certain)).toBe(true);
    expect(bs['total-assets'].terms[0]).toBe('total-current-assets');
    expect(bs['total-assets'].terms).toHaveLength(7);
    expect(bs['total-liabilities'].rule).toBe('running-subtotal');
    expect(bs['total-liabilities-and-stockholders-equity'].terms).toEqual(['total-liabilities', 'total-stockholders-equity']);
    // Numbers inside labels (the allowance, par values) are never components.
    expect(bs['total-current-assets'].terms).toEqual([
      'cash-and-cash-equivalents', 'short-term-investments-in-marketable-securities', 'accounts-receivable', 'inventory',
      'prepaid-expenses-and-other-assets',
    ]);
  });

  test('cash flows: each section closed by its "Net cash … activities", the net change over the sections and exchange rates, end = beginning + change', () => {
    const cf = footings('statements-of-cash-flows');
    expect(Object.values(cf).map((f) => [f.total, f.rule, f.certain, f.terms.length])).toEqual([
      ['net-cash-flows-provided-by-operating-activities', 'cash-flow-section', true, 16],
      ['net-cash-flows-used-in-investing-activities', 'cash-flow-section', true, 2],
      ['net-cash-flows-provided-by-used-in-financing-activities', 'cash-flow-section', true, 5],
      ['net-increase-in-cash-and-cash-equivalents', 'cash-change', true, 4],
      ['cash-and-cash-equivalents-at-end-of-period', 'cash-roll-forward', true, 2],
    ]);
  });

  test('reconciliations: each non-GAAP result is its GAAP measure plus the adjustments between them', () => {
    expect(footings('reconciliation-of-loss-from-operations-to')).toEqual({
      'adjusted-ebitda-non-gaap': {
        total: 'adjusted-ebitda-non-gaap',
        rule: 'reconciliation',
        certain: true, // the title names both: "Reconciliation of loss from operations to adjusted EBITDA"
        terms: [
          'loss-income-from-operations-gaap', 'stock-based-compensation',
          'depreciation-and-amortization-including-depreciation-and-amortization-included-in-direct-costs-of-network-sales-and-services',
          'loss-on-disposals-of-property-and-equipment-net', 'impairments-and-restructuring',
        ],
      },
    });
    const nni = footings('reconciliation-of-net-loss-and-basic');
    expect(Object.values(nni).map((f) => [f.total, f.certain, f.terms])).toEqual([
      ['normalized-net-income-loss-non-gaap', true, ['net-loss-gaap', 'impairments-and-restructuring', 'stock-based-compensation-expense', 'additional-impairments-included-in-depreciation-and-amortization']],
      ['normalized-net-income-loss-available-to-common-stockholders-non-gaap', true, ['normalized-net-income-loss-non-gaap', 'normalized-net-income-allocable-to-participating-securities-non-gaap']],
      // From the nearest GAAP line: diluted shares, not basic ones.
      ['normalized-diluted-shares-non-gaap', true, ['diluted-gaap', 'add-potentially-dilutive-securities', 'less-dilutive-effect-of-stock-based-compensation-under-the-treasury-stock-method']],
    ]);
  });

  test('segment table: each bare Total closes its own section; margins (percent) are never summed', () => {
    expect(Object.values(footings('segment-profit-and-segment-margin')).map((f) => [f.total, f.rule, f.terms])).toEqual([
      ['revenues--total', 'bare-total', ['revenues--data-center-services', 'internet-protocol-ip-services']],
      ['direct-cost-of-network--total', 'bare-total', ['direct-cost-of-network--data-center-services', 'direct-cost-of-network--ip-services']],
      ['segment-profit--total', 'bare-total', ['segment-profit--data-center-services', 'segment-profit--ip-services']],
    ]);
  });

  test('the financial summary (selected figures) gets its section total only: its other rows are not a sum', () => {
    expect(Object.keys(footings('second-quarter-2010-financial-summary'))).toEqual(['total-revenues']);
  });

  test('every inferred footing says why, naming the rows', () => {
    const reasons = Object.values(tables).flatMap((t) => t.footings.map((f) => f.reason));
    expect(reasons.every((r) => r !== null && r.startsWith(`'`))).toBe(true);
    expect(reasons).toContain("'Total current assets' closes the section 'Current assets:'.");
    expect(reasons).toContain("'Total assets' closes the section 'ASSETS'.");
  });
});

describe('forms real statements print', () => {
  const table = (title: string, header: string, rows: string[]) =>
    `${title}\n(In millions)\n\n\t${header}\n${rows.join('\n')}\n`;
  const readOne = (text: string) => Object.values(readAll(fromText(text, emptyModel)))[0];
  const one = (text: string) => readOne(text).footings.map(show);

  test('an "Other income (expense), net" under its lines is their subtotal when that holds, and the chain reads it as one line', () => {
    const text = table('CONDENSED CONSOLIDATED STATEMENTS OF INCOME', '2Q 2010\t2Q 2009', [
      'Revenue\t$ 5,931\t$ 7,103', 'Cost of revenue\t2,754\t2,472', 'Gross profit\t3,177\t4,631',
      'Operating expenses\t\t', 'Research and development\t1,945\t1,403', 'Sales, general and administrative\t631\t557',
      'Total operating expenses\t2,576\t1,960', 'Income from operations\t601\t2,671', 'Interest income\t88\t7',
      'Interest expense\t(65)\t(62)', 'Other, net\t(11)\t22', 'Other income (expense), net\t12\t(33)',
      'Income before income tax\t613\t2,638', 'Income tax expense (benefit)\t(67)\t174', 'Net income\t$ 680\t$ 2,464',
    ]);
    expect(one(text).map((f) => [f.total, f.rule, f.certain, f.terms])).toEqual([
      ['gross-profit', 'chain', true, ['revenue', '-cost-of-revenue']],
      ['total-operating-expenses', 'closes-section', true, ['research-and-development', 'sales-general-and-administrative']],
      ['income-from-operations', 'chain', true, ['gross-profit', '-total-operating-expenses']],
      ['other-income-expense-net', 'block-subtotal', false, ['interest-income', 'interest-expense', 'other-net']],
      ['income-before-income-tax', 'chain', false, ['income-from-operations', 'other-income-expense-net']],
      // "(benefit)" says the figure is an expense: (67) is a benefit, added back.
      ['net-income', 'chain', true, ['income-before-income-tax', '-income-tax-expense-benefit']],
    ]);
  });

  // Thryv's statement of operations (Q2 2026, test/fixtures/checks/real/thry-2026-q2): "Other income"
  // is the last line of "Other income (expense):", not its total; XBRL renderings repeat a name whole.
  test.each([
    ['Other income (expense):', 'Other income', false],
    ['Other (expense) income:', 'Other expense', false],
    ['Net (loss) income:', 'Net income', false],
    ['Operating expenses', 'Operating Expenses', true],
    ['Revenues', 'Revenue', true],
    ['Revenues (1)', 'Revenues', true],
    ['Other income (expense):', 'Other income (expense)', true],
  ])('under "%s", a line "%s" closes the section: %s', (section, line, closes) => {
    const text = table('CONSOLIDATED STATEMENTS OF OPERATIONS', '2Q 2026\t2Q 2025', [
      'Operating income\t(1,143)\t29,540', `${section}\t\t`, 'Interest expense\t(5,035)\t(5,981)', 'Pension cost\t(357)\t(778)', `${line}\t(446)\t2,557`,
    ]);
    expect(one(text).some((f) => f.rule === 'closes-section')).toBe(closes);
  });

  test('costs printed in parentheses are already signed: gross profit = revenue + cost of sales as printed', () => {
    const text = table('INCOME STATEMENT', '2Q 2010\t2Q 2009', ['Revenue\t1,000\t900', 'Cost of sales\t(600)\t(500)', 'Gross profit\t400\t400']);
    expect(one(text)).toEqual([{ total: 'gross-profit', rule: 'chain', certain: true, terms: ['revenue', 'cost-of-sales'] }]);
  });

  test('a "Less" line printed positive is taken away; printed in parentheses it is added as printed', () => {
    const text = table('CONSOLIDATED BALANCE SHEETS', 'June 30, 2010\tDecember 31, 2009', [
      'Property and equipment:\t\t', 'Land\t100\t100', 'Buildings\t400\t380', 'Less accumulated depreciation\t150\t120',
      'Total property and equipment\t350\t360', 'Treasury stock:\t\t', 'Common stock at cost\t20\t20', 'Less: stock reissued\t(5)\t(4)', 'Total treasury stock\t15\t16',
    ]);
    expect(one(text).map((f) => f.terms)).toEqual([
      ['land', 'buildings', '-less-accumulated-depreciation'],
      ['common-stock-at-cost', 'less-stock-reissued'],
    ]);
  });

  test('a bare Total after a subsection that opened after rows is ambiguous: read as the section or the whole, whichever the figures tie', () => {
    const rows = (total: string) => [
      'Product revenue:\t\t', 'Hardware\t10\t8', 'Software\t20\t18', 'Service revenue:\t\t', 'Support\t5\t4', `Total\t${total}`,
    ];
    // 35 = 10 + 20 + 5 is the grand total, not the service total: the bare Total closes the sections around it too.
    const grand = readOne(table('REVENUE BY TYPE', '2Q 2010\t2Q 2009', rows('35\t30')));
    expect(grand.footings.map(show)).toEqual([{ total: 'total', rule: 'bare-total', certain: false, terms: ['hardware', 'software', 'support'] }]);
    expect(grand.footings[0].considered).toEqual(["the lines as the layout first reads them", "'Total' closing the sections around 'Service revenue:' too"]);
    // Neither reading ties (40 is neither 5 nor 35): not judged, and the checks say which readings were considered.
    const neither = fromText(table('REVENUE BY TYPE', '2Q 2010\t2Q 2009', rows('40\t36')), emptyModel).checks.filter((c) => c.kind === 'footing');
    expect(neither.map((c) => c.verdict)).toEqual(['unverifiable', 'unverifiable']);
    expect(neither[0].explanation).toContain(`No reading of the layout ties in any column (considered: "the lines as the layout first reads them" and "'Total' closing the sections around 'Service revenue:' too")`);
    // It says what the reading gives without accusing the figure: no "differ by …, more than rounding allows".
    expect(neither[0].explanation).toMatch(/^Not verifiable: under the reading below, the figures give 5, not the printed 40\. /);
    expect(neither[0].explanation).not.toContain('more than rounding allows');
    // 5 = the service total holds: published, as likely.
    expect(one(table('REVENUE BY TYPE', '2Q 2010\t2Q 2009', rows('5\t4')))).toEqual([{ total: 'total', rule: 'bare-total', certain: false, terms: ['support'] }]);
  });

  test('a reconciliation with "Total adjustments" sums the adjustments once, then the result reads the subtotal', () => {
    const text = table('RECONCILIATION OF GAAP TO NON-GAAP MEASURES', 'Q2 2020\tQ2 2019', [
      'GAAP net income\t100\t90', 'Stock-based compensation\t10\t9', 'Amortization of intangibles\t5\t4',
      'Total non-GAAP adjustments\t15\t13', 'Non-GAAP net income\t115\t103',
    ]);
    expect(one(text).map((f) => [f.total, f.rule, f.certain, f.terms])).toEqual([
      ['total-non-gaap-adjustments', 'block-subtotal', false, ['stock-based-compensation', 'amortization-of-intangibles']],
      ['non-gaap-net-income', 'reconciliation', true, ['gaap-net-income', 'total-non-gaap-adjustments']],
    ]);
  });

  test('a reconciliation to a measure the GAAP line does not name (free cash flow): a mismatch only where the other column corroborates it', () => {
    const rows = (fcf: string) => [
      'GAAP net cash provided by operating activities\t$ 392\t$ 1,519', 'Purchases related to property and equipment\t(530)\t(221)',
      'Principal payments on property and equipment\t(18)\t(22)', `Free cash flow\t${fcf}`,
    ];
    const holds = readOne(table('RECONCILIATION OF GAAP TO NON-GAAP FINANCIAL MEASURES', '2Q 2010\t2Q 2009', rows('$ (156)\t$ 1,276')));
    expect(holds.footings.map(show)).toEqual([
      { total: 'free-cash-flow', rule: 'reconciliation', certain: false, terms: ['gaap-net-cash-provided-by-operating-activities', 'purchases-related-to-property-and-equipment', 'principal-payments-on-property-and-equipment'] },
    ]);
    // Off in one column, tying in the other: corroborated by the same rows, so the column that does not tie is a mismatch.
    const offText = table('RECONCILIATION OF GAAP TO NON-GAAP FINANCIAL MEASURES', '2Q 2010\t2Q 2009', rows('$ (150)\t$ 1,276'));
    const off = readOne(offText);
    expect(off.footings.map((f) => [f.total.id, f.fit])).toEqual([['free-cash-flow', 'corroborated']]);
    const checks = fromText(offText, emptyModel).checks.filter((c) => c.kind === 'footing');
    expect(checks.map((c) => [c.period, c.verdict])).toEqual([['2010-q2', 'mismatch'], ['2009-q2', 'exact']]);
    expect(checks[0].explanation).toContain('The relation holds on the same rows in Q2 2009, so this column is a mismatch.');
    // Off in both: no reading ties anywhere and the labels do not make it certain: not judged.
    const both = fromText(table('RECONCILIATION OF GAAP TO NON-GAAP FINANCIAL MEASURES', '2Q 2010\t2Q 2009', rows('$ (150)\t$ 1,270')), emptyModel);
    expect(both.checks.filter((c) => c.kind === 'footing').map((c) => c.verdict)).toEqual(['unverifiable', 'unverifiable']);
  });

  test('a statement in capitals (Buckle, fiscal 2024): caption sections, an unlabelled total of operating expenses, and the whole chain', () => {
    const text = table('CONSOLIDATED STATEMENTS OF INCOME', '2Q 2010\t2Q 2009', [
      'SALES, Net of returns and allowances\t$ 293,618\t$ 303,457',
      'COST OF SALES (Including buying, distribution, and occupancy costs)\t153,547\t156,242',
      '    Gross profit\t<u>140,071</u>\t<u>147,215</u>', 'OPERATING EXPENSES:\t\t', '  Selling\t71,986\t70,242',
      '  General and administrative\t13,602\t12,908', '\t<u>85,588</u>\t<u>83,150</u>', 'INCOME FROM OPERATIONS\t<u>54,483</u>\t<u>64,065</u>',
      'OTHER INCOME, Net\t4,023\t4,490', 'INCOME BEFORE INCOME TAXES\t<u>58,506</u>\t<u>68,555</u>', 'INCOME TAX EXPENSE\t14,334\t16,793',
      'NET INCOME\t<u>$ 44,172</u>\t<u>$ 51,762</u>',
    ]);
    expect(one(text).map((f) => [f.rule, f.certain, f.terms.length])).toEqual([
      ['chain', true, 2], // 293,618 − 153,547 = 140,071
      ['bare-total', true, 2], // 71,986 + 13,602 = 85,588
      ['chain', true, 2], // 140,071 − 85,588 = 54,483: the unlabelled total is an expense by its section's name
      ['chain', true, 2], // 54,483 + 4,023 = 58,506
      ['chain', true, 2], // 58,506 − 14,334 = 44,172
    ]);
  });

  test('a reconciliation of margins adds points: 63.2% + 2.8% = 66.0% (NVIDIA\'s outlook)', () => {
    const text = `RECONCILIATION OF GAAP TO NON-GAAP OUTLOOK\n($ in millions)\n\n\t2Q 2010\nGAAP gross margin\t63.2%\n  Impact of stock-based compensation expense, acquisition-related costs, and other costs\t2.8%\nNon-GAAP gross margin\t<u>66.0%</u>\nGAAP operating expenses\t$ 2,560\n  Stock-based compensation expense, acquisition-related costs, and other costs\t(780)\nNon-GAAP operating expenses\t<u>$ 1,780</u>\n`;
    const loaded = fromText(text, emptyModel);
    expect(loaded.checks.filter((c) => c.kind === 'footing').map((c) => [c.id, c.verdict, c.computed])).toEqual([
      ['footing/reconciliation-of-gaap-to-non-gaap-outlook/non-gaap-gross-margin/2010-q2', 'exact', '66'],
      ['footing/reconciliation-of-gaap-to-non-gaap-outlook/non-gaap-operating-expenses/2010-q2', 'exact', '1780'],
    ]);
  });

  // A summary's chain is a guess the figures must bear out (PNC's consolidated financial highlights tie link by link,
  // test/lib/checks/selected-chain.test.ts); selected figures that leave lines out bear out none: nothing is published.
  test('a summary of selected figures is no chain where its figures do not tie: operating income is not revenue less operating expenses there', () => {
    const text = `GAAP\n($ in millions, except earnings per share)\n\t2Q 2010\t1Q 2010\t2Q 2009\tQoQ Growth\tYoY Growth\nRevenue\t$5,931\t$6,704\t$7,103\t-12%\t-17%\nOperating expenses\t$2,576\t$2,416\t$1,960\t7%\t31%\nOperating income\t$601\t$499\t$2,671\t20%\t-77%\n`;
    const read = readOne(text);
    expect(read.footings).toEqual([]);
    expect(read.rejected.map((f) => [f.rule, f.certain])).toEqual([['chain', false]]);
  });
});

describe('reconciliations their titles do not name, read by their rows (excerpts of real releases)', () => {
  const table = (title: string, rows: string[]) => `${title}\n($ thousands)\n\n\t2Q 2010\t2Q 2009\n${rows.join('\n')}\n`;
  const readOne = (text: string) => Object.values(readAll(fromText(text, emptyModel)))[0];
  const footingChecks = (text: string) => fromText(text, emptyModel).checks.filter((c) => c.kind === 'footing');

  // Computer Modelling Group, Q3 fiscal 2025 (cmg-fy2025-q3), consolidated columns of the three months.
  const cmg = (ebitda: string) =>
    table('Adjusted EBITDA and Adjusted EBITDA Margin', [
      'Net income (loss)\t9,606\t5,610', 'Add (deduct):\t\t', 'Depreciation and amortization\t2,267\t1,555', 'Stock-based compensation\t(79)\t2,974',
      'Acquisition related expenses\t1,587\t697', 'Loss on contingent consideration\t150\t-', 'Income and other tax expense\t3,562\t2,507',
      'Interest income\t(653)\t(984)', 'Foreign exchange loss (gain)\t(1,927)\t642', 'Repayment of lease liabilities\t(689)\t(728)', `Adjusted EBITDA (1)\t${ebitda}`,
    ]);

  test('"Net income (loss) / Add (deduct): … / Adjusted EBITDA" under a title naming only the result reconciles, and ties', () => {
    const read = readOne(cmg('13,824\t12,272'));
    expect(read.footings.map(show)).toEqual([
      {
        total: 'adjusted-ebitda', rule: 'reconciliation', certain: false,
        terms: ['net-income-loss', 'depreciation-and-amortization', 'stock-based-compensation', 'acquisition-related-expenses', 'loss-on-contingent-consideration',
          'income-and-other-tax-expense', 'interest-income', 'foreign-exchange-loss-gain', 'repayment-of-lease-liabilities'],
      },
    ]);
    expect(footingChecks(cmg('13,824\t12,272')).map((c) => c.verdict)).toEqual(['exact', 'rounding']);
  });

  test('an altered result is a mismatch where the other column corroborates the reading; altered in both, it is not judged', () => {
    expect(footingChecks(cmg('13,924\t12,272')).map((c) => c.verdict)).toEqual(['mismatch', 'rounding']);
    expect(footingChecks(cmg('13,924\t12,372')).map((c) => c.verdict)).toEqual(['unverifiable', 'unverifiable']);
  });

  test('a chain: each result reconciles from the measure printed before its adjustments (Euronet, eeft-2024-q4)', () => {
    // The first column prints no net income: the lines from net income to operating income are the second column's alone.
    const text = table('', [
      'Net income\t\t279.5', 'Add: Income tax expense\t\t120.9', 'Add: Total other expense, net\t\t32.2', 'Operating income (expense)\t206.3\t432.6',
      'Add: Non-cash purchase accounting expense adjustment\t2.5\t2.5', 'Less: Non-cash gain\t(3.0)\t(3.0)', 'Adjusted operating income (expense)\t205.8\t432.1',
      'Add: Depreciation and amortization\t94.6\t132.9', 'Add: Share-based compensation\t\t53.7',
      'Earnings before interest, taxes, depreciation, amortization, non-cash purchase accounting expense adjustment, non-cash gain and share-based compensation (Adjusted EBITDA)\t300.4\t618.7',
    ]);
    // Weighed only in the column printing its lines, operating income is net income plus tax and other expense there.
    const read = readOne(text);
    expect(read.footings.map((f) => [f.total.id, f.rule, terms(f.expression)])).toEqual([
      ['operating-income-expense', 'reconciliation', ['net-income', 'add-income-tax-expense', 'add-total-other-expense-net']],
      ['adjusted-operating-income-expense', 'reconciliation', ['operating-income-expense', 'add-non-cash-purchase-accounting-expense-adjustment', 'less-non-cash-gain']],
      [read.footings[2].total.id, 'reconciliation', ['adjusted-operating-income-expense', 'add-depreciation-and-amortization', 'add-share-based-compensation']],
    ]);
    // A result now, operating income starts the next block as the layout first reads it.
    expect(read.footings[1].read).toBe('');
    expect(footingChecks(text).map((c) => c.verdict)).toEqual(['exact', 'exact', 'exact', 'exact', 'exact']);
  });

  test('the first line of a reconciliation starts it though no concept names it (Killam, kmp-2024-q4: FFO to AFFO; the title names both)', () => {
    const text = table('Reconciliation of FFO to AFFO', [
      'FFO\t36,393\t34,034', 'Maintenance capital expenditures\t(5,650)\t(5,278)', 'Commercial straight-line rent adjustment\t(18)\t(5)',
      'Internal commercial leasing costs\t(146)\t(168)', 'AFFO\t30,579\t28,583',
    ]);
    expect(readOne(text).footings.map(show)).toEqual([
      { total: 'affo', rule: 'reconciliation', certain: true, terms: ['ffo', 'maintenance-capital-expenditures', 'commercial-straight-line-rent-adjustment', 'internal-commercial-leasing-costs'] },
    ]);
  });

  test('a block that starts from a measure printed after the last result (Slate Grocery, sgr-2024-q4: NOI, then cash flow from operations to AFFO)', () => {
    const text = table('Calculation and Reconciliation of Non-IFRS Measures', [
      'Rental revenue\t53,077\t51,539', 'Straight-line rent revenue\t(109)\t(95)', 'Property operating expenses\t(9,149)\t(9,209)',
      'IFRIC 21 property tax adjustment\t(7,671)\t(7,360)', 'Contribution from joint venture investments\t5,314\t5,264', 'NOI\t41,462\t40,139',
      'Cash flow from operations\t16,131\t11,421', 'Changes in non-cash working capital items\t592\t5,979', 'Disposition costs\t90\t—',
      'Finance charge and mark-to-market adjustments\t(1,060)\t(525)', 'Interest, net and TIF note adjustments\t145\t22', 'Adjustments for joint venture investments\t2,422\t2,523',
      'Non-controlling interest\t(3,375)\t(3,444)', 'Taxes on dispositions\t3\t—', 'Capital expenditures\t(337)\t(405)', 'Leasing costs\t(853)\t(952)',
      'Tenant improvements\t(1,951)\t(1,590)', 'AFFO\t11,807\t13,029',
    ]);
    const read = readOne(text);
    expect(read.footings.map((f) => [f.total.id, terms(f.expression)[0], f.fit])).toEqual([
      ['noi', 'rental-revenue', 'holds'],
      ['affo', 'cash-flow-from-operations', 'holds'],
    ]);
  });

  test('a line that names no measure is no link of the chain, even where one column fits (Slate Grocery: general and administrative expenses)', () => {
    // Two adjusted EBITDA figures for one quarter (36,951 from net income, 37,168 from NOI): G&A is 37,168 − 41,462,
    // not 36,951 − 41,462; in 2023 both are 36,123, and G&A = adjusted EBITDA − NOI there by arithmetic alone.
    const text = table('', [
      'Net income\t15,731\t5,177', 'Interest and finance costs\t15,174\t13,779', 'Change in fair value of properties\t11,218\t12,475',
      'Other adjustments\t(5,172)\t4,692', 'Adjusted EBITDA\t36,951\t36,123', 'NOI\t41,462\t40,139', 'General and administrative expenses\t(4,294)\t(4,016)',
      'Adjusted EBITDA\t37,168\t36,123',
    ]);
    const read = readOne(text);
    expect(read.footings.map((f) => [f.total.id, terms(f.expression), f.fit])).toEqual([
      ['adjusted-ebitda', ['net-income', 'interest-and-finance-costs', 'change-in-fair-value-of-properties', 'other-adjustments'], 'holds'],
      ['adjusted-ebitda-2', ['noi', 'general-and-administrative-expenses'], 'holds'],
    ]);
    expect(footingChecks(text).some((c) => c.verdict === 'mismatch')).toBe(false);
  });

  test('a total of the adjustments under its caption, not the lines above the caption (First Quantum, fm-2024-q4)', () => {
    const text = table('EBITDA, ADJUSTED EARNINGS (LOSS) AND ADJUSTED EARNINGS (LOSS) PER SHARE', [
      'Operating profit (loss)\t344\t329', 'Depreciation\t169\t159', 'Other adjustments:\t\t', 'Foreign exchange loss (gain)\t(13)\t23', 'Impairment expense\t2\t2',
      'Share of results of joint venture\t(12)\t(1)', 'Royalty payable\t—\t—', 'Restructuring expense\t—\t2', 'Other expense\t3\t6',
      'Revisions in estimates of restoration provisions at closed sites\t(38)\t—', 'Total adjustments excluding depreciation\t(58)\t32', 'EBITDA\t455\t520',
    ]);
    const read = readOne(text);
    expect(read.footings.map((f) => [f.total.id, terms(f.expression).length, f.fit])).toEqual([
      ['total-adjustments-excluding-depreciation', 7, 'holds'],
      ['ebitda', 3, 'holds'],
    ]);
    expect(terms(read.footings[1].expression)).toEqual(['operating-profit-loss', 'depreciation', 'total-adjustments-excluding-depreciation']);
  });

  test('a line that ends on a profit is a link where the figures tie through it (Brookfield Asset Management, bam-2024-fy: net income, fee-related earnings, distributable earnings)', () => {
    const text = table('UnauditedFor the periods ended December 31', [
      'Net income\t680\t531', 'Add or subtract the following:\t\t', 'Provision for taxes\t129\t116', 'Depreciation and amortization\t3\t4',
      'Carried interest allocations\t(29)\t(137)', 'Carried interest allocation compensation\t11\t(2)', 'Other (income) expenses\t(24)\t139',
      'Interest expense paid to related parties\t5\t4', 'Interest and dividend revenue\t(26)\t(45)', 'Other revenues\t(59)\t(96)',
      'Share of income from equity method investments\t(145)\t(73)', 'Fee-related earnings of partly owned subsidiaries at our share\t95\t73',
      'Compensation costs recovered from affiliates\t34\t45', 'Non-recurring restructuring costs\t—\t35', 'Fee Revenues from BSREP III & other\t3\t(13)',
      'Fee-Related Earnings\t677\t581', 'Cash taxes\t(88)\t(45)', 'Add back: equity-based compensation costs and other\t60\t50', 'Distributable Earnings\t649\t586',
    ]);
    const read = readOne(text);
    expect(read.footings.map((f) => [f.total.id, terms(f.expression)[0], terms(f.expression).length, f.fit])).toEqual([
      ['fee-related-earnings', 'net-income', 14, 'holds'],
      ['distributable-earnings', 'fee-related-earnings', 3, 'holds'],
    ]);
  });

  test('an adjustment whose name holds the word GAAP starts nothing (Euronet, eeft-2024-q4: "Non-cash GAAP tax expense (benefit)")', () => {
    const text = table('Reconciliation of Adjusted Earnings per Share', [
      'Net income attributable to Euronet Worldwide, Inc.\t$ 306.0\t$ 279.7', 'Foreign currency exchange loss (gain)\t19.1\t(8.0)',
      'Intangible asset amortization(1)\t21.7\t24.4', 'Share-based compensation(2)\t43.9\t53.7', 'Non-cash gain(3)\t—\t(3.0)',
      'Non-cash purchase accounting (income) expense adjustment(4)\t(0.4)\t2.5', 'Income tax effect of above adjustments(5)\t13.2\t(3.0)',
      'Non-cash investment gain(6)\t(20.3)\t—', 'Non-cash GAAP tax expense (benefit)(7)\t9.9\t19.7', 'Adjusted earnings(8)\t$ 393.1\t$ 366.0',
    ]);
    const read = readOne(text);
    expect(read.footings.map((f) => [f.total.id, terms(f.expression)[0], terms(f.expression).length, f.fit])).toEqual([
      ['adjusted-earnings', 'net-income-attributable-to-euronet-worldwide-inc', 9, 'holds'],
    ]);
  });

  test('"Less" as a caption over its lines takes them away (CNA, cna-2024-q4: core income to underwriting gain)', () => {
    const text = table('', [
      'Net income\t165\t222', 'Net investment losses (gains), after tax\t12\t16', 'Core income\t177\t238', 'Less:\t\t', 'Net investment income\t165\t199',
      'Non-insurance warranty revenue (expense)\t19\t—', 'Other revenue (expense), including interest expense\t(13)\t(4)',
      'Income tax expense on core income\t(48)\t(63)', 'Underwriting gain\t<u>54</u>\t<u>106</u>',
    ]);
    const read = readOne(text);
    expect(read.footings.map((f) => [f.total.id, terms(f.expression)])).toEqual([
      ['core-income', ['net-income', 'net-investment-losses-gains-after-tax']],
      ['underwriting-gain', ['core-income', '-net-investment-income', '-non-insurance-warranty-revenue-expense', '-other-revenue-expense-including-interest-expense', '-income-tax-expense-on-core-income']],
    ]);
  });
});

describe('tables with change columns beside their periods: the period columns get the footings the table would get alone', () => {
  // A statement of operations under a title that names no statement (as Southern Company's
  // "Analysis of Consolidated Earnings"): its rows say what it is, its change columns make it a summary.
  // [label, 2Q 2010, 2Q 2009, change, % change]; the six months print twice the quarter.
  const ROWS: [string, ...string[]][] = [
    ['Revenue', '1,000', '900', '100', '11.1%'],
    ['Cost of revenue', '600', '500', '100', '20.0%'],
    ['Gross profit', '400', '400', '-', '0.0%'],
    ['Operating expenses:'],
    ['Research and development', '150', '140', '10', '7.1%'],
    ['Selling, general and administrative', '100', '90', '10', '11.1%'],
    ['Total operating expenses', '250', '230', '20', '8.7%'],
    ['Operating income', '150', '170', '(20)', '(11.8)%'],
    ['Income tax expense', '30', '34', '(4)', '(11.8)%'],
    ['Net income', '120', '136', '(16)', '(11.8)%'],
  ];
  const twice = (v: string) => (/^[\d,]+$/.test(v) ? String(2 * Number(v.replace(/,/g, ''))) : /^\((\d+)\)$/.test(v) ? `(${2 * Number(v.slice(1, -1))})` : v);
  type Layout = { header: string; cells: (r: string[]) => string[]; alone: { header: string; cells: (r: string[]) => string[] } };
  const quarter = { header: '2Q 2010\t2Q 2009', cells: (r: string[]) => [r[0], r[1]] };
  const LAYOUTS: [string, Layout][] = [
    ['"Change" after the periods', { header: '2Q 2010\t2Q 2009\tChange', cells: (r) => [r[0], r[1], r[2]], alone: quarter }],
    ['"% Change" after the periods', { header: '2Q 2010\t2Q 2009\t% Change', cells: (r) => [r[0], r[1], r[3]], alone: quarter }],
    ['"Increase (decrease)" after the periods', { header: '2Q 2010\t2Q 2009\tIncrease (decrease)', cells: (r) => [r[0], r[1], r[2]], alone: quarter }],
    ['a "$ Change" / "% Change" pair', { header: '2Q 2010\t2Q 2009\t$ Change\t% Change', cells: (r) => r, alone: quarter }],
    ['"Y/Y" after the periods', { header: 'Q2 2010\tQ2 2009\tY/Y', cells: (r) => [r[0], r[1], r[3]], alone: { ...quarter, header: 'Q2 2010\tQ2 2009' } }],
    [
      'a "Change" after each pair of periods, between the quarter and the six months',
      {
        header: 'Three Months Ended June 30, 2010\tThree Months Ended June 30, 2009\tChange\tSix Months Ended June 30, 2010\tSix Months Ended June 30, 2009\tChange',
        cells: (r) => [r[0], r[1], r[2], twice(r[0]), twice(r[1]), twice(r[2])],
        alone: {
          header: 'Three Months Ended June 30, 2010\tThree Months Ended June 30, 2009\tSix Months Ended June 30, 2010\tSix Months Ended June 30, 2009',
          cells: (r) => [r[0], r[1], twice(r[0]), twice(r[1])],
        },
      },
    ],
  ];
  const write = (header: string, cells: (r: string[]) => string[], rows = ROWS) =>
    `Consolidated Earnings\n(In thousands)\n\n\t${header}\n${rows.map(([label, ...r]) => [label, ...(r.length > 0 ? cells(r) : cells(r).map(() => ''))].join('\t')).join('\n')}\n`;
  const footingChecks = (text: string) => fromText(text, emptyModel).checks.filter((c) => c.kind === 'footing');
  const readOne = (text: string) => Object.values(readAll(fromText(text, emptyModel)))[0];

  test.each(LAYOUTS)('%s: the footings and the chain of the periods, as alone, none in a change column', (_name, layout) => {
    const text = write(layout.header, layout.cells);
    const checks = footingChecks(text);
    const alone = footingChecks(write(layout.alone.header, layout.alone.cells));
    const seen = (cs: typeof checks) => cs.map((c) => [c.id, c.verdict, c.computed]);
    expect(seen(checks)).toEqual(seen(alone));
    expect(new Set(checks.map((c) => c.id.split('/')[2]))).toEqual(new Set(['gross-profit', 'total-operating-expenses', 'operating-income', 'net-income']));
    expect(checks.every((c) => c.verdict === 'exact' && !c.period?.includes('-vs-'))).toBe(true);
    // The section total is certain, as in any summary; the chain only likely, published because it holds.
    expect(readOne(text).footings.map((f) => [f.total.id, f.rule, f.certain])).toEqual([
      ['gross-profit', 'chain', false],
      ['total-operating-expenses', 'closes-section', true],
      ['operating-income', 'chain', false],
      ['net-income', 'chain', false],
    ]);
  });

  test('a change column that prints a rise in costs as unfavourable is never summed: the chain holds in the periods and is published', () => {
    const rows: [string, ...string[]][] = [
      ['Revenue', '1,000', '900', '100'], ['Cost of revenue', '600', '500', '(100)'], ['Gross profit', '400', '400', '-'],
      ['Operating expenses', '250', '230', '(20)'], ['Operating income', '150', '170', '(20)'],
    ];
    const text = write('2Q 2010\t2Q 2009\tVariance', (r) => r, rows);
    // Summed as a period, the variance column would not hold: 0 − (20) = 20, printed (20).
    expect(footingChecks(text).map((c) => [c.id, c.verdict])).toEqual([
      ['footing/earnings/gross-profit/2010-q2', 'exact'],
      ['footing/earnings/gross-profit/2009-q2', 'exact'],
      ['footing/earnings/operating-income/2010-q2', 'exact'],
      ['footing/earnings/operating-income/2009-q2', 'exact'],
    ]);
  });

  test('a named section total that does not add up is a mismatch, as alone; the chain over it is not accused of the same error', () => {
    const rows = ROWS.map((r): [string, ...string[]] => (r[0] === 'Total operating expenses' ? ['Total operating expenses', '260', '230', '30', '13.0%'] : r));
    const checks = footingChecks(write('2Q 2010\t2Q 2009\tChange', (r) => [r[0], r[1], r[2]], rows));
    // 150 + 100 = 250, printed 260.
    expect(checks.find((c) => c.id === 'footing/earnings/total-operating-expenses/2010-q2')).toMatchObject({ verdict: 'mismatch', computed: '250' });
    expect(checks.filter((c) => c.verdict === 'mismatch')).toHaveLength(1);
    // The chain holds in 2Q 2009; in 2Q 2010 it fails on the total that does not foot: the same error, not accused twice.
    const income = checks.filter((c) => c.id.includes('/operating-income/'));
    expect(income.map((c) => [c.period, c.verdict])).toEqual([['2010-q2', 'unverifiable'], ['2009-q2', 'exact']]);
    expect(income[0].explanation).toContain('It rests on Total operating expenses, which does not foot in this column itself');
    expect(income[0].explanation).toMatch(/^Not verifiable: under the reading below, the figures give /);
  });

  test('selected figures with change columns: operating income is not revenue less operating expenses there, and nothing is published', () => {
    const rows: [string, ...string[]][] = [
      ['Revenue', '$5,931', '$7,103', '-17%'], ['Operating expenses', '$2,576', '$1,960', '31%'], ['Operating income', '$601', '$2,671', '-77%'], ['Net income', '$656', '$2,475', '-73%'],
    ];
    const read = readOne(write('2Q 2010\t2Q 2009\tY/Y', (r) => r, rows));
    expect(read.footings).toEqual([]);
    expect(read.rejected.map((f) => [f.total.id, f.rule, f.certain])).toEqual([['operating-income', 'chain', false]]);
  });
});

describe('a chain whose lines all name their sign is still read as costs printed, before it accuses', () => {
  // Taylor Morrison 4Q24 (a Dow Jones copy measured unseen): below "Gross margin", "Sales, commissions and other
  // marketing costs" (read as revenue by its first word) and "Net income from unconsolidated entities (261)" (a
  // credit among costs). Read by their labels, income before taxes was 550,452 against 307,330 printed, in every
  // column: four false mismatches. Every line after the margin taken away as printed ties exactly.
  const tmhc = excerpt('tmhc-2024-q4-operations');
  const id = (p: string) => `footing/home-corporation-statements-of-operations/income-before-income-taxes/${p}`;
  test.each(['2024-q4', '2023-q4', '2024-fy', '2023-fy'])('income before income taxes, %s, is exact', (p) => {
    expect(tmhc.check(id(p)).verdict).toBe('exact');
  });
  test('a planted error in one column is still a mismatch', () => {
    alteredIsMismatch('tmhc-2024-q4-operations', '82,436', '88,436', id('2024-q4'));
  });
});

// A table of several reconciliations, each under a caption naming its measure (Cadence's Table 10, 1Q20,
// test/fixtures/checks/corpus/cade-2020-q1-ratio-blocks): each block starts from its own first line, not from the
// result of the block before it.
describe('a reconciliation block under its own caption starts from its first line', () => {
  const CADE = 'cade-2020-q1-ratio-blocks';
  const TABLE = 'footing/table-10-reconciliation-of-non-gaap';
  test.each([
    [`${TABLE}/adjusted-noninterest-expenses-numerator/2020-q1`, "the first line under the caption 'Adjusted efficiency ratio'"],
    [`${TABLE}/tangible-common-equity-ratio--tangible-common-shareholders-equity/2019-q4`, "the first line under the caption 'Tangible common equity ratio'"],
  ] as const)('%s ties, read %s', (id, words) => {
    const c = excerpt(CADE).check(id);
    expect(c.verdict).toBe('exact');
    expect(c.explanation).toContain(words);
  });

  test.each([
    ['<u>$ 92,554</u>', '<u>$ 92,854</u>', `${TABLE}/adjusted-noninterest-expenses-numerator/2020-q1`],
    ['<u>1,869,897</u>', '<u>1,869,997</u>', `${TABLE}/tangible-common-equity-ratio--tangible-common-shareholders-equity/2019-q4`],
  ] as const)('%s printed %s makes %s a mismatch', (from, to, id) => {
    alteredIsMismatch(CADE, from, to, id);
  });
});
