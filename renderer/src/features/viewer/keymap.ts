/**
 * The viewer's keyboard shortcuts, active while focus is inside the pane. Keys that would
 * type text are ignored while an input has focus (the find box and the page box), except
 * Escape and Ctrl+F.
 */
export type ViewerCommand =
  | 'nextPage'
  | 'prevPage'
  | 'find'
  | 'closeFind'
  | 'zoomIn'
  | 'zoomOut'
  | 'fitWidth'
  | 'rotate'
  | 'cite'
  | 'toggleSidePanel';

export function commandForKey(event: KeyboardEvent, inInput: boolean): ViewerCommand | null {
  const mod = event.ctrlKey || event.metaKey;
  if (mod && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'f') return 'find';
  if (event.key === 'Escape') return 'closeFind';
  if (inInput || mod || event.altKey) return null;
  switch (event.key) {
    case 'PageDown':
    case 'ArrowRight':
      return 'nextPage';
    case 'PageUp':
    case 'ArrowLeft':
      return 'prevPage';
    case '+':
    case '=':
      return 'zoomIn';
    case '-':
    case '_':
      return 'zoomOut';
    case '0':
      return 'fitWidth';
    case 'r':
    case 'R':
      return 'rotate';
    case 'c':
    case 'C':
      return 'cite';
    case 'b':
    case 'B':
      return 'toggleSidePanel';
    default:
      return null;
  }
}

export function isTextInput(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.tagName === 'INPUT' || target.tagName === 'TEXTAREA';
}
