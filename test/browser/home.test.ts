/**
 * The home page of the built site, in headless Chromium, at a desktop and a
 * phone width. The assertions hold for any home page: it answers 200, has a
 * title and an <h1>, logs no console errors, throws nothing, and every request
 * it makes succeeds. Screenshots go to test-results/screenshots/ for people
 * to look at.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type Browser } from '../support/browser.ts';
import { projectRoot, serveSite, type SiteServer } from '../support/site.ts';

const screenshotDir = path.join(projectRoot, 'test-results', 'screenshots');

const viewports = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
];

/** Everything that went wrong while a page loaded. */
function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') {
      const { url, lineNumber } = message.location();
      // Chromium probes /favicon.ico by itself when a page declares no icon,
      // and only on the first page of a profile, so its 404 says nothing
      // about the page and would make the result depend on test order.
      if (new URL(url || 'about:blank').pathname === '/favicon.ico') return;
      problems.push(`console error: ${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`uncaught exception: ${error.message}`));
  page.on('requestfailed', (request) =>
    problems.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? 'unknown'})`),
  );
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return problems;
}

describe('home page', () => {
  let site: SiteServer;
  let browser: Browser;

  beforeAll(async () => {
    site = await serveSite();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  for (const viewport of viewports) {
    it(`loads cleanly at ${viewport.name} width (${viewport.width}px)`, async () => {
      const page = await browser.newPage({ width: viewport.width, height: viewport.height });
      const problems = watch(page);
      try {
        const response = await page.goto(site.url, { waitUntil: 'load' });
        expect(response?.status()).toBe(200);
        // Let late scripts and lazy requests report before judging.
        await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => {});

        expect((await page.title()).trim()).not.toBe('');
        const h1 = page.locator('h1');
        expect(await h1.count()).toBeGreaterThan(0);
        expect((await h1.first().innerText()).trim()).not.toBe('');

        await mkdir(screenshotDir, { recursive: true });
        await page.screenshot({
          path: path.join(screenshotDir, `home-${viewport.name}.png`),
          fullPage: true,
          timeout: 30_000,
        });

        expect(problems).toEqual([]);
      } finally {
        await page.close();
      }
    });
  }
});
