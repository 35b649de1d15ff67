// Which release notebooks a site publishes (src/lib/site/notebook-releases.ts): those whose
// release the data folder holds; in a site of another data folder (TIEOUT_DATA) the others are left
// out and said once on stderr, though the notebooks' route and the sitemap both ask; in the
// default data folder a notebook naming no release is a located error.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { publishedNotebooks } from '../../../src/lib/site/notebook-releases.ts';

const entry = (id: string, release: string, company?: string) => ({ id, filePath: `src/notebooks/${id}.mdx`, data: { release, company } });

describe('publishedNotebooks', () => {
  const env = { data: process.env.TIEOUT_DATA, notebooks: process.env.TIEOUT_NOTEBOOKS };
  beforeEach(() => {
    delete process.env.TIEOUT_DATA;
    delete process.env.TIEOUT_NOTEBOOKS;
  });
  afterEach(() => {
    for (const [key, value] of [['TIEOUT_DATA', env.data], ['TIEOUT_NOTEBOOKS', env.notebooks]] as const) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  });

  test('publishes the notebooks of held releases; the example and company notebooks are not published here', () => {
    const entries = [entry('inap/a', 'inap-2010-q2'), entry('example', '_example'), entry('nvda/c', '', 'nvda')];
    expect(publishedNotebooks(entries, ['inap-2010-q2']).map((e) => e.id)).toEqual(['inap/a']);
  });

  test('a notebook naming no release of the default data folder fails the build, naming what there is', () => {
    expect(() => publishedNotebooks([entry('typo', 'inap-2010-q3')], ['inap-2010-q2'])).toThrow(
      "release 'inap-2010-q3' names no release in data/releases/ (there is: inap-2010-q2); the notebook would not be published",
    );
  });

  test('in a site of another data folder, says once which notebooks it leaves out, though asked by two routes', () => {
    process.env.TIEOUT_DATA = '/tmp/elsewhere';
    const write = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      const entries = [entry('inap/a', 'inap-2010-q2'), entry('nvda/b', 'nvda-fy2023-q3')];
      for (let i = 0; i < 2; i++) expect(publishedNotebooks(entries, ['nvda-fy2023-q3']).map((e) => e.id)).toEqual(['nvda/b']);
      expect(write.mock.calls.map(([note]) => String(note))).toHaveLength(1);
      expect(String(write.mock.calls[0]![0])).toMatch(/holds no release for 1 notebook\(s\), not built: src\/notebooks\/inap\/a\.mdx \(release: inap-2010-q2\)/);
    } finally {
      write.mockRestore();
    }
  });
});
