// The claims page shows the release's prose as a reader reads it. A Dow Jones copy converted to Markdown
// (Molson Coors 4Q24, ../shared/corpus/tap-2024-q4.md; excerpt test/fixtures/claims/tap-2024-q4) keeps
// Markdown's bold marks in release.txt: every flash opened with "**(11:30 GMT)**" on the page. The marks
// are not the release's words; a star the release prints (escaped "\*", or a footnote's "**") is.
import { describe, expect, test } from 'vitest';
import { loadRelease, parseRelease } from '../../../src/lib/ingest/index.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';
import { proseWithNumbers } from '../../../src/lib/site/claims.ts';

const release = loadRelease('test/fixtures/claims/tap-2024-q4');
const shown = (r = release) => proseWithNumbers(r).lines.map((l) => ({ line: l.line, text: l.segments.map((s) => s.text).join(''), segments: l.segments }));

describe('the prose as the claims page shows it', () => {
  test('the fixture reads with no problem', () => {
    expect(release.errors).toEqual([]);
    expect(release.text.split('\n')[0]).toMatch(/^\*\*\(11:30 GMT\)\*\* \\\*Molson Coors Beverage 4Q EPS \$1\.39 >TAP/);
  });

  test('Markdown bold marks are left out, a printed star kept, and each figure keeps its own text', () => {
    const first = shown().find((l) => l.line === 1)!;
    expect(first.text).toMatch(/^\(11:30 GMT\) \*Molson Coors Beverage 4Q EPS \$1\.39 >TAP \(11:30 GMT\) \*Molson Coors Beverage 4Q Net Sales \$2\.74B >TAP/);
    expect(first.text).not.toContain('**');
    const figures = first.segments.filter((s) => s.number?.status === 'not-derivable' && s.number.figure).map((s) => s.text);
    // "$2.74B" whole, its scale read with it (not "$2.74" marked and "B" after it).
    expect(figures.slice(0, 3)).toEqual(['$1.39', '$2.74B', '$1.30']);
  });

  test.each([
    // [printed, shown]
    ['Net income** rose 5% to $12.1 million.', 'Net income** rose 5% to $12.1 million.'],
    ['**Net sales** rose 5% to $12.1 million; income** fell.', 'Net sales rose 5% to $12.1 million; income** fell.'],
    ['**(11:32 GMT)** \\*Sees 2025 Capital Spending $750M', '(11:32 GMT) *Sees 2025 Capital Spending $750M'],
    ['Sales rose 5% ** to $12.1 million **', 'Sales rose 5% ** to $12.1 million **'],
    // A list item (Molson Coors' highlights, release.txt:19) shows its bullet, not release.txt's "- "; a hyphen inside stays.
    ['- Net sales decreased 2.0% reported and 1.9% in constant-currency.', '• Net sales decreased 2.0% reported and 1.9% in constant-currency.'],
  ])('%s', (printed, expected) => {
    const text = release.text.replace(/^.*$/m, printed);
    const edited = parseRelease(text, release.meta, emptyModel, release.file);
    expect(shown(edited).find((l) => l.line === 1)!.text).toBe(expected);
  });
});
