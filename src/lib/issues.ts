import type { IngestIssue, SourceLocation } from './types.ts';

/** Bad input, located: thrown where nothing sensible can go on, shown as `file:line:column: message`. */
export class IngestError extends Error {
  readonly issues: IngestIssue[];
  constructor(issues: IngestIssue[]) {
    super(issues.map(formatIssue).join('\n'));
    this.name = 'IngestError';
    this.issues = issues;
  }
}

export function formatIssue(issue: IngestIssue): string {
  return `${issue.file}:${issue.line}:${issue.column}: ${issue.message}`;
}

export function issueAt(file: string, at: SourceLocation, message: string): IngestIssue {
  return { file, line: at.line, column: at.column, message };
}
