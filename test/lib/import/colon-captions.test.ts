// Centene, 2Q26 (a page printed to PDF, `pdftotext -layout`, unseen set s31; excerpt
// test/fixtures/import/real/cnc-2026-q2-adjusted-sga.txt): "Less:" alone on its line, over "Acquisition and divestiture
// related expenses", "Severance" and "Enterprise optimization costs", the first set one character further in. Read as a
// label wrapped with a hanging indent, "Less:" was joined to the first line's label ("Less: Acquisition and divestiture
// related expenses"), and the other two were left as lines of their own. A caption closed by a colon over rows each
// starting with a capital, at the first one's indentation, heads them (src/lib/import/text-table.ts, headsSiblings); a
// label wrapped in a narrow column goes on in lower case and stays one label.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { importRelease } from '../../../src/lib/import/index.ts';

const EXCERPT = readFileSync('test/fixtures/import/real/cnc-2026-q2-adjusted-sga.txt', 'utf8');
const rows = (text: string) =>
  importRelease({ text: `CENTENE CORPORATION REPORTS SECOND QUARTER 2026 RESULTS\n\n${text}`, file: 'cnc-2026-q2.txt', kind: 'text' }, { ticker: 'CNC', fiscalPeriod: '2026-q2', releaseDate: '2026-07-28' })
    .releaseText.split('\n')
    .filter((l) => l.includes('\t'))
    .map((l) => l.split('\t')[0].trim());

describe('a caption closed by a colon over a list of rows heads them (Centene, 2Q26)', () => {
  test('"Less:" is a caption of its own; each line under it keeps its label', () => {
    const labels = rows(EXCERPT);
    expect(labels).toContain('Less:');
    expect(labels).toContain('Acquisition and divestiture related expenses');
    expect(labels.some((l) => l.startsWith('Less: '))).toBe(false);
  });

  test.each([
    // A narrow column wrapping one label: the words go on in lower case.
    [['Less:', ' Acquisition-related', ' expenses                      15        12'], 'Less: Acquisition-related expenses'],
    // No colon: a label wrapped with a hanging indent, in title case ("Free Cash" / " Flow").
    [['Free Cash', ' Flow                          15        12'], 'Free Cash Flow'],
    // A colon over rows in capitals at the first one's indentation: a caption.
    [['Less:', ' Severance                     15        12', ' Restructuring                 10         9'], 'Severance'],
  ])('%j: the first row is %j', (lines, label) => {
    const table = ['                              2026      2025', ...lines, 'Total                           25        21'].join('\n');
    expect(rows(`Selected items\n\n${table}\n`).filter((l) => l !== '' && l !== 'Less:')[0]).toBe(label);
  });
});
