/** Preview, issued versions or issue: with the numbers and date an issue prints. */
import type { ExportBatchInput } from '../../../../shared/api/ops/reports.ts';
import { useI18n } from '../../i18n/i18nContext.ts';

export type ExportMode = ExportBatchInput['mode'];

export interface IssueChoices {
  mode: ExportMode;
  documentNumber: string;
  noticeNumber: string;
  issuedOn: string;
}

interface IssueOptionsProps {
  value: IssueChoices;
  /** A campaign export (numbers apply); a single score sheet has none. */
  campaign: boolean;
  disabled: boolean;
  onChange(value: IssueChoices): void;
}

const MODES: readonly ExportMode[] = ['latest', 'preview', 'issue'];
const MODE_LABELS = {
  latest: 'reports.modeLatest',
  preview: 'reports.modePreview',
  issue: 'reports.modeIssue',
} as const;

export function IssueOptions({ value, campaign, disabled, onChange }: IssueOptionsProps) {
  const { t } = useI18n();
  return (
    <fieldset className="export-fieldset export-modes" data-testid="export-modes">
      <legend>{t('reports.mode')}</legend>
      {MODES.map((mode) => (
        <label key={mode} className="export-choice">
          <input
            type="radio"
            name="export-mode"
            checked={value.mode === mode}
            disabled={disabled}
            data-testid={`export-mode-${mode}`}
            onChange={() => onChange({ ...value, mode })}
          />
          {t(MODE_LABELS[mode])}
        </label>
      ))}
      {value.mode === 'issue' ? (
        <div className="export-issue">
          <p className="export-hint">{t('reports.issueHint')}</p>
          {campaign ? (
            <>
              <label className="export-field">
                <span>{t('reports.documentNumber')}</span>
                <input
                  type="text"
                  value={value.documentNumber}
                  placeholder={t('reports.documentNumberPlaceholder')}
                  disabled={disabled}
                  data-testid="export-number"
                  onChange={(e) => onChange({ ...value, documentNumber: e.target.value })}
                />
              </label>
              <label className="export-field">
                <span>{t('reports.noticeNumber', { n: '{n}' })}</span>
                <input
                  type="text"
                  value={value.noticeNumber}
                  placeholder={t('reports.noticeNumberPlaceholder', { n: '{n}' })}
                  disabled={disabled}
                  data-testid="export-notice-number"
                  onChange={(e) => onChange({ ...value, noticeNumber: e.target.value })}
                />
              </label>
            </>
          ) : null}
          <label className="export-field">
            <span>{t('reports.issuedOn')}</span>
            <input
              type="date"
              value={value.issuedOn}
              disabled={disabled}
              data-testid="export-issued-on"
              onChange={(e) => onChange({ ...value, issuedOn: e.target.value })}
            />
          </label>
        </div>
      ) : null}
    </fieldset>
  );
}
