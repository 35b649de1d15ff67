/**
 * Public types of tieout, in one place. Data flows one way:
 * release text → tables → facts → checks → pages. Every layer exchanges
 * these shapes and nothing else.
 *
 * Values are exact decimal strings ("-1271", "0.001", "16.4"), never floats.
 */

/**
 * What a number measures. Money is its ISO 4217 currency code ('USD', 'GBP', 'EUR') and money
 * per share that code with '/share' ('USD/share', 'GBP/share'); the rest are fixed names.
 */
export type Unit =
  | 'USD' // money
  | 'USD/share' // money per share (EPS, par value)
  | 'USD/unit' // an average amount per thing counted (ARPU): never summed
  | 'shares' // share counts
  | 'percent' // "16.4%": the value is the printed percentage (16.4), not the ratio
  | 'basis-points' // "590 BPS"
  | 'percentage-points' // "(2.7) pts", "Down 22.0 pts": a difference of two percentages
  | 'ratio' // "2.61x", "4.0:1": a multiple, the value is the multiplier (2.61, 4.0); never summed
  | 'count' // pure counts (customers, square feet)
  | 'reference' // a note reference in a "Note" column, or a year a column names ("Year Built"): a number that names, not measures
  | (string & {}); // money in another currency: 'GBP', 'EUR/share', …

/**
 * reported: a printed number; nil: "-" or "----"; not-meaningful: "n/m"; range: two numbers
 * printed as one figure, as outlooks print them ("$111.0 - $112.0", "5% to 7%"), its ends in
 * `Fact.range`.
 */
export type FactStatus = 'reported' | 'nil' | 'not-meaningful' | 'range';

/** A period a fact is about. Ids are readable and never positional. */
export interface Period {
  /**
   * "2010-q2", "2010-h1", "2010-9m", "2010-fy", "2010-06-30", for a change column
   * "2010-q2-vs-2009-q2", or for a change whose periods the table does not say, the slug of
   * its header ("percent-change"). Fiscal years are numbered as the company numbers them.
   */
  id: string;
  kind: 'duration' | 'instant' | 'change';
  /** ISO date of the first day (durations only). */
  start?: string;
  /** ISO date of the last day (durations) or the date itself (instants). */
  end?: string;
  /**
   * For change columns ("YoY Growth", "Q/Q", "% Change"): the two periods compared; `basis`
   * 'other' when the header names no basis and the neighbouring columns gave the pair; `measure`
   * when the header says whether the figures are ratios (growth in percent) or differences.
   * Absent when the table does not say what a change column compares.
   */
  compare?: { basis: 'yoy' | 'qoq' | 'other'; current: string; prior: string; measure?: 'ratio' | 'difference' };
  /** Human label: "Q2 2010", "H1 2010", "June 30, 2010", "Q2 2010 vs Q2 2009". */
  label: string;
}

export interface SourceLocation {
  /** 1-based line in release.txt. */
  line: number;
  /** 1-based column, counted in characters (a tab is one). */
  column: number;
}

