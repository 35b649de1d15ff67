import { parseFragment } from 'parse5';
import { parse } from 'yaml';

/**
 * A saved copy's YAML front matter (a news site's Markdown: `title` is the headline, `date`
 * when the site published its copy). Only its plain string keys are kept; a block that does
 * not parse as YAML is no front matter.
 */
export interface FrontMatter {
  /** The lines the block takes, its `---` fences included (1 to `lines`). */
  lines: number;
  title?: { text: string; line: number };
  date?: { text: string; line: number };
  /** Every key with a value, in the order printed: a scalar as text, a list of scalars joined by ", " (for pages that show the copy's metadata). */
  fields: { key: string; value: string }[];
}

const BLOCK = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

export function frontMatter(source: string): FrontMatter | null {
  const m = BLOCK.exec(source);
  if (!m) return null;
  let data: unknown;
  try {
    data = parse(m[1]!);
  } catch {
    return null;
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return null;
  const keys = m[1]!.split(/\r?\n/);
  const lineOf = (key: string) => keys.findIndex((l) => l.startsWith(`${key}:`)) + 2;
  const text = (key: string) => {
    const v = (data as Record<string, unknown>)[key];
    const s = v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === 'string' ? asRead(v) : '';
    return s ? { text: s, line: lineOf(key) } : undefined;
  };
  const fields = Object.entries(data as Record<string, unknown>).flatMap(([key, v]) => {
    const value = (Array.isArray(v) ? v : [v]).map(scalar).filter((x) => x !== '').join(', ');
    return value === '' ? [] : [{ key, value }];
  });
  return { lines: m[0].replace(/\r?\n$/, '').split('\n').length, title: text('title'), date: text('date'), fields };
}

/** A YAML scalar as text ('' for anything else: a map, null, an empty string). */
function scalar(v: unknown): string {
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'string') return asRead(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return '';
}

/**
 * A string value as its site shows it: news sites keep their copies' titles and summaries HTML-escaped
 * ("*Confluent 4Q Rev $261.2M &gt;CFLT"), and a reader sees the character, as the Markdown body under it
 * shows it. Character references are decoded by the HTML parser; "<" is escaped first, so no markup is read.
 */
function asRead(v: string): string {
  const flat = v.replace(/\s+/g, ' ').trim();
  if (!flat.includes('&')) return flat;
  const nodes = parseFragment(flat.replace(/</g, '&lt;')).childNodes;
  return nodes.map((n) => ('value' in n ? n.value : '')).join('');
}

/** The source with its front matter's lines left empty, so that every other line keeps its number. */
export function withoutFrontMatter(source: string, front: FrontMatter): string {
  const lines = source.split('\n');
  for (let i = 0; i < front.lines && i < lines.length; i++) lines[i] = '';
  return lines.join('\n');
}
