/**
 * An Astro integration that prints the build's list of pages one page a line.
 *
 * Astro writes each page as it starts it ("  ├─ /inap-2010-q2/checks/index.html", no line end)
 * and ends the line with its time when it is written (" (+1.23s)"). This site renders many
 * pages at once (astro.config's build.concurrency, for the render threads), so the starts of
 * dozens of pages came before any end: the list was one line thousands of characters long, with
 * the times that followed standing alone, each under no page of its own. Here each page ends its
 * own line, and the times, which could not say which page they timed, are left out; a page copied
 * from the last build ("(restored)", "(cached)"), which Astro ends at once, keeps the mark on its
 * line (what a rebuild copied is what an author reads the list for); Astro's note that a page
 * wrote no file is kept, on its own line.
 */
import type { AstroIntegration } from 'astro';

// Astro's colours, which its log lines carry when the terminal takes them.
const ANSI = /\u001b\[[0-9;]*m/g;
const ROUTE_START = /^\S+ +\u251c\u2500 \S/;
const ROUTE_END = /^ \((?:\+(?:\d+m \d+s|[\d.]+m?s)|(cached|restored))\) ?(.*)\n$/;

/** What to write in place of one chunk Astro writes to stdout while it writes pages, read alone. */
export function routeLine(chunk: string): string {
  const lines = new RouteLines();
  return lines.write(chunk) + lines.end();
}

/**
 * The list rewritten chunk by chunk: a page's start is held until what follows says whether it
 * was copied (its mark, written at once) or is still being rendered (anything else), then ends its line.
 */
export class RouteLines {
  private pending: string | null = null;

  write(chunk: string): string {
    const plain = chunk.replace(ANSI, '');
    if (ROUTE_START.test(plain) && !plain.endsWith('\n')) {
      const before = this.end();
      this.pending = chunk;
      return before;
    }
    const end = ROUTE_END.exec(plain);
    if (end) {
      const note = end[2] ? `    ${end[2]}\n` : '';
      if (this.pending !== null && end[1]) {
        const line = `${this.pending} (${end[1]})\n`;
        this.pending = null;
        return line + note;
      }
      return this.end() + note;
    }
    return this.end() + chunk;
  }

  /** The held start, ended: at the build's end, or before anything else is written. */
  end(): string {
    const line = this.pending === null ? '' : `${this.pending}\n`;
    this.pending = null;
    return line;
  }
}

export function routeLines(): AstroIntegration {
  let restore: (() => void) | undefined;
  return {
    name: 'tieout:route-lines',
    hooks: {
      'astro:build:start': () => {
        const write = process.stdout.write;
        const lines = new RouteLines();
        process.stdout.write = function (this: NodeJS.WriteStream, chunk: unknown, ...rest: unknown[]) {
          if (typeof chunk !== 'string') {
            const held = lines.end();
            if (held) write.call(this, held);
          }
          const text = typeof chunk === 'string' ? lines.write(chunk) : chunk;
          if (text === '') return true;
          return (write as (...a: unknown[]) => boolean).call(this, text, ...rest);
        } as typeof process.stdout.write;
        restore = () => {
          const held = lines.end();
          if (held) write.call(process.stdout, held);
          process.stdout.write = write;
        };
      },
      'astro:build:done': () => {
        restore?.();
        restore = undefined;
      },
    },
  };
}
