// Only figures are claims: a number of the prose that names, orders, dates or refers to something
// (a date, a period, a year, a time, a footnote mark, an ordinal, a length of time, a table's
// number, part of a product's name) is accounted for as not derivable and marked as no figure
// (`figure: false`), so the claims page shows it as printed; an amount, a count or a percentage the
// tables cannot confirm is still a figure, with the reason. Lines excerpted from HanesBrands' Q4 2024
// release (../shared/corpus/hbi-2024-q4.md) and NVIDIA's Q2 FY2023 release as published.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyzeClaims, type ProseNumber } from '../../../src/lib/claims/index.ts';
import { decodeSource, importRelease } from '../../../src/lib/import/index.ts';
import { loadRelease, parseRelease } from '../../../src/lib/ingest/index.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';
import { sharedReleases } from '../../support/golden.ts';

const HBI_LINES = [
  '**(12:01 GMT)** \\*Hanesbrands 4Q Loss/Shr 4c >HBI',
  "- Based on the calculation as defined in the Company's senior secured credit facility, the Leverage Ratio at the end of fourth-quarter 2024 was 3.4 times on a net debt-to-adjusted EBITDA basis, which was below its fourth-quarter 2024 covenant of 6.38 times and below prior year's 5.2 times (See Table 6-B).",
  'TABLE 1',
  '$(5) million of interest expense on debt and amortization of debt issuance costs related to an unrestricted subsidiary. (4)    Represents Total EBITDA from discontinued operations.',
  'The last twelve months ended December 28, 2024 includes $172 million of supply chain restructuring charges, over the next 12 months.',
  // NVIDIA's Q3 FY2023 release as published (../shared/releases/nvda-fy2023-q3.html).
  'During the third quarter of fiscal 2023, NVIDIA returned to shareholders $3.75 billion in share repurchases and cash dividends, bringing the return in the first three quarters to $9.29 billion.',
];

function hbi(): ProseNumber[] {
  const base = loadRelease('test/fixtures/claims/hbi-2024-q4');
  const release = parseRelease(`${base.text}\n${HBI_LINES.join('\n\n')}\n`, base.meta, emptyModel, base.file);
  return analyzeClaims(release, { claims: null, model: emptyModel }).numbers;
}

function nvidiaQ2(): ProseNumber[] {
  const data = mkdtempSync(join(tmpdir(), 'tieout-figures-'));
  const html = decodeSource(readFileSync(join(sharedReleases(), 'nvda-fy2023-q2.html'))).text;
  const result = importRelease({ text: html, file: 'nvda-fy2023-q2.html', kind: 'html' });
  const dir = join(data, result.id!.value);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'release.txt'), result.releaseText);
  writeFileSync(join(dir, 'release.yaml'), result.metaYaml!);
  return analyzeClaims(loadRelease(dir), { claims: null, model: emptyModel }).numbers;
}

/** The number printed as `text` on a line holding `context`, as analyzeClaims accounts for it. */
function find(numbers: ProseNumber[], lines: ReadonlyMap<number, string>, text: string, context: string): ProseNumber {
  const n = numbers.find((x) => x.text === text && (lines.get(x.line) ?? '').includes(context));
  expect(n, `'${text}' on a line holding “${context}”`).toBeDefined();
  return n!;
}

const isFigure = (n: ProseNumber) => n.status !== 'not-derivable' || n.figure;

describe('analyzeClaims marks what is a figure', () => {
  const numbers = hbi();
  const base = loadRelease('test/fixtures/claims/hbi-2024-q4');
  const release = parseRelease(`${base.text}\n${HBI_LINES.join('\n\n')}\n`, base.meta, emptyModel, base.file);
  const lines = new Map(release.prose.map((p) => [p.line, p.text]));
  test.each([
    // [text, context, a figure?, the reason when not]
    ['12', '(12:01 GMT)', false, 'a time of day'],
    ['01', '(12:01 GMT)', false, 'a time of day'],
    ['4', '4Q Loss', false, 'part of a name (“4Q”), not a quantity'],
    ['1', 'TABLE 1', false, 'part of a name (“TABLE 1”), not a quantity'],
    ['4', 'subsidiary. (4)', false, 'a footnote marker, or the number of the footnote it marks'],
    ['12', 'next 12 months', false, '“12 months” names a length of time, not an amount'],
    ['3.4', 'Leverage Ratio', true, ''],
    ['5.2', 'Leverage Ratio', true, ''],
    ['$172 million', 'twelve months', true, ''],
    // Words of a period phrase name the period, and are in no heading.
    ['first', 'first three quarters', false, 'names the period a figure is about; the period is not itself an amount'],
    ['three', 'first three quarters', false, 'names the period a figure is about; the period is not itself an amount'],
    ['$9.29 billion', 'first three quarters', true, ''],
  ] as const)('“%s” on the line holding “%s”: a figure %s', (text, context, figure, reason) => {
    const n = find(numbers, lines, text, context);
    expect(isFigure(n), text).toBe(figure);
    if (!figure) expect(n.status).toBe('not-derivable');
    if (reason) expect(n).toMatchObject({ reason });
  });
  test('dates, periods and years are not figures', () => {
    for (const n of numbers.filter((x) => ['date', 'period', 'year', 'footnote', 'phone', 'time'].includes(x.kind))) expect(isFigure(n), n.text).toBe(false);
  });
});

describe('an imported NVIDIA release: only figures are claims', () => {
  const numbers = nvidiaQ2();
  test('names, years and ordinals are accounted for but are no figure; every linked number is', () => {
    const named = (text: string) => numbers.filter((n) => n.text === text);
    for (const text of ['3080', '2016', '22']) expect(named(text).every((n) => !isFigure(n)), text).toBe(true);
    // "© 2022 NVIDIA Corporation": a year the extractor took for a count.
    expect(named('2022').filter((n) => n.kind === 'number').every((n) => n.status === 'not-derivable' && !n.figure)).toBe(true);
    expect(numbers.filter((n) => n.status === 'linked').every(isFigure)).toBe(true);
    // 83 numbers in the prose, 49 of them figures (34 dates, periods, years, names and marks).
    expect(numbers.length).toBe(83);
    expect(numbers.filter(isFigure).length).toBe(49);
  });
});
