// The periods a release prints and the arithmetic the checks and the claims share
// (src/lib/ingest/release-periods.ts), on the bundled release and on NVIDIA's Q2 FY2023,
// whose 52/53-week fiscal quarters end on a Sunday (July 31, 2022), not a month's end.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { decodeSource, importRelease } from '../../../src/lib/import/index.ts';
import { loadRelease, loadReleaseMeta, parseRelease } from '../../../src/lib/ingest/index.ts';
import { ReleasePeriods, monthsOf, priorFiscalId, nearDates, shiftMonths, startsAfterPrintedEnds } from '../../../src/lib/ingest/release-periods.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';
import { sharedReleases } from '../../support/golden.ts';
import { CORPUS_DIR, importCorpusFile } from '../../../scripts/corpus/measure.ts';
import type { Period } from '../../../src/lib/types.ts';

const inap = new ReleasePeriods(loadRelease('data/releases/inap-2010-q2').periods);

function nvidia(): ReleasePeriods {
  const html = decodeSource(readFileSync(join(sharedReleases(), 'nvda-fy2023-q2.html'))).text;
  const result = importRelease({ text: html, file: 'nvda-fy2023-q2.html', kind: 'html' });
  const dir = join(mkdtempSync(join(tmpdir(), 'tieout-release-periods-')), result.id!.value);
  mkdirSync(dir);
  writeFileSync(join(dir, 'release.yaml'), result.metaYaml!);
  const meta = loadReleaseMeta(join(dir, 'release.yaml'));
  return new ReleasePeriods(parseRelease(result.releaseText, meta, emptyModel, 'release.txt').periods);
}
const nvda = nvidia();

describe('a release’s periods', () => {
  test.each([
    ['inap', inap, '2010-q2', 'yoy', '2009-q2'],
    ['inap', inap, '2010-q2', 'qoq', '2010-q1'],
    ['inap', inap, '2010-h1', 'yoy', '2009-h1'],
    // Sequentially is a quarter's relation: a half or a year has none.
    ['inap', inap, '2010-h1', 'qoq', null],
    ['inap', inap, '2010-06-30', 'yoy', null],
    ['inap', inap, '2010-06-30', 'qoq', null],
    ['nvda', nvda, '2023-q2', 'yoy', '2022-q2'],
    ['nvda', nvda, '2023-q2', 'qoq', '2023-q1'],
    ['nvda', nvda, '2023-q1', 'qoq', '2022-q4'],
  ] as const)('%s: the period before %s (%s) is %s', (_, periods, id, basis, prior) => {
    expect(periods.prior(id, basis)).toBe(prior);
  });

  // Counted in the fiscal year whether or not the release prints the period (a trailing-twelve-month
  // line's four quarters are looked for by these ids).
  test.each([
    ['2021-q1', 'qoq', '2020-q4'],
    ['2021-q4', 'qoq', '2021-q3'],
    ['2021-q2', 'yoy', '2020-q2'],
    ['2021-fy', 'yoy', '2020-fy'],
    ['2021-h2', 'qoq', null],
    ['2021-06-30', 'qoq', null],
  ] as const)('the fiscal id before %s (%s) is %s', (id, basis, prior) => {
    expect(priorFiscalId(id, basis)).toBe(prior);
  });

  test('the balance at the end of a duration is the instant printed within a week of its end', () => {
    expect(inap.endOf('2010-q2')).toBe('2010-06-30');
    expect(inap.endOf('2010-h1')).toBe('2010-06-30');
    expect(inap.endOf('2009-q2')).toBeNull();
    const q2 = nvda.get('2023-q2')!;
    expect(q2.end).toBe('2022-07-31');
    expect(nvda.endOf('2023-q2')).toBe(nvda.instantNear('2022-07-31')!.id);
  });

  test('durations are found by their length in months and their end', () => {
    expect(inap.duration(6, '2010-06-30')?.id).toBe('2010-h1');
    expect(inap.duration(3, '2010-06-30')?.id).toBe('2010-q2');
    expect(inap.duration(9, '2010-06-30')).toBeUndefined();
    expect(monthsOf(nvda.get('2023-q2')!)).toBe(3);
  });

  test('the release’s own period is the declared one unless it had not ended when the release was published', () => {
    expect(inap.current('2010-q2', '2010-07-29')).toBe('2010-q2');
    // Declared a quarter too late: the latest quarter that had ended is the release's.
    expect(inap.current('2010-q3', '2010-07-29')).toBe('2010-q2');
    expect(inap.current('2010-q2', 'unknown')).toBe('2010-q2');
  });

  test.each([
    ['2010-03-31', -1, '2010-02-28'],
    ['2024-02-29', -12, '2023-02-28'],
    ['2010-06-30', -12, '2009-06-30'],
    ['2009-12-31', 3, '2010-03-31'],
  ])('%s moved by %i months is %s', (date, months, moved) => {
    expect(shiftMonths(date, months)).toBe(moved);
  });

  test('fiscal ends within a week are the same end', () => {
    expect(nearDates('2022-07-31', '2022-07-31')).toBe(true);
    expect(nearDates('2022-07-31', '2022-07-25')).toBe(true);
    expect(nearDates('2022-07-31', '2022-07-23')).toBe(false);
  });
});

