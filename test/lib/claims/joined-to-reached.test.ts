// Dave & Buster's third quarter of fiscal 2021 (unseen-s38 play-fy2021-q3.txt, source lines 20–22): "Adjusted EBITDA
// increased 47.4% from the third quarter of 2019 to $68.2 million, or 21.5% of revenue, compared with …". The figure the
// change ends at is the quarter's own (src/lib/claims/reading.ts, ENDS_AT); the share joined to it by ", or" was read as
// of the third quarter of 2019, the period the change is from, and 21.5% judged against 2019's 15.5%: a false mismatch.
import { describe, expect, test } from 'vitest';
import { extractLine } from '../../../src/lib/claims/extract.ts';
import { readProse } from '../../../src/lib/claims/reading.ts';

const LINE =
  'Adjusted EBITDA increased 47.4% from the third quarter of 2019 to $68.2 million, or 21.5% of revenue, compared with Adjusted EBITDA loss of $16.0 million, or (14.6)% of revenue in the third quarter of 2020 and Adjusted EBITDA of $46.3 million, or 15.5% of revenue in the third quarter of 2019.';
const read = (line: string) => readProse([{ line: 1, kind: 'paragraph', text: line }], extractLine(1, line));
const periodOf = (line: string, text: string) => read(line).find((r) => r.token.text === text)?.period;

describe('a figure joined by ", or" to the figure a change ends at is of the change\'s own period', () => {
  test.each([
    ['$68.2 million', 'current'],
    ['21.5%', 'current'],
  ])('%s: %s', (text, type) => {
    expect(periodOf(LINE, text)?.spec.type).toBe(type);
  });

  test.each([
    // The figures compared with keep the periods named after them.
    ['(14.6)%', 2020],
    ['15.5%', 2019],
  ])('%s: the third quarter of %i', (text, year) => {
    expect(periodOf(LINE, text)?.spec).toMatchObject({ type: 'quarter', n: 3, year });
  });
});
