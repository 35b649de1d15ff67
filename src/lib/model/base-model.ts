/**
 * The base model shipped with tieout: standard concepts of earnings releases (income
 * statement, balance sheet, cash flow, margins, per-share figures, common non-GAAP
 * measures), the labels real releases print them with, and the relations between them
 * that hold by accounting identity. It serves every release; a company model
 * (data/companies/<company>/model.yaml) names rows, adds concepts and relations, and
 * overrides any of this.
 *
 * Labels are written as `plainLabel` reads them (lower case, no punctuation, nothing in
 * parentheses): "Net income (loss)", "Net (loss) income" and "Net income" are all
 * "net income". A label matches only as a whole, never as a part: "cash and cash
 * equivalents" is not "cash, cash equivalents and marketable securities". When two
 * readings are possible the base model keeps the concepts apart (operating expenses
 * vs costs and expenses, net income vs net income attributable): a tie that is not
 * certain is worse than no tie.
 */

/** What kind of figure a concept is; a row is recognized only when its unit agrees. */
export type ConceptUnit = 'money' | 'percent' | 'per-share' | 'shares';

/** What a table is, read from its title and rows (./classify.ts). */
export type TableKind =
  | 'income' // statement of operations / income / earnings
  | 'balance' // balance sheet, statement of financial position
  | 'cash-flow'
  | 'reconciliation' // GAAP to non-GAAP
  | 'summary' // selected figures, highlights: rows are different measures, not a sum
  | 'segment'
  | 'breakdown' // a footnote's table: amounts included in other lines ("(A) … are included in the following line items")
  | 'other';

export interface BaseConcept {
  label: string;
  unit: ConceptUnit;
  /** Plain labels that print it. */
  labels: string[];
  /** Plain-label patterns that print it, for families of wordings ("net cash provided by … operating activities"). */
  patterns?: RegExp[];
  /** Table kinds whose rows may print it; statements, summaries, reconciliations and segment tables by default. */
  in?: TableKind[];
  /** Whether printings of it in several places must agree (see ../checks/tie.ts). */
  tie: boolean;
  /**
   * Printed as non-GAAP (a "Non-GAAP" label or table), it is `non-gaap-<id>`, a concept of
   * its own. False for measures that only exist as non-GAAP (adjusted EBITDA, free cash flow).
   */
  twin: boolean;
  /** The same figure under either basis (revenue, share counts): a non-GAAP relation may read the GAAP one. */
  neutral?: boolean;
  /** A balance printed by a statement of a period at one of its edges: it ties to `as` on that day. */
  balance?: { at: 'start' | 'end'; as: string };
  /** Adds to income or takes from it (for readers of a chain of subtotals). */
  polarity?: 'income' | 'expense';
}

/**
 * The cash a statement of cash flows rolls forward, as plainLabel reads it: "cash", "cash and cash equivalents",
 * "cash and equivalents" (Computer Modelling's "Cash, end of period", "Increase (decrease) in cash"), or with
 * restricted cash ("cash, cash equivalents and restricted cash"), which is another balance.
 */
const CASH = 'cash(?: and (?:cash )?equivalents?)?';
const WITH_RESTRICTED = 'cash(?: and (?:cash )?equivalents| cash equivalents)? and restricted cash(?: and restricted cash equivalents)?';

/** "Net increase (decrease) in cash …", "Increase (decrease) in cash", "Net change in cash …". */
function cashChange(cash: string): RegExp {
  return new RegExp(`^(net )?(increase|decrease|change|increase decrease|decrease increase)( in)? ${cash}$`);
}

/**
 * "Cash …, end of period", "Cash … at the beginning of the year", "Ending cash …"; as IFRS statements print them too:
 * "Opening cash and cash equivalents" and "Closing …" (Berger Paints Jamaica), "… at end of period/year" (Elite
 * Diagnostic), "Net cash and cash equivalents at beginning of year" (JFP), "Cash and cash equivalent at …" (EduFocal).
 */
