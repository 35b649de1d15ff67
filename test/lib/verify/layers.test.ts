// Data flows one way: no module of src/lib imports from a layer above its own. The
// orchestration of a release's checks (verify) sits above checks and claims, so that
// claims can use the checks' arithmetic without checks importing claims back.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, dirname, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const LIB = 'src/lib';

/** Rank of each layer: a module may import from its own layer and from lower ranks only. */
const RANK: Record<string, number> = {
  'types.ts': 0, 'decimal.ts': 0, 'release-id.ts': 0, 'issues.ts': 0, 'data-file.ts': 0, 'text-file.ts': 0, 'shown-path.ts': 0, 'markup.ts': 0, 'range-joins.ts': 0, 'kept.ts': 0, 'grouped.ts': 0, 'by-line.ts': 0, 'char-classes.ts': 0, 'note-marks.ts': 0, 'currency-names.ts': 0, 'measures.ts': 0, 'write-atomic.ts': 0, 'public-url.ts': 0, 'did-you-mean.ts': 0, 'reg-exp.ts': 0, format: 0,
  // The disk cache stores what any layer computes and knows none of them.
  cache: 0,
  // Units and currencies as a release states them ("(In thousands, except per share data)", "NT$"): read alike by the import, which drafts a release's defaults from them, and the ingest, which reads each table by them.
  units: 0,
  model: 1,
  // import sits before ingest in the data flow: it writes the text ingest reads.
  import: 1,
  ingest: 2,
  // The release as published, made safe for its page: the import's rules for what of a page is the release, read by the site.
  original: 2,
  checks: 3,
  // A statement's rows as a reader sees them, for the site's tables and the notebooks' elements alike.
  statement: 3,
  claims: 4,
  // A company's releases read together: facts of several releases, above the checks of one.
  series: 4,
  verify: 5,
  export: 6, charts: 6, notebook: 6, site: 7,
};

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

const layerOf = (file: string) => relative(LIB, file).split('/')[0];

const edges = files(LIB).flatMap((file) =>
  [...readFileSync(file, 'utf8').matchAll(/^(?:import|export)[^'"]*from '(\.[^']+)'/gm)].map((m) => ({
    file,
    target: relative(LIB, resolve(dirname(file), m[1])),
  })),
);

describe('layers of src/lib', () => {
  test('every layer has a rank', () => {
    expect([...new Set(files(LIB).map(layerOf))].filter((l) => !(l in RANK))).toEqual([]);
  });

  test('no module imports from a layer above its own', () => {
    const upward = edges
      .filter((e) => !e.target.startsWith('..'))
      .filter((e) => RANK[layerOf(join(LIB, e.target))] > RANK[layerOf(e.file)])
      .map((e) => `${e.file} imports ${e.target}`);
    expect(upward).toEqual([]);
  });

  test('checks never import claims, and neither imports the orchestrator', () => {
    const loops = edges.filter(
      (e) => (layerOf(e.file) === 'checks' && /^(claims|verify)\//.test(e.target)) || (layerOf(e.file) === 'claims' && e.target.startsWith('verify/')),
    );
    expect(loops).toEqual([]);
  });
});
