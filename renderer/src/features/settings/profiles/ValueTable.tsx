/**
 * The profile's single values, read-only: each with its unit — working days (holidays and 调休
 * counted) or calendar days — its provenance, and 待核实 where the value is still an assumption.
 */
import type { Translate } from '../../../../../shared/i18n/index.ts';
import type { Profile } from '../../../../../shared/profiles/schema.ts';
import { useI18n } from '../../../i18n/i18nContext.ts';
import { AssumedBadge } from './AssumedBadge.tsx';
import { isNumberKey, NUMBER_UNIT, SHOWN_VALUE_KEYS, type EditableValueKey } from './valueInfo.ts';

function shown(t: Translate, profile: Profile, key: EditableValueKey): string {
  if (isNumberKey(key)) return t(`settings.profiles.unit.${NUMBER_UNIT[key]}`, { n: profile[key].value });
  if (key === 'simpleProcedureRequiresTwoOfficers') return t(profile[key].value ? 'settings.yes' : 'settings.no');
  return t(`settings.profiles.scope.${profile[key].value}`);
}

export function ValueTable({ profile }: { profile: Profile }) {
  const { t } = useI18n();
  return (
    <table className="data-table cfg-table" data-testid="profile-values">
      <thead>
        <tr>
          <th scope="col">{t('settings.profiles.setting')}</th>
          <th scope="col">{t('settings.profiles.field.value')}</th>
          <th scope="col">{t('settings.profiles.countingTitle')}</th>
          <th scope="col">{t('settings.profiles.status')}</th>
          <th scope="col">{t('settings.profiles.field.source')}</th>
          <th scope="col">{t('settings.profiles.field.note')}</th>
        </tr>
      </thead>
      <tbody>
        {SHOWN_VALUE_KEYS.map((key) => {
          const v = profile[key];
          return (
            <tr key={key} className={v.assumed ? 'is-assumed' : undefined} data-testid="profile-value" data-key={key}>
              <th scope="row" className="wrap cfg-col-label">
                {t(`settings.profiles.values.${key}`)}
              </th>
              <td className="cfg-strong cfg-shrink">{shown(t, profile, key)}</td>
              <td className="cfg-shrink">
                {t(`settings.profiles.counting.${isNumberKey(key) ? NUMBER_UNIT[key] : 'none'}`)}
              </td>
              <td className="cfg-shrink">
                <AssumedBadge assumed={v.assumed} />
              </td>
              <td className="wrap">{v.source ?? '—'}</td>
              <td className="wrap cfg-note">{v.note ?? '—'}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
