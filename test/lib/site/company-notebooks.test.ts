// Which company notebooks a site publishes (src/lib/site/company-notebooks.ts): those of a
// company the data folder holds releases of; one of another company is left out, said on stderr
// (a site without NVIDIA's releases still builds), never an error; a slug the company page uses is.
import { describe, expect, test, vi } from 'vitest';
import { missingReleases, publishedCompanyNotebooks } from '../../../src/lib/site/company-notebooks.ts';

const entry = (id: string, company: string | undefined, order = 1, releases?: string[]) => ({ id, filePath: `src/notebooks/${id}.mdx`, data: { company, release: company ? '' : 'inap-2010-q2', order, releases } });

describe('publishedCompanyNotebooks', () => {
  test('publishes the notebooks of companies with releases, in order; release notebooks are not company notebooks', () => {
    const entries = [entry('nvda/b', 'nvda', 2), entry('nvda/a', 'nvda', 1), entry('inap-2010-q2/x', undefined)];
    expect(publishedCompanyNotebooks(entries, ['nvda', 'inap']).map((e) => e.id)).toEqual(['nvda/a', 'nvda/b']);
  });

  test('leaves out a notebook whose company has no release, saying so with the closest company', () => {
    const write = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      expect(publishedCompanyNotebooks([entry('nvda/fiscal-2023', 'nvda'), entry('nvdaa/x', 'nvdaa')], ['inap', 'nvd'])).toEqual([]);
      expect(write).toHaveBeenCalledWith(
        "tieout: data/releases/ holds no release of the company of 2 company notebook(s), not built: src/notebooks/nvda/fiscal-2023.mdx (company: nvda. Did you mean 'nvd'?), src/notebooks/nvdaa/x.mdx (company: nvdaa)\n",
      );
    } finally {
      write.mockRestore();
    }
  });

  // The example notebook reads NVIDIA's fiscal 2023 by its releases' ids; an author who imports
  // one NVIDIA release as the README says (its id drafted as nvda-2023-q2) must get a site.
  test('leaves out a notebook naming releases the data folder lacks, saying which; publishes it when all are there', () => {
    const fy2023 = ['nvda-fy2023-q1', 'nvda-fy2023-q2', 'nvda-fy2023-q3', 'nvda-fy2023-q4'];
    const notebook = entry('nvda/fiscal-2023', 'nvda', 1, fy2023);
    const write = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      expect(publishedCompanyNotebooks([notebook, entry('nvda/any', 'nvda', 2)], ['nvda', 'inap'], ['inap-2010-q2', 'nvda-2023-q2', 'nvda-fy2023-q1']).map((e) => e.id)).toEqual(['nvda/any']);
      expect(write).toHaveBeenCalledWith(
        'tieout: data/releases/ lacks releases that 1 company notebook(s) read, not built: src/notebooks/nvda/fiscal-2023.mdx (releases: nvda-fy2023-q2, nvda-fy2023-q3, nvda-fy2023-q4)\n',
      );
      write.mockClear();
      expect(publishedCompanyNotebooks([notebook], ['nvda'], fy2023).map((e) => e.id)).toEqual(['nvda/fiscal-2023']);
      expect(write).not.toHaveBeenCalled();
    } finally {
      write.mockRestore();
    }
    expect(missingReleases(notebook, ['nvda-fy2023-q4'])).toEqual(fy2023.slice(0, 3));
    expect(missingReleases(entry('nvda/any', 'nvda'), [])).toEqual([]);
  });

  test('says each note once in a build, though the sitemap and the notebooks\' route both ask', () => {
    const write = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      const entries = [entry('acme/q', 'acme'), entry('nvda/once', 'nvda', 1, ['nvda-fy2024-q1'])];
      for (let i = 0; i < 2; i++) expect(publishedCompanyNotebooks(entries, ['nvda'], [])).toEqual([]);
      expect(write.mock.calls.map(([note]) => note)).toEqual([
        'tieout: data/releases/ holds no release of the company of 1 company notebook(s), not built: src/notebooks/acme/q.mdx (company: acme)\n',
        'tieout: data/releases/ lacks releases that 1 company notebook(s) read, not built: src/notebooks/nvda/once.mdx (releases: nvda-fy2024-q1)\n',
      ]);
    } finally {
      write.mockRestore();
    }
  });

  test('a slug the company page uses (a page number, its downloads) is a located error', () => {
    expect(() => publishedCompanyNotebooks([entry('nvda/2', 'nvda')], ['nvda'])).toThrow("a company notebook may not be named '2': the company's page uses that address");
    expect(() => publishedCompanyNotebooks([entry('nvda/facts.csv', 'nvda')], ['nvda'])).toThrow(/may not be named 'facts.csv'/);
  });
});
