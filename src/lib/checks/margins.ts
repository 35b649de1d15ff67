/**
 * Percentages a table's labels define as the ratio of two lines, recomputed in each column:
 *
 * - a share printed under its line: "As a % of net sales" under "Gross profit" (the line just
 *   above it), "As % of sales";
 * - a margin or share its label names: "Adjusted EBITDA Margin", "EBIT margin", "Operating
 *   margin", "R&D Expense %" (the abbreviation's line, "Research and development"), "General and
 *   administrative operating expense as a percentage of total revenue": the named line as a
 *   percentage of revenue (or of the line named after "of");
 * - a return over the two lines printed above it: "Return on equity" under "Annualized net income"
 *   and "Average stockholders' equity";
 * - a ratio of two lines the label names, both printed in the table: "Nonperforming loans to
 *   total loans", "Loans to deposits" (of a balance printed at the period's end and as an average,
 *   the one at the end: "Nonperforming assets/total assets");
 * - a ratio a bank names without its lines: "Efficiency ratio" (noninterest expense over total
 *   revenue, or over net interest income plus noninterest income), a payout ratio (dividends per
 *   share over earnings per share, or over the measure the label names), published only where the
 *   row's columns bear it out, since companies define them their own way;
 * - a ratio the release defines in words: '"Dividend payout ratio" is calculated as dividends
 *   declared as a percentage of funds from operations.';
 * - a ratio printed right under the two lines its table labels as its terms: "Catastrophe loss
 *   ratio" under "Numerator: Catastrophe losses" and "Denominator: Net earned premiums" (Palomar).
 *
 * Each is computed over the intervals of its printed inputs, so a ratio printed to one decimal
 * is judged at that precision, its inputs' rounding allowed for. A line is read from the same
 * table and column where it is printed there; revenue (or a named line) printed only in another
 * table is read there for the same period, only when every printing of it agrees, and the
 * relation is then published only where the row's columns bear it out. A row's columns are
 * judged together (./ratio-terms.ts `judgedByColumns`). A margin of interest ("Net interest
 * margin") is a yield on assets, not a share of revenue, and is not read.
 *
 * Ids: `definition/<table>/<row>/<column>`.
 */
import type { Check, Fact, Table, TableColumn, TableRow } from '../types.ts';
import { type CheckContext, columnKey, isMoney } from './context.ts';
import { parseDecimal } from '../decimal.ts';
import { capitalRatioOf, definedByTheRelease, ratioAcrossNotCorroborated, ratioOfLinesAcross, definedInItsNote, efficiencyOf, operatingRatioOf, ratioOfLetters, taxRateOf, otherTable, payoutOf, percentNamed, percentOfLineAbove, percentOfLineNamed, ratioOfItsBlock, ratioOfItsTerms, ratioOfItsTermsAdjusted, ratioOfLines, ratioOfMarkedTerms, ratioOverSum, readAsDeduction, returnOn, returnOnAverage, sameTable } from './ratio-messages.ts';
import { agreedPrinting, cellOf, corroboratedOrNot, holds, isChange, joinInitials, judgedByColumns, labelNames, labelWords, namesRow, nonZero, ofItsBlock, rowUnit, type Term, term, termsCheck, valueRows } from './ratio-terms.ts';
import { rowWords } from './words.ts';
import { columnPeriodNotEstablished, periodNotEstablished } from './established.ts';
import { tieDimension } from './tie-columns.ts';
import { basisOf, namesAdjustedMeasure, plainLabel, withoutBasis } from '../model/index.ts';

/** How a percentage row is read: its two lines, where each comes from, and why. */
interface Reading {
  numerator: (column: TableColumn) => Term | undefined;
  denominator: (column: TableColumn) => Term | undefined;
  /** A second line the denominator adds (a bank's revenue as net interest income plus noninterest income). */
  plus?: (column: TableColumn) => Term | undefined;
  /** Lines the numerator adds, as printed ("Adjustments to numerator:" under a ratio's terms). */
  adjustments?: ((column: TableColumn) => Term | undefined)[];
  /** A line read from another table: published only where the row's columns bear it out. */
  guess: boolean;
  /** Lines found by the label's words alone (in other tables, or by a word of its own): judged as `corroboratedOrNot` judges (./ratio-terms.ts). */
  strict?: boolean;
  restsOn: string;
}

const REVENUE = new Set(['revenue', 'revenues', 'net revenue', 'net revenues', 'sales', 'net sales', 'total revenue', 'total revenues', 'total net revenue', 'total net revenues', 'total net sales', 'total sales']);

export function marginChecks(ctx: CheckContext): Check[] {
  const checks: Check[] = [];
  for (const table of ctx.release.tables) {
    const rows = valueRows(table);
    rows.forEach((row, i) => {
      const unit = rowUnit(ctx, table, row);
      // A multiple ("3.4", "0.40x": Hanesbrands' "Net debt/EBITDA, as adjusted") is a quotient too, not times 100.
      if (unit !== 'percent' && unit !== 'ratio') return;
      const reading = unit === 'percent' ? readRow(ctx, table, rows, i) : readMultiple(ctx, table, rows, i);
      if (!reading) return;
      const times = unit === 'percent' ? ' * 100' : '';
      const row_checks = table.columns.flatMap((column) => {
        if (isChange(ctx, column)) return [];
        const reported = cellOf(ctx, table, row, column);
        const n = reading.numerator(column);
        // A column whose period the table reads twice is a layout not understood: its lines may not line up.
        const doubled = columnPeriodNotEstablished(ctx, table.id, column);
        const d = reading.denominator(column);
        const p = reading.plus?.(column);
        if (!reported || reported.value === null || !n || !d || n.fact.value === null || d.fact.value === null) return [];
        if (reading.plus && (!p || p.fact.value === null)) return [];
        const adjustments = (reading.adjustments ?? []).map((a, k) => a(column) && { ...a(column)!, name: `adjustment${k + 1}` });
        // A nil adjustment ("—") counts as zero; an adjustment the column does not print leaves it unread.
        if (adjustments.some((a) => !a || (a.fact.value === null && a.fact.status !== 'nil'))) return [];
        // A balance the release prints as a deduction (an allowance in parentheses among the assets) enters a ratio
        // printed positive as its amount; only a lone term of a plain quotient, whose sign nothing else sets, and only
        // where the terms as printed would give the ratio a sign the figure does not have. An income tax benefit
        // printed (23.8) on a loss before taxes of (55.6) is a rate of 42.8%, as printed (Kelly Services 4Q24's
        // "Effective income tax rate 42.7%"): turned, it would be −42.8.
        const opposite = parseDecimal(n.fact.value).isNegative() !== parseDecimal(d.fact.value).isNegative();
        const turned = !p && !adjustments.length && opposite && !parseDecimal(reported.value!).isNegative() ? [n, d].filter((t) => deduction(ctx, t.fact)) : [];
        const read = (t: Term) => (turned.includes(t) ? `(-${t.name})` : t.name);
        const numerator = adjustments.length ? `(numerator + ${adjustments.map((a) => a!.name).join(' + ')})` : read(n);
        const check = termsCheck(ctx, {
          kind: 'definition',
          id: `definition/${table.id}/${row.id}/${columnKey(column)}`,
          subject: rowWords(row),
          expression: p ? `numerator / (denominator + plus)${times}` : `${numerator} / ${read(d)}${times}`,
          terms: p ? [n, d, p] : [n, d, ...adjustments.map((a) => a!)],
          reported,
          column,
          restsOn: [reading.restsOn, ...turned.map((t) => readAsDeduction(t.label, t.fact.raw))].join(' '),
        });
        return [doubled !== null && check.verdict === 'mismatch' ? { ...check, verdict: 'unverifiable' as const, difference: null, explanation: `${check.explanation} ${doubled}` } : check];
      });
      // A ratio read from its labels alone whose line carries a note: the note is where the release defines it
      // (Bank of America's "Return on average allocated capital (1)", net income adjusted for the cost of funds and
      // more), so a column where the reading fails is an error only where it holds in every other column, two at
      // least (PNC's "Effective tax rate (b)" off in one quarter of five); else unverifiable, citing the note.
      const mark = reading.guess ? row.footnotes[0] : undefined;
      if (reading.strict) {
        checks.push(...(row_checks.filter(holds).length >= 2 ? corroboratedOrNot(row_checks, ratioAcrossNotCorroborated()) : []));
        return;
      }
      checks.push(...(mark === undefined ? judgedByColumns(row_checks, reading.guess) : row_checks.some(holds) ? corroboratedOrNot(row_checks, definedInItsNote(mark)) : []));
    });
  }
  return checks;
}

