/**
 * Per-share figures divided from the lines of their own table, in each of its columns:
 * "Basic earnings (loss) per share" is the table's net income (attributable to the company
 * where it prints that line) ÷ "Shares used in computing basic earnings (loss) per share";
 * "FFO per diluted share" is "FFO" ÷ "Weighted average shares used in computing FFO per diluted
 * share"; "Free Cash Flow per share - basic" is "Free Cash Flow" ÷ "Weighted average shares –
 * basic". The base model's definitions check one printing of earnings per share a period
 * (./definition.ts); a table that prints the lines beside every column of its own (restated
 * quarters, pro forma statements, a segment's columns) is checked here column by column.
 *
 * The numerator is the line the label names before "per", the line just above a bare "Per
 * share - basic and diluted", or the table's net income for earnings, in the figure's currency; the shares are the one line of shares of the same basis (basic, diluted) the table
 * prints, the one naming the figure where several do. A figure of continuing or discontinued
 * operations whose line the table does not print is not read. A release that allocates
 * earnings otherwise (participating or preferred securities, noncontrolling interests: an
 * adjusted numerator, as IFRS diluted EPS has), or diluted earnings beside convertible securities
 * (the if-converted method adds back interest), does not establish the division, so a column
 * where it fails is unverifiable with that reason, as the base definitions are; else a row's
 * columns are judged together (./ratio-terms.ts `judgedByColumns`).
 *
 * Ids: `definition/<table>/<row>/<column>`.
 */
import type { Check, Table, TableRow } from '../types.ts';
import { type CheckContext, columnKey } from './context.ts';
import { perShareOfAgreeingShares, perShareOfLines } from './ratio-messages.ts';
import { allocationKind, numeratorLevel, TO_COMMON, unsettled } from './earnings-allocations.ts';
import { shareClasses } from './share-classes.ts';
import { preferredConvertedIn } from './preferred-conversion.ts';
import { cellOf, corroboratedOrNot, isChange, judgedByColumns, labelWords, namesRow, ofItsBlock, rowUnit, term, termsCheck, valueRows } from './ratio-terms.ts';
import { rowWords } from './words.ts';
import { gaapLossIn } from './identity.ts';
import { parseDecimal, powerOfTen } from '../decimal.ts';
import { aboveWhatAllocationLeaves as allocationLeaves, bookValueNotStated, definitionNotEstablished, sharesCappedByALoss } from './relation-messages.ts';
import { aboveWhatAllocationLeaves } from './allocation-bound.ts';
import { shown } from './messages.ts';

const printedOf = (f: { raw: string }) => f.raw.replace(/<\/?u>|\\/g, '').trim();

/** Allocations beyond a noncontrolling interest's and preferred dividends, which a numerator may have taken (./earnings-allocations.ts). */
const ALLOCATION = /\b(participating|two[ -]class|deemed dividends?|non-vested|nonvested)\b/i;
/**
 * Discontinued operations allocate nothing, but beside them a line read as earnings may be of continuing operations
 * only: earnings per share are certain there only where the label names the line it divides ("NET EARNINGS PER COMMON
 * SHARE - BASIC" over "NET EARNINGS", Standard Motor Products' statement, 1Q20, beside its discontinued operation).
 */
const DISCONTINUED = /\bdiscontinued\b/i;
/** Diluted earnings beside convertible securities may add back what conversion saves (the if-converted method). */
const CONVERSION = /\bconvertible\b/i;
const EARNINGS = new Set(['', 'earnings', 'earnings loss', 'loss earnings', 'net income', 'net loss', 'net income loss', 'net loss income', 'net earnings', 'net earnings loss', 'income', 'income loss', 'loss', 'eps', 'profit', 'net profit']);
const BASES = ['basic', 'diluted'] as const;

export function perShareRowChecks(ctx: CheckContext): Check[] {
  return ctx.release.tables.flatMap((table) => tableChecks(ctx, table));
}

/** A row's words with its section's where the label alone is only a basis ("Basic", "– Diluted"). */
function wordsOf(row: TableRow): string[] {
  // "Diluted EPS" (Qualcomm's reconciliation) is diluted earnings per share.
  const own = labelWords(row.label).flatMap((w) => (w === 'eps' ? ['earnings', 'per', 'share'] : [w]));
  const bare = own.every((w) => ['basic', 'diluted', 'and', 'total'].includes(w));
  return bare ? [...labelWords(row.section.at(-1) ?? ''), ...own] : own;
}

