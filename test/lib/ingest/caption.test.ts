import { describe, expect, test } from 'vitest';
import { readCaption } from '../../../src/lib/ingest/caption.ts';

// Title blocks as PNC's first-quarter 2022 exhibit prints them (../shared/corpus/pnc-2022-q1.htm): a unit
// statement bare on its own line, or after the title on one line, is the table's unit and no part of its title.
describe('readCaption: a unit statement printed bare is the unit, never the title', () => {
  test.each<[string, string[], string, string | null, number | null]>([
    ['a title over a bare statement', ['CONSOLIDATED REVENUE REVIEW', 'In millions'], 'CONSOLIDATED REVENUE REVIEW', 'In millions', 6],
    ['a bare statement alone names no table', ['In billions'], '', 'In billions', 9],
    ['a statement with its exception after a title', ['Earnings Summary', 'In millions, except per share data'], 'Earnings Summary', 'In millions, except per share data', 6],
    ['a title and its statement on one line', ['Financial Highlights (Unaudited) Dollars in millions, except per share data'], 'Financial Highlights (Unaudited)', 'Dollars in millions, except per share data', 6],
    ['a statement in parentheses, as before', ['Consolidated Balance Sheets', '(In thousands, except per share amounts)'], 'Consolidated Balance Sheets', '(In thousands, except per share amounts)', 3],
    ['words that state no unit stay the title', ['Investment securities in the portfolio'], 'Investment securities in the portfolio', null, null],
    // Everything Fresh's cash flow (unseen s16, fresh-2022-q2): a column's unit alone on the title's line is the table's unit,
    // no title, so the heading above names the table and its period.
    ['a column unit alone names no table', ['$,000'], '', '$,000', 3],
    ["a column unit alone under a title", ['Segment revenue', "$'000"], 'Segment revenue', "$'000", 3],
  ])('%s', (_name, lines, title, note, scale) => {
    const caption = readCaption(lines, 'The PNC Financial Services Group, Inc.');
    expect(caption.title).toBe(title);
    expect(caption.unitNote).toBe(note);
    expect(caption.scale).toBe(scale);
  });
});

// Title blocks as printed (issue 31): a numbered footnote of the table above, set with no blank line before the next
// title, and footnote marks closing a title's words, are no part of the title (First Quantum's 4Q24 wire copy,
// ../shared/corpus/fm-2024-q4.md; Precision Drilling's, ../shared/corpus-extra/pd-2024-q4.md; MarketAxess' and
// AGNC's 2020 exhibits, unseen sets). A period a number begins, and a title after a mark of its own, stay titles.
describe('readCaption: footnotes and footnote marks are no title', () => {
  test.each<[string, string[], string]>([
    ['the last footnote of the table above', ['4 Excludes purchases of copper concentrate from third parties treated through the Kansanshi Smelter', 'For the three months ended December 31, 2023'], 'For the three months ended December 31, 2023'],
    ['a footnote closed by a full stop', ['(1) See “FINANCIAL MEASURES AND RATIOS.”', 'Operating Highlights'], 'Operating Highlights'],
    ['a footnote alone titles nothing', ['(1) See “FINANCIAL MEASURES AND RATIOS.”'], ''],
    ['marks after a title in capitals', ['REALIZED METAL PRICES****1'], 'REALIZED METAL PRICES'],
    ['a digit closing a word of a title in capitals', ['CASH COST1 AND ALL-IN SUSTAINING COST1'], 'CASH COST AND ALL-IN SUSTAINING COST'],
    ['an asterisk after a title', ['KEY STATISTICS*', '(unaudited)'], 'KEY STATISTICS (unaudited)'],
    // Kept: a quarter or a year in a title, a period its number begins, a title after a mark of its own.
    ['Q1 and FY2024 are no marks', ['Q1 FY2024 RESULTS'], 'Q1 FY2024 RESULTS'],
    ['a period its number begins', ['6 months to 30 June 2022 by segment and region of the group'], '6 months to 30 June 2022 by segment and region of the group'],
    ['a title after a mark of its own', ['** Domestic segment detail for the 26 weeks ended June 28, 2003'], '** Domestic segment detail for the 26 weeks ended June 28, 2003'],
    // A rule drawn above the notes of the table before (Pegasystems, 4Q24; Robinhood, 2Q26) was the table's title and id.
    ['a rule above notes', ['_____________________________', '1 Refer to the schedules at the end of this release for additional information'], ''],
    ['a rule over a title', ['____________', 'Operating Highlights'], 'Operating Highlights'],
  ])('%s', (_name, lines, title) => {
    expect(readCaption(lines, 'First Quantum Minerals Ltd.').title).toBe(title);
  });
});

// LPL Financial 2Q26 (../shared/unseen-s31/lpla-2026-q2.txt, "Client Cash Data", page 11): the title block's statement
// allows exceptions, and the heading over the lines names their scale, as the prose's "$57 billion" reads 56.9.
describe('readCaption: a heading stating its lines\' scale under a statement "except where noted"', () => {
  test.each<[string, string[], number | null, string | null]>([
    ['the heading names billions', ['LPL Financial Holdings Inc.', 'Client Cash Data', '(Dollars in thousands, except where noted)', '(Unaudited)', 'Client Cash Balances (in billions)(26)'], 9, 'USD'],
    ['no heading: the statement\'s scale', ['LPL Financial Holdings Inc.', 'Client Cash Data', '(Dollars in thousands, except where noted)', '(Unaudited)'], 3, 'USD'],
    ['a statement without exceptions keeps its scale', ['Client Cash Data', '(Dollars in thousands)', 'Client Cash Balances (in billions)'], 3, 'USD'],
    ['a statement alone on the last line is no heading', ['Client Cash Data', '(Dollars in thousands, except where noted)', '(in billions)'], 3, 'USD'],
  ])('%s', (_name, lines, scale, currency) => {
    const caption = readCaption(lines, 'LPL Financial Holdings Inc.');
    expect(caption.scale).toBe(scale);
    expect(caption.currency).toBe(currency);
  });
});
