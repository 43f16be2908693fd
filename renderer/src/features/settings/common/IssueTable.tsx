/** Validation issues of a JSON file: the JSON path to fix and what is wrong there. */
import { useI18n } from '../../../i18n/i18nContext.ts';
import { messageIn } from './bilingual.ts';

export interface PathIssue {
  path: string;
  message: string;
}

export function IssueTable({ issues, testId }: { issues: readonly PathIssue[]; testId: string }) {
  const { t, lang } = useI18n();
  return (
    <div className="cfg-issues" data-testid={testId}>
      <table className="data-table">
        <caption className="visually-hidden">{t('settings.issues.caption', { count: issues.length })}</caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              #
            </th>
            <th scope="col">{t('settings.issues.path')}</th>
            <th scope="col">{t('settings.issues.message')}</th>
          </tr>
        </thead>
        <tbody>
          {issues.map((issue, i) => (
            <tr key={`${issue.path}-${i}`} data-testid="issue-row" data-path={issue.path}>
              <td className="num">{i + 1}</td>
              <td>
                <code>{issue.path}</code>
              </td>
              <td className="wrap">{messageIn(issue.message, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