/** "Numerator: Catastrophe losses", "Denominator: Net earned premiums": the line names its part of a ratio. */
const TERM_LABEL = /^\s*(numerator|denominator)\s*[:\-–—]\s*\S/i;
/** A caption that says its lines adjust a ratio's numerator: "Adjustments to numerator:". */
const ADJUSTS_NUMERATOR = /^\s*adjustments? to (?:the )?numerator\b/i;

/**
 * A ratio printed right under a line labelled "Numerator: …" and a line labelled "Denominator: …",
 * both amounts: the table says which is which, so no other reading applies (Palomar's loss ratio,
 * catastrophe loss ratio and combined ratio, each under its own pair).
 */
function underItsTerms(ctx: CheckContext, table: Table, rows: TableRow[], i: number, of?: string): Reading | null {
  // Under a caption "Adjustments to numerator:" after the ratio: the ratio's terms with those lines added as
  // printed (Palomar's "Adjusted combined ratio" under "Combined ratio" and its four adjustments).
  let j = i;
  while (j > 0 && rows[j - 1].section.some((h) => ADJUSTS_NUMERATOR.test(h)) && isMoney(rowUnit(ctx, table, rows[j - 1]) ?? '')) j--;
  if (j < i) {
    const base = rows[j - 1];
    const under = base && rowUnit(ctx, table, base) === 'percent' && !base.section.some((h) => ADJUSTS_NUMERATOR.test(h)) ? underItsTerms(ctx, table, rows, j - 1) : null;
    if (!under) return null;
    const lines = rows.slice(j, i);
    return {
      ...under,
      adjustments: lines.map((r) => (c: TableColumn) => cellTerm(ctx, table, r, c, 'numerator')),
      restsOn: ratioOfItsTermsAdjusted(rows[i].label, rowWords(rows[j - 3]), lines.map(rowWords), rowWords(rows[j - 2])),
    };
  }
  const [n, d] = [rows[i - 2], rows[i - 1]];
  if (!n || !d) return null;
  const [nm, dm] = [TERM_LABEL.exec(n.label), TERM_LABEL.exec(d.label)];
  if (nm?.[1].toLowerCase() !== 'numerator' || dm?.[1].toLowerCase() !== 'denominator') return null;
  if (!isMoney(rowUnit(ctx, table, n) ?? '') || !isMoney(rowUnit(ctx, table, d) ?? '')) return null;
  return {
    numerator: (c) => cellTerm(ctx, table, n, c, 'numerator'),
    denominator: (c) => cellTerm(ctx, table, d, c, 'denominator'),
    guess: false,
    restsOn: ratioOfItsTerms(rows[i].label, rowWords(n), rowWords(d), of),
  };
}

/** "Adjusted noninterest expenses (numerator)", "Adjusted operating revenue (denominator)": a line marking its part of a ratio. */
const TERM_MARK = /\((numerator|denominator)\)\s*:?\s*$/i;

/**
 * A ratio closing a block of amounts in which the table marks one line "(numerator)" and a later one "(denominator)"
 * (Cadence's efficiency ratios, 1Q20: "Adjusted noninterest expenses (numerator)" 92,554, the lines of its revenue, then
 * "Adjusted operating revenue (denominator)" 185,543 and "Adjusted efficiency ratio" 49.88%). The block is the amounts
 * right above the ratio, back to the line of another unit (the ratio before it); the table says which line is which, so
 * no other reading applies.
 */
function underItsMarkedTerms(ctx: CheckContext, table: Table, rows: TableRow[], i: number, of?: string): Reading | null {
  let [n, d]: (TableRow | undefined)[] = [undefined, undefined];
  for (let j = i - 1; j >= 0 && isMoney(rowUnit(ctx, table, rows[j]) ?? ''); j--) {
    const mark = TERM_MARK.exec(rows[j].label)?.[1].toLowerCase();
    if (mark === 'denominator') {
      if (d) return null;
      d = rows[j];
    } else if (mark === 'numerator') {
      if (!d) return null;
      n = rows[j];
      break;
    }
  }
  if (!n || !d) return null;
  const [num, den] = [n, d];
  return {
    numerator: (c) => cellTerm(ctx, table, num, c, 'numerator'),
    denominator: (c) => cellTerm(ctx, table, den, c, 'denominator'),
    guess: false,
    restsOn: ratioOfMarkedTerms(rows[i].label, rowWords(num), rowWords(den), of),
  };
}

/**
 * A ratio its label names as one ("Tangible common equity ratio"), closing a block of amounts under one caption, the
 * block's lines naming no part of it: Cadence's "Shareholders' equity", "Less: goodwill …", "Tangible common
 * shareholders' equity", "Total assets", "Less: goodwill …", "Tangible assets", then "Tangible common equity ratio"
 * 11.53% (1,970,761 ÷ 17,095,136, 1Q20). The line right above it is one term, another line of the block the other, in
 * either order; the reading is the one pair whose quotient gives the printed figure in every column of the row but one
 * at most, two at least, at a printed precision of a decimal or finer (a whole percentage is met by chance too
 * easily). The labels do not state it, so it is judged strictly (`corroboratedOrNot`): a column where it fails is a
 * mismatch only where every other column bears it out.
 */
function closingItsBlock(ctx: CheckContext, table: Table, rows: TableRow[], i: number, of?: string): Reading | null {
  const row = rows[i];
  if (!/\bratio\b/i.test(row.label)) return null;
  const section = row.section.join('\u0000');
  const inBlock = (r: TableRow | undefined) => r !== undefined && r.section.join('\u0000') === section && isMoney(rowUnit(ctx, table, r) ?? '');
  const last = rows[i - 1];
  if (!inBlock(last)) return null;
  const columns = table.columns.filter((c) => !isChange(ctx, c));
  const printed = columns.map((c) => cellOf(ctx, table, row, c)).filter((f): f is Fact => f !== undefined && f.value !== null);
  if (printed.length < 2 || printed.some((f) => f.decimals < 1)) return null;
  const others: TableRow[] = [];
  for (let j = i - 2; j >= 0 && inBlock(rows[j]); j--) others.push(rows[j]);
  const pairs = others.flatMap((o) => [[o, last], [last, o]] as const);
  const times = rowUnit(ctx, table, row) === 'percent' ? ' * 100' : '';
  const fits = pairs.filter(([n, d]) => {
    const checks = columns.flatMap((c) => {
      const [r, a, b] = [cellOf(ctx, table, row, c), cellOf(ctx, table, n, c), cellOf(ctx, table, d, c)];
      if (!r || r.value === null || !nonZero(a) || !nonZero(b)) return [];
      return [termsCheck(ctx, { kind: 'definition', id: '', subject: '', expression: `numerator / denominator${times}`, terms: [term('numerator', a), term('denominator', b)], reported: r, column: c, restsOn: '' })];
    });
    const held = checks.filter(holds).length;
    return held >= 2 && checks.length - held <= 1;
  });
  if (fits.length !== 1) return null;
  const [n, d] = fits[0];
  return {
    numerator: (c) => cellTerm(ctx, table, n, c, 'numerator'),
    denominator: (c) => cellTerm(ctx, table, d, c, 'denominator'),
    guess: false,
    strict: true,
    restsOn: ratioOfItsBlock(row.label, rowWords(n), rowWords(d), of),
  };
}

