// A company's page reads its releases together (src/lib/site/company-series.ts): the figures
// printed otherwise than first, each linked to both printings and to the statement it rests on,
// and its headline figures charted across its releases, on real series imported as published.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { decodeSource, importRelease } from '../../../src/lib/import/index.ts';
import { loadRelease } from '../../../src/lib/ingest/index.ts';
import { companySeries } from '../../../src/lib/site/company-series.ts';
import { statementsOf } from '../../../src/lib/series/index.ts';
import type { Release } from '../../../src/lib/types.ts';
import { sharedReleases } from '../../support/golden.ts';

const data = mkdtempSync(join(tmpdir(), 'tieout-company-series-'));
function imported(path: string): Release {
  const id = basename(path).replace(/\.[^.]+$/, '');
  const { text, encoding } = decodeSource(readFileSync(path));
  const result = importRelease({ text, file: basename(path), kind: /\.html?$/.test(path) ? 'html' : 'text', encoding }, { id });
  const dir = join(data, id);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'release.txt'), result.releaseText);
  writeFileSync(join(dir, 'release.yaml'), result.metaYaml!);
  return loadRelease(dir);
}
const SERIES = resolve(import.meta.dirname, '..', '..', '..', '..', 'shared', 'series');
const nvidia = companySeries(['q1', 'q2', 'q3', 'q4'].map((q) => imported(join(sharedReleases(), `nvda-fy2023-${q}.html`))));
const qualcomm = companySeries(['fy2022-q2', 'fy2023-q2'].map((p) => imported(join(SERIES, 'qcom', `qcom-${p}.txt`))));

describe('a company’s releases read together, for its page', () => {
  test('NVIDIA’s four releases: every figure printed again is the same, and its headline figures are charted by quarter', () => {
    expect(nvidia.counts).toEqual({ same: 247, rounding: 0, 'split-adjusted': 0, 'split-unstated': 0, restated: 0, unverifiable: 0, mismatch: 0 });
    expect(nvidia.findings).toEqual([]);
    const revenue = nvidia.charts.find((c) => c.concept === 'revenue');
    expect(revenue, nvidia.charts.map((c) => c.concept).join(', ')).toBeDefined();
    // A figure with its caption first, the chart described for a screen reader, and its data as a table.
    expect(revenue!.html).toMatch(/^<figure class="chart"><figcaption>[^<]+<\/figcaption><svg[^>]*role="img"/);
    expect(revenue!.html).toContain('<title>');
    const rows = [...revenue!.html.matchAll(/<tr><td>([^<]+)<\/td><td class="num">([^<]+)<\/td><td>([^<]+)<\/td><\/tr>/g)].map((m) => m.slice(1));
    expect(rows).toEqual([
      ['Q1 FY2023', '8288', 'nvda-fy2023-q1'],
      ['Q2 FY2023', '6704', 'nvda-fy2023-q2'],
      ['Q3 FY2023', '5931', 'nvda-fy2023-q3'],
      ['Q4 FY2023', '6051', 'nvda-fy2023-q4'],
    ]);
    expect(nvidia.charts.map((c) => c.concept)).toEqual(['revenue', 'gross-profit', 'gross-margin', 'operating-income', 'net-income', 'eps-diluted']);
  });

  test('two releases of one period (a release re-issued) chart the period once, as first printed', () => {
    const [q1] = ['q1'].map((q) => imported(join(sharedReleases(), `nvda-fy2023-${q}.html`)));
    const again: Release = { ...q1, meta: { ...q1.meta, id: 'nvda-fy2023-q1-reissued', releaseDate: '2022-06-01' } };
    const charts = companySeries([again, q1]).charts;
    expect(charts.length).toBe(0);
    const series = companySeries([q1, again, imported(join(sharedReleases(), 'nvda-fy2023-q2.html'))]);
    const revenue = series.charts.find((c) => c.concept === 'revenue')!;
    expect([...revenue.html.matchAll(/<td>(nvda-[^<]+)<\/td>/g)].map((m) => m[1])).toEqual(['nvda-fy2023-q1', 'nvda-fy2023-q2']);
  });

  test('Qualcomm: differences first, then restatements, each linked to both printings and to the statement it rests on', () => {
    expect(qualcomm.findings.map((f) => [f.verdict, f.label, f.earlier.figure, f.later.figure])).toEqual([
      ['mismatch', 'Other items, net', '(10)', '(30)'],
      ['mismatch', 'Other items, net', '(35)', '(56)'],
      ['restated', 'Handsets', '$6,325', '$7,349'],
      ['restated', 'Automotive', '339', '371'],
      ['restated', 'IoT', '1,724', '1,828'],
    ]);
    const handsets = qualcomm.findings[2];
    expect(handsets.earlier).toMatchObject({ release: 'qcom-fy2022-q2', period: 'Q2 FY2022', href: '/qcom-fy2022-q2/statements/qct-revenue-streams/#handsets/2022-q2' });
    expect(handsets.later.href).toMatch(/^\/qcom-fy2023-q2\/statements\/[a-z0-9-]+\/#handsets\/2022-q2$/);
    expect(handsets.statement).toEqual({ release: 'qcom-fy2023-q2', text: 'Prior period information has been recast to reflect this change.', covers: 'the note stating it is marked on the table', href: '/qcom-fy2023-q2/source/#L58' });
    expect(qualcomm.findings[0].statement).toBeNull();
    // Anchors are stable and unique: the later printing's fact id.
    expect(new Set(qualcomm.findings.map((f) => f.id)).size).toBe(qualcomm.findings.length);
    expect(handsets.id).toMatch(/^across-qcom-fy2023-q2-[a-z0-9-]+-handsets-2022-q2$/);
  });

  test('Amazon across its 20-for-1 split with the statement removed: the per-share figures and share counts are shown as consistent with a split no release states, in tieout’s words, after the differences', () => {
    const withoutSplit = (r: Release): Release => ({ ...r, prose: r.prose.filter((p) => statementsOf({ ...r, prose: [p] }).split === null) });
    const amazon = companySeries(['2021-q4', '2022-q4'].map((p) => withoutSplit(imported(join(SERIES, 'amzn', `amzn-${p}.txt`)))));
    expect(amazon.counts.mismatch).toBe(0);
    expect(amazon.counts['split-adjusted']).toBe(0);
    expect(amazon.counts['split-unstated']).toBeGreaterThan(2);
    const shown = amazon.findings.filter((f) => f.verdict === 'split-unstated');
    expect(shown.length).toBe(amazon.counts['split-unstated']);
    // No statement is quoted: the reading is tieout's, never the company's words.
    expect(shown.every((f) => f.statement === null && /^consistent with an unstated 20-for-1 split: .* the releases state no split$/.test(f.reading ?? ''))).toBe(true);
    const eps = shown.find((f) => f.earlier.figure === '$27.75')!;
    expect([eps.earlier.release, eps.later.figure, eps.later.release]).toEqual(['amzn-2021-q4', '$1.39', 'amzn-2022-q4']);
  });
});
