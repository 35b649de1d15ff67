/**
 * Identities between the base model's concepts that a statement prints in one column,
 * whatever its layout:
 *
 * - the balance sheet balances: total assets = total liabilities and equity, or total
 *   liabilities + total equity where no line sums them: `tie/balance/<table>/<date>`;
 * - under a net loss, diluted figures are the basic ones (potential shares would be
 *   anti-dilutive): diluted EPS = basic EPS, diluted shares = basic shares:
 *   `tie/<eps-diluted|shares-diluted>/<period>/basic-under-a-loss`. The loss is the control
 *   number's: income from continuing operations where the table prints it, and none is read
 *   where the table prints discontinued operations but no continuing result.
 *
 * A loss year's diluted figures may still be above basic: where an instrument's gain (a warrant or derivative
 * liability's fair-value gain) comes out of the numerator, the loss per share grows. The release says so when it
 * prints, in one column, more diluted shares than basic and a larger diluted loss per share than basic: then
 * neither identity is established, and both are unverifiable, saying why (Tigo Energy's 2023: 43,223,134 diluted
 * shares against 38,048,516, (0.14) against (0.08)). One figure printed wrong moves only one of the two, so it is
 * still a mismatch.
 *
 * Both rest on recognized concepts in one table; a non-GAAP loss is not bound by the
 * anti-dilution rule, so there the identity is published only when it holds. Both hold of a
 * period's figures only: a change column ("% Change", "Fav/(Unfav)", or a fall in net income
 * that is no loss) is checked against its periods by growth.ts.
 */
import { parseDecimal } from '../decimal.ts';
import type { Check, Fact, Table, TableColumn } from '../types.ts';
import { type CheckContext, isPerShare, periodLabel } from './context.ts';
import { evaluate, inUnitsOf, type Scope } from './evaluate.ts';
import { parseExpression } from './expression.ts';
import { point } from './interval.ts';
import { checkWith, makeCheck, titleOf } from './make-check.ts';
import { balanceIdentity, dilutedUnderALoss, dilutionShownUnderALoss, notJudgedLead, sharesOfAnotherMeasure } from './relation-messages.ts';
import { judge } from './verdict.ts';
import { rowWords, tableWords } from './words.ts';

export function identityChecks(ctx: CheckContext): Check[] {
  return ctx.release.tables.flatMap((t) => [...balanceChecks(ctx, t), ...lossChecks(ctx, t)]);
}

/** The fact of each concept the table prints in a column, by base concept. */
function concepts(ctx: CheckContext, table: Table, column: number): Map<string, Fact> {
  const out = new Map<string, Fact>();
  for (const row of table.rows) {
    const id = row.cells[column];
    const concept = ctx.recognition.baseRows.get(`${table.id}/${row.id}`);
    const fact = id ? ctx.index.fact(id) : undefined;
    if (concept && fact && !out.has(concept.concept)) out.set(concept.concept, fact);
  }
  return out;
}

/** A column of one period's figures: not a named column within it, nor a change between two. */
function periodColumn(ctx: CheckContext, column: TableColumn): boolean {
  return !column.dimension && !!column.period && ctx.index.period(column.period)?.kind !== 'change';
}

function balanceChecks(ctx: CheckContext, table: Table): Check[] {
  if (ctx.recognition.tables.get(table.id)?.kind !== 'balance') return [];
  const checks: Check[] = [];
  table.columns.forEach((column, i) => {
    if (!periodColumn(ctx, column)) return;
    const c = concepts(ctx, table, i);
    const assets = c.get('total-assets');
    const sum = c.get('total-liabilities-and-equity');
    const parts = [c.get('total-liabilities'), c.get('total-equity')];
    if (!assets || (!sum && parts.some((p) => !p))) return;
    const inputs = new Map(sum ? [['sum', sum]] : [['liabilities', parts[0]!], ['equity', parts[1]!]]);
    const scope: Scope = {
      lookup: (name) => ({ fact: inputs.get(name)! }),
      label: (name) => rowWords(inputs.get(name)!),
      range: () => [],
    };
    const e = evaluate(parseExpression(sum ? 'sum' : 'liabilities + equity'), scope);
    checks.push(
      makeCheck({
        release: ctx.release,
        kind: 'tie',
        id: `tie/balance/${table.id}/${column.period}`,
        title: titleOf(`The ${tableWords(table.id)} balances`, periodLabel(ctx, column.period)),
        formula: `${rowWords(assets)} = ${e.words}`,
        period: column.period,
        inputs: e.inputs,
        reported: assets,
        computed: inUnitsOf(e, assets.scale),
        notes: [balanceIdentity()],
      }),
    );
  });
  return checks;
}

/**
 * The figures of one column that show dilution in a loss year, in words, or null: more diluted shares than basic
 * and a larger diluted loss per share than basic, both printed.
 */
function dilutionShown(c: Map<string, Fact>, basis: string): string | null {
  const f = (what: string) => {
    const fact = c.get(`${basis}${what}`);
    return fact && fact.status === 'reported' && fact.value !== null ? fact : undefined;
  };
  const [epsBasic, epsDiluted, sharesBasic, sharesDiluted] = ['eps-basic', 'eps-diluted', 'shares-basic', 'shares-diluted'].map(f);
  if (!epsBasic || !epsDiluted || !sharesBasic || !sharesDiluted) return null;
  const [eb, ed] = [parseDecimal(epsBasic.value!), parseDecimal(epsDiluted.value!)];
  if (!eb.isNeg() || !ed.isNeg() || !ed.abs().gt(eb.abs())) return null;
  // Counts compared at the same scale.
  const shares = (x: Fact) => parseDecimal(x.value!).times(10 ** (x.scale ?? 0));
  if (!shares(sharesDiluted).gt(shares(sharesBasic))) return null;
  const printed = (x: Fact) => x.raw.replace(/<\/?u>|\\/g, '').trim();
  return `${printed(sharesDiluted)} diluted shares against ${printed(sharesBasic)} basic, and a diluted loss per share of ${printed(epsDiluted)} against ${printed(epsBasic)}`;
}

