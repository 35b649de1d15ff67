/**
 * An Astro integration that prints the build's list of pages one page a line.
 *
 * Astro writes each page as it starts it ("  ├─ /inap-2010-q2/checks/index.html", no line end)
 * and ends the line with its time when it is written (" (+1.23s)"). This site renders many
 * pages at once (astro.config's build.concurrency, for the render threads), so the starts of
 * dozens of pages came before any end: the list was one line thousands of characters long, with
 * the times that followed standing alone, each under no page of its own. Here each page ends its
 * own line as it starts, and the times, which could not say which page they timed, are left out;
 * Astro's note that a page wrote no file is kept, on its own line.
 */
import type { AstroIntegration } from 'astro';

// Astro's colours, which its log lines carry when the terminal takes them.
const ANSI = /\u001b\[[0-9;]*m/g;
const ROUTE_START = /^\S+ +\u251c\u2500 \S/;
const ROUTE_END = /^ \((?:\+(?:\d+m \d+s|[\d.]+m?s)|cached|restored)\) ?(.*)\n$/;

/** What to write in place of one chunk Astro writes to stdout while it writes pages. */
export function routeLine(chunk: string): string {
  const plain = chunk.replace(ANSI, '');
  if (ROUTE_START.test(plain) && !plain.endsWith('\n')) return `${chunk}\n`;
  const end = ROUTE_END.exec(plain);
  if (end) return end[1] ? `    ${end[1]}\n` : '';
  return chunk;
}

export function routeLines(): AstroIntegration {
  let restore: (() => void) | undefined;
  return {
    name: 'tieout:route-lines',
    hooks: {
      'astro:build:start': () => {
        const write = process.stdout.write;
        process.stdout.write = function (this: NodeJS.WriteStream, chunk: unknown, ...rest: unknown[]) {
          const text = typeof chunk === 'string' ? routeLine(chunk) : chunk;
          if (text === '') return true;
          return (write as (...a: unknown[]) => boolean).call(this, text, ...rest);
        } as typeof process.stdout.write;
        restore = () => {
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
