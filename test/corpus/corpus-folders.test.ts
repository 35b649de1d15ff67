// The corpus's folders (../shared/corpus/, ../shared/corpus-extra/, and any added after): a file in two
// is read once, from the first folder, and must be the same bytes;
// a folder after the first may be absent; and a review whose release is in no folder is left out of the
// comparison (a real mismatch "no longer found" counts only for a release that is there) and named.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { CORPUS_DIRS, ROOT, corpusEntries, importCorpusFile, parseDateOptions, releaseDatesOf, type ReleaseMeasure } from '../../scripts/corpus/measure.ts';
import { compareReviews, reviewsWithoutRelease, type ReviewEntry, type ReviewFile } from '../../scripts/corpus/review.ts';

const root = mkdtempSync(join(tmpdir(), 'tieout-corpus-folders-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

type Spec = (Record<string, string> | null)[];

/** Folders of files (name -> text) under a fresh directory; a folder given as null is not created. */
function folders(spec: Spec): string[] {
  const base = mkdtempSync(join(root, 'case-'));
  return spec.map((files, i) => {
    const dir = join(base, `d${i}`);
    if (files) {
      mkdirSync(dir);
      for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    }
    return dir;
  });
}

describe('corpus folders', () => {
  // The releases the project works against are measured one by one with the corpus: NVIDIA's, then each company's series.
  test('the corpus folders are ../shared/corpus, corpus-extra, releases and each folder of series, in that order', () => {
    const dirs = CORPUS_DIRS.map((d) => relative(ROOT, d));
    expect(dirs.slice(0, 3)).toEqual(['../shared/corpus', '../shared/corpus-extra', '../shared/releases']);
    expect(dirs.slice(3).every((d) => d.startsWith('../shared/series/'))).toBe(true);
  });

  test.each<{ name: string; spec: Spec; read: string[] }>([
    { name: 'a release in both extra folders is read once, from the first', spec: [{ 'a-2024-q4.md': 'A' }, { 'b-2024-q4.md': 'B' }, { 'b-2024-q4.md': 'B', 'c-2024-q4.htm': 'C' }], read: ['d0/a-2024-q4.md', 'd1/b-2024-q4.md', 'd2/c-2024-q4.htm'] },
    { name: 'an absent folder after the first is no release', spec: [{ 'a-2024-q4.md': 'A', 'README.md': 'r' }, null, { 'c-2024-q4.htm': 'C' }], read: ['d0/a-2024-q4.md', 'd2/c-2024-q4.htm'] },
  ])('$name', ({ spec, read }) => {
    const dirs = folders(spec);
    const base = join(dirs[0]!, '..');
    expect(corpusEntries(dirs).map(({ dir, file }) => `${dir.slice(base.length + 1)}/${file}`)).toEqual(read);
  });

  test.each<{ name: string; spec: Spec; error: RegExp }>([
    { name: 'two copies of one file name that differ', spec: [{ 'a-2024-q4.md': 'A' }, { 'b-2024-q4.md': 'B' }, { 'b-2024-q4.md': 'B, edited' }], error: /two corpus releases named b-2024-q4\.md differ/ },
    { name: 'two files of one id', spec: [{ 'a-2024-q4.md': 'A' }, { 'a-2024-q4.htm': 'A' }], error: /two corpus releases have the id a-2024-q4/ },
  ])('$name is an error', ({ spec, error }) => {
    expect(() => corpusEntries(folders(spec))).toThrow(error);
  });
});

describe('reviews of releases in no corpus folder', () => {
  const real = (check: string): ReviewEntry => ({
    check,
    verdict: 'real',
    reason: 'the two figures cannot both be right',
    printed: { label: 'Total', figure: '10', at: 'release.txt:1', source: '', value: '10' },
    computed: { value: '11', from: [] },
  });
  const reviews = new Map<string, ReviewFile>([
    ['here-2024-q4', { release: 'here-2024-q4', source: '../shared/corpus-extra/here-2024-q4.md', mismatches: [real('footing:x')] }],
    ['gone-2024-q4', { release: 'gone-2024-q4', source: '../shared/corpus-extra/gone-2024-q4.md', mismatches: [real('footing:y')] }],
  ]);
  const measured = [{ id: 'here-2024-q4', mismatches: [] }] as unknown as ReleaseMeasure[];

  test('are named, and only they', () => {
    expect(reviewsWithoutRelease(reviews, measured.map((m) => m.id)).map((r) => r.release)).toEqual(['gone-2024-q4']);
  });

  test('lose no real mismatch; a release that is there still does', () => {
    expect(compareReviews(measured, reviews).lostReal.map((l) => `${l.release} ${l.entry.check}`)).toEqual(['here-2024-q4 footing:x']);
  });
});

// A supplement that prints no date (JPMorgan Chase's, unseen EDGAR set s9) is measured as a user imports
// it: with `--release-date`, from the folder's DATES.yaml or the command line's `--date id=YYYY-MM-DD`.
describe('release dates given by hand', () => {
  test.each<{ name: string; spec: Spec; given?: string[]; dates: Record<string, string> }>([
    { name: 'none: no DATES.yaml, no --date', spec: [{ 'a-2024-q4.md': 'A' }], dates: {} },
    { name: "the folder's DATES.yaml, comments kept out", spec: [{ 'a-2024-q4.md': 'A', 'b-2024-q4.htm': 'B', 'DATES.yaml': '# by the 8-K\na-2024-q4: 2025-01-14  # 4Q24 results\n' }], dates: { 'a-2024-q4': '2025-01-14' } },
    { name: '--date adds to and overrides DATES.yaml', spec: [{ 'a-2024-q4.md': 'A', 'b-2024-q4.htm': 'B', 'DATES.yaml': 'a-2024-q4: 2025-01-14\n' }], given: ['a-2024-q4=2025-01-15,b-2024-q4=2025-01-20'], dates: { 'a-2024-q4': '2025-01-15', 'b-2024-q4': '2025-01-20' } },
    { name: 'two folders, each its own', spec: [{ 'a-2024-q4.md': 'A', 'DATES.yaml': 'a-2024-q4: 2025-01-14\n' }, { 'c-2024-q4.md': 'C', 'DATES.yaml': 'c-2024-q4: 2025-02-01\n' }], dates: { 'a-2024-q4': '2025-01-14', 'c-2024-q4': '2025-02-01' } },
  ])('$name', ({ spec, given, dates }) => {
    expect(releaseDatesOf(folders(spec), parseDateOptions(given ?? []))).toEqual(dates);
  });

  test('DATES.yaml is no release of its folder', () => {
    const [dir] = folders([{ 'a-2024-q4.md': 'A', 'DATES.yaml': 'a-2024-q4: 2025-01-14\n' }]);
    expect(corpusEntries([dir!]).map((e) => e.file)).toEqual(['a-2024-q4.md']);
  });

  test.each<{ name: string; spec: Spec; given?: string[]; error: RegExp }>([
    { name: 'a date of no release of the folder', spec: [{ 'a-2024-q4.md': 'A', 'DATES.yaml': 'a-2024-q3: 2025-01-14\n' }], error: /a release date for a-2024-q3, which is no release of/ },
    { name: 'a date not of the form YYYY-MM-DD', spec: [{ 'a-2024-q4.md': 'A', 'DATES.yaml': 'a-2024-q4: Jan 14, 2025\n' }], error: /DATES\.yaml: the release date of a-2024-q4 is "Jan 14, 2025"; expected a date such as 2021-07-13/ },
    { name: '--date of an unknown id', spec: [{ 'a-2024-q4.md': 'A' }], given: ['z-2024-q4=2025-01-14'], error: /--date: a release date for z-2024-q4/ },
  ])('$name is an error', ({ spec, given, error }) => {
    expect(() => releaseDatesOf(folders(spec), parseDateOptions(given ?? []))).toThrow(error);
  });

  test('--date without id= is an error', () => {
    expect(() => parseDateOptions(['2025-01-14'])).toThrow(/--date 2025-01-14: expected id=YYYY-MM-DD/);
  });

  // The release below is the shape of a supplement: a title and a table, no dateline.
  const supplement = [
    'Example Bancorp',
    'FINANCIAL SUPPLEMENT',
    'Fourth quarter 2024',
    '',
    '| (in millions) | 4Q24 | 3Q24 |',
    '|---|---|---|',
    '| Net interest income | $ 1,200 | $ 1,150 |',
    '| Noninterest income | 300 | 310 |',
    '| Total net revenue | $ 1,500 | $ 1,460 |',
    '',
  ].join('\n');

  test.each<{ name: string; date?: string; failure: RegExp | null; yaml: RegExp | null }>([
    { name: 'undated, import asks for the date', failure: /release_date|release date/, yaml: null },
    { name: 'dated by hand, it is imported with that date', date: '2025-01-21', failure: null, yaml: /release_date: ["']?2025-01-21/ },
  ])('a supplement printing no date: $name', ({ date, failure, yaml }) => {
    const [dir, data] = folders([{ 'exb-2024-q4.md': supplement }, {}]);
    const imported = importCorpusFile(dir!, 'exb-2024-q4.md', data!, date);
    if (failure) expect(imported.failure).toMatch(failure);
    else expect(imported.failure).toBeNull();
    if (yaml) expect(readFileSync(join(imported.releaseDir!, 'release.yaml'), 'utf8')).toMatch(yaml);
  });
});
