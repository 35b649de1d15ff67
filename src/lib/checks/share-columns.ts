/**
 * Share columns: a column headed "% of Net Revenues" or "% of Revenues" beside each period's
 * amounts prints every line as a percentage of the line its header names, in the same period:
 * SunLink's "Cost of goods sold 4,618 | 58.2%" is 4,618 ÷ "Net revenues" 7,935 × 100. Where no
 * line carries the header's words but a section does ("Revenues:" over each segment's revenue,
 * then "Gross profit (loss):" over each segment's gross profit, Martin Marietta's), a line's
 * share is of the line of the same name in that section. The amounts are the period's column
 * that is not a share. A column's lines are judged together (./ratio-terms.ts
 * `judgedByColumns`): one that fails where the others hold is a mismatch.
 *
 * A column headed "%" alone says of what only by its figures: where exactly one of its lines prints
 * 100 (Pegasystems' "Total revenue $ 490,830 | 100%", Horizon Financial's deposits "Total 814,748 |
 * 100%"), that line is the whole and every other line a share of it. Nothing but that figure names the
 * whole, so the column is published only where two of its lines hold at least and as many as fail;
 * else only the lines that hold are. So is a column headed as a share of a column of amounts of the table, where
 * no line carries those words: Agree Realty's "Percent of Annualized Base Rent" beside "Annualized Base Rent",
 * each tenant's rent over the "Total Portfolio" line's.
 *
 * Ids: `definition/<table>/<row>/<column>`.
 */
import type { Check, Fact, Table, TableColumn, TableRow } from '../types.ts';
import { type CheckContext, columnKey, isMoney } from './context.ts';
import { corroboratedByLines, shareIsTheRest, shareOfAnotherLineNote, shareOfAnotherTablesWhole, shareOfColumn, shareOfLineElsewhere, shareOfWholeColumn, sharesRoundedToFoot, wholeOfShares } from './ratio-messages.ts';
import { columnPeriodNotEstablished, periodNotEstablished } from './established.ts';
import { div, figureOf, halfUnit, intersects, scale, widen } from './interval.ts';
import { parseDecimal, powerOfTen } from '../decimal.ts';
import { roundHalfUp } from './verdict.ts';
import { agreedPrinting, cellOf, holds, isChange, judgedByColumns, labelWords, namesRow, rowUnit, term, termsCheck, valueRows } from './ratio-terms.ts';
import { rowWords } from './words.ts';

const SHARE = /^percent-of-(?<of>.+)$/;

/**
 * A column headed as a percentage of something with no "of" to name the line ("Percent to Sales", J&J's statement of
 * earnings, read `percent-sales`): like a "%" column, it names its whole by its figures only, the one line printing
 * 100. Never a change or a rate, whose figures are no shares.
 */
const NAMED_PERCENT = /^percent-(?!of-)/;
const NO_SHARE = /(?:^|-)(?:change|changes|growth|increase|decrease|var|variance|yoy|margin|margins|rate|rates|yield|yields|points|bps)(?:-|$)/;
const namesAShareOfItsWhole = (dimension: string) => NAMED_PERCENT.test(dimension) && !NO_SHARE.test(dimension);

