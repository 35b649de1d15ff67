/** What pages need from the layers below: releases, their facts and checks, ready to render. */
export { releaseIds, siteRelease, siteReleases } from './releases.ts';
export { headline, factFor, HEADLINE_CONCEPTS } from './headline.ts';
export { paths, href, RESERVED_SLUGS } from './paths.ts';
export { statementRows, columnHeadings, displayValue } from './statement.ts';
export { siteChecks, siteModel } from './checks.ts';
