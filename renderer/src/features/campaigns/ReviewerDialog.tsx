/** Adds or edits a reviewer: name, affiliation (unit staff, legal office, external), home unit, title. */
import { useState, type FormEvent } from 'react';
import type { ReviewerAffiliation, ReviewerView } from '../../../../shared/api/campaignTypes.ts';
import { REVIEWER_AFFILIATIONS } from '../../../../shared/api/ops/campaigns.ts';
import { call } from '../../api/client.ts';
import { toApiError, type ApiError } from '../../api/errors.ts';
import { DialogActions } from '../../components/DialogActions.tsx';
import { Modal } from '../../components/Modal.tsx';
import { useI18n } from '../../i18n/i18nContext.ts';

interface ReviewerDialogProps {
  reviewer: ReviewerView | null;
  units: readonly string[];
  onClose(): void;
  onSaved(): void;
}

export function ReviewerDialog({ reviewer, units, onClose, onSaved }: ReviewerDialogProps) {
  const { t } = useI18n();
  const [name, setName] = useState(reviewer?.name ?? '');
  const [affiliation, setAffiliation] = useState<ReviewerAffiliation>(reviewer?.affiliation ?? 'legal_office');
  const [unit, setUnit] = useState(reviewer?.unit ?? '');
  const [title, setTitle] = useState(reviewer?.title ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const ready = name.trim() !== '' && (affiliation !== 'unit' || unit.trim() !== '');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!ready) return;
    setBusy(true);
    setError(null);
    try {
      await call('reviewers:save', {
        ...(reviewer ? { id: reviewer.id } : {}),
        name: name.trim(),
        affiliation,
        unit: affiliation === 'unit' ? unit.trim() : null,
        title: title.trim() || null,
      });
      onSaved();
    } catch (err) {
      setError(toApiError(err));
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={reviewer ? t('reviewers.editTitle') : t('reviewers.newTitle')}
      onClose={onClose}
      busy={busy}
      testId="reviewer-dialog"
    >
      <form className="form" onSubmit={(event) => void submit(event)}>
        <label className="form-field">
          <span>{t('reviewers.name')}</span>
          <input
            type="text"
            value={name}
            required
            autoFocus
            data-testid="reviewer-name"
            onChange={(event) => setName(event.target.value)}
          />
        </label>
        <label className="form-field">
          <span>{t('reviewers.affiliationLabel')}</span>
          <select
            value={affiliation}
            data-testid="reviewer-affiliation"
            onChange={(event) => setAffiliation(event.target.value as ReviewerAffiliation)}
          >
            {REVIEWER_AFFILIATIONS.map((a) => (
              <option key={a} value={a}>
                {t(`reviewers.affiliation.${a}`)}
              </option>
            ))}
          </select>
        </label>
        {affiliation === 'unit' ? (
          <label className="form-field">
            <span>{t('reviewers.unit')}</span>
            <input
              type="text"
              list="reviewer-units"
              value={unit}
              required
              data-testid="reviewer-unit"
              onChange={(event) => setUnit(event.target.value)}
            />
            <datalist id="reviewer-units">
              {units.map((u) => (
                <option key={u} value={u} />
              ))}
            </datalist>
            <span className="form-hint">{t('reviewers.unitHint')}</span>
          </label>
        ) : null}
        <label className="form-field">
          <span>{t('reviewers.titleLabel')}</span>
          <input
            type="text"
            value={title}
            placeholder={t('reviewers.titlePlaceholder')}
            onChange={(event) => setTitle(event.target.value)}
          />
        </label>
        <DialogActions
          error={error}
          errorTestId="reviewer-error"
          busy={busy}
          onCancel={onClose}
          confirmLabel={t('reviewers.save')}
          confirmTestId="reviewer-save"
          confirmDisabled={!ready}
        />
      </form>
    </Modal>
  );
}
