/** The campaigns as a list box: title, period, phase and progress; ↑/↓ move, the choice opens on the right. */
import type { KeyboardEvent } from 'react';
import type { CampaignSummary } from '../../../../shared/api/campaignTypes.ts';
import { useI18n } from '../../i18n/i18nContext.ts';
import { PhaseBadge } from './PhaseBadge.tsx';

interface CampaignListProps {
  campaigns: readonly CampaignSummary[];
  selectedId: number | null;
  loading: boolean;
  onSelect(id: number): void;
}

export function CampaignList({ campaigns, selectedId, loading, onSelect }: CampaignListProps) {
  const { t, formatNumber } = useI18n();
  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const at = campaigns.findIndex((c) => c.id === selectedId);
    const next = event.key === 'ArrowDown' ? at + 1 : event.key === 'ArrowUp' ? at - 1 : null;
    if (next === null) return;
    event.preventDefault();
    const campaign = campaigns[Math.min(campaigns.length - 1, Math.max(0, next))];
    if (campaign) onSelect(campaign.id);
  };
  if (campaigns.length === 0) {
    return <p className="list-empty">{loading ? t('app.loading') : t('campaigns.none')}</p>;
  }
  return (
    <ul
      className="list-box"
      role="listbox"
      tabIndex={0}
      aria-label={t('campaigns.title')}
      aria-activedescendant={selectedId !== null ? `campaign-option-${selectedId}` : undefined}
      data-testid="campaign-list"
      onKeyDown={onKeyDown}
    >
      {campaigns.map((c) => {
        const finalized = c.byStatus.finalized;
        return (
          <li
            key={c.id}
            id={`campaign-option-${c.id}`}
            role="option"
            aria-selected={c.id === selectedId}
            className={c.id === selectedId ? 'list-option is-selected' : 'list-option'}
            data-testid="campaign-option"
            data-campaign-id={c.id}
            onClick={() => onSelect(c.id)}
          >
            <span className="campaign-option-title" title={c.title}>
              {c.title}
            </span>
            <span className="campaign-option-meta">
              <span>
                {c.period.from} – {c.period.to}
              </span>
              <PhaseBadge phase={c.phase} />
            </span>
            {c.phase !== 'draft' ? (
              <span className="campaign-option-progress">
                {t('campaigns.listProgress', {
                  finalized: formatNumber(finalized),
                  drawn: formatNumber(c.drawnCount),
                })}
              </span>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
