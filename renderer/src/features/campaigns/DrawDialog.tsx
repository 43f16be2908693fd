/**
 * Confirms the draw: it freezes the population and creates one evaluation per drawn case, so
 * the dialog says so, shows the sizes once more and takes the seed (the campaign's, a typed
 * one, or a random one chosen by the server and printed on the 抽样记录).
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
import { PopulationPreview } from './PopulationPreview.tsx';

interface DrawDialogProps {
  campaign: CampaignSummary;
  onClose(): void;
  onDrawn(): void;
}

export function DrawDialog({ campaign, onClose, onDrawn }: DrawDialogProps) {
  const { t } = useI18n();
  const [seed, setSeed] = useState(campaign.seed ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const preview = useLoad(`draw-preview:${campaign.id}`, (signal) =>
    call('campaigns:preview', { campaignId: campaign.id }, { signal }),
  );
  const draw = async () => {
    setBusy(true);
    setError(null);
    try {
      const actor = rememberedReviewer().trim();
      await call('campaigns:draw', {
        campaignId: campaign.id,
        ...(seed.trim() ? { seed: seed.trim() } : {}),
        ...(actor ? { actor } : {}),
      });
      onDrawn();
    } catch (err) {
      setError(toApiError(err));
      setBusy(false);
    }
  };
  return (
    <Modal open wide title={t('campaigns.drawTitle')} onClose={onClose} busy={busy} testId="draw-dialog">
      <p className="form-lead">{t('campaigns.drawWarning')}</p>
      <PopulationPreview preview={preview.data} error={preview.error} loading={preview.loading} />
      <label className="form-field form-field-narrow">
        <span>{t('campaigns.seed')}</span>
        <input
          type="text"
          value={seed}
          placeholder={t('campaigns.seedPlaceholder')}
          data-testid="draw-seed"
          onChange={(event) => setSeed(event.target.value)}
        />
      </label>
      <DialogActions
        error={error}
        errorTestId="draw-error"
        busy={busy}
        onCancel={onClose}
        confirmLabel={t('campaigns.drawConfirm')}
        confirmTestId="draw-confirm"
        confirmDisabled={(preview.data?.drawnCount ?? 0) === 0}
        onConfirm={() => void draw()}
      />
    </Modal>
  );
}
