/**
 * The issued versions of the scope's reports, newest first per document: export any of them as
 * it was issued, or reissue the latest with a reason (version N+1, printed with what it replaces).
 */
import { useState } from 'react';
import type { IssuedReportView } from '../../../../shared/api/reportTypes.ts';
import { errorText } from '../../../../shared/i18n/labels.ts';
import { call } from '../../api/client.ts';
import { toApiError, type ApiError } from '../../api/errors.ts';
import { useI18n } from '../../i18n/i18nContext.ts';

interface IssuedVersionsProps {
  issued: readonly IssuedReportView[];
  disabled: boolean;
  onExport(report: IssuedReportView): void;
  onReissued(report: IssuedReportView): void;
}

export function IssuedVersions({ issued, disabled, onExport, onReissued }: IssuedVersionsProps) {
  const { t, lang } = useI18n();
  const [reissuing, setReissuing] = useState<number | null>(null);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const reissue = async (report: IssuedReportView) => {
    setBusy(true);
    setError(null);
    try {
      const next = await call('reports:reissue', { reportId: report.id, reason: reason.trim() });
      setReissuing(null);
      setReason('');
      onReissued(next);
    } catch (err) {
      setError(toApiError(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="export-issued" data-testid="export-issued">
      <h3>{t('reports.issued')}</h3>
      {issued.length === 0 ? <p className="export-muted">{t('reports.noIssued')}</p> : null}
      <ul>
        {issued.map((r) => (
          <li key={r.id} data-testid="issued-version" data-version={r.version} data-kind={r.kind}>
            <div className="export-issued-line">
              <span className="export-file-name" title={r.fileStem}>
                {r.fileStem}
              </span>
              <span className="export-muted">
                {t('reports.issuedBy', { date: r.issuedOn, by: r.issuedBy })} ·{' '}
                {t('reports.hash', { hash: r.contentHash.slice(0, 12) })}
                {r.supersedes ? ` · ${t('reports.supersedes', r.supersedes)}` : ''}
                {r.supersededBy !== null ? ` · ${t('reports.supersededBy')}` : ''}
              </span>
              <button type="button" className="button" disabled={disabled} onClick={() => onExport(r)}>
                {t('reports.exportVersion')}
              </button>
              {r.supersededBy === null ? (
                <button
                  type="button"
                  className="button"
                  disabled={disabled || busy}
                  data-testid="reissue-open"
                  onClick={() => setReissuing(reissuing === r.id ? null : r.id)}
                >
                  {t('reports.reissue')}
                </button>
              ) : null}
            </div>
            {reissuing === r.id ? (
              <div className="export-reissue">
                <label className="export-field">
                  <span>{t('reports.reissueReason')}</span>
                  <input
                    type="text"
                    value={reason}
                    maxLength={500}
                    data-testid="reissue-reason"
                    onChange={(e) => setReason(e.target.value)}
                  />
                </label>
                <button
                  type="button"
                  className="button button-primary"
                  disabled={busy || reason.trim() === ''}
                  data-testid="reissue-confirm"
                  onClick={() => void reissue(r)}
                >
                  {t('reports.reissueConfirm')}
                </button>
              </div>
            ) : null}
          </li>
        ))}
      </ul>
      {error ? (
        <div className="inline-error" role="alert" data-testid="reissue-error">
          {errorText(error.data, lang)}
        </div>
      ) : null}
    </section>
  );
}