/**
 * A multiple ("Net debt/EBITDA, as adjusted" 3.4, "Net Debt / LTM Adjusted EBITDA" 0.40x): read as a percentage is, by
 * the terms its table labels, the two lines its label names, or the block it closes, but as the quotient itself.
 */
function readMultiple(ctx: CheckContext, table: Table, rows: TableRow[], i: number): Reading | null {
  const row = rows[i];
  const labelled = underItsTerms(ctx, table, rows, i, DIVIDED) ?? underItsMarkedTerms(ctx, table, rows, i, DIVIDED);
  if (labelled) return labelled;
  return ofTwoLines(ctx, table, row, DIVIDED) ?? closingItsBlock(ctx, table, rows, i, DIVIDED);
}

/** How a quotient's reading says what it divides: a multiple is one line divided by the other. */
const DIVIDED = 'divided by';

/**
 * "Nonperforming loans to total loans", "Equity/assets", "Net debt to underlying EBITDA ratio": both lines in the table,
 * else a line printed in another. Undefined where the label names no such ratio.
 */
function ofTwoLines(ctx: CheckContext, table: Table, row: TableRow, of?: string): Reading | null | undefined {
  const s = ratioText(row.label);
  const m = /^(?<a>.+?) (?:to|percent of) (?<b>.+?)(?: ratio| percent| percentage)?$/.exec(s);
  if (!m) return undefined;
  const [an, bn] = [words(m.groups!.a), words(m.groups!.b.replace(/ (?:at (?:the )?end of (?:the )?period|at period end)$/, ''))];
  const a = unaveraged(findNamed(ctx, table, an), s);
  const b = unaveraged(findNamed(ctx, table, bn), s);
  if (b.length === 0 && bn.includes('plus')) return overASum(ctx, table, row, an, a, bn, of);
  if (a.length > 1 || b.length > 1 || (a.length === 1 && a[0] === b[0]) || /\bannuali[sz]ed\b/i.test(row.label)) return null;
  if (a.length === 0 || b.length === 0) return acrossTables(ctx, table, row, a[0] ?? an, b[0] ?? bn, of);
  // A line the label names by a word of its own ("Equity"), or by its head word alone ("Allowance"), is a reading the
  // release does not state: judged strictly.
  const byWord = ([[an, a], [bn, b]] as const).some(([n, r]) => namesOf(n).length > 1 || namesOf(n)[0] !== n || !namesRow(n, lineWords(r[0].label)));
  return {
    numerator: (c) => cellTerm(ctx, table, a[0], c, 'numerator'),
    denominator: (c) => cellTerm(ctx, table, b[0], c, 'denominator'),
    guess: false,
    strict: byWord,
    restsOn: ratioOfLines(row.label, rowWords(a[0]), rowWords(b[0]), of),
  };
}

/**
 * A ratio of a line over the sum of two its label names, "plus" between them: "Non-interest expense to net interest
 * income plus non-interest income" beside "Non-interest expense", "Net interest income" and "Non-interest income"
 * (Equity Bancshares, 1Q20). Read only where the table prints each of the three lines once, by its words.
 */
function overASum(ctx: CheckContext, table: Table, row: TableRow, an: string[], a: TableRow[], bn: string[], of?: string): Reading | null {
  const at = bn.indexOf('plus');
  if (at !== bn.lastIndexOf('plus') || at === 0 || at === bn.length - 1 || a.length !== 1) return null;
  const exactly = (n: string[]) => valueRows(table).filter((r) => isMoney(rowUnit(ctx, table, r) ?? '') && namesRow(n, lineWords(r.label)));
  const [b, p] = [exactly(bn.slice(0, at)), exactly(bn.slice(at + 1))];
  if (b.length !== 1 || p.length !== 1 || new Set([a[0], b[0], p[0]]).size !== 3 || !namesRow(an, lineWords(a[0].label))) return null;
  return {
    numerator: (c) => cellTerm(ctx, table, a[0], c, 'numerator'),
    denominator: (c) => cellTerm(ctx, table, b[0], c, 'denominator'),
    plus: (c) => {
      const f = cellOf(ctx, table, p[0], c);
      return f && term('plus', f, rowWords(p[0]));
    },
    guess: false,
    restsOn: ratioOverSum(row.label, rowWords(a[0]), rowWords(b[0]), rowWords(p[0]), of),
  };
}

function readRow(ctx: CheckContext, table: Table, rows: TableRow[], i: number): Reading | null {
  const row = rows[i];
  const w = joinInitials(labelWords(row.label));
  const s = shareInParentheses(row.label) ?? w.join(' ');
  let m: RegExpExecArray | null;
  // A ratio the release defines in words: '"Dividend payout ratio" is calculated as dividends declared as a percentage of funds from operations.'
  const lettered = byLetters(ctx, table, row);
  if (lettered !== undefined) return lettered;
  const labelled = underItsTerms(ctx, table, rows, i) ?? underItsMarkedTerms(ctx, table, rows, i);
  if (labelled) return labelled;
  const defined = proseDefinitions(ctx).get(s);
  if (defined) return definedInWords(ctx, table, row, defined);
  const standard = efficiency(ctx, table, row, s) ?? operatingRatio(ctx, table, row, s) ?? payout(ctx, table, row, s) ?? effectiveTaxRate(ctx, table, row, s) ?? capitalRatio(ctx, table, row, s);
  if (standard !== undefined) return standard;
  // "As a % of net sales" under its line.
  if ((m = /^(?:as )?(?:a )?percent(?:age)? of (?<of>.+)$/.exec(s))) {
    const above = rows[i - 1];
    if (!above || !isMoney(rowUnit(ctx, table, above) ?? '')) return null;
    const of = words(m.groups!.of);
    const den = denominatorOf(ctx, table, of, row);
    if (!den) return null;
    return {
      numerator: (c) => cellTerm(ctx, table, above, c, 'numerator'),
      denominator: den.term,
      guess: den.guess,
      restsOn: percentOfLineAbove(row.label, rowWords(above), of.join(' '), den.where),
    };
  }
  // "Nonperforming loans to total loans", "Equity/assets": both lines in the table, else a line printed in another.
  if (!/\bpercent(age)? of\b/.test(s)) {
    const two = ofTwoLines(ctx, table, row);
    if (two !== undefined) return two;
  }
  // "Return on equity" under "Annualized net income" and "Average stockholders' equity".
  if ((m = /^(?<core>.*?)\s*return on (?:average )?(?<base>.+)$/.exec(s))) {
    const [income, base] = [rows[i - 2], rows[i - 1]];
    if (!income || !base || !isMoney(rowUnit(ctx, table, income) ?? '') || !isMoney(rowUnit(ctx, table, base) ?? '')) {
      return /\breturn on average\b/.test(s) && words(m.groups!.core).length === 0 ? onAverageBalance(ctx, table, row, words(m.groups!.base)) : null;
    }
    const iw = labelWords(income.label);
    const bw = labelWords(base.label);
    const core = words(m.groups!.core);
    if (!iw.some((x) => ['income', 'earnings', 'profit'].includes(x)) || !core.every((x) => iw.includes(x))) return null;
    if (!words(m.groups!.base).every((x) => bw.includes(x))) return null;
    // A return is a yearly rate: a quarter's income must be said to be annualized.
    const annual = (c: TableColumn) => /-fy$/.test(c.period) || iw.includes('annualized') || iw.includes('annualised');
    return {
      numerator: (c) => (annual(c) ? cellTerm(ctx, table, income, c, 'numerator') : undefined),
      denominator: (c) => cellTerm(ctx, table, base, c, 'denominator'),
      guess: false,
      restsOn: returnOn(row.label, rowWords(income), rowWords(base)),
    };
  }
  // "Adjusted EBITDA margin", "R&D Expense %", "G&A operating expense as a percentage of total revenue".
  const named =
    /^(?<what>.+?) (?:as )?(?:a )?percent(?:age)? of (?<of>.+?)(?: on an? (?:non )?gaap basis)?$/.exec(s) ??
    /^(?<what>.+?) margin(?: percent| percentage| ratio)?$/.exec(s) ??
    /^(?<what>.+? expenses?) percent$/.exec(s);
  if (!named) return bareMargin(ctx, table, row, s) ?? closingItsBlock(ctx, table, rows, i);
  const what = words(named.groups!.what);
  if (what.includes('interest') || what.includes('growth') || what.length === 0) return null;
  const margin = /margin/.test(s) && !named.groups!.of;
  const of = named.groups!.of ? words(named.groups!.of) : ['revenue'];
  const num = numeratorOf(ctx, table, row, what, margin, named.groups!.of ? of : []);
  const den = denominatorOf(ctx, table, of, row);
  if (!num || !den) return named.groups!.of ? (inItsSection(ctx, table, row, what, of) ?? ofCounts(ctx, table, row, what, of)) : null;
  return {
    numerator: num.term,
    denominator: den.term,
    guess: num.guess || den.guess,
    restsOn: percentNamed(row.label, num.label, of.join(' '), den.where),
  };
}

