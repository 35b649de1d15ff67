// A figure's mark is the verdict of the checks that report it, never of the checks it feeds:
// on the bundled release, total revenues ties exactly although its quarter-over-quarter
// growth (a check it feeds) is a mismatch.
import { describe, expect, test } from 'vitest';
import { load } from '../checks/fixture.ts';
import { figureChecks, verdictCount, worstVerdict } from '../../../src/lib/site/verdicts.ts';

const { checks } = load('inap-2010-q2', '.');
const fact = (rest: string) => `inap-2010-q2/${rest}`;

describe('figureChecks: reported versus fed', () => {
  test('total revenues of Q2 2010 is marked exact, and lists the mismatched growth it feeds apart', () => {
    const f = figureChecks(checks, fact('financial-summary/total-revenues/2010-q2'));
    expect(f.verdict).toBe('exact');
    expect(f.reported.map((c) => c.id)).toContain('footing/financial-summary/total-revenues/2010-q2');
    expect(f.reported.every((c) => c.reported.fact === fact('financial-summary/total-revenues/2010-q2'))).toBe(true);
    expect(f.feeds.map((c) => c.id)).toContain('growth/financial-summary/total-revenues/2010-q2-vs-2010-q1');
    expect(f.feeds.find((c) => c.id === 'growth/financial-summary/total-revenues/2010-q2-vs-2010-q1')!.verdict).toBe('mismatch');
    expect(f.feeds.some((c) => c.reported.fact === fact('financial-summary/total-revenues/2010-q2'))).toBe(false);
  });

  test('a printed growth that does not tie is marked mismatch', () => {
    expect(figureChecks(checks, fact('financial-summary/adjusted-ebitda/2010-q2-vs-2009-q2')).verdict).toBe('mismatch');
  });

  test('the summary\'s Adjusted EBITDA is marked by its tie to the reconciliation\'s result, which keeps its own footing', () => {
    const f = figureChecks(checks, fact('financial-summary/adjusted-ebitda/2010-q2'));
    expect(f).toMatchObject({ verdict: 'exact' });
    expect(f.reported.map((c) => c.id)).toEqual(['tie/adjusted-ebitda/2010-q2']);
    expect(figureChecks(checks, fact('adjusted-ebitda/adjusted-ebitda-non-gaap/2010-q2')).reported.map((c) => c.id)).toContain(
      'footing/adjusted-ebitda/adjusted-ebitda-non-gaap/2010-q2',
    );
  });

  test('a component no check reports has no mark, only the checks it feeds', () => {
    const f = figureChecks(checks, fact('statement-of-operations/sales-and-marketing/2010-q2'));
    expect(f.reported).toEqual([]);
    expect(f.verdict).toBeNull();
    expect(f.feeds.length).toBeGreaterThan(0);
  });

  test('an unknown fact has nothing', () => {
    expect(figureChecks(checks, 'nope')).toEqual({ verdict: null, reported: [], feeds: [] });
  });

  test('the worst verdict stands for several', () => {
    const [exact, mismatch] = [checks.find((c) => c.verdict === 'exact')!, checks.find((c) => c.verdict === 'mismatch')!];
    expect(worstVerdict([exact, mismatch])).toBe('mismatch');
    expect(worstVerdict([exact])).toBe('exact');
    expect(worstVerdict([])).toBeNull();
  });
});

describe('verdictCount: a count as a phrase', () => {
  test.each([
    [1, 'mismatch', '1 mismatch'],
    [4, 'mismatch', '4 mismatches'],
    [0, 'mismatch', '0 mismatches'],
    [3, 'unverifiable', '3 unverifiable'],
    [64, 'rounding', '64 within rounding'],
    [139, 'exact', '139 exact'],
  ] as const)('verdictCount(%i, %s) is "%s"', (count, verdict, phrase) => {
    expect(verdictCount(count, verdict)).toBe(phrase);
  });
});
