// A release read from an excerpt of a real one's text (a fixture under test/fixtures/import/real/), its metadata given
// as a user confirms it at import: the path every table-driven test of a real layout takes, import then ingest, with
// no company model. Not a test file: the tests import it.
import { importRelease } from '../../src/lib/import/index.ts';
import { parseRelease } from '../../src/lib/ingest/index.ts';
import { emptyModel } from '../../src/lib/model/index.ts';
import { runChecks } from '../../src/lib/verify/index.ts';
import type { Check, Release } from '../../src/lib/types.ts';

export interface Excerpt {
  /** The release's id, which every fact id opens with. */
  id: string;
  /** Its headline, printed above the excerpt (import drafts the release's period and company from it). */
  headline: string;
  name: string;
  ticker: string;
  fiscalPeriod: string;
  releaseDate: string;
  fiscalYearEnd: string;
  fiscalYearNamedBy?: 'start' | 'end';
  /** The release's currency, where not US dollars ("EUR"). */
  currency?: string;
}

/** The excerpt imported as text in millions of US dollars (or of its currency), then read. */
export function readExcerpt(text: string, e: Excerpt): Release {
  const options = { ticker: e.ticker, fiscalPeriod: e.fiscalPeriod, releaseDate: e.releaseDate, scale: 'millions', currency: e.currency ?? 'USD', fiscalYearEnd: e.fiscalYearEnd };
  const result = importRelease({ text: `${e.headline}\n\n${text}`, file: `${e.id}.txt`, kind: 'text' }, options);
  const meta = {
    id: e.id,
    title: 'Results',
    company: e.ticker.toLowerCase(),
    name: e.name,
    ticker: e.ticker,
    exchange: '',
    fiscalYearEnd: e.fiscalYearEnd,
    ...(e.fiscalYearNamedBy ? { fiscalYearNamedBy: e.fiscalYearNamedBy } : {}),
    fiscalPeriod: e.fiscalPeriod,
    releaseDate: e.releaseDate,
    currency: e.currency ?? 'USD',
    scale: 6,
  };
  return parseRelease(result.releaseText, meta, emptyModel, 'release.txt');
}

/** The excerpt's checks, with no company model. */
export function checkExcerpt(text: string, e: Excerpt): Check[] {
  return runChecks(readExcerpt(text, e), emptyModel);
}
