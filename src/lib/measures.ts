/**
 * Units of physical measure a line or a table prints its figures in: barrels, BOE, Mcf, tonnes, ounces, square feet
 * and metres, megawatt-hours. Never money: PrairieSky's "Crude oil (bbls/d)" 13,317 is barrels a day, FIBRA
 * Macquarie's "GLA ('000s square feet)" 36,364 thousand square feet, whatever scale the table states for its
 * dollars. ("Pounds" is left out: it names sterling.) A pattern's source, to be put inside others: the ingest reads
 * a line's unit with it, the import a table's.
 */
export const MEASURE = String.raw`(?:m{0,2}bbls?|barrels?|m{0,2}boe|[mb]{0,2}cfe?|bcfe?|mmbtu|gj|tonnes?|tons?|kt|oz|ounces?|lbs?|gallons?|lit(?:re|er)s?|[mgt]?wh|kwh|` +
  // A container ship's capacity in twenty-foot equivalent units and a ship's deadweight in tonnes: Danaos' "Vessel Size (TEU)",
  // "Capacity (DWT)".
  String.raw`teu|dwt|miles|kilomet(?:re|er)s|square\s+(?:feet|foot|met(?:re|er)s?)|sq\.?\s*(?:ft|feet|m|met(?:re|er)s?)\.?|sqft|sqm|m²|acres?|hectares?)`;
