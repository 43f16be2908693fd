/** Every change of an item, newest first: who, when, what (status from → to), and why. */
import type { RectificationEventView } from '../../../../shared/api/rectificationTypes.ts';
import type { MessageKey } from '../../../../shared/i18n/index.ts';
import { useI18n } from '../../i18n/i18nContext.ts';

const ACTIONS = ['draft', 'update', 'issue', 'start', 'complete', 'reject', 'approve', 'reply', 'redraft', 'discard'];

export function RectTimeline({ events }: { events: readonly RectificationEventView[] }) {
  const { t } = useI18n();
  if (events.length === 0) return <p className="form-hint">{t('rectifications.noEvents')}</p>;
  return (
    <ol className="timeline" data-testid="rect-timeline">
      {events.map((e) => (
        <li key={e.id} className="timeline-entry" data-testid="rect-event" data-action={e.action}>
          <span className="timeline-when">{e.at.replace('T', ' ').slice(0, 16)}</span>
          <span className="timeline-what">
            {ACTIONS.includes(e.action) ? t(`rectifications.event.${e.action}` as MessageKey) : e.action}
            {e.fromStatus && e.toStatus && e.fromStatus !== e.toStatus
              ? `：${t(`rectifications.status.${e.fromStatus}`)} → ${t(`rectifications.status.${e.toStatus}`)}`
              : ''}
          </span>
          <span className="timeline-who">{e.actor}</span>
          {e.reason ? <span className="timeline-reason">{t('workflow.reasonText', { reason: e.reason })}</span> : null}
        </li>
      ))}
    </ol>
  );
}