export function shareColumnChecks(ctx: CheckContext): Check[] {
  const checks: Check[] = [];
  for (const table of ctx.release.tables) {
    for (const column of table.columns) {
      // A table of one date's figures with no period heads its columns by name alone (Agree Realty's tenants).
      if (isChange(ctx, column) && (column.period !== '' || !SHARE.test(column.dimension ?? ''))) continue;
      if (column.dimension === 'percent' || namesAShareOfItsWhole(column.dimension ?? '')) {
        checks.push(...wholeColumnChecks(ctx, table, column));
        continue;
      }
      const m = SHARE.exec(column.dimension ?? '');
      if (!m) continue;
      const of = m.groups!.of.split('-');
      // A share of a column, not of a line: "Percent of Annualized Base Rent" beside "Annualized Base Rent" (Agree
      // Realty's tenants, states and sectors), no line so named; its whole is the line printing 100.
      // A share column naming no period of its own is of its whole's, however that is dated (by the sentence introducing
      // the table, "… as of December 31, 2024:").
      const ofColumn = table.columns.find((c) => c !== column && (c.period === column.period || column.period === '') && c.dimension === m.groups!.of);
      if (ofColumn && !valueRows(table).some((r) => namesRow(of, labelWords(r.label)))) {
        checks.push(...wholeColumnChecks(ctx, table, column, ofColumn));
        continue;
      }
      if (column.period === '') continue;
      const amounts = amountsOf(table, column);
      if (!amounts) continue;
      // No line of the table is the whole its header names ("% of Net Sales" beside a reconciliation of Adjusted EBITDA,
      // Karat Packaging's): the line printed in another table for the period, where every printing agrees.
      if (!valueRows(table).some((row) => denominatorOf(ctx, table, row, of) !== null)) {
        // No line carries the header's words, but one prints 100 in the column: the whole, as in a "%" column (FinWise's
        // "% of total loans" beside each date's amounts, "Total period end loans … 100.0%", 4Q24).
        if (sharesOfTheWhole(ctx, table, column) !== null) {
          checks.push(...wholeColumnChecks(ctx, table, column));
          continue;
        }
        checks.push(...judgedByColumns(sharesOfWholeElsewhere(ctx, table, column, amounts, of), true, 'column'));
        continue;
      }
      const column_checks = valueRows(table).flatMap((row) => {
        const reported = cellOf(ctx, table, row, column);
        const amount = cellOf(ctx, table, row, amounts);
        const base = denominatorOf(ctx, table, row, of);
        if (!reported || reported.value === null || !amount || amount.value === null || !isMoney(amount.unit) || !base) return [];
        const whole = cellOf(ctx, table, base, amounts);
        if (!whole || whole.value === null || whole === amount) return [];
        return [shareCheck(ctx, table, row, column, { reported, amount, whole, ofWords: of.join(' '), wholeWords: inWords(base), restsOn: shareOfColumn(column.header, inWords(base)) })];
      });
      checks.push(...judgedByColumns(footedShares(ctx, table, column, amounts, of, column_checks), false, 'column'));
    }
  }
  return checks;
}

/**
 * Each line's share of the whole a share column's header names where its table prints no such line: that line as printed
 * elsewhere for the amounts' period (cells of other tables naming no part, every printing agreeing). Only beside a column
 * of the period's own amounts (no part's: a segment's share is of the segment's whole), and only where the period is
 * established.
 */
function sharesOfWholeElsewhere(ctx: CheckContext, table: Table, column: TableColumn, amounts: TableColumn, of: string[]): Check[] {
  if (amounts.dimension && !/^amounts?$/.test(amounts.dimension)) return [];
  if (columnPeriodNotEstablished(ctx, table.id, amounts) !== null || columnPeriodNotEstablished(ctx, table.id, column) !== null) return [];
  const printed = ctx.release.facts.filter(
    (f) => f.origin === 'cell' && f.table !== table.id && !f.dimension && f.period === amounts.period && isMoney(f.unit) && f.value !== null && namesRow(of, labelWords(f.label)) && periodNotEstablished(ctx, f) === null,
  );
  const whole = agreedPrinting(printed);
  if (!whole || parseDecimal(whole.value!).isZero()) return [];
  const lines = valueRows(table).flatMap((row) => {
    const reported = cellOf(ctx, table, row, column);
    const amount = cellOf(ctx, table, row, amounts);
    if (!reported || reported.value === null || reported.unit !== 'percent' || !amount || amount.value === null || amount.unit !== whole.unit) return [];
    return [shareCheck(ctx, table, row, column, { reported, amount, whole, ofWords: of.join(' '), wholeWords: rowWords(whole), restsOn: shareOfLineElsewhere(column.header, rowWords(whole)) })];
  });
  // Shares that add up as printed as their amounts do (Karat's "Adjusted EBITDA" 30.5% the sum of the printed shares
  // above it) may each be a unit of their last digit off their own, so that they do.
  return lines.some((c) => c.verdict === 'mismatch') && footsAsPrinted(ctx, table, column) ? withinAUnit(ctx, lines, false) : lines;
}

