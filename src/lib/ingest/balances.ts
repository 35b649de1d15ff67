/**
 * A line item naming a balance: an amount a business holds or owes at a moment (cash, its equivalents and the
 * securities kept with them, total assets, liabilities, equity, debt), not one earned or spent over a period. A
 * reader reads it at the end of its column's period, whatever the column says ("Three months ended March 31":
 * Reddit's highlights print "Cash, cash equivalents, and marketable securities $ 2,771", its balance at March 31,
 * 2026, under its quarter's revenue). Only the balance named whole: "Net increase in cash", "Cash paid for
 * interest", "Average total assets", "Cash and cash equivalents at the beginning of the period" name a flow, an
 * average or another moment.
 */
const BALANCE = new RegExp(
  '^(?:total\\s+)?(?:' +
    [
      // "Cash and cash equivalents", "Cash, cash equivalents and restricted cash", "Cash, cash equivalents, and marketable
      // securities", "Cash and short-term investments".
      String.raw`cash(?:\s*,?\s*(?:and\s+|&\s*)?(?:cash\s+equivalents|restricted\s+cash|marketable\s+securities|short[\s-]term\s+investments|investments))+`,
      String.raw`total\s+(?:assets|liabilities|equity|debt|borrowings|deposits)`,
      String.raw`(?:total\s+)?(?:stockholders|shareholders)['’]?\s+equity`,
      // An investment company's equity: PennantPark's highlights print "Net assets $ 494.3" under "Quarter ended …".
      String.raw`(?:total\s+)?net\s+assets`,
      String.raw`(?:net|long[\s-]term)\s+debt`,
      // Killam's "Total interest-bearing debt" over the cash it nets to "Net debt".
      String.raw`(?:total\s+)?interest[\s-]bearing\s+(?:debt|borrowings|liabilities)`,
    ].join('|') +
    ')$',
  'i',
);

/** Whether a line item (less parentheses and footnote marks) names a balance held at a moment. */
export function namesBalance(item: string): boolean {
  const text = item.replace(/\([^()]*\)/g, ' ').replace(/[:*†‡§¹²³⁴⁵⁶⁷⁸⁹⁰]+/g, ' ').replace(/\s+/g, ' ').trim();
  return BALANCE.test(text);
}

/**
 * A table, section or column whose figures are no balance at the period's end, whatever its lines name: a statement of
 * cash flows or of income (its "Long-term debt" under "Interest expense:" is interest paid on it, Farmers & Merchants Bancshares'), an
 * average ("Average for the …", Goldman Sachs' average equity; Chimera's "Average Balance | Interest" columns), a moment
 * other than the end ("Beginning of period"), or a flow (interest, income, expense, a change).
 */
const NOT_AT_END = /\b(?:cash\s+flows?|statements?\s+of\s+(?:income|operations|earnings|comprehensive)|income\s+statements?|beginning|opening|start|average|averaged|avg|interest|yields?|rates?|costs?|income|expenses?|revenues?|earnings|proceeds|payments?|changes?|flows?|increase|decrease|activities)\b/i;

/** Whether a table's title, a row's sections or a column's header say its figures are no balance at the period's end. */
export function notAtEnd(texts: readonly string[]): boolean {
  return texts.some((t) => NOT_AT_END.test(t));
}
