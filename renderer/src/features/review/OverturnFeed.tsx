/**
 * The evaluation's recorded 复核 changes, compact enough for the checklist pane: item, points
 * lost before → after, who changed it, when and why. Reloads when the evaluation changes.
 */
import type { EvaluationSummary } from '../../../../shared/api/evaluationTypes.ts';
import { errorText } from '../../../../shared/i18n/labels.ts';
import { call } from '../../api/client.ts';
import { useLoad } from '../../data/useLoad.ts';
import { useI18n } from '../../i18n/i18nContext.ts';
import { formatAt, overturnPoints } from '../workflow/OverturnList.tsx';

export function OverturnFeed({ evaluation }: { evaluation: EvaluationSummary }) {
  const { t, lang } = useI18n();
  const overturns = useLoad(`overturns:${evaluation.id}:${evaluation.updatedAt}`, (signal) =>
    call('evaluations:overturns', { evaluationId: evaluation.id }, { signal }),
  );
  if (overturns.error) return <p className="inline-error">{errorText(overturns.error.data, lang)}</p>;
  const rows = overturns.data?.rows ?? [];
  if (rows.length === 0) return null;
  return (
    <details className="overturn-feed" open data-testid="overturn-feed">
      <summary>{t('review.recorded', { count: overturns.data?.total ?? rows.length })}</summary>
      <ol>
        {rows.map((o) => {
          const points = overturnPoints(o, t);
          return (
            <li key={o.id} data-testid="overturn-feed-entry" data-item-id={o.itemId}>
              <span className="overturn-feed-item">
                {o.itemId} {o.itemName}
              </span>
              <span className="overturn-feed-points">
                {points.before} → {points.after}
              </span>
              <span className="overturn-feed-meta">
                {o.reviewer} · {formatAt(o.at)}
              </span>
              <span className="overturn-feed-reason">{t('workflow.reasonText', { reason: o.reason })}</span>
            </li>
          );
        })}
      </ol>
    </details>
  );
}
