// Horizon Financial's 3Q FY2006 (tuned corpus, excerpt test/fixtures/claims/hrzb-fy2006-q3): "net interest margin was
// 4.77% in the third quarter of fiscal 2006, compared to 4.59% in the preceding quarter and 4.37% in the same quarter
// last year". "4.37% in the same quarter" was read as a change ("in the same …" after a percentage makes one), so once
// the margin was linked it was judged as the margin's change from a year before (0.40 points): a false mismatch. A
// level, its period and "and" before a percentage make it another level of the list, of the period it names.
import { describe, expect, test } from 'vitest';
import { analyzeClaims } from '../../../src/lib/claims/index.ts';
import { extractLine } from '../../../src/lib/claims/extract.ts';
import { readProse } from '../../../src/lib/claims/reading.ts';
import { loadRelease, parseRelease } from '../../../src/lib/ingest/index.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';

const release = loadRelease('test/fixtures/claims/hrzb-fy2006-q3');
const claims = (text: string) => analyzeClaims(parseRelease(text, release.meta, emptyModel, release.file), { claims: null, model: emptyModel });
// The company's name before the line is a qualifier on main: the words without it name the line plainly.
const NAMED = "Horizon's net interest margin was";
const PLAIN = 'The net interest margin was';

describe('a percentage after a level, its period and "and" is a level too (Horizon Financial, 3Q FY2006)', () => {
  test.each([
    // [case, the paragraph's text replaced, by, figure, check, verdict]
    ['as printed', '4.37% in the same', '4.37% in the same', '4.37%', 'claim/net-interest-margin/2005-q3', 'exact'],
    ['printed wrong', '4.37% in the same', '4.57% in the same', '4.57%', 'claim/net-interest-margin/2005-q3', 'mismatch'],
    ['the level before it', '4.59% in the preceding', '4.59% in the preceding', '4.59%', 'claim/net-interest-margin/2006-q2', 'exact'],
    ['the level before it, printed wrong', '4.59% in the preceding', '4.69% in the preceding', '4.69%', 'claim/net-interest-margin/2006-q2', 'mismatch'],
  ])('%s', (_, from, to, text, id, verdict) => {
    expect(release.text).toContain(NAMED);
    const { numbers, checks } = claims(release.text.replace(NAMED, PLAIN).replace(from, to));
    expect(numbers.find((n) => n.line === 3 && n.text === text)).toMatchObject({ status: 'linked', check: id });
    expect(checks.find((c) => c.id === id)?.verdict).toBe(verdict);
    if (verdict === 'exact') expect(checks.filter((c) => c.verdict === 'mismatch')).toEqual([]);
  });

  test.each([
    ['compared to 4.59% in the preceding quarter and 4.37% in the same quarter last year.', '4.37%', 'figure'],
    ['compared to 4.59% in the preceding quarter and rose 0.18% in the same quarter.', '0.18%', 'change'],
  ])('“%s” %s is a %s', (tail, text, role) => {
    const line = `${PLAIN} 4.77% in the third quarter of fiscal 2006, ${tail}`;
    const r = readProse([{ line: 1, kind: 'paragraph', text: line }], extractLine(1, line)).find((x) => x.token.text === text);
    expect(r?.role).toBe(role);
  });
});
