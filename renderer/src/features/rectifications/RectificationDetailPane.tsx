/**
 * One rectification item: case and standard item, the wording (editable until issued), the
 * deadline, the moves its status allows, the unit's replies with their attachments (and the
 * form for a new one), and the timeline of every change.
 */
import { errorText } from '../../../../shared/i18n/labels.ts';
import { call } from '../../api/client.ts';
import { useLoad } from '../../data/useLoad.ts';
import { useI18n } from '../../i18n/i18nContext.ts';
import type { OpenCase } from '../navigation/openCase.ts';
import { LifecycleActions } from './LifecycleActions.tsx';
import { RectStatusBadge } from './RectStatusBadge.tsx';
import { RectTimeline } from './RectTimeline.tsx';
import { ReplyForm } from './ReplyForm.tsx';
import { ReplyList } from './ReplyList.tsx';
import { WordingForm } from './WordingForm.tsx';

interface RectificationDetailPaneProps {
  id: number;
  dataKey: number;
  onChanged(): void;
  onOpenCase: OpenCase;
}

export function RectificationDetailPane({ id, dataKey, onChanged, onOpenCase }: RectificationDetailPaneProps) {
  const { t, lang, formatNumber } = useI18n();
  const detail = useLoad(`rect:${id}:${dataKey}`, (signal) => call('rectifications:get', { id }, { signal }));
  if (detail.error) {
    return (
      <p className="inline-error" role="alert">
        {errorText(detail.error.data, lang)}
      </p>
    );
  }
  if (!detail.data) return <p className="pane-empty">{t('app.loading')}</p>;
  const { item, replies, events } = detail.data;
  const draft = item.displayStatus === 'draft';
  const open = item.status === 'pending' || item.status === 'in_progress';
  return (
    <div className="rect-detail" data-testid="rect-detail" data-id={item.id} data-status={item.displayStatus}>
      <header className="rect-detail-head">
        <div>
          <h2>
            {item.itemId} {item.itemName}
          </h2>
          <p className="rect-detail-meta">
            <RectStatusBadge status={item.displayStatus} />
            {item.repeatOf ? (
              <span
                className="repeat-mark"
                title={t('rectifications.repeatOf', {
                  campaign: item.repeatOf.campaignTitle,
                  caseNumber: item.repeatOf.caseNumber,
                })}
              >
                {t('rectifications.repeatLong')}
              </span>
            ) : null}
            <button
              type="button"
              className="link-button"
              data-testid="rect-open-case"
              onClick={() =>
                onOpenCase({ caseId: item.caseId, campaignId: item.campaignId, evaluationId: item.evaluationId })
              }
            >
              {item.caseNumber}
            </button>
            <span>{item.unit}</span>
            <span>{item.campaignTitle}</span>
          </p>
        </div>
      </header>
      <dl className="rect-dates">
        <div>
          <dt>{t('rectifications.deductedLabel')}</dt>
          <dd>{item.deducted === null ? t('rectifications.veto') : `−${formatNumber(item.deducted)}`}</dd>
        </div>
        <div>
          <dt>{t('rectifications.issuedOn')}</dt>
          <dd>{item.issuedOn ?? '—'}</dd>
        </div>
        <div>
          <dt>{t('rectifications.deadline')}</dt>
          <dd className={item.displayStatus === 'overdue' ? 'overdue-text' : undefined} data-testid="rect-deadline">
            {item.deadline ?? t('rectifications.daysOnly', { n: item.workingDays })}
            {(item.workingDaysOverdue ?? 0) > 0
              ? `（${t('rectifications.overdueDays', { n: formatNumber(item.workingDaysOverdue ?? 0) })}）`
              : ''}
          </dd>
        </div>
        <div>
          <dt>{t('rectifications.doneOn')}</dt>
          <dd>
            {item.doneOn ?? '—'}
            {item.completedLate ? `（${t('rectifications.late')}）` : ''}
          </dd>
        </div>
        <div>
          <dt>{t('rectifications.acceptedOn')}</dt>
          <dd>{item.acceptedOn ? `${item.acceptedOn} ${item.acceptedBy ?? ''}` : '—'}</dd>
        </div>
      </dl>
      {draft ? (
        <WordingForm item={item} onSaved={onChanged} />
      ) : (
        <dl className="rect-wording">
          <dt>{t('rectifications.problem')}</dt>
          <dd>{item.problem}</dd>
          <dt>{t('rectifications.requirement')}</dt>
          <dd>{item.requirement}</dd>
          <dt>{t('rectifications.legalBasis')}</dt>
          <dd>{item.legalBasis ?? '—'}</dd>
        </dl>
      )}
      <LifecycleActions item={item} replies={replies.length} onChanged={onChanged} />
      {!draft ? (
        <section className="dialog-section">
          <h3 className="section-title">{t('rectifications.replies', { n: formatNumber(replies.length) })}</h3>
          <ReplyList replies={replies} />
          {open || item.status === 'done' ? <ReplyForm itemId={item.id} onSent={onChanged} /> : null}
        </section>
      ) : null}
      <section className="dialog-section">
        <h3 className="section-title">{t('rectifications.timeline')}</h3>
        <RectTimeline events={events} />
      </section>
    </div>
  );
}
