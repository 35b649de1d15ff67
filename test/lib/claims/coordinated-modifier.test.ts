// Peapack-Gladstone's 3Q25 (unseen set s35, excerpt test/fixtures/claims/pgc-2025-q3: the headline, the paragraph on
// criticized and classified loans, the asset-quality table): "Criticized and classified loans decreased … to $191.5
// million at September 30, 2025 compared to $232.7 million at June 30, 2025" names two kinds of loan together (special
// mention 56,534 and classified 134,982), and the table prints each apart. Linked to "Classified loans" alone, both
// figures were false mismatches (src/lib/claims/link.ts `coordinatedBefore`). A qualifier joined by "and" to the line's
// own first word names the two together where the figure is an amount; a figure per share or a rate may be each one's
// ("basic and diluted earnings per share of $0.32").
import { describe, expect, test } from 'vitest';
import { analyzeClaims } from '../../../src/lib/claims/index.ts';
import { loadRelease, parseRelease } from '../../../src/lib/ingest/index.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';

const release = loadRelease('test/fixtures/claims/pgc-2025-q3');
const claims = (text: string) => analyzeClaims(parseRelease(text, release.meta, emptyModel, release.file), { claims: null, model: emptyModel });
const number = (text: string, figure: string) => claims(text).numbers.find((n) => n.text === figure)!;
const BOTH = 'Criticized and classified loans decreased during the third quarter by $41.2 million to $191.5 million';

describe('two kinds of one thing named together', () => {
  test.each([
    ['$191.5 million'],
    ['$232.7 million'],
  ])('%s is not linked to the one line', (figure) => {
    expect(release.text).toContain(BOTH);
    const n = number(release.text, figure);
    expect(n.status).toBe('unlinked');
    expect(n.status === 'unlinked' && n.reason).toMatch(/Criticized and classified loans/);
  });

  test('no claim of the excerpt is a mismatch', () => {
    expect(claims(release.text).checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual([]);
  });

  test('named alone, the line is linked, and a wrong figure is a mismatch', () => {
    const text = release.text.replace(BOTH, 'Classified loans decreased during the third quarter by $41.2 million to $191.5 million');
    const n = number(text, '$191.5 million');
    expect(n.status).toBe('linked');
    const check = claims(text).checks.find((c) => n.status === 'linked' && c.id === n.check);
    expect(check?.verdict).toBe('mismatch'); // the table prints 134,982 thousand
  });
});
