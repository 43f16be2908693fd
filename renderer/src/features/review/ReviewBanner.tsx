/**
 * The banner of a 复核 in progress: who reviews whose evaluation, how many entries are changed,
 * and sending the changes (each needs its reason) or ending the 复核. While it shows, the
 * checklist edits go to the 复核, never to the evaluation directly.
 */
import type { EvaluationSummary } from '../../../../shared/api/evaluationTypes.ts';
import { errorText } from '../../../../shared/i18n/labels.ts';
import { useI18n } from '../../i18n/i18nContext.ts';
import type { ReviewActions, ReviewSession } from './useReviewSession.ts';

interface ReviewBannerProps {
  evaluation: EvaluationSummary;
  session: ReviewSession;
  actions: ReviewActions;
}

export function ReviewBanner({ evaluation, session, actions }: ReviewBannerProps) {
  const { t, lang } = useI18n();
  const count = session.drafts.size;
  const missing = [...session.drafts.values()].filter((d) => !d.reason.trim()).length;
  return (
    <section className="review-banner" aria-label={t('review.title')} data-testid="review-banner">
      <div className="review-banner-line">
        <strong className="review-banner-title">{t('review.title')}</strong>
        <span data-testid="review-banner-reviewer">{t('review.by', { name: session.reviewer ?? '' })}</span>
        <span className="review-banner-muted">
          {t('review.of', { name: evaluation.submittedBy ?? evaluation.reviewer ?? t('review.unsigned') })}
        </span>
      </div>
      <p className="review-banner-hint" role="status">
        {count === 0
          ? t('review.hint')
          : missing > 0
            ? t('review.pendingMissing', { count, missing })
            : t('review.pending', { count })}
      </p>
      <div className="review-banner-actions">
        <button
          type="button"
          className="button button-small button-primary"
          disabled={!session.ready || session.busy}
          data-testid="review-apply"
          onClick={() => void actions.apply()}
        >
          {count > 0 ? t('review.apply', { count }) : t('review.applyNone')}
        </button>
        <button
          type="button"
          className="button button-small"
          disabled={session.busy}
          data-testid="review-stop"
          onClick={actions.stop}
        >
          {count > 0 ? t('review.discard') : t('review.stop')}
        </button>
      </div>
      {session.error ? (
        <p className="inline-error" role="alert" data-testid="review-error">
          {errorText(session.error, lang)}
        </p>
      ) : null}
    </section>
  );
}
