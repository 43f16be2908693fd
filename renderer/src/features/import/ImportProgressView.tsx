/** The progress bar and line of an import run: uploading files, then discovering and importing bundles. */
import { ProgressBar } from '../../components/ProgressBar.tsx';
import { useI18n } from '../../i18n/i18nContext.ts';
import type { ImportPhase } from './useImportRun.ts';

export function ImportProgressView({ phase, reading }: { phase: ImportPhase; reading: boolean }) {
  const { t, formatNumber } = useI18n();
  let label: string | null = null;
  let value: number | null = null;
  let detail: string | null = null;

  if (reading) label = t('import.reading');
  else if (phase.kind === 'uploading') {
    const { doneFiles, totalFiles, doneBytes, totalBytes } = phase.upload;
    label = t('import.uploading', { done: formatNumber(doneFiles), total: formatNumber(totalFiles) });
    value = totalBytes > 0 ? doneBytes / totalBytes : totalFiles > 0 ? doneFiles / totalFiles : 0;
  } else if (phase.kind === 'importing') {
    const progress = phase.progress;
    if (!progress || progress.phase === 'discovering') label = t('import.discovering');
    else {
      label = t('import.importing', { done: formatNumber(progress.done), total: formatNumber(progress.total) });
      value = progress.total > 0 ? progress.done / progress.total : 0;
      if (progress.current) detail = t('import.importingCurrent', { name: progress.current });
    }
  }
  if (label === null) return null;

  const percent = value === null ? null : Math.round(Math.min(1, Math.max(0, value)) * 100);
  return (
    <ProgressBar
      label={label}
      percent={percent}
      detail={detail}
      testId="import-progress"
      labelTestId="import-progress-label"
    />
  );
}
