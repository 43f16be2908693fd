/** A campaign's phase: 未抽取 (settings editable), 已抽取 (population frozen), 已完成. */
import type { CampaignPhase } from '../../../../shared/api/campaignTypes.ts';
import { useI18n } from '../../i18n/i18nContext.ts';

export function PhaseBadge({ phase }: { phase: CampaignPhase }) {
  const { t } = useI18n();
  return (
    <span className={`phase-badge phase-${phase}`} data-testid="campaign-phase" data-phase={phase}>
      {t(`campaigns.phase.${phase}`)}
    </span>
  );
}
