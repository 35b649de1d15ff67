import GithubSlugger from 'github-slugger';
import type { ScannedText } from './scan-text.ts';
import type { Found, PageHints } from './evidence.ts';
import { findHeadline } from './headline.ts';
import { findListing, findNameAfterDateline, findNameInHeadline, findNameOpeningReport } from './company.ts';
import { findFiscalPeriod, periodFromColumns } from './fiscal-period.ts';
import { findFiscalYearEnd } from './fiscal-year-end.ts';
import { findYearNaming } from './fiscal-year-naming.ts';
import { findDateline, findReleaseDate } from './release-date.ts';
import { findCurrency } from './currency.ts';
import { findScale, scaleFromProse, scaleFromRoundedProse } from './scale.ts';
import { messages } from './messages.ts';
import { releaseIdProblem } from '../release-id.ts';

/** What the author may state on the command line; each overrides what the release says. */
export interface MetaOptions {
  id?: string;
  title?: string;
  company?: string;
  name?: string;
  ticker?: string;
  exchange?: string;
  fiscalPeriod?: string;
  fiscalYearEnd?: string;
  fiscalYearNamedBy?: string;
  releaseDate?: string;
  currency?: string;
  scale?: string;
  /** Where the release is published (release.yaml's optional `source_url`). */
  sourceUrl?: string;
}

/** The keys of release.yaml, in the order it is written. */
export const META_KEYS = ['title', 'company', 'name', 'ticker', 'exchange', 'fiscal_period', 'fiscal_year_end', 'fiscal_year_named_by', 'release_date', 'currency', 'scale'] as const;
export type MetaKey = (typeof META_KEYS)[number];

export interface DraftMeta {
  /** The release id: `--id`, or `<ticker>-<fiscal period>` in lower case. */
  id: Found<string> | null;
  values: Partial<Record<MetaKey, Found<string>>>;
  /** Keys that could not be inferred, each with a message naming the option that supplies it. */
  missing: { key: MetaKey | 'id'; message: string }[];
  /** Options given in a form release.yaml does not accept. */
  invalid: string[];
  /** Where the release is published, when the file or an option says (source-url.ts). */
  sourceUrl?: Found<string> | null;
}

const OPTION: Record<MetaKey, { option: string; example: string; why: string }> = {
  title: { option: '--title', example: '"Acme Reports Third Quarter 2023 Results"', why: 'the release prints no headline' },
  company: { option: '--company', example: 'acme', why: 'neither a ticker nor a company name was found to name the company folder' },
  name: { option: '--name', example: '"Acme Corporation"', why: 'the release prints no company name before a listing such as "(NASDAQ: ACME)"' },
  ticker: { option: '--ticker', example: 'ACME', why: 'the release prints no listing such as "(NASDAQ: NVDA)" or "(NYSE: BKE)"' },
  exchange: { option: '--exchange', example: 'NASDAQ', why: 'the release prints no listing' },
  fiscal_period: { option: '--fiscal-period', example: '2023-q3', why: 'the release names no quarter, half or fiscal year ("third quarter fiscal 2023", "Q2 FY25", "second quarter of 2010")' },
  fiscal_year_end: { option: '--fiscal-year-end', example: '12-31', why: 'the release prints no "fiscal year ended …" date and no quarter end date to infer it from' },
  fiscal_year_named_by: {
    option: '--fiscal-year-named-by',
    example: 'start',
    why: 'the release prints no fiscal year beside a date in it, so whether fiscal 2024 ends in 2024 (end) or starts in it (start) is not stated',
  },
  // No example date: one would be copied as it is; the day is the author's to look up.
  release_date: { option: '--release-date', example: 'YYYY-MM-DD (the day the release was published)', why: 'the release prints no dateline ("SANTA CLARA, Calif., Nov. 16, 2022 …"), the page no date, and no call held "today" whose day or replay it dates' },
  currency: { option: '--currency', example: 'USD', why: 'the figures print no currency symbol' },
  scale: { option: '--scale', example: 'thousands', why: 'no table states its unit ("(In millions)", "(in thousands)"), so the figures could be in units or thousands' },
};

