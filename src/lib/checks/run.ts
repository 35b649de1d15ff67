/** A run of the relation checks over a release, in a fixed order. */
import type { CompanyModel } from '../model/index.ts';
import type { Check, Release } from '../types.ts';
import { type CheckContext, checkContext } from './context.ts';
import { columnFootingChecks } from './column-footing.ts';
import { constantCurrencyChecks } from './constant-currency.ts';
import { basisFootingChecks } from './basis-footings.ts';
import { segmentTableChecks } from './segment-tables.ts';
import { trailingSumChecks } from './trailing-sums.ts';
import { measureBlockChecks } from './measure-blocks.ts';
import { breakdownChecks } from './breakdowns.ts';
import { perShareOperationChecks } from './per-share-operations.ts';
import { distributionChecks } from './distributions.ts';
import { columnReconciliationChecks } from './column-reconciliation.ts';
import { sharedCountChecks } from './shared-counts.ts';
import { definitionChecks } from './definition.ts';
import { footingChecks } from './footing.ts';
import { growthChecks } from './growth.ts';
import { growthRowChecks } from './growth-rows.ts';
import { growthPartChecks } from './growth-parts.ts';
import { impactBridgeChecks } from './impact-bridges.ts';
import { currencyGrowthRowChecks } from './currency-growth-rows.ts';
import { currencyPartsChecks } from './currency-parts.ts';
import { captionPartChecks } from './caption-parts.ts';
import { captionChangeChecks } from './caption-changes.ts';
import { namedPartsChecks } from './named-parts.ts';
import { changeRateChecks } from './change-rates.ts';
import { sectionLineChecks } from './section-lines.ts';
import { changeColumnChecks } from './change-columns.ts';
import { changeRowChecks } from './change-rows.ts';
import { identityChecks } from './identity.ts';
import { marginChecks } from './margins.ts';
import { perUnitChecks } from './per-unit.ts';
import { perShareRowChecks } from './per-share-rows.ts';
import { impliedShareChecks } from './implied-shares.ts';
import { ratioAdjustmentChecks } from './ratio-adjustments.ts';
import { ratioSectionChecks } from './ratio-sections.ts';
import { shareColumnChecks } from './share-columns.ts';
import { shareFootingChecks } from './share-footings.ts';
import { dilutedCountBoundChecks } from './diluted-count-bound.ts';
import { shareRowChecks } from './share-rows.ts';
import { spreadChecks } from './spread.ts';
import { yieldChecks } from './yields.ts';
import { annualizedReturnChecks } from './annualized-returns.ts';
import { averageBalanceLineChecks } from './average-balance-lines.ts';
import { weightedRateChecks } from './weighted-rates.ts';
import { RelationsError } from './relations.ts';
import { byPosition } from './release-index.ts';
import { KINDS } from './summary.ts';
import { tieChecks } from './tie.ts';
import { withRoundingPlugs, withSharePlugs } from './rounding-plugs.ts';
import { withFootedLines } from './footed-lines.ts';
import { withBridgedChanges } from './bridged-changes.ts';
import { withGarbledTables } from './garbled-tables.ts';
import { relationIssues } from './validate.ts';

/**
 * The relation checks of a release (footings, definitions, ties, growth and change), in
 * the order of sortChecks. Throws RelationsError when the model's relations are malformed
 * or name what does not exist. `stats` counts the work that grows with the release (see measureBlockChecks).
 */