/**
 * A margin of a section's line over a line its label names by the section's name, where the table repeats the same
 * labels under one section a part (segments' sections): "Operating margin -- % of North America net sales" under
 * "North America Segment:" is that section's "Operating income" over its "Net sales" (Amazon's supplemental
 * metrics); words after "margin" qualify both lines ("Operating margin -- TTM % of AWS net sales": "Operating income
 * -- TTM" over "Net sales -- TTM"). Both lines must be printed once in the row's own section, in money, and the words
 * the label puts before the line's name must be the section's own, so the label and the layout establish it.
 */
function inItsSection(ctx: CheckContext, table: Table, row: TableRow, what: string[], of: string[]): Reading | null {
  const k = what.indexOf('margin');
  const caption = row.section.at(-1);
  if (k < 1) return null;
  const own = caption ? labelWords(caption) : [];
  let n = 0;
  while (n < of.length && own.includes(of[n])) n++;
  // The section's name not among the words: the lines are the table's own, each named once in it, and the reading
  // is published only where the row's columns bear it out ("Operating margin -- % of WW net sales" over "Operating
  // income" and "Worldwide (WW) net sales", Amazon's results of operations by quarter).
  const whole = n === 0;
  const base = of.slice(n);
  if (base.length === 0) return null;
  const qualifier = what.slice(k + 1);
  const inSection = valueRows(table).filter(
    (r) => r !== row && (whole || r.section.join('\u0000') === row.section.join('\u0000')) && isMoney(rowUnit(ctx, table, r) ?? ''),
  );
  const one = (name: string[]) => {
    const found = inSection.filter((r) => labelNames(r.label).some((w) => namesRow(name, w)));
    return found.length === 1 ? found[0] : null;
  };
  const den = one([...base, ...qualifier]);
  // A section that makes a loss prints it as "Operating loss" (Amazon's International segment, 1Q23): the same line,
  // read only where printed as a negative figure, the sign the margin beside it carries; a loss printed as a positive
  // amount leaves its sign to the reader, and is not read.
  const names = ['income', 'profit', 'earnings', 'loss'];
  const numerator = names.map((x) => one([...what.slice(0, k), x, ...qualifier])).filter((r) => r !== null);
  if (!den || numerator.length !== 1) return null;
  const num = numerator[0]!;
  const loss = labelNames(num.label).some((w) => namesRow([...what.slice(0, k), 'loss', ...qualifier], w));
  return {
    numerator: (c) => {
      const t = cellTerm(ctx, table, num, c, 'numerator');
      return loss && t && t.fact.value !== null && parseDecimal(t.fact.value).isPositive() && !parseDecimal(t.fact.value).isZero() ? undefined : t;
    },
    denominator: (c) => cellTerm(ctx, table, den, c, 'denominator'),
    guess: whole,
    restsOn: percentNamed(row.label, rowWords(num), rowWords(den), whole ? sameTable() : `in its section '${caption}', same column`),
  };
}

/**
 * A share of one count in another its label names, both printed once in the table in the same unit of count:
 * "Stock-based awards outstanding -- % of common shares outstanding" over "Stock-based awards outstanding" 280 and
 * "Common shares outstanding" 10,175, 2.8% (Amazon's supplemental metrics, 1Q23). Shares over shares, or a count over
 * a count; never a count over money.
 */
function ofCounts(ctx: CheckContext, table: Table, row: TableRow, what: string[], of: string[]): Reading | null {
  const counted = (name: string[]) =>
    valueRows(table).filter((r) => r !== row && ['shares', 'count'].includes(rowUnit(ctx, table, r) ?? '') && namesRow(name, labelWords(r.label)));
  const [a, b] = [counted(what), counted(of)];
  if (a.length !== 1 || b.length !== 1 || a[0] === b[0] || rowUnit(ctx, table, a[0]) !== rowUnit(ctx, table, b[0])) return null;
  return {
    numerator: (c) => cellTerm(ctx, table, a[0], c, 'numerator'),
    denominator: (c) => cellTerm(ctx, table, b[0], c, 'denominator'),
    guess: false,
    restsOn: percentNamed(row.label, rowWords(a[0]), rowWords(b[0]), sameTable()),
  };
}

/**
 * A ratio of two lines its label names, one of them (or both) printed in another table only: a bank's selected data
 * print "Tangible common equity to tangible assets" beside no line of either, which its non-GAAP table prints (Bridge
 * Bancorp, 1Q20), or "Equity to assets at end of period" beside no balance, which its balance sheet prints (Axos). A line
 * of another table is read for the column's period where every printing of it agrees (`elsewhere`), and named by the
 * label's words alone, so the row is judged as a reading not stated: published where it holds in two columns at least,
 * a column where it fails a mismatch only where it fails in no other (`strict`).
 */
function acrossTables(ctx: CheckContext, table: Table, row: TableRow, a: TableRow | string[], b: TableRow | string[], of?: string): Reading | null {
  const line = (x: TableRow | string[], role: 'numerator' | 'denominator'): Found | null =>
    Array.isArray(x)
      ? (elsewhere(ctx, table, (f) => namesOf(x).some((name) => namesRow(name, lineWords(f.label))), role) ??
        elsewhere(ctx, table, (f) => headed(x, lineWords(f.label)), role))
      : { term: (c) => cellTerm(ctx, table, x, c, role), guess: false, where: sameTable(), label: rowWords(x) };
  const [n, d] = [line(a, 'numerator'), line(b, 'denominator')];
  if (!n || !d) return null;
  return { numerator: n.term, denominator: d.term, guess: true, strict: true, restsOn: ratioOfLinesAcross(row.label, n.label, n.where, d.label, d.where, of) };
}