function basisOf(words: string[]): string | null {
  const b = BASES.filter((x) => words.includes(x));
  return b.length === 0 ? null : b.join(' and ');
}

/** "basic earnings loss per share" → "earnings loss"; "ffo per diluted share" → "ffo". */
function measureOf(words: string[]): string[] | null {
  const i = words.indexOf('per');
  if (i < 0) return null;
  const after = words.slice(i + 1);
  // "AFFO per unit -- diluted": a trust's unit, which ingest reads per share only where a basis names it so.
  if (!['share', 'common', 'diluted', 'basic', 'unit', 'units', 'wa'].includes(after[0])) return null;
  return words.slice(0, i).filter((w) => !BASES.includes(w as (typeof BASES)[number]) && w !== 'and');
}

function tableChecks(ctx: CheckContext, table: Table): Check[] {
  const all = valueRows(table);
  const unit = (r: TableRow) => rowUnit(ctx, table, r) ?? '';
  if (!all.some((r) => unit(r) === 'shares')) return [];
  const anywhere = (words: RegExp) => ctx.release.tables.some((t) => t.rows.some((r) => words.test(r.label)));
  const kinds = new Set(ctx.release.tables.flatMap((t) => t.rows.flatMap((r) => allocationKind(r.label, ALLOCATION) ?? [])));
  const discontinued = anywhere(DISCONTINUED);
  const converts = anywhere(CONVERSION);
  const classes = shareClasses(ctx.release);
  const stopped = preferredConvertedIn(ctx);
  const checks: Check[] = [];
  for (const row of all) {
    if (!/\/share$/.test(unit(row))) continue;
    // Where captions print the lines again for each period (Qualcomm's reconciliation), the row's own block's.
    const rows = ofItsBlock(ctx, table, row, all);
    const shares = rows.filter((r) => unit(r) === 'shares');
    if (shares.length === 0) continue;
    const w = wordsOf(row);
    const measure = measureOf(w);
    const basis = basisOf(w);
    if (!measure) continue;
    // A figure per share at a date with no basis ("Book value per share" under "Book value" and "Common shares
    // outstanding", Clairvest's financial position): a balance over the shares outstanding at that date.
    const atDates = !basis && measure.length > 0 && !EARNINGS.has(measure.join(' ')) && table.columns.every((c) => isChange(ctx, c) || ctx.index.period(c.period)?.kind === 'instant');
    // A bare "Per share" under its line naming no basis (PrairieSky's "Dividends declared" over "Per share"): read only
    // where every count of shares the table prints is one figure in each column, so no basis is chosen over another.
    const agreeing = !basis && !atDates && measure.length === 0 ? agreeingShares(ctx, table, shares) : null;
    // Earnings per share naming no basis beside one weighted count naming none (The St. Joe Company's "Net (loss)
    // income per share attributable to the Company" over "Weighted average shares outstanding"): one basis, unnamed.
    const single = !basis && !atDates && !agreeing && EARNINGS.has(measure.join(' ')) ? unnamedBasis(ctx, table, rows, shares) : null;
    if (!basis && !atDates && !agreeing && !single) continue;
    const numerator = numeratorOf(ctx, table, rows, row, measure, qualifierOf(w));
    // A figure per share in one currency divides a line in the same (not NT$ income into US$ per ADS).
    if (numerator && unit(numerator) !== unit(row).replace(/\/share$/, '')) continue;
    const denominator = basis ? sharesOf(shares.filter((r) => countsFor(r, numerator)), basis, measure) : (agreeing ?? single ?? outstandingOf(shares));
    if (!numerator || !denominator) continue;
    // Earnings allocated to other securities leave net income no numerator of earnings per share; a measure of the
    // release's own ("AFFO per unit -- diluted" under "AFFO") divides its line as printed, whatever else is allocated.
    const earnings = EARNINGS.has(measure.join(' '));
    // Book value read as the table's equity line, which the label does not name: judged as a reading not stated.
    const byEquity = BOOK_VALUE.test(measure.join(' ')) && !namesRow(measure, labelWords(numerator.label));
    const named = namesRow([...measure, ...qualifierOf(w)], labelWords(numerator.label)) || namesRow(measure, labelWords(numerator.label));
    // A numerator printed after the allocations has taken them (St. Joe's "… attributable to the Company").
    const allocates = unsettled(kinds, numeratorLevel(ctx.recognition.rows.get(`${table.id}/${numerator.id}`)?.concept, numerator.label), basis === 'diluted');
    const adjusted = atDates
      ? (classes ? { classes } : null)
      : (allocates || (discontinued && !named)) && earnings
        ? 'allocated'
        : classes
          ? { classes }
          : converts && basis === 'diluted'
            ? 'converted'
            : earnings && basis === 'diluted' && kinds.has('preferred')
              ? 'preferred-converted'
              : null;
    const row_checks = table.columns.flatMap((column) => {
      if (isChange(ctx, column)) return [];
      const reported = cellOf(ctx, table, row, column);
      const n = cellOf(ctx, table, numerator, column);
      const d = cellOf(ctx, table, denominator, column);
      if (!reported || reported.value === null || !n || n.value === null || !d || d.value === null) return [];
      const check = termsCheck(ctx, {
          kind: 'definition',
          id: `definition/${table.id}/${row.id}/${columnKey(column)}`,
          subject: rowWords(row),
          expression: 'numerator / shares',
          terms: [term('numerator', n, rowWords(numerator)), term('shares', d, rowWords(denominator))],
          reported,
          column,
          restsOn: agreeing ? perShareOfAgreeingShares(row.label, rowWords(numerator), shares.map(rowWords)) : perShareOfLines(row.label, rowWords(numerator), rowWords(denominator)),
        });
      // A measure of its own that is no loss, per diluted share, in a column whose GAAP loss made the diluted shares
      // the basic ones: dilution lowers the measure, so its diluted shares are more than those (James River's
      // "Adjusted net operating income per share — Diluted (c)" $0.50 on 30,476,307 + 309,443 equivalents its note
      // names, 1Q20, under a net loss of $36,815 thousand; 15,418 ÷ 30,476,307 is 0.51, the basic figure).
      if (basis === 'diluted' && !earnings && check.verdict === 'mismatch' && !parseDecimal(n.value).isNeg()) {
        const loss = gaapLossIn(ctx, table, table.columns.indexOf(column));
        const basic = loss ? sharesOf(shares.filter((r) => countsFor(r, numerator)), 'basic', measure) : null;
        const b = basic ? cellOf(ctx, table, basic, column) : undefined;
        if (loss && b && b.value !== null && parseDecimal(b.value).times(powerOfTen(b.scale)).eq(parseDecimal(d.value).times(powerOfTen(d.scale)))) {
          const note = sharesCappedByALoss(rowWords(loss), printedOf(loss), rowWords(numerator), printedOf(d), reported.footnotes);
          return [{ ...check, verdict: 'unverifiable' as const, difference: null, explanation: `${check.explanation} ${note}` }];
        }
      }
      // A period within which a convertible preferred was converted: its numerator is not printed, and no bound holds.
      if (earnings && check.verdict === 'mismatch' && stopped.has(check.period ?? '')) {
        return [{ ...check, verdict: 'unverifiable' as const, difference: null, explanation: `${check.explanation} ${definitionNotEstablished('preferred-stopped')}` }];
      }
      return [check];
    });
    // Earnings allocated otherwise only lower the figure: one above net income ÷ the basic shares is still accused.
    const basicShares = adjusted === 'allocated' ? (basis === 'diluted' ? sharesOf(shares.filter((r) => countsFor(r, numerator)), 'basic', measure) : denominator) : null;
    const accused = (c: Check) => {
      const column = table.columns.find((k) => `definition/${table.id}/${row.id}/${columnKey(k)}` === c.id);
      const n = column && cellOf(ctx, table, numerator, column);
      const b = column && basicShares && cellOf(ctx, table, basicShares, column);
      if (!column || !n || !b || n.value === null || b.value === null) return null;
      const reported = cellOf(ctx, table, row, column)!;
      const bound = b === cellOf(ctx, table, denominator, column) ? c : termsCheck(ctx, { kind: 'definition', id: c.id, subject: rowWords(row), expression: 'numerator / shares', terms: [term('numerator', n, rowWords(numerator)), term('shares', b, rowWords(basicShares!))], reported, column, restsOn: '' });
      return aboveWhatAllocationLeaves(ctx, c, bound, n) ? { ...c, explanation: `${c.explanation} ${allocationLeaves(bound.computed === null ? '?' : shown(parseDecimal(bound.computed), reported.decimals + 2))}` } : null;
    };
    checks.push(
      ...(adjusted
        ? row_checks.map((c) => (c.verdict === 'mismatch' ? (accused(c) ?? { ...c, verdict: 'unverifiable' as const, difference: null, explanation: `${c.explanation} ${definitionNotEstablished(adjusted)}` }) : c))
        : byEquity
          ? corroboratedOrNot(row_checks, bookValueNotStated(rowWords(numerator)))
          : judgedByColumns(row_checks, false)),
    );
  }
  return checks;
}

