/** The header's view tabs: 评查台, 评查活动, 整改跟踪, 统计分析, 设置 (Alt+1…5). */
import { SHORTCUTS } from '../../shortcuts.ts';
import { useI18n } from '../../i18n/i18nContext.ts';
import { VIEW_INFO, VIEWS, type ViewId } from './views.ts';

export function ViewTabs({ view, onChange }: { view: ViewId; onChange(view: ViewId): void }) {
  const { t } = useI18n();
  return (
    <nav className="view-tabs" aria-label={t('nav.label')} data-testid="view-tabs">
      {VIEWS.map((id) => {
        const chord = SHORTCUTS.find((s) => s.id === VIEW_INFO[id].shortcut)?.chords[0]?.label;
        const label = t(VIEW_INFO[id].label);
        return (
          <button
            key={id}
            type="button"
            className={id === view ? 'view-tab is-current' : 'view-tab'}
            aria-current={id === view ? 'page' : undefined}
            title={chord ? `${label}（${chord}）` : label}
            data-testid={`view-tab-${id}`}
            onClick={() => onChange(id)}
          >
            {label}
          </button>
        );
      })}
    </nav>
  );
}
