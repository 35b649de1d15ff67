import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { main } from '../../../src/cli/main.ts';
import { sharedReleases } from '../../support/golden.ts';
import type { Fact } from '../../../src/lib/types.ts';

/**
 * The four NVIDIA releases of fiscal 2023 as `tieout import` writes them (its golden release.txt
 * and release.yaml, test/fixtures/import), read by `tieout facts`: exit 0, and every figure of
 * every HTML table a fact, in order, with NVIDIA's fiscal period (a 52/53-week year ending in
 * January), its unit, currency and scale. The figures are counted from the published HTML by a
 * walk of its own, sharing no code with import or ingest.
 */
const QUARTERS = [
  { q: 'q1', periods: ['2023-q1', '2022-q4', '2022-q1', '2022-05-01', '2022-01-30', '2023-q2'] },
  { q: 'q2', periods: ['2023-q2', '2023-q1', '2022-q2', '2023-h1', '2022-h1', '2022-07-31', '2022-01-30', '2023-q3'] },
  { q: 'q3', periods: ['2023-q3', '2023-q2', '2022-q3', '2023-9m', '2022-9m', '2022-10-30', '2022-01-30', '2023-q4'] },
  { q: 'q4', periods: ['2023-q4', '2023-q3', '2022-q4', '2023-fy', '2022-fy', '2023-01-29', '2022-01-30', '2024-q1'] },
];

const root = mkdtempSync(join(tmpdir(), 'tieout-nvda-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function releaseDir(q: string): string {
  const dir = join(root, 'releases', `nvda-fy2023-${q}`);
  mkdirSync(dir, { recursive: true });
  cpSync(`test/fixtures/import/nvda-fy2023-${q}.release.txt`, join(dir, 'release.txt'));
  cpSync(`test/fixtures/import/nvda-fy2023-${q}.release.yaml`, join(dir, 'release.yaml'));
  return dir;
}

async function facts(...dirs: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const status = await main(['facts', ...dirs, '--jsonl'], { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { status, lines: out.join('').trimEnd().split('\n').map((l) => JSON.parse(l)), stderr: err.join('') };
}

type Node = DefaultTreeAdapterMap['node'];
/** Every table cell of the page whose whole text is a figure or a nil mark, in document order. */
function htmlFigures(html: string): { figures: string[]; nils: number } {
  const FIGURE = /^(?:(?:Up|Down)\s+)?\(?\$?\s*\(?\d[\d,]*(?:\.\d+)?\)?\s*(?:%|pts|bps)?\)?$/;
  const out = { figures: [] as string[], nils: 0 };
  const text = (n: Node): string =>
    n.nodeName === '#text' ? (n as DefaultTreeAdapterMap['textNode']).value : 'childNodes' in n && !['script', 'style'].includes(n.nodeName) ? n.childNodes.map(text).join('') : '';
  const walk = (n: Node) => {
    if (!('childNodes' in n)) return;
    for (const c of n.childNodes) {
      if (c.nodeName === 'td' || c.nodeName === 'th') {
        const t = text(c).replace(/[\s\u00a0]+/g, ' ').trim();
        if (/^(?:-+|—|–)$/.test(t)) out.nils++;
        else if (FIGURE.test(t) && !/^(?:19|20)\d\d$/.test(t)) out.figures.push(/\d[\d,]*(?:\.\d+)?/.exec(t)![0].replaceAll(',', ''));
      }
      walk(c);
    }
  };
  walk(parse(html));
  return out;
}

describe.each(QUARTERS)('NVIDIA fiscal 2023 $q', ({ q, periods }) => {
  const dir = releaseDir(q);
  const html = readFileSync(join(sharedReleases(), `nvda-fy2023-${q}.html`), 'utf8');

  test('tieout facts exits 0 with no error', async () => {
    const { status, lines, stderr } = await facts(dir);
    expect(stderr).toBe('');
    expect(lines[0].errors).toEqual([]);
    expect(status).toBe(0);
  });

  test('every figure of every HTML table is a fact, in order, and so is every nil mark', async () => {
    const { lines } = await facts(dir);
    const cells = (lines[0].facts as Fact[]).filter((f) => f.origin === 'cell').sort((a, b) => a.line - b.line || a.column - b.column);
    const source = htmlFigures(html);
    expect(source.figures.length).toBeGreaterThan(300);
    expect(cells.filter((f) => f.status !== 'nil').map((f) => /\d[\d,]*(?:\.\d+)?/.exec(f.raw)![0].replaceAll(',', ''))).toEqual(source.figures);
    expect(cells.filter((f) => f.status === 'nil')).toHaveLength(source.nils);
  });

  test('periods are NVIDIA’s fiscal quarters, halves, nine months and years, and its balance-sheet dates', async () => {
    const { lines } = await facts(dir);
    const used = new Set((lines[0].facts as Fact[]).map((f) => f.period.replace(/-vs-.*/, '')));
    expect([...used].sort()).toEqual([...periods].sort());
  });

  test('money is USD in millions, per-share money in dollars, shares in millions, ratios in units', async () => {
    const { lines } = await facts(dir);
    for (const f of lines[0].facts as Fact[]) {
      const expected = ({ USD: 6, shares: 6, 'USD/share': 0, percent: 0, 'basis-points': 0, 'percentage-points': 0 } as Record<string, number>)[f.unit];
      expect([f.id, f.scale]).toEqual([f.id, expected]);
    }
  });
});

test('the four releases in one run: one line each, exit 0', async () => {
  const { status, lines } = await facts(...QUARTERS.map(({ q }) => join(root, 'releases', `nvda-fy2023-${q}`)));
  expect(status).toBe(0);
  expect(lines.map((l) => [l.release, l.status, l.errors.length])).toEqual(QUARTERS.map(({ q }) => [`nvda-fy2023-${q}`, 0, 0]));
});

describe('NVIDIA figures read as printed', () => {
  const dir = releaseDir('q4');
  test.each([
    ['q4-fiscal-2023-summary-gaap/revenue/2023-q4', '6051', 'USD', 6],
    ['q4-fiscal-2023-summary-gaap/gross-margin/2023-q4-vs-2023-q3', '9.7', 'percentage-points', 0],
    ['q4-fiscal-2023-summary-gaap/revenue/2023-q4-vs-2022-q4', '-21', 'percent', 0],
    ['fiscal-2023-summary-gaap/revenue/2023-fy', '26974', 'USD', 6],
    ['statements-of-income/net-income/2023-fy', '4368', 'USD', 6],
    ['balance-sheets/total-assets/2023-01-29', '41182', 'USD', 6],
    ['reconciliation-of-gaap-to-non-gaap-outlook/gaap-gross-margin/2024-q1.outlook', '64.1', 'percent', 0],
  ])('%s = %s %s (scale %i)', async (id, value, unit, scale) => {
    const { lines } = await facts(dir);
    expect((lines[0].facts as Fact[]).find((f) => f.id === `nvda-fy2023-q4/${id}`)).toMatchObject({ value, unit, scale });
  });
});