/**
 * The words after "per share" that qualify the measure, its basis aside: "Net (loss) income per share attributable to the
 * Company" → "attributable to the company", which name its line with the words before ("Net (loss) income attributable
 * to the Company", not "Net (loss) income" above it).
 */
function qualifierOf(words: string[]): string[] {
  const per = words.indexOf('per');
  const share = words.findIndex((x, k) => k > per && (x === 'share' || x === 'shares'));
  if (per < 0 || share < 0) return [];
  const after = words.slice(share + 1).filter((x) => !BASES.includes(x as (typeof BASES)[number]) && x !== 'and');
  return after[0] === 'attributable' || after[0] === 'available' ? after : [];
}

/** A line of net earnings, first words: "net earnings available to …", "net income loss attributable to …". */
const NET_EARNINGS = /^(basic )?net (income|earnings|loss|profit)\b/;

/** Words of earnings themselves; what else a per-share label's measure says qualifies it ("adjusted", "core"). */
const EARNINGS_WORDS = new Set(['earnings', 'income', 'loss', 'profit', 'net', 'eps']);

/** The line a per-share figure divides: the one its words name, or the table's net income for earnings. */
function numeratorOf(ctx: CheckContext, table: Table, rows: TableRow[], row: TableRow, measure: string[], qualifier: string[] = []): TableRow | null {
  const money = rows.filter((r) => /^[A-Z]{3}$/.test(rowUnit(ctx, table, r) ?? ''));
  const above = rows[rows.indexOf(row) - 1];
  // "Per share - basic and diluted" under "Funds from operations": the line it sits under.
  if (measure.length === 0) return above && money.includes(above) ? above : null;
  if (qualifier.length > 0) {
    const qualified = money.filter((r) => namesRow([...measure, ...qualifier], labelWords(r.label)));
    if (qualified.length === 1) return qualified[0];
  }
  const named = money.filter((r) => namesRow(measure, labelWords(r.label)));
  if (named.length === 1) return named[0];
  if (named.length === 0 && BOOK_VALUE.test(measure.join(' '))) return equityOf(measure, money);
  // "Adjusted diluted earnings per share" right under "Adjusted net income allocated to common stock" (Cadence's
  // reconciliation, 1Q20): earnings of the words qualifying them, the line it closes.
  const qualifying = measure.filter((x) => !EARNINGS_WORDS.has(x));
  if (named.length === 0 && qualifying.length > 0 && qualifying.length < measure.length && above && money.includes(above)) {
    const aw = labelWords(above.label);
    if (qualifying.every((x) => aw.includes(x)) && aw.some((x) => ['income', 'earnings', 'profit'].includes(x))) return above;
  }
  if (named.length > 1 || !EARNINGS.has(measure.join(' '))) return null;
  if (/\b(continuing|discontinued)\b/i.test(`${row.label} ${row.section.join(' ')}`)) return null;
  const concept = (r: TableRow) => ctx.recognition.rows.get(`${table.id}/${r.id}`)?.concept ?? '';
  const own = ctx.recognition.rows.get(`${table.id}/${row.id}`)?.concept ?? '';
  const prefix = own.startsWith('non-gaap-') ? 'non-gaap-' : '';
  // Left to common stock first: what earnings per share divides where the table prints it (./earnings-allocations.ts),
  // allocated to it, then a line whose words leave it to the common holders (Coherent's "Net Earnings Available to the
  // Common Shareholders" below "Net Earnings Attributable to Coherent Corp." and its preferred dividends, 3Q FY2026).
  const allocated = money.filter((r) => concept(r) === `${prefix}net-income-allocated`);
  if (allocated.length > 1) return null;
  if (allocated.length === 1) return allocated[0];
  const toCommon = money.filter((r) => TO_COMMON.test(r.label) && NET_EARNINGS.test(labelWords(r.label).join(' ')) && concept(r).startsWith(prefix));
  if (toCommon.length === 1) return toCommon[0];
  for (const c of [`${prefix}net-income-attributable`, `${prefix}net-income`]) {
    const found = money.filter((r) => concept(r) === c);
    if (found.length === 1) return found[0];
    if (found.length > 1) return null;
  }
  // A reconciliation's columns hold both bases, so no concept is given its lines (./../model/recognize.ts): its one line
  // of net earnings by its words (Qualcomm's "Net income (loss)" over "Diluted EPS" and "Diluted shares", Q1 FY2023).
  const byWords = money.filter((r) => NET_EARNINGS.test(labelWords(r.label).join(' ')) && concept(r) === '');
  return prefix === '' && byWords.length === 1 ? byWords[0]! : null;
}

