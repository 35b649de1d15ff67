/**
 * Debian's Chromium, driven through playwright-core (Playwright's own browser
 * download cannot work here). Each launch gets a fresh temporary profile,
 * removed again by close().
 *
 * The flags: --no-sandbox because tests run as root; --disable-gpu for a
 * machine without one; the rest stop Chromium from reaching for the network
 * (QUIC, first-run pings, component and sync updates), which is closed here.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Default bound, in ms, for every Playwright action and navigation. */
export const actionTimeoutMs = 30_000;

export interface Browser {
  context: BrowserContext;
  /** A new tab; its viewport defaults to 1280×800. */
  newPage(viewport?: { width: number; height: number }): Promise<Page>;
  close(): Promise<void>;
}

/** `javaScript: false` runs pages with scripting off, as a reader who blocks it would. */
export async function launchBrowser({ timeoutMs = 60_000, javaScript = true } = {}): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(`${chromiumPath} is missing: apt-get install -y chromium (.ci/run does this)`);
  }
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'tieout-chromium-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: chromiumPath,
      headless: true,
      args: chromiumArgs,
      timeout: timeoutMs,
      viewport: { width: 1280, height: 800 },
      javaScriptEnabled: javaScript,
    });
  } catch (error) {
    await rm(userDataDir, { recursive: true, force: true });
    throw error;
  }
  context.setDefaultTimeout(actionTimeoutMs);
  context.setDefaultNavigationTimeout(actionTimeoutMs);
  // A persistent context opens with one blank tab; tests open their own.
  await Promise.all(context.pages().map((page) => page.close()));

  let closed = false;
  return {
    context,
    async newPage(viewport) {
      const page = await context.newPage();
      if (viewport) await page.setViewportSize(viewport);
      return page;
    },
    async close() {
      if (closed) return;
      closed = true;
      try {
        await Promise.race([
          context.close(),
          new Promise((_, reject) =>
            setTimeout(() => reject(new Error('timed out closing Chromium')), timeoutMs).unref(),
          ),
        ]);
      } finally {
        await rm(userDataDir, { recursive: true, force: true, maxRetries: 3, retryDelay: 200 });
      }
    },
  };
}
