/**
 * The keyboard shortcut table. One list drives both the key handling (`matchShortcut`) and the
 * legend dialog, so what the legend says is what the keys do. Entries handled by a component
 * itself (the case list, the viewer) are listed for the legend only.
 */
import type { MessageKey } from '../../shared/i18n/index.ts';

export interface Chord {
  /** `KeyboardEvent.key`, compared case-insensitively for letters. */
  key: string;
  /** Ctrl on Windows/Linux; Cmd also accepted so the table works on a Mac in development. */
  ctrl?: boolean;
  alt?: boolean;
  /** What the legend shows. */
  label: string;
}

export type ShortcutScope = 'global' | 'list' | 'viewer' | 'checklist';

export interface Shortcut {
  id: ShortcutId;
  scope: ShortcutScope;
  chords: readonly Chord[];
  label: MessageKey;
  /** Global shortcuts the viewer keeps for itself while focus is inside it. */
  notInViewer?: boolean;
}

export type ShortcutId =
  | 'nextCase'
  | 'prevCase'
  | 'focusSearch'
  | 'openImport'
  | 'legend'
  | 'viewDesk'
  | 'viewCampaigns'
  | 'viewRectifications'
  | 'viewDashboard'
  | 'viewSettings'
  | 'saveNext'
  | 'listMove'
  | 'listOpen'
  | 'listEdges'
  | 'listPage'
  | 'pageNext'
  | 'pagePrev'
  | 'findInDocument'
  | 'sidePanel'
  | 'nextItem'
  | 'prevItem'
  | 'itemOption'
  | 'itemOk'
  | 'itemNa'
  | 'itemNote';

export const SHORTCUTS: readonly Shortcut[] = [
  {
    id: 'nextCase',
    scope: 'global',
    label: 'shortcuts.nextCase',
    chords: [
      { key: 'j', label: 'J' },
      { key: 'ArrowDown', alt: true, label: 'Alt+↓' },
    ],
  },
  {
    id: 'prevCase',
    scope: 'global',
    label: 'shortcuts.prevCase',
    chords: [
      { key: 'k', label: 'K' },
      { key: 'ArrowUp', alt: true, label: 'Alt+↑' },
    ],
  },
  {
    id: 'focusSearch',
    scope: 'global',
    label: 'shortcuts.focusSearch',
    notInViewer: true,
    chords: [
      { key: '/', label: '/' },
      { key: 'f', ctrl: true, label: 'Ctrl+F' },
    ],
  },
  {
    id: 'openImport',
    scope: 'global',
    label: 'shortcuts.openImport',
    chords: [{ key: 'o', ctrl: true, label: 'Ctrl+O' }],
  },
  {
    id: 'saveNext',
    scope: 'global',
    label: 'shortcuts.saveNext',
    chords: [{ key: 'Enter', ctrl: true, label: 'Ctrl+Enter' }],
  },
  {
    id: 'nextItem',
    scope: 'global',
    label: 'shortcuts.nextItem',
    chords: [{ key: ']', label: ']' }],
  },
  {
    id: 'prevItem',
    scope: 'global',
    label: 'shortcuts.prevItem',
    chords: [{ key: '[', label: '[' }],
  },
  { id: 'legend', scope: 'global', label: 'shortcuts.legend', chords: [{ key: '?', label: '?' }] },
  // Alt+digit: Ctrl+digit belongs to the browser's tabs in browser mode.
  { id: 'viewDesk', scope: 'global', label: 'shortcuts.viewDesk', chords: [{ key: '1', alt: true, label: 'Alt+1' }] },
  {
    id: 'viewCampaigns',
    scope: 'global',
    label: 'shortcuts.viewCampaigns',
    chords: [{ key: '2', alt: true, label: 'Alt+2' }],
  },
  {
    id: 'viewRectifications',
    scope: 'global',
    label: 'shortcuts.viewRectifications',
    chords: [{ key: '3', alt: true, label: 'Alt+3' }],
  },
  {
    id: 'viewDashboard',
    scope: 'global',
    label: 'shortcuts.viewDashboard',
    chords: [{ key: '4', alt: true, label: 'Alt+4' }],
  },
  {
    id: 'viewSettings',
    scope: 'global',
    label: 'shortcuts.viewSettings',
    chords: [{ key: '5', alt: true, label: 'Alt+5' }],
  },
  {
    id: 'listMove',
    scope: 'list',
    label: 'shortcuts.listMove',
    chords: [
      { key: 'ArrowUp', label: '↑' },
      { key: 'ArrowDown', label: '↓' },
    ],
  },
  { id: 'listOpen', scope: 'list', label: 'shortcuts.listOpen', chords: [{ key: 'Enter', label: 'Enter' }] },
  {
    id: 'listEdges',
    scope: 'list',
    label: 'shortcuts.listEdges',
    chords: [
      { key: 'Home', label: 'Home' },
      { key: 'End', label: 'End' },
    ],
  },
  {
    id: 'listPage',
    scope: 'list',
    label: 'shortcuts.listPage',
    chords: [
      { key: 'PageUp', label: 'PageUp' },
      { key: 'PageDown', label: 'PageDown' },
    ],
  },
  {
    id: 'pageNext',
    scope: 'viewer',
    label: 'shortcuts.pageNext',
    chords: [
      { key: 'PageDown', label: 'PageDown' },
      { key: 'ArrowRight', label: '→' },
    ],
  },
  {
    id: 'pagePrev',
    scope: 'viewer',
    label: 'shortcuts.pagePrev',
    chords: [
      { key: 'PageUp', label: 'PageUp' },
      { key: 'ArrowLeft', label: '←' },
    ],
  },
  {
    id: 'findInDocument',
    scope: 'viewer',
    label: 'shortcuts.findInDocument',
    chords: [{ key: 'f', ctrl: true, label: 'Ctrl+F' }],
  },
  { id: 'sidePanel', scope: 'viewer', label: 'shortcuts.sidePanel', chords: [{ key: 'b', label: 'B' }] },
  // Handled by the checklist pane while focus is inside it (ChecklistPane's onKeyDown).
  { id: 'itemOption', scope: 'checklist', label: 'shortcuts.itemOption', chords: [{ key: '1', label: '1–9' }] },
  { id: 'itemOk', scope: 'checklist', label: 'shortcuts.itemOk', chords: [{ key: '0', label: '0' }] },
  { id: 'itemNa', scope: 'checklist', label: 'shortcuts.itemNa', chords: [{ key: 'x', label: 'X' }] },
  { id: 'itemNote', scope: 'checklist', label: 'shortcuts.itemNote', chords: [{ key: 'e', label: 'E' }] },
];

