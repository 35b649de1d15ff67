import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { decodeSource, importRelease } from '../../src/lib/import/index.ts';
import { loadRelease } from '../../src/lib/ingest/index.ts';
import { seriesComparisons, statementsOf } from '../../src/lib/series/index.ts';
import type { Release } from '../../src/lib/types.ts';
import { axeViolations } from '../support/axe.ts';
import { chromiumArgs, chromiumPath } from '../support/browser.ts';
import { userBuildEnv } from '../support/build-env.ts';
import { projectRoot, serveSite } from '../support/site.ts';

/**
 * A company of several releases: its page reads them together (issue 32). The site is built from
 * a data folder holding two real Qualcomm releases a year apart (../shared/series/qcom/), imported
 * with only their ids: the second prints the first's quarter again, its revenue streams recast
 * under a stated note and its cash flow's 'Other items, net' changed with nothing said. Beside
 * them, two real Amazon releases a year apart across its 20-for-1 split of May 2022
 * (../shared/series/amzn/), the later one's sentence stating the split taken out of its release
 * text: no real series across a split no release states was found, so this is the nearest real
 * one (the per-share figures and share counts as printed, the statement alone removed).
 */
const SERIES = resolve(projectRoot, '..', 'shared', 'series', 'qcom');
const AMAZON = resolve(projectRoot, '..', 'shared', 'series', 'amzn');
const root = join(projectRoot, 'node_modules', '.cache', 'tieout-company-series');
const out = join(root, 'dist');

