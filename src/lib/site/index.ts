/** What pages need from the layers below: releases, their facts and checks, ready to render. */
export { releaseIds, siteRelease } from './releases.ts';
export { siteReleaseOutline, siteReleaseCard, CARD_FIGURES, type ReleaseOutline, type ReleaseCard } from './release-summary.ts';
export { headline, factFor, HEADLINE_CONCEPTS } from './headline.ts';
export { paths, href, RESERVED_SLUGS } from './paths.ts';
export { statementRows, releaseRows, factsById, selectRows, columnHeadings, displayValue, columnKey, type RowSelection } from '../statement/rows.ts';
export { siteChecks, siteModel, siteModelNotice, siteVerification } from './checks.ts';
export { figureChecks, verdictCount, worstVerdict, SEVERITY, VERDICT_GLYPH, VERDICT_NAMES, VERDICT_WORDS, type FigureChecks } from './verdicts.ts';
export { computedShown, differenceShown, toleranceShown, reportedShown, howFarOff, byHowFarOff, derivation } from './check-figures.ts';
export { periodName, releaseName, readableTitle, tableTitle, columnName, rowName, sameTitle } from './labels.ts';
export { buildDate, notebookSlug } from './build-info.ts';
export { CSP, CSP_HEADER, CSP_DIRECTIVES } from './csp.ts';
export { originalDocument, ORIGINAL_FILES, type OriginalDocument } from './original.ts';
