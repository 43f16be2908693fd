/**
 * 听证标准 in the form: one row per effective date with the fine from which each party type may
 * ask for a hearing (APL art. 63), and its provenance. Rows can be added for a new rule's date.
 */
import { PARTY_TYPES } from '../../../../../shared/domain/bundle.ts';
import { useI18n } from '../../../i18n/i18nContext.ts';
import { FieldError, fieldProps, type IssuesByPath } from '../common/fieldErrors.tsx';
import { emptyThreshold, type ThresholdDraft } from './profileDraft.ts';
import { ProvenanceCells } from './ProvenanceCells.tsx';

interface ThresholdFieldsProps {
  rows: readonly ThresholdDraft[];
  issues: IssuesByPath;
  onChange(rows: ThresholdDraft[]): void;
}

export function ThresholdFields({ rows, issues, onChange }: ThresholdFieldsProps) {
  const { t } = useI18n();
  const update = (i: number, row: ThresholdDraft) => onChange(rows.map((r, j) => (j === i ? row : r)));
  return (
    <>
      <table className="data-table cfg-table cfg-form-table" data-testid="threshold-fields">
        <thead>
          <tr>
            <th scope="col" className="cfg-shrink">
              {t('settings.profiles.effectiveFrom')}
            </th>
            {PARTY_TYPES.map((p) => (
              <th key={p} scope="col" className="cfg-shrink">
                {t(`settings.party.${p}`)}
              </th>
            ))}
            <th scope="col" className="cfg-shrink">
              {t('settings.profiles.assumed')}
            </th>
            <th scope="col">{t('settings.profiles.field.source')}</th>
            <th scope="col">{t('settings.profiles.field.note')}</th>
            <th scope="col" className="cfg-shrink">
              <span className="visually-hidden">{t('settings.profiles.removeRow')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => {
            const path = `hearingThresholds[${i}]`;
            const label = t('settings.profiles.thresholdRow', { n: i + 1 });
            return (
              <tr key={i} data-testid="threshold-row">
                <td className="cfg-shrink">
                  <input
                    type="date"
                    {...fieldProps(`${path}.effectiveFrom`, issues)}
                    aria-label={`${label} · ${t('settings.profiles.effectiveFrom')}`}
                    value={row.effectiveFrom}
                    onChange={(event) => update(i, { ...row, effectiveFrom: event.target.value })}
                  />
                  <FieldError path={`${path}.effectiveFrom`} issues={issues} />
                </td>
                {PARTY_TYPES.map((p) => (
                  <td key={p} className="cfg-shrink">
                    <input
                      type="number"
                      min={0}
                      step="any"
                      className="cfg-input-number"
                      {...fieldProps(`${path}.${p}`, issues)}
                      aria-label={`${label} · ${t(`settings.party.${p}`)}`}
                      data-testid={`threshold-${p}`}
                      value={row[p]}
                      onChange={(event) => update(i, { ...row, [p]: event.target.value })}
                    />
                    <FieldError path={`${path}.${p}`} issues={issues} />
                  </td>
                ))}
                <ProvenanceCells
                  path={path}
                  value={row}
                  label={label}
                  issues={issues}
                  onChange={(provenance) => update(i, { ...row, ...provenance })}
                />
                <td className="cfg-shrink">
                  <button
                    type="button"
                    className="link-button"
                    disabled={rows.length <= 1}
                    onClick={() => onChange(rows.filter((_, j) => j !== i))}
                  >
                    {t('settings.profiles.removeRow')}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <FieldError path="hearingThresholds" issues={issues} />
      <div>
        <button type="button" className="button" onClick={() => onChange([...rows, emptyThreshold()])}>
          {t('settings.profiles.addThreshold')}
        </button>
      </div>
    </>
  );
}