/** "(% of total revenue)", "(as a % of revenues)", "(percent of …)": what a share is of, printed after its line's name. */
const SHARE_IN_PARENTHESES = /\((?:as )?(?:an? )?(?:%|percent(?:age)?) of ([^()]+)\)/i;

/**
 * A share whose label names its line and then, in parentheses, what it is a share of: "General and administrative
 * expenses (% of total revenue)" under "General and administrative expenses" (Coveo's reconciliations), "EBITDA margin
 * (% of rental revenues)" (Mercialys). Read as "<line> as a percent of <whole>"; null for any other label, whose
 * parentheses say nothing of the kind and are left out.
 */
function shareInParentheses(label: string): string | null {
  const m = SHARE_IN_PARENTHESES.exec(label);
  if (!m) return null;
  const what = joinInitials(labelWords(label.replace(m[0], ' ')));
  const of = labelWords(m[1]);
  const line = what.at(-1) === 'margin' ? what.slice(0, -1) : what;
  if (line.length === 0 || of.length === 0) return null;
  return `${line.join(' ')} percent of ${of.join(' ')}`;
}

/**
 * Of two printings of a line, one balance at the period's end and one an average ("Total assets" under "AT PERIOD END"
 * and under "SELECTED AVERAGE BALANCES"), the one at the end for a ratio whose label names no average
 * ("Nonperforming assets/total assets"); else the lines as found.
 */
function unaveraged(rows: TableRow[], label: string): TableRow[] {
  if (rows.length !== 2 || /\baverage\b/.test(label)) return rows;
  const averaged = (r: TableRow) => /\baverage/i.test(r.label) || r.section.some((x) => /\baverage/i.test(x));
  const plain = rows.filter((r) => !averaged(r));
  return plain.length === 1 ? plain : rows;
}

const NONINTEREST_EXPENSE = [['noninterest', 'expense'], ['noninterest', 'expenses'], ['non', 'interest', 'expense'], ['non', 'interest', 'expenses']];
const NONINTEREST_INCOME = [['noninterest', 'income'], ['non', 'interest', 'income']];

/** A formula of two marks at a label's end: "(d)/(c)". */
const LETTER_FORMULA = /\(([A-Za-z])\)\s*\/\s*\(([A-Za-z])\)\s*$/;

/**
 * A ratio whose label names its lines by the letters the table marks them with: "Efficiency ratio (d)/(c)" over
 * "Noninterest expense (d)" and "Total net revenue, excluding net securities gains (losses) (c)", "Return on
 * tangible common equity (a)/(b)" (U.S. Bancorp, 4Q21). The release defines the ratio by its own lines, so no
 * reading of what the label names applies. Undefined when the label prints no such formula; null when it does
 * and the table does not mark exactly one other line with each letter.
 */
function byLetters(ctx: CheckContext, table: Table, row: TableRow): Reading | null | undefined {
  const m = LETTER_FORMULA.exec(row.rawLabel.replace(/<\/?u>/gi, '').trim());
  if (!m) return undefined;
  const marked = (letter: string) => valueRows(table).filter((r) => r !== row && r.footnotes.some((f) => f.toLowerCase() === letter.toLowerCase()) && isMoney(rowUnit(ctx, table, r) ?? ''));
  const [a, b] = [marked(m[1]), marked(m[2])];
  if (a.length !== 1 || b.length !== 1 || a[0] === b[0]) return null;
  return {
    numerator: (c) => cellTerm(ctx, table, a[0], c, 'numerator'),
    denominator: (c) => cellTerm(ctx, table, b[0], c, 'denominator'),
    guess: false,
    restsOn: ratioOfLetters(row.label, rowWords(a[0]), m[1], rowWords(b[0]), m[2]),
  };
}

/**
 * A bank's efficiency ratio ("Efficiency ratio", "Efficiency"), which its label names without its lines: noninterest
 * expense as a percentage of total revenue, or of net interest income plus noninterest income where no total revenue is
 * printed, in the same table, else printed alike elsewhere for the period. Banks define it their own way (revenue on a
 * taxable-equivalent basis, expense less the amortization of intangibles), so the row is published only where it holds,
 * a failing column a mismatch only where the row's other columns bear the relation out. Undefined when the label names
 * no such ratio; null when it does and its lines are not found.
 */
function efficiency(ctx: CheckContext, table: Table, row: TableRow, s: string): Reading | null | undefined {
  if (!/^(?:gaap )?efficiency(?: ratio)?$/.test(s)) return undefined;
  const first = (names: string[][]) => names.map((n) => lineNamed(ctx, table, row, n, 'numerator')).find((f) => f !== null) ?? null;
  const expense = first(NONINTEREST_EXPENSE);
  if (!expense) return null;
  const total = lineNamed(ctx, table, row, ['total', 'revenue'], 'denominator');
  if (total) return { numerator: expense.term, denominator: total.term, guess: true, restsOn: efficiencyOf(row.label, expense.label, total.label) };
  const interest = lineNamed(ctx, table, row, ['net', 'interest', 'income'], 'denominator');
  const income = NONINTEREST_INCOME.map((n) => lineNamed(ctx, table, row, n, 'denominator')).find((f) => f !== null) ?? null;
  if (!interest || !income) return null;
  return {
    numerator: expense.term,
    denominator: interest.term,
    plus: (c) => {
      const f = income.term(c)?.fact;
      return f && term('plus', f, income.label);
    },
    guess: true,
    restsOn: efficiencyOf(row.label, expense.label, `${interest.label}' plus '${income.label}`),
  };
}

/**
 * An operating ratio ("Operating ratio", a carrier's measure: Saia's 91.3%), which its label names without its lines:
 * operating expenses as a percentage of operating revenue, in the same table, else printed alike elsewhere for the
 * period. Some define it otherwise (an insurer's combined ratio less investment income), so the row is published only
 * where its columns bear it out. Undefined when the label names no such ratio (an adjusted one is of adjusted lines);
 * null when its lines are not found.
 */
function operatingRatio(ctx: CheckContext, table: Table, row: TableRow, s: string): Reading | null | undefined {
  if (!/^(?:gaap )?operating ratio$/.test(s)) return undefined;
  const first = (names: string[][], role: 'numerator' | 'denominator') => names.map((n) => lineNamed(ctx, table, row, n, role)).find((f) => f !== null) ?? null;
  const expenses = first([['total', 'operating', 'expenses'], ['operating', 'expenses']], 'numerator');
  const revenue = first([['operating', 'revenue'], ['operating', 'revenues'], ['total', 'revenue'], ['total', 'revenues'], ['revenue'], ['revenues']], 'denominator');
  if (!expenses || !revenue) return null;
  return { numerator: expenses.term, denominator: revenue.term, guess: true, restsOn: operatingRatioOf(row.label, expenses.label, revenue.label) };
}

/**
 * An effective tax rate ("Effective tax rate", "Effective income tax rate"), which its label names without its lines:
 * the income taxes as a percentage of the income before them, the table's one line of each (as the base model reads
 * them). Companies compute it on their own basis (continuing operations, before noncontrolling interests), so the row
 * is published only where it holds, a failing column a mismatch only where the row's other columns bear it out.
 * Undefined when the label names no such rate (nor an adjusted one); null when it does and its lines are not found.
 */