describe('a company page of several releases', () => {
  let page: Document;
  let html: string;
  let companyPath: string;

  let amazonPath: string;
  let amazon: Document;
  const amazonReleases: Release[] = [];

  /** A release imported as published with only its id, into the data folder; its company. */
  function imported(folder: string, file: string): { dir: string; company: string } {
    const { text, encoding } = decodeSource(readFileSync(join(folder, file)));
    const id = basename(file, '.txt');
    const result = importRelease({ text, file, kind: 'text', encoding }, { id });
    const dir = join(root, 'data', 'releases', id);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'release.txt'), result.releaseText);
    writeFileSync(join(dir, 'release.yaml'), result.metaYaml!);
    return { dir, company: loadRelease(dir).meta.company };
  }

  beforeAll(() => {
    rmSync(root, { recursive: true, force: true });
    const [qualcomm] = ['qcom-fy2022-q2.txt', 'qcom-fy2023-q2.txt'].map((file) => imported(SERIES, file));
    // Amazon's fourth quarters of 2021 and 2022; the lines of the release text that state the split (as the
    // series reader reads a statement: statementsOf) are emptied, the rest as imported.
    const [amazon2021] = ['amzn-2021-q4.txt', 'amzn-2022-q4.txt'].map((file) => {
      const { dir, company } = imported(AMAZON, file);
      const release = loadRelease(dir);
      const stating = release.prose.filter((p) => statementsOf({ ...release, prose: [p] }).split !== null).map((p) => p.line);
      const lines = release.text.split('\n').map((line, i) => (stating.includes(i + 1) ? '' : line));
      writeFileSync(join(dir, 'release.txt'), lines.join('\n'));
      expect(statementsOf(loadRelease(dir)).split, file).toBeNull();
      amazonReleases.push(loadRelease(dir));
      return { dir, company };
    });
    companyPath = `/company/${qualcomm!.company}/`;
    amazonPath = `/company/${amazon2021!.company}/`;
    mkdirSync(join(root, 'notebooks'), { recursive: true });
    const build = spawnSync(join(projectRoot, 'node_modules', '.bin', 'node'), [join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', out], {
      cwd: projectRoot,
      encoding: 'utf8',
      env: userBuildEnv({ TIEOUT_SITE: '', TIEOUT_DATA: join(root, 'data'), TIEOUT_NOTEBOOKS: join(root, 'notebooks'), TIEOUT_ASTRO_CACHE: join(root, 'astro-cache') }),
      timeout: 900_000,
    });
    expect(build.status, build.stdout.slice(-3000) + build.stderr.slice(-2000)).toBe(0);
    expect(readdirSync(join(out, 'company')).sort()).toEqual([companyPath, amazonPath].map((p) => p.split('/')[2]).sort());
    html = readFileSync(join(out, companyPath, 'index.html'), 'utf8');
    page = parseHTML(html).document;
    amazon = parseHTML(readFileSync(join(out, amazonPath, 'index.html'), 'utf8')).document;
  }, 900_000);

  test('its figures printed again: differences with nothing said first, then restatements with the statement each rests on', () => {
    const section = page.querySelector('section.across')!;
    expect(section.querySelector('h2')?.textContent).toBe('Across releases');
    expect([...section.querySelectorAll('h3')].map((h) => h.textContent)).toEqual(['Printed otherwise, with nothing said (2)', 'Restated, as the later release says (3)']);
    // Then its key figures by quarter, then its headline figures charted.
    expect([...page.querySelectorAll('main section:not(.release) > h2')].map((h) => h.textContent)).toEqual(['Across releases', 'Key figures by quarter', 'Headline figures by period']);
    const items = [...section.querySelectorAll('ol.across-findings li')];
    expect(items.map((li) => li.querySelector('a.permalink')?.textContent)).toEqual(['Other items, net, Q2 FY2022', 'Other items, net, H1 FY2022', 'Handsets, Q2 FY2022', 'Automotive, Q2 FY2022', 'IoT, Q2 FY2022']);
    const handsets = items[2];
    expect(handsets.textContent).toContain('$6,325 in qcom-fy2022-q2');
    expect(handsets.textContent).toContain('$7,349 in qcom-fy2023-q2');
    expect(handsets.querySelector('q')?.textContent).toBe('Prior period information has been recast to reflect this change.');
    // Each finding is a permalink, and links to both printings and to the statement, each of which exists.
    expect(handsets.querySelector('a.permalink')?.getAttribute('href')).toBe(`#${handsets.id}`);
    for (const a of handsets.querySelectorAll('a:not(.permalink)')) {
      const [path, anchor] = a.getAttribute('href')!.split('#');
      const target = readFileSync(join(out, path, 'index.html'), 'utf8');
      expect(parseHTML(target).document.getElementById(anchor), a.getAttribute('href')!).not.toBeNull();
    }
  });

  test('a split no release states: its per-share figures and share counts shown apart, as tieout’s reading, never as the company’s words, and nothing accused', () => {
    const section = amazon.querySelector('section.across')!;
    const headings = [...section.querySelectorAll('h3')].map((h) => h.textContent);
    // The split's findings, and the line of equity it moved par value out of (additional paid-in capital), not judged.
    expect(headings).toEqual([expect.stringMatching(/^Printed otherwise, not judged \(the reason with each\) \(\d+\)$/), expect.stringMatching(/^Consistent with a stock split no release states \(\d+\)$/)]);
    expect(section.querySelector('p')?.textContent).toMatch(/ \d+ consistent with a split no release states, 0 restated as the release says, \d+ printed otherwise and not judged, each with the reason, and 0 printed otherwise with nothing said\./);
    const equity = [...section.querySelectorAll('ol.across-findings.unverifiable li')];
    expect(equity.length).toBeGreaterThan(0);
    expect(equity.every((li) => /moves the par value of the new shares between the lines of equity/.test(li.querySelector('.reading')?.textContent ?? ''))).toBe(true);
    const items = [...section.querySelectorAll('ol.across-findings.split-unstated li')];
    expect(items.length).toBe(Number(/\((\d+)\)$/.exec(headings[1]!)![1]));
    const eps = items.find((li) => li.querySelector('a.permalink')?.textContent === 'Diluted earnings per share, Q4 2021')!;
    // As printed: $27.75 before the split, $1.39 after (27.75 ÷ 20 = 1.3875).
    expect(eps.textContent).toMatch(/\$27\.75 in amzn-2021-q4, \$1\.39 in amzn-2022-q4\./);
    expect(eps.querySelector('q')).toBeNull();
    expect(eps.querySelector('.reading')?.textContent).toMatch(
      /^Tieout’s reading, not the company’s words: consistent with an unstated 20-for-1 split: every per-share figure and share count of these periods \(.*2021-q4.*\) that amzn-2022-q4 prints otherwise than amzn-2021-q4 differs by the same ratio; the releases state no split\.$/,
    );
    // Each finding is a permalink, and its two printings' links land.
    expect(eps.querySelector('a.permalink')?.getAttribute('href')).toBe(`#${eps.id}`);
    for (const a of eps.querySelectorAll('a:not(.permalink)')) {
      const [path, anchor] = a.getAttribute('href')!.split('#');
      expect(parseHTML(readFileSync(join(out, path, 'index.html'), 'utf8')).document.getElementById(anchor), a.getAttribute('href')!).not.toBeNull();
    }
    // One a figure the series reader reads so: each a per-share figure or a share count ("Stock-based awards outstanding", 16 then 311 million).
    const read = seriesComparisons(amazonReleases).filter((c) => c.verdict === 'split-unstated');
    expect(read.every((c) => c.later.unit === 'USD/share' || c.later.unit === 'shares')).toBe(true);
    expect(items).toHaveLength(read.length);
    const line = (text: string) => text.slice(0, text.lastIndexOf(', '));
    expect(items.map((li) => line(li.querySelector('a.permalink')!.textContent!)).sort()).toEqual(read.map((c) => c.later.label).sort());
  });

  test('its headline figures are charted by period, described, with their data', () => {
    const charts = [...page.querySelectorAll('section.across-charts figure.chart')];
    expect(charts.length).toBeGreaterThan(0);
    for (const c of charts) {
      expect(c.querySelector('svg')?.getAttribute('role')).toBe('img');
      expect(c.querySelector('svg title')?.textContent).toMatch(/by period, as each release printed it$/);
      expect(c.querySelectorAll('details table tbody tr').length).toBe(2);
    }
  });

  describe('in a browser', () => {
    let close: () => Promise<void>;
    let violations: string[] = [];
    beforeAll(async () => {
      const site = await serveSite({ root: out });
      const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
      close = async () => {
        await browser.close();
        await site.close();
      };
      const tab = await browser.newPage();
      for (const path of [companyPath, amazonPath]) {
        await tab.goto(`${site.url}${path}`);
        violations.push(...(await axeViolations(tab)).map((v) => `${path}: ${v}`));
      }
    }, 120_000);
    afterAll(async () => close?.());

    test('axe finds no WCAG 2.1 A/AA violation on it, nor on the company page of the unstated split', () => {
      expect(violations).toEqual([]);
    });
  });

  afterAll(() => {
    if (existsSync(root)) rmSync(root, { recursive: true, force: true });
  });
});
