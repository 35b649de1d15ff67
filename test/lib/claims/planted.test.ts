// A real release of the corpus (Luvu Brands, Q2 fiscal 2025, a wire release in Markdown: three- and
// six-month statements under "Three Month Operating Results" and "Six Month Operating Results"),
// read with no company model and no claims.yaml. Its one claim mismatch is an error the company
// printed; a figure of its prose changed by hand beyond rounding becomes a mismatch wherever the
// words name the line item and the period; and what the words do not establish is never accused.
import { describe, expect, test } from 'vitest';
import { analyzeClaims, type ProseNumber } from '../../../src/lib/claims/index.ts';
import { loadRelease, parseRelease } from '../../../src/lib/ingest/index.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';
import type { Release } from '../../../src/lib/types.ts';

const release = loadRelease('test/fixtures/claims/luvu-fy2025-q2');
const analysis = (r: Release) => analyzeClaims(r, { claims: null, model: emptyModel });
const { numbers, checks } = analysis(release);

const find = (ns: ProseNumber[], start: string, text: string): ProseNumber => {
  const lines = new Map(release.prose.map((p) => [p.line, p.text]));
  const n = ns.find((x) => x.text === text && (lines.get(x.line) ?? '').startsWith(start));
  expect(n, `'${text}' in a line starting “${start}”`).toBeDefined();
  return n!;
};

/** The release with one phrase of its prose changed, read again. */
const planted = (from: string, to: string): Release => {
  expect(release.text).toContain(from);
  return parseRelease(release.text.replace(from, to), release.meta, emptyModel, release.file);
};

describe('luvu-fy2025-q2 as published', () => {
  test('its one claim mismatch is real: the six months\' prior-year net loss is $97,000 in the tables and in the highlights, $96,000 in the six-month results', () => {
    // release.txt:18 "Net loss was $17,000, down 82%, compared a net loss of $97,000 in the prior year";
    // release.txt:93 "Net Income/(loss) $ 193 $ 29 $ (17) $ (97)" (in thousands); release.txt:36 prints $96,000.
    expect(checks.filter((c) => c.verdict === 'mismatch').map((c) => `${c.reported.line} ${c.reported.text} ${c.computed}`)).toEqual(['36 $96,000 97000']);
  });

  test('the headings set the period: "Six Month Operating Results" makes "Gross profit during the six months … $3.4 million in the prior year" the six months of fiscal 2024', () => {
    expect(find(numbers, '- Gross profit during the six months', '$3.4 million')).toMatchObject({ status: 'linked', is: 'gross-profit@2024-h1', verdict: 'exact' });
    expect(find(numbers, '- Adjusted EBITDA of $399,000 is a 33% increase', '33%')).toMatchObject({ status: 'linked', verdict: 'rounding' });
  });

  test('"the gross margin improved to 28% in Q2 FY2025 versus 27% a year ago": 27% is a level compared with, never gross profit\'s growth', () => {
    expect(checks.filter((c) => c.id.startsWith('claim/growth/gross-profit/'))).toEqual([]);
  });

  test('"12.5% of net revenue" of operating costs the tables do not print is unlinked: never the ratio of revenue to itself', () => {
    const n = find(numbers, '- Operating costs, excluding sales and marketing in Q2', '12.5%');
    expect(n.status).toBe('unlinked');
  });
});

// A figure changed beyond rounding, where the sentence names the line item and the period: each a mismatch showing both figures.
const plantings: [string, string, string, string, string][] = [
  ['Gross profit in Q2 FY2025 totaled $1.98 million', 'Gross profit in Q2 FY2025 totaled $2.18 million', '$2.18 million', 'gross-profit', '1.982'],
  ['compared to $6.8 million in the prior year', 'compared to $6.3 million in the prior year', '$6.3 million', 'revenue@2024-q2', '6.786'],
  ['Net revenue in Q2 FY2025 increased 6% to', 'Net revenue in Q2 FY2025 increased 9% to', '9%', 'growth(revenue, 2024-q2)', '5.89'],
  ['Net income in Q2 FY2025 was $193,000', 'Net income in Q2 FY2025 was $139,000', '$139,000', 'net-income', '193000'],
  ['Adjusted EBITDA of $402,000 is a 47% increase', 'Adjusted EBITDA of $402,000 is a 74% increase', '74%', 'growth(adjusted-ebitda, 2024-q2)', '47.2'],
  ['Gross profit during the six months totaled $3.5 million', 'Gross profit during the six months totaled $3.9 million', '$3.9 million', 'gross-profit@2025-h1', '3.497'],
];

describe('a planted error is caught where the link is sound', () => {
  test.each(plantings)('“%s” → “%s”: %s is a mismatch against %s', (from, to, text, is, computed) => {
    const after = analysis(planted(from, to));
    const n = after.numbers.find((x) => x.text === text && x.status === 'linked' && x.is === is);
    expect(n, `${text} linked to ${is}`).toMatchObject({ verdict: 'mismatch', confidence: 'high' });
    const check = after.checks.find((c) => n?.status === 'linked' && c.id === n.check)!;
    expect(check.computed).toContain(computed);
    // Nothing else changes: the planted figure is the only new mismatch.
    expect(after.checks.filter((c) => c.verdict === 'mismatch').length).toBe(2);
  });
});
