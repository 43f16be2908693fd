/** Alt+1…5 switch between the five views (listed in the shortcut table and its legend). */
import { useCallback } from 'react';
import { useShortcut } from '../shortcuts/shortcutRegistry.ts';
import type { ViewId } from './views.ts';

export function useViewShortcuts(setView: (view: ViewId) => void): void {
  useShortcut(
    'viewDesk',
    useCallback(() => setView('desk'), [setView]),
  );
  useShortcut(
    'viewCampaigns',
    useCallback(() => setView('campaigns'), [setView]),
  );
  useShortcut(
    'viewRectifications',
    useCallback(() => setView('rectifications'), [setView]),
  );
  useShortcut(
    'viewDashboard',
    useCallback(() => setView('dashboard'), [setView]),
  );
  useShortcut(
    'viewSettings',
    useCallback(() => setView('settings'), [setView]),
  );
}
