/**
 * What every kind of check reads: the release and its index, the company model and
 * its validated relations.
 */
import { type CompanyModel, type Recognition, recognizeRelease } from '../model/index.ts';
import type { Release, TableColumn, Unit } from '../types.ts';
import { indexRelease, type ReleaseIndex } from './release-index.ts';
import { readRelations, type Relations } from './relations.ts';

export interface CheckContext {
  release: Release;
  index: ReleaseIndex;
  model: CompanyModel;
  relations: Relations;
  /** The concept of every row: the company model's aliases, then the base model's vocabulary. */
  recognition: Recognition;
}

/** Reads the model's relations (throws RelationsError when they are malformed), recognizes concepts and indexes the release. */
export function checkContext(release: Release, model: CompanyModel): CheckContext {
  const relations = readRelations(model.relations);
  const recognition = recognizeRelease(release, model);
  return { release, index: indexRelease(release, recognition.conceptOf), model, relations, recognition };
}

/** Units whose figures add up: money (in any currency), money per unit of a measure, shares, counts. Percentages, points and per-share figures do not. */
export function isAdditive(unit: Unit): boolean {
  // Amounts per one unit of a measure add as amounts do: a cost per pound is the sum of its parts per pound.
  return isMoney(unit) || isPerMeasure(unit) || unit === 'shares' || unit === 'count';
}

/** Money per share: 'USD/share'. */
export function isPerShare(unit: Unit): boolean {
  return unit.endsWith('/share');
}

/** Money per unit of a measure: 'USD/lb', 'CAD/bbl', 'CAD/BOE' (not per share, nor the count-less 'USD/unit'). */
export function isPerMeasure(unit: Unit): boolean {
  return /^[A-Z]{3}\/(?!share$|unit$)\S+$/.test(unit);
}

/** Money is its ISO 4217 code: 'USD', 'GBP', 'EUR'. */
export function isMoney(unit: Unit): boolean {
  return /^[A-Z]{3}$/.test(unit);
}

/** A period's human label ("Q2 2010"), or its id when the release has no such period. */
export function periodLabel(ctx: CheckContext, period: string): string {
  return ctx.index.period(period)?.label ?? period;
}

/** The last part of a column's fact ids: its period, `<period>.<dimension>` for a named column ("2023-q4.outlook"). */
export function columnKey(column: TableColumn): string {
  return column.key ?? column.period;
}

/** A column in words: "Q2 2010", or "Q4 FY2023 (outlook)" for a named column. */
export function columnLabel(ctx: CheckContext, column: TableColumn): string {
  const period = column.period ? periodLabel(ctx, column.period) : '';
  return column.dimension ? `${period}${period ? ' ' : ''}(${column.dimension.replace(/-/g, ' ')})` : period;
}
