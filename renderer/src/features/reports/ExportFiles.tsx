/** The files of a finished export, each with its Chinese name, source and size; download one or all. */
import { useState } from 'react';
import type { ExportJobResult } from '../../../../shared/api/reportTypes.ts';
import { errorText } from '../../../../shared/i18n/labels.ts';
import { toApiError, type ApiError } from '../../api/errors.ts';
import { useI18n } from '../../i18n/i18nContext.ts';
import { saveJobFile } from './download.ts';

function size(bytes: number): string {
  return bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1e3))} KB`;
}

export function ExportFiles({ result }: { result: ExportJobResult }) {
  const { t, lang } = useI18n();
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const save = async (index: number | null, name: string) => {
    setError(null);
    try {
      const saved = await saveJobFile(result.jobId, index, name);
      setMessage(saved.path ? t('reports.saved', { path: saved.path }) : null);
    } catch (err) {
      setError(toApiError(err));
    }
  };
  return (
    <section className="export-files" data-testid="export-files" data-count={result.files.length}>
      <h3>
        {t('reports.files')} · {t('reports.done', { count: result.files.length })}
      </h3>
      <ul>
        {result.files.map((f) => (
          <li key={f.index} data-testid="export-file" data-name={f.name}>
            <span className="export-file-name" title={f.name}>
              {f.name}
            </span>
            <span className="export-muted">
              {f.source === 'issued'
                ? t('reports.source.issued', { version: f.version ?? 1 })
                : t('reports.source.preview')}{' '}
              · {size(f.size)}
            </span>
            <button
              type="button"
              className="button"
              data-testid="export-download"
              onClick={() => void save(f.index, f.name)}
            >
              {t('reports.download')}
            </button>
          </li>
        ))}
      </ul>
      {result.files.length > 1 ? (
        <button
          type="button"
          className="button"
          data-testid="export-download-all"
          onClick={() => void save(null, result.archiveName)}
        >
          {t('reports.downloadAll')}
        </button>
      ) : null}
      {message ? <p className="export-muted">{message}</p> : null}
      {error ? (
        <div className="inline-error" role="alert">
          {errorText(error.data, lang)}
        </div>
      ) : null}
    </section>
  );
}
