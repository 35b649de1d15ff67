/**
 * Threads that render pages for the build, so that a build uses the machine's cores
 * (issue 12): Astro renders every page in its own thread, one at a time, while the build's
 * other work (writing files, the search index) leaves the other cores mostly idle.
 *
 * Each thread (render-worker.ts) loads Astro's prerender bundle, as the build's own thread
 * does. Pages are handed out a release at a time (src/integrations/release-order.ts groups
 * them): a release is loaded by one thread, which renders all its pages, so no thread keeps
 * more releases than one rendering alone would (see GroupAssigner).
 *
 * How many threads: TIEOUT_RENDER_THREADS, else one a core (none on a single core: the build's
 * own thread renders every page). A thread starts when it is first given work (GroupAssigner and
 * release-order.ts decide when a build has enough pages to render for that). A page renders the same whichever thread renders it; a
 * thread that fails (crashes, or cannot load the bundle) fails the build with its error.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { AstroPrerenderer } from 'astro';
import type { RenderReply, RenderRequest, SentError, WorkerInit } from './render-worker.ts';

/** How many render threads a build starts besides its own: one a core, none on a single core. */
export function renderThreads(env: NodeJS.ProcessEnv = process.env, cores = availableParallelism()): number {
  const set = env.TIEOUT_RENDER_THREADS;
  if (set !== undefined && set !== '') {
    if (!/^\d+$/.test(set)) throw new Error(`TIEOUT_RENDER_THREADS is "${set}": expected a whole number of threads (0 renders every page in the build's own thread)`);
    return Number(set);
  }
  return cores > 1 ? cores : 0;
}

/**
 * How many pages the build renders in its own thread before it starts render threads: with
 * TIEOUT_RENDER_THREADS set, none (the threads render every page); else OWN_PAGES.
 */
export function ownPages(env: NodeJS.ProcessEnv = process.env): number {
  return env.TIEOUT_RENDER_THREADS ? 0 : OWN_PAGES;
}

/**
 * Some 100 pages (four releases' pages; a rebuild's listings and an edited release) render in
 * the build's own thread in about the CPU time that starting a render thread takes.
 */
export const OWN_PAGES = 100;

/** A page as Astro's own render gives it. */
export type RenderedPage = { response: Response; metadata?: PrerenderMetadata };
type PrerenderMetadata = Extract<Awaited<ReturnType<AstroPrerenderer['render']>>, { metadata?: unknown }>['metadata'];

interface Thread {
  worker: Worker;
  ready: Promise<void>;
  waiting: Map<number, { resolve: (page: RenderedPage) => void; reject: (e: unknown) => void }>;
  failed?: Error;
  usage?: (u: NodeJS.CpuUsage) => void;
  heap?: (bytes: number) => void;
  outlined?: (count: number) => void;
}

export interface RenderPool {
  /** Renders on a thread; resolves as Astro's own render would. */
  render(thread: number, request: RenderRequest): Promise<RenderedPage>;
  threads: number;
  /** The CPU time each thread used so far. */
  usage(): Promise<NodeJS.CpuUsage[]>;
  /** Reads releases and their outlines into the disk cache, shared among the threads; resolves to how many were read. */
  outline(ids: string[]): Promise<number>;
  /** Each thread's heap after a full collection, bytes (for the bench's memory probe). */
  heaps(): Promise<number[]>;
  close(): Promise<void>;
}

/**
 * Each thread is a V8 isolate with heaps of its own. Its young generation is capped at 16 MiB
 * (V8 lets it grow to 32 MiB, kept resident however little of it is live).
 */
const THREAD_LIMITS = { maxYoungGenerationSizeMb: 16 };

/** The thread's module, next to this one (Astro loads its configuration's integrations from their own files). */
const WORKER = new URL('./render-worker.ts', import.meta.url);

