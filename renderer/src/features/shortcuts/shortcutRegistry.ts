/**
 * Components register what a global shortcut does where they live (the checklist pane owns
 * "save & next", the app owns "next case"), and one window listener dispatches by the table.
 */
import { createContext, useContext, useEffect } from 'react';
import type { ShortcutId } from '../../shortcuts.ts';

export type ShortcutHandlers = Map<ShortcutId, () => void>;

export const ShortcutContext = createContext<ShortcutHandlers>(new Map());

/** Makes `handler` what the shortcut `id` does while the calling component is mounted. */
export function useShortcut(id: ShortcutId, handler: (() => void) | null): void {
  const handlers = useContext(ShortcutContext);
  useEffect(() => {
    if (!handler) return undefined;
    handlers.set(id, handler);
    return () => {
      if (handlers.get(id) === handler) handlers.delete(id);
    };
  }, [handlers, id, handler]);
}
