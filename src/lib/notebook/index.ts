/**
 * Notebooks: MDX files whose ```` ```js cell ```` fences run at build time.
 * The page-facing component is Notebook.astro (beside this file); this is
 * the TypeScript API behind it.
 */
export { notebookCells, CELL_COMPONENT, VALUE_COMPONENT, NOTEBOOK_COMPONENTS, SPEC_KEY } from './plugin.ts';
export { compileNotebook, compileNotebookFile, type CompiledNotebook, type NotebookContent } from './mdx.ts';
export { notebookLoader, frontMatter } from './loader.ts';
export { runNotebook, type CellRun, type NotebookRun, type Scope } from './run.ts';
export { renderOutput, inlineText, escapeHtml, Markup, type Output, type OutputKind } from './output.ts';
export { baseScope, Plot } from './scope.ts';
export { NotebookError, cellName, messages } from './errors.ts';
export type { CellSpec, NotebookSpec } from './cell.ts';
