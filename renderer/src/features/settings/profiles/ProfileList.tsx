/** The region profiles as a list box: name, id and source, the active one marked, how many values are 待核实. */
import type { ProfileSummary } from '../../../../../shared/api/evaluationTypes.ts';
import { useI18n } from '../../../i18n/i18nContext.ts';
import { listKeyHandler } from '../common/listKeys.ts';
import { SourceBadge } from '../common/SourceBadge.tsx';

interface ProfileListProps {
  profiles: readonly ProfileSummary[];
  selectedId: string | null;
  onSelect(id: string): void;
}

export function ProfileList({ profiles, selectedId, onSelect }: ProfileListProps) {
  const { t } = useI18n();
  const at = profiles.findIndex((p) => p.id === selectedId);
  return (
    <ul
      className="list-box"
      role="listbox"
      tabIndex={0}
      aria-label={t('settings.profiles.listTitle')}
      aria-activedescendant={selectedId ? `profile-option-${selectedId}` : undefined}
      data-testid="profile-list"
      onKeyDown={listKeyHandler(profiles, at, (p) => onSelect(p.id))}
    >
      {profiles.map((p) => (
        <li
          key={p.id}
          id={`profile-option-${p.id}`}
          role="option"
          aria-selected={p.id === selectedId}
          className={p.id === selectedId ? 'list-option is-selected' : 'list-option'}
          data-testid="profile-option"
          data-profile={p.id}
          data-active={p.active}
          onClick={() => onSelect(p.id)}
        >
          <span className="cfg-option-title">
            <span className="cfg-option-name" title={p.name}>
              {p.name}
            </span>
            {p.active ? <span className="cfg-badge cfg-badge-active">{t('settings.profiles.active')}</span> : null}
            <SourceBadge source={p.source} />
          </span>
          <span className="cfg-option-meta">
            <code>{p.id}</code>
            {p.assumedValues > 0 ? (
              <span className="cfg-assumed-count">
                {t('settings.profiles.assumedShort', { count: p.assumedValues })}
              </span>
            ) : null}
          </span>
        </li>
      ))}
    </ul>
  );
}
