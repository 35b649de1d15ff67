/**
 * axe-core in a Playwright page: its source injected with page.evaluate (so no script tag,
 * no network, and the page's CSP does not apply), run against WCAG 2.1 A and AA. axe runs on
 * timers, so the page's context needs JavaScript on; the pages themselves ship none.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** The WCAG 2.1 A/AA violations of the page as loaded, one line each: rule, count and the first targets. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(source);
  const violations = await page.evaluate(
    (tags) =>
      (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe
        .run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
        .then((r) => r.violations.map((v) => ({ id: v.id, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }))),
    WCAG_21_AA,
  );
  return violations.map((v) => `${v.id} (${v.help}): ${v.targets.length} × ${v.targets.slice(0, 3).join(' | ')}`);
}
