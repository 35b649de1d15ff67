/**
 * Problems in a model's relations, located in model.yaml as `file:line:column` issues:
 * each at the deepest key of its path that the file has.
 */
import { yamlLocator } from '../data-file.ts';
import type { IngestIssue } from '../types.ts';
import type { RelationIssue } from './relations.ts';

/** `text` is the content of `file`, the model.yaml the relations were read from. */
export function locateRelationIssues(file: string, text: string, issues: RelationIssue[]): IngestIssue[] {
  const locate = yamlLocator(text);
  return issues.map((issue) => {
    const path = ['relations', ...issue.path];
    return { file, ...locate(path), message: `'${path.join('.')}': ${issue.message}` };
  });
}
