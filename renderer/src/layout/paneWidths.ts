/** Widths of the two side panes, clamped to sensible bounds and remembered between sessions. */
import { useCallback, useEffect, useState } from 'react';
import { readSetting, writeSetting } from '../settings.ts';

export type PaneSide = 'left' | 'right';

/** `share`: of the window's width at most, before the user drags (the document keeps the rest). */
export const PANE_LIMITS: Record<PaneSide, { min: number; max: number; initial: number; share: number }> = {
  left: { min: 300, max: 760, initial: 440, share: 0.3 },
  right: { min: 300, max: 720, initial: 380, share: 0.27 },
};

const KEY = 'layout.panes';

export type PaneWidths = Record<PaneSide, number>;

export function clampWidth(side: PaneSide, width: number): number {
  const { min, max } = PANE_LIMITS[side];
  return Math.round(Math.min(max, Math.max(min, width)));
}

function initialWidths(): PaneWidths {
  const stored = readSetting<Partial<PaneWidths>>(KEY, {});
  const fitted = (side: PaneSide) =>
    clampWidth(side, Math.min(PANE_LIMITS[side].initial, window.innerWidth * PANE_LIMITS[side].share));
  const pick = (side: PaneSide) => (typeof stored[side] === 'number' ? clampWidth(side, stored[side]) : fitted(side));
  return { left: pick('left'), right: pick('right') };
}

export function usePaneWidths(): [PaneWidths, (side: PaneSide, width: number) => void] {
  const [widths, setWidths] = useState<PaneWidths>(initialWidths);

  // Saved shortly after the last change, so a drag writes storage once rather than per frame.
  useEffect(() => {
    const timer = window.setTimeout(() => writeSetting(KEY, widths), 250);
    return () => window.clearTimeout(timer);
  }, [widths]);

  const setWidth = useCallback((side: PaneSide, width: number) => {
    setWidths((current) => ({ ...current, [side]: clampWidth(side, width) }));
  }, []);

  return [widths, setWidth];
}
