/**
 * Diagnostic: table figures no evaluated check reads that another table prints again for the
 * same period at the same value (restated to a common scale): where a tie is lost.
 *   node scripts/corpus/echoes.ts <release dirs>
 */
import { coveredFigures, figuresOf, readAndCheck } from './measure.ts';
import { emptyModel, recognizeRelease } from '../../src/lib/model/index.ts';

for (const dir of process.argv.slice(2)) {
  const { release, checks } = readAndCheck(dir);
  const covered = coveredFigures(checks);
  const rec = recognizeRelease(release, emptyModel);
  const figures = figuresOf(release.facts).filter((f) => f.value !== null && f.origin === 'cell');
  const norm = (f: (typeof figures)[number]) => Number(f.value) * 10 ** f.scale;
  let n = 0;
  for (const f of figures) {
    if (covered.has(f.id) || Number(f.value) === 0) continue;
    const others = figures.filter((g) => g.table !== f.table && g.period === f.period && g.unit === f.unit && Math.abs(norm(g) - norm(f)) <= 0.5 * 10 ** Math.max(f.scale - f.decimals, g.scale - g.decimals));
    if (others.length === 0) continue;
    n++;
    const k = (t: string) => rec.tables.get(t)?.kind;
    console.log(`${f.table.slice(0, 30)}(${k(f.table)}) [${f.section.join('/')}] "${f.label}" ${f.period} ${f.value}e${f.scale}  ==  ${others.map((g) => `${g.table.slice(0, 30)}(${k(g.table)}) [${g.section.join('/')}] "${g.label}" ${covered.has(g.id) ? 'C' : 'u'} c=${rec.conceptOf(g)}`).join(' ;; ')}  c=${rec.conceptOf(f)}`);
  }
  console.log(`${dir}: ${n} uncovered figures printed again elsewhere`);
}