/**
 * A "%" column beside a period's amounts naming no whole and printing no 100 (read so by its layout, beside each period's
 * amounts): each line's share of the whole the release's share columns of that period establish in another table. Dave & Buster's
 * statement of operations prints each line's share of "Total revenues" (its column's one 100.0%); its reconciliation of
 * net income to Adjusted EBITDA prints "-48.6%" beside net income, "-17.2%" beside EBITDA, in the same layout, and no
 * line of revenue. Only where every such column of the period in the release is read so (two lines holding at least)
 * and all agree on the whole; published where two of this column's lines hold at least and as many as fail, a line that
 * fails and is a share of another line the release prints for the period left unverifiable (a margin may be of
 * another revenue); else only the lines that hold.
 */
function sharesOfAnotherTablesWhole(ctx: CheckContext, table: Table, column: TableColumn): Check[] {
  const amounts = amountsOf(table, column);
  if (!amounts || amounts.dimension || column.period === '' || isChange(ctx, amounts)) return [];
  const rows = valueRows(table).flatMap((row) => {
    const reported = cellOf(ctx, table, row, column);
    const amount = cellOf(ctx, table, row, amounts);
    return reported && reported.value !== null && reported.status === 'reported' ? [{ row, reported, amount }] : [];
  });
  if (rows.length < 2 || rows.some(({ reported, amount }) => reported.unit !== 'percent' || !amount || amount.value === null || !isMoney(amount.unit))) return [];
  if (columnPeriodNotEstablished(ctx, table.id, amounts) !== null || columnPeriodNotEstablished(ctx, table.id, column) !== null) return [];
  const wholes = ctx.release.tables.flatMap((t) =>
    t === table
      ? []
      : t.columns.flatMap((c) => {
          if (c.period !== column.period || !(c.dimension === 'percent' || namesAShareOfItsWhole(c.dimension ?? ''))) return [];
          const read = sharesOfTheWhole(ctx, t, c);
          const whole = read && read.lines.filter(holds).length >= 2 ? cellOf(ctx, t, read.base, read.amounts) : undefined;
          return whole && whole.value !== null ? [{ whole, table: t, row: read!.base }] : [];
        }),
  );
  if (wholes.length === 0 || wholes.some((w) => !figureOf(w.whole).value.eq(figureOf(wholes[0]!.whole).value) || w.whole.unit !== wholes[0]!.whole.unit)) return [];
  const { whole, table: of, row: base } = wholes[0]!;
  const wholeWords = inWords(base);
  const header = column.header;
  const lines = rows.flatMap(({ row, reported, amount }) =>
    amount!.unit !== whole.unit ? [] : [shareCheck(ctx, table, row, column, { reported, amount: amount!, whole, ofWords: wholeWords, wholeWords, restsOn: shareOfAnotherTablesWhole(header, wholeWords, of.title) })],
  );
  const n = lines.filter(holds).length;
  const m = lines.filter((c) => c.verdict === 'mismatch').length;
  if (n < 2 || n < m) return lines.filter(holds);
  return lines.map((c) => {
    if (c.verdict !== 'mismatch') return c;
    const other = shareOfAnotherLine(ctx, c, whole);
    return other
      ? { ...c, verdict: 'unverifiable' as const, difference: null, explanation: `${c.explanation} ${shareOfAnotherLineNote(rowWords(other))}` }
      : { ...c, explanation: `${c.explanation} ${corroboratedByLines(n)}` };
  });
}