/** One number printed in a table of a release. */
export interface Fact extends SourceLocation {
  /**
   * `<release>/<table>/<row>/<column>`, where the column key is the period id, or
   * `<period>.<dimension>` for a named column within a period, or the dimension alone for a
   * column that names no period: `inap-2010-q2/adjusted-ebitda/stock-based-compensation/2010-q2`,
   * `nvda-fy2023-q1/outlook/gaap-gross-margin/2023-q2.outlook`, `acme/income/revenue/notes`.
   */
  id: string;
  release: string;
  table: string;
  /**
   * Row slug: the label's slug, prefixed with its section's slug and `--` where the label
   * alone is ambiguous in its table (`revenues--data-center-services`). A number printed
   * inside a label gets `<row>.<measure>` (`common-stock.shares-outstanding`).
   */
  row: string;
  /** The label as printed, less dot leaders, footnote markers and a trailing colon. */
  label: string;
  /** Labels of the enclosing section headers, outermost first. */
  section: string[];
  /** Concept from the company model's aliases, shared across tables; null if unmapped. */
  concept: string | null;
  /** Period id (see Period); '' for a column that names no period (a "Note" column). */
  period: string;
  /**
   * The named column within the period, as a slug, or null when the period alone names the column:
   * "outlook" ("Q2 FY2023 Outlook"), "restated", "level-1", "before-exceptional-items",
   * "percent-of-net-sales" (a share column), "notes".
   */
  dimension?: string | null;
  /**
   * What its column's header says of it against an earlier printing: `restated` ("As Restated",
   * "2018 (Restated)", "As Recast") or `previously-reported` ("As Previously Reported"); absent
   * for every other column (src/lib/ingest/columns.ts basisOf).
   */
  basis?: 'restated' | 'previously-reported';
  /** Exact decimal string in printed units (multiply by 10^scale for base units); null unless status is 'reported'. */
  value: string | null;
  status: FactStatus;
  /** A range's ends, exact decimal strings in printed units, as printed (low first); only when status is 'range'. */
  range?: { low: string; high: string };
  unit: Unit;
  /** Power of ten of the printed units: 3 for thousands, 0 for units. */
  scale: number;
  /** Digits after the printed decimal point: 0 for "31,197", 2 for "(0.03)", 1 for "16.4%". */
  decimals: number;
  /** The printed text of the value, e.g. `\$ (1,271)` or `<u>\$ 9,924</u>`. */
  raw: string;
  /** A total or subtotal: underlined, labelled "Total …", or declared by the model. */
  total: boolean;
  /** Printed inside <u>…</u>. */
  underlined: boolean;
  /** Printed with a dollar sign ("$", "US$", "S$"). */
  dollar: boolean;
  /** The currency symbol or code printed with the figure ("$", "£", "RMB"), or null. */
  symbol?: string | null;
  /** Printed as approximate ("~ $ 310"): no check accuses it, or a figure computed from it, of failing to tie. */
  approximate?: true;
  /**
   * Why the figure as printed is doubted, a located problem of its cell ("139.435" among whole thousands printed with
   * commas: a full stop for the separator): no check accuses it, or a figure computed from it, of failing to tie.
   */
  misprint?: string;
  /** Footnote markers on the row's label ("1", "2", "A"), then any printed after the figure ("390,000(1)"). */
  footnotes: string[];
  /** Where the number was printed: a value cell, or inside the row's label. */
  origin: 'cell' | 'label';
}

/** A column of a table: one period, or a named column within a period, or a named column alone. */
export interface TableColumn extends SourceLocation {
  /** Period id; '' for a column that names no period. */
  period: string;
  /** The header text that named it, joined across header lines, markup removed. */
  header: string;
  /** The last part of its facts' ids (see Fact.id): the period id, `<period>.<dimension>` or the dimension. */
  key?: string;
  /** See Fact.dimension. */
  dimension?: string | null;
  /** See Fact.basis. */
  basis?: 'restated' | 'previously-reported';
  /** A change column whose header says what its figures are: ratios (growth in percent) or differences. */
  measure?: 'ratio' | 'difference';
  /**
   * A change column printed as favourable or unfavourable ("Fav/(Unfav)", "Better/(Worse)"): its
   * sign says good or bad, so a cost that rises is printed negative.
   */
  favourable?: true;
  /**
   * A change on another basis whose current figures the table prints in a column of their own ("% Change in CC*"
   * beside "FY'24 YTD in CC*"): that column's key, the current side of the change; the prior side is the period's.
   */
  current?: string;
  /** Its cells are references to notes ("Note" over "(1)", "(2)"), no figures. */
  reference?: true;
  /**
   * Where its period came from, or why it has none: `header "Three Months Ended May 1, 2022"`,
   * `year "2024" under the title's span "Three months ended December 31,"`, `no period: …`.
   */
  evidence?: string;
}

/** How a row's figures were read: the unit and scale of its first figure, and where each came from. */
export interface RowReading {
  unit: string;
  scale: number;
  /** "money: no word of the label, its sections or its column says otherwise; scale: the table's statement …". */
  evidence: string;
}

export interface TableRow extends SourceLocation {
  /** Row slug (see Fact.row); unique within its table. */
  id: string;
  label: string;
  /** The label exactly as printed. */
  rawLabel: string;
  /** Indentation level of the printed label: its leading spaces, two a level (0 for none). */
  indent?: number;
  section: string[];
  /** section: a header such as "Revenues:"; values: a row of numbers; label: a caption row without numbers. */
  kind: 'section' | 'values' | 'label';
  total: boolean;
  footnotes: string[];
  /** Fact ids of the row's cells in column order; null where the cell is empty. */
  cells: (string | null)[];
  /** Fact ids of numbers printed inside the label. */
  labelFacts: string[];
  /** The reading of its figures (rows of figures only). */
  reading?: RowReading;
}

