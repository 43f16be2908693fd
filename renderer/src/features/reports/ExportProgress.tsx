/** The progress of a running export job: preparing, issuing, then file n of N. */
import type { ReportProgress } from '../../../../shared/api/reportTypes.ts';
import { ProgressBar } from '../../components/ProgressBar.tsx';
import { useI18n } from '../../i18n/i18nContext.ts';

export function ExportProgress({ progress }: { progress: ReportProgress | null }) {
  const { t } = useI18n();
  const phase = progress?.phase ?? 'building';
  const label =
    phase === 'rendering' && progress
      ? t('reports.rendering', { done: progress.done + 1, total: progress.total, name: progress.current ?? '' })
      : phase === 'issuing'
        ? t('reports.issuing')
        : t('reports.building');
  const percent =
    progress && progress.total > 0 && phase !== 'building' ? Math.round((progress.done / progress.total) * 100) : null;
  return <ProgressBar label={label} percent={percent} testId="export-progress" />;
}
