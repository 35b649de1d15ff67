/**
 * How the base model reads a printed label: normalized for matching, its GAAP or
 * non-GAAP marker, and whether the line it names adds to income or takes from it.
 * Pure functions of text; tests pin one case per form.
 */
import { Kept } from '../kept.ts';

/**
 * A label as the vocabulary matches it: lower case, "&" as "and", apostrophes and
 * footnote marks dropped, every run of other punctuation a single space.
 * "Stockholders’ Equity" → "stockholders equity".
 */
export function normalizeLabel(text: string): string {
  // The checks, the recognition and the claims ask for the same few hundred labels again and again
  // (kept up to a count of labels, so a long text is not kept).
  return text.length > KEPT_LENGTH ? normalForm(text) : normalized.get(text, () => normalForm(text));
}

const KEPT_LABELS = 20_000;
const KEPT_LENGTH = 200;
const normalized = new Kept<string>(KEPT_LABELS);

function normalForm(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘`']/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * The label without what it prints in parentheses, normalized: the parenthesized word of
 * "Net income (loss)", "(Loss) income from operations" or "Other income (expense), net"
 * says what a negative figure means, and "(A)" or "(GAAP)" are marks. So every variant
 * of a line item reads the same: "income from operations", "other income net".
 */
export function plainLabel(text: string): string {
  return text.length > KEPT_LENGTH ? plainForm(text) : plain.get(text, () => plainForm(text));
}

const plain = new Kept<string>(KEPT_LABELS);

function plainForm(text: string): string {
  let previous: string;
  let out = text;
  // Nested parentheses are rare but real: "(in thousands (unaudited))".
  do {
    previous = out;
    out = out.replace(/\([^()]*\)/g, ' ');
  } while (out !== previous);
  return normalizeLabel(out);
}

/** What a label says about the accounting basis of its figure. */
export type Basis = 'gaap' | 'non-gaap' | null;

const NON_GAAP = /\bnon[\s-]?gaap\b/i;
const GAAP = /\bgaap\b|\bas reported\b/i;
/** Words that name a non-GAAP version of a GAAP line item when they lead the label. */
const NON_GAAP_PREFIX = /^(adjusted|normalized|normalised|pro forma|core)\s/;

/** "Non-GAAP net income", "Net income (non-GAAP)" → non-gaap; "GAAP gross profit", "Net loss (GAAP)" → gaap. */
export function basisOf(text: string): Basis {
  if (NON_GAAP.test(text)) return 'non-gaap';
  if (GAAP.test(text)) return 'gaap';
  return null;
}

/**
 * The qualifier of a label that names an adjustment of the measure before it, in parentheses or after a comma, as
 * plainLabel reads it: "Non-GAAP gross profit (as adjusted to exclude H20 excess inventory and purchase obligation
 * charges)" → "as adjusted to exclude h20 excess inventory and purchase obligation charges"; "Non-GAAP net income, as
 * adjusted to exclude H20 related charges/releases, net", "EBITDA, as adjusted", "(excluding …)", ", before special
 * items", "(ex-fuel)". Such a line is another measure than the one its first words name: NVIDIA's fiscal 2026
 * reconciliations print "Non-GAAP gross profit" 26,858 and, with the H20 charges added back, 31,396. Null where the
 * label has none; words that say what a negative figure means ("(loss)", "(expense), net") are none.
 */
export function adjustmentQualifier(text: string): string | null {
  const m = ADJUSTMENT_IN_PARENTHESES.exec(text) ?? ADJUSTMENT_AFTER_COMMA.exec(text);
  if (!m) return null;
  return plainLabel(m[1]!) || null;
}

const ADJUSTMENT_WORDS = String.raw`(?:as\s+adjusted\b|adjusted\s+(?:to\s+exclude|for)\b|excluding\b|excl\.?\s|ex-\s?[a-z]|before\s)`;
const ADJUSTMENT_IN_PARENTHESES = new RegExp(String.raw`\(\s*(${ADJUSTMENT_WORDS}[^()]*)\)`, 'i');
const ADJUSTMENT_AFTER_COMMA = new RegExp(String.raw`,\s*(${ADJUSTMENT_WORDS}.*)$`, 'i');

/**
 * A line's name as ties compare places: the plain label less its basis words, with the qualifier that names an
 * adjustment kept (plainLabel drops what it prints in parentheses): "Non-GAAP gross profit (as adjusted to exclude
 * …)" is not "Non-GAAP gross profit".
 */
export function lineName(text: string): string {
  const name = withoutBasis(plainLabel(text));
  const qualifier = adjustmentQualifier(text);
  if (!qualifier) return name;
  const words = withoutBasis(qualifier);
  return name.endsWith(words) ? name : `${name} ${words}`.trim();
}

/** Whether the label leads with a word that names a non-GAAP variant ("Adjusted net income", "Normalized net income"). */
export function hasNonGaapPrefix(plain: string): boolean {
  return NON_GAAP_PREFIX.test(plain);
}

/** The plain label less its basis words: "gaap net income" → "net income"; "non gaap gross profit" → "gross profit". */
export function withoutBasis(plain: string): string {
  return plain
    .replace(/\bnon gaap\b/g, ' ')
    .replace(/\bgaap\b/g, ' ')
    .replace(/\bas reported\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The plain label less a leading non-GAAP word: "adjusted net income" → "net income". */
export function withoutNonGaapPrefix(plain: string): string {
  return plain.replace(NON_GAAP_PREFIX, '').trim();
}

/** Whether a line adds to income (revenue, income, gains, a tax benefit) or takes from it (costs, expenses, losses, taxes). */
export type Polarity = 'income' | 'expense';

const EXPENSE_WORDS = new Set([
  'cost', 'costs', 'expense', 'expenses', 'provision', 'loss', 'losses', 'charge', 'charges', 'impairment',
  'impairments', 'depreciation', 'amortization', 'restructuring', 'tax', 'taxes', 'less', 'deduct', 'writedown',
  'writedowns', 'deficit',
]);
const INCOME_WORDS = new Set(['income', 'revenue', 'revenues', 'sales', 'gain', 'gains', 'earnings', 'benefit', 'profit', 'add']);

/** Words saying an amount is stated after its tax: "net of tax", "net of income taxes", "after tax", "net of tax benefit". */
const NET_OF_TAX = /\b(?:net of|after) (?:income )?tax(?:es)?(?: (?:effects?|benefits?|expenses?|provisions?))?\b/g;

/**
 * The polarity of a line, from the first word outside parentheses that has one:
 * "Provision for income taxes" and "Equity in loss (earnings) of …" take from income;
 * "Other income (expense), net" and "Benefit from income taxes" add to it. "Income tax"
 * counts as a tax, which takes from income unless a benefit is named outside the
 * parentheses ("Income tax benefit", "Income tax (expense) benefit"). Null when no word says.
 */
export function polarityOf(text: string): Polarity | null {
  // "…, net of tax" and "… after tax" say how an amount is stated, not that it is a tax: Amazon's "Equity-method
  // investment activity, net of tax" 23 is added on the way to net income (2021 statement of operations).
  const plain = plainLabel(text).replace(/^total\s/, '').replace(NET_OF_TAX, ' ').replace(/\s+/g, ' ').trim();
  const words = plain.replace(/\bincome tax(es)?\b/g, 'tax').split(' ');
  if (words.includes('tax') || words.includes('taxes')) {
    // "income before income taxes" is income; a tax line is an expense unless it is a benefit.
    if (/\b(before|pre) ?tax/.test(plain.replace(/\bincome tax(es)?\b/g, 'tax'))) return 'income';
    return words.includes('benefit') ? 'income' : 'expense';
  }
  // "Sales" qualifying the cost a label ends in ("Delivery, sales and administrative expense", "Sales and marketing
  // expenses") names no income: the cost is the line's head. A label naming an income word besides ("Other income and
  // expense") or a cost of something ("Cost of sales") is read by its first word, below.
  if (/ (?:expenses?|costs?)$/.test(plain) && words.some((w) => w === 'sales') && !words.some((w) => w !== 'sales' && INCOME_WORDS.has(w)) && !/\b(?:of|on|from|for)\b/.test(plain)) return 'expense';
  for (const w of words) {
    if (EXPENSE_WORDS.has(w)) return 'expense';
    if (INCOME_WORDS.has(w)) return 'income';
  }
  return null;
}

/**
 * Whether the label states in parentheses what its negative figures mean, so that its
 * figures are printed with the sign of its first word: "Income tax expense (benefit)",
 * "Equity in loss (earnings)", "Other income (expense), net". Such a line is read by its
 * words, whatever the sign of the figure in one column.
 */
export function statesItsSign(text: string): boolean {
  // "Provision (reversal) for credit losses" (FHLB Des Moines): a reversal is the provision's other sign.
  return /\(\s*(income|expense|expenses|benefit|provision|loss|losses|gain|gains|earnings|cost|costs|charge|charges|reversals?|recovery|recoveries)\s*\)/i.test(text);
}
