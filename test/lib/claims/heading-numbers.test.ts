// Westwood Holdings' 4Q24 wire copy (corpus/whg-2024-q4.md) prints the heading "Westwood Engineered Beta partnership
// launches first two innovative ETFs": "first" and "two" were marked as figures "printed in a heading" (underlined on
// the claims page as numbers not derivable), while the same words in the text are counts, no figure (issue 31: only
// figures are claims). The fixture is Avantor's 4Q24 (test/fixtures/claims/avtr-2024-q4) with that heading put in.
import { describe, expect, test } from 'vitest';
import { analyzeClaims } from '../../../src/lib/claims/index.ts';
import { loadRelease, parseRelease } from '../../../src/lib/ingest/index.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';

const release = loadRelease('test/fixtures/claims/avtr-2024-q4');
const heading = 'Laboratory Solutions';

describe('numbers of a heading', () => {
  expect(release.text).toContain(`\n${heading}\n`);
  test.each([
    // [heading, number, a figure?, reason]
    ['Westwood Engineered Beta partnership launches first two innovative ETFs', 'first', false, '“first” is a spelled-out number that counts or orders things'],
    ['Westwood Engineered Beta partnership launches first two innovative ETFs', 'two', false, '“two” is a spelled-out number that counts or orders things'],
    ['Westwood’s Board authorized an additional $5.0 million of share repurchases', '$5.0 million', true, 'printed in a heading'],
  ])('%s: %s', (line, text, figure, reason) => {
    const source = release.text.replace(`\n${heading}\n`, `\n${line}\n`);
    const at = source.split('\n').indexOf(line) + 1;
    const { numbers } = analyzeClaims(parseRelease(source, release.meta, emptyModel, release.file), { claims: null, model: emptyModel });
    const n = numbers.find((x) => x.line === at && x.text === text)!;
    expect(n).toMatchObject({ status: 'not-derivable', figure });
    expect(n.status === 'not-derivable' ? n.reason : '').toContain(reason);
  });
});