function cashAt(edge: 'beginning' | 'end', cash: string): RegExp[] {
  const named = `(?:net )?${cash}(?: balance)?`;
  const word = edge === 'end' ? 'end' : '(?:beginning|start)';
  return [
    new RegExp(`^${named} (at |as of )?(the )?${word} of (the )?(period|year|quarter)( (period|year))?$`),
    new RegExp(`^${edge === 'end' ? '(ending|closing)' : '(beginning|opening)'} ${cash}$`),
  ];
}

const STATEMENTS: TableKind[] = ['income', 'balance', 'cash-flow', 'summary', 'reconciliation', 'segment'];

export const BASE_CONCEPTS: Record<string, BaseConcept> = {
  // Income statement.
  revenue: {
    label: 'Revenue',
    unit: 'money',
    labels: [
      'revenue', 'revenues', 'total revenue', 'total revenues', 'net revenue', 'net revenues', 'total net revenue',
      'total net revenues', 'net sales', 'total net sales', 'sales', 'total sales', 'revenues net', 'total revenues net',
      'operating revenues', 'total operating revenues', 'revenue total', 'revenues total', 'net revenue total',
    ],
    // "SALES, Net of returns and allowances", "Revenues, net of discounts"; "Sales to customers" (J&J's statement of
    // earnings: its sales, every one to a customer, not a segment's sales to others).
    patterns: [/^(total )?(net )?(sales|revenues?) net of [a-z ]+$/, /^(total )?(net )?(sales|revenues?) to customers$/],
    tie: true,
    twin: true,
    neutral: true,
    polarity: 'income',
  },
  'cost-of-revenue': {
    label: 'Cost of revenue',
    unit: 'money',
    labels: [
      'cost of revenue', 'cost of revenues', 'total cost of revenue', 'total cost of revenues', 'cost of sales',
      'total cost of sales', 'cost of goods sold', 'total cost of goods sold', 'cost of net revenue', 'cost of net revenues',
      'total cost of net revenue', 'total cost of net revenues', 'cost of net sales', 'cost of products sold',
    ],
    in: ['income', 'summary', 'reconciliation'],
    tie: true,
    twin: true,
    polarity: 'expense',
  },
  'gross-profit': {
    label: 'Gross profit',
    unit: 'money',
    labels: ['gross profit', 'gross margin', 'gross income', 'total gross profit', 'total gross margin'],
    tie: true,
    twin: true,
    polarity: 'income',
  },
  'operating-expenses': {
    label: 'Operating expenses',
    unit: 'money',
    labels: ['operating expenses', 'total operating expenses', 'total opex', 'opex', 'operating expenses total'],
    tie: true,
    twin: true,
    polarity: 'expense',
  },
  'costs-and-expenses': {
    label: 'Costs and expenses',
    unit: 'money',
    labels: [
      'costs and expenses', 'total costs and expenses', 'total operating costs and expenses', 'operating costs and expenses',
      'total cost and expenses', 'total costs and operating expenses',
    ],
    tie: true,
    twin: true,
    polarity: 'expense',
  },
  'operating-income': {
    label: 'Operating income',
    unit: 'money',
    labels: [
      'operating income', 'income from operations', 'loss from operations', 'operating loss', 'operating profit',
      'profit from operations', 'operating income loss', 'income loss from operations', 'earnings from operations',
      'operating earnings', 'total operating income',
    ],
    tie: true,
    twin: true,
    polarity: 'income',
  },
  'other-income': {
    label: 'Other income (expense), net',
    unit: 'money',
    labels: [
      'other income net', 'total other income net', 'total other income', 'other income', 'interest and other income net',
      'total other income and expense net', 'total non operating income net', 'non operating income net',
      'total nonoperating income net', 'nonoperating income net', 'other non operating income net',
    ],
    in: ['income', 'summary', 'reconciliation'],
    tie: true,
    twin: true,
    polarity: 'income',
  },
  'other-expense': {
    label: 'Other expense (income), net',
    unit: 'money',
    labels: [
      'other expense net', 'total other expense net', 'total other expense', 'total non operating expense',
      'total non operating expense net', 'non operating expense net', 'total nonoperating expense', 'interest and other expense net',
    ],
    in: ['income', 'summary', 'reconciliation'],
    tie: true,
    twin: true,
    polarity: 'expense',
  },
  'income-before-taxes': {
    label: 'Income before income taxes',
    unit: 'money',
    labels: [
      'income before income taxes', 'income before income tax', 'loss before income taxes', 'loss before income tax',
      'income before taxes', 'earnings before income taxes', 'income before provision for income taxes',
      'loss before provision for income taxes', 'pre tax income', 'pretax income', 'income before tax', 'profit before tax',
      'profit before income tax', 'income loss before income taxes', 'earnings before taxes', 'loss before taxes',
    ],
    patterns: [
      // "… and noncontrolling interests" (PNC): pretax income, before the noncontrolling interests' share is taken out.
      /^(income|loss|earnings|profit) before (provision for |benefit from )?income tax(es)? and (equity|share|non ?controlling interests?$)\b/,
      // "Consolidated net income before tax" (Royalty Pharma): the whole group's, before the noncontrolling interests' share.
      /^(consolidated )?(net )?(income|loss|earnings|profit)( from continuing operations)? before (provision for |benefit from )?(income )?tax(es)?( expense| provision| benefit)?( from continuing operations)?$/,
      // "Earnings/(loss) before provision for taxes on income" (J&J): the taxes named after "taxes on income".
      /^(income|earnings|profit)( loss)? before (provision for |benefit from )?taxes on income( from continuing operations)?$/,
    ],
    in: ['income', 'summary', 'reconciliation'],
    tie: true,
    twin: true,
    polarity: 'income',
  },
  'income-tax': {
    label: 'Income tax expense (benefit)',
    unit: 'money',
    labels: [
      'provision for income taxes', 'income tax expense', 'income taxes', 'provision for income tax', 'income tax provision',
      'benefit for income taxes', 'benefit from income taxes', 'income tax benefit', 'provision for taxes', 'income tax',
      'tax expense', 'income tax expense benefit',
    ],
    // "Provision for taxes on income", "Provision for/(Benefit from) taxes on income" (J&J).
    patterns: [/^(provision for|benefit from)( (provision for|benefit from))? taxes on income$/],
    in: ['income', 'summary'],
    tie: true,
    twin: true,
  },
  // The subtotal between income taxes and discontinued operations: net income is it plus them.
  'income-continuing': {
    label: 'Income from continuing operations',
    unit: 'money',
    labels: [
      'income from continuing operations', 'loss from continuing operations', 'income loss from continuing operations',
      'loss income from continuing operations', 'earnings from continuing operations', 'earnings loss from continuing operations',
      'net income from continuing operations', 'net loss from continuing operations', 'net earnings from continuing operations',
      'net income loss from continuing operations', 'profit from continuing operations',
    ],
    in: ['income', 'summary', 'reconciliation'],
    tie: true,
    twin: true,
    polarity: 'income',
  },
  'net-income': {
    label: 'Net income',
    unit: 'money',
    labels: ['net income', 'net loss', 'net earnings', 'net profit', 'net loss income', 'net income loss', 'net earnings loss', 'profit for the period'],
    // IFRS statements name the bottom line for its period: "Net profit/(loss) for the period", "Profit for the year".
    patterns: [/^(net )?(profit|income|earnings|loss)( loss| profit)? for the (period|year)$/, /^consolidated net (income|loss|earnings)( loss| income)?$/],
    tie: true,
    twin: true,
    polarity: 'income',
  },
  'net-income-attributable': {
    label: 'Net income attributable to the company',
    unit: 'money',
    labels: [],
    patterns: [/^net (income|loss|earnings)( loss)? (attributable|available) to (?!non ?controlling|noncontrolling|minority|participating)/],
    tie: true,
    twin: true,
    polarity: 'income',
  },
  // What the two-class method leaves to common stock once participating securities take their share: the numerator
  // of earnings per share where a release prints it (Cadence's "Net income allocated to common stock" 48,176 beside net
  // income 48,346, 2Q19: $0.37 per share is the one, not the other; PS Business Parks' "Net income allocable to common
  // shareholders" 41,615 after its preferred and restricted stock units, 1Q20: $1.52 per share). A line available to
  // common holders below one attributable to the company is read as it too (../model/recognize.ts).
  'net-income-allocated': {
    label: 'Net income allocated to common stock',
    unit: 'money',
    labels: [],
    patterns: [/^(net )?(income|loss|earnings)( loss| income)? (allocated|allocable) to (common|ordinary)( stock| shares| share)?( ?holders)?$/],
    tie: true,
    twin: true,
    polarity: 'income',
  },
  'eps-basic': { label: 'Basic earnings per share', unit: 'per-share', labels: [], tie: true, twin: true },
  'eps-diluted': { label: 'Diluted earnings per share', unit: 'per-share', labels: [], tie: true, twin: true },
  'eps-basic-and-diluted': { label: 'Basic and diluted earnings per share', unit: 'per-share', labels: [], tie: true, twin: true },
  'shares-basic': { label: 'Weighted average shares, basic', unit: 'shares', labels: [], tie: true, twin: true, neutral: true },
  'shares-diluted': { label: 'Weighted average shares, diluted', unit: 'shares', labels: [], tie: true, twin: true, neutral: true },
  'shares-basic-and-diluted': {
    label: 'Weighted average shares, basic and diluted',
    unit: 'shares',
    labels: [],
    tie: true,
    twin: true,
    neutral: true,
  },
  // Margins: percentages of revenue.
  'gross-margin': {
    label: 'Gross margin',
    unit: 'percent',
    labels: ['gross margin', 'gross margin percentage', 'gross profit margin', 'gross margin percent', 'gross margin as a percentage of revenue'],
    tie: true,
    twin: true,
  },
  'operating-margin': {
    label: 'Operating margin',
    unit: 'percent',
    labels: ['operating margin', 'operating income margin', 'operating profit margin', 'operating margin percentage'],
    tie: true,
    twin: true,
  },
  'net-margin': {
    label: 'Net margin',
    unit: 'percent',
    labels: ['net margin', 'net income margin', 'net profit margin'],
    tie: true,
    twin: true,
  },
  // Measures that only exist as non-GAAP.
  ebitda: { label: 'EBITDA', unit: 'money', labels: ['ebitda'], tie: true, twin: false },
  'adjusted-ebitda': { label: 'Adjusted EBITDA', unit: 'money', labels: ['adjusted ebitda'], tie: true, twin: false },
  'ebitda-margin': { label: 'EBITDA margin', unit: 'percent', labels: ['ebitda margin'], tie: true, twin: false },
  'adjusted-ebitda-margin': { label: 'Adjusted EBITDA margin', unit: 'percent', labels: ['adjusted ebitda margin'], tie: true, twin: false },
  'free-cash-flow': { label: 'Free cash flow', unit: 'money', labels: ['free cash flow', 'free cash flows'], tie: true, twin: false },
  // Balance sheet.
  cash: {
    label: 'Cash and cash equivalents',
    unit: 'money',
    labels: ['cash and cash equivalents', 'cash and equivalents', 'total cash and cash equivalents'],
    in: ['balance', 'summary'],
    tie: true,
    twin: false,
  },
  'total-current-assets': { label: 'Total current assets', unit: 'money', labels: ['total current assets'], in: ['balance', 'summary'], tie: true, twin: false },
  'total-assets': { label: 'Total assets', unit: 'money', labels: ['total assets'], in: ['balance', 'summary', 'segment'], tie: true, twin: false },
  'total-current-liabilities': {
    label: 'Total current liabilities',
    unit: 'money',
    labels: ['total current liabilities'],
    in: ['balance', 'summary'],
    tie: true,
    twin: false,
  },
  'total-liabilities': { label: 'Total liabilities', unit: 'money', labels: ['total liabilities'], in: ['balance', 'summary'], tie: true, twin: false },
  'total-equity': {
    label: "Total shareholders' equity",
    unit: 'money',
    labels: [
      'total stockholders equity', 'total shareholders equity', 'total equity', 'stockholders equity', 'shareholders equity',
      'total stockholders equity deficit', 'total shareholders equity deficit', 'total stockholders deficit',
      'total shareholders deficit', 'total deficit',
    ],
    in: ['balance', 'summary'],
    tie: true,
    twin: false,
  },
  'total-liabilities-and-equity': {
    label: "Total liabilities and shareholders' equity",
    unit: 'money',
    labels: [
      'total liabilities and stockholders equity', 'total liabilities and shareholders equity', 'total liabilities and equity',
      'total liabilities and stockholders deficit', 'total liabilities and shareholders deficit',
      'total liabilities and stockholders equity deficit', 'total liabilities and shareholders equity deficit',
      'total liabilities and deficit',
    ],
    // With temporary equity between them, outside both totals (VOXX: "Total liabilities, redeemable equity, redeemable
    // non-controlling interest, and stockholders' equity").
    patterns: [/^total liabilities (?:[a-z ]+ )?(?:redeemable|temporary|mezzanine|convertible|preferred|non ?controlling)\b(?:[a-z ]+ )?and (?:total )?(?:stockholders |shareholders |members |partners )?(?:equity|deficit)(?: deficit)?$/],
    in: ['balance', 'summary'],
    tie: true,
    twin: false,
  },
  // Cash flow.
  'cash-from-operations': {
    label: 'Net cash provided by operating activities',
    unit: 'money',
    labels: ['cash provided by operations', 'cash flow from operations', 'cash flows from operations', 'operating cash flow'],
    patterns: [/^(total )?(net )?cash( flows?)?( provided| used| generated| from| by| in| for| provided by| used in| used by| generated by| generated from)* operating activities$/],
    tie: true,
    twin: false,
  },
  'cash-from-investing': {
    label: 'Net cash used in investing activities',
    unit: 'money',
    labels: [],
    patterns: [/^(total )?(net )?cash( flows?)?( provided| used| generated| from| by| in| for| provided by| used in| used by| generated by| generated from)* investing activities$/],
    in: ['cash-flow', 'summary'],
    tie: true,
    twin: false,
  },
  'cash-from-financing': {
    label: 'Net cash provided by financing activities',
    unit: 'money',
    labels: [],
    patterns: [/^(total )?(net )?cash( flows?)?( provided| used| generated| from| by| in| for| provided by| used in| used by| generated by| generated from)* financing activities$/],
    in: ['cash-flow', 'summary'],
    tie: true,
    twin: false,
  },
  'cash-change': {
    label: 'Net change in cash and cash equivalents',
    unit: 'money',
    labels: [],
    patterns: [cashChange(CASH)],
    in: ['cash-flow'],
    tie: true,
    twin: false,
  },
  'cash-beginning': {
    label: 'Cash and cash equivalents at beginning of period',
    unit: 'money',
    labels: [],
    patterns: cashAt('beginning', CASH),
    in: ['cash-flow'],
    tie: true,
    twin: false,
    balance: { at: 'start', as: 'cash' },
  },
  'cash-end': {
    label: 'Cash and cash equivalents at end of period',
    unit: 'money',
    labels: [],
    patterns: cashAt('end', CASH),
    in: ['cash-flow'],
    tie: true,
    twin: false,
    balance: { at: 'end', as: 'cash' },
  },
  // Cash with restricted cash, as statements of cash flows have printed it since ASU 2016-18: the same roll-forward,
  // but never the balance sheet's cash and cash equivalents, which leave the restricted cash out (Martin Marietta's
  // "Cash, Cash Equivalents and Restricted Cash, end of year").
  'restricted-cash-change': {
    label: 'Net change in cash, cash equivalents and restricted cash',
    unit: 'money',
    labels: [],
    patterns: [cashChange(WITH_RESTRICTED)],
    in: ['cash-flow'],
    tie: true,
    twin: false,
  },
  'restricted-cash-beginning': {
    label: 'Cash, cash equivalents and restricted cash at beginning of period',
    unit: 'money',
    labels: [],
    patterns: cashAt('beginning', WITH_RESTRICTED),
    in: ['cash-flow'],
    tie: true,
    twin: false,
    balance: { at: 'start', as: 'restricted-cash' },
  },
  'restricted-cash-end': {
    label: 'Cash, cash equivalents and restricted cash at end of period',
    unit: 'money',
    labels: [],
    patterns: cashAt('end', WITH_RESTRICTED),
    in: ['cash-flow'],
    tie: true,
    twin: false,
    balance: { at: 'end', as: 'restricted-cash' },
  },
  'capital-expenditures': {
    label: 'Capital expenditures',
    unit: 'money',
    labels: [
      'capital expenditures', 'purchases of property and equipment', 'purchase of property and equipment',
      'purchases related to property and equipment and intangible assets', 'purchases of property plant and equipment',
      'additions to property and equipment', 'payments for property and equipment',
    ],
    in: ['cash-flow', 'reconciliation', 'summary'],
    tie: true,
    twin: false,
  },
};

