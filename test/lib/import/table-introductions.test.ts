// Centene's 2Q26 release as a page printed to PDF (unseen set s31, cnc-2026-q2.txt lines 44-66, through `pdftotext
// -layout`; excerpt test/fixtures/import/real/cnc-2026-q2-summary.txt, its headline added): the paragraph opened by the
// dateline runs into the summary under it, no blank line between, its last line "results were as follows:". Read as
// the table's header, the paragraph spanned the figures' column and the dateline was lost, so the import stopped
// ("cannot infer release_date"). A line ending in a colon after a line of prose closes the paragraph
// (src/lib/import/text-blocks.ts, introducesTable).
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { importRelease } from '../../../src/lib/import/index.ts';

const EXCERPT = readFileSync('test/fixtures/import/real/cnc-2026-q2-summary.txt', 'utf8');
const imported = (text: string) => importRelease({ text, file: 'cnc-2026-q2.txt', kind: 'text' }, { ticker: 'CNC' });

describe('a paragraph introducing the table under it is prose, not the table\'s header (Centene, 2Q26)', () => {
  test('the dateline dates the release, and the paragraph is no heading of the summary', () => {
    const result = imported(EXCERPT);
    expect(result.meta.release_date?.value).toBe('2026-07-28');
    expect(result.meta.release_date?.from).toContain('the dateline');
    const rows = result.releaseText.split('\n');
    expect(rows.filter((l) => l.includes('\t') && /announced today|as follows/.test(l))).toEqual([]);
    expect(rows.some((l) => /^Total revenues \(in millions\)\t\$ 53,579$/.test(l))).toBe(true);
  });

  test('a heading ending in a colon under a paragraph, set over the figures, stays the table\'s', () => {
    const table = [
      'ST. LOUIS, July 28, 2026 /PRNewswire/ -- Centene Corporation (NYSE: CNC) announced today its financial results',
      '                                                     Three Months Ended:',
      '                                                       June 30, 2026',
      '   Total revenues (in millions)                       $     53,579',
      '   Health benefits ratio                                     89.6 %',
    ];
    const text = `CENTENE CORPORATION REPORTS SECOND QUARTER 2026 RESULTS\n\n${table.join('\n')}\n`;
    expect(imported(text).releaseText.split('\n')).toContain('\tThree Months Ended:');
  });
});
