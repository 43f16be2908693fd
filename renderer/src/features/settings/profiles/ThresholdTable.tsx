/** 听证标准, read-only: from which date, the fine from which each party type may ask for a hearing. */
import { PARTY_TYPES } from '../../../../../shared/domain/bundle.ts';
import type { HearingThreshold } from '../../../../../shared/profiles/schema.ts';
import { useI18n } from '../../../i18n/i18nContext.ts';
import { AssumedBadge } from './AssumedBadge.tsx';

export function ThresholdTable({ thresholds }: { thresholds: readonly HearingThreshold[] }) {
  const { t, formatNumber } = useI18n();
  return (
    <table className="data-table cfg-table" data-testid="profile-thresholds">
      <thead>
        <tr>
          <th scope="col">{t('settings.profiles.effectiveFrom')}</th>
          {PARTY_TYPES.map((p) => (
            <th key={p} scope="col" className="num">
              {t(`settings.party.${p}`)}
            </th>
          ))}
          <th scope="col">{t('settings.profiles.status')}</th>
          <th scope="col">{t('settings.profiles.field.source')}</th>
          <th scope="col">{t('settings.profiles.field.note')}</th>
        </tr>
      </thead>
      <tbody>
        {thresholds.map((row) => (
          <tr key={row.effectiveFrom} className={row.assumed ? 'is-assumed' : undefined}>
            <td>{t('settings.profiles.from', { date: row.effectiveFrom })}</td>
            {PARTY_TYPES.map((p) => (
              <td key={p} className="num" data-testid={`threshold-value-${p}`}>
                {t('settings.profiles.yuan', { amount: formatNumber(row[p]) })}
              </td>
            ))}
            <td className="cfg-shrink">
              <AssumedBadge assumed={row.assumed} />
            </td>
            <td className="wrap">{row.source ?? '—'}</td>
            <td className="wrap cfg-note">{row.note ?? '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
