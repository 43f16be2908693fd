/**
 * Issues a campaign's drafts — all units or one — with the issue date (default today) and,
 * optionally, one deadline in working days for all; the server counts the deadline with the
 * holiday calendar and the dialog reports it.
 */
import { useState } from 'react';
import type { CampaignSummary } from '../../../../shared/api/campaignTypes.ts';
import { call } from '../../api/client.ts';
import { toApiError, type ApiError } from '../../api/errors.ts';
import { DialogActions } from '../../components/DialogActions.tsx';
import { Modal } from '../../components/Modal.tsx';
import { useLoad } from '../../data/useLoad.ts';
import { useI18n } from '../../i18n/i18nContext.ts';
import { rememberedReviewer } from '../checklist/useEvaluation.ts';

interface IssueDialogProps {
  campaign: CampaignSummary;
  onClose(): void;
  onIssued(count: number, deadline: string): void;
}

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export function IssueDialog({ campaign, onClose, onIssued }: IssueDialogProps) {
  const { t, formatNumber } = useI18n();
  const [unit, setUnit] = useState('');
  const [issuedOn, setIssuedOn] = useState(today);
  const [days, setDays] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  // The units that have drafts, with how many each.
  const drafts = useLoad(`issue-drafts:${campaign.id}`, (signal) =>
    call('rectifications:list', { campaignId: campaign.id, status: 'draft', limit: 1000 }, { signal }),
  );
  const perUnit = new Map<string, number>();
  for (const row of drafts.data?.rows ?? []) perUnit.set(row.unit, (perUnit.get(row.unit) ?? 0) + 1);
  const daysValue = days.trim() === '' ? null : Number(days);
  const daysValid = daysValue === null || (Number.isInteger(daysValue) && daysValue >= 1 && daysValue <= 120);

  const issue = async () => {
    setBusy(true);
    setError(null);
    try {
      const actor = rememberedReviewer().trim();
      const result = await call('rectifications:issue', {
        campaignId: campaign.id,
        ...(unit ? { unit } : {}),
        issuedOn,
        ...(daysValue !== null ? { workingDays: daysValue } : {}),
        ...(actor ? { actor } : {}),
      });
      const deadlines = [...new Set(result.items.map((i) => i.deadline).filter(Boolean))].sort();
      onIssued(result.items.length, deadlines.join('、'));
    } catch (err) {
      setError(toApiError(err));
      setBusy(false);
    }
  };

  return (
    <Modal open title={t('rectifications.issueTitle')} onClose={onClose} busy={busy} testId="issue-dialog">
      <p className="form-lead">{t('rectifications.issueLead', { title: campaign.title })}</p>
      <div className="form">
        <label className="form-field">
          <span>{t('rectifications.unit')}</span>
          <select value={unit} data-testid="issue-unit" onChange={(event) => setUnit(event.target.value)}>
            <option value="">
              {t('rectifications.issueAllUnits', { n: formatNumber(drafts.data?.rows.length ?? 0) })}
            </option>
            {[...perUnit].map(([u, n]) => (
              <option key={u} value={u}>
                {t('rectifications.issueUnit', { unit: u, n: formatNumber(n) })}
              </option>
            ))}
          </select>
        </label>
        <div className="form-row">
          <label className="form-field">
            <span>{t('rectifications.issuedOn')}</span>
            <input type="date" value={issuedOn} required onChange={(event) => setIssuedOn(event.target.value)} />
          </label>
          <label className="form-field">
            <span>{t('rectifications.workingDays')}</span>
            <input
              type="number"
              min={1}
              max={120}
              value={days}
              placeholder={t('rectifications.workingDaysOwn')}
              onChange={(event) => setDays(event.target.value)}
            />
          </label>
        </div>
        <p className="form-hint">{t('rectifications.deadlineHint')}</p>
      </div>
      <DialogActions
        error={error}
        errorTestId="issue-error"
        busy={busy}
        onCancel={onClose}
        confirmLabel={t('rectifications.issueConfirm')}
        confirmTestId="issue-confirm"
        confirmDisabled={!issuedOn || !daysValid || (drafts.data?.rows.length ?? 0) === 0}
        onConfirm={() => void issue()}
      />
    </Modal>
  );
}