const VALID: Partial<Record<MetaKey | 'id', [RegExp, string]>> = {
  id: [/^[a-z0-9][a-z0-9-]*$/, 'a release id in lower case, such as nvda-2023-q3'],
  company: [/^[a-z0-9][a-z0-9-]*$/, 'a company folder name in lower case, such as nvda'],
  fiscal_period: [/^\d{4}-(q[1-4]|h[12]|fy)$/, 'a period id such as 2023-q3, 2019-h1 or 2023-fy'],
  fiscal_year_end: [/^(0[1-9]|1[0-2])-([0-2]\d|3[01])$/, 'a month and day such as 12-31 or 01-29'],
  fiscal_year_named_by: [/^(end|start)$/, 'end (fiscal 2023 ends in 2023) or start (fiscal 2023 starts in 2023)'],
  release_date: [/^\d{4}-\d{2}-\d{2}$/, 'a date such as 2022-11-16'],
  currency: [/^[A-Z]{3}$/, 'an ISO currency code such as USD or EUR'],
  scale: [/^(units|thousands|millions|billions)$/, 'one of units, thousands, millions, billions'],
};

const OPTION_NAME: Record<MetaKey | 'id', string> = { ...Object.fromEntries(Object.entries(OPTION).map(([k, v]) => [k, v.option])), id: '--id' } as Record<MetaKey | 'id', string>;

/** A period id as a file name may print it: "acme-2024-q4", "airt-fy2025-q3", "bam-2024-fy", "acme-q3-2023". */
const FILE_PERIOD = /(?:^|[^a-z0-9])(?:fy)?(\d{4})-(q[1-4]|h[12]|fy)(?![a-z0-9])|(?:^|[^a-z0-9])(q[1-4]|h[12])-(?:fy)?(\d{4})(?![0-9])/i;

/**
 * Drafts release.yaml from what the release states, each value with where it came from;
 * options override. Only what the checks and the site need and nothing sensible can stand
 * for is listed as missing, with the option that supplies it (the fiscal period, the release
 * date, the currency). What the release does not print is drafted all the same and said:
 * a ticker, exchange or name it does not print is left empty, and a value nothing states
 * (a scale of units, fiscal years named by their end) is assumed, marked for the user to confirm.
 * `fileName` is the file imported: its name is the release id when the release prints no listing.
 */
