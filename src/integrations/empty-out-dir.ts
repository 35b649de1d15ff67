/**
 * Empties the output folder without making the build wait for it.
 *
 * Astro empties the output folder itself, synchronously, before it bundles: for a site of 100
 * releases that is some 5,000 files in 2,300 folders, 1.6 s in which the build does nothing else
 * (a sixth of a rebuild that changes one page, and more of a rebuild of a larger site). Here, when
 * the build starts, the folder's entries are renamed into a sibling folder (a rename is
 * immediate, whatever it holds), which is then deleted while the build bundles and renders; Astro
 * finds the folder empty. What Astro would keep (`.git`) stays. The build waits for the deletion
 * before it ends, and a folder a stopped build left is deleted by the next. Where an entry cannot
 * be renamed (the parent folder is read-only, the entry is on another disk), it is left for Astro
 * to delete as it always has.
 */
import { existsSync, mkdirSync, readdirSync, renameSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Entries of the output folder Astro does not empty (its emptyDir's skip list). */
const KEPT = new Set(['.git']);

/** The name of the folders emptied output is moved into, beside the output folder. */
const sweptPrefix = (outDir: string) => `.${path.basename(outDir)}.emptied-`;

/**
 * Moves every entry of `outDir` (but `.git`) into a new sibling folder, at once, and deletes that
 * folder and any left by an earlier build. Returns the deletion; `outDir` is empty when it returns.
 */
export function sweepOutDir(outDir: string): Promise<void> {
  const dir = path.resolve(outDir);
  if (!existsSync(dir)) return Promise.resolve();
  const parent = path.dirname(dir);
  const prefix = sweptPrefix(dir);
  try {
    const entries = readdirSync(dir).filter((name) => !KEPT.has(name));
    if (entries.length > 0) {
      const swept = path.join(parent, `${prefix}${process.pid}-${Date.now()}`);
      mkdirSync(swept);
      for (const name of entries) {
        try {
          renameSync(path.join(dir, name), path.join(swept, name));
        } catch {
          // Left where it is: Astro deletes it.
        }
      }
    }
  } catch {
    // No folder can be made beside the output: Astro empties it as it always has.
  }
  let leftovers: string[] = [];
  try {
    leftovers = readdirSync(parent).filter((name) => name.startsWith(prefix));
  } catch {
    return Promise.resolve();
  }
  return Promise.all(leftovers.map((name) => fs.rm(path.join(parent, name), { recursive: true, force: true, maxRetries: 3 }))).then(() => {});
}

export function emptyOutDir(): AstroIntegration {
  let outDir = '';
  let emptied = true;
  let deleting: Promise<void> = Promise.resolve();
  return {
    name: 'tieout:empty-out-dir',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        // A project that asks Astro to keep its output (vite.build.emptyOutDir: false) keeps it here too.
        emptied = config.vite?.build?.emptyOutDir !== false;
      },
      'astro:build:start': () => {
        if (!emptied) return;
        deleting = sweepOutDir(outDir);
        // Awaited when the build is done; a failure then is only a warning (see below), never an unhandled rejection before.
        deleting.catch(() => {});
      },
      'astro:build:done': async ({ logger }) => {
        try {
          await deleting;
        } catch (e) {
          logger.warn(`the last build's output, moved beside ${outDir}, could not all be deleted (the next build tries again): ${e instanceof Error ? e.message : String(e)}`);
        }
      },
    },
  };
}
