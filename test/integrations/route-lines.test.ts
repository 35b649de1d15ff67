// The build's list of pages, one page a line (issue 31): Astro starts dozens of pages at once,
// and wrote each one's start with no line end, so the list ran into one line of thousands of
// characters, its times alone on lines after it.
import { describe, expect, test } from 'vitest';
import { RouteLines, routeLine } from '../../src/integrations/route-lines.ts';

const dim = (s: string) => `\u001b[2m${s}\u001b[22m`;

describe('routeLine', () => {
  test.each([
    // [what Astro writes, what is written]
    ['13:58:13   ├─ /nvda-2023-q2/checks/footing/index.html', '13:58:13   ├─ /nvda-2023-q2/checks/footing/index.html\n'],
    [`${dim('13:58:13')}   \u001b[34m├─\u001b[39m ${dim('/inap-2010-q2/index.html')}`, `${dim('13:58:13')}   \u001b[34m├─\u001b[39m ${dim('/inap-2010-q2/index.html')}\n`],
    [' (+1.23s) \n', ''],
    [` ${dim('(+812ms)')} \n`, ''],
    [' (+1m 5s) \n', ''],
    [' \u001b[32m(cached)\u001b[39m\n', ''],
    [' (+2.1s) (file not created, response body was empty)\n', '    (file not created, response body was empty)\n'],
    // Everything else is Astro's or the site's own output, left as it is.
    ['13:58:12 [build] ✓ Completed in 1.09s.\n', '13:58:12 [build] ✓ Completed in 1.09s.\n'],
    [' generating static routes \n', ' generating static routes \n'],
    ['13:58:13   ├─ /done/index.html (+1s)\n', '13:58:13   ├─ /done/index.html (+1s)\n'],
    ['(+1.23s) is a figure in a sentence\n', '(+1.23s) is a figure in a sentence\n'],
  ])('%j', (chunk, written) => {
    expect(routeLine(chunk)).toBe(written);
  });
});

// Chunks as Astro writes them in turn: a page copied from the last build is ended at once with its
// mark, which stays on its line (test/site/incremental.test.ts reads what a rebuild copied from it);
// pages started together each end their own line, their times left out.
describe('RouteLines', () => {
  test.each<[string, string[], string]>([
    ['a copied page keeps its mark', ['13:58:13   ├─ /inap-2010-q2/index.html', ' (restored)\n'], '13:58:13   ├─ /inap-2010-q2/index.html (restored)\n'],
    ['a cached one too', ['13:58:13   ├─ /a/index.html', ' \u001b[32m(cached)\u001b[39m\n'], '13:58:13   ├─ /a/index.html (cached)\n'],
    ['pages started together, then their times', ['t   ├─ /a/index.html', 't   ├─ /b/index.html', ' (+1.2s) \n', ' (+1.3s) \n'], 't   ├─ /a/index.html\nt   ├─ /b/index.html\n'],
    ['a time after another page started marks nothing copied', ['t   ├─ /a/index.html', ' (+1.2s) \n', 't   ├─ /b/index.html', ' (restored)\n'], 't   ├─ /a/index.html\nt   ├─ /b/index.html (restored)\n'],
    ['a note of no file, on its own line', ['t   ├─ /a/index.html', ' (+2.1s) (file not created, response body was empty)\n'], 't   ├─ /a/index.html\n    (file not created, response body was empty)\n'],
    ['a start held at the end is written', ['t   ├─ /a/index.html'], 't   ├─ /a/index.html\n'],
    ['other output ends a held start first', ['t   ├─ /a/index.html', 'done\n'], 't   ├─ /a/index.html\ndone\n'],
  ])('%s', (_name, chunks, written) => {
    const lines = new RouteLines();
    expect(chunks.map((c) => lines.write(c)).join('') + lines.end()).toBe(written);
  });
});
