// FosRich's reports as the series tests read them (excerpts in test/fixtures/series/fosrich-<period>-excerpt.txt,
// sources named there): each excerpt parsed with the release's metadata and the empty model.
import { readFileSync } from 'node:fs';
import { parseRelease } from '../../../src/lib/ingest/index.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';
import type { Release, ReleaseMeta } from '../../../src/lib/types.ts';

const DATES: Record<string, string> = { '2022-q1': '2022-04-28', '2022-q3': '2022-11-01', '2023-q1': '2023-04-25', '2023-q3': '2023-10-24' };
const meta = (period: string): ReleaseMeta => ({
  id: `fosrich-${period}`, title: 'Management Discussion & Analysis And Unaudited Financial Statements', company: 'fosrich', name: 'FosRich Company Limited', ticker: '', exchange: '',
  fiscalYearEnd: '12-31', fiscalPeriod: period, releaseDate: DATES[period]!, currency: 'USD', scale: 0,
});
const file = (period: string) => `test/fixtures/series/fosrich-${period}-excerpt.txt`;
export const source = (period: string) => readFileSync(file(period), 'utf8');
/** The report of `period` as read, from its excerpt or from `text` (an altered copy). */
export const read = (period: string, text = source(period)): Release => parseRelease(text, meta(period), emptyModel, file(period));