/** A book value per share's measure: "book value", "tangible book value", "tangible net book value". */
const BOOK_VALUE = /^(tangible )?(common )?(net )?book value$/;
/** A line of stockholders' equity, less "Total" and a "Non-GAAP" mark: "Common stockholders' equity". */
const EQUITY = /^(common )?(stockholders|shareholders) equity$/;
/** A line of tangible equity: "Tangible common stockholders' equity", "Tangible common equity". */
const TANGIBLE_EQUITY = /^tangible (common )?((stockholders|shareholders) )?equity$/;

/**
 * The equity a book value per share divides where the table prints no line named for its measure: "Book value per
 * share" over the table's one line of stockholders' equity (First Mid Bancshares' "Stockholders' Equity" over
 * "Period-end shares outstanding", 1Q20), "Tangible book value per common share" over its one line of tangible equity
 * (Horizon Bancorp's "Total tangible stockholders' equity", Axos's "Tangible common stockholders' equity
 * (Non-GAAP)"). Common equity wins over the total, which holds preferred stock; two candidates left, none is chosen.
 * Stockholders' equity may still hold preferred stock that book value per common share leaves out, so the reading is
 * judged as one the release does not state (`equityRead`).
 */
function equityOf(measure: string[], money: TableRow[]): TableRow | null {
  const tangible = measure[0] === 'tangible';
  const words = (r: TableRow) => labelWords(r.label).filter((w, i, all) => !(i === 0 && w === 'total') && !((w === 'non' && all[i + 1] === 'gaap') || (w === 'gaap' && all[i - 1] === 'non'))).join(' ');
  const lines = money.filter((r) => (tangible ? TANGIBLE_EQUITY : EQUITY).test(words(r)));
  const common = lines.filter((r) => / common /.test(` ${words(r)} `));
  const found = common.length > 0 ? common : lines;
  return found.length === 1 ? found[0] : null;
}

