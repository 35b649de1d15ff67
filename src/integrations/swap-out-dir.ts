/**
 * The last good site stays until a new one is whole, and the output folder is never missing: the
 * build writes into a new folder beside the output folder (`.dist.<pid>-<hex>.new`) and, once every
 * page is written (`astro:build:done`), the output folder becomes a link to it, by renaming a new
 * link over the old one (one step; src/lib/write-atomic.ts linkInPlace), the old site deleted in the
 * background. `astro preview` (`npm start`, `npm run preview`) and static servers serve the link's
 * folder; copy it with links followed (`cp -rL dist/ …`, `rsync -L`) to deploy. A build that fails
 * or is stopped leaves the output folder as the last build that finished left it; the folder it was
 * writing is deleted by the next build. An output folder that is a real folder (from a build before
 * links, or the user's) is moved aside once, and a stop in that instant is undone by the next build
 * or by `astro preview`, which puts the last site back before serving. What Astro keeps in an output
 * folder it empties (`.git`, a deployment's repository) moves into the new one once that is in place (a
 * stop before leaves it in the last site; one after the swap and before the move, in a leftover the
 * next build carries it from before deleting). Astro empties only the
 * new, empty folder, so no build waits for an old site's deletion.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { linkInPlace, newFolderBeside, restoreStopped } from '../lib/write-atomic.ts';

/** Entries of the output folder Astro does not empty (its emptyDir's skip list). */
const KEPT = ['.git'];

export function swapOutDir(): AstroIntegration {
  let target = '';
  let building = '';
  let swap = true;
  const deletions: Promise<void>[] = [];
  const background = (deletion: Promise<void>) => {
    deletions.push(deletion.catch(() => {}));
  };
  return {
    name: 'tieout:swap-out-dir',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig, logger }) => {
        // `astro preview` (the second half of `npm start`) serves the output folder: where a build was stopped between
        // its two renames, the last site is put back first, so the preview serves it rather than failing on no folder.
        if (command === 'preview') {
          const out = fileURLToPath(config.outDir);
          if (restoreStopped(out)) logger.warn(`a build was stopped while putting its site in place: the last site is back in ${out}`);
          return;
        }
        // A project that asks Astro to keep its output (vite.build.emptyOutDir: false) builds in place.
        swap = command === 'build' && config.vite?.build?.emptyOutDir !== false;
        if (!swap) return;
        // Without its trailing separator: a rename onto "dist/" fails where dist is a link (ENOTDIR).
        target = path.resolve(fileURLToPath(config.outDir));
        building = newFolderBeside(target, background, KEPT);
        updateConfig({ outDir: pathToFileURL(`${building}${path.sep}`) });
      },
      'astro:build:done': async ({ logger }) => {
        if (!swap) return;
        // Astro's prerender chunks are no page of the site.
        rmSync(path.join(building, '.prerender'), { recursive: true, force: true });
        // What earlier builds left has had this whole build to go; the site just replaced goes
        // in the background (a build ending first leaves it to the next).
        await Promise.all(deletions.splice(0));
        // What Astro keeps (.git) moves from the last site once the new one is in place, so that no stop leaves it in a folder a later build deletes.
        linkInPlace(building, target, (deletion) => {
          deletion.catch((e: unknown) => logger.warn(`the last site, moved beside ${target}, could not all be deleted (the next build tries again): ${e instanceof Error ? e.message : String(e)}`));
        }, KEPT);
      },
    },
  };
}
