// Definitions on the widget fixture and on small tables written in the test.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { emptyModel } from '../../../src/lib/model/index.ts';
import { fromText, load } from './fixture.ts';
import { excerpt, fromFiles } from './no-model.ts';
import { shareClasses } from '../../../src/lib/checks/share-classes.ts';
import type { Release } from '../../../src/lib/types.ts';

const widget = load('widget-2010-q2');

describe('a margin defined in the model', () => {
  test('EBITDA margin Q1 2010 printed 15.7% vs 218 ÷ 1,400 = 15.57% → mismatch: 0.1 point off, beyond what ±0.5 on each input allows (15.53 to 15.61)', () => {
    const c = widget.check('definition/ebitda-margin/2010-q1');
    expect(c.verdict).toBe('mismatch');
    expect(c.tolerance).toBe('0.05');
    expect(c.formula).toBe('EBITDA margin = EBITDA ÷ Total revenues × 100');
    expect(c.explanation).toContain('218 ÷ 1,400 × 100');
  });

  test('EBITDA margin Q2 2010 printed 16.4% vs 246 ÷ 1,502 = 16.38% → rounding', () => {
    expect(widget.check('definition/ebitda-margin/2010-q2').verdict).toBe('rounding');
  });
});

describe('inputs that are not there', () => {
  const text = (ebitda: string) => `Widget Corp Reports Results

Second Quarter 2010 Financial Summary

\t<u>2Q 2010</u>\t<u>2Q 2009</u>
Revenue\t\\$ 1,502\t\\$ 1,201
EBITDA\t\\$ 246\t${ebitda}
EBITDA margin\t16.4%\t10.5%
`;
  const model = {
    ...emptyModel,
    concepts: {
      revenue: { label: 'Revenue', aliases: ['second-quarter-2010-financial-summary/revenue'] },
      ebitda: { label: 'EBITDA', aliases: ['second-quarter-2010-financial-summary/ebitda'] },
      'ebitda-margin': { label: 'EBITDA margin', aliases: ['second-quarter-2010-financial-summary/ebitda-margin'] },
    },
    relations: { definitions: { 'ebitda-margin': { equals: 'ebitda / revenue * 100' } } },
  };

  test('an input printed n/m makes the definition unverifiable, saying which', () => {
    const c = fromText(text('n/m'), model).check('definition/ebitda-margin/2009-q2');
    expect(c.verdict).toBe('unverifiable');
    expect(c.explanation).toBe('Cannot verify: EBITDA is n/m.');
  });

  test('an input not printed for the period makes it unverifiable, naming the period', () => {
    const c = fromText(text(''), model).check('definition/ebitda-margin/2009-q2');
    expect(c.verdict).toBe('unverifiable');
    expect(c.explanation).toBe('Cannot verify: EBITDA is not printed for Q2 2009.');
  });
});

describe('diluted earnings per share beside convertible securities', () => {
  // Pegasystems 4Q24 (test/fixtures/checks/corpus/pega-2024-q4-statements): convertible senior notes and capped calls;
  // diluted EPS 1.61 and 0.73 in 2023 against 142,665 ÷ 89,447 = 1.59 and 67,808 ÷ 84,914 = 0.80, the numerator adjusted
  // for the conversion. Basic EPS, which no conversion touches, is still judged.
  const CORPUS = 'test/fixtures/checks/corpus/pega-2024-q4-statements';
  const pega = fromFiles('pega-2024-q4-statements', `${CORPUS}/release.txt`, `${CORPUS}/release.yaml`);
  test.each([
    ['definition/eps-diluted/2023-q4', 'unverifiable'],
    ['definition/eps-diluted/2023-fy', 'unverifiable'],
    ['definition/eps-diluted/2024-q4', 'rounding'],
    ['definition/eps-basic/2023-q4', 'rounding'],
  ])('%s → %s', (id, verdict) => {
    const c = pega.check(id);
    expect(c.verdict).toBe(verdict);
    if (verdict === 'unverifiable') expect(c.explanation).toContain('The release prints convertible securities, whose conversion adjusts the numerator of diluted earnings');
  });
});