/** A money line the release prints for the check's period, other than the whole, of which its amount is the share printed (to the share's rounding). */
function shareOfAnotherLine(ctx: CheckContext, c: Check, whole: Fact): Fact | undefined {
  const amount = ctx.index.fact(c.inputs[0]!);
  const reported = c.reported.fact ? ctx.index.fact(c.reported.fact) : undefined;
  if (!amount || !reported || reported.value === null || parseDecimal(reported.value).isZero()) return undefined;
  const implied = div(figureOf(amount).interval, figureOf(reported).interval);
  if (!implied) return undefined;
  const base = scale(implied, 2);
  return ctx.release.facts.find(
    (f) => f.origin === 'cell' && f.period === whole.period && f.id !== whole.id && f.id !== amount.id && f.value !== null && f.unit === whole.unit && !parseDecimal(f.value).isZero() && intersects(figureOf(f).interval, base),
  );
}

/** A "%" column, or one naming the column of amounts it shares out, whose one line printing 100 is its whole (see the module's comment). */
function wholeColumnChecks(ctx: CheckContext, table: Table, column: TableColumn, named?: TableColumn): Check[] {
  const read = sharesOfTheWhole(ctx, table, column, named);
  if (!read) return named === undefined && column.dimension === 'percent' ? sharesOfAnotherTablesWhole(ctx, table, column) : [];
  const { amounts, base, lines } = read;
  const held = lines.filter((c) => c.verdict === 'exact' || c.verdict === 'rounding').length;
  const footed = restOfTheWhole(ctx, table, column, base, footedShares(ctx, table, column, amounts, null, lines, base));
  if (held >= 2) return judgedByColumns(footed, true, 'column');
  // No line holding as printed: the whole may be the misprint; else the lines that hold once rounded to foot, as before.
  const misprinted = held === 0 && named === undefined ? misprintedWhole(ctx, table, column, amounts, base, lines) : [];
  return misprinted.length > 0 ? misprinted : footed.filter((c) => c.verdict === 'exact' || c.verdict === 'rounding');
}

/** Each line's share of the whole (the one line printing 100) in a share column, as printed: null where no one line prints 100. */
function sharesOfTheWhole(ctx: CheckContext, table: Table, column: TableColumn, named?: TableColumn): { amounts: TableColumn; base: TableRow; lines: Check[] } | null {
  const amounts = named ?? amountsOf(table, column);
  if (!amounts) return null;
  const rows = valueRows(table);
  const hundred = rows.filter((r) => {
    const f = cellOf(ctx, table, r, column);
    return f && f.status === 'reported' && f.value !== null && parseDecimal(f.value).eq(100);
  });
  if (hundred.length !== 1) return null;
  const base = hundred[0];
  const whole = cellOf(ctx, table, base, amounts);
  if (!whole || whole.value === null || !isMoney(whole.unit) || parseDecimal(whole.value).isZero()) return null;
  const header = column.header || '%';
  const lines = rows.flatMap((row) => {
    if (row === base) return [];
    const reported = cellOf(ctx, table, row, column);
    const amount = cellOf(ctx, table, row, amounts);
    if (!reported || reported.value === null || reported.unit !== 'percent' || !amount || amount.value === null || amount.unit !== whole.unit || amount.scale !== whole.scale) return [];
    const wholeWords = inWords(base) || 'the whole';
    return [shareCheck(ctx, table, row, column, { reported, amount, whole, ofWords: wholeWords, wholeWords, restsOn: shareOfWholeColumn(header, inWords(base) || 'the line printing 100%') })];
  });
  return { amounts, base, lines };
}

/**
 * A share column failing on every line where its twins hold (J&J's "Percent to Sales" beside each period's amounts: a
 * quarter's sales printed 99,939 makes every share of that quarter fail, 6,084 of 99,939 being no 30.5%): the lines
 * agree among themselves on the whole their shares are of, and the line printing 100 is not it. The whole is then the
 * misprint, judged against the line whose share gives it most closely (its largest), and each line's share left
 * unjudged. Only where two thirds of the other lines, two at least, give that line's whole (each share read to a unit of
 * its last digit, as shares rounded to foot are), the whole printed is none of them, and another
 * column of the same header, in another period, holds on two lines at least with the same line printing 100 and fails
 * on none: the reading the release establishes there. Else nothing (`definition/<table>/<whole row>/<column>/whole`).
 */
