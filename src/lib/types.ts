/**
 * Public types of tieout, in one place. Data flows one way:
 * release text → tables → facts → checks → pages. Every layer exchanges
 * these shapes and nothing else.
 *
 * Values are exact decimal strings ("-1271", "0.001", "16.4"), never floats.
 */

/** What a number measures. */
export type Unit =
  | 'USD' // money
  | 'USD/share' // money per share (EPS, par value)
  | 'shares' // share counts
  | 'percent' // "16.4%": the value is the printed percentage (16.4), not the ratio
  | 'basis-points' // "590 BPS"
  | 'count'; // pure counts (customers, square feet)

/** reported: a printed number; nil: "-" or "----"; not-meaningful: "n/m". */
export type FactStatus = 'reported' | 'nil' | 'not-meaningful';

/** A period a fact is about. Ids are readable and never positional. */
export interface Period {
  /** "2010-q2", "2010-h1", "2010-fy", "2010-06-30", or for a change column "2010-q2-vs-2009-q2". */
  id: string;
  kind: 'duration' | 'instant' | 'change';
  /** ISO date of the first day (durations only). */
  start?: string;
  /** ISO date of the last day (durations) or the date itself (instants). */
  end?: string;
  /** For change columns ("YoY Growth", "QoQ Growth"): the two periods compared. */
  compare?: { basis: 'yoy' | 'qoq'; current: string; prior: string };
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
  /** `<release>/<table>/<row>/<period>`, e.g. `inap-2010-q2/adjusted-ebitda/stock-based-compensation/2010-q2`. */
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
  /** Period id (see Period). */
  period: string;
  /** Exact decimal string in printed units (multiply by 10^scale for base units); null unless status is 'reported'. */
  value: string | null;
  status: FactStatus;
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
  /** Printed with a dollar sign. */
  dollar: boolean;
  /** Footnote markers on the row's label ("1", "2"). */
  footnotes: string[];
  /** Where the number was printed: a value cell, or inside the row's label. */
  origin: 'cell' | 'label';
}

/** A column of a table: one period. */
export interface TableColumn extends SourceLocation {
  period: string;
  /** The header text that named it, joined across header lines, markup removed. */
  header: string;
}

export interface TableRow extends SourceLocation {
  /** Row slug (see Fact.row); unique within its table. */
  id: string;
  label: string;
  /** The label exactly as printed. */
  rawLabel: string;
  section: string[];
  /** section: a header such as "Revenues:"; values: a row of numbers; label: a caption row without numbers. */
  kind: 'section' | 'values' | 'label';
  total: boolean;
  footnotes: string[];
  /** Fact ids of the row's cells in column order; null where the cell is empty. */
  cells: (string | null)[];
  /** Fact ids of numbers printed inside the label. */
  labelFacts: string[];
}

export interface Table extends SourceLocation {
  /** Slug from the company model's table names, or derived from the title. */
  id: string;
  release: string;
  /** The table's title as printed, e.g. "UNAUDITED CONDENSED CONSOLIDATED STATEMENT OF OPERATIONS". */
  title: string;
  /** The unit statement as printed, e.g. "(In thousands, except per share amounts)"; null if none. */
  unitNote: string | null;
  /** Default power of ten of the table's amounts. */
  scale: number;
  columns: TableColumn[];
  rows: TableRow[];
  /** Last line of the table. */
  endLine: number;
}

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
  fiscalPeriod: string;
  releaseDate: string;
  currency: string;
  /** Default power of ten of amounts where a table states none. */
  scale: number;
}

/** An error in the input, located in its file. Rendered as `file:line:column: message`. */
export interface IngestIssue extends SourceLocation {
  file: string;
  message: string;
}

/** Everything ingest makes of one release. */
export interface Release {
  meta: ReleaseMeta;
  /** Path of release.txt, relative to the project root. */
  file: string;
  text: string;
  tables: Table[];
  periods: Period[];
  facts: Fact[];
  prose: ProseLine[];
  /** Problems found; every value that could be read is still in facts. */
  errors: IngestIssue[];
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
}
