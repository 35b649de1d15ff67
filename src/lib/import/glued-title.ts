import { isUnauditedNote, isUnitStatement } from './cell-text.ts';

/**
 * A table's title lines as printed, where a wire copy joined them with no space: a converter that dropped the
 * line breaks of a title cell prints "BYRNA TECHNOLOGIES INC.Condensed Consolidated Balance Sheets(Amounts in
 * thousands, except share and per share data)" (Byrna, 4Q24) and "UnauditedFor the periods ended December
 * 31(US$ millions, except per share amounts)" (Brookfield, 2024). Read as one line, the unit statement is no line
 * of its own and the title no heading the table is named by. Each line is parted where the glue shows:
 * - before a parenthesis holding a unit statement or "(Unaudited)", glued to the word or parenthesis before it;
 * - after a name's abbreviation closed by a period ("INC.", "Corp.") before a capitalised word;
 * - after a word that ends a table's title or its audit note ("Unaudited", "Sheets", "Operations") glued to a
 *   capitalised word ("UnauditedFor"); never inside a name printed in camel case ("PayPal", "BlackRock");
 * - after a company name's last word printed with no period ("Royalty Pharma plcSelected Balance Sheet Data"), where
 *   the glued words open a statement's title ("Selected", "Condensed", "Consolidated"): a name in camel case
 *   ("Itaú CorpBanca") goes on with no title's word; in capitals too ("… AND SUBSIDIARIESCONSOLIDATED STATEMENTS OF
 *   OPERATIONS"), where each side is a whole word in capitals;
 * - after a table's number glued to its title ("TABLE 3SEGMENT INFORMATION").
 */
export function ungluedTitle(line: string): string[] {
  const out: string[] = [];
  let rest = line;
  for (;;) {
    const at = gluePoint(rest);
    if (at === null) break;
    out.push(rest.slice(0, at).trim());
    rest = rest.slice(at).trim();
  }
  out.push(rest);
  return out.filter((l) => l !== '');
}

/** Words a table's title or audit note ends on, glued to the next line's first word. */
const TITLE_END = /(?:unaudited|audited|statements?|sheets?|operations|income|results|highlights|information|data|flows|position|earnings)$/i;
/** A corporate name's abbreviation closed by its period: "INC.", "Corp.", "LTD.", "N.V.". */
const NAME_ABBREVIATION = /\b(?:inc|corp|co|ltd|llc|plc|lp|l\.p|n\.v|s\.a|ag|se)\.$/i;

/** A company name's last word, printed with no period: "plc", "Inc", "Holdings", "Corporation", "… and Subsidiaries". */
const NAME_END = /(?:^|\s)(?:inc|corp|ltd|llc|plc|lp|limited|incorporated|corporation|company|group|holdings|bancorp|trust|subsidiar(?:y|ies)|affiliates)$/i;
/** Words a statement's or schedule's title opens with. */
const TITLE_OPENING = /^(?:condensed|consolidated|combined|selected|summary|summarized|supplemental|statements?|balance|unaudited|reconciliations?|segments?|financial|non-gaap|gaap|key|first|second|third|fourth|full|quarterly|interim|results|highlights|schedules?|notes?)\b/i;

/** Where the first glued line ends, or null. */
function gluePoint(text: string): number | null {
  let best: number | null = null;
  const consider = (at: number) => {
    if (at > 0 && at < text.length && (best === null || at < best)) best = at;
  };
  // "Sheets(Amounts in thousands …)", "(Loss)(Unaudited)", "December 31(US$ millions …)".
  for (const m of text.matchAll(/(?<=[^\s(])\(/g)) {
    const close = text.indexOf(')', m.index);
    const inner = close > 0 ? text.slice(m.index, close + 1) : '';
    if (inner && (isUnitStatement(inner) || isUnauditedNote(inner))) consider(m.index);
  }
  // A unit statement or audit note glued to the words that follow: "(Unaudited)For the …" (never to a note mark: "(€ millions)(1)").
  for (const m of text.matchAll(/\)(?=[A-Z][a-z])/g)) {
    const open = text.lastIndexOf('(', m.index);
    const inner = open >= 0 ? text.slice(open, m.index + 1) : '';
    if (inner && (isUnitStatement(inner) || isUnauditedNote(inner))) consider(m.index + 1);
  }
  for (const m of text.matchAll(/(?<=\S)(?=[A-Z][a-z])/g)) {
    const before = text.slice(0, m.index);
    if (before.endsWith('.') ? NAME_ABBREVIATION.test(before) : TITLE_END.test(before) && /[a-z]$/.test(before)) consider(m.index);
  }
  // "plcSelected Balance Sheet Data", "plcGAAP to Non-GAAP Reconciliation".
  for (const m of text.matchAll(/(?<=[a-z])(?=[A-Z])/g)) {
    if (NAME_END.test(text.slice(0, m.index)) && TITLE_OPENING.test(text.slice(m.index))) consider(m.index);
  }
  // "TABLE 3SEGMENT INFORMATION - …" (Watts, 4Q24): a table's number glued to its title's first word.
  for (const m of text.matchAll(/\btable\s+\d{1,2}(?=[A-Z][A-Za-z])/gi)) consider(m.index + m[0].length);
  // "PENNANTPARK INVESTMENT CORPORATION AND SUBSIDIARIESCONSOLIDATED STATEMENTS OF OPERATIONS": in capitals the glue
  // shows only where a name's last word meets a title's first, each a whole word in capitals.
  for (const m of text.matchAll(/(?<=[A-Z]{2})(?=[A-Z]{2})/g)) {
    const before = text.slice(0, m.index);
    const after = text.slice(m.index);
    if (NAME_END.test(before) && TITLE_OPENING.test(after) && /(?:^|\s)[A-Z]+$/.test(before) && /^[A-Z-]+\b/.test(after)) consider(m.index);
  }
  return best;
}