/**
 * A figure per share the column prints that is not negative, where it prints no negative one (a loss per share, the
 * loss's own line whatever its label is read as): the per-share lines and the shares beside them are of another
 * measure than the loss. A dividend per share is paid, not divided by the weighted shares: never that measure. Null
 * where the column prints a loss per share, or no such figure.
 */
function positivePerShare(ctx: CheckContext, table: Table, column: number, c: Map<string, Fact>, basis: string): Fact | null {
  const own = [c.get(`${basis}eps-basic`), c.get(`${basis}eps-diluted`)];
  const perShare = table.rows.flatMap((row) => {
    const id = row.cells[column];
    const fact = id ? ctx.index.fact(id) : undefined;
    return fact && fact.status === 'reported' && fact.value !== null && isPerShare(fact.unit) ? [fact] : [];
  });
  if ([...own, ...perShare].some((f) => f?.status === 'reported' && f.value !== null && parseDecimal(f.value).isNeg())) return null;
  return perShare.find((f) => !PAID_PER_SHARE.test(f.label)) ?? null;
}

/** A line of an amount paid per share, not earned: "Dividends declared per common share", "Distributions per unit". */
const PAID_PER_SHARE = /\b(?:dividends?|distributions?)\b/i;

/**
 * The loss that caps a column's diluted shares at the basic ones, or null where the column prints none: the control
 * number for dilution is income from continuing operations (ASC 260, IAS 33), so a net loss that discontinued
 * operations make (HanesBrands 4Q24: continuing operations earned 45,668) leaves diluted shares above basic.
 */
function lossOf(table: Table, c: Map<string, Fact>, basis: string): Fact | null {
  const continuing = c.get(`${basis}income-continuing`);
  const income = continuing ?? c.get(`${basis}net-income-attributable`) ?? c.get(`${basis}net-income`);
  if (!income || income.status !== 'reported' || !parseDecimal(income.value!).isNeg()) return null;
  if (!continuing && table.rows.some((r) => /\bdiscontinued\b/i.test(r.label) && r.kind === 'values')) return null;
  return income;
}

/** The GAAP loss a column of a table prints, that makes its diluted shares the basic ones; null where it prints none. */
export function gaapLossIn(ctx: CheckContext, table: Table, column: number): Fact | null {
  return lossOf(table, concepts(ctx, table, column), '');
}

function lossChecks(ctx: CheckContext, table: Table): Check[] {
  const checks: Check[] = [];
  table.columns.forEach((column, i) => {
    if (!periodColumn(ctx, column)) return;
    const c = concepts(ctx, table, i);
    for (const basis of ['', 'non-gaap-']) {
      const income = lossOf(table, c, basis);
      if (!income) continue;
      const dilutive = dilutionShown(c, basis);
      for (const what of ['eps', 'shares']) {
        const basic = c.get(`${basis}${what}-basic`);
        const diluted = c.get(`${basis}${what}-diluted`);
        if (!basic || !diluted || basic.status !== 'reported') continue;
        const value = parseDecimal(basic.value!);
        const raw = (f: Fact) => f.raw.replace(/<\/?u>|\\/g, '');
        const spec = {
          release: ctx.release,
          kind: 'tie' as const,
          id: `tie/${basis}${what}-diluted/${column.period}/basic-under-a-loss`,
          title: titleOf(`${rowWords(diluted)} under a loss`, periodLabel(ctx, column.period)),
          formula: `${rowWords(diluted)} = ${rowWords(basic)}`,
          period: column.period,
          inputs: [basic, income],
          reported: diluted,
        };
        const judgement = judge(
          { value: diluted.value, decimals: diluted.decimals, status: diluted.status },
          { value, interval: point(value), from: raw(basic) },
        );
        // A positive figure per share under the loss is another measure's, and so are the shares beside it (AGNC's
        // "Estimated REIT taxable income per common share" $0.20 on 549.2 diluted shares, in its reconciliation from a
        // net loss of $2,421 million, 1Q20; the statement prints 548.0 twice): dilution lowers it.
        const divides = judgement.verdict === 'mismatch' ? positivePerShare(ctx, table, i, c, basis) : null;
        if (divides) {
          checks.push(
            checkWith(
              { ...spec, notes: [sharesOfAnotherMeasure(rowWords(income), rowWords(divides), divides.raw.replace(/<\/?u>|\\/g, '').trim())] },
              { ...judgement, verdict: 'unverifiable', difference: null, explanation: notJudgedLead(raw(diluted).trim(), raw(basic).trim()) },
            ),
          );
          continue;
        }
        if (judgement.verdict === 'mismatch' && dilutive) {
          checks.push(
            checkWith(
              { ...spec, notes: [dilutionShownUnderALoss(rowWords(income), dilutive)] },
              { ...judgement, verdict: 'unverifiable', difference: null, explanation: notJudgedLead(raw(diluted).trim(), raw(basic).trim()) },
            ),
          );
          continue;
        }
        const check = checkWith({ ...spec, notes: [dilutedUnderALoss(rowWords(income), raw(income))] }, judgement);
        if (basis === '' || check.verdict === 'exact' || check.verdict === 'rounding') checks.push(check);
      }
    }
  });
  return checks;
}