export function relationChecks(release: Release, model: CompanyModel, stats?: { pairs: number }): Check[] {
  const ctx = checkContext(release, model);
  const issues = relationIssues(ctx);
  if (issues.length > 0) throw new RelationsError(issues);
  const definitions = [...definitionChecks(ctx), ...perUnitChecks(ctx)];
  const footings = footingChecks(ctx);
  const checks = [
    ...footings,
    ...ratioAdjustmentChecks(ctx, footings),
    ...weightedRateChecks(ctx, footings),
    ...columnFootingChecks(ctx),
    ...constantCurrencyChecks(ctx),
    ...segmentTableChecks(ctx),
    ...trailingSumChecks(ctx),
    ...columnReconciliationChecks(ctx),
    ...sharedCountChecks(ctx),
    ...ratioSectionChecks(ctx),
    ...definitions,
    ...besides(definitions, ratioRowChecks(ctx)),
    ...tieChecks(ctx),
    ...identityChecks(ctx),
    ...replacing(growthChecks(ctx), qualifiedChanges(ctx, footings)),
    ...growthRowChecks(ctx),
    ...growthPartChecks(ctx, footings),
    ...impactBridgeChecks(ctx),
    ...currencyGrowthRowChecks(ctx),
    ...namedPartsChecks(ctx),
    ...changeRateChecks(ctx),
    ...sectionLineChecks(ctx),
    ...captionPartChecks(ctx),
    ...captionChangeChecks(ctx),
    ...changeRowChecks(ctx),
    ...changeColumnChecks(ctx),
  ];
  const blocks = [...checks, ...measureBlockChecks(ctx, checks, stats)];
  const grouped = [...blocks, ...breakdownChecks(ctx, blocks), ...perShareOperationChecks(ctx, blocks), ...distributionChecks(ctx, blocks), ...shareFootingChecks(ctx, blocks)];
  const all = [...grouped, ...dilutedCountBoundChecks(ctx, grouped)];
  // Last, given every footing: a tie a unit apart where each place's figure is a line rounded to make its table foot.
  // A growth beyond half a unit of its figures and within a unit, of a line printed as the sum of two lines above it;
  // a reported change printed as the sum of its rounded parts, judged with their rounding.
  // Then a table most of whose totals fail is said to be likelier a garbled copy than misprinted.
  return sortChecks(withGarbledTables(ctx, withFootedLines(ctx, withBridgedChanges(ctx, withSharePlugs(ctx, withRoundingPlugs(ctx, all))))));
}

/** The ratio rows' checks; a return annualized over lines printed elsewhere only where no other reads its figure. */
function ratioRowChecks(ctx: CheckContext): Check[] {
  const rows = [...marginChecks(ctx), ...perShareRowChecks(ctx), ...impliedShareChecks(ctx), ...shareColumnChecks(ctx), ...shareRowChecks(ctx), ...spreadChecks(ctx), ...yieldChecks(ctx), ...averageBalanceLineChecks(ctx)];
  return [...rows, ...besides(rows, annualizedReturnChecks(ctx))];
}

/** A qualified change read from its column's own lines, else from the parts a whole's columns sum. */
function qualifiedChanges(ctx: CheckContext, footings: Check[]): Check[] {
  const lines = basisFootingChecks(ctx, footings);
  const ids = new Set(lines.map((c) => c.id));
  return [...lines, ...currencyPartsChecks(ctx).filter((c) => !ids.has(c.id))];
}

/** `given` with each check whose id one of `checks` bears replaced by it (a qualified change's total read from its lines). */
function replacing(given: Check[], checks: Check[]): Check[] {
  const ids = new Set(checks.map((c) => c.id));
  return [...given.filter((c) => !ids.has(c.id)), ...checks];
}

/** Ratio rows' checks of figures no definition already reports (a margin the base model defines is its). */
function besides(given: Check[], checks: Check[]): Check[] {
  const reported = new Set(given.map((c) => c.reported.fact));
  return checks.filter((c) => !reported.has(c.reported.fact));
}

/** Checks in a fixed order: by kind (as KINDS lists them), then where the reported figure is printed, then id. */
export function sortChecks(checks: Check[]): Check[] {
  const kind = new Map(KINDS.map((k, i) => [k, i]));
  return checks.sort(
    (a, b) => kind.get(a.kind)! - kind.get(b.kind)! || byPosition(a.reported, b.reported) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