/** Marks the viewer's subtree; shortcuts with `notInViewer` stand aside while focus is inside. */
export const VIEWER_SCOPE_ATTR = 'data-shortcut-scope';
export const VIEWER_SCOPE_VALUE = 'viewer';

function chordMatches(chord: Chord, event: KeyboardEvent): boolean {
  const ctrl = event.ctrlKey || event.metaKey;
  if (Boolean(chord.ctrl) !== ctrl || Boolean(chord.alt) !== event.altKey) return false;
  // Shift is not compared: '?' needs it on most layouts, and J with Caps Lock arrives as 'J'.
  // Digits by their key position too: Alt+1 types another character on some layouts.
  if (/^[0-9]$/.test(chord.key) && event.code === `Digit${chord.key}`) return true;
  return chord.key.length === 1 ? event.key.toLowerCase() === chord.key : event.key === chord.key;
}

function isTextEntry(target: Element | null): boolean {
  if (!target) return false;
  if (target instanceof HTMLElement && target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'file'].includes(target.type);
  }
  return false;
}

/**
 * The global shortcut a key event stands for, or null. Plain keys (J, /, ?) are ignored while
 * typing in a field; anything inside an open dialog belongs to the dialog.
 */
export function matchShortcut(event: KeyboardEvent): Shortcut | null {
  if (event.defaultPrevented || event.isComposing) return null;
  const target = event.target instanceof Element ? event.target : null;
  if (target?.closest('dialog[open]')) return null;
  const typing = isTextEntry(target);
  const inViewer = Boolean(target?.closest(`[${VIEWER_SCOPE_ATTR}="${VIEWER_SCOPE_VALUE}"]`));
  for (const shortcut of SHORTCUTS) {
    if (shortcut.scope !== 'global') continue;
    if (shortcut.notInViewer && inViewer) continue;
    for (const chord of shortcut.chords) {
      if (typing && !chord.ctrl && !chord.alt) continue;
      if (chordMatches(chord, event)) return shortcut;
    }
  }
  return null;
}