describe('a 52/53-week period begins the day after the end printed for the period before it', () => {
  const d = (id: string, start: string, end: string): Period => ({ id, kind: 'duration', start, end, label: id });
  const i = (end: string): Period => ({ id: end, kind: 'instant', end, label: end });
  test.each([
    // Lattice (corpus lscc-2024-q4): "Three Months Ended December 28, 2024 / September 28, 2024", "Year Ended
    // December 28, 2024 / December 30, 2023"; counted from the months, Q4 began October 1 and the year January 1.
    ['a quarter after the quarter printed before it', [d('2024-q4', '2024-10-01', '2024-12-28'), d('2024-q3', '2024-07-01', '2024-09-28')], '2024-q4', '2024-09-29'],
    ['a year after the year printed before it', [d('2024-fy', '2024-01-01', '2024-12-28'), d('2023-fy', '2023-01-01', '2023-12-30')], '2024-fy', '2023-12-31'],
    // NVIDIA's first quarter of fiscal 2023 ended May 1, 2022; its balance sheet is struck at January 30, 2022.
    ['a quarter after a balance-sheet date', [d('2023-q1', '2022-02-01', '2022-05-01'), i('2022-05-01'), i('2022-01-30')], '2023-q1', '2022-01-31'],
    // Nothing printed near the day before: the start stays as counted.
    ['no end printed before it', [d('2024-q4', '2024-10-01', '2024-12-28'), i('2024-12-28')], '2024-q4', '2024-10-01'],
    // Two ends printed near it, neither the reading: left as counted.
    ['two ends printed near it', [d('2024-q4', '2024-10-01', '2024-12-28'), i('2024-09-28'), i('2024-09-27')], '2024-q4', '2024-10-01'],
    // A calendar of months: a quarter ending on a month's last day keeps its start, whatever else is printed near it.
    ['a quarter ending on the last day of a month', [d('2010-q2', '2010-04-01', '2010-06-30'), i('2010-03-28')], '2010-q2', '2010-04-01'],
    // A start the weeks gave ("13 weeks ended") is not the months' count: kept.
    ['a start counted from printed weeks', [d('2024-q4', '2024-09-30', '2024-12-28'), d('2024-q3', '2024-07-01', '2024-09-28')], '2024-q4', '2024-09-30'],
  ] as const)('%s', (_, periods, id, start) => {
    expect(startsAfterPrintedEnds(periods).find((p) => p.id === id)!.start).toBe(start);
  });

  test('Lattice as imported: the fourth quarter and the year begin after the ends it prints', () => {
    const data = mkdtempSync(join(tmpdir(), 'tieout-release-periods-'));
    const { releaseDir, failure } = importCorpusFile(CORPUS_DIR, 'lscc-2024-q4.md', data);
    expect(failure).toBeNull();
    const periods = new ReleasePeriods(loadRelease(releaseDir!).periods);
    expect(periods.get('2024-q4')).toMatchObject({ start: '2024-09-29', end: '2024-12-28' });
    expect(periods.get('2024-fy')).toMatchObject({ start: '2023-12-31', end: '2024-12-28' });
  });
});
