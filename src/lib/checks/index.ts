/**
 * Checks: every relation in a release recomputed with exact, rounding-aware decimal
 * arithmetic, each with a verdict. Pages, the CLI and other layers import only from here.
 */
import type { CompanyModel } from '../model/index.ts';
import type { Check, Release } from '../types.ts';
import { claimChecks } from '../claims/index.ts';
import { checkContext } from './context.ts';
import { definitionChecks } from './definition.ts';
import { footingChecks } from './footing.ts';
import { growthChecks } from './growth.ts';
import { RelationsError } from './relations.ts';
import { byPosition } from './release-index.ts';
import { KINDS } from './summary.ts';
import { tieChecks } from './tie.ts';
import { relationIssues } from './validate.ts';

/**
 * Every check of a release, in a fixed order: by kind (footing, definition, tie, growth,
 * change, claim), then by where the reported figure is printed, then by id. Claims come
 * from the release's claims.yaml, read from the working directory (see ../claims). Throws
 * RelationsError when the model's relations are malformed or name what does not exist.
 */
export function runChecks(release: Release, model: CompanyModel): Check[] {
  const ctx = checkContext(release, model);
  const issues = relationIssues(ctx);
  if (issues.length > 0) throw new RelationsError(issues);
  const checks = [
    ...footingChecks(ctx),
    ...definitionChecks(ctx),
    ...tieChecks(ctx),
    ...growthChecks(ctx),
    ...claimChecks(release),
  ];
  const kind = new Map(KINDS.map((k, i) => [k, i]));
  return checks.sort(
    (a, b) => kind.get(a.kind)! - kind.get(b.kind)! || byPosition(a.reported, b.reported) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

// Public API: what pages and the claims layer use.
export { countByVerdict, countByKind, checksByFact, checksByReportedFact, uncoveredTotals, VERDICTS, KINDS } from './summary.ts';
export { evaluateConcepts, evaluateMeasure, type MeasureValue } from './measure.ts';
export { relationsSchema, readRelations, RelationsError, type Relations, type RelationIssue } from './relations.ts';
export { parseExpression, ExpressionError, type Expression } from './expression.ts';
export { judge, roundsTo, roundHalfUp, type Reported, type Computed, type Judgement } from './verdict.ts';
export { locateRelationIssues } from './locate.ts';