function misprintedWhole(ctx: CheckContext, table: Table, column: TableColumn, amounts: TableColumn, base: TableRow, lines: Check[]): Check[] {
  if (lines.length < 2 || !lines.every((c) => c.verdict === 'mismatch')) return [];
  const twins = table.columns.filter((c) => c !== column && c.dimension === column.dimension && c.period !== '' && c.period !== column.period);
  const holdsThere = twins.some((twin) => {
    const read = sharesOfTheWhole(ctx, table, twin);
    if (read === null || read.base !== base || read.lines.length < 2) return false;
    // As the twin's shares are judged: a share a unit off where the column is rounded to foot holds.
    return footedShares(ctx, table, twin, read.amounts, null, read.lines, base).every((c) => c.verdict === 'exact' || c.verdict === 'rounding');
  });
  if (!holdsThere) return [];
  const whole = cellOf(ctx, table, base, amounts)!;
  // Each line's whole: its amount over its share, × 100, as intervals of the printed figures; a share may be a unit of
  // its last digit off, rounded so that the column adds up (`footedShares`), so each is also read so widened.
  const implied = lines.flatMap((c) => {
    const amount = ctx.index.fact(c.inputs[0]!);
    const reported = c.reported.fact ? ctx.index.fact(c.reported.fact) : undefined;
    if (!amount || !reported || reported.value === null || parseDecimal(reported.value).isZero()) return [];
    const share = figureOf(reported).interval;
    const q = div(figureOf(amount).interval, share);
    const loose = div(figureOf(amount).interval, widen(share, halfUnit(reported.decimals)));
    return q && loose ? [{ amount, reported, interval: scale(q, 2), loose: scale(loose, 2) }] : [];
  });
  if (implied.length < 3) return [];
  // The line whose share gives the whole most closely, its largest; the others bear it out, two thirds of them, two at least.
  const closest = implied.reduce((a, b) => (parseDecimal(b.reported.value!).abs().gt(parseDecimal(a.reported.value!).abs()) ? b : a));
  const agreeing = implied.filter((x) => x !== closest && intersects(x.loose, closest.interval)).length;
  if (agreeing < 2 || agreeing * 3 < (implied.length - 1) * 2 || intersects(closest.loose, figureOf(whole).interval)) return [];
  const row = table.rows.find((r) => r.id === closest.amount.row)!;
  return [
    termsCheck(ctx, {
      kind: 'definition',
      id: `definition/${table.id}/${base.id}/${columnKey(column)}/whole`,
      subject: `${rowWords(base)}, the whole of '${column.header || '%'}'`,
      expression: 'amount / share * 100',
      terms: [term('amount', closest.amount, inWords(row)), term('share', closest.reported, `${inWords(row)}, % of ${inWords(base) || 'the whole'}`)],
      reported: whole,
      column: amounts,
      restsOn: wholeOfShares(column.header || '%', inWords(base) || 'the line printing 100%', agreeing + 1, implied.length),
    }),
  ];
}

/**
 * Shares rounded so that the column adds up: a column that prints its whole as exactly 100 ("Total
 * Revenues 11,320 | 100%") and whose lines add up, as printed, to their subtotals' printed shares is
 * rounded to foot (Oracle, Q4 FY2014: "Software license updates and product support 4,695 | 42%",
 * 41.5%, so that 33% + 3% + 1% + 42% is the 79% printed for "Software and Cloud Revenues", 78.7%).
 * Each line's share may then be off by up to one unit of its last digit, never more: a line whose
 * share is within that of the exact one is read so (rounding, saying why); a figure altered
 * beyond it is still a mismatch.
 */
