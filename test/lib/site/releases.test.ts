/**
 * How the site loads releases: from the disk cache when nothing they are computed from changed,
 * computed again when anything did (release.txt, release.yaml, claims.yaml, the company model),
 * and the same data either way. The data folder is a copy of the bundled one (TIEOUT_DATA).
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const work = mkdtempSync(join(tmpdir(), 'tieout-site-releases-'));
const data = join(work, 'data');
const cache = join(work, 'cache');
cpSync('data', data, { recursive: true });
process.env.TIEOUT_DATA = data;
process.env.TIEOUT_CACHE = cache;

// Imported after TIEOUT_DATA is set: the data folder is read once, when ingest is loaded.
const { releaseIds, siteRelease, siteReleaseMeta, RELEASES_KEPT } = await import('../../../src/lib/site/releases.ts');
const { siteChecks, siteVerification } = await import('../../../src/lib/site/checks.ts');
const { IngestError, loadRelease } = await import('../../../src/lib/ingest/index.ts');
const { runChecks } = await import('../../../src/lib/verify/index.ts');
const { loadCompanyModel } = await import('../../../src/lib/model/index.ts');
const { sentenceTitle } = await import('../../../src/lib/site/labels.ts');

const ID = 'inap-2010-q2';
const dir = join(data, 'releases', ID);
const entries = (kind: string) => readdirSync(join(cache, kind), { recursive: true }).filter((f) => String(f).endsWith('.json')).length;
/** Forgets the releases kept in memory, as a new build would: loads RELEASES_KEPT others. */
function newBuild() {
  for (let i = 0; i < RELEASES_KEPT; i++) {
    const other = `copy-${i}`;
    cpSync(dir, join(data, 'releases', other), { recursive: true });
    siteRelease(other);
  }
}
/** Changes a file and moves its modification time, as an editor would. */
function edit(file: string, change: (text: string) => string) {
  writeFileSync(file, change(readFileSync(file, 'utf8')));
  const later = new Date(Date.now() + 5000);
  utimesSync(file, later, later);
}

beforeAll(() => rmSync(cache, { recursive: true, force: true }));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('releases for the site', () => {
  test('a cached release and its checks are the ones computed from the files', () => {
    const release = siteRelease(ID);
    const fresh = loadRelease(dir);
    expect(release).toStrictEqual(JSON.parse(JSON.stringify(fresh)));
    expect(release).toEqual(fresh);
    const model = loadCompanyModel(join(data, 'companies/inap/model.yaml')).model;
    // The same checks, their titles in the site's one case (labels.ts).
    expect(siteChecks(release)).toEqual(runChecks(fresh, model).map((c) => ({ ...c, title: sentenceTitle(c.title, fresh) })));
    expect(entries('release')).toBeGreaterThan(0);
    expect(entries('verification')).toBeGreaterThan(0);
  });

  test('kept in memory while its files are unchanged; read from disk, not recomputed, by the next build', () => {
    const release = siteRelease(ID);
    expect(siteRelease(ID)).toBe(release);
    const stored = entries('release');
    newBuild();
    const again = siteRelease(ID);
    expect(again).not.toBe(release);
    expect(again).toEqual(release);
    expect(siteVerification(again)).toEqual(siteVerification(release));
    // The copies made entries of their own (their ids differ), the bundled release none.
    expect(entries('release')).toBe(stored + RELEASES_KEPT);
  });

  test('an edited release.txt is read again: never a stale figure', () => {
    const before = siteRelease(ID);
    const fact = before.facts.find((f) => f.raw.includes('64,372'))!;
    edit(join(dir, 'release.txt'), (text) => text.replace('64,372', '64,373'));
    const after = siteRelease(ID);
    expect(after.facts.find((f) => f.id === fact.id)!.value).toBe('64373');
    // Checks follow: the footing the figure closes no longer ties.
    expect(siteChecks(after)).not.toEqual(siteChecks(before));
  });

  test('an edited company model, release.yaml or claims.yaml gives new checks or metadata', () => {
    const before = siteRelease(ID);
    const checksBefore = siteChecks(before);
    edit(join(data, 'companies/inap/model.yaml'), (text) => `${text}\n# an edit\n`);
    newBuild();
    // The model's text changed, so the release is a new one even though nothing it reads differs.
    expect(siteRelease(ID)).not.toBe(before);
    edit(join(dir, 'release.yaml'), (text) => text.replace(/^title: .*$/m, 'title: An edited title'));
    expect(siteRelease(ID).meta.title).toBe('An edited title');
    expect(siteReleaseMeta(ID).title).toBe('An edited title');
    // Without its claims.yaml the prose's numbers are accounted for otherwise, as computed from the files.
    const release = siteRelease(ID);
    const verification = siteVerification(release);
    rmSync(join(dir, 'claims.yaml'));
    const without = siteRelease(ID);
    expect(without).not.toBe(release);
    expect(siteVerification(without).numbers).not.toEqual(verification.numbers);
    const model = loadCompanyModel(join(data, 'companies/inap/model.yaml')).model;
    const fresh = loadRelease(dir);
    expect(siteChecks(without)).toEqual(runChecks(fresh, model).map((c) => ({ ...c, title: sentenceTitle(c.title, fresh) })));
    expect(checksBefore.length).toBeGreaterThan(0);
  });
});

// Issue 29: a release read with a few located problems is published with them listed on its page; one with no table fails the build.
describe('releases the site publishes', () => {
  test('a release whose tables were read with a located problem loads, its facts and its problems with it', () => {
    const id = 'located-problem';
    cpSync(dir, join(data, 'releases', id), { recursive: true });
    edit(join(data, 'releases', id, 'release.txt'), (t) => t.replace('Total revenues\t60,525', 'Total revenues\t60,5x5'));
    const release = siteRelease(id);
    expect(release.errors.map((e) => [e.line, e.column])).toEqual([[110, 16]]);
    expect(release.facts.length).toBeGreaterThan(300);
  });

  test('a release with no table at all is refused, naming its release.txt, as tieout check refuses it', () => {
    const id = 'no-tables';
    cpSync(dir, join(data, 'releases', id), { recursive: true });
    writeFileSync(join(data, 'releases', id, 'release.txt'), 'Internap Reports Second Quarter 2010 Financial Results\n\nRevenue was $60.5 million.\n');
    expect(() => siteRelease(id)).toThrow(IngestError);
    try {
      siteRelease(id);
    } catch (e) {
      expect((e as InstanceType<typeof IngestError>).issues).toMatchObject([{ line: 1, column: 1, message: 'expected at least one table (lines of tab-separated cells under a header row naming the periods); found none' }]);
    }
  });

  test('a folder an import is writing, or one a stopped import left (its name starts with a dot), is no release of the site', () => {
    for (const name of ['.inap-2010-q2.4242-0123abcd.new', '.inap-2010-q2.4242-89abcdef.old']) cpSync(dir, join(data, 'releases', name), { recursive: true });
    expect(releaseIds()).toContain(ID);
    expect(releaseIds().filter((id) => id.startsWith('.'))).toEqual([]);
  });
});
