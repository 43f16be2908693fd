/** 待核实: a value nobody has checked against the region's own rules yet (its note says what to check). */
import { useI18n } from '../../../i18n/i18nContext.ts';

export function AssumedBadge({ assumed }: { assumed: boolean }) {
  const { t } = useI18n();
  if (!assumed) return <span className="cfg-muted">{t('settings.profiles.notAssumed')}</span>;
  return (
    <span
      className="cfg-badge cfg-badge-assumed"
      title={t('settings.profiles.assumedTitle')}
      data-testid="assumed-badge"
    >
      {t('settings.profiles.assumed')}
    </span>
  );
}
