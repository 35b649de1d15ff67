/**
 * A notebook's MDX compiled and evaluated when its page renders, with Sätteri (the compiler
 * Astro's own MDX uses), into a function that is let go once the page is written.
 *
 * Why not Astro's content collection `render()`: that makes every notebook an ES module that
 * Vite bundles before the first page (most of a large build's peak memory), and a module,
 * once imported, is never freed, so a build's heap grew with every notebook it rendered.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri';
import * as runtime from 'astro/jsx-runtime';
import { evaluate, type EvaluateOptions } from 'satteri';
import { shownPath } from '../shown-path.ts';
import type { NotebookSpec } from './cell.ts';
import { NotebookError } from './errors.ts';
import { notebookCells, SPEC_KEY } from './plugin.ts';

/** The MDX content as a component Astro renders (`<Content components={…} notebook={…} />`). */
export type NotebookContent = (props: Record<string, unknown>) => unknown;

export interface CompiledNotebook {
  Content: NotebookContent;
  spec: NotebookSpec;
}

/** Reads and compiles a notebook file (`file` relative to the working directory, or absolute). */
export async function compileNotebookFile(file: string): Promise<CompiledNotebook> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new NotebookError({ file: shownPath(process.cwd(), file), line: 1 }, `cannot read the notebook: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  return compileNotebook(text, file);
}

/**
 * Compiles MDX text (front matter included, so lines are the file's) as Astro compiles MDX:
 * GitHub-flavoured Markdown, smart punctuation, heading ids as Astro gives them, HTML
 * attribute names; `notebookCells()` turns cells into components and collects them.
 */
export async function compileNotebook(text: string, file: string): Promise<CompiledNotebook> {
  const data: Record<string, unknown> = {};
  let exports: Record<string, unknown>;
  try {
    const options: EvaluateOptions = {
      ...(runtime as unknown as Pick<EvaluateOptions, 'jsx' | 'jsxs' | 'Fragment'>),
      mdastPlugins: [notebookCells()],
      hastPlugins: [satteriHeadingIdsPlugin()],
      features: { gfm: true, smartPunctuation: true },
      elementAttributeNameCase: 'html',
      fileURL: pathToFileURL(path.resolve(file)),
      data,
    };
    exports = await evaluate(text, options);
  } catch (error) {
    throw located(error, file);
  }
  const spec = data[SPEC_KEY] as NotebookSpec;
  const MDXContent = exports.default as NotebookContent;
  // As Astro's MDX modules do: the page's components, and Fragment for `<>…</>`.
  const Content: NotebookContent = (props) =>
    MDXContent({ ...props, components: { Fragment: runtime.Fragment, ...(props.components as object) } });
  return { Content, spec };
}

/** A compile error as a located NotebookError: Sätteri's messages start `line:column: `. */
function located(error: unknown, file: string): Error {
  if (error instanceof NotebookError) return error;
  const message = error instanceof Error ? error.message : String(error);
  const at = /^(\d+):(\d+): ([\s\S]*)$/.exec(message);
  if (!at) return new NotebookError({ file, line: 1 }, `does not compile as MDX: ${message}`);
  return new NotebookError({ file, line: Number(at[1]), column: Number(at[2]) }, at[3]!);
}
