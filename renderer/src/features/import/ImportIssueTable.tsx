/** Duplicates, conflicts or failures of an import: where, which code, which field, and why. */
import type { ImportIssue } from '../../../../shared/api/types.ts';
import { errorText } from '../../../../shared/i18n/labels.ts';
import { useI18n } from '../../i18n/i18nContext.ts';
import { issueWhere, withoutStaging } from './displayPath.ts';

interface ImportIssueTableProps {
  title: string;
  issues: readonly ImportIssue[];
  kind: 'duplicates' | 'conflicts' | 'failures';
}

export function ImportIssueTable({ title, issues, kind }: ImportIssueTableProps) {
  const { t, lang } = useI18n();
  if (issues.length === 0) return null;
  return (
    <section className={`import-issues import-issues-${kind}`} data-testid={`import-${kind}`}>
      <h3>{title}</h3>
      <table className="issue-table">
        <thead>
          <tr>
            <th scope="col">{t('import.issueLocation')}</th>
            <th scope="col">{t('import.issueCode')}</th>
            <th scope="col">{t('import.issueField')}</th>
            <th scope="col">{t('import.issueMessage')}</th>
          </tr>
        </thead>
        <tbody>
          {issues.map((issue, i) => {
            const where = issueWhere(issue.location, issue.error.file);
            return (
              <tr key={`${issue.location}-${i}`} data-testid="import-issue" data-code={issue.error.code}>
                <td className="issue-location" title={where}>
                  {where}
                  {issue.caseNumber ? <div className="issue-case">{issue.caseNumber}</div> : null}
                </td>
                <td className="issue-code">
                  <code>{issue.error.code}</code>
                </td>
                <td>{issue.error.field ? <code>{issue.error.field}</code> : '—'}</td>
                <td>{withoutStaging(errorText(issue.error, lang))}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
