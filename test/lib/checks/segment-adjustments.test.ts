// A segment's adjusted EBITDA reconciled down the rows, the segments across (src/lib/checks/structure.ts, `withinLines`;
// src/lib/checks/note-text.ts; src/lib/checks/column-footing.ts, `mayExplainColumns`): Forterra's 1Q20 reconciliation of
// segment EBITDA to segment adjusted EBITDA (test/fixtures/checks/corpus/frta-2020-q1-segments, README there), a table
// for each quarter, "Drainage Pipe & Products | Water Pipe & Products | Corporate and Other | Total", each line with a
// note of its own printed as a superscript ("Impairment and exit charges²" over "² Impairment or abandonment of …").
import { describe, expect, test } from 'vitest';
import { alteredIsMismatch } from './fixture.ts';
import { excerpt } from './no-model.ts';
import { noteText } from '../../../src/lib/checks/note-text.ts';
import { checkContext } from '../../../src/lib/checks/context.ts';

const FRTA = 'frta-2020-q1-segments';
const Q1_19 = 'three-months-ended-march-31-2019';

describe("a segment's adjusted EBITDA, its EBITDA plus adjustments of both signs", () => {
  test('as printed, every column holds and nothing is a mismatch', () => {
    const e = excerpt(FRTA);
    for (const segment of ['drainage-pipe-products', 'water-pipe-products', 'corporate-other', 'total']) {
      expect(e.check(`footing/${Q1_19}/adjusted-ebitda/2019-q1.${segment}`).verdict).toBe('exact');
    }
    expect(e.checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual([]);
  });

  // 8,741 + 87 + 908 + 49 + (401) = 9,384, not 8,684: the total lies among its lines' sizes, as a sum of lines of both
  // signs may, and the three other columns summing exactly bear the reading out.
  test("one segment's adjustment altered is that segment's mismatch: Water Pipe's 208 printed 908", () => {
    alteredIsMismatch(FRTA, 'Impairment and exit charges²\t23\t208\t—\t231', 'Impairment and exit charges²\t23\t908\t—\t231', `footing/${Q1_19}/adjusted-ebitda/2019-q1.water-pipe-products`);
  });

  test("a note that only says what its line is does not excuse the line's columns: 23 + 908 against the total's 231", () => {
    const c = excerpt(FRTA, [['Impairment and exit charges²\t23\t208\t—\t231', 'Impairment and exit charges²\t23\t908\t—\t231']]).check(
      `footing/${Q1_19}/impairment-and-exit-charges/2019-q1.total/columns`,
    );
    expect(c.explanation).not.toContain('the note may say why');
  });

  test('a mark printed as a superscript finds its note', () => {
    const e = excerpt(FRTA);
    const table = e.release.tables.find((t) => t.id === Q1_19)!;
    expect(noteText(checkContext(e.release, e.model), table, '2')).toBe('Impairment or abandonment of long-lived assets and other exit charges.');
  });
});
