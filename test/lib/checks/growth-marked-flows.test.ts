// "n/m" printed over every change of a block of net flows (src/lib/checks/growth.ts, markedFlows), on an excerpt of
// LPL Financial's Q2 2026 release (../shared/unseen-s31/lpla-2026-q2.txt, pdftotext -layout of the company's PDF;
// test/fixtures/checks/growth/lpla-2026-q2-nna-marked.txt): its operating metrics mark every net-new-assets line n/m in
// both change columns, "Advisory 30.2 25.8 n/m 23.1 n/m" beside "Brokerage (7.1) (4.4) n/m (2.6) n/m", and its monthly
// metrics do the same in their one change column, "Net buy (sell) activity" included though it stands alone there.
// The mark is the release's for lines of flows that turn negative; a mark among the figures of its own block, or on a
// line the release prints with figures elsewhere, still withholds a meaningful change.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { emptyModel } from '../../../src/lib/model/index.ts';
import { parseRelease } from '../../../src/lib/ingest/index.ts';
import { runChecks } from '../../../src/lib/verify/index.ts';
import type { ReleaseMeta } from '../../../src/lib/types.ts';

const EXCERPT = `Results\n\n${readFileSync('test/fixtures/checks/growth/lpla-2026-q2-nna-marked.txt', 'utf8')}\n`;
const META: ReleaseMeta = {
  id: 'lpla-2026-q2', title: 'Results', company: 'lpla', name: 'LPL Financial Holdings Inc.', ticker: 'LPLA', exchange: 'NASDAQ',
  fiscalYearEnd: '12-31', fiscalPeriod: '2026-q2', releaseDate: '2026-07-30', currency: 'USD', scale: 3,
};
const verdicts = (text: string, ids: string[]) => {
  const checks = runChecks(parseRelease(text, META, emptyModel, 'lpla-2026-q2/release.txt'), emptyModel);
  return ids.map((id) => checks.find((c) => c.id === id)?.verdict ?? `no check ${id}`);
};

const QUARTER = ['2026-q2-vs-2026-q1', '2026-q2-vs-2025-q2'];
const MARKED = [
  ...['organic-net-new-assets-nna22-advisory', 'total-organic-nna', 'advisory'].flatMap((row) => QUARTER.map((p) => `growth/operating-metrics/${row}/${p}`)),
  ...['organic-nna22-advisory', 'total-organic-nna', 'total-nna22-advisory', 'net-buy-sell-activity'].map((row) => `growth/client-assets-advisory/${row}/2026-06-30-vs-2026-05-31`),
];
const INSURED = 'growth/client-assets-advisory/client-cash-balances26-insured-cash-account-sweep/2026-06-30-vs-2026-05-31';
const NET_BUY = 'growth/client-assets-advisory/net-buy-sell-activity/2026-06-30-vs-2026-05-31';

describe('n/m over a block of net flows', () => {
  test.each([
    // [what, edits ([from, to] each), checks, verdicts]
    ['as printed: every line of the blocks, in every change column → unverifiable', [], MARKED, MARKED.map(() => 'unverifiable')],
    [
      "the monthly block closed by a negative line and the insured cash sweep's 4% under it printed n/m: the sweep's own block prints figures → mismatch",
      [
        ['Net brokerage to advisory conversions(23)\t$ 2.3\t$ 2.1', 'Net brokerage to advisory conversions(23)\t$ (2.3)\t$ (2.1)'],
        ['Insured cash account sweep\t$ 38.4\t$ 37.0\t4%', 'Insured cash account sweep\t$ 38.4\t$ 37.0\tn/m'],
      ],
      [INSURED], ['mismatch'],
    ],
    [
      'the quarterly net buy (sell) printed with its changes: the monthly mark is that line\'s alone → mismatch',
      [['Net buy (sell) activity(25)\t$ 39.7\t$ 43.2\tn/m\t$ 36.6\tn/m', 'Net buy (sell) activity(25)\t$ 39.7\t$ 43.2\t(8%)\t$ 36.6\t8%']], [NET_BUY], ['mismatch'],
    ],
  ] as [string, [string, string][], string[], string[]][])('%s', (_what, edits, ids, expected) => {
    let text = EXCERPT;
    for (const [from, to] of edits) {
      expect(text).toContain(from);
      text = text.replace(from, to);
    }
    expect(verdicts(text, ids)).toEqual(expected);
  });
});
