/**
 * The vocabulary of a reconciliation's lines, read as an analyst reads a table whose title
 * does not say "reconciliation": a measure it starts from ("Net income (loss)", "Operating
 * profit, as reported under GAAP", "Cash from operating activities"), lines that say they
 * adjust it ("Add (deduct):", "Less: cash taxes", "Plus impairment loss"), and a result that
 * names an adjusted or non-GAAP form of a measure ("Adjusted EBITDA", "Core income",
 * "Earnings available for distribution", "Net income (loss) on a Pro Forma basis").
 * Pure functions of text; tests pin one case per form (test/lib/model/reconciles.test.ts).
 */
import { basisOf, normalizeLabel, plainLabel, withoutBasis } from './words.ts';

/** A profit line with what may follow it: "Net loss attributable to …", "Income (loss), net of tax", "Net income in accordance with GAAP". */
const PROFIT = /^(net |comprehensive )?(income|loss|earnings|profit)( (before|after|from|attributable|available|applicable|net of|for the|in accordance|under|as reported)\b.*)?$/;
const OPERATING = /^operating (income|profit|loss|earnings)\b/;
const CASH_FROM_OPERATIONS = /^(net )?cash\b.*\boperat/;
const REVENUE = /^(total |net )?(revenues?|sales)$/;
const GROSS = /^gross (profit|margin)$/;
const PER_SHARE = /\b(earnings|income|loss) per (basic |diluted )?(common )?share\b|^(basic|diluted) (earnings|income|loss|eps)\b|^(diluted |basic )?eps\b/;

/**
 * Whether a line names a GAAP (or IFRS) measure a reconciliation starts from: a profit line,
 * operating income, cash from operations, revenue, gross profit, earnings per share, or any
 * line marked GAAP ("GAAP net income available to common stockholders", "… as reported").
 */
export function namesAStart(label: string): boolean {
  return startOf(label) !== null;
}

/**
 * Whether the GAAP mark qualifies the whole line, leading it or closing it ("GAAP net income",
 * "Diluted weighted average shares outstanding (GAAP)", "Net income in accordance with GAAP",
 * "Operating profit, as reported under GAAP", "… on a GAAP basis"), not a word inside an
 * adjustment's name ("Non-cash GAAP tax expense (benefit)", "Add: … included in net loss as reported").
 */
export function markedGaap(label: string): boolean {
  // A line that says it adjusts ("Add: Stock-based employee compensation expense … included in net loss as
  // reported") marks the measure it names, not itself: it is an adjustment, whatever it ends on.
  if (basisOf(label) !== 'gaap' || saysItAdjusts(label)) return false;
  // A capital after the mark is the line's key for the ratios below ("Total revenue (GAAP) A" for "Efficiency
  // ratio C/A", Citizens' 4Q21 reconciliations), no word of its name.
  const words = normalizeLabel(label.replace(/\)\s+[A-Z]\s*$/, ')')).replace(/\b(unaudited|basis)$/, '').trim();
  return /^(gaap|as reported)\b/.test(words) || /\b(gaap|as reported)$/.test(words);
}

/** What kind of start a line names: a profit (income, operating income, cash from operations, per share), a top line (revenue, gross profit), or none. */
function startOf(label: string): 'profit' | 'top' | null {
  if (NAMES_AN_ADJUSTMENT.test(plainLabel(label))) return null;
  if (markedGaap(label)) return 'profit';
  if (basisOf(label) === 'non-gaap' || namesNonGaapMeasure(label)) return null;
  const plain = withoutBasis(plainLabel(label)).replace(/\s+(as reported|under|in accordance with)( [a-z]+)*$/, '');
  if ([PROFIT, OPERATING, CASH_FROM_OPERATIONS, PER_SHARE].some((re) => re.test(plain))) return 'profit';
  return REVENUE.test(plain) || GROSS.test(plain) ? 'top' : null;
}

/**
 * Measures that only exist as non-GAAP, and the words that make a measure its adjusted form:
 * a leading "Adjusted", "Core", "Normalized", "Underlying", "Comparable", "Economic", "Pro forma";
 * "as adjusted", "on a pro forma basis" after it; EBITDA and EBIT; FFO, AFFO, funds from
 * operations; free cash flow; distributable earnings, earnings available for distribution;
 * an operating netback; net operating income (NOI).
 */
const NON_GAAP_FORM =
  /^(adjusted|core|normalized|normalised|underlying|comparable|economic|recurring|pro forma)\b|\bas adjusted\b|\bpro forma\b|\bnon (gaap|ifrs)\b|\b(ebit|ebitda|ebitdar|ebitdare)\b|\ba?ffo\b|\bfunds (from|flow from) operations\b|\bfree cash flows?\b|\bdistributable (earnings|cash)\b|\bavailable for distribution\b|\bnetback\b|\bnoi\b|\bnet operating income\b/;

