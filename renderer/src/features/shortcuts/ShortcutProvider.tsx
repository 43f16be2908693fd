/** Owns the one keydown listener for global shortcuts and the map of registered handlers. */
import { useEffect, useState, type ReactNode } from 'react';
import { matchShortcut } from '../../shortcuts.ts';
import { ShortcutContext, type ShortcutHandlers } from './shortcutRegistry.ts';

export function ShortcutProvider({ children }: { children: ReactNode }) {
  const [handlers] = useState<ShortcutHandlers>(() => new Map());

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const shortcut = matchShortcut(event);
      if (!shortcut) return;
      const handler = handlers.get(shortcut.id);
      if (!handler) return;
      event.preventDefault();
      handler();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [handlers]);

  return <ShortcutContext.Provider value={handlers}>{children}</ShortcutContext.Provider>;
}
