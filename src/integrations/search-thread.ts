/**
 * Pagefind's client in a thread of its own. Each page sent to Pagefind is spaced (spaced()),
 * then JSON-encoded and base64-encoded by Pagefind's Node API for its process: some 3 s of CPU
 * for the 115 MB of a 100-release site, which in the build's thread kept it from handing pages
 * to the render threads. In this thread, the build's only copies each page's text to it.
 * Pagefind is sent the same requests in the same order, so it writes the same index.
 */
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { PagefindServiceConfig } from 'pagefind';

/**
 * A page as Pagefind is sent it: a space before each table cell, row, list item, term, fold,
 * preformatted block and caption. Pages are written without whitespace between tags, and Pagefind runs the words of
 * adjacent cells together ("CheckReportedRecomputed", a cell's "In [7]Source"), so none of
 * those words could be found.
 */
export const SPACED = /<(td|th|tr|li|dt|dd|caption|details|summary|pre|figcaption)(?=[\s>])/gi;
export const spaced = (html: string) => html.replace(SPACED, ' <$1');

type Request =
  | { id: number; op: 'create'; options: PagefindServiceConfig }
  | { id: number; op: 'add'; index: number; file: string; html: string }
  | { id: number; op: 'write'; index: number; outputPath: string }
  | { id: number; op: 'delete'; index: number }
  | { id: number; op: 'close' };
/** A request as the client makes it (the thread's id is added when it is sent). */
type Call = Request extends infer R ? (R extends Request ? Omit<R, 'id'> : never) : never;
interface Reply {
  id: number;
  index?: number;
  errors?: string[];
  failed?: string;
}

/** An index in Pagefind's process, as its Node API has it (the calls search-index.ts makes). */
export interface SearchIndexHandle {
  addHTMLFile(file: string, html: string): Promise<{ errors: string[] }>;
  writeFiles(outputPath: string): Promise<{ errors: string[] }>;
  deleteIndex(): Promise<void>;
}

/** Pagefind, driven from its own thread: started at the first index, ended by close(). */
export class SearchThread {
  #worker?: Worker;
  #next = 0;
  #pending = new Map<number, { resolve: (r: Reply) => void; reject: (e: Error) => void }>();

  #call(request: Call): Promise<Reply> {
    if (!this.#worker) {
      const worker = new Worker(new URL(import.meta.url), { workerData: { tieoutSearchThread: true } });
      worker.on('message', (reply: Reply) => {
        const waiting = this.#pending.get(reply.id);
        this.#pending.delete(reply.id);
        // The thread keeps the build alive only while it owes an answer (src/integrations/build-guard.ts relies on a stalled build's loop draining).
        if (this.#pending.size === 0) worker.unref();
        if (reply.failed !== undefined) waiting?.reject(new Error(reply.failed));
        else waiting?.resolve(reply);
      });
      worker.on('error', (e) => this.#fail(e));
      worker.on('exit', () => this.#fail(new Error('the search index thread stopped')));
      this.#worker = worker;
    }
    const id = this.#next++;
    this.#worker.ref();
    return new Promise<Reply>((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      this.#worker!.postMessage({ ...request, id });
    });
  }

  #fail(e: Error) {
    for (const { reject } of this.#pending.values()) reject(e);
    this.#pending.clear();
    this.#worker = undefined;
  }

  async createIndex(options: PagefindServiceConfig): Promise<SearchIndexHandle> {
    const { index } = await this.#call({ op: 'create', options });
    return {
      addHTMLFile: async (file, html) => ({ errors: (await this.#call({ op: 'add', index: index!, file, html })).errors ?? [] }),
      writeFiles: async (outputPath) => ({ errors: (await this.#call({ op: 'write', index: index!, outputPath })).errors ?? [] }),
      deleteIndex: async () => void (await this.#call({ op: 'delete', index: index! })),
    };
  }

  /** Ends Pagefind's process and the thread. */
  async close(): Promise<void> {
    const worker = this.#worker;
    if (!worker) return;
    await this.#call({ op: 'close' });
    this.#worker = undefined;
    worker.removeAllListeners('exit');
    await worker.terminate();
  }
}

/** The thread: answers each request in turn, calling Pagefind in the order requests come (its index depends on the order of pages). */
async function serve(port: NonNullable<typeof parentPort>): Promise<void> {
  const pagefind = await import('pagefind');
  const indexes = new Map<number, import('pagefind').PagefindIndex>();
  let count = 0;
  const answer = (id: number, work: () => Promise<Omit<Reply, 'id'>>) =>
    work().then(
      (r) => port.postMessage({ ...r, id }),
      (e: unknown) => port.postMessage({ id, failed: e instanceof Error ? e.message : String(e) }),
    );
  port.on('message', (r: Request) => {
    switch (r.op) {
      case 'create':
        return answer(r.id, async () => {
          const created = await pagefind.createIndex(r.options);
          if (!created.index) throw new Error(`Pagefind could not start: ${created.errors.join('; ')}`);
          indexes.set(count, created.index);
          return { index: count++ };
        });
      case 'add': {
        // Called before this handler returns, so Pagefind is sent pages in the order they came.
        const sent = indexes.get(r.index)!.addHTMLFile({ sourcePath: r.file, content: spaced(r.html) });
        return answer(r.id, async () => ({ errors: (await sent).errors }));
      }
      case 'write': {
        const written = indexes.get(r.index)!.writeFiles({ outputPath: r.outputPath });
        return answer(r.id, async () => ({ errors: (await written).errors }));
      }
      case 'delete': {
        const deleted = indexes.get(r.index)!.deleteIndex();
        indexes.delete(r.index);
        return answer(r.id, async () => (await deleted, {}));
      }
      case 'close':
        return answer(r.id, async () => (await pagefind.close(), {}));
    }
  });
}

if (!isMainThread && parentPort && (workerData as { tieoutSearchThread?: boolean } | undefined)?.tieoutSearchThread) void serve(parentPort);