/**
 * The table's first line of shares where it has two at least and every one prints the same figure as the others in each
 * column of a period (PrairieSky's "Shares outstanding at period end" and "Weighted average - basic and diluted", 239.0
 * millions in every column): whichever count a figure per share naming no basis divides, it is this one. Else null.
 */
function agreeingShares(ctx: CheckContext, table: Table, shares: TableRow[]): TableRow | null {
  if (shares.length < 2) return null;
  const columns = table.columns.filter((c) => !isChange(ctx, c));
  const agree = columns.every((column) => {
    const values = shares.map((r) => cellOf(ctx, table, r, column));
    if (values.some((f) => !f || f.value === null)) return false;
    return values.every((f) => f!.value === values[0]!.value && f!.scale === values[0]!.scale);
  });
  return agree ? shares[0] : null;
}

/**
 * The table's one weighted count of shares where it names no basis, nor does any figure per share of the table
 * ("Weighted average shares outstanding" under "Net (loss) income per share attributable to the Company", The St. Joe
 * Company's results, 1Q20): the figure is of that count's basis, whichever it is. Else null.
 */
function unnamedBasis(ctx: CheckContext, table: Table, rows: TableRow[], shares: TableRow[]): TableRow | null {
  const weighted = shares.filter((r) => /\b(weighted|average)\b/i.test(r.label) && !/\b(outstanding at|period end|end of)\b/i.test(r.label));
  if (weighted.length !== 1 || shares.length !== 1 || sharesBasis(weighted[0], shares) !== null) return null;
  const perShare = rows.filter((r) => /\/share$/.test(rowUnit(ctx, table, r) ?? ''));
  if (perShare.some((r) => basisOf(wordsOf(r)) !== null)) return null;
  return weighted[0];
}

