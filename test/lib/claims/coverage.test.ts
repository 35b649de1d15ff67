// Every number in the prose of the bundled release is accounted for: a checked claim,
// or listed as not derivable with a reason. The numbers are counted here with a
// deliberately simple regex of this test's own, not with the extractor's rules.
import { describe, expect, test } from 'vitest';
import { claimIssues, proseNumbers } from '../../../src/lib/claims/index.ts';
import { formatIssue, loadRelease } from '../../../src/lib/ingest/index.ts';

const release = loadRelease('data/releases/inap-2010-q2');
const numbers = proseNumbers(release);

// A run of digits (with inner separators), a superscript digit, or a small spelled-out number.
const MARK = /\d+(?:[.,:]\d+)*|[¹²³⁴⁵⁶⁷⁸⁹]|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|first|second|third|fourth|fifth|flat)\b/gi;

interface Mark {
  line: number;
  column: number;
  text: string;
}
const marks: Mark[] = release.prose.flatMap((p) =>
  [...p.text.matchAll(MARK)].map((m) => ({ line: p.line, column: m.index + 1, text: m[0] })),
);
const covering = (m: Mark) =>
  numbers.filter((n) => n.line === m.line && n.column <= m.column && m.column + m.text.length <= n.end);

describe('every number in the prose of inap-2010-q2 is accounted for', () => {
  test('the independent count finds numbers to account for', () => {
    // Guards the test itself: a regex that found nothing would prove nothing.
    expect(marks.length).toBeGreaterThan(100);
  });

  test('each numeric mark lies inside exactly one prose number', () => {
    const stray = marks.filter((m) => covering(m).length !== 1).map((m) => `${m.line}:${m.column} ${m.text}`);
    expect(stray).toEqual([]);
  });

  test('the marks inside the prose numbers add up to the independent count', () => {
    const inside = numbers.reduce(
      (sum, n) => sum + marks.filter((m) => m.line === n.line && n.column <= m.column && m.column < n.end).length,
      0,
    );
    expect(inside).toBe(marks.length);
  });

  test('each prose number holds at least one numeric mark (nothing is invented)', () => {
    const empty = numbers.filter((n) => !marks.some((m) => covering(m).includes(n))).map((n) => `${n.line}:${n.column} ${n.text}`);
    expect(empty).toEqual([]);
  });

  test('no number is left unlinked, and claims.yaml has no errors', () => {
    expect(numbers.filter((n) => n.status === 'unlinked').map((n) => `${n.line}:${n.column} ${n.text}`)).toEqual([]);
    expect(claimIssues(release).map(formatIssue)).toEqual([]);
  });

  test('each not-derivable number carries a reason', () => {
    for (const n of numbers) if (n.status === 'not-derivable') expect(n.reason.length, `${n.line}:${n.column}`).toBeGreaterThan(10);
  });

  test('the only figures not claimed are the four the tables cannot confirm', () => {
    // Kinds such as dates may be listed wholesale; figures (money, percentages, counts) may not.
    const figures = numbers.filter((n) => ['money', 'per-share', 'percent', 'basis-points', 'flat'].includes(n.kind));
    expect(figures.filter((n) => n.status !== 'linked').map((n) => `${n.line}: ${n.text}`)).toEqual([
      '10: 24 percent',
      '48: $1.1 million',
      '65: 24 percent',
      '77: 100 percent',
    ]);
  });
});