describe('a definition whose figures are a thousand times apart: a scale misread, never an error', () => {
  // Alexander's 4Q24 (test/fixtures/checks/corpus/alx-2024-q4): "(Amounts in thousands, except share and per share
  // amounts)", net income $ 12,277 thousand and 5,133,534 shares, printed $ 2.39; the shares read in thousands give 0.0024.
  const dir = 'test/fixtures/checks/corpus/alx-2024-q4';
  const excerpt = (edits: [string, string][] = []) => {
    let text = readFileSync(`${dir}/release.txt`, 'utf8');
    for (const [from, to] of edits) {
      expect(text).toContain(from);
      text = text.replace(from, to);
    }
    const tmp = mkdtempSync(join(tmpdir(), 'tieout-excerpt-'));
    writeFileSync(join(tmp, 'release.txt'), text);
    return fromFiles('alx-2024-q4', join(tmp, 'release.txt'), `${dir}/release.yaml`);
  };
  const inThousands: [string, string] = ['(Amounts in thousands, except share and per share amounts)', '(Amounts in thousands, except per share amounts)'];
  test.each([
    ['as printed, the shares in units: 12,277 thousand ÷ 5,133,534 = 2.39', [], 'rounding', 'Earnings per share is net income divided by the weighted average shares.'],
    // The ingest reads a count printed in full in units where an amount of its table over it is a figure per share
    // printed beside it (src/lib/ingest/shares-by-earnings.ts): the definition ties as printed.
    ['a unit statement that does not except shares: the count printed in full, read in units as the EPS beside it says: 12,277 thousand ÷ 5,133,534 = 2.39', [inThousands], 'rounding', 'Earnings per share is net income divided by the weighted average shares.'],
  ] as [string, [string, string][], string, string][])('%s', (_, edits, verdict, words) => {
    const c = excerpt(edits).check('definition/eps-basic-and-diluted/2024-q4');
    expect(c.verdict).toBe(verdict);
    expect(c.explanation).toContain(words);
  });

  test('an EPS altered 2.39 → 2.93 is no power of ten apart: never explained as a scale (its lines, read only as likely, leave it unjudged as before)', () => {
    const c = excerpt([['$ 2.39\t$ 3.17', '$ 2.93\t$ 3.17']]).check('definition/eps-basic-and-diluted/2024-q4');
    expect(c.explanation).not.toContain('times apart');
    expect(c.explanation).toContain('The lines it reads are recognized only as likely');
  });

  test('shares read in thousands and an EPS altered 2.39 → 2.93: no scale gives it, so it is not explained as one', () => {
    const c = excerpt([inThousands, ['$ 2.39\t$ 3.17', '$ 2.93\t$ 3.17']]).check('definition/eps-basic-and-diluted/2024-q4');
    expect(c.verdict).not.toBe('rounding');
    expect(c.explanation).not.toContain('times apart');
  });

  test('the same figures a thousand times apart are never a mismatch, even where the lines are certain', () => {
    expect(excerpt([inThousands]).checks.filter((c) => c.kind === 'definition' && c.verdict === 'mismatch')).toEqual([]);
  });
});

describe('a definition a thousand times apart, checked at the scale under which it ties (Horizon Financial, Q3 FY2006)', () => {
  // Its statements of income state no unit: net income "$ 3,983" is read in dollars (the release states no scale, so
  // figures are read as printed), the shares "9,911,027" in full; 3,983 ÷ 9,911,027 = 0.0004 against "$ 0.40" printed,
  // a thousand times apart, which no misprint gives: checked so, 3,983 thousand ÷ 9,911,027 = 0.4019, within rounding.
  test.each([
    ['definition/eps-basic/2006-q3', 'rounding'],
    ['definition/eps-diluted/2006-q3', 'rounding'],
    ['definition/eps-basic/2005-q3', 'rounding'],
  ])('hrzb-fy2006-q3: %s → %s, saying why', (id, verdict) => {
    const c = excerpt('hrzb-fy2006-q3').check(id);
    expect(c.verdict).toBe(verdict);
    expect(c.explanation).toContain('Checked with one of its lines at another scale: as read, the figures are a thousand times apart');
  });
  test('hrzb-fy2006-q3: an EPS misprinted 0.40 → 0.46 is no power of ten apart, and is not checked at another scale', () => {
    const c = excerpt('hrzb-fy2006-q3', [['  Basic earnings per share\t$ 0.40\t', '  Basic earnings per share\t$ 0.46\t']]).check('definition/eps-basic/2006-q3');
    expect(c.verdict).not.toBe('rounding');
    expect(c.explanation).not.toContain('another scale');
  });
});