/**
 * The table's one line of shares at its dates (no weighted average): "Common shares outstanding", Mercialys' "Fully
 * diluted number of shares at end of period" under its NAV per share.
 */
function outstandingOf(shares: TableRow[]): TableRow | null {
  const at = shares.filter((r) => !/\b(weighted|average)\b/i.test(r.label));
  return at.length === 1 ? at[0] : null;
}

/**
 * Whether a count of shares may divide `numerator`: a count that names the measure it is for ("Denominator for FFO per
 * diluted share", "Weighted average shares used in determining FFO … per diluted share", Vornado's, 4Q24) divides that
 * measure's line alone (not net income per diluted share beside it: 1,203 ÷ 201,210 shares of FFO is no earnings
 * per share); a count naming earnings, or no measure, any line.
 */
function countsFor(shares: TableRow, numerator: TableRow | null): boolean {
  const w = labelWords(shares.label);
  const per = w.indexOf('per');
  if (per < 0 || !['share', 'common', 'diluted', 'basic'].includes(w[per + 1] ?? '')) return true;
  const before = w.slice(0, per);
  const k = Math.max(...['for', 'determining', 'computing', 'calculating', 'computation', 'calculation'].map((x) => before.lastIndexOf(x)));
  const named = before.slice(k + 1).filter((x) => !BASES.includes(x as (typeof BASES)[number]) && x !== 'and');
  if (k < 0 || named.length === 0 || EARNINGS.has(named.join(' '))) return true;
  const words = numerator ? labelWords(numerator.label) : [];
  return named.every((x) => words.includes(x));
}

/**
 * The basis a count of shares names: its words' ("basic", "diluted"); else "dilutive" or "common and equivalent" shares
 * are the diluted count, and the other of a table's two weighted counts, naming none, the basic one (Standard Motor
 * Products, 1Q20: "Weighted average number of common shares" and "… of common and dilutive shares").
 */
function sharesBasis(r: TableRow, shares: TableRow[]): string | null {
  const dilutive = (x: TableRow) => {
    const w = wordsOf(x);
    return w.includes('dilutive') || (w.includes('equivalent') && w.includes('common'));
  };
  const named = basisOf(wordsOf(r));
  if (named) return named;
  if (dilutive(r)) return 'diluted';
  const weighted = shares.filter((x) => !/\b(outstanding at|period end|end of)\b/i.test(x.label));
  return weighted.length === 2 && weighted.includes(r) && weighted.some((x) => x !== r && !basisOf(wordsOf(x)) && dilutive(x)) ? 'basic' : null;
}

/**
 * The table's one line of shares of the basis, the one naming the measure where several are. A figure both basic and
 * diluted ("Basic and diluted earnings per share") rounds alike over either count, so the table's one weighted count
 * serves where none names both (First Mid's "Average diluted shares outstanding", 1Q20).
 */
function sharesOf(shares: TableRow[], basis: string, measure: string[]): TableRow | null {
  const both = basis === 'basic and diluted';
  const of = shares.filter((r) => sharesBasis(r, shares) === basis || (!both && sharesBasis(r, shares) === 'basic and diluted'));
  if (both && of.length === 0) {
    const weighted = shares.filter((r) => /\b(weighted|average)\b/i.test(r.label) && !/\b(outstanding at|period end|end of)\b/i.test(r.label));
    return weighted.length === 1 && sharesBasis(weighted[0], shares) !== null ? weighted[0] : null;
  }
  const weighted = of.filter((r) => !/\b(outstanding at|period end|end of)\b/i.test(r.label));
  if (weighted.length === 1) return weighted[0];
  const naming = weighted.filter((r) => measure.length > 0 && measure.every((w) => wordsOf(r).includes(w)));
  return naming.length === 1 ? naming[0] : null;
}
