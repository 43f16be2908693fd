/**
 * Starts a 复核 on a submitted or reviewed evaluation: asks who reviews. The evaluation's own
 * reviewer is refused here already; the cross-review rule (not from the case's unit) is the
 * store's, and its refusal shows when the changes are sent.
 */
import { useState, type FormEvent } from 'react';
import type { EvaluationSummary } from '../../../../shared/api/evaluationTypes.ts';
import { useI18n } from '../../i18n/i18nContext.ts';
import { rememberedSecondReviewer } from './secondReviewer.ts';

interface ReviewStartProps {
  evaluation: EvaluationSummary;
  onStart(reviewer: string): void;
}

export function ReviewStart({ evaluation, onStart }: ReviewStartProps) {
  const { t } = useI18n();
  const [asking, setAsking] = useState(false);
  const [name, setName] = useState(rememberedSecondReviewer);
  const trimmed = name.trim();
  const own = trimmed !== '' && (trimmed === evaluation.reviewer || trimmed === evaluation.submittedBy);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (trimmed && !own) onStart(trimmed);
  };

  if (!asking) {
    return (
      <button
        type="button"
        className="button button-small button-primary"
        data-testid="review-start"
        onClick={() => setAsking(true)}
      >
        {t('review.start')}
      </button>
    );
  }
  return (
    <form className="review-start" onSubmit={submit} data-testid="review-start-form">
      <label>
        <span>{t('review.who')}</span>
        <input
          value={name}
          required
          autoFocus
          placeholder={t('checklist.reviewerPlaceholder')}
          aria-invalid={own}
          data-testid="review-reviewer"
          onChange={(event) => setName(event.target.value)}
        />
      </label>
      <button type="submit" className="button button-small button-primary" disabled={!trimmed || own}>
        {t('review.begin')}
      </button>
      <button type="button" className="button button-small" onClick={() => setAsking(false)}>
        {t('app.cancel')}
      </button>
      {own ? (
        <p className="inline-error" role="alert" data-testid="review-own">
          {t('review.notOwn', { name: trimmed })}
        </p>
      ) : null}
    </form>
  );
}
