/**
 * The names closest to a misspelled one, for an error that offers a way forward ("did you mean
 * 'revenue'?"): those at the least edit distance (a swap of two neighbours counts one), within a
 * third of the name's length; none when nothing is close.
 */
export function closest(name: string, candidates: Iterable<string>, most = 3): string[] {
  const wanted = name.toLowerCase();
  const limit = Math.max(1, Math.floor(wanted.length / 3));
  const scored: [string, number][] = [];
  for (const c of new Set(candidates)) {
    const d = distance(wanted, c.toLowerCase(), limit);
    if (d <= limit) scored.push([c, d]);
  }
  // Only the closest: '2010q2' means '2010-q2', not '2010-q1' one edit further.
  const best = Math.min(...scored.map(([, d]) => d));
  return scored
    .filter(([, d]) => d === best)
    .sort((a, b) => a[0].localeCompare(b[0]))
    .slice(0, most)
    .map(([c]) => c);
}

/** " Did you mean 'a' or 'b'?", or "" when nothing is close. */
export function didYouMean(name: string, candidates: Iterable<string>): string {
  const near = closest(name, candidates);
  if (near.length === 0) return '';
  const quoted = near.map((n) => `'${n}'`);
  return ` Did you mean ${quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`}?`;
}

/** Optimal string alignment distance, giving up (returning limit + 1) once past `limit`. */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > limit) return limit + 1;
    before = prev;
    prev = row;
  }
  return prev[b.length]!;
}
