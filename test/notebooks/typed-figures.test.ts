import { readdirSync, readFileSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeSource, importRelease } from '../../src/lib/import/index.ts';
import type { Release } from '../../src/lib/types.ts';
import { sharedReleases } from '../support/golden.ts';
import { describe, expect, test } from 'vitest';
import { Decimal } from '../../src/lib/decimal.ts';
import { loadRelease } from '../../src/lib/ingest/index.ts';

/**
 * Notebooks never type a number from the release: every figure on a page comes from a fact
 * or a cell. This scans each notebook's prose (front matter, text, headings; not code cells,
 * not component tags, not link targets) for numbers, and fails on any that is a figure the
 * release prints, as printed or restated in millions or to fewer decimals. A company notebook
 * (`company:`) is scanned against every release of its company: those of data/releases/, else the
 * real releases kept in test/fixtures/releases/ (NVIDIA's), imported as `tieout import` would.
 */
const ROOT = 'src/notebooks';
const notebooks = readdirSync(ROOT, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.mdx') && !f.startsWith('_'))
  .map((f) => join(ROOT, f));

/** The text a reader reads, with everything else blanked out so that line numbers hold. */
function prose(mdx: string): string {
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  return mdx
    .replace(/^```[\s\S]*?^```/gm, blank) // code cells
    .replace(/<[A-Z][^>]*\/?>/g, blank) // components such as <Fig of="…" />
    .replace(/\]\([^)]*\)/g, (m) => `]${blank(m.slice(1))}`) // link targets
    .replace(/^(releases?|company|order):.*$/gm, blank) // front matter keys that are not prose
    // Dates name periods, not figures ("June 30, 2010").
    .replace(/\b(January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}/g, blank);
}

/** Every form in which a fact's value might be typed: as printed, rounded to fewer decimals, in millions. */
function forms(value: string, scale: number, decimals: number): string[] {
  const abs = new Decimal(value).abs();
  const out = new Set<string>();
  for (let d = 0; d <= decimals; d++) out.add(abs.toFixed(d));
  if (scale === 3) for (const d of [1, 2]) out.add(abs.div(1000).toFixed(d));
  return [...out].filter((s) => s !== '0' && !/^0\.0*$/.test(s));
}

describe('notebooks type no figure from the release', () => {
  test('there are notebooks to scan', () => expect(notebooks.length).toBeGreaterThan(0));

  for (const file of notebooks) {
    test(file, () => {
      const text = readFileSync(file, 'utf8');
      const release = /^release:\s*(\S+)/m.exec(text)?.[1];
      const company = /^company:\s*(\S+)/m.exec(text)?.[1];
      expect(release ?? company, `${file}: front matter names no release or company`).toBeTruthy();
      let releases: Release[];
      if (release) {
        const dir = join('data/releases', release);
        expect(existsSync(dir), `${file}: release ${release} not found`).toBe(true);
        releases = [loadRelease(dir)];
      } else releases = companyReleases(company!);
      expect(releases.length, `${file}: no release of company ${company}`).toBeGreaterThan(0);
      const figures = new Set(
        releases.flatMap((r) => r.facts).filter((f) => f.value !== null).flatMap((f) => forms(f.value!, f.scale, f.decimals)),
      );
      const typed: string[] = [];
      prose(text)
        .split('\n')
        .forEach((line, i) => {
          for (const m of line.matchAll(/\d[\d,]*(?:\.\d+)?/g)) {
            const token = m[0].replaceAll(',', '');
            if (figures.has(token)) typed.push(`${file}:${i + 1}:${m.index + 1}: '${m[0]}' is a figure from the release; use <Fig> or a cell`);
          }
        });
      expect(typed).toEqual([]);
    });
  }
});

/** A company's releases: those of data/releases/, else the real releases kept in test/fixtures/releases/, imported. */
function companyReleases(company: string): Release[] {
  const own = readdirSync('data/releases')
    .filter((id) => new RegExp(`^company:\\s*${company}\\b`, 'm').test(readFileSync(join('data/releases', id, 'release.yaml'), 'utf8')))
    .map((id) => loadRelease(join('data/releases', id)));
  if (own.length > 0) return own;
  const data = mkdtempSync(join(tmpdir(), 'tieout-typed-figures-'));
  return readdirSync(sharedReleases())
    .filter((f) => f.endsWith('.html'))
    .map((file) => {
      const id = file.replace(/\.html$/, '');
      const { text, encoding } = decodeSource(readFileSync(join(sharedReleases(), file)));
      const imported = importRelease({ text, file, kind: 'html', encoding }, { id });
      const dir = join(data, id);
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'release.txt'), imported.releaseText);
      writeFileSync(join(dir, 'release.yaml'), imported.metaYaml!);
      return loadRelease(dir);
    })
    .filter((r) => r.meta.company === company);
}