export interface Table extends SourceLocation {
  /** Slug from the company model's table names, or derived from the title. */
  id: string;
  release: string;
  /** The table's title as printed, e.g. "UNAUDITED CONDENSED CONSOLIDATED STATEMENT OF OPERATIONS". */
  title: string;
  /** For a table named by its first lines (no title, no heading above it): those labels as printed, less note marks ("EMEA&APAC"). */
  name?: string;
  /** The unit statement as printed, e.g. "(In thousands, except per share amounts)"; null if none. */
  unitNote: string | null;
  /** Default power of ten of the table's amounts. */
  scale: number;
  /** Where its unit statement was printed (title block, a row under the header, the header's corner), or that it states none. */
  unitEvidence?: string;
  /** Currency of the table's money where neither a column nor a figure states one (ISO 4217). */
  currency?: string;
  columns: TableColumn[];
  rows: TableRow[];
  /** Last line of the table. */
  endLine: number;
}

/** A table without its rows: what names it and its columns (its title, its columns' headers). */
export type TableHead = Omit<Table, 'rows'>;

/** A line of the release outside any table. */
export interface ProseLine {
  line: number;
  text: string;
  kind: 'heading' | 'bullet' | 'paragraph' | 'caption';
}

/** Metadata of a release, from release.yaml. */
export interface ReleaseMeta {
  /** Folder name under data/releases/. */
  id: string;
  title: string;
  /** Folder under data/companies/ holding the company model. */
  company: string;
  name: string;
  ticker: string;
  exchange: string;
  /** "MM-DD" */
  fiscalYearEnd: string;
  /**
   * Which calendar year numbers a fiscal year that does not end in December: 'end' (NVIDIA's
   * fiscal 2023 ended in January 2023) or 'start' (a retailer's fiscal 2024 ends early in 2025).
   */
  fiscalYearNamedBy?: 'end' | 'start';
  fiscalPeriod: string;
  releaseDate: string;
  currency: string;
  /** Default power of ten of amounts where a table states none. */
  scale: number;
  /** Where the release is published (release.yaml's `source_url`: the newsroom page, the EDGAR filing), when known. */
  sourceUrl?: string;
}

/** An error in the input, located in its file. Rendered as `file:line:column: message`. */
export interface IngestIssue extends SourceLocation {
  file: string;
  message: string;
}

/** Everything ingest makes of one release. */
export interface Release {
  meta: ReleaseMeta;
  /** Path of release.txt, relative to the project root (in full when outside it). */
  file: string;
  text: string;
  tables: Table[];
  periods: Period[];
  facts: Fact[];
  prose: ProseLine[];
  /** Problems found; every value that could be read is still in facts. */
  errors: IngestIssue[];
}

/**
 * What naming a release's figures needs of it (a figure's column and table in words, its links):
 * its metadata, its periods and its tables without their rows. A Release is one; a listing's
 * card of a release (lib/site/release-summary.ts) carries only this much.
 */
export interface ReleaseHead {
  meta: ReleaseMeta;
  periods: Period[];
  tables: TableHead[];
}

/** The verdict of one check. */
export type Verdict = 'exact' | 'rounding' | 'mismatch' | 'unverifiable';

export type CheckKind = 'footing' | 'definition' | 'tie' | 'growth' | 'change' | 'claim';

/** A closed interval of exact decimals, [lo, hi]. */
export interface IntervalJson {
  lo: string;
  hi: string;
}

/** One recomputed relation and its verdict. */
export interface Check {
  /** Stable and readable: `<kind>/<subject>/<period>`, e.g. `footing/statement-of-operations/total-revenues/2010-q2`. */
  id: string;
  release: string;
  kind: CheckKind;
  /** Short human title: "Total revenues, Q2 2010". */
  title: string;
  /** The relation in words with its line items named: "Total revenues = Data center services + IP services". */
  formula: string;
  period: string | null;
  /** Fact ids of the inputs. */
  inputs: string[];
  /** The figure the release printed, and where. */
  reported: {
    value: string | null;
    text: string;
    fact: string | null;
    line: number;
    column: number;
  };
  /** Exact computed value from the printed inputs (same unit and scale as reported). */
  computed: string | null;
  /** Interval the inputs allow, given their printed precision. */
  computedInterval: IntervalJson | null;
  /** Half a unit of the reported figure's last digit, plus any widening the wording allows. */
  tolerance: string | null;
  /** reported − computed. */
  difference: string | null;
  unit: Unit;
  verdict: Verdict;
  /** Why the verdict is what it is, in a sentence. */
  explanation: string;
  /** What the relation rests on, in words: the reading of the table (which rows a total covers, and why). */
  restsOn?: string;
  /** The readings of the layout considered, in words, when it allows more than one (the one taken among them). */
  readings?: string[];
}

