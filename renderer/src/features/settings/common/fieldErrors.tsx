/**
 * Errors shown at the field they belong to. Fields are named by the JSON path the server's
 * validation reports (`hearingThresholds[0].individual`), so its issues land where the user
 * typed the value; a summary above the form lists them all, each a link to its field.
 */
import { useI18n } from '../../../i18n/i18nContext.ts';
import { messageIn } from './bilingual.ts';
import type { PathIssue } from './IssueTable.tsx';

export type IssuesByPath = ReadonlyMap<string, readonly string[]>;

export function byPath(issues: readonly PathIssue[]): IssuesByPath {
  const map = new Map<string, string[]>();
  for (const issue of issues) map.set(issue.path, [...(map.get(issue.path) ?? []), issue.message]);
  return map;
}

export function fieldId(path: string): string {
  return `cfg-field-${path.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

/** id, aria-invalid and aria-describedby for the input of `path`. */
export function fieldProps(path: string, issues: IssuesByPath) {
  const invalid = issues.has(path);
  return {
    id: fieldId(path),
    'aria-invalid': invalid || undefined,
    'aria-describedby': invalid ? `${fieldId(path)}-error` : undefined,
    'data-field': path,
  };
}

export function FieldError({ path, issues }: { path: string; issues: IssuesByPath }) {
  const { lang } = useI18n();
  const messages = issues.get(path);
  if (!messages) return null;
  return (
    <span className="form-error" id={`${fieldId(path)}-error`} data-testid="field-error" data-path={path}>
      {messages.map((m) => messageIn(m, lang)).join('；')}
    </span>
  );
}

/** Every issue of a refused save, each a link that moves focus to its field when there is one. */
export function IssueSummary({ issues, labelOf }: { issues: readonly PathIssue[]; labelOf(path: string): string }) {
  const { t, lang } = useI18n();
  if (issues.length === 0) return null;
  return (
    <div className="inline-error cfg-issue-summary" role="alert" data-testid="form-issues">
      <div>
        <strong>{t('settings.form.issues', { count: issues.length })}</strong>
        <ul className="cfg-plain-list">
          {issues.map((issue, i) => (
            <li key={`${issue.path}-${i}`}>
              <button
                type="button"
                className="link-button"
                onClick={() => document.getElementById(fieldId(issue.path))?.focus()}
              >
                {labelOf(issue.path)}
              </button>
              ：{messageIn(issue.message, lang)}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

/** A refused save's issues: a VALIDATION error's list, else its one field, else none (the message stands alone). */
export function issuesOfError(
  data: { field?: string; message: string; details?: unknown },
  message: string,
): PathIssue[] {
  if (Array.isArray(data.details)) {
    const list = (data.details as { path?: unknown; field?: unknown; message?: unknown }[]).flatMap((d) => {
      const path = typeof d.path === 'string' ? d.path : typeof d.field === 'string' ? d.field : null;
      return path !== null && typeof d.message === 'string' ? [{ path, message: d.message }] : [];
    });
    if (list.length > 0) return list;
  }
  return data.field ? [{ path: data.field, message }] : [];
}