describe('earnings per share in a release with more than one class of common stock (the two-class method)', () => {
  // Kelly Services 4Q24 (../shared/corpus-pending/kelya-2024-q4.md), listed "(Nasdaq: KELYA, KELYB)": 2023's EPS is
  // below net earnings ÷ shares (0.98 against 36.4 ÷ 36.3 = 1.003), the losses of 2024 are not (−0.02 = −0.6 ÷ 35.5):
  // earnings allocated between classes and participating securities, which the release does not print.
  test.each([
    ['definition/statements-of-earnings/diluted-earnings-loss-per-share/2023-q4', 'unverifiable'],
    ['definition/statements-of-earnings-2/basic-earnings-loss-per-share/2023-fy', 'unverifiable'],
    ['definition/statements-of-earnings-2/diluted-earnings-loss-per-share/2023-fy', 'unverifiable'],
    ['definition/statements-of-earnings-2/diluted-earnings-loss-per-share/2024-fy', 'rounding'],
    ['definition/statements-of-earnings/basic-earnings-loss-per-share/2023-q4', 'rounding'],
  ])('kelya-2024-q4: %s → %s', (id, verdict) => {
    const c = excerpt('kelya-2024-q4').check(id);
    expect(c.verdict).toBe(verdict);
    if (verdict === 'unverifiable') expect(c.explanation).toContain('The release has more than one class of common stock (the listing "Nasdaq: KELYA, KELYB"), so earnings per share may follow the two-class method');
  });

  test('shareClasses: two tickers after one exchange, or two classes named as stock; one class, or one company on two exchanges, is not', () => {
    const release = (prose: string[], labels: string[] = []) => ({ prose: prose.map((text, i) => ({ line: i + 1, text, kind: 'paragraph' as const })), tables: [{ rows: labels.map((label) => ({ label })) }] }) as unknown as Release;
    expect(shareClasses(release(['Kelly (Nasdaq: KELYA, KELYB), a leading specialty talent solutions provider']))).toBe('the listing "Nasdaq: KELYA, KELYB"');
    expect(shareClasses(release(['Brown-Forman (NYSE: BF.A, BF.B) reported']))).toBe('the listing "NYSE: BF.A, BF.B"');
    expect(shareClasses(release([], ['Class A common stock', 'Class B common stock']))).not.toBeNull();
    expect(shareClasses(release(['Precision Drilling (TSX: PD; NYSE: PDS) reported']))).toBeNull();
    // Brookfield Asset Management FY2024 (../shared/corpus/bam-2024-fy.md): one class, listed on two exchanges.
    expect(shareClasses(release(['Brookfield Asset Management Ltd. (NYSE: BAM, TSX: BAM) (“BAM”), a leading global alternative asset manager']))).toBeNull();
    expect(shareClasses(release(['Brookfield Asset Management Ltd. (NYSE: BAM, TSX, BAM) is a leading global alternative asset manager']))).toBeNull();
    expect(shareClasses(release(['Acme (NYSE: ACME) reported'], ['Class A common stock']))).toBeNull();
  });
});

describe('earnings per share of an IFRS statement of profit or loss (excerpt asnd-2024-q4-profit-or-loss)', () => {
  test.each([
    // (38,469) thousand ÷ 59,785,166 shares = −0.6435 → (0.64)
    ['definition/eps-basic-and-diluted/2024-q4', 'rounding', '€ (0.64)'],
    ['definition/eps-basic-and-diluted/2023-fy', 'rounding', '€ (8.55)'],
  ])('%s → %s (%s)', (id, verdict, raw) => {
    const c = excerpt('asnd-2024-q4-profit-or-loss').check(id);
    expect(c.verdict).toBe(verdict);
    expect(c.reported.text).toBe(raw);
    expect(c.formula).toBe('Basic and diluted earnings per share = Net income ÷ Weighted average shares, basic and diluted');
  });

  test('a planted error (€ (6.53) printed € (6.93)) is a mismatch', () => {
    const c = excerpt('asnd-2024-q4-profit-or-loss', [['€ (6.53)', '€ (6.93)']]).check('definition/eps-basic-and-diluted/2024-fy');
    expect(c.verdict).toBe('mismatch');
  });

  test('the bottom line follows from profit before tax and income taxes printed negative', () => {
    expect(excerpt('asnd-2024-q4-profit-or-loss').check('footing/ascendis-pharma-reports-fourth-quarter-and/net-profitloss-for-the-period/2024-fy').verdict).toBe('exact');
  });
});
