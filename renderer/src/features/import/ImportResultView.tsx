/** What an import did: counts first, then every imported case and every problem with its reason. */
import type { ImportSummary } from '../../../../shared/api/types.ts';
import { useI18n } from '../../i18n/i18nContext.ts';
import { ImportIssueTable } from './ImportIssueTable.tsx';

export function ImportResultView({ summary }: { summary: ImportSummary }) {
  const { t, formatNumber } = useI18n();
  const counts = [
    {
      key: 'imported',
      text: t('import.imported', { count: formatNumber(summary.imported.length) }),
      n: summary.imported.length,
    },
    {
      key: 'duplicates',
      text: t('import.duplicates', { count: formatNumber(summary.duplicates.length) }),
      n: summary.duplicates.length,
    },
    {
      key: 'conflicts',
      text: t('import.conflicts', { count: formatNumber(summary.conflicts.length) }),
      n: summary.conflicts.length,
    },
    {
      key: 'failures',
      text: t('import.failures', { count: formatNumber(summary.failures.length) }),
      n: summary.failures.length,
    },
  ];
  return (
    <div className="import-result" data-testid="import-result">
      <h3 className="import-result-title">{t('import.done')}</h3>
      <ul className="import-counts">
        {counts.map((c) => (
          <li
            key={c.key}
            className={`count-${c.key}${c.n > 0 ? ' has-items' : ''}`}
            data-testid={`import-count-${c.key}`}
            data-count={c.n}
          >
            {c.text}
          </li>
        ))}
      </ul>
      <p className="import-result-meta">
        {t('import.summary', {
          seconds: formatNumber(summary.seconds, { maximumFractionDigits: 1 }),
          pages: formatNumber(summary.pages),
        })}
      </p>
      {summary.imported.length > 0 ? (
        <details className="import-imported" data-testid="import-imported">
          <summary>{t('import.imported', { count: formatNumber(summary.imported.length) })}</summary>
          <ul>
            {summary.imported.map((c) => (
              <li key={c.caseId} data-testid="import-imported-case">
                {t('import.importedCase', {
                  caseNumber: c.caseNumber,
                  documents: formatNumber(c.documents),
                  pages: formatNumber(c.pages),
                })}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <ImportIssueTable
        kind="failures"
        title={t('import.failures', { count: formatNumber(summary.failures.length) })}
        issues={summary.failures}
      />
      <ImportIssueTable
        kind="conflicts"
        title={t('import.conflicts', { count: formatNumber(summary.conflicts.length) })}
        issues={summary.conflicts}
      />
      <ImportIssueTable
        kind="duplicates"
        title={t('import.duplicates', { count: formatNumber(summary.duplicates.length) })}
        issues={summary.duplicates}
      />
    </div>
  );
}
