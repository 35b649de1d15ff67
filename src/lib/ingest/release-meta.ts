import { z } from 'zod';
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import type { ReleaseMeta } from '../types.ts';
import { parseYamlFile } from '../data-file.ts';
import { IngestError } from '../issues.ts';
import { readTextFile } from '../text-file.ts';
import { isCurrencyCode } from '../units/currencies.ts';
import { releaseIdProblem } from '../release-id.ts';
import { isPublicUrl } from '../public-url.ts';
import { SCALE_NAMES, type ScaleName } from '../format/index.ts';


/** release.yaml, as an author writes it. */
const releaseYaml = z.object({
  title: z.string({ error: 'expected the release headline as text' }),
  company: z.string().regex(/^[a-z0-9-]+$/, 'expected the company folder name, a slug such as inap'),
  name: z.string({ error: "expected the company's legal name as text" }),
  ticker: z.string({ error: 'expected the ticker symbol as text' }),
  exchange: z.string().default(''),
  fiscal_year_end: z
    .string()
    .regex(/^(0[1-9]|1[0-2])-([0-2]\d|3[01])$/, 'expected the fiscal year end as "MM-DD", such as "12-31"')
    .refine(isMonthDay, { error: (issue) => `expected the fiscal year end as a day that exists, "MM-DD" such as "12-31"; ${String(issue.input)} has no such day` }),
  fiscal_year_named_by: z.enum(['end', 'start'], { error: 'expected end (fiscal 2023 ends in 2023) or start (fiscal 2023 starts in 2023)' }).default('end'),
  fiscal_period: z.string().regex(/^\d{4}-(q[1-4]|h[12]|fy)$/, 'expected a period id such as 2010-q2'),
  release_date: z
    .union([z.string(), z.date()])
    .transform((d) => (d instanceof Date ? d.toISOString().slice(0, 10) : d))
    .pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date such as 2010-08-04').refine(isDate, 'expected a date that exists, such as 2010-08-04')),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, 'expected an ISO currency code such as USD')
    .refine((v) => !/^[A-Z]{3}$/.test(v) || isCurrencyCode(v), { error: (issue) => `expected an ISO 4217 currency code such as USD, EUR or GBP; ${String(issue.input)} is not one` }),
  scale: z.enum(Object.keys(SCALE_NAMES) as [ScaleName, ...ScaleName[]], { error: 'expected one of units, thousands, millions, billions' }),
  source_url: z
    .string({ error: 'expected the address the release is published at, such as https://www.sec.gov/Archives/edgar/data/…' })
    .refine(isPublicUrl, 'expected an http or https address with a host, such as https://nvidianews.nvidia.com/news/…')
    .optional(),
});



/** "02-29" exists (in leap years); "02-30", "04-31" do not. */
function isMonthDay(value: string): boolean {
  if (!/^\d\d-\d\d$/.test(value)) return true; // the format's own message says what is wrong
  const [m, d] = value.split('-').map(Number);
  if (m < 1 || m > 12) return true;
  return d >= 1 && d <= new Date(Date.UTC(2000, m, 0)).getUTCDate();
}

function isDate(value: string): boolean {
  if (!/^\d{4}-\d\d-\d\d$/.test(value)) return true;
  const [y, m, d] = value.split('-').map(Number);
  return m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/**
 * Reads and validates data/releases/<id>/release.yaml; throws IngestError naming the file
 * (as `shown`, e.g. relative to the project root), the line and the key.
 */
export function loadReleaseMeta(file: string, id = basename(file.replace(/\/release\.yaml$/, '')), shown = file): ReleaseMeta {
  if (!existsSync(file)) {
    throw new IngestError([{ file: shown, line: 1, column: 1, message: 'expected a release.yaml beside release.txt (company, ticker, fiscal period, release date, currency, scale)' }]);
  }
  // The folder's name is the release id in every permalink and file name: a slug, as import writes it.
  const problem = releaseIdProblem(id);
  if (problem) {
    const message = problem.startsWith('is not')
      ? `expected the release folder to be named by a release id in lower case (letters, digits and hyphens, such as acme-2010-q2), since it is the release's address on the site; "${id}" is not one: rename the folder`
      : `expected the release folder to be named by a release id that is not one of the site's own addresses; "${id}" ${problem}: rename the folder`;
    throw new IngestError([{ file: shown, line: 1, column: 1, message }]);
  }
  const parsed = parseYamlFile(shown, readTextFile(file, shown), releaseYaml);
  if (!parsed.value) throw new IngestError(parsed.issues);
  const y = parsed.value;
  return {
    id,
    title: y.title,
    company: y.company,
    name: y.name,
    ticker: y.ticker,
    exchange: y.exchange,
    fiscalYearEnd: y.fiscal_year_end,
    fiscalYearNamedBy: y.fiscal_year_named_by,
    fiscalPeriod: y.fiscal_period,
    releaseDate: y.release_date,
    currency: y.currency,
    scale: SCALE_NAMES[y.scale][0],
    ...(y.source_url ? { sourceUrl: y.source_url } : {}),
  };
}