/** A value `tieout import` drafts for release.yaml, with where it came from (its comment). */
export interface DraftedValue {
  value: string;
  from: string;
  /** Assumed where the release says nothing, not read from it: for the user to confirm. */
  assumed?: boolean;
}

/** What `tieout import` made of one release file; nothing is written by the library. */
export interface ImportResult {
  /** release.txt in the layout of ARCHITECTURE.md ("The release text"). */
  releaseText: string;
  /** The release id (`--id`, or `<ticker>-<fiscal period>`), null when neither is known. */
  id: DraftedValue | null;
  /** release.yaml as drafted, null while a key is missing or an option invalid. */
  metaYaml: string | null;
  /** The drafted values by release.yaml key. */
  meta: Partial<Record<string, DraftedValue>>;
  /** Keys that could not be inferred, each with a message naming the option that supplies it. */
  missing: { key: string; message: string }[];
  /** Options given in a form release.yaml does not accept. */
  invalid: string[];
  /** Problems in the source, located in it (`file:line:column`). */
  issues: IngestIssue[];
  /**
   * What the import could not check and says, located, without it being a problem of the source
   * (not counted by --strict): a stylesheet the page links to that is not read.
   */
  warnings: IngestIssue[];
  summary: ImportSummary;
}

export interface ImportSummary {
  source: 'html' | 'text';
  encoding: string;
  /** Lines of release.txt, tables written, printed value cells in them. */
  lines: number;
  tables: number;
  figures: number;
  paragraphs: number;
  bullets: number;
  /** What was left out of the page: chrome elements, repeated sections, page numbers, lines before the headline. */
  leftOut: { chrome: number; duplicates: number; pageNumbers: number; beforeHeadline: number };
  /** HTML tables that hold no figures and were read as text (layout, bullets, contacts). */
  layoutTables: number;
}

/** One printing of a line in a release, as a series comparison shows it. */
export interface SeriesPrinting {
  release: string;
  fact: string;
  label: string;
  /** Exact decimal string in printed units (see Fact.value). */
  value: string;
  raw: string;
  unit: Unit;
  scale: number;
  decimals: number;
  /** Line of the release's release.txt. */
  line: number;
}

/** A sentence of a release that states prior periods were changed (restated, recast) or a stock split. */
export interface SeriesStatement {
  release: string;
  line: number;
  text: string;
  /** How a restatement covers the line compared (src/lib/series/restatements.ts): its note's marker on the table, the line named, the kind of measure named. */
  covers?: string;
}

/**
 * A figure a release prints for a period an earlier release of the company printed, against that
 * earlier printing (src/lib/series/): the same within both printings' rounding; split-adjusted by
 * a stated split; split-unstated, where every per-share figure and share count of the two releases'
 * periods differs by one split ratio and none states a split (a reading, no accusation); restated,
 * where the later release says prior periods were; else a mismatch across releases.
 */
export interface SeriesComparison {
  company: string;
  period: string;
  /**
   * `rounding`: printed one unit of the last digit apart (1,270 and 1,271): the half-unit intervals
   * meet at one point, which no one figure rounds to both sides of, but a re-rounded sum does (a
   * total printed as the sum of its rounded parts one time, rounded whole the other); the same within
   * rounding, shown as such and not as identical, and no accusation; its `reading` says so.
   * `unverifiable`: the two printings differ, but that they print one line is not established (the
   * label names several lines of its table, or a total in one release and a part in the other); its
   * `reading` says which, and no accusation is made.
   */
  verdict: 'same' | 'rounding' | 'split-adjusted' | 'split-unstated' | 'restated' | 'unverifiable' | 'mismatch';
  earlier: SeriesPrinting;
  later: SeriesPrinting;
  /** The statement a split-adjusted or restated verdict rests on; a mismatch across a stated split: the split, and what the earlier figure is after it (`covers`). */
  statement?: SeriesStatement;
  /**
   * A split-unstated verdict's reading, in tieout's words, never the company's: every per-share
   * figure and share count the two releases print for these periods differs by one split ratio,
   * and no release states a split (src/lib/series/unstated-split.ts); an unverifiable one's, why
   * the two printings are not established as one line.
   */
  reading?: string;
}
