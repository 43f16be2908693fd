/** ↑/↓ (and Home/End) move the choice in a list box of the settings page. */
import type { KeyboardEvent } from 'react';

export function listKeyHandler<T>(
  items: readonly T[],
  selectedIndex: number,
  onSelect: (item: T) => void,
): (event: KeyboardEvent<HTMLElement>) => void {
  return (event) => {
    const last = items.length - 1;
    const next =
      event.key === 'ArrowDown'
        ? selectedIndex + 1
        : event.key === 'ArrowUp'
          ? selectedIndex - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null;
    if (next === null) return;
    event.preventDefault();
    const item = items[Math.min(last, Math.max(0, next))];
    if (item !== undefined) onSelect(item);
  };
}
