/**
 * The built site, for browser and build tests.
 *
 * Building happens once per test run, not once per test file: vitest.config.ts
 * puts test/browser/** and test/site/** in a "site" project whose globalSetup
 * (test/support/site-setup.ts) calls buildSite(). Vitest runs a project's
 * globalSetup once, in its main process, before any of that project's files
 * start, and only when at least one of them is selected, so unit-test-only
 * runs never build. This needs no lock file and no cross-process
 * coordination. Test files then call serveSite(), which only serves dist/.
 *
 * serveSite() is a tiny static server (node:http) on an ephemeral port of
 * 127.0.0.1, close to what a static host does: a directory serves its
 * index.html (a directory URL without its trailing slash is redirected to it),
 * `/x` also finds `/x.html`, content types come from the extension, and a
 * missing file is a 404 (with dist/404.html as the body when the site has one).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { inject } from 'vitest';
import { userBuildEnv } from './build-env.ts';

declare module 'vitest' {
  interface ProvidedContext {
    /** Set by test/support/site-setup.ts: null when the build succeeded. */
    siteBuildError: string | null;
  }
}

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
export const distDir = path.join(projectRoot, 'dist');

/** The project's own Node (the pinned `node` devDependency), else this one. */
function projectNode(): string {
  const pinned = path.join(projectRoot, 'node_modules', '.bin', 'node');
  return existsSync(pinned) ? pinned : process.execPath;
}

/**
 * Runs `astro build` into dist/ with the project's Node. Rejects with the tail
 * of Astro's output if the build fails or takes longer than timeoutMs.
 */
export async function buildSite({ timeoutMs = 600_000 } = {}): Promise<void> {
  const astro = path.join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const started = Date.now();
  let output = '';
  // --force: every page rendered, none copied from an earlier build's incremental cache, so the
  // tests read what this code makes (test/site/incremental.test.ts proves the cache separately).
  const child = spawn(projectNode(), [astro, 'build', '--force'], {
    cwd: projectRoot,
    // No published address: pages must then name no host at all (test/site/links.test.ts); drop-in.test.ts builds with one.
    env: userBuildEnv({ NO_COLOR: '1', FORCE_COLOR: '0', TIEOUT_SITE: '' }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
    if (output.length > 200_000) output = output.slice(-100_000);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const tail = () => output.split('\n').slice(-40).join('\n');
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`astro build took longer than ${timeoutMs} ms; its output ended:\n${tail()}`));
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new Error(`astro build failed (${signal ?? `exit ${code}`}); its output ended:\n${tail()}`));
    });
  });
  if (!existsSync(path.join(distDir, 'index.html'))) {
    throw new Error(`astro build succeeded but wrote no ${path.join(distDir, 'index.html')}`);
  }
  console.log(`[site] built dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
};

export function contentType(file: string): string {
  return contentTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

async function isDirectory(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isDirectory();
  } catch {
    return false;
  }
}

type Resolved = { file: string } | { redirect: string } | null;

/** Maps a URL path to a file under root, or null; never leaves root. */
async function resolvePath(root: string, urlPath: string): Promise<Resolved> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const file = path.resolve(root, `.${path.posix.normalize(decoded)}`);
  if (file !== root && !file.startsWith(root + path.sep)) return null;
  if (await isDirectory(file)) {
    if (!urlPath.endsWith('/')) return { redirect: `${urlPath}/` };
    const index = path.join(file, 'index.html');
    return (await isFile(index)) ? { file: index } : null;
  }
  if (await isFile(file)) return { file };
  if (!urlPath.endsWith('/') && (await isFile(`${file}.html`))) return { file: `${file}.html` };
  return null;
}

export interface SiteServer {
  /** Base URL with a trailing slash, e.g. http://127.0.0.1:41234/ */
  url: string;
  close(): Promise<void>;
}

/**
 * Throws unless this run's build succeeded. Call it first in any test that
 * reads dist/ directly; serveSite() calls it.
 */
export function requireBuiltSite(): void {
  const error = inject('siteBuildError');
  if (error === undefined) {
    throw new Error(
      'the site was not built in this run: site tests must run in the "site" project of ' +
        'vitest.config.ts, whose globalSetup (test/support/site-setup.ts) builds it',
    );
  }
  if (error !== null) throw new Error(`the site did not build, so it cannot be tested:\n${error}`);
}

/**
 * Serves this run's build (dist/) on an ephemeral port of 127.0.0.1; `headers` are added to
 * every response (a Content-Security-Policy, as a host would send it).
 */
export async function serveSite({ root = distDir, timeoutMs = 10_000, headers = {} as Record<string, string> } = {}): Promise<SiteServer> {
  requireBuiltSite();
  root = path.resolve(root);
  if (!existsSync(path.join(root, 'index.html'))) throw new Error(`${root}/index.html is missing`);
  const server: Server = createServer(async (req, res) => {
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { allow: 'GET, HEAD' }).end();
        return;
      }
      const { pathname, search } = new URL(req.url ?? '/', 'http://localhost');
      const found = await resolvePath(root, pathname);
      if (found && 'redirect' in found) {
        res.writeHead(301, { location: found.redirect + search }).end();
        return;
      }
      let status = 200;
      let file = found?.file;
      if (!file) {
        status = 404;
        const page404 = path.join(root, '404.html');
        file = (await isFile(page404)) ? page404 : undefined;
      }
      const body = file ? await readFile(file) : Buffer.from('Not found\n');
      res.writeHead(status, {
        ...headers,
        'content-type': file ? contentType(file) : 'text/plain; charset=utf-8',
        'content-length': body.length,
        'cache-control': 'no-store',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (error) {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(`Internal error: ${(error as Error).message}\n`);
    }
  });
  await withTimeout(
    new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    }),
    timeoutMs,
    'starting the static server',
  );
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    async close() {
      server.closeAllConnections();
      await withTimeout(
        new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
        timeoutMs,
        'closing the static server',
      );
    },
  };
}

/** Rejects if promise has not settled within ms. */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
