// A release id is the first segment of every address of its pages: it can be none of the site's
// own top-level addresses. Import refuses one (given with --id or drafted from the file's name),
// and so does every reader of a release folder (tieout check, the build).
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { importRelease } from '../../src/lib/import/index.ts';
import { loadReleaseMeta } from '../../src/lib/ingest/index.ts';
import { IngestError } from '../../src/lib/issues.ts';
import { RESERVED_RELEASE_IDS, releaseIdProblem } from '../../src/lib/release-id.ts';

const BUNDLED = readFileSync('data/releases/inap-2010-q2/release.txt', 'utf8');

describe('release ids', () => {
  test.each([...RESERVED_RELEASE_IDS])('%s is one of the site’s own addresses', (id) => {
    expect(releaseIdProblem(id)).toMatch(/one of the site's own addresses/);
  });

  // The list is kept by hand: a page or public file added at the top of the site must join it, or
  // a release of that name would take its address (or the page the release's).
  test('every top-level folder of the site (a page or folder of src/pages, a folder of public/) is a reserved release id', () => {
    // `search.astro` is /search/, a release's folder's address; `robots.txt.ts` and `favicon.svg` are files beside it.
    const pages = readdirSync('src/pages', { withFileTypes: true }).map((e) => (e.isDirectory() ? e.name : e.name.replace(/\.(astro|ts|js|md|mdx)$/, ''))).filter((n) => !n.includes('.'));
    const folders = readdirSync('public', { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    const names = [...pages, ...folders].filter((n) => !n.startsWith('['));
    expect(names.length).toBeGreaterThan(5);
    for (const name of names) if (releaseIdProblem(name) === null) expect.fail(`'${name}' (src/pages or public/) is a top-level address but not a reserved release id`);
  });

  // Probed (issue 30): 'con', 'nul' and 'aux' were imported, folders a clone of the data folder cannot hold on Windows.
  test.each(['con', 'prn', 'aux', 'nul', 'com1', 'lpt9'])('%s, a device name on Windows, is no release id', (id) => {
    expect(releaseIdProblem(id)).toMatch(/^is a device name on Windows/);
  });

  test.each(['inap-2010-q2', 'search-2024-q1', 'pagefind2', '404-2024-q4', 'con-2024-q1', 'com10', 'nul2'])('%s can be a release id', (id) => {
    expect(releaseIdProblem(id)).toBeNull();
  });

  // A folder name past what file systems allow was refused only when written, as 'ENAMETOOLONG' (issue 30).
  test.each([[101, false], [100, true], [300, false], [5_000, false]])('an id of %i characters is a release id: %s', (length, ok) => {
    const id = `x${'a'.repeat(length - 1)}`;
    if (ok) expect(releaseIdProblem(id)).toBeNull();
    else expect(releaseIdProblem(id)).toBe(`is ${length} characters long, more than the 100 a release id may be (its folder's name and the first segment of its pages' addresses)`);
  });

  test.each(['Search', 'inap_2010', '-x', '', '../x', 'a/b', 'a b', '.hidden', 'ünï', 'x\n', 'x\u0000'])('"%s" is not a slug', (id) => {
    expect(releaseIdProblem(id)).toMatch(/is not a release id/);
  });

  test.each([
    ['given with --id', { id: 'search' }, 'release.txt', "'search' (given with --id)"],
    ['drafted from the file name', {}, 'pagefind.txt', "'pagefind' (drafted from the file's name"],
  ])('import refuses a reserved id %s', (_how, options, file, named) => {
    const text = BUNDLED.replace(/Internap Network Services Corporation \(NASDAQ: INAP\)/g, 'Internap Network Services Corporation');
    const result = importRelease({ text, file, kind: 'text' }, { ticker: '', exchange: '', ...options });
    expect(result.invalid.join('\n')).toContain(`expected a release id the site can publish; ${named}`);
  });

  test('a release folder named by a reserved id is refused where it is read', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'tieout-release-id-')), 'search');
    mkdirSync(dir);
    writeFileSync(join(dir, 'release.yaml'), readFileSync('data/releases/inap-2010-q2/release.yaml'));
    expect(() => loadReleaseMeta(join(dir, 'release.yaml'))).toThrow(IngestError);
    expect(() => loadReleaseMeta(join(dir, 'release.yaml'))).toThrow(/"search" is one of the site's own addresses/);
  });
});
