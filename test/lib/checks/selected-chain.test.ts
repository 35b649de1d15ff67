// Selected figures that a reader still verifies (issue 28), on PNC's 1Q22 release (excerpt pnc-2022-q1-highlights,
// test/fixtures/checks/corpus/README.md), with no company model:
// - a summary its title calls one ("Consolidated Financial Highlights") printing a statement's chain among its
//   selected figures: each link published only where the figures bear it out (src/lib/checks/structure.ts);
// - "Effective tax rate" as the income taxes over the income before them, a risk-based capital ratio as the capital
//   it names over risk-weighted assets (src/lib/checks/margins.ts);
// - a block of ratios whose first line prints "%" and whose lines below print bare figures, read as
//   percentages (src/lib/ingest/per-share-blocks.ts percentInBlocks).
import { describe, expect, test } from 'vitest';
import { excerpt } from './no-model.ts';

const HIGHLIGHTS = 'financial-highlights';

describe('a statement\'s chain among a summary\'s selected figures (PNC\'s consolidated financial highlights)', () => {
  test.each([
    // total revenue less the provision (a recapture, printed negative) and noninterest expense: 4,692 + 208 − 3,172
    [`footing/${HIGHLIGHTS}/income-before-income-taxes-and-noncontrolling-interests/2022-q1`, '1728', "Income before income taxes and noncontrolling interests = Total revenue − Provision for (recapture of) credit losses − Noninterest expense"],
    [`footing/${HIGHLIGHTS}/net-income/2021-q4`, '1306', 'Net income = Income before income taxes and noncontrolling interests − Income taxes'],
  ])('%s holds (%s)', (id, computed, formula) => {
    const c = excerpt('pnc-2022-q1-highlights').check(id);
    expect(c.verdict).toBe('exact');
    expect(c.computed).toBe(computed);
    expect(c.formula).toBe(formula);
    expect(c.explanation).toContain('published because it holds in every column');
  });

  test('a planted error in one quarter is a mismatch, corroborated by the other two', () => {
    const c = excerpt('pnc-2022-q1-highlights', [['Income taxes\t299\t357\t371', 'Income taxes\t299\t387\t371']]).check(`footing/${HIGHLIGHTS}/net-income/2021-q4`);
    expect(c.verdict).toBe('mismatch');
    expect(c.explanation).toContain('so this column is a mismatch');
  });

  test('a chain that holds in no column (selected figures leaving a line out) is not read: never a mismatch', () => {
    const { checks } = excerpt('pnc-2022-q1-highlights', [['Income taxes\t299\t357\t371', 'Income taxes\t399\t457\t471']]);
    expect(checks.filter((c) => c.id.startsWith(`footing/${HIGHLIGHTS}/net-income/`))).toEqual([]);
  });
});

describe('an effective tax rate read as income taxes over the income before them', () => {
  test.each([
    ['2022-q1', '17.303'],
    ['2021-q1', '16.886'],
  ])('%s holds (%s)', (period, computed) => {
    const c = excerpt('pnc-2022-q1-highlights').check(`definition/${HIGHLIGHTS}/effective-tax-rate/${period}`);
    expect(c.verdict).toBe('rounding');
    expect(c.computed?.startsWith(computed)).toBe(true);
    expect(c.formula).toBe('Effective tax rate = Income taxes ÷ Income before income taxes and noncontrolling interests × 100');
  });

  test('a planted error is a mismatch, corroborated by the other quarters', () => {
    const c = excerpt('pnc-2022-q1-highlights', [['Effective tax rate (b)\t17.3%', 'Effective tax rate (b)\t19.3%']]).check(`definition/${HIGHLIGHTS}/effective-tax-rate/2022-q1`);
    expect(c.verdict).toBe('mismatch');
  });

  test('a rate computed on another basis in every quarter is left out: never a mismatch', () => {
    const { checks } = excerpt('pnc-2022-q1-highlights', [['Effective tax rate (b)\t17.3%\t21.5%\t16.9%', 'Effective tax rate (b)\t18.3%\t22.5%\t17.9%']]);
    // The table is still read and checked under its id (the filter below is not empty because the id changed).
    expect(checks.some((c) => c.id.startsWith(`footing/${HIGHLIGHTS}/`))).toBe(true);
    expect(checks.filter((c) => c.id.startsWith(`definition/${HIGHLIGHTS}/effective-tax-rate/`))).toEqual([]);
  });
});

describe('a block of ratios printing "%" on its first line only', () => {
  const first = 'financial-results';
  test.each([
    ['return-on-average-assets', '1.05'],
    ['efficiency', '68'],
    ['common-equity-tier-1-capital-ratio', '9.9'],
  ])('%s is a percentage (%s)', (row, value) => {
    const f = excerpt('pnc-2022-q1-highlights').release.facts.find((x) => x.id === `pnc-2022-q1-highlights/${first}/${row}/2022-q1.quarter`);
    expect(f?.value).toBe(value);
    expect(f?.unit).toBe('percent');
  });

  test('the amounts of the block above it, whose last line prints "%", stay amounts', () => {
    const f = excerpt('pnc-2022-q1-highlights').release.facts.find((x) => x.id === `pnc-2022-q1-highlights/${first}/net-loan-charge-offs/2022-q1.quarter`);
    expect(f?.unit).toBe('USD');
  });

  test('the efficiency ratio of the block is read from the table\'s lines and ties to the highlights\'', () => {
    const l = excerpt('pnc-2022-q1-highlights');
    expect(['exact', 'rounding']).toContain(l.check(`definition/${first}/efficiency/2022-q1.quarter`).verdict);
  });
});

describe('a risk-based capital ratio read as the capital it names over risk-weighted assets', () => {
  const ID = 'definition/basel-lll-common-equity-tier-1/basel-iii-common-equity-tier-1-capital-ratio';
  test.each([
    // 39,447 ÷ 397,986
    [`${ID}/2022-03-31.basel-iii-estimated`, '9.911'],
    // fully implemented, 39,095 ÷ 389,068
    [`${ID}/2021-12-31.basel-iii-fully-implemented-estimated`, '10.048'],
  ])('%s holds (%s)', (id, computed) => {
    const c = excerpt('pnc-2022-q1-highlights').check(id);
    expect(c.verdict).toBe('rounding');
    expect(c.computed?.startsWith(computed)).toBe(true);
    expect(c.formula).toBe('Basel III Common equity Tier 1 capital ratio = Basel III Common equity Tier 1 capital ÷ Basel III standardized approach risk-weighted assets × 100');
  });

  test('a planted error is a mismatch, corroborated by the other columns', () => {
    const c = excerpt('pnc-2022-q1-highlights', [['$ 397,986\t$ 388,769', '$ 397,986\t$ 358,769']]).check(`${ID}/2021-12-31.basel-iii`);
    expect(c.verdict).toBe('mismatch');
  });

  test('a ratio over another base in every column is left out: never a mismatch', () => {
    const { checks } = excerpt('pnc-2022-q1-highlights', [['Basel III Common equity Tier 1 capital ratio\t9.9%\t10.3%\t12.6%\t9.7%\t10.0%', 'Basel III Common equity Tier 1 capital ratio\t8.9%\t9.3%\t11.6%\t8.7%\t9.0%']]);
    expect(checks.filter((c) => c.id.startsWith(`${ID}/`))).toEqual([]);
  });
});
