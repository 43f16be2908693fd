/** 内置 (shipped with the app) or 用户 (imported or saved in this workspace). */
import type { ResourceSource } from '../../../../../shared/api/evaluationTypes.ts';
import { useI18n } from '../../../i18n/i18nContext.ts';

export function SourceBadge({ source }: { source: ResourceSource }) {
  const { t } = useI18n();
  return <span className={`cfg-badge cfg-badge-${source}`}>{t(`settings.source.${source}`)}</span>;
}
