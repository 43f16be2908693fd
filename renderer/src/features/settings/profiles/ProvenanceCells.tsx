/** The three provenance inputs of a profile value — 待核实, 依据 (source), 说明 (note) — as table cells. */
import { useI18n } from '../../../i18n/i18nContext.ts';
import { FieldError, fieldProps, type IssuesByPath } from '../common/fieldErrors.tsx';
import type { Provenance } from './profileDraft.ts';

interface ProvenanceCellsProps {
  /** JSON path of the value's object, e.g. `filingDeadlineWorkingDays` or `hearingThresholds[0]`. */
  path: string;
  value: Provenance;
  label: string;
  issues: IssuesByPath;
  onChange(value: Provenance): void;
}

export function ProvenanceCells({ path, value, label, issues, onChange }: ProvenanceCellsProps) {
  const { t } = useI18n();
  return (
    <>
      <td className="cfg-shrink cfg-cell-check">
        <input
          type="checkbox"
          {...fieldProps(`${path}.assumed`, issues)}
          aria-label={t('settings.profiles.assumedOf', { label })}
          checked={value.assumed}
          onChange={(event) => onChange({ ...value, assumed: event.target.checked })}
        />
      </td>
      <td className="cfg-col-source">
        <input
          type="text"
          {...fieldProps(`${path}.source`, issues)}
          aria-label={t('settings.profiles.sourceOf', { label })}
          value={value.source}
          onChange={(event) => onChange({ ...value, source: event.target.value })}
        />
        <FieldError path={`${path}.source`} issues={issues} />
      </td>
      <td>
        <textarea
          rows={2}
          {...fieldProps(`${path}.note`, issues)}
          aria-label={t('settings.profiles.noteOf', { label })}
          value={value.note}
          onChange={(event) => onChange({ ...value, note: event.target.value })}
        />
        <FieldError path={`${path}.note`} issues={issues} />
        <FieldError path={path} issues={issues} />
      </td>
    </>
  );
}
