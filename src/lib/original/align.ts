/**
 * Which figure of the original document each fact was read from. Facts are located in
 * release.txt, the import's conversion; the original is the file as published. Both print
 * the release's table figures in the same order (the import writes tables, rows and cells in
 * reading order), so the facts' digits and the original's figures are aligned as two
 * sequences: the longest common subsequence of equal digits. A figure the import left out
 * (a repeated copy of a section, a table it could not read) is skipped; a fact whose figure
 * the original does not print as a cell of its own stays unplaced, never put on another.
 * Where equal figures could pair either way, the earliest pairing is taken, as the import
 * keeps the first copy of a repeated section.
 */

/** The most cells aligned by dynamic programming; longer sequences are aligned greedily in order. */
const MAX_CELLS = 30_000_000;

/** For each figure of `figures`, the index in `facts` of the fact read from it, or -1. */
export function alignFigures(facts: readonly string[], figures: readonly string[]): Int32Array {
  const n = facts.length;
  const m = figures.length;
  const out = new Int32Array(m).fill(-1);
  if (n === 0 || m === 0) return out;
  if ((n + 1) * (m + 1) > MAX_CELLS) return greedy(facts, figures, out);
  // L[i][j]: the longest common subsequence of facts[i..] and figures[j..].
  const w = m + 1;
  const L = new Uint32Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--) {
    const row = i * w;
    const below = row + w;
    const f = facts[i];
    for (let j = m - 1; j >= 0; j--) {
      L[row + j] = f === figures[j] ? L[below + j + 1]! + 1 : Math.max(L[below + j]!, L[row + j + 1]!);
    }
  }
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (facts[i] === figures[j]) {
      out[j] = i;
      i++;
      j++;
    } else if (L[(i + 1) * w + j]! >= L[i * w + j + 1]!) i++;
    else j++;
  }
  return out;
}

/** Each fact to the next equal figure within a window ahead, in order. */
function greedy(facts: readonly string[], figures: readonly string[], out: Int32Array): Int32Array {
  let j = 0;
  for (let i = 0; i < facts.length && j < figures.length; i++) {
    for (let k = j; k < Math.min(figures.length, j + 200); k++) {
      if (figures[k] === facts[i]) {
        out[k] = i;
        j = k + 1;
        break;
      }
    }
  }
  return out;
}
