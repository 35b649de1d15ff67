/**
 * What a table is, read as an analyst reads it: first its title ("CONDENSED CONSOLIDATED
 * STATEMENTS OF CASH FLOWS", "Reconciliation of GAAP to non-GAAP financial measures",
 * "(A) … are included in the following line items"), then, when the title does not say,
 * the vocabulary of its rows, scored per kind. The kind decides which concepts its rows
 * may print and which relations its structure may state: a table of selected figures
 * (a summary) is not a sum, and a footnote's breakdown prints amounts that are part of
 * other lines, not the lines themselves.
 */
import type { TableKind } from './base-model.ts';
import { reconcilesByRows } from './reconciles.ts';
import { type Basis, basisOf, normalizeLabel, plainLabel } from './words.ts';

export interface TableReading {
  kind: TableKind;
  /** The table prints every figure on one basis ("Non-GAAP" as its title), or null. */
  basis: Basis;
  /** Why, in words: "its title names a statement of cash flows". */
  reason: string;
  /** The kind is the one its title names (not read from its rows or columns). */
  byTitle?: boolean;
  /**
   * Set when its change columns alone make it a summary: what its period columns read as
   * without them (the statement its rows are, or 'other'). Structure reads them so, though
   * nothing there is certain (see ../checks/structure.ts).
   */
  periods?: TableKind;
}

export interface TableText {
  title: string;
  /** Labels of its rows with figures. */
  labels: string[];
  /** Whether it has change columns (Y/Y, QoQ growth). */
  hasChange: boolean;
  /** Labels of its rows without figures ("Add (deduct):", "Adjustments attributable to shareholders"). */
  captions?: string[];
}

const TITLE_RULES: { kind: TableKind; test: RegExp; says: string }[] = [
  { kind: 'breakdown', test: /^\(?[a-z0-9]{1,2}\)\s|\b(consists? of|comprised of|included in the following|are included in)\b/, says: 'a breakdown of amounts included in other lines' },
  {
    kind: 'reconciliation',
    // "IFRS “Loss” to Non-IFRS “Adjusted EBITDA”" (Graphite, FY2025 Q2) reconciles as "GAAP to non-GAAP" does.
    test: /\breconcil|\b(gaap|ifrs)( [a-z]+)* to non (gaap|ifrs)\b|\bnon (gaap|ifrs) (adjusted )?(financial )?(measures|information|results)\b/,
    says: 'a reconciliation of GAAP to non-GAAP measures',
  },
  // A measure named "… cash flow" is no statement of cash flows: Oracle's "FREE CASH FLOW—TRAILING 4-QUARTERS" (FY2014)
  // takes capital expenditures from operating cash flow, read as its rows say.
  { kind: 'cash-flow', test: /(?<!\b(?:free|adjusted|discretionary|distributable) )\bcash flows?\b/, says: 'a statement of cash flows' },
  // A bank's "Summary Average Balance Sheet" prints each line's average over the period, never its balance at a date.
  { kind: 'other', test: /\baverage (consolidated )?balance sheets?\b|\bbalance sheets? average\b|\baverage balances?\b/, says: 'average balances over a period, not a balance sheet' },
  { kind: 'balance', test: /\bbalance sheets?\b|\bfinancial (position|condition)\b|\bstatements? of condition\b/, says: 'a balance sheet' },
  {
    kind: 'income',
    test: /\bstatements? of (consolidated )?(operations|income|earnings|comprehensive (income|loss)|profit)\b|\bincome statements?\b|\bprofit (and|or) loss\b|\bresults of operations\b/,
    says: 'a statement of operations',
  },
  { kind: 'segment', test: /\bsegments?\b/, says: 'segment results' },
  { kind: 'summary', test: /\bsummary\b|\bhighlights\b|\bselected\b|\bkey (financial )?(metrics|figures|data|results)\b|\bat a glance\b|^(non )?gaap$/, says: 'selected figures' },
];

/** A summary's title that names what a statement reports: "Summary of Operations", "Condensed Summary of Earnings". */
const SUMMARY_OF_A_STATEMENT = /\b(operations|income|earnings|cash flows?|balance sheets?|financial (position|condition))\b/;

/** A title naming the company's operations, condensed or consolidated, as a statement's title does without "statement of". */
const OPERATIONS_TITLE = /\bconsolidated\s+(?:condensed\s+)?operations\b/;

/** A title that names a statement's results and nothing else: "Operating Results", "Results of Operations" elsewhere read by TITLE_RULES. */
const OPERATING_RESULTS = /^(?:consolidated |summary of |selected )?operating results$/;

const NON_GAAP_LINE = /\b(ffo|affo|funds from operations|adjusted|ebitda|non gaap|core|as adjusted)\b/;

const NON_GAAP_RESULTS = /\bnon gaap (financial )?results\b/;
const RECONCILES = /\breconcil|\bgaap to non gaap\b|\bgaap and non gaap\b/;

