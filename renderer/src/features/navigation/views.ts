/**
 * The app's top-level views and the one that was open last. The review desk is the default;
 * the choice is remembered across restarts like the pane widths.
 */
import { useCallback, useState } from 'react';
import type { MessageKey } from '../../../../shared/i18n/index.ts';
import { readSetting, writeSetting } from '../../settings.ts';
import type { ShortcutId } from '../../shortcuts.ts';

export const VIEWS = ['desk', 'campaigns', 'rectifications', 'dashboard', 'settings'] as const;
export type ViewId = (typeof VIEWS)[number];

export const VIEW_INFO: Record<ViewId, { label: MessageKey; shortcut: ShortcutId }> = {
  desk: { label: 'nav.desk', shortcut: 'viewDesk' },
  campaigns: { label: 'nav.campaigns', shortcut: 'viewCampaigns' },
  rectifications: { label: 'nav.rectifications', shortcut: 'viewRectifications' },
  dashboard: { label: 'nav.dashboard', shortcut: 'viewDashboard' },
  settings: { label: 'nav.settings', shortcut: 'viewSettings' },
};

const SETTING = 'view';

function isView(value: unknown): value is ViewId {
  return typeof value === 'string' && (VIEWS as readonly string[]).includes(value);
}

export function useView(): [ViewId, (view: ViewId) => void] {
  const [view, setViewState] = useState<ViewId>(() => {
    const stored = readSetting<unknown>(SETTING, 'desk');
    return isView(stored) ? stored : 'desk';
  });
  const setView = useCallback((next: ViewId) => {
    setViewState(next);
    writeSetting(SETTING, next);
  }, []);
  return [view, setView];
}