function footedShares(ctx: CheckContext, table: Table, column: TableColumn, amounts: TableColumn, of: string[] | null, checks: Check[], wholeRow?: TableRow): Check[] {
  if (!checks.some((c) => c.verdict === 'mismatch')) return checks;
  const whole = (() => {
    const base = wholeRow ?? valueRows(table).find((r) => of !== null && denominatorOf(ctx, table, r, of) === r);
    return base ? cellOf(ctx, table, base, column) : null;
  })();
  const roundedToFoot = whole && whole.value !== null ? parseDecimal(whole.value).eq(100) && (footsAsPrinted(ctx, table, column) || (wholeRow !== undefined && differsAsPrinted(ctx, table, column, amounts, wholeRow))) : partsAddTo100(ctx, table, column, checks);
  return roundedToFoot ? withinAUnit(ctx, checks, true) : checks;
}

/** Each mismatch of shares rounded to foot read again: off by no more than a unit of its last digit, rounding (saying why). */
function withinAUnit(ctx: CheckContext, checks: Check[], wholePrinted: boolean): Check[] {
  return checks.map((c) => {
    if (c.verdict !== 'mismatch' || !c.computedInterval || c.reported.value === null) return c;
    const fact = c.reported.fact ? ctx.index.fact(c.reported.fact) : undefined;
    const unit = powerOfTen(-(fact?.decimals ?? 0));
    const printed = parseDecimal(c.reported.value);
    const lo = parseDecimal(c.computedInterval.lo);
    const hi = parseDecimal(c.computedInterval.hi);
    if (hi.lt(printed.sub(unit)) || lo.gt(printed.add(unit))) return c;
    return { ...c, verdict: 'rounding' as const, difference: null, explanation: `${c.explanation} ${sharesRoundedToFoot(wholePrinted)}` };
  });
}

/**
 * A column whose whole prints no share ("Total $ 1,200,181 |" under "% of Total") but whose every line's printed share
 * adds up to exactly 100: the shares are rounded so that they do (the largest remainders rounded up), and a line may be
 * a unit of its last digit under its own share (KEMET's net sales by region, a TAT-QA table: EMEA 277,898 of 1,200,181
 * is 23.15%, printed 23.1% so that 40.0 + 23.1 + 21.6 + 15.3 = 100.0). Every line checked prints its share.
 */
function partsAddTo100(ctx: CheckContext, table: Table, column: TableColumn, checks: Check[]): boolean {
  const shares = checks.map((c) => (c.reported.value === null ? null : parseDecimal(c.reported.value)));
  if (shares.length < 2 || shares.some((v) => v === null)) return false;
  const printed = valueRows(table).map((r) => cellOf(ctx, table, r, column)).filter((f) => f && f.status === 'reported' && f.value !== null);
  return printed.length === shares.length && shares.reduce((a, v) => a!.add(v!), parseDecimal('0'))!.eq(100);
}

/**
 * A last line printed as the rest of the whole: where the printed shares of the lines add up to exactly the 100 of the
 * whole, the line just above the whole ("Other", Agree Realty's tenants under 1.5% of the rent, 45.7% for 284,335 of
 * 620,721, 45.81%) may be printed as 100 less the others as printed, and so carry all their rounding. Only that line,
 * only where every line is printed, and only within half a unit of each other line's last digit: an amount altered
 * elsewhere is still a mismatch on its own line, and this line's own amount altered beyond that is one too.
 */
