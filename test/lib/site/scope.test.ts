import { describe, expect, test } from 'vitest';
import { loadRelease } from '../../../src/lib/ingest/index.ts';
import { releaseScope } from '../../../src/lib/site/scope.ts';
import type { Check, Fact } from '../../../src/lib/types.ts';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeSource, importRelease } from '../../../src/lib/import/index.ts';
import { headline } from '../../../src/lib/site/headline.ts';
import { sharedReleases } from '../../support/golden.ts';

const release = loadRelease('data/releases/inap-2010-q2');
const checks: Check[] = [];

describe('releaseScope', () => {
  test('is made once for a release and its checks, and shared by its notebooks, frozen', () => {
    const scope = releaseScope(release, checks);
    expect(releaseScope(release, checks)).toBe(scope);
    expect(Object.isFrozen(scope)).toBe(true);
    expect((scope.value as (c: string, p: string) => { toFixed(): string })('net-loss', '2010-q2').toFixed()).toBe('-1271');
  });

  test('another release object (its files changed) or other checks get a scope of their own', () => {
    const scope = releaseScope(release, checks);
    expect(releaseScope({ ...release }, checks)).not.toBe(scope);
    expect(releaseScope(release, [])).not.toBe(scope);
  });
});

describe('notebook helpers: a typo gets a way forward', () => {
  const scope = releaseScope(release, checks) as Record<string, (...a: string[]) => unknown>;
  test.each([
    // [call, arguments, what the error says]
    ['fact', ['revnue', '2010-q2'], /no fact prints concept 'revnue' in inap-2010-q2\. Did you mean 'revenue'\?/],
    ['fact', ['net-loss', '2010q2'], /no fact prints concept 'net-loss' for period '2010q2' in inap-2010-q2; it is printed for .*2010-q2.*\. Did you mean '2010-q2'\?/],
    ['value', ['net-los', '2010-q2'], /Did you mean 'net-loss'\?/],
    ['fact', ['balance-sheet/goodwil', '2010-06-30'], /no fact prints row 'balance-sheet\/goodwil' in inap-2010-q2\. Did you mean 'balance-sheet\/goodwill'\?/],
    ['period', ['2010-q3'], /no period '2010-q3' in inap-2010-q2; it has .*\. Did you mean .*'2010-q2'/],
    // Nothing close: the concepts it does print are the way forward.
    ['fact', ['net-income', '2010-q2'], /^no fact prints concept 'net-income' in inap-2010-q2\. It prints concepts 'adjusted-ebitda', .* and \d+ more\.$/],
  ] as const)('%s(%j)', (name, args, message) => {
    expect(() => scope[name]!(...args)).toThrow(message);
  });
  test('a name nothing is close to gets no guess, but the concepts the release prints', () => {
    expect(() => scope.fact!('zzzzzzzz', '2010-q2')).toThrow(/^no fact prints concept 'zzzzzzzz' in inap-2010-q2\. It prints concepts '[^']+'(, '[^']+')* and \d+ more\.$/);
  });
});

// A release imported as published, with no company model (NVIDIA Q2 FY2023, ../shared/releases):
// its notebook's fact(), value() and <Fig> read the lines the base model recognizes with certainty,
// the figures its overview leads with, as a company notebook reads them.
describe('notebook helpers on a release with no company model', () => {
  const html = decodeSource(readFileSync(join(sharedReleases(), 'nvda-fy2023-q2.html'))).text;
  const result = importRelease({ text: html, file: 'nvda-fy2023-q2.html', kind: 'html' });
  const dir = join(mkdtempSync(join(tmpdir(), 'tieout-scope-')), result.id!.value);
  mkdirSync(dir);
  writeFileSync(join(dir, 'release.txt'), result.releaseText);
  writeFileSync(join(dir, 'release.yaml'), result.metaYaml!);
  const nvda = loadRelease(dir);
  const scope = releaseScope(nvda, []) as { fact: (c: string, p: string) => Fact; value: (c: string, p: string) => { toFixed(): string } };

  test('the release names no concept, so only the base model can', () => {
    expect(nvda.facts.every((f) => f.concept === null)).toBe(true);
  });

  test.each([
    // [concept, period, value]
    ['revenue', '2023-q2', '6704'],
    ['revenue', '2022-q2', '6507'],
    ['net-income', '2023-q2', '656'],
    ['eps-diluted', '2023-q2', '0.26'],
  ] as const)('value(%j, %j) is %s', (concept, period, value) => {
    expect(scope.value(concept, period).toFixed()).toBe(value);
  });

  test("each is the figure the overview's headline shows", () => {
    for (const figure of headline(nvda)) expect(scope.fact(figure.concept, figure.current.period)).toBe(figure.current);
  });

  test('a typo is still answered with the closest concept, and a row is still found by its table', () => {
    expect(() => scope.fact('revnue', '2023-q2')).toThrow(/Did you mean 'revenue'\?/);
    const first = nvda.facts.find((f) => f.origin === 'cell' && f.period === '2023-q2')!;
    expect(scope.fact(`${first.table}/${first.row}`, '2023-q2').row).toBe(first.row);
  });
});

test("a company model's concept is its own: the base model adds no printing to it", () => {
  const scope = releaseScope(release, checks) as { fact: (c: string, p: string) => Fact };
  const own = release.facts.find((f) => f.concept === 'revenue' && f.period === '2010-q2' && f.origin === 'cell')!;
  expect(scope.fact('revenue', '2010-q2')).toBe(own);
});
