/** The profile's single values in the form: each with its unit, 待核实, source and note. */
import { useI18n } from '../../../i18n/i18nContext.ts';
import { LEGAL_REVIEW_SCOPES } from '../../../../../shared/profiles/schema.ts';
import { FieldError, fieldProps, type IssuesByPath } from '../common/fieldErrors.tsx';
import type { ProfileDraft, ValueDraft } from './profileDraft.ts';
import { ProvenanceCells } from './ProvenanceCells.tsx';
import { isNumberKey, NUMBER_UNIT, SHOWN_VALUE_KEYS, type EditableValueKey } from './valueInfo.ts';

interface ValueInputProps {
  name: EditableValueKey;
  value: string;
  label: string;
  issues: IssuesByPath;
  onChange(value: string): void;
}

function ValueInput({ name, value, label, issues, onChange }: ValueInputProps) {
  const { t } = useI18n();
  const props = { ...fieldProps(`${name}.value`, issues), 'aria-label': label, 'data-testid': `value-${name}` };
  if (name === 'simpleProcedureRequiresTwoOfficers') {
    return (
      <select {...props} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="true">{t('settings.yes')}</option>
        <option value="false">{t('settings.no')}</option>
      </select>
    );
  }
  if (!isNumberKey(name)) {
    return (
      <select {...props} value={value} onChange={(event) => onChange(event.target.value)}>
        {LEGAL_REVIEW_SCOPES.map((s) => (
          <option key={s} value={s}>
            {t(`settings.profiles.scope.${s}`)}
          </option>
        ))}
      </select>
    );
  }
  return (
    <span className="cfg-value-unit">
      <input
        type="number"
        min={1}
        step={1}
        className="cfg-input-number"
        {...props}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
      <span>{t(`settings.profiles.unitAfter.${NUMBER_UNIT[name]}`)}</span>
    </span>
  );
}

interface ValueFieldsProps {
  values: ProfileDraft['values'];
  issues: IssuesByPath;
  onChange(key: EditableValueKey, value: ValueDraft): void;
}

export function ValueFields({ values, issues, onChange }: ValueFieldsProps) {
  const { t } = useI18n();
  return (
    <table className="data-table cfg-table cfg-form-table" data-testid="value-fields">
      <thead>
        <tr>
          <th scope="col">{t('settings.profiles.setting')}</th>
          <th scope="col" className="cfg-shrink">
            {t('settings.profiles.field.value')}
          </th>
          <th scope="col" className="cfg-shrink">
            {t('settings.profiles.assumed')}
          </th>
          <th scope="col">{t('settings.profiles.field.source')}</th>
          <th scope="col">{t('settings.profiles.field.note')}</th>
        </tr>
      </thead>
      <tbody>
        {SHOWN_VALUE_KEYS.map((key) => {
          const label = t(`settings.profiles.values.${key}`);
          const v = values[key];
          return (
            <tr key={key}>
              <th scope="row" className="wrap cfg-col-label">
                {label}
              </th>
              <td className="cfg-shrink">
                <ValueInput
                  name={key}
                  value={v.value}
                  label={label}
                  issues={issues}
                  onChange={(value) => onChange(key, { ...v, value })}
                />
                <FieldError path={`${key}.value`} issues={issues} />
              </td>
              <ProvenanceCells
                path={key}
                value={v}
                label={label}
                issues={issues}
                onChange={(provenance) => onChange(key, { ...v, ...provenance })}
              />
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
