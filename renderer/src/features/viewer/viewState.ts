/**
 * Last page, zoom and rotation per document, kept in localStorage under the document's
 * SHA-256: the same file imported into two cases (or re-imported) reopens where it was left.
 * The store is bounded (oldest entries dropped) and tolerant of anything it finds.
 */
import type { ScaleValue } from '../../pdf/pdfSession.ts';

export interface ViewState {
  pageNo: number;
  scaleValue: ScaleValue;
  rotation: number;
}

const KEY = 'pingcha.viewer.state.v1';
const MAX_ENTRIES = 500;

type Stored = Record<string, ViewState & { at: number }>;

function readAll(): Stored {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(KEY) ?? '{}');
    return typeof parsed === 'object' && parsed !== null ? (parsed as Stored) : {};
  } catch {
    return {};
  }
}

function isScaleValue(value: unknown): value is ScaleValue {
  return value === 'page-width' || value === 'page-fit' || (typeof value === 'number' && value > 0 && value <= 10);
}

export function loadViewState(sha256: string): ViewState | null {
  const entry = readAll()[sha256];
  if (!entry || typeof entry !== 'object') return null;
  const { pageNo, scaleValue, rotation } = entry;
  if (!Number.isInteger(pageNo) || pageNo < 1 || !isScaleValue(scaleValue)) return null;
  return { pageNo, scaleValue, rotation: [0, 90, 180, 270].includes(rotation) ? rotation : 0 };
}

export function saveViewState(sha256: string, state: ViewState): void {
  const all = readAll();
  all[sha256] = { ...state, at: Date.now() };
  const keys = Object.keys(all);
  if (keys.length > MAX_ENTRIES) {
    keys
      .sort((a, b) => (all[a]?.at ?? 0) - (all[b]?.at ?? 0))
      .slice(0, keys.length - MAX_ENTRIES)
      .forEach((key) => delete all[key]);
  }
  try {
    localStorage.setItem(KEY, JSON.stringify(all));
  } catch {
    // Storage full or disabled: remembering the page is a convenience, not worth an error.
  }
}
