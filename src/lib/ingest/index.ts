/** Ingest: release text → tables → facts. Pages, checks and the CLI import only from here. */
export { loadRelease, companyModelFile, DATA_DIR } from './load-release.ts';
export { parseRelease, LINE_BREAK } from './parse-release.ts';
export { loadReleaseMeta } from './release-meta.ts';
export { isRead } from './readable.ts';
export { factsTable } from './facts-table.ts';
export { currencyOfSymbol } from '../units/currencies.ts';
export { messages } from './messages.ts';
export { IngestError, formatIssue } from '../issues.ts';
export { readUnitStatement, readBareUnitStatement } from '../units/unit-statements.ts';
