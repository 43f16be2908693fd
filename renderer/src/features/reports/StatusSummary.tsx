/**
 * What the store says about the scope now: how many evaluations the 通报 counts, which are not
 * finalised (previewable, not issuable), why issuing would be refused, and whether the issued
 * version still matches.
 */
import { errorText } from '../../../../shared/i18n/labels.ts';
import type { ReportPreview } from '../../../../shared/api/reportTypes.ts';
import type { ApiError } from '../../api/errors.ts';
import { useI18n } from '../../i18n/i18nContext.ts';

const SHOWN = 8;

export function StatusSummary({
  preview,
  loading,
  error,
}: {
  preview: ReportPreview | null;
  loading: boolean;
  error: ApiError | null;
}) {
  const { t, lang } = useI18n();
  if (error) {
    return (
      <div className="inline-error" role="alert" data-testid="export-status-error">
        {errorText(error.data, lang)}
      </div>
    );
  }
  if (!preview) return loading ? <p className="export-muted">{t('reports.loadingPreview')}</p> : null;
  const { unfinished } = preview;
  return (
    <div className="export-status" data-testid="export-status" data-blocked={preview.blockers.length > 0}>
      {preview.counted !== null ? (
        <p data-testid="export-counted">
          {t('reports.counted', { counted: preview.counted, drawn: preview.drawn ?? 0 })}
        </p>
      ) : null}
      {unfinished.length > 0 ? (
        <p className="export-warning" data-testid="export-unfinished">
          {t('reports.unfinished', { count: unfinished.length })}
          {unfinished.slice(0, SHOWN).map((c) => (
            <span key={c.caseId} className="export-case">
              {c.caseNumber}（{t(`enums.evaluationStatus.${c.status}`)}）
            </span>
          ))}
          {unfinished.length > SHOWN ? t('reports.moreUnfinished', { count: unfinished.length - SHOWN }) : null}
        </p>
      ) : null}
      {preview.blockers.length > 0 && unfinished.length === 0 ? (
        <div className="export-warning" data-testid="export-blockers">
          {t('reports.blockers')}
          <ul>
            {preview.blockers.map((b) => (
              <li key={b}>{errorText({ code: 'VALIDATION', message: b }, lang)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {preview.changedSinceIssue === true ? (
        <p className="export-warning" data-testid="export-changed">
          {t('reports.changed')}
        </p>
      ) : null}
    </div>
  );
}