function effectiveTaxRate(ctx: CheckContext, table: Table, row: TableRow, s: string): Reading | null | undefined {
  if (!/^(?:gaap )?effective (?:income )?tax rates?$/.test(s)) return undefined;
  const concept = (r: TableRow) => ctx.recognition.rows.get(`${table.id}/${r.id}`)?.concept ?? '';
  const money = valueRows(table).filter((r) => isMoney(rowUnit(ctx, table, r) ?? ''));
  const taxes = money.filter((r) => concept(r) === 'income-tax');
  const pretax = money.filter((r) => concept(r) === 'income-before-taxes');
  if (taxes.length !== 1 || pretax.length !== 1) return null;
  const [t, p] = [taxes[0], pretax[0]];
  // A rate under a caption naming an adjusted measure is that measure's (J&J's "Effective tax rate" 10.4% under
  // "Adjusted earnings before provision for taxes and net earnings (1)"): never of the statement's lines above it.
  const adjusted = (r: TableRow) => r.section.filter(namesAdjustedMeasure).join('\u0000');
  if (adjusted(t) !== adjusted(row) || adjusted(p) !== adjusted(row)) return null;
  return { numerator: (c) => cellTerm(ctx, table, t, c, 'numerator'), denominator: (c) => cellTerm(ctx, table, p, c, 'denominator'), guess: true, restsOn: taxRateOf(row.label, rowWords(t), rowWords(p)) };
}

/**
 * A bank's risk-based capital ratio ("Basel III Common equity Tier 1 capital ratio"): the capital the label names
 * before "ratio", printed as a line of its own in the table ("Basel III Common equity Tier 1 capital"), as a percentage
 * of the table's one line of risk-weighted assets, as regulators define such ratios (a leverage ratio, over average
 * assets, names no risk-based capital and is not read). Published only where the row's columns bear it out.
 * Undefined when the label names no capital ratio; null when its lines are not found.
 */
function capitalRatio(ctx: CheckContext, table: Table, row: TableRow, s: string): Reading | null | undefined {
  const m = /^(?<capital>.*\bcapital) ratio$/.exec(s);
  if (!m || /\bleverage\b/.test(s)) return undefined;
  const capital = findRows(ctx, table, words(m.groups!.capital)).filter((r) => labelWords(r.label).join(' ') === m.groups!.capital);
  const weighted = valueRows(table).filter((r) => isMoney(rowUnit(ctx, table, r) ?? '') && /\brisk weighted assets\b/.test(labelWords(r.label).join(' ')));
  if (capital.length !== 1 || weighted.length !== 1) return null;
  const [c, w] = [capital[0], weighted[0]];
  return { numerator: (k) => cellTerm(ctx, table, c, k, 'numerator'), denominator: (k) => cellTerm(ctx, table, w, k, 'denominator'), guess: true, restsOn: capitalRatioOf(row.label, rowWords(c), rowWords(w)) };
}

/**
 * A payout ratio ("Dividend payout ratio", "AFFO payout ratio - diluted"): the dividends declared per share as a
 * percentage of the earnings per share (or of the measure the label names, on the basis it names) printed in the same
 * table and column; else the dividends as a percentage of net income, both amounts of that table. Companies pay out of
 * the measure they choose (funds from operations, a diluted or a basic figure), so the row is published only where it
 * holds, a failing column a mismatch only where the others bear the relation out. Undefined when the label names no
 * payout ratio; null when it does and its lines are not found.
 */
function payout(ctx: CheckContext, table: Table, row: TableRow, s: string): Reading | null | undefined {
  const m = /^(?<of>(?:[a-z]+ )*?)(?:dividends? )?payout ratio(?<basis> basic| diluted)?$/.exec(s);
  if (!m) return undefined;
  const of = words(m.groups!.of).filter((w) => !['dividend', 'dividends'].includes(w));
  const basis = m.groups!.basis?.trim();
  const rows = valueRows(table).filter((r) => r !== row);
  const perShare = rows.filter((r) => /\/share$/.test(rowUnit(ctx, table, r) ?? ''));
  const paid = (r: TableRow) => /\b(dividends?|distributions?)\b/i.test(`${r.label}`) && !/\bpayout\b/i.test(r.label);
  const dividends = perShare.filter(paid);
  const concept = (r: TableRow) => ctx.recognition.rows.get(`${table.id}/${r.id}`)?.concept ?? '';
  const wordsOf = (r: TableRow) => [...r.section.flatMap(labelWords), ...labelWords(r.label)];
  let earnings: TableRow[];
  if (of.length > 0) earnings = perShare.filter((r) => !paid(r) && of.every((w) => wordsOf(r).includes(w)) && (!basis || wordsOf(r).includes(basis)));
  else {
    earnings = [];
    for (const c of basis === 'basic' ? ['eps-basic', 'eps-basic-and-diluted'] : ['eps-diluted', 'eps-basic-and-diluted', 'eps-basic']) {
      earnings = perShare.filter((r) => !paid(r) && concept(r) === c);
      if (earnings.length > 0) break;
    }
    // "Net income (Basic)" under "PER SHARE DATA" is read as earnings per share only with its section.
    if (earnings.length === 0) earnings = perShare.filter((r) => !paid(r) && /\b(net income|earnings)\b/i.test(r.label));
  }
  if (dividends.length === 1 && earnings.length === 1) {
    const [d, e] = [dividends[0], earnings[0]];
    return { numerator: (c) => cellTerm(ctx, table, d, c, 'numerator'), denominator: (c) => cellTerm(ctx, table, e, c, 'denominator'), guess: true, restsOn: payoutOf(row.label, rowWords(d), rowWords(e)) };
  }
  if (of.length > 0 || dividends.length > 0) return null;
  const amounts = findRows(ctx, table, ['dividends']).concat(findRows(ctx, table, ['dividends', 'declared']), findRows(ctx, table, ['cash', 'dividends', 'declared']));
  const income = findRows(ctx, table, ['net', 'income']);
  if (amounts.length !== 1 || income.length !== 1) return null;
  const [d, e] = [amounts[0], income[0]];
  return { numerator: (c) => cellTerm(ctx, table, d, c, 'numerator'), denominator: (c) => cellTerm(ctx, table, e, c, 'denominator'), guess: true, restsOn: payoutOf(row.label, rowWords(d), rowWords(e)) };
}

/**
 * "Return on average assets" among a table's key ratios, its lines not above it (Farmers and Merchants'
 * selected financial data): the table's one line of net income over its one line of that balance printed as
 * an average (under a section naming averages, "SELECTED AVERAGE BALANCES", or its label saying so). A
 * return is a yearly rate: read in a year's columns only. Which income a company divides is its own choice
 * (net income, or that available to common shareholders), so the row is published only where it holds,
 * unless its other columns bear a failing one out.
 */
function onAverageBalance(ctx: CheckContext, table: Table, row: TableRow, base: string[]): Reading | null {
  const money = valueRows(table).filter((r) => r !== row && isMoney(rowUnit(ctx, table, r) ?? ''));
  const income = money.filter((r) => namesRow(['net', 'income'], labelWords(r.label)));
  const averaged = (r: TableRow) => /\baverage/i.test(r.label) || r.section.some((x) => /\baverage/i.test(x));
  // "Return on average equity" over "Stockholders' equity": the balance the label names, however its line qualifies it.
  const endsIn = (w: string[]) => w.length >= base.length && w.slice(-base.length).join(' ') === base.join(' ');
  const balance = money.filter((r) => averaged(r) && endsIn(labelWords(r.label)));
  if (income.length !== 1 || balance.length !== 1) return null;
  const [num, den] = [income[0], balance[0]];
  return {
    numerator: (c) => (/-fy$/.test(c.period) ? cellTerm(ctx, table, num, c, 'numerator') : undefined),
    denominator: (c) => cellTerm(ctx, table, den, c, 'denominator'),
    guess: true,
    restsOn: returnOnAverage(row.label, rowWords(num), rowWords(den), den.section.at(-1) ?? den.label),
  };
}

