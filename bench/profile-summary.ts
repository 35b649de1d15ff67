/**
 * Summarizes a V8 .cpuprofile (node --cpu-prof): self time by function and by package or
 * source folder, and inclusive time of the functions named on the command line.
 * Usage: node bench/profile-summary.ts <file.cpuprofile> [top=40] [function names…]
 */
import { readFileSync } from 'node:fs';

interface Node { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
const [file, topArg = '40', ...inclusive] = process.argv.slice(2);
const prof = JSON.parse(readFileSync(file!, 'utf8')) as { nodes: Node[]; samples: number[]; timeDeltas: number[] };
const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const self = new Map<number, number>();
prof.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (prof.timeDeltas[i] ?? 0)));
const total = [...self.values()].reduce((a, b) => a + b, 0);

const where = (url: string) => {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (m) return m[1]!;
  const s = /\/(src\/[^/]+\/[^/]+|src\/[^/]+)/.exec(url);
  if (s) return s[1]!;
  if (url.includes('/dist/')) return 'dist (built)';
  return url ? url.replace(/^.*\//, '') : '(native)';
};
const add = (m: Map<string, number>, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v);
const fn = new Map<string, number>();
const pkg = new Map<string, number>();
for (const [id, t] of self) {
  const n = byId.get(id)!;
  add(fn, `${n.callFrame.functionName || '(anon)'} ${where(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`, t);
  add(pkg, where(n.callFrame.url), t);
}
const show = (title: string, m: Map<string, number>) => {
  console.log(`\n${title}`);
  for (const [k, v] of [...m].sort((a, b) => b[1] - a[1]).slice(0, Number(topArg))) console.log(`${(v / 1000).toFixed(0).padStart(8)} ms ${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}`);
};
console.log(`total sampled ${(total / 1e6).toFixed(2)} s`);
show('self time by package / folder', pkg);
show('self time by function', fn);

// Inclusive time of named functions: samples whose stack contains one.
if (inclusive.length > 0) {
  const parent = new Map<number, number>();
  for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const incl = new Map<string, number>();
  for (const [id, t] of self) {
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const name = byId.get(cur)!.callFrame.functionName;
      if (inclusive.includes(name) && !seen.has(name)) { seen.add(name); add(incl, name, t); }
    }
  }
  show('inclusive time', incl);
}
