// The overview's story on the bundled release: its four mismatches, furthest off first, each
// with the prose that confirms the recomputed figure.
import { describe, expect, test } from 'vitest';
import { load } from '../checks/fixture.ts';
import { discrepancies, excerptAt } from '../../../src/lib/site/story.ts';
import { computedShown, differenceShown, reportedShown, toleranceShown } from '../../../src/lib/site/check-figures.ts';

const { release, checks } = load('inap-2010-q2', '.');
const story = discrepancies(release, checks);

describe('what does not tie out', () => {
  test('the four growth figures, ranked by the points they are off (14.46, 9.52, 0.52, 0.51)', () => {
    expect(story.map((d) => d.check.id)).toEqual([
      'growth/financial-summary/adjusted-ebitda/2010-q2-vs-2009-q2',
      'growth/financial-summary/adjusted-ebitda/2010-q2-vs-2010-q1',
      'growth/financial-summary/total-revenues/2010-q2-vs-2010-q1',
      'growth/financial-summary/data-center-services/2010-q2-vs-2010-q1',
    ]);
  });

  test('printed against recomputed in the printed dress, with the gap in points', () => {
    const first = story[0]!.check;
    // Cut, not rounded, as the check's sentence cuts them ("computed 46.45… … differ by 14.45…"), so the row and the sentence agree.
    expect([reportedShown(first), computedShown(first), differenceShown(first), toleranceShown(first)]).toEqual(['32%', '46.45…%', '−14.45… pts', '±0.5 pts']);
    expect(first.explanation).toContain('computed 46.45… (from');
    expect(first.explanation).toContain('differ by 14.45…');
    const dc = story[3]!.check;
    expect([reportedShown(dc), computedShown(dc), differenceShown(dc)]).toEqual(['−8%', '−7.48…%', '−0.51… pts']);
    expect(dc.explanation).toContain('differ by 0.51…');
  });

  test('the prose that gives the right figures: 46.5 percent (lines 9 and 48), flat (line 48), 7 percent sequentially (line 36)', () => {
    const witness = (i: number) => story[i]!.prose.map((w) => [w.excerpt.line, w.excerpt.number, w.sides]);
    expect(witness(0)).toEqual([[9, '46.5 percent', 'recomputed'], [48, '46.5 percent', 'recomputed']]);
    expect(witness(1)).toEqual([[48, 'flat', 'recomputed']]);
    expect(witness(2)).toEqual([]);
    expect(witness(3)).toEqual([[36, '7 percent', 'recomputed']]);
  });

  test('an excerpt is the sentence around the number, escapes read as printed', () => {
    const at = checks.find((c) => c.id === 'claim/growth/adjusted-ebitda/2010-q2-vs-2010-q1')!.reported;
    const e = excerptAt(release, at.line, at.column, at.text)!;
    expect(`${e.before}${e.number}${e.after}`).toMatch(/^…?.*\$9\.9 million in the second quarter, 46\.5 percent higher than the second quarter of 2009 and flat relative to the first quarter of 2010\.$/);
    expect(e.after).toBe(' relative to the first quarter of 2010.');
  });
});
