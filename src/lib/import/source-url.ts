import type { Found, PageHints } from './evidence.ts';
import { isPublicUrl } from '../public-url.ts';

/**
 * Where the release is published, for release.yaml's `source_url`: given with --source-url;
 * else the address a saved page names as its own (`<link rel="canonical">`, og:url); else, for
 * an EDGAR submission, its filing index on sec.gov, made from the accession number and the
 * filer's central index key its header prints. Nothing else is guessed: a file with none of
 * these has no source_url, and one not an http(s) address is not written.
 */
export function findSourceUrl(text: string, page: PageHints | null, given?: string): Found<string> | null {
  if (given !== undefined) return { value: given, from: 'given with --source-url' };
  if (page?.canonical && isPublicUrl(page.canonical.text)) return { value: page.canonical.text, from: `the page's own address, its ${page.canonical.what}` };
  const header = /<SEC-HEADER>([\s\S]*?)<\/SEC-HEADER>/i.exec(text.slice(0, 20_000))?.[1];
  const accession = header && /ACCESSION NUMBER:\s*(\d{10}-\d{2}-\d{6})/.exec(header)?.[1];
  const cik = header && /CENTRAL INDEX KEY:\s*(\d{1,10})/.exec(header)?.[1];
  if (accession && cik) {
    return {
      value: `https://www.sec.gov/Archives/edgar/data/${Number(cik)}/${accession.replace(/-/g, '')}/${accession}-index.htm`,
      from: `the EDGAR filing its header names (accession number ${accession}, central index key ${cik})`,
    };
  }
  return null;
}