export function draftMeta(scan: ScannedText, page: PageHints | null, options: MetaOptions, companies: string[] = [], fileName?: string): DraftMeta {
  const given = (value: string | undefined, option: string): Found<string> | null => (value !== undefined ? { value, from: `given with ${option}` } : null);
  const values: DraftMeta['values'] = {};
  const set = (key: MetaKey, found: Found<string> | null) => {
    if (found) values[key] = found;
  };

  const headline = given(options.title, '--title') ?? findHeadline(scan, page);
  set('title', headline);
  const listing = findListing(scan);
  const dateline = findDateline(scan);
  const noListing = 'the release prints no listing such as "(NASDAQ: ACME)" (a wire copy may leave it out): left empty';
  set('ticker', given(options.ticker?.toUpperCase(), '--ticker') ?? listing?.ticker ?? { value: '', from: `${noListing}; pass --ticker to set it` });
  set('exchange', given(options.exchange, '--exchange') ?? listing?.exchange ?? { value: '', from: values.ticker!.value ? 'no exchange printed with the ticker' : `${noListing}; pass --exchange to set it` });
  set(
    'name',
    given(options.name, '--name') ??
      (listing && !listing.nameStandsIn ? listing.name : null) ??
      findNameAfterDateline(scan, dateline) ??
      findNameOpeningReport(scan) ??
      findNameInHeadline(headline?.value ?? null, scan) ??
      listing?.name ?? { value: '', from: 'the release names no company before a listing, after its dateline or as its headline\'s subject: left empty; pass --name to set it' },
  );

  // The headline and prose first; then the tables' column headings, numbered within the fiscal
  // year a "year ended" date gives (else a calendar year, assumed); the file's name last.
  const read = findFiscalPeriod(scan, headline?.value ?? null);
  const columns = read || options.fiscalPeriod ? null : periodFromColumns(scan, given(options.fiscalYearEnd, '--fiscal-year-end') ?? findFiscalYearEnd(scan, null) ?? { value: '12-31', assumed: true });
  const period = read ?? columns ?? periodInFileName(fileName);
  set('fiscal_period', given(options.fiscalPeriod, '--fiscal-period') ?? period);
  const periodKind = options.fiscalPeriod ? parsePeriod(options.fiscalPeriod) : period;
  // The dateline's day bounds the quarter's end (a later one is an outlook's); the release date drafted below needs the
  // quarter's end, so it cannot serve.
  const yearEnd = findFiscalYearEnd(scan, periodKind ? { kind: periodKind.kind, quarter: periodKind.quarter, ended: read?.ended ?? columns?.ended ?? null, endedFrom: read?.endedFrom ?? columns?.endedFrom ?? null } : null, options.releaseDate ?? dateline?.date ?? null);
  set(
    'fiscal_year_end',
    given(options.fiscalYearEnd, '--fiscal-year-end') ??
      yearEnd ?? { value: '12-31', from: 'assumed: the release prints no "fiscal year ended …" date and no quarter end to infer it from, so a calendar year', assumed: true },
  );
  const printed = options.fiscalPeriod
    ? periodKind && { value: options.fiscalPeriod, ...periodKind, printedYear: true, ended: null, from: 'the period given with --fiscal-period' }
    : read && { ...read, from: read.from.replace(/ \(.*$/, '') };
  set(
    'fiscal_year_named_by',
    given(options.fiscalYearNamedBy, '--fiscal-year-named-by') ??
      findYearNaming(printed ?? null, values.fiscal_year_end ? { value: values.fiscal_year_end.value, quarterEnd: yearEnd?.quarterEnd, yearEnd: options.fiscalYearEnd ? undefined : yearEnd?.yearEnd } : null) ?? {
        value: 'end',
        from: 'assumed: the release prints no fiscal year beside a date in it, so whether fiscal 2024 ends in 2024 (end) or starts in it (start) is not stated; most companies name a fiscal year by the year it ends in',
        assumed: true,
      },
  );
  const periodEnd = read?.ended ?? yearEnd?.quarterEnd?.date ?? yearEnd?.yearEnd ?? null;
  set('release_date', given(options.releaseDate, '--release-date') ?? findReleaseDate(scan, page, periodEnd, values.exchange?.value ?? '', read?.ended ?? null, headline?.value ?? null));
  set('currency', given(options.currency?.toUpperCase(), '--currency') ?? findCurrency(scan));
  set(
    'scale',
    given(options.scale, '--scale') ??
      findScale(scan) ??
      scaleFromProse(scan) ??
      scaleFromRoundedProse(scan) ?? { value: 'units', from: 'assumed: no table states its unit ("(In millions)", "(in thousands)"), so the figures are read as printed, in units', assumed: true },
  );

  const invalid: string[] = [];
  for (const [key, [re, expected]] of Object.entries(VALID) as [MetaKey | 'id', [RegExp, string]][]) {
    const v = key === 'id' ? options.id : values[key as MetaKey]?.value;
    if (v !== undefined && !re.test(v)) {
      const fromOption = key === 'id' || values[key as MetaKey]?.from.startsWith('given');
      if (fromOption) invalid.push(messages.badOption(OPTION_NAME[key], expected, v));
      else delete values[key as MetaKey];
    }
  }

  const stem = fileName ? slug(fileName.replace(/\.[^.]*$/, '')) : '';
  const id: Found<string> | null = options.id
    ? { value: options.id, from: 'given with --id' }
    : values.ticker?.value && values.fiscal_period
      ? { value: `${values.ticker.value}-${values.fiscal_period.value}`.toLowerCase().replace(/[^a-z0-9-]+/g, '-'), from: 'the ticker and fiscal period' }
      : stem
        ? { value: stem, from: `the file's name, ${fileName}, as a slug (the release prints no listing to name it by its ticker and period); pass --id to name it otherwise`, assumed: true }
        : null;
  set('company', given(options.company, '--company') ?? companyFolder(values.ticker?.value, id && !options.id && id.from === 'the ticker and fiscal period' ? undefined : id?.value, values.name?.value, companies));

  const missing: DraftMeta['missing'] = META_KEYS.filter((k) => !values[k]).map((key) => ({
    key,
    message: messages.missingKey(key, OPTION[key].why, OPTION[key].option, OPTION[key].example),
  }));
  if (!id) missing.push({ key: 'id', message: messages.missingKey('the release id', 'it is made of the ticker and fiscal period, or of the file\'s name', '--id', 'acme-2023-q3') });
  // An id the site could not publish (one of its own addresses) is refused here, not found by the build.
  const idProblem = id && VALID.id![0].test(id.value) ? releaseIdProblem(id.value) : null;
  if (id && idProblem) invalid.push(messages.reservedId(id.value, options.id ? 'given with --id' : `drafted from ${id.from.split(',')[0]}`, idProblem));
  return { id, values, missing, invalid };
}

/** The period a file's name prints ("airt-fy2025-q3.md" → 2025-q3): the last resort, assumed, when the release names none. */
function periodInFileName(fileName: string | undefined): (Found<string> & { kind: 'q' | 'h' | 'fy'; quarter: number; ended: null; endedFrom: null; printedYear: boolean }) | null {
  const m = fileName ? FILE_PERIOD.exec(fileName) : null;
  if (!m) return null;
  const year = m[1] ?? m[4]!;
  const part = (m[2] ?? m[3]!).toLowerCase();
  const value = `${year}-${part}`;
  const p = parsePeriod(value);
  if (!p) return null;
  return { value, from: `assumed from the file's name, ${fileName}: the release names no quarter, half or fiscal year that could be read`, assumed: true, ...p, ended: null, endedFrom: null, printedYear: true };
}

const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');

function parsePeriod(id: string): { kind: 'q' | 'h' | 'fy'; quarter: number } | null {
  const m = /^\d{4}-(q|h)([1-4])$|^\d{4}-fy$/.exec(id);
  if (!m) return null;
  return m[1] ? { kind: m[1] as 'q' | 'h', quarter: Number(m[2]) } : { kind: 'fy', quarter: 0 };
}

/**
 * The company folder: an existing one named by the ticker, the release id or the name; else
 * the ticker in lower case; else the release id less its period ("adpt-2024-q4" → adpt); else
 * the name as a slug.
 */
function companyFolder(ticker: string | undefined, id: string | undefined, name: string | undefined, companies: string[]): Found<string> | null {
  const byTicker = ticker ? slug(ticker) : undefined;
  const byId = id ? id.replace(/-(?:fy)?\d{4}-(?:q[1-4]|h[12]|fy)$|-(?:q[1-4]|h[12]|fy)-?(?:fy)?\d{4}$/, '') : undefined;
  const byName = name ? new GithubSlugger().slug(name.replace(/,?\s+(Inc\.?|Corporation|Corp\.?|Ltd\.?|Limited|plc|Company|Co\.)$/i, '')) : undefined;
  for (const c of [byTicker, byId, byName]) if (c && companies.includes(c)) return { value: c, from: `the existing company folder data/companies/${c}/` };
  const none = 'the folder under data/companies/ for the company model (optional; none exists yet)';
  if (byTicker) return { value: byTicker, from: `the ticker in lower case: ${none}` };
  if (byId) return { value: byId, from: `the release id${byId === id ? '' : ' less its period'}: ${none}` };
  if (byName) return { value: byName, from: `the company name as a slug: ${none}` };
  return null;
}