/**
 * A percentage its label prints as a line's name and "%" alone ("Operative EBITDA, %", "EBIT, %",
 * "Operative EBITDA %, O&G divestment adjusted": Kemira's key figures), in a table that prints that
 * line and revenue: a margin, the line as a percentage of revenue (of the revenue line with the same
 * qualifier, "Revenue, O&G divestment adjusted", where the label qualifies the percentage). Both
 * lines are read in the same table only. The label states no basis, so the row's columns are judged
 * together: a column that fails where others hold is a mismatch; where none holds it is another
 * ratio (a growth, a share of something else), unverifiable.
 */
function bareMargin(ctx: CheckContext, table: Table, row: TableRow, s: string): Reading | null {
  const m = /^(?<what>.+?) percent(?<tail>(?: .+)?)$/.exec(s);
  if (!m || /\bpercent(?:age)? of\b|\bpercent percent\b/.test(s)) return null;
  const tail = words(m.groups!.tail);
  const what = [...words(m.groups!.what), ...tail];
  if (what.includes('growth') || what.includes('change') || what.includes('interest')) return null;
  const num = findRows(ctx, table, what).filter((r) => r !== row);
  if (num.length !== 1) return null;
  const revenues = valueRows(table).filter((r) => r !== num[0] && isMoney(rowUnit(ctx, table, r) ?? '') && [...REVENUE].some((name) => namesRow([...words(name), ...tail], labelWords(r.label))));
  if (revenues.length !== 1) return null;
  const [n, d] = [num[0], revenues[0]];
  return {
    numerator: (c) => cellTerm(ctx, table, n, c, 'numerator'),
    denominator: (c) => cellTerm(ctx, table, d, c, 'denominator'),
    guess: false,
    restsOn: percentOfLineNamed(row.label, rowWords(n), rowWords(d)),
  };
}

/** A ratio the release's prose defines: its name's words, and the lines it divides. */
interface ProseDefinition {
  of: string[];
  over: string[];
  sentence: string;
}

