/**
 * 设置 · 标准与参数: the evaluation standards in the workspace (view, import, save a copy), the
 * region profiles (view, edit as a copy, activate, import, export) and the holiday calendar
 * (coverage, the month grid, a year's schedule added to the active profile). The calendar's
 * coverage is loaded here so that its tab can warn while another part is open.
 */
import { useCallback, useState, type KeyboardEvent } from 'react';
import { call } from '../../api/client.ts';
import { useLoad } from '../../data/useLoad.ts';
import { useI18n } from '../../i18n/i18nContext.ts';
import { CalendarPanel } from './calendar/CalendarPanel.tsx';
import { ProfilesPanel } from './profiles/ProfilesPanel.tsx';
import { SECTIONS, useSection } from './sections.ts';
import { StandardsPanel } from './standards/StandardsPanel.tsx';
import '../../components/table.css';
import './settings.css';

export function SettingsView() {
  const { t } = useI18n();
  const [section, setSection] = useSection();
  // Bumped whenever a profile is saved or activated: the calendar follows the active profile.
  const [revision, setRevision] = useState(0);
  const profilesChanged = useCallback(() => setRevision((r) => r + 1), []);
  const coverage = useLoad(`coverage:${revision}`, (signal) => call('calendar:coverage', {}, { signal }));
  const calendarWarning = (coverage.data?.uncoveredAhead.length ?? 0) > 0;

  const onTabKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = SECTIONS[(SECTIONS.indexOf(section) + step + SECTIONS.length) % SECTIONS.length]!;
    setSection(next);
    document.getElementById(`cfg-tab-${next}`)?.focus();
  };

  return (
    <main className="view cfg-view" aria-label={t('settings.title')} data-testid="settings-view">
      <div className="cfg-head">
        <h1 className="cfg-title">{t('settings.title')}</h1>
        <div className="cfg-tabs" role="tablist" aria-label={t('settings.title')} onKeyDown={onTabKey}>
          {SECTIONS.map((id) => (
            <button
              key={id}
              type="button"
              role="tab"
              id={`cfg-tab-${id}`}
              aria-selected={section === id}
              aria-controls={`cfg-panel-${id}`}
              tabIndex={section === id ? 0 : -1}
              className={section === id ? 'cfg-tab is-current' : 'cfg-tab'}
              data-testid={`settings-tab-${id}`}
              onClick={() => setSection(id)}
            >
              {t(`settings.sections.${id}`)}
              {id === 'calendar' && calendarWarning ? (
                <span className="cfg-tab-warning" title={t('settings.calendar.tabWarning')}>
                  <span aria-hidden="true">!</span>
                  <span className="visually-hidden">{t('settings.calendar.tabWarning')}</span>
                </span>
              ) : null}
            </button>
          ))}
        </div>
      </div>
      <div
        className="cfg-panel"
        role="tabpanel"
        id={`cfg-panel-${section}`}
        aria-labelledby={`cfg-tab-${section}`}
        data-testid={`settings-panel-${section}`}
      >
        {section === 'standards' ? <StandardsPanel /> : null}
        {section === 'profiles' ? <ProfilesPanel onChanged={profilesChanged} /> : null}
        {section === 'calendar' ? <CalendarPanel coverage={coverage} onChanged={profilesChanged} /> : null}
      </div>
    </main>
  );
}