export function statementKinds(concept: BaseConcept): TableKind[] {
  return concept.in ?? STATEMENTS;
}

/**
 * Relations between concepts that hold by definition, for every period a release prints
 * the concept on the left. Each lists alternatives, the first whose every input is
 * printed is used. In a non-GAAP relation (the concept's twin), names read their non-GAAP
 * twins, and neutral concepts (revenue, share counts) fall back to the GAAP figure.
 */
export interface BaseDefinition {
  equals: string[];
  /** Why it holds, for the verdict's explanation. */
  reason: string;
  /** The figure is per share: earnings allocated to other securities can make it differ. */
  perShare?: boolean;
  /** Per share after dilution: its numerator may be adjusted for convertible securities. */
  diluted?: boolean;
}

export const BASE_DEFINITIONS: Record<string, BaseDefinition> = {
  'eps-basic': {
    equals: ['net-income-allocated / shares-basic', 'net-income-attributable / shares-basic', 'net-income / shares-basic'],
    reason: 'Basic earnings per share is net income divided by the weighted average basic shares.',
    perShare: true,
  },
  'eps-diluted': {
    equals: ['net-income-allocated / shares-diluted', 'net-income-attributable / shares-diluted', 'net-income / shares-diluted'],
    reason: 'Diluted earnings per share is net income divided by the weighted average diluted shares.',
    perShare: true,
    diluted: true,
  },
  'eps-basic-and-diluted': {
    equals: [
      'net-income-allocated / shares-basic-and-diluted',
      'net-income-attributable / shares-basic-and-diluted',
      'net-income / shares-basic-and-diluted',
      'net-income-allocated / shares-basic',
      'net-income-attributable / shares-basic',
      'net-income / shares-basic',
    ],
    reason: 'Earnings per share is net income divided by the weighted average shares.',
    perShare: true,
  },
  'gross-margin': { equals: ['gross-profit / revenue * 100'], reason: 'Gross margin is gross profit as a percentage of revenue.' },
  'operating-margin': {
    equals: ['operating-income / revenue * 100'],
    reason: 'Operating margin is operating income as a percentage of revenue.',
  },
  'net-margin': { equals: ['net-income / revenue * 100'], reason: 'Net margin is net income as a percentage of revenue.' },
  'ebitda-margin': { equals: ['ebitda / revenue * 100'], reason: 'EBITDA margin is EBITDA as a percentage of revenue.' },
  'adjusted-ebitda-margin': {
    equals: ['adjusted-ebitda / revenue * 100'],
    reason: 'Adjusted EBITDA margin is adjusted EBITDA as a percentage of revenue.',
  },
};

/** The id of a concept's non-GAAP twin: "net-income" → "non-gaap-net-income". */
export function twinId(concept: string): string {
  return `non-gaap-${concept}`;
}

/** The base concept a twin id stands for, or null: "non-gaap-net-income" → "net-income". */
export function twinOf(concept: string): string | null {
  const base = concept.startsWith('non-gaap-') ? concept.slice('non-gaap-'.length) : null;
  return base && BASE_CONCEPTS[base]?.twin ? base : null;
}

/** The base concept's definition, its twin's included, or undefined. */
export function baseConcept(concept: string): BaseConcept | undefined {
  return BASE_CONCEPTS[concept] ?? BASE_CONCEPTS[twinOf(concept) ?? ''];
}

/** A concept's label: "Net income", "Non-GAAP net income". */
export function baseLabel(concept: string): string | undefined {
  const base = twinOf(concept);
  if (base) return `Non-GAAP ${BASE_CONCEPTS[base].label[0].toLowerCase()}${BASE_CONCEPTS[base].label.slice(1)}`;
  return BASE_CONCEPTS[concept]?.label;
}