/** Row vocabulary of each statement, for tables whose title does not say. */
const CONTENT: { kind: TableKind; words: RegExp[] }[] = [
  // Net income named for whom ("NET INCOME ATTRIBUTABLE TO COSTCO", "Net income including noncontrolling interests",
  // Costco's 3Q FY2023 statement, titled by nothing a reader's eye finds over four blank lines) is net income still.
  { kind: 'income', words: [/^(total )?(net )?(revenues?|sales)$/, /^gross (profit|margin)$/, /^(income|loss|earnings) from operations$|^operating (income|loss)$/, /^(consolidated )?net (income|loss|earnings)(?: (?:attributable to|including) [a-z ]+)?$/, /per share/] },
  { kind: 'balance', words: [/^total assets$/, /^total liabilities$/, /^total current assets$/, /^total liabilities and (stockholders|shareholders) equity$/, /^total (stockholders|shareholders) equity$/] },
  { kind: 'cash-flow', words: [/operating activities$/, /investing activities$/, /financing activities$/, /^cash and cash equivalents (at )?(the )?(beginning|end) of/] },
];

/** The statement whose vocabulary the rows print most, and how many of its lines. */
function bestByRows(plain: string[]): { kind: TableKind; hits: number } {
  const scores = CONTENT.map((c) => ({ kind: c.kind, hits: c.words.filter((w) => plain.some((l) => w.test(l))).length }));
  return scores.reduce((a, b) => (b.hits > a.hits ? b : a));
}

const statementOf = (best: { kind: TableKind; hits: number }): TableKind | null => (best.hits >= 3 || (best.kind !== 'income' && best.hits >= 2) ? best.kind : null);

/**
 * The statement a table's rows print whatever its title says: three of a statement of operations' lines (revenues,
 * operating income, net income, per share), two of a balance sheet's or a cash flow statement's; null when they print
 * none so. A table so read is a statement in full, not a few lines selected from one.
 */
export function statementByRows(labels: string[]): TableKind | null {
  return statementOf(bestByRows(labels.map(plainLabel)));
}

export function classifyTable(text: TableText): TableReading {
  const title = normalizeLabel(text.title);
  // "Pro forma" statements (Pericom's "Consolidated Statements of Operations - Pro Forma", 2005) are the
  // non-GAAP figures of their day: none of their lines is the GAAP statement's.
  const basis: Basis = /\bnon gaap\b|\bpro forma\b/.test(title) ? 'non-gaap' : /^gaap\b/.test(title) ? 'gaap' : null;
  const marked = (b: Basis) => text.labels.some((l) => basisOf(l) === b);
  // "Non-GAAP Financial Results" over lines none of which is marked GAAP (Lattice, 4Q24) prints non-GAAP
  // results, not a reconciliation: its "Net Income" is non-GAAP net income.
  if (NON_GAAP_RESULTS.test(title) && !RECONCILES.test(title) && !marked('gaap')) {
    return { kind: 'summary', basis: 'non-gaap', reason: `its title ("${text.title}") names non-GAAP results and no line is marked GAAP`, byTitle: true };
  }
  const plain = text.labels.map(plainLabel);
  const best = bestByRows(plain);
  // A title naming the operations with no "statement of" (Royalty Pharma's "Condensed Consolidated Operations") over
  // two lines of the chain is the statement; a heading so named over a line or two of selected figures is not.
  const namesOperations = best.kind === 'income' && best.hits >= 2 && OPERATIONS_TITLE.test(title);
  const statement = statementOf(best) ?? (namesOperations ? best.kind : null);
  for (const rule of TITLE_RULES) {
    if (rule.test.test(title)) {
      const reading: TableReading = { kind: rule.kind, basis: rule.kind === 'reconciliation' ? null : basis, reason: `its title ("${text.title}") names ${rule.says}`, byTitle: true };
      // A summary its title calls one of a statement ("SUMMARY OF OPERATIONS", Friedman's, over the chain from net sales
      // to earnings per share): selected figures, whose period columns read as the statement its rows are, though
      // nothing there is certain. A "Financial Summary" names no statement: its title decides alone.
      return rule.kind === 'summary' && statement && SUMMARY_OF_A_STATEMENT.test(title) ? { ...reading, periods: statement } : reading;
    }
  }
  // "Operating Results" over a bank's selected lines from net interest income to net income (FHLB Des Moines,
  // 4Q24): the results of operations, selected, as a summary of a statement of operations is read.
  // Lines of a non-GAAP measure among them (Vornado's "OPERATING RESULTS" from net income to FFO) make it no statement's.
  if (OPERATING_RESULTS.test(title) && !plain.some((l) => NON_GAAP_LINE.test(l))) {
    return { kind: 'summary', basis, reason: `its title ("${text.title}") names the results of operations, selected`, byTitle: true, periods: 'income' };
  }
  if (marked('gaap') && marked('non-gaap')) {
    return { kind: 'reconciliation', basis: null, reason: 'its rows reconcile GAAP figures to non-GAAP ones' };
  }
  // "Net income (loss) / Add (deduct): … / Adjusted EBITDA" under a title that names only the result.
  const rows = reconcilesByRows(text.labels, text.captions);
  if (rows) return { kind: 'reconciliation', basis: null, reason: `its rows reconcile '${rows.from}' to '${rows.to}'` };
  // A table of selected figures prints change columns beside its periods, and so does many a statement:
  // the change columns make it a summary, and its rows still say what its period columns are.
  if (text.hasChange) return { kind: 'summary', basis, reason: 'it compares periods in change columns', periods: statement ?? 'other' };
  if (statement) {
    return { kind: statement, basis, reason: `its rows are those of ${statement === 'income' ? 'a statement of operations' : statement === 'balance' ? 'a balance sheet' : 'a statement of cash flows'}` };
  }
  return { kind: 'other', basis, reason: 'neither its title nor its rows say what it is' };
}
