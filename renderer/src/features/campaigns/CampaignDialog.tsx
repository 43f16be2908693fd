/**
 * Creates or edits a campaign: title, organiser, period, scope (units, case types, procedures),
 * draw rule and seed, previous campaign, rectification working days — with the population the
 * settings select, previewed live. After the draw only the wording and the deadline days change.
 */
import { useState, type FormEvent, type ReactNode } from 'react';
import type { CampaignSummary } from '../../../../shared/api/campaignTypes.ts';
import type { WorkspaceInfo } from '../../../../shared/api/types.ts';
import { CASE_TYPES, PROCEDURES } from '../../../../shared/domain/bundle.ts';
import { call } from '../../api/client.ts';
import { toApiError, type ApiError } from '../../api/errors.ts';
import { DialogActions } from '../../components/DialogActions.tsx';
import { Modal } from '../../components/Modal.tsx';
import { useDebounced } from '../../data/useDebounced.ts';
import { useLoad } from '../../data/useLoad.ts';
import { useI18n } from '../../i18n/i18nContext.ts';
import { caseTypeLabel, procedureLabel } from '../cases/enumLabels.ts';
import {
  createInput,
  formOf,
  formReady,
  periodValid,
  ruleOf,
  scopeOf,
  updateInput,
  type CampaignForm,
} from './campaignForm.ts';
import { PopulationPreview } from './PopulationPreview.tsx';

interface CampaignDialogProps {
  campaign: CampaignSummary | null;
  campaigns: readonly CampaignSummary[];
  workspace: WorkspaceInfo | null;
  onClose(): void;
  onSaved(campaign: CampaignSummary): void;
}

function Checks<T extends string>({
  legend,
  all,
  values,
  label,
  onChange,
  testId,
}: {
  legend: string;
  all: readonly T[];
  values: readonly T[];
  label(value: T): ReactNode;
  onChange(values: T[]): void;
  testId: string;
}) {
  const { t } = useI18n();
  return (
    <fieldset className="check-group" data-testid={testId}>
      <legend>
        {legend}
        <span className="form-hint">{values.length === 0 ? t('campaigns.scopeAll') : ''}</span>
      </legend>
      {all.map((value) => (
        <label key={value} className="check">
          <input
            type="checkbox"
            checked={values.includes(value)}
            onChange={(event) =>
              onChange(event.target.checked ? [...values, value] : values.filter((v) => v !== value))
            }
          />
          {label(value)}
        </label>
      ))}
    </fieldset>
  );
}

