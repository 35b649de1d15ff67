/**
 * The bench's yardstick: a bare Astro site of MDX pages, each a heading, a paragraph and one
 * SVG chart (a bar chart as tieout's chart renderer draws it, written into the MDX), built
 * with the same Astro, MDX and Node as tieout. Its cost per extra page, measured in the same
 * run on the same (shared, noisy) machine, is what tieout's numbers are divided by.
 */
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as aq from 'arquero';
import { barChart } from '../src/lib/charts/index.ts';

const ROOT = resolve(import.meta.dirname, '..');

/** The chart every reference page carries, as MDX accepts it (JSX: no comments, no braces). */
function chartMarkup(): string {
  const table = aq.table({ quarter: ['Q2 2009', 'Q3 2009', 'Q4 2009', 'Q1 2010', 'Q2 2010'], revenue: ['64372', '63581', '63210', '63365', '62400'] });
  const svg = barChart(table, { x: 'quarter', y: 'revenue', title: 'Revenue by quarter', yLabel: 'USD thousands' });
  if (/[{}]|<!--/.test(svg)) throw new Error('the reference chart has markup MDX would not read as is');
  return svg;
}

/** Writes a reference project of `pages` MDX pages under `dir`. */
export function referenceProject(dir: string, pages: number): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src/pages/p'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  writeFileSync(join(dir, 'package.json'), '{ "type": "module", "private": true }\n');
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    "import { defineConfig } from 'astro/config';\nimport mdx from '@astrojs/mdx';\nexport default defineConfig({ integrations: [mdx()], cacheDir: './.astro-cache' });\n",
  );
  const chart = chartMarkup();
  for (let i = 1; i <= pages; i++) {
    writeFileSync(
      join(dir, `src/pages/p/${i}.mdx`),
      `---\ntitle: Page ${i}\n---\n\n# Page ${i}\n\nA paragraph of commentary on page ${i}, with *some* emphasis and a [link](/p/1/).\n\n${chart}\n`,
    );
  }
  return dir;
}