function restOfTheWhole(ctx: CheckContext, table: Table, column: TableColumn, base: TableRow, checks: Check[]): Check[] {
  const rows = valueRows(table);
  const lines = rows.slice(0, rows.indexOf(base));
  const last = lines.at(-1);
  const check = last && checks.find((c) => c.id === `definition/${table.id}/${last.id}/${columnKey(column)}`);
  if (!last || !check || check.verdict !== 'mismatch') return checks;
  const shares = lines.map((r) => cellOf(ctx, table, r, column));
  if (shares.some((f) => !f || f.status !== 'reported' || f.value === null)) return checks;
  // Another line's share misprinted is that line's error, not this one's: it counts at its own amount's share, rounded
  // as it is printed, so the rest is judged against the shares as they should read and the misprint is blamed once.
  const asTheyShouldRead = lines.map((r, k) => {
    const printed = parseDecimal(shares[k]!.value!);
    if (r === last) return printed;
    const own = checks.find((c) => c.id === `definition/${table.id}/${r.id}/${columnKey(column)}`);
    return own && own.verdict === 'mismatch' && own.computed !== null ? roundHalfUp(parseDecimal(own.computed), shares[k]!.decimals) : printed;
  });
  const sum = asTheyShouldRead.reduce((a, v) => a.add(v), parseDecimal('0'));
  if (!sum.eq(100)) return checks;
  // The rest carries at most half a unit of each other line's last digit: a share further off is misprinted still.
  const own = shares.at(-1)!;
  const carried = powerOfTen(-own.decimals).div(2).mul(lines.length - 1);
  if (check.computed === null || parseDecimal(check.computed).sub(parseDecimal(own.value!)).abs().gt(carried)) return checks;
  const others = sum.sub(parseDecimal(own.value!));
  const rest = `100 − ${others.toFixed()} = ${parseDecimal('100').sub(others).toFixed()}`;
  return checks.map((c) => (c === check ? { ...c, verdict: 'rounding' as const, difference: null, explanation: `${c.explanation} ${shareIsTheRest(rest)}` } : c));
}

/**
 * Whether a printed share is the sum of the printed shares of the lines above it back to the last such sum or the
 * column's top, at least once. A share printed as a dash is nought as printed (Timberland's deposits, 1Q FY2020:
 * "Certificates of deposit – brokered 3,207 | --", 0.3%, the line just above "Total deposits | 100%").
 */
function footsAsPrinted(ctx: CheckContext, table: Table, column: TableColumn): boolean {
  const shares = valueRows(table)
    .map((r) => cellOf(ctx, table, r, column))
    .map((f) => (f && f.value !== null && f.status === 'reported' ? parseDecimal(f.value) : f && f.status === 'nil' ? parseDecimal('0') : null));
  for (let i = 2; i < shares.length; i++) {
    const total = shares[i];
    if (total === null || total.isZero()) continue;
    let sum = parseDecimal('0');
    for (let j = i - 1; j >= 0 && shares[j] !== null; j--) {
      sum = sum.add(shares[j]!);
      if (i - j >= 2 && sum.eq(total)) return true;
    }
  }
  return false;
}

/**
 * Whether the column is rounded so that a statement's chain foots: a printed share is the printed share of a line above
 * it less those of the lines between, as its amount is that line's amount less theirs, both exactly, where the shares
 * each rounded from its own amount would not make it so (J&J's statement of earnings, 1Q23: "Restructuring 130 | 0.6",
 * 0.525%, printed so that "Gross Profit" 66.1 less the costs is the (3.0) printed for earnings before taxes; rounded
 * alone it would be 0.5 and the costs would leave (2.9)). A link that foots both ways is no evidence (Ulta's "Gross
 * profit" 37.6 is 100.0 less 62.4 as each rounds alone), and a column one link of whose amounts' chain its shares do
 * not follow is rounded line by line, not to foot: Ulta's 4Q21 operating income 13.8% is not 37.6 less 23.8 and 0.1,
 * so its interest 467 printed 0.1% of 2,729,388 stays a mismatch though 13.8 less it is the 13.7 printed below.
 */
