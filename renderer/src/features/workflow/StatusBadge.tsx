/** An evaluation's status as a small coloured label: 未开始, 评查中, 已提交, 已复核, 已定稿. */
import type { EvaluationStatus } from '../../../../shared/api/types.ts';
import { useI18n } from '../../i18n/i18nContext.ts';
import { statusLabel } from '../cases/enumLabels.ts';

export function StatusBadge({ status }: { status: EvaluationStatus }) {
  const { t } = useI18n();
  return (
    <span className={`status-badge status-badge-${status}`} data-testid="status-badge" data-status={status}>
      {statusLabel(status, t)}
    </span>
  );
}