export function CampaignDialog({ campaign, campaigns, workspace, onClose, onSaved }: CampaignDialogProps) {
  const { t } = useI18n();
  const [form, setForm] = useState<CampaignForm>(() => formOf(campaign));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const drawn = campaign !== null && campaign.phase !== 'draft';
  const set = <K extends keyof CampaignForm>(key: K, value: CampaignForm[K]) =>
    setForm((f) => ({ ...f, [key]: value }));

  const rule = ruleOf(form);
  const previewInput =
    !drawn && periodValid(form) && rule
      ? { period: { from: form.from, to: form.to }, scope: scopeOf(form), rule }
      : null;
  const previewKey = useDebounced(JSON.stringify(previewInput));
  const preview = useLoad(
    `preview:${previewKey}`,
    previewKey !== 'null'
      ? (signal) => call('campaigns:preview', JSON.parse(previewKey) as NonNullable<typeof previewInput>, { signal })
      : null,
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!formReady(form)) return;
    setBusy(true);
    setError(null);
    try {
      const previous = form.previous === 'auto' ? undefined : form.previous === 'none' ? null : Number(form.previous);
      const saved = campaign
        ? await call('campaigns:update', {
            campaignId: campaign.id,
            ...updateInput(form, drawn),
            previousCampaignId: form.previous === 'auto' ? 'auto' : (previous ?? null),
          })
        : await call('campaigns:create', {
            ...createInput(form),
            ...(previous !== undefined ? { previousCampaignId: previous } : {}),
          });
      onSaved(saved);
    } catch (err) {
      setError(toApiError(err));
    } finally {
      setBusy(false);
    }
  };

  const others = campaigns.filter((c) => c.id !== campaign?.id);
  return (
    <Modal
      open
      wide
      title={campaign ? t('campaigns.editTitle') : t('campaigns.newTitle')}
      onClose={onClose}
      busy={busy}
      testId="campaign-dialog"
    >
      <form className="form campaign-form" onSubmit={(event) => void submit(event)}>
        <div className="form-row">
          <label className="form-field form-field-wide">
            <span>{t('campaigns.fieldTitle')}</span>
            <input
              type="text"
              value={form.title}
              required
              autoFocus
              placeholder={t('campaigns.titlePlaceholder')}
              data-testid="campaign-title"
              onChange={(event) => set('title', event.target.value)}
            />
          </label>
          <label className="form-field">
            <span>{t('campaigns.organiser')}</span>
            <input
              type="text"
              value={form.organiser}
              placeholder={t('campaigns.organiserPlaceholder')}
              onChange={(event) => set('organiser', event.target.value)}
            />
          </label>
        </div>
        <fieldset className="form-section" disabled={drawn}>
          <legend>{drawn ? t('campaigns.frozen') : t('campaigns.population')}</legend>
          <div className="form-row">
            <label className="form-field">
              <span>{t('campaigns.periodFrom')}</span>
              <input
                type="date"
                value={form.from}
                data-testid="campaign-from"
                onChange={(event) => set('from', event.target.value)}
              />
            </label>
            <label className="form-field">
              <span>{t('campaigns.periodTo')}</span>
              <input
                type="date"
                value={form.to}
                data-testid="campaign-to"
                onChange={(event) => set('to', event.target.value)}
              />
            </label>
          </div>
          <Checks
            legend={t('campaigns.units')}
            all={workspace?.units ?? []}
            values={form.units}
            label={(u) => u}
            onChange={(v) => set('units', v)}
            testId="campaign-units"
          />
          <div className="form-row">
            <Checks
              legend={t('campaigns.caseTypes')}
              all={CASE_TYPES}
              values={form.caseTypes}
              label={(v) => caseTypeLabel(v, t)}
              onChange={(v) => set('caseTypes', v)}
              testId="campaign-case-types"
            />
            <Checks
              legend={t('campaigns.procedures')}
              all={PROCEDURES}
              values={form.procedures}
              label={(v) => procedureLabel(v, t)}
              onChange={(v) => set('procedures', v)}
              testId="campaign-procedures"
            />
          </div>
          <fieldset className="check-group" data-testid="campaign-rule">
            <legend>{t('campaigns.rule')}</legend>
            <label className="check">
              <input
                type="radio"
                name="rule"
                checked={form.ruleKind === 'all'}
                data-testid="campaign-rule-all"
                onChange={() => set('ruleKind', 'all')}
              />
              {t('campaigns.ruleAll')}
            </label>
            <label className="check">
              <input
                type="radio"
                name="rule"
                checked={form.ruleKind === 'per_unit'}
                data-testid="campaign-rule-per-unit"
                onChange={() => set('ruleKind', 'per_unit')}
              />
              {t('campaigns.rulePerUnit')}
              <input
                type="number"
                className="input-number"
                min={1}
                value={form.perUnit}
                aria-label={t('campaigns.rulePerUnitN')}
                disabled={form.ruleKind !== 'per_unit'}
                data-testid="campaign-per-unit"
                onChange={(event) => set('perUnit', event.target.value)}
              />
              {t('campaigns.rulePerUnitSuffix')}
            </label>
            <label className="check">
              <input
                type="radio"
                name="rule"
                checked={form.ruleKind === 'percent'}
                data-testid="campaign-rule-percent"
                onChange={() => set('ruleKind', 'percent')}
              />
              {t('campaigns.rulePercent')}
              <input
                type="number"
                className="input-number"
                min={0.01}
                max={100}
                step={0.01}
                value={form.percent}
                aria-label={t('campaigns.rulePercentP')}
                disabled={form.ruleKind !== 'percent'}
                data-testid="campaign-percent"
                onChange={(event) => set('percent', event.target.value)}
              />
              %
            </label>
          </fieldset>
          <label className="form-field form-field-narrow">
            <span>{t('campaigns.seed')}</span>
            <input
              type="text"
              value={form.seed}
              placeholder={t('campaigns.seedPlaceholder')}
              data-testid="campaign-seed"
              onChange={(event) => set('seed', event.target.value)}
            />
          </label>
        </fieldset>
        {!drawn ? (
          <section className="form-section" aria-label={t('campaigns.preview')}>
            <h3 className="form-section-title">{t('campaigns.preview')}</h3>
            <PopulationPreview preview={preview.data} error={preview.error} loading={preview.loading} />
          </section>
        ) : null}
        <div className="form-row">
          <label className="form-field">
            <span>{t('campaigns.previous')}</span>
            <select value={form.previous} onChange={(event) => set('previous', event.target.value)}>
              <option value="auto">{t('campaigns.previousAuto')}</option>
              <option value="none">{t('campaigns.previousNone')}</option>
              {others.map((c) => (
                <option key={c.id} value={String(c.id)}>
                  {c.title}
                </option>
              ))}
            </select>
          </label>
          <label className="form-field form-field-narrow">
            <span>{t('campaigns.rectificationDays')}</span>
            <input
              type="number"
              min={1}
              max={120}
              value={form.rectificationDays}
              data-testid="campaign-days"
              onChange={(event) => set('rectificationDays', event.target.value)}
            />
          </label>
        </div>
        <label className="form-field">
          <span>{t('campaigns.notes')}</span>
          <textarea rows={2} value={form.notes} onChange={(event) => set('notes', event.target.value)} />
        </label>
        <DialogActions
          error={error}
          errorTestId="campaign-save-error"
          busy={busy}
          onCancel={onClose}
          confirmLabel={t('campaigns.save')}
          confirmTestId="campaign-save"
          confirmDisabled={!formReady(form)}
        />
      </form>
    </Modal>
  );
}
