/**
 * A note on stderr, said once per build: several routes (the sitemap, the notebooks' and the
 * companies' pages) ask the same question of the data folder, and a build would otherwise say
 * each answer as many times as it is asked. (Once per copy of the modules: the sitemap, rendered
 * with a copy of its own, asks quietly.)
 */
const said = new Set<string>();

export function sayOnce(note: string): void {
  if (said.has(note)) return;
  said.add(note);
  process.stderr.write(note);
}
