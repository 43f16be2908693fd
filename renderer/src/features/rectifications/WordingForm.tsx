/** Edits a draft's wording (存在问题, 整改要求, 法律依据) and its working days, before it is issued. */
import { useState } from 'react';
import type { RectificationView } from '../../../../shared/api/rectificationTypes.ts';
import { errorText } from '../../../../shared/i18n/labels.ts';
import { call } from '../../api/client.ts';
import { toApiError, type ApiError } from '../../api/errors.ts';
import { useI18n } from '../../i18n/i18nContext.ts';
import { rememberedReviewer } from '../checklist/useEvaluation.ts';

export function WordingForm({ item, onSaved }: { item: RectificationView; onSaved(): void }) {
  const { t, lang } = useI18n();
  const [problem, setProblem] = useState(item.problem);
  const [requirement, setRequirement] = useState(item.requirement);
  const [legalBasis, setLegalBasis] = useState(item.legalBasis ?? '');
  const [days, setDays] = useState(String(item.workingDays));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const daysValue = Number(days);
  const dirty =
    problem !== item.problem ||
    requirement !== item.requirement ||
    legalBasis !== (item.legalBasis ?? '') ||
    daysValue !== item.workingDays;
  const valid =
    problem.trim() !== '' &&
    requirement.trim() !== '' &&
    Number.isInteger(daysValue) &&
    daysValue >= 1 &&
    daysValue <= 120;

  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      const actor = rememberedReviewer().trim();
      await call('rectifications:update', {
        id: item.id,
        problem: problem.trim(),
        requirement: requirement.trim(),
        legalBasis: legalBasis.trim() || null,
        workingDays: daysValue,
        ...(actor ? { actor } : {}),
      });
      onSaved();
    } catch (err) {
      setError(toApiError(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="form rect-wording-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (dirty && valid) void save();
      }}
    >
      <label className="form-field">
        <span>{t('rectifications.problem')}</span>
        <textarea rows={3} value={problem} data-testid="rect-problem" onChange={(e) => setProblem(e.target.value)} />
      </label>
      <label className="form-field">
        <span>{t('rectifications.requirement')}</span>
        <textarea
          rows={3}
          value={requirement}
          data-testid="rect-requirement"
          onChange={(e) => setRequirement(e.target.value)}
        />
      </label>
      <label className="form-field">
        <span>{t('rectifications.legalBasis')}</span>
        <textarea rows={2} value={legalBasis} onChange={(e) => setLegalBasis(e.target.value)} />
      </label>
      <div className="inline-form">
        <label className="form-field form-field-narrow">
          <span>{t('rectifications.workingDays')}</span>
          <input type="number" min={1} max={120} value={days} onChange={(e) => setDays(e.target.value)} />
        </label>
        <button type="submit" className="button" disabled={!dirty || !valid || busy} data-testid="rect-save-wording">
          {t('rectifications.saveWording')}
        </button>
      </div>
      {error ? (
        <p className="inline-error" role="alert">
          {errorText(error.data, lang)}
        </p>
      ) : null}
    </form>
  );
}
