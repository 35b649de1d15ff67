/**
 * What a release id may be: the release's folder name and the first segment of every address of
 * its pages (`/<id>/checks/`), so a slug in lower case that is none of the site's own top-level
 * addresses (a release named `search` would hide the search page, or land inside Pagefind's
 * index). Import and ingest both hold ids to it.
 */

/** The site's own top-level addresses (src/pages, public/, and what the build writes). */
export const RESERVED_RELEASE_IDS = ['404', 'companies', 'company', 'index', 'page', 'pagefind', 'search', 'sitemap', 'robots'] as const;

const SLUG = /^[a-z0-9][a-z0-9-]*$/;
/** The longest release id: a folder name (with the import's temporary suffix, within the 255 bytes file systems allow) and an address's segment. */
export const MAX_RELEASE_ID = 100;

/** Why `id` cannot be a release id, or null when it can. */
export function releaseIdProblem(id: string): string | null {
  if (!SLUG.test(id)) return 'is not a release id in lower case (letters, digits and hyphens, such as acme-2010-q2)';
  if (id.length > MAX_RELEASE_ID) return `is ${id.length} characters long, more than the ${MAX_RELEASE_ID} a release id may be (its folder's name and the first segment of its pages' addresses)`;
  // A data folder is a git repository its users clone: on Windows these names are devices, not folders (NTFS refuses them).
  if (/^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/.test(id)) return `is a device name on Windows (CON, PRN, AUX, NUL, COM1-9, LPT1-9), so its folder could not be checked out there`;
  if ((RESERVED_RELEASE_IDS as readonly string[]).includes(id)) return `is one of the site's own addresses (${RESERVED_RELEASE_IDS.join(', ')}), so the release's pages would collide with the site's`;
  return null;
}
