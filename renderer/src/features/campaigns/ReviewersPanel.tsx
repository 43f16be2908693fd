/**
 * 评查人员: the reviewer pool (add, edit, remove) and the campaign's assignment — automatic
 * cross-review (no reviewer gets a case of their own unit; load balanced), optionally
 * redistributing every case not yet started. Per-case reassignment is in the case's dialog.
 */
import { useState } from 'react';
import type { AssignResult, CampaignSummary, ReviewerView } from '../../../../shared/api/campaignTypes.ts';
import { errorText } from '../../../../shared/i18n/labels.ts';
import { call } from '../../api/client.ts';
import { toApiError, type ApiError } from '../../api/errors.ts';
import { useI18n } from '../../i18n/i18nContext.ts';
import { rememberedReviewer } from '../checklist/useEvaluation.ts';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { ReviewerDialog } from './ReviewerDialog.tsx';
import { useReviewers } from './useCampaignData.ts';

interface ReviewersPanelProps {
  campaign: CampaignSummary;
  /** The workspace's units, offered for a unit reviewer's home unit. */
  units: readonly string[];
  onChanged(): void;
}

export function ReviewersPanel({ campaign, units, onChanged }: ReviewersPanelProps) {
  const { t, lang, formatNumber } = useI18n();
  const reviewers = useReviewers(true);
  const [editing, setEditing] = useState<ReviewerView | 'new' | null>(null);
  const [removing, setRemoving] = useState<ReviewerView | null>(null);
  const [reassign, setReassign] = useState(false);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<AssignResult | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const drawn = campaign.phase !== 'draft';

  const autoAssign = async () => {
    setBusy(true);
    setError(null);
    try {
      const actor = rememberedReviewer().trim();
      setResult(
        await call('campaigns:assign', {
          mode: 'auto',
          campaignId: campaign.id,
          reassign,
          ...(actor ? { actor } : {}),
        }),
      );
      reviewers.reload();
      onChanged();
    } catch (err) {
      setError(toApiError(err));
    } finally {
      setBusy(false);
    }
  };
  const saved = () => {
    setEditing(null);
    reviewers.reload();
  };

  return (
    <div className="reviewers-panel" data-testid="reviewers-panel">
      <section className="assign-box">
        <h3 className="section-title">{t('reviewers.assignTitle')}</h3>
        <p className="form-hint">{t('reviewers.assignHint')}</p>
        <div className="inline-form">
          <label className="check">
            <input type="checkbox" checked={reassign} onChange={(event) => setReassign(event.target.checked)} />
            {t('reviewers.reassign')}
          </label>
          <button
            type="button"
            className="button button-primary"
            disabled={!drawn || busy}
            data-testid="assign-auto"
            onClick={() => void autoAssign()}
          >
            {t('reviewers.autoAssign')}
          </button>
          {!drawn ? <span className="form-hint">{t('reviewers.notDrawn')}</span> : null}
        </div>
        {error ? (
          <p className="inline-error" role="alert" data-testid="assign-auto-error">
            {errorText(error.data, lang)}
          </p>
        ) : null}
        {result ? (
          <p className="assign-result" role="status" data-testid="assign-result">
            {t('reviewers.assignResult', {
              changed: formatNumber(result.changed.length),
              unassigned: formatNumber(result.unassigned),
            })}{' '}
            {result.load.map((l) => `${l.name} ${formatNumber(l.cases)}`).join('，')}
          </p>
        ) : null}
      </section>

      <section className="reviewer-pool">
        <div className="panel-toolbar">
          <h3 className="section-title">{t('reviewers.pool')}</h3>
          <button type="button" className="button" data-testid="reviewer-new" onClick={() => setEditing('new')}>
            {t('reviewers.add')}
          </button>
        </div>
        {reviewers.error ? (
          <p className="inline-error" role="alert">
            {errorText(reviewers.error.data, lang)}
          </p>
        ) : null}
        <table className="data-table" data-testid="reviewer-table">
          <thead>
            <tr>
              <th>{t('reviewers.name')}</th>
              <th>{t('reviewers.affiliationLabel')}</th>
              <th>{t('reviewers.unit')}</th>
              <th>{t('reviewers.titleLabel')}</th>
              <th className="num">{t('reviewers.assigned')}</th>
              <th className="num">{t('reviewers.finalized')}</th>
              <th>
                <span className="visually-hidden">{t('reviewers.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {(reviewers.data ?? []).map((r) => (
              <tr key={r.id} className={r.active ? '' : 'is-inactive'} data-testid="reviewer-row" data-name={r.name}>
                <td>
                  {r.name}
                  {r.active ? null : <span className="muted">（{t('reviewers.inactive')}）</span>}
                </td>
                <td>{t(`reviewers.affiliation.${r.affiliation}`)}</td>
                <td>{r.unit ?? '—'}</td>
                <td className="wrap">{r.title ?? ''}</td>
                <td className="num">{formatNumber(r.assigned)}</td>
                <td className="num">{formatNumber(r.finalized)}</td>
                <td className="row-actions">
                  <button type="button" className="link-button" onClick={() => setEditing(r)}>
                    {t('reviewers.edit')}
                  </button>
                  {r.active ? (
                    <button type="button" className="link-button" onClick={() => setRemoving(r)}>
                      {t('reviewers.remove')}
                    </button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {reviewers.data?.length === 0 ? <p className="pane-empty">{t('reviewers.empty')}</p> : null}
      </section>

      {editing ? (
        <ReviewerDialog
          reviewer={editing === 'new' ? null : editing}
          units={units}
          onClose={() => setEditing(null)}
          onSaved={saved}
        />
      ) : null}
      {removing ? (
        <ConfirmDialog
          title={t('reviewers.remove')}
          message={t('reviewers.removeConfirm', { name: removing.name })}
          confirmLabel={t('reviewers.remove')}
          danger
          onClose={() => setRemoving(null)}
          onConfirm={async () => {
            await call('reviewers:remove', { id: removing.id });
            setRemoving(null);
            reviewers.reload();
          }}
        />
      ) : null}
    </div>
  );
}