/** A line naming the non-GAAP items themselves ("Income tax provision—non-GAAP items"). */
const NAMES_ITEMS_ADJUSTED = /\bnon (gaap|ifrs) items?\b/;

/**
 * A line naming an adjustment or its effect ("Tax impact of non-GAAP adjustments", "Normalizing adjustment") is never a
 * result; nor one naming the items adjusted, as the tax on them ("Income tax provision—non-GAAP items", Pfizer). A
 * measure named as it stands before them is no adjustment ("EBITDA before Adjustments", Vistra's subtotal on the way to
 * Adjusted EBITDA; "Income before cumulative effect of accounting change").
 */
const NAMES_AN_ADJUSTMENT = new RegExp(String.raw`(?<!\bbefore\s+(?:the\s+)?(?:[a-z-]+\s+){0,2})\b(adjustments?|impacts?|effects?)\b|` + NAMES_ITEMS_ADJUSTED.source);

/** Whether a line names the non-GAAP items themselves: an adjustment, however else it reads. */
export function namesItemsAdjusted(label: string): boolean {
  return NAMES_ITEMS_ADJUSTED.test(plainLabel(label));
}

/** A ratio is no amount a reconciliation adds up to ("Underlying loss ratio", "Underlying combined ratio"). */
const NAMES_A_RATIO = /\b(ratios?|rates?)$/;

/** Whether a line names an adjusted or non-GAAP form of a measure: a reconciliation's result. */
export function namesNonGaapMeasure(label: string): boolean {
  // The measure's short name may be printed in parentheses after its long one: "Earnings before interest, taxes, …,
  // non-cash purchase accounting expense adjustment … (Adjusted EBITDA)".
  if (ACRONYM.test(label)) return true;
  const plain = plainLabel(label);
  if (NAMES_AN_ADJUSTMENT.test(plain) || NAMES_A_RATIO.test(plain)) return false;
  return basisOf(label) === 'non-gaap' || NON_GAAP_FORM.test(plain);
}

const ACRONYM = /\(\s*(adjusted )?(ebit|ebitda|ebitdar|ebitdare|a?ffo|noi)\s*\)/i;

/**
 * Whether a line names a measure a reconciliation may pass through, so that the figures may
 * make it a link of the chain or the start of a block: a start, a result, or a line that ends
 * on a profit ("Fee-Related Earnings" between net income and distributable earnings,
 * "Underwriting gain"), not an adjustment ("Other (income) expenses", "Add: …").
 */
export function namesAMeasure(label: string): boolean {
  if (namesAStart(label) || namesNonGaapMeasure(label)) return true;
  const plain = plainLabel(label);
  return !saysItAdjusts(label) && !NAMES_AN_ADJUSTMENT.test(plain) && !/^(other|share of|equity in)\b/.test(plain) && /\b(earnings|income|profit|gain|margin)$/.test(plain);
}

/** Words that say a line (or the caption over lines) adjusts a measure: "Add:", "Less:", "Plus", "Add back", "Add (deduct):", "Adjustments:". */
const ADJUSTS = /^(add|adds|less|plus|minus|deduct|subtract|excluding|exclude|adjustments?)\b/;

export function saysItAdjusts(label: string): boolean {
  return ADJUSTS.test(plainLabel(label.replace(/\//g, ' ')));
}

/** What a table's rows reconcile, when they do: the line it starts from and the result. */
export interface RowReconciliation {
  from: string;
  to: string;
}

/**
 * Whether a table's lines reconcile one measure to another, though its title does not say so:
 * its first line names a measure, a later line (not the next) names an adjusted or non-GAAP
 * form of a measure, and the lines between are adjustments: they say so ("Add:", "Less:", a
 * caption "Add (deduct):" over them), or the first line names a profit (net income, operating
 * income, cash from operations, earnings per share) and none between names a measure of its own
 * (a table of selected figures prints "Revenue, Operating income, Net income, Adjusted EBITDA").
 * Said, the start may be any measure (fee-related earnings to distributable earnings: "Add back:
 * …", "Less: cash taxes").
 */
export function reconcilesByRows(labels: string[], captions: string[] = []): RowReconciliation | null {
  if (labels.length < 3) return null;
  const [first] = labels;
  if (saysItAdjusts(first) || namesNonGaapMeasure(first)) return null;
  const at = labels.findIndex((l, i) => i >= 2 && namesNonGaapMeasure(l));
  if (at < 0) return null;
  const between = labels.slice(1, at);
  const said = between.some(saysItAdjusts) || captions.some(saysItAdjusts);
  // Unsaid, the start is a profit: "Revenue / Operating expenses / Adjusted EBITDA" is a segment's figures, not its reconciliation.
  if (!said && !(startOf(first) === 'profit' && !between.some(namesAStart))) return null;
  return { from: first, to: labels[at] };
}