export function startRenderPool(init: WorkerInit, size: number): RenderPool {
  let nextId = 0;
  // Threads start when first needed (a warm rebuild may render nothing, or few enough pages for the build's own thread).
  const threads: (Thread | undefined)[] = new Array<Thread | undefined>(size).fill(undefined);
  const started = () => threads.filter((t): t is Thread => t !== undefined);
  const queries = new Set<Promise<unknown>>();
  const start = (i: number): Thread => {
    const existing = threads[i];
    if (existing) return existing;
    const worker = new Worker(WORKER, { workerData: init, resourceLimits: THREAD_LIMITS });
    const thread: Thread = { worker, waiting: new Map(), ready: Promise.resolve() };
    thread.ready = new Promise<void>((resolve, reject) => {
      worker.once('message', () => resolve());
      worker.once('error', reject);
    });
    worker.on('message', (reply: RenderReply | { ready: true } | { usage: NodeJS.CpuUsage } | { heap: number } | { outlined: number }) => {
      if ('outlined' in reply) return thread.outlined?.(reply.outlined);
      if ('usage' in reply) return thread.usage?.(reply.usage);
      if ('heap' in reply) return thread.heap?.(reply.heap);
      if ('ready' in reply) return;
      const waiter = thread.waiting.get(reply.id);
      if (!waiter) return;
      thread.waiting.delete(reply.id);
      if (reply.ok) {
        const response = new Response(reply.body, { status: reply.status, statusText: reply.statusText, headers: reply.headers });
        waiter.resolve({ response, metadata: reply.metadata as PrerenderMetadata });
      } else waiter.reject(received(reply.error));
    });
    const fail = (error: Error) => {
      thread.failed = error;
      for (const w of thread.waiting.values()) w.reject(error);
      thread.waiting.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`a render thread stopped (exit code ${code})`)));
    threads[i] = thread;
    return thread;
  };
  return {
    threads: size,
    async render(index, request) {
      const thread = start(index);
      await thread.ready;
      if (thread.failed) throw thread.failed;
      const id = nextId++;
      return new Promise<RenderedPage>((resolve, reject) => {
        thread.waiting.set(id, { resolve, reject });
        thread.worker.postMessage({ ...request, id } satisfies RenderRequest);
      });
    },
    async usage() {
      return Promise.all(started().map((t) => new Promise<NodeJS.CpuUsage>((resolve) => { t.usage = resolve; t.worker.postMessage({ usage: true }); })));
    },
    async outline(ids) {
      const counts = await Promise.all(
        threads.map(async (_, i) => {
          const t = start(i);
          await t.ready;
          if (t.failed) return 0;
          return new Promise<number>((resolve) => {
            t.outlined = resolve;
            t.worker.postMessage({ outlines: ids.filter((_, k) => k % size === i) });
          });
        }),
      );
      return counts.reduce((a, b) => a + b, 0);
    },
    heaps() {
      const asked = Promise.all(started().map((t) => new Promise<number>((resolve) => { t.heap = resolve; t.worker.postMessage({ heap: true }); })));
      queries.add(asked);
      return asked.finally(() => queries.delete(asked));
    },
    async close() {
      // A question asked just before the build ended (the probe's last sample) is answered first.
      await Promise.allSettled([...queries]);
      for (const t of started()) t.worker.removeAllListeners('exit');
      await Promise.all(started().map((t) => t.worker.terminate()));
    },
  };
}

/** An error as the thread threw it: its name, message and stack (none for data problems), and where it was. */
function received(sent: SentError): Error {
  const error = new Error(sent.message);
  error.name = sent.name;
  error.stack = sent.stack;
  if (sent.loc !== undefined) Object.assign(error, { loc: sent.loc });
  if (sent.id !== undefined) Object.assign(error, { id: sent.id });
  return error;
}

/**
 * Which renderer renders each group of pages (0: the build's own thread; 1…n: the pool's).
 * The build's own thread renders groups itself until it has been given `ownPages` pages, or
 * until useThreads() is called: a warm rebuild renders a few pages (the listings, an edited
 * release's), fewer than starting a thread costs (it imports Astro's prerender bundle, some
 * 0.5 s of CPU). After that every new group goes to the thread with the fewest groups pending,
 * and the build's own thread renders nothing more: it writes every page and feeds the search
 * index, and while it rendered a page it could hand out none (measured: a thread given every
 * other group sat idle a third of the build). Without render threads, everything is the build's own.
 */
export class GroupAssigner {
  private readonly rendererOf = new Map<string, number>();
  /** Pages pending of each group, on each renderer. */
  private readonly pending: Map<string, number>[];
  readonly threads: number;
  /** How many more pages the build's own thread is given before groups go to threads. */
  private ownLeft: number;
  constructor(threads: number, ownPages = 0) {
    this.threads = threads;
    this.ownLeft = ownPages;
    this.pending = Array.from({ length: threads + 1 }, () => new Map());
  }
  /** From now on every new group goes to a thread (the threads are started anyway). */
  useThreads(): void {
    this.ownLeft = 0;
  }
  /** The renderer of a page of `group`, which is then pending until done(). */
  start(group: string): number {
    let renderer = this.rendererOf.get(group);
    if (renderer === undefined) {
      renderer = 0;
      if (this.ownLeft <= 0) {
        for (let t = 1; t <= this.threads; t++) {
          if (renderer === 0 || this.pending[t]!.size < this.pending[renderer]!.size) renderer = t;
        }
      }
      this.rendererOf.set(group, renderer);
    }
    if (renderer === 0) this.ownLeft--;
    const pages = this.pending[renderer]!;
    pages.set(group, (pages.get(group) ?? 0) + 1);
    return renderer;
  }
  done(group: string): void {
    const pages = this.pending[this.rendererOf.get(group)!]!;
    const left = pages.get(group)! - 1;
    if (left === 0) pages.delete(group);
    else pages.set(group, left);
  }
  /** How many groups each renderer was given. */
  counts(): number[] {
    const counts = new Array<number>(this.threads + 1).fill(0);
    for (const r of this.rendererOf.values()) counts[r]!++;
    return counts;
  }
}
