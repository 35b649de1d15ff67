/**
 * An address a reader's browser can open, as release.yaml's `source_url` must be: http or
 * https, a host, no credentials, no white space. Shared by import (which drafts it) and ingest
 * (which validates release.yaml), neither importing the other.
 */
export function isPublicUrl(value: string): boolean {
  if (/\s/.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '' && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}
