import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { distDir, projectRoot, requireBuiltSite } from '../support/site.ts';
import { userBuildEnv } from '../support/build-env.ts';

/** The built claims page of the bundled release. */
function page() {
  requireBuiltSite();
  return parseHTML(readFileSync(join(distDir, 'inap-2010-q2', 'claims', 'index.html'), 'utf8')).document;
}

describe('the claims page', () => {
  test('marks each number linked automatically, with its evidence and verdict in a popover', () => {
    const document = page();
    const mark = [...document.querySelectorAll('#L52 button.claim')].find((b) => b.textContent?.startsWith('$40.4 million'))!;
    expect(mark.textContent).toContain('(linked by tieout, rounding)');
    const popover = document.getElementById(mark.getAttribute('popovertarget')!)!;
    expect(popover.hasAttribute('popover')).toBe(true);
    expect(popover.textContent).toContain('Linked by tieout, high confidence.');
    expect(popover.textContent).toContain('“Total debt” names Total debt; period: June 30, 2010 (“at the end of the quarter”).');
    expect(popover.querySelector('a.verdict.rounding')?.getAttribute('href')).toBe('/inap-2010-q2/checks/claim/#claim/total-debt/2010-06-30');
    // The figures compared, in readers' words, not the claims.yaml expression (that is the dev server's, for the author).
    expect(popover.children[0]!.textContent).toBe('≈ within rounding Total debt (revolving credit facility and capital lease obligations), June 30, 2010');
    expect(popover.children[1]!.textContent).toBe('$40.4 million vs $40.412 million = (20,000 + 727 + 19,685) thousand');
    expect(popover.querySelector('code')).toBeNull();
  });

  test('marks only figures: dates, periods, years and footnote marks are printed as they are', () => {
    const document = page();
    const marked = [...document.querySelectorAll('.prose .claim, .prose .unlinked, .prose .nd')].map((m) => m.firstChild?.textContent ?? '');
    for (const name of ['June 30, 2010', 'second quarter of 2010', '2009', '5:00 p.m.']) expect(marked.some((t) => t.includes(name)), name).toBe(false);
    expect(document.querySelector('.claims-page > p')!.textContent).toMatch(/with its 60 figures marked/);
  });

  test("tells a link the site's author made (in claims.yaml) apart, in words for readers: no file a reader does not know", () => {
    const document = page();
    const mark = [...document.querySelectorAll('#L41 button.claim')].find((b) => b.textContent?.startsWith('$1.2 million'))!;
    expect(mark.classList.contains('by-hand')).toBe(true);
    expect(mark.textContent).toContain("(linked by the site's author, rounding)");
    expect(document.getElementById(mark.getAttribute('popovertarget')!)!.textContent).toContain("Linked by the site's author.");
    expect(document.querySelector('.claims-page > p')!.textContent).toMatch(/are linked to the figures they assert and checked \(50 by tieout, 1 by the site's author\);/);
    expect(document.querySelector('.claims-page .legend')!.textContent).toContain("dashed: linked by the site's author");
  });

  test("no page of the site names the author's files (claims.yaml, release.yaml, model.yaml) to its readers", () => {
    requireBuiltSite();
    const pages = (readdirSync(distDir, { recursive: true }) as string[]).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(20);
    const named = pages.flatMap((f) => {
      const html = readFileSync(join(distDir, f), 'utf8');
      return ['claims.yaml', 'release.yaml', 'model.yaml'].filter((file) => html.includes(file)).map((file) => `${f}: ${file}`);
    });
    expect(named).toEqual([]);
  });

  test('lists every linked number with how it was linked, and every number the tables cannot confirm with the reason', () => {
    const document = page();
    const linked = [...document.querySelectorAll('#linked + .scroll table tbody tr')];
    expect(linked.length).toBe(51);
    expect(linked.filter((tr) => tr.textContent?.includes("by the site's author")).length).toBe(1);
    expect(linked.filter((tr) => tr.textContent?.includes('by tieout, high confidence')).length).toBeGreaterThan(40);
    const nd = [...document.querySelectorAll('#not-derivable + .scroll table tbody tr')].map((tr) => tr.textContent);
    expect(nd.some((t) => t?.includes('2,807') && t.includes('customer count: the tables report no customer numbers'))).toBe(true);
  });
});

describe('a claims.yaml with a problem', () => {
  test('fails the build, naming the file, line and column of the entry', () => {
    const out = join(projectRoot, 'node_modules', '.cache', 'tieout-claims-broken', 'dist');
    rmSync(join(out, '..'), { recursive: true, force: true });
    const build = spawnSync(join(projectRoot, 'node_modules', '.bin', 'node'), [join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', out], {
      cwd: projectRoot,
      encoding: 'utf8',
      env: userBuildEnv({ NO_COLOR: '1', TIEOUT_DATA: 'test/fixtures/claims/broken-site', TIEOUT_NOTEBOOKS: './test/fixtures/site-data/notebooks-none', TIEOUT_ASTRO_CACHE: join(out, '..', 'astro-cache') }),
      timeout: 300_000,
    });
    const log = build.stdout + build.stderr;
    expect(build.status, log.slice(-3000)).not.toBe(0);
    expect(log).toContain(
      "test/fixtures/claims/broken-site/releases/widget-2010-q2/claims.yaml:3:13: 'claims.0.text': 'Revenue of $1.6 million' is no longer in the prose of the release: quote the text as it is printed now, or remove the entry",
    );
  }, 300_000);
});
