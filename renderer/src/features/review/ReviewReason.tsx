/** Under an entry the 复核 changed: what it was before, the reason (required) and undo. */
import type { ItemEdit } from '../checklist/useEvaluation.ts';
import { useI18n } from '../../i18n/i18nContext.ts';
import type { ReviewDraft } from './reviewChanges.ts';

interface ReviewReasonProps {
  draft: ReviewDraft;
  stored: ItemEdit;
  onReason(reason: string): void;
  onRevert(): void;
}

export function ReviewReason({ draft, stored, onReason, onRevert }: ReviewReasonProps) {
  const { t } = useI18n();
  const missing = draft.reason.trim() === '';
  return (
    <div className="review-reason" data-testid="review-change">
      <span className="review-reason-was">{t('review.was', { status: t(`review.status.${stored.status}`) })}</span>
      <input
        value={draft.reason}
        required
        aria-label={t('review.reason')}
        aria-invalid={missing}
        placeholder={t('review.reasonPlaceholder')}
        data-testid="review-reason"
        onChange={(event) => onReason(event.target.value)}
      />
      <button type="button" className="button-link" data-testid="review-revert" onClick={onRevert}>
        {t('review.revert')}
      </button>
    </div>
  );
}