function differsAsPrinted(ctx: CheckContext, table: Table, column: TableColumn, amounts: TableColumn, wholeRow: TableRow): boolean {
  const wholeAmount = cellOf(ctx, table, wholeRow, amounts);
  if (!wholeAmount || wholeAmount.value === null || parseDecimal(wholeAmount.value).isZero()) return false;
  const base = parseDecimal(wholeAmount.value);
  const lines = valueRows(table).map((r) => {
    const share = cellOf(ctx, table, r, column);
    const amount = cellOf(ctx, table, r, amounts);
    if (!share || share.value === null || share.status !== 'reported' || !amount || amount.value === null || amount.status !== 'reported') return null;
    const value = parseDecimal(amount.value);
    return { share: parseDecimal(share.value), amount: value, alone: roundHalfUp(value.div(base).mul(100), share.decimals) };
  });
  let forced = false;
  for (let i = 1; i < lines.length; i++) {
    const total = lines[i];
    if (!total || total.amount.isZero()) continue;
    let share = parseDecimal('0');
    let amount = parseDecimal('0');
    let alone = parseDecimal('0');
    for (let j = i - 1; j >= 0 && lines[j]; j--) {
      const first = lines[j]!;
      if (!amount.isZero() && first.amount.sub(amount).eq(total.amount)) {
        // A link of the chain the shares as printed do not follow: the column is not rounded to foot.
        if (!first.share.sub(share).eq(total.share)) return false;
        if (!first.alone.sub(alone).eq(total.alone)) forced = true;
      }
      share = share.add(first.share);
      amount = amount.add(first.amount);
      alone = alone.add(first.alone);
    }
  }
  return forced;
}

/** A line with its outermost section where that is not its label's ("Revenues: Building Materials — Aggregates"). */
/** One line's share of its whole, `definition/<table>/<row>/<column>`: the amount over the whole, times 100, as the share column prints it. */
function shareCheck(
  ctx: CheckContext,
  table: Table,
  row: TableRow,
  column: TableColumn,
  share: { reported: Fact; amount: Fact; whole: Fact; ofWords: string; wholeWords: string; restsOn: string },
): Check {
  return termsCheck(ctx, {
    kind: 'definition',
    id: `definition/${table.id}/${row.id}/${columnKey(column)}`,
    subject: `${rowWords(row)}, % of ${share.ofWords}`,
    expression: 'amount / whole * 100',
    terms: [term('amount', share.amount, inWords(row)), term('whole', share.whole, share.wholeWords)],
    reported: share.reported,
    column,
    restsOn: share.restsOn,
  });
}

function inWords(row: TableRow): string {
  const outer = row.section[0];
  return outer && row.section.length > 1 ? `${outer.replace(/:$/, '')}: ${rowWords(row)}` : rowWords(row);
}

/** The column of amounts a share column stands beside: the same period's column that is not a share, the nearest on its left. */
function amountsOf(table: Table, column: TableColumn): TableColumn | null {
  const i = table.columns.indexOf(column);
  const same = table.columns.filter((c, j) => j !== i && c.period === column.period && !SHARE.test(c.dimension ?? ''));
  const left = same.filter((c) => table.columns.indexOf(c) < i);
  return left.at(-1) ?? (same.length === 1 ? same[0] : null);
}

/**
 * The line a share is of: the one line the header names, else the line of the same name in the section the header
 * names. "% of Total" names the table's total: its one line called a total ("Total revenue", Surmodics' revenue by
 * segment), or of several the one called "Total" alone.
 */
function denominatorOf(ctx: CheckContext, table: Table, row: TableRow, of: string[]): TableRow | null {
  const rows = valueRows(table).filter((r) => isMoney(rowUnit(ctx, table, r) ?? ''));
  if (of.join(' ') === 'total') {
    const totals = rows.filter((r) => labelWords(r.label)[0] === 'total');
    const bare = totals.filter((r) => labelWords(r.label).length === 1);
    return totals.length === 1 ? totals[0] : bare.length === 1 ? bare[0] : null;
  }
  const named = rows.filter((r) => namesRow(of, labelWords(r.label)));
  if (named.length === 1) return named[0];
  if (named.length > 1) return null;
  const own = labelWords(row.label).join(' ');
  const inSection = rows.filter((r) => r !== row && labelWords(r.label).join(' ') === own && r.section.some((s) => namesRow(of, labelWords(s))));
  return inSection.length === 1 ? inSection[0] : null;
}
