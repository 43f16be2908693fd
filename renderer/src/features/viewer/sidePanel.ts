/**
 * Which side panels the viewer shows beside the page — the outline (卷内目录) and the page
 * thumbnails — remembered in localStorage, so that a reviewer on a small screen who folds them
 * away keeps the room for the page. The toolbar's ☰ and the B key fold or unfold both; ▦ the
 * thumbnails alone.
 */
export interface SidePanels {
  outline: boolean;
  thumbnails: boolean;
}

const KEY = 'pingcha.viewer.panels.v1';
const SHOWN: SidePanels = { outline: true, thumbnails: true };

export function loadSidePanels(): SidePanels {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(KEY) ?? 'null');
    if (typeof parsed !== 'object' || parsed === null) return SHOWN;
    const { outline, thumbnails } = parsed as Partial<Record<keyof SidePanels, unknown>>;
    return {
      outline: typeof outline === 'boolean' ? outline : true,
      thumbnails: typeof thumbnails === 'boolean' ? thumbnails : true,
    };
  } catch {
    return SHOWN;
  }
}

export function saveSidePanels(panels: SidePanels): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(panels));
  } catch {
    // Storage full or unavailable: the panels are still toggled, just not remembered.
  }
}

/** ☰ / B: folds both away when either shows, else shows both. */
export function toggleBoth(panels: SidePanels): SidePanels {
  const open = !(panels.outline || panels.thumbnails);
  return { outline: open, thumbnails: open };
}

export function toggleThumbnails(panels: SidePanels): SidePanels {
  return { ...panels, thumbnails: !panels.thumbnails };
}
