/**
 * The viewer's side panels and strings (renderer/src/features/viewer): the B key, the folded
 * state remembered across launches (and tolerant of what storage holds), and the outline's page
 * counts translated through shared/i18n in both languages.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commandForKey } from '../../renderer/src/features/viewer/keymap.ts';
import {
  loadSidePanels,
  saveSidePanels,
  toggleBoth,
  toggleThumbnails,
} from '../../renderer/src/features/viewer/sidePanel.ts';
import { createViewerT, pageCountText } from '../../renderer/src/features/viewer/strings.ts';
import { SHORTCUTS } from '../../renderer/src/shortcuts.ts';

function key(k: string, init: Partial<KeyboardEventInit> = {}): KeyboardEvent {
  return { key: k, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...init } as KeyboardEvent;
}

describe('side panel key', () => {
  it('B folds the side panels, but not while typing or with a modifier', () => {
    expect(commandForKey(key('b'), false)).toBe('toggleSidePanel');
    expect(commandForKey(key('B', { shiftKey: true }), false)).toBe('toggleSidePanel');
    expect(commandForKey(key('b'), true)).toBeNull();
    expect(commandForKey(key('b', { ctrlKey: true }), false)).toBeNull();
  });

  it('is listed in the shortcut legend under the viewer', () => {
    const entry = SHORTCUTS.find((shortcut) => shortcut.id === 'sidePanel');
    expect(entry?.scope).toBe('viewer');
    expect(entry?.chords.map((chord) => chord.key)).toEqual(['b']);
  });
});

describe('side panels remembered', () => {
  const store = new Map<string, string>();
  beforeEach(() => {
    store.clear();
    (globalThis as { localStorage?: unknown }).localStorage = {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
    };
  });
  afterEach(() => {
    delete (globalThis as { localStorage?: unknown }).localStorage;
  });

  it('shows both panels the first time', () => {
    expect(loadSidePanels()).toEqual({ outline: true, thumbnails: true });
  });

  it('folds both away and brings both back; the thumbnails also alone', () => {
    const folded = toggleBoth({ outline: true, thumbnails: false });
    expect(folded).toEqual({ outline: false, thumbnails: false });
    expect(toggleBoth(folded)).toEqual({ outline: true, thumbnails: true });
    expect(toggleThumbnails({ outline: true, thumbnails: true })).toEqual({ outline: true, thumbnails: false });
  });

  it('reads back what was saved', () => {
    saveSidePanels({ outline: false, thumbnails: true });
    expect(loadSidePanels()).toEqual({ outline: false, thumbnails: true });
  });

  it('falls back to shown for anything else in storage', () => {
    store.set('pingcha.viewer.panels.v1', '{not json');
    expect(loadSidePanels()).toEqual({ outline: true, thumbnails: true });
    store.set('pingcha.viewer.panels.v1', JSON.stringify({ outline: 'no', thumbnails: false }));
    expect(loadSidePanels()).toEqual({ outline: true, thumbnails: false });
  });
});

describe('viewer strings', () => {
  it('counts pages in Chinese without an English plural', () => {
    const t = createViewerT('zh-CN');
    expect(pageCountText(t, 1)).toBe('1 页');
    expect(pageCountText(t, 12)).toBe('12 页');
    expect(t('outline')).toBe('卷内目录');
  });

  it('counts pages in English with one page singular', () => {
    const t = createViewerT('en');
    expect(pageCountText(t, 1)).toBe('1 page');
    expect(pageCountText(t, 3)).toBe('3 pages');
  });
});
