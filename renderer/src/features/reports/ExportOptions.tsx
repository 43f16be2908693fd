/** The documents, units and formats of an export, and whether ID numbers print in full. */
import type { ReportKind } from '../../../../shared/api/reportTypes.ts';
import { REPORT_EXPORT_FORMATS, type ReportExportFormat } from '../../../../shared/api/reportTypes.ts';
import { useI18n } from '../../i18n/i18nContext.ts';

export const CAMPAIGN_KINDS: readonly ReportKind[] = ['campaign_report', 'rectification_notice', 'case_score_sheet'];

export interface ExportChoices {
  kinds: ReportKind[];
  units: string[];
  formats: ReportExportFormat[];
  revealIds: boolean;
  /** Score sheets in PDF as one file (汇编). */
  compileSheets: boolean;
}

interface ExportOptionsProps {
  value: ExportChoices;
  /** The campaign's units; empty for a single case. */
  units: readonly string[];
  campaign: boolean;
  disabled: boolean;
  onChange(value: ExportChoices): void;
}

function toggle<T>(list: readonly T[], item: T, on: boolean): T[] {
  return on ? [...new Set([...list, item])] : list.filter((x) => x !== item);
}

export function ExportOptions({ value, units, campaign, disabled, onChange }: ExportOptionsProps) {
  const { t } = useI18n();
  const perUnit = value.kinds.some((k) => k !== 'campaign_report');
  return (
    <>
      {campaign ? (
        <fieldset className="export-fieldset" data-testid="export-kinds">
          <legend>{t('reports.kinds')}</legend>
          {CAMPAIGN_KINDS.map((kind) => (
            <label key={kind} className="export-check">
              <input
                type="checkbox"
                checked={value.kinds.includes(kind)}
                disabled={disabled}
                data-testid={`export-kind-${kind}`}
                onChange={(e) => onChange({ ...value, kinds: toggle(value.kinds, kind, e.target.checked) })}
              />
              {t(`reports.kind.${kind}`)}
            </label>
          ))}
        </fieldset>
      ) : null}
      {campaign && perUnit && units.length > 0 ? (
        <fieldset className="export-fieldset export-units" data-testid="export-units">
          <legend>{t('reports.units')}</legend>
          <label className="export-check">
            <input
              type="checkbox"
              checked={value.units.length === 0}
              disabled={disabled}
              onChange={(e) => onChange({ ...value, units: e.target.checked ? [] : [units[0]!] })}
            />
            {t('reports.allUnits')}
          </label>
          {units.map((unit) => (
            <label key={unit} className="export-check">
              <input
                type="checkbox"
                checked={value.units.includes(unit)}
                disabled={disabled}
                onChange={(e) => onChange({ ...value, units: toggle(value.units, unit, e.target.checked) })}
              />
              {unit}
            </label>
          ))}
        </fieldset>
      ) : null}
      <fieldset className="export-fieldset" data-testid="export-formats">
        <legend>{t('reports.formats')}</legend>
        {REPORT_EXPORT_FORMATS.map((format) => (
          <label key={format} className="export-check">
            <input
              type="checkbox"
              checked={value.formats.includes(format)}
              disabled={disabled}
              data-testid={`export-format-${format}`}
              onChange={(e) => onChange({ ...value, formats: toggle(value.formats, format, e.target.checked) })}
            />
            {format.toUpperCase()}
          </label>
        ))}
      </fieldset>
      {campaign && value.kinds.includes('case_score_sheet') && value.formats.includes('pdf') ? (
        <label className="export-check">
          <input
            type="checkbox"
            checked={value.compileSheets}
            disabled={disabled}
            data-testid="export-compile"
            onChange={(e) => onChange({ ...value, compileSheets: e.target.checked })}
          />
          {t('reports.compileSheets')}
        </label>
      ) : null}
      <label className="export-check">
        <input
          type="checkbox"
          checked={value.revealIds}
          disabled={disabled}
          data-testid="export-reveal"
          onChange={(e) => onChange({ ...value, revealIds: e.target.checked })}
        />
        {t('reports.revealIds')}
      </label>
      {value.revealIds ? <p className="export-warning">{t('reports.revealWarning')}</p> : null}
    </>
  );
}
