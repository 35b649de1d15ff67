/**
 * A release's outline and card (src/lib/site/release-summary.ts) stand in for the release on
 * the routes, the sitemap and the listings: each must say what the full release and its checks
 * say (table ids, counts, headline figures, the names and checks of every figure a card shows),
 * and must follow every edit of the release's inputs, never served stale from the disk cache.
 * The data folder is a copy of the bundled one with NVIDIA's four FY2023 releases imported
 * into it as published, and their company model drafted from the first (`tieout model init`),
 * so that their cards have headline figures.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import type { Fact, Release } from '../../../src/lib/types.ts';
import { sharedReleases } from '../../support/golden.ts';

const work = mkdtempSync(join(tmpdir(), 'tieout-release-summary-'));
const data = join(work, 'data');
const cache = join(work, 'cache');
cpSync('data', data, { recursive: true });
process.env.TIEOUT_DATA = data;
process.env.TIEOUT_CACHE = cache;

// Imported after TIEOUT_DATA is set: the data folder is read once, when ingest is loaded.
const { importCommand } = await import('../../../src/cli/import.ts');
const { modelInitCommand } = await import('../../../src/cli/model.ts');
const { siteRelease, releaseInputKey, RELEASES_KEPT } = await import('../../../src/lib/site/releases.ts');
const { siteChecks, siteModel } = await import('../../../src/lib/site/checks.ts');
const { siteReleaseCard, siteReleaseOutline, CARD_FIGURES } = await import('../../../src/lib/site/release-summary.ts');
const { headline } = await import('../../../src/lib/site/headline.ts');
const { figureChecks } = await import('../../../src/lib/site/verdicts.ts');
const { columnName, periodName, tableTitle } = await import('../../../src/lib/site/labels.ts');
const { countByVerdict } = await import('../../../src/lib/checks/index.ts');

const NVIDIA = ['nvda-2023-q1', 'nvda-2023-q2', 'nvda-2023-q3', 'nvda-2023-q4'];
for (const file of ['nvda-fy2023-q1.html', 'nvda-fy2023-q2.html', 'nvda-fy2023-q3.html', 'nvda-fy2023-q4.html']) {
  const err: string[] = [];
  const status = importCommand(join(sharedReleases(), file), { data }, { out: () => {}, err: (t) => err.push(t) });
  if (status !== 0) throw new Error(err.join(''));
}
if (modelInitCommand(join(data, 'releases', NVIDIA[0]!), { force: false }, { out: () => {}, err: (t) => console.error(t) }) !== 0) throw new Error('tieout model init failed');
const BUNDLED = 'inap-2010-q2';
afterAll(() => rmSync(work, { recursive: true, force: true }));

const entries = (kind: string) => readdirSync(join(cache, kind), { recursive: true }).filter((f) => String(f).endsWith('.json')).length;
const conceptLabels = (release: Release) => Object.fromEntries(Object.entries(siteModel(release).concepts).map(([k, c]) => [k, c.label]));
/** As JSON gives it back: what the disk cache holds. */
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
/** Changes a file and moves its modification time, as an editor would. */
function edit(file: string, change: (text: string) => string) {
  writeFileSync(file, change(readFileSync(file, 'utf8')));
  const later = new Date(Date.now() + 5000);
  utimesSync(file, later, later);
}

/** Asserts that the outline and card of `id` say what its full release and checks say. */
function expectSummaryOf(id: string) {
  const release = siteRelease(id);
  const checks = siteChecks(release);
  expect(siteReleaseOutline(id)).toEqual({ tables: release.tables.map((t) => t.id) });

  const card = siteReleaseCard(id);
  expect(card.facts).toBe(release.facts.length);
  expect(card.checks).toBe(checks.length);
  expect(card.verdicts).toEqual(countByVerdict(checks));
  expect(card.release.meta).toEqual(release.meta);
  expect(card.release.periods).toEqual(release.periods);
  expect(card.release.tables).toEqual(release.tables.map(({ rows: _, ...head }) => head));
  const figures = headline(release, checks, conceptLabels(release)).slice(0, CARD_FIGURES);
  expect(figures.length, id).toBeGreaterThan(0);
  expect(card.figures).toEqual(plain(figures));

  // Every figure a card may show is named and checked in its popover as on the release's own pages.
  const shown: Fact[] = card.figures.flatMap((f) => [f.current, ...(f.printed ? [f.printed.fact] : [])]);
  for (const fact of shown) {
    const full = release.facts.find((f) => f.id === fact.id)!;
    expect(fact).toEqual(plain(full));
    expect(figureChecks(card.figureChecks, fact.id), `${id} ${fact.id}`).toEqual(plain(figureChecks(checks, fact.id)));
    expect(columnName(card.release, fact)).toBe(columnName(release, full));
    const table = card.release.tables.find((t) => t.id === fact.table)!;
    expect(tableTitle(table, card.release)).toBe(tableTitle(release.tables.find((t) => t.id === fact.table)!, release));
  }
  expect(periodName(card.release, release.meta.fiscalPeriod)).toBe(periodName(release, release.meta.fiscalPeriod));
  // Only the checks those popovers list: a card is a small part of its release.
  expect(card.figureChecks.length).toBeGreaterThan(0);
  expect(card.figureChecks.length).toBeLessThan(checks.length);
  expect(JSON.stringify(card).length * 10).toBeLessThan(JSON.stringify(release).length + JSON.stringify(checks).length);
  return card;
}

