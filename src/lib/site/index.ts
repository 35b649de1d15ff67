/** What pages need from the layers below: releases, their facts and checks, ready to render. */
export { releaseIds, siteRelease, siteReleases } from './releases.ts';
