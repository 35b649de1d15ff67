/**
 * Models of how a release's figures relate: the company model an analyst writes
 * (data/companies/<company>/model.yaml) and the base model shipped with tieout, which
 * recognizes standard concepts in any release. Ingest uses the company model's table
 * names and aliases; checks and claims use `recognizeRelease` for the concepts of every
 * row, whichever model names them.
 */
export { loadModel, loadCompanyModel, conceptIndex, tableIdFor, emptyModel, type LoadedModel } from './load.ts';
export { modelSchema, type CompanyModel } from './schema.ts';
export {
  BASE_CONCEPTS,
  BASE_DEFINITIONS,
  baseConcept,
  baseLabel,
  twinId,
  twinOf,
  type BaseConcept,
  type BaseDefinition,
  type ConceptUnit,
  type TableKind,
} from './base-model.ts';
export { classifyTable, statementByRows, type TableReading } from './classify.ts';
export { markedGaap, namesAMeasure, namesAStart, namesItemsAdjusted, namesNonGaapMeasure, reconcilesByRows, saysItAdjusts } from './reconciles.ts';
export { namesAdjustedMeasure, recognizeRelease, recognizeRow, type Recognition, type RowConcept } from './recognize.ts';
export { normalizeLabel, plainLabel, basisOf, adjustmentQualifier, lineName, polarityOf, statesItsSign, withoutBasis, hasNonGaapPrefix, withoutNonGaapPrefix, type Basis, type Polarity } from './words.ts';
export { modelMessages } from './messages.ts';
