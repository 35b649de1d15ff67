/**
 * The default scale drafted for a release none of whose tables states one, from the prose's rounded amounts
 * (scaleFromRoundedProse): the tables' figures are in the scale under which the prose's amounts are those figures
 * rounded. Excerpts of Horizon Financial's 8-K of January 2006 (../shared/corpus/hrzb-fy2006-q3.txt, its income
 * statement and first paragraphs: the tables in thousands) and of Farmers & Merchants Bancshares' 2024 release
 * (corpus/fmbs-2024-fy.md: its tables print dollars in full), in the release-text layout.
 */
import { describe, expect, test } from 'vitest';
import { scaleFromRoundedProse } from '../../../src/lib/import/scale.ts';
import { scanText } from '../../../src/lib/import/scan-text.ts';

const HRZB_TABLE = [
  'CONSOLIDATED STATEMENTS OF INCOME',
  '\tQuarter Ended\tQuarter Ended\tQuarter Ended',
  '\tDecember 31, 2005\tSeptember 30, 2005\tDecember 31, 2004',
  '  Interest on loans\t$ 17,328\t$ 15,787\t$ 12,272',
  '    Total interest income\t18,194\t16,666\t13,294',
  '    Total interest expense\t6,604\t5,908\t4,086',
  '    Net interest income\t11,590\t10,758\t9,208',
  '  Provision for loan losses\t800\t750\t350',
  '    Total non-interest income\t1,746\t1,721\t1,580',
  '    Total non-interest expense\t6,736\t6,273\t5,815',
  'Net Income\t$ 3,983\t$ 3,795\t$ 3,224',
].join('\n');
const HRZB_PROSE = [
  'In the quarter ended December 31, 2005, net income grew 24% to $4.0 million, or $0.40 per diluted share compared to $3.2 million, or $0.31 per diluted share in the same quarter a year ago.',
  'Net interest income was up 26% to $11.6 million in the quarter, compared to $9.2 million in the third quarter of fiscal 2005.  Non-interest income increased 11% in the third quarter to $1.7 million, from $1.6 million last year.  Non-interest expense increased 16% to $6.7 million, compared to $5.8 million a year ago.',
];
const FMBS = [
  'Farmers and Merchants Bancshares, Inc. reported net income of $4.3 million for the year ended December 31, 2024, compared to $6.4 million for 2023; $0.9 million in the fourth quarter compared to $1.4 million.',
  '',
  'Consolidated Statements of Income',
  '\tThree Months Ended\tThree Months Ended\tYear Ended\tYear Ended',
  '\tDecember 31, 2024\tDecember 31, 2023\tDecember 31, 2024\tDecember 31, 2023',
  'Net income\t$ 856,080\t$ 1,415,230\t$ 4,277,703\t$ 6,418,337',
].join('\n');

describe('scaleFromRoundedProse', () => {
  test.each([
    ['Horizon: the prose rounds the tables read in thousands', `${HRZB_PROSE.join('\n\n')}\n\n${HRZB_TABLE}\n`, 'thousands'],
    ['Farmers & Merchants: the prose rounds the tables read as printed', `${FMBS}\n`, 'units'],
    // Two amounts are too few to tell a scale by (Horizon's first paragraph alone).
    ['too few amounts', `${HRZB_PROSE[0]}\n\n${HRZB_TABLE}\n`, null],
    // One significant figure fits too many figures: "$4 million", "$12 million" are not counted.
    ['amounts of one significant figure', `Net income was $4 million; net interest income $12 million, and expenses $7 million.\n\n${HRZB_TABLE}\n`, null],
  ])('%s', (_, text, scale) => {
    const found = scaleFromRoundedProse(scanText(text));
    expect(found?.value ?? null).toBe(scale);
    if (found) expect(found.assumed).toBe(true);
    if (scale === 'thousands') expect(found!.from).toContain('"$4.0 million", "$3.2 million"');
  });
});