const DEFINED = [
  /["“](?<name>[^"”]{2,60})["”] (?:is|are) (?:calculated|defined|computed|determined) as (?:the |our )?(?<of>[^.;,]+?) as a percentage of (?:the |our )?(?<over>[^.;,]+?)(?=[.;,]|$)/i,
  /["“](?<name>[^"”]{2,60})["”] represents (?:the |our )?(?<of>[^.;,]+?) as a percentage of (?:the |our )?(?<over>[^.;,]+?)(?=[.;,]|$)/i,
  /^(?<name>[A-Z][A-Za-z&' -]{2,60}?) (?:is|are) (?:calculated|defined|computed) as (?:the |our )?(?<of>[^.;,]+?) as a percentage of (?:the |our )?(?<over>[^.;,]+?)(?=[.;,]|$)/,
];

const definitions = new WeakMap<CheckContext, Map<string, ProseDefinition>>();

/** The ratios the release's prose defines as one line as a percentage of another, by their names' words. */
function proseDefinitions(ctx: CheckContext): Map<string, ProseDefinition> {
  let found = definitions.get(ctx);
  if (found) return found;
  found = new Map();
  for (const line of ctx.release.prose) {
    for (const sentence of line.text.split(/(?<=\.)\s+(?=[A-Z"“])/)) {
      for (const re of DEFINED) {
        const m = re.exec(sentence.trim());
        if (!m) continue;
        const name = joinInitials(labelWords(m.groups!.name)).join(' ');
        if (!found.has(name)) found.set(name, { of: labelWords(m.groups!.of), over: labelWords(m.groups!.over), sentence: sentence.trim() });
        break;
      }
    }
  }
  definitions.set(ctx, found);
  return found;
}

/**
 * A percentage its release defines in words, over the lines the words name (in the same table,
 * else printed alike elsewhere for the period). A return, or a ratio over an average balance, is a
 * yearly rate: a shorter period's figure is read only where its income line says it is annualized.
 */
function definedInWords(ctx: CheckContext, table: Table, row: TableRow, d: ProseDefinition): Reading | null {
  const num = lineNamed(ctx, table, row, d.of, 'numerator');
  const den = lineNamed(ctx, table, row, d.over, 'denominator');
  if (!num || !den) return null;
  const yearly = /\breturn\b/i.test(row.label) || d.over.includes('average');
  return {
    numerator: (c) => (!yearly || /-fy$/.test(c.period) || /\bannuali[sz]ed\b/i.test(num.label) ? num.term(c) : undefined),
    denominator: den.term,
    guess: num.guess || den.guess,
    restsOn: definedByTheRelease(row.label, d.sentence, num.where === den.where ? num.where : `${num.where}; ${den.where}`),
  };
}

/** The one money line of the table the words name, else the line printed alike in other tables. */
function lineNamed(ctx: CheckContext, table: Table, row: TableRow, name: string[], role: 'numerator' | 'denominator'): Found | null {
  const own = findRows(ctx, table, name).filter((r) => r !== row);
  if (own.length === 1) return { term: (c) => cellTerm(ctx, table, own[0], c, role), guess: false, where: sameTable(), label: rowWords(own[0]) };
  if (own.length > 1) return null;
  return elsewhere(ctx, table, (f) => namesRow(name, labelWords(f.label)), role);
}

/** A label's words with its mark of a ratio spelled out: "Equity-to-assets ratio", "Nonperforming assets/total assets". */
function ratioText(label: string): string {
  return labelWords(label.replace(/\s*\/\s*/g, ' to ').replace(/-to-/g, ' to ')).join(' ');
}

const words = (text: string) => text.split(' ').filter(Boolean);

function cellTerm(ctx: CheckContext, table: Table, row: TableRow, column: TableColumn, role: 'numerator' | 'denominator'): Term | undefined {
  return named(role, cellOf(ctx, table, row, column), rowWords(row));
}

/**
 * The names a ratio's label gives a line by a word of its own: "Equity to assets" names stockholders' (or shareholders')
 * equity, and "Equity to asset ratio" total assets. Any other name is itself.
 */
function namesOf(name: string[]): string[][] {
  const text = name.join(' ');
  if (text === 'equity') return [name, ['stockholders', 'equity'], ['shareholders', 'equity']];
  if (text === 'asset') return [['assets']];
  return [name];
}

/**
 * Money rows of the table a ratio's label names, under the first of its names that names any, an operator word opening
 * a line's label left out ("Less allowance for loan losses"); else, for a name of one word, the rows it heads.
 */
function findNamed(ctx: CheckContext, table: Table, name: string[]): TableRow[] {
  const money = valueRows(table).filter((r) => isMoney(rowUnit(ctx, table, r) ?? ''));
  for (const n of namesOf(name)) {
    const rows = money.filter((r) => namesRow(n, lineWords(r.label)));
    if (rows.length > 0) return rows;
  }
  return money.filter((r) => headed(name, lineWords(r.label)));
}

/** Words a line's label opens with that say how it enters a sum, not what it is: "Less allowance for loan losses", "Less: Intangible assets". */
const OPERATOR_WORDS = new Set(['less', 'plus', 'add', 'deduct', 'minus']);

/** A line's words, less an operator word opening its label. */
function lineWords(label: string): string[] {
  const w = labelWords(label);
  return w.length > 1 && OPERATOR_WORDS.has(w[0]) ? w.slice(1) : w;
}

/** Words that open what follows a line's head noun: "Allowance | for credit losses". */
const PREPOSITIONS = new Set(['for', 'of', 'on', 'to', 'in', 'from', 'at', 'by', 'with', 'per']);

/**
 * Whether a ratio's one-word name ("Allowance/total loans", "Allowance to Non-performing Loans", "Dividends to Net
 * Income") is the head noun of a line, its last word before any preposition ("Allowance for credit losses", "Less
 * allowance for loan losses", "Cash dividends"): the line it names where no line prints that word alone and no other
 * line of the table (or, elsewhere, no other printing for the period) is headed so.
 */
function headed(name: string[], line: string[]): boolean {
  if (name.length !== 1 || name[0] === 'total' || line.length < 2) return false;
  const k = line.findIndex((w) => PREPOSITIONS.has(w));
  return (k < 0 ? line : line.slice(0, k)).at(-1) === name[0];
}

/** Money rows of the table a label's words name. */
function findRows(ctx: CheckContext, table: Table, name: string[]): TableRow[] {
  const money = valueRows(table).filter((r) => isMoney(rowUnit(ctx, table, r) ?? ''));
  const own = money.filter((r) => labelNames(r.label).some((w) => namesRow(name, w)));
  if (own.length > 0 || basisOf(name.join(' ')) !== null) return own;
  // A line named with no basis is the line as reported: "GAAP Net Income" under Oracle's "Free Cash Flow as a % of Net
  // Income" (FY2014), where the table prints the line on no other basis.
  const bare = (r: TableRow) => labelWords(withoutBasis(plainLabel(r.label)));
  const any = money.filter((r) => namesRow(name, bare(r)));
  return any.length > 0 && any.every((r) => basisOf(r.label) === 'gaap') ? any : [];
}

interface Found {
  term: (column: TableColumn) => Term | undefined;
  guess: boolean;
  where: string;
  label: string;
}

/** The line a margin or share names: in the same table, else printed alike in every other table that prints it. */
function numeratorOf(ctx: CheckContext, table: Table, row: TableRow, what: string[], margin: boolean, of: string[]): Found | null {
  const names = [what];
  if (margin) for (const x of ['income', 'profit', 'earnings']) names.push([...what, x]);
  if (/^expenses?$/.test(what.at(-1) ?? '')) names.push(what.slice(0, -1));
  // A part named by the whole's word after its own: "Wolfspeed percent of revenue" is of "Wolfspeed revenue" (Cree).
  if (of.length > 0) names.push([...what, ...of]);
  for (const name of names) {
    let own = ofItsBlock(ctx, table, row, findRows(ctx, table, name).filter((r) => r !== row));
    // A line printed again under another caption of the table ("Gross profit" under "International Segment Results"
    // and under "International Segment Non-GAAP Results", Best Buy's 2Q24): the share's is the one of its own section.
    if (own.length > 1) {
      const section = row.section.join('\u0000');
      const mine = own.filter((r) => r.section.join('\u0000') === section);
      if (mine.length === 1) own = mine;
    }
    if (own.length === 1) return { term: (c) => named('numerator', cellOf(ctx, table, own[0], c), rowWords(own[0])), guess: false, where: sameTable(), label: rowWords(own[0]) };
    if (own.length > 1) return null;
  }
  const basis = nonGaap(`${table.title} ${row.label}`);
  for (const name of names) {
    const found = elsewhere(ctx, table, (f) => namesRow(name, labelWords(f.label)) && nonGaap(`${ctx.index.table(f.table)?.title ?? ''} ${f.label}`) === basis);
    if (found) return found;
  }
  return null;
}

/** The line a share is of: revenue, or the line the label names; in the same table, else elsewhere for the same period. */
function denominatorOf(ctx: CheckContext, table: Table, of: string[], row?: TableRow): Found | null {
  const revenue = REVENUE.has(of.join(' '));
  const isRevenue = (r: TableRow) => /^(non-gaap-)?revenue$/.test(ctx.recognition.rows.get(`${table.id}/${r.id}`)?.concept ?? '');
  let own = row ? ofItsBlock(ctx, table, row, findRows(ctx, table, of)) : findRows(ctx, table, of);
  if (own.length === 0 && revenue) own = valueRows(table).filter(isRevenue);
  // A line printed again under another caption (Qualcomm's "Revenues" under "Q1 Fiscal 2023" and "Q1 Fiscal 2022"): the
  // share's is the one of its own section, as for its numerator.
  if (own.length > 1 && row) {
    const mine = own.filter((r) => r.section.join('\u0000') === row.section.join('\u0000'));
    if (mine.length === 1) own = mine;
  }
  if (own.length > 1) own = own.filter(isRevenue);
  if (own.length === 1) return { term: (c) => named('denominator', cellOf(ctx, table, own[0], c), rowWords(own[0])), guess: false, where: sameTable(), label: rowWords(own[0]) };
  if (own.length > 1) return null;
  return elsewhere(ctx, table, (f) => (revenue ? /^(non-gaap-)?revenue$/.test(ctx.index.conceptOf(f) ?? '') && !nonGaap(f.label) : namesRow(of, labelWords(f.label))), 'denominator');
}

/**
 * A line printed in other tables, for a column of a period alone (a segment's or a named
 * column's line is its own table's): read where every printing for the period agrees.
 */
function elsewhere(ctx: CheckContext, table: Table, matches: (f: Fact) => boolean, role: 'numerator' | 'denominator' = 'numerator'): Found | null {
  const facts = ctx.release.facts.filter((f) => f.origin === 'cell' && f.table !== table.id && !f.dimension && isMoney(f.unit) && f.value !== null && matches(f) && periodNotEstablished(ctx, f) === null);
  if (facts.length === 0) return null;
  const label = rowWords(facts[0]);
  return {
    term: (c) => {
      // Joined to another table by period, a column must say which period it is: where two columns of this table
      // read as one period (GE HealthCare's Adjusted EBIT: its quarter's columns read as the years), neither does.
      // A column under a spanner is a part's, unless the spanner names the whole ("Total" beside "Originated |
      // Acquired", Home Bancorp's credit quality): that column prints the period's own figures.
      if (ownDimension(ctx, table, c) !== '' || columnPeriodNotEstablished(ctx, table.id, c) !== null) return undefined;
      const finest = agreedPrinting(facts.filter((f) => f.period === c.period));
      return finest ? named(role, finest, rowWords(finest)) : undefined;
    },
    guess: true,
    where: otherTable(label),
    label,
  };
}

/**
 * A figure of a line its table prints as a deduction: in parentheses or negative in every column where it prints one
 * (Home Bancorp's "Allowance for loan losses (28,490) (17,868) (16,570)" among its assets), so its amount is the
 * balance a ratio names. A line negative in some columns only (a net loss) is a sign that means something.
 */
function deduction(ctx: CheckContext, f: Fact): boolean {
  if (f.value === null || !parseDecimal(f.value).isNegative()) return false;
  const table = ctx.index.table(f.table);
  if (!table) return false;
  const figures = table.columns.filter((c) => !isChange(ctx, c)).map((c) => ctx.index.cell(f.table, f.row, columnKey(c))).filter((g) => g !== undefined && g.value !== null);
  return figures.every((g) => parseDecimal(g!.value!).isNegative());
}

/** The part a column prints of its lines: '' for the lines themselves (no spanner, or one naming the whole). */
const ownDimension = (ctx: CheckContext, table: Table, c: TableColumn): string =>
  c.dimension ? tieDimension(ctx.release, { table: table.id, period: c.period, dimension: c.dimension }) : '';

function named(name: 'numerator' | 'denominator', f: Fact | undefined, label: string): Term | undefined {
  return f && term(name, f, label);
}

const nonGaap = (text: string) => /\b(non[- ]?gaap|non[- ]?ifrs|adjusted|underlying|as adjusted)\b/i.test(text);
