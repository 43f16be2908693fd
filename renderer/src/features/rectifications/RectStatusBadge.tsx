/** A rectification item's board status: 草稿, 待整改, 整改中, 已整改, 已验收 or 逾期 (in red). */
import type { RectificationBoardStatus } from '../../../../shared/api/rectificationTypes.ts';
import { useI18n } from '../../i18n/i18nContext.ts';

export function RectStatusBadge({ status }: { status: RectificationBoardStatus }) {
  const { t } = useI18n();
  return (
    <span className={`rect-badge rect-${status}`} data-testid="rect-status" data-status={status}>
      {t(`rectifications.status.${status}`)}
    </span>
  );
}
