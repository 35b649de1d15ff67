/**
 * Rule lines of release text: a line drawn with characters between a table's rows, as
 * typewritten and hand-written tables draw them (`⇥-------⇥-------` above a total,
 * `⇥=======⇥=======` under a grand total). They carry no figure. Read as accountants draw
 * rules, as the import reads a source's rules (src/lib/import/total-marks.ts): a single rule
 * marks the figures just under it as a total, a double rule the figures just above it.
 */

export type RuleKind = 'single' | 'double';

/** One cell's rule: dashes, underscores or equals signs, a run of three at least, maybe in groups ("- ------", as EDGAR's text draws them). */
const RULE = /^[-_=]+(?:\s+[-_=]+)*$/;
const LONG = /[-_=]{3,}/;
const NOT_RULE = /[^-_=\s]/;

function ruleOf(text: string): RuleKind | null {
  if (!RULE.test(text) || !LONG.test(text)) return null;
  return text.includes('=') ? 'double' : 'single';
}

/**
 * The rules of a rule line, one per value column (`width` of them), null where a column has
 * none; null when the line is not a rule line: one whose cells, the label's included, hold
 * nothing but rules, one at least. A rule in the label's cell alone (or on a line without
 * tabs) is drawn across the table.
 */
export function readRuleLine(line: string, width: number): (RuleKind | null)[] | null {
  // Layout asks of every line, several times, whether it is a rule line: a character no rule is
  // drawn with says no before the line is split.
  if (NOT_RULE.test(line)) return null;
  const cells = line.split('\t').map((c) => c.trim());
  if (cells.every((c) => c === '')) return null;
  const kinds = cells.map((c) => (c === '' ? null : ruleOf(c)));
  if (cells.some((c, i) => c !== '' && kinds[i] === null)) return null;
  const values = kinds.slice(1);
  if (values.every((k) => k === null)) return Array.from({ length: width }, () => kinds[0]);
  return Array.from({ length: width }, (_, i) => values[i] ?? null);
}

export function isRuleLine(line: string): boolean {
  return readRuleLine(line, 0) !== null;
}

/**
 * For the rows of a table body (0-based line indexes, in order, rule lines among them), the
 * value columns each row's rules mark as a total. Blank lines between a rule and its row do
 * not part them; a caption line or another row does.
 */
export function ruleMarks(body: number[], lines: string[], width: number): Map<number, Set<number>> {
  const marks = new Map<number, Set<number>>();
  const mark = (line: number, kinds: (RuleKind | null)[], kind: RuleKind) => {
    const columns = marks.get(line) ?? new Set<number>();
    kinds.forEach((k, i) => k === kind && columns.add(i));
    if (columns.size > 0) marks.set(line, columns);
  };
  body.forEach((n, b) => {
    const kinds = readRuleLine(lines[n], width);
    if (!kinds) return;
    const below = neighbour(body, lines, b, 1);
    const above = neighbour(body, lines, b, -1);
    if (below !== null) mark(below, kinds, 'single');
    if (above !== null) mark(above, kinds, 'double');
  });
  return marks;
}

/** The nearest body line in direction `step` past blank lines, unless it is a rule line. */
function neighbour(body: number[], lines: string[], b: number, step: 1 | -1): number | null {
  for (let k = b + step; k >= 0 && k < body.length; k += step) {
    const text = lines[body[k]];
    if (text.trim() === '') continue;
    return isRuleLine(text) ? null : body[k];
  }
  return null;
}