describe('siteReleaseOutline and siteReleaseCard', () => {
  test('say what the bundled release says: tables, counts, headline figures, their names and checks', () => {
    const card = expectSummaryOf(BUNDLED);
    expect(card.figures.map((f) => f.label)).toEqual(['Total revenues', 'Segment profit', 'Segment margin', 'Adjusted EBITDA (non-GAAP)']);
    // Its printed growth, shown when it does not tie, comes with its check.
    expect(card.figures.some((f) => f.printed?.check)).toBe(true);
  });

  test.each(NVIDIA)('say what NVIDIA\'s release %s, imported as published, says', (id) => {
    expectSummaryOf(id);
  });

  test('are read from the disk cache by the next build without the release, the same as computed', () => {
    const card = siteReleaseCard(BUNDLED);
    const outline = siteReleaseOutline(BUNDLED);
    const stored = [entries('release-card'), entries('release-outline')];
    // Were the release or its checks loaded, their entries would be written again.
    rmSync(join(cache, 'release'), { recursive: true });
    rmSync(join(cache, 'verification'), { recursive: true });
    expect(siteReleaseCard(BUNDLED)).toEqual(card);
    expect(siteReleaseOutline(BUNDLED)).toEqual(outline);
    expect([entries('release-card'), entries('release-outline')]).toEqual(stored);
    expect(existsSync(join(cache, 'release')) || existsSync(join(cache, 'verification'))).toBe(false);
  });
});

describe('a summary is never stale', () => {
  const ID = 'inap-edited';
  const dir = join(data, 'releases', ID);
  cpSync(join(data, 'releases', BUNDLED), dir, { recursive: true });
  /** Forgets the releases kept in memory, as a new build would. */
  const newBuild = () => NVIDIA.concat(BUNDLED).slice(0, RELEASES_KEPT).forEach((other) => siteRelease(other));

  test('an edited figure in release.txt changes the card, its verdicts and the figure it shows', () => {
    const before = siteReleaseCard(ID);
    edit(join(dir, 'release.txt'), (text) => text.replace('Total Revenues\t\\$ 60,525', 'Total Revenues\t\\$ 60,526'));
    newBuild();
    const after = expectSummaryOf(ID);
    expect(after.figures[0]!.current.value).toBe('60526');
    expect(before.figures[0]!.current.value).toBe('60525');
    expect(after.verdicts.mismatch).toBeGreaterThan(before.verdicts.mismatch);
  });

  test('an edited company model relabels the figures', () => {
    edit(join(data, 'companies/inap/model.yaml'), (text) => text.replace('label: Total revenues', 'label: Revenue, all services'));
    newBuild();
    expect(expectSummaryOf(ID).figures[0]!.label).toBe('Revenue, all services');
  });

  test('an edited company model is read again for a release in memory, not served from its last read', () => {
    const labels = () => Object.values(siteModel(siteRelease(ID)).concepts).map((c) => c.label);
    expect(labels()).toContain('Revenue, all services');
    edit(join(data, 'companies/inap/model.yaml'), (text) => text.replace('label: Revenue, all services', 'label: Revenue, every service'));
    expect(labels()).toContain('Revenue, every service');
    expect(labels()).not.toContain('Revenue, all services');
  });

  test('an edited claims.yaml or release.yaml is a new key, so a new card', () => {
    const key = releaseInputKey(ID);
    const stored = entries('release-card');
    edit(join(dir, 'claims.yaml'), (text) => `${text}\n# an edit\n`);
    expect(releaseInputKey(ID)).not.toBe(key);
    expectSummaryOf(ID);
    expect(entries('release-card')).toBe(stored + 1);
    edit(join(dir, 'release.yaml'), (text) => text.replace(/^title: .*$/m, 'title: An edited title'));
    expect(siteReleaseCard(ID).release.meta.title).toBe('An edited title');
  });
});
