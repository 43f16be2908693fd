/** Zoom arithmetic for pictures, mirroring pdf.js's 'page-width' / 'page-fit' presets. */
import type { ScaleValue } from '../../pdf/pdfSession.ts';

export const MIN_SCALE = 0.1;
export const MAX_SCALE = 10;
const STEP = 1.25;
/** Room for the page's margin and a scroll bar, as pdf.js leaves. */
const PADDING = 24;

export interface Size {
  width: number;
  height: number;
}

export function rotatedSize(natural: Size, rotation: number): Size {
  return rotation % 180 === 0 ? natural : { width: natural.height, height: natural.width };
}

export function resolveScale(value: ScaleValue, natural: Size, rotation: number, box: Size): number {
  if (typeof value === 'number') return value;
  const shown = rotatedSize(natural, rotation);
  if (shown.width <= 0 || shown.height <= 0) return 1;
  const byWidth = Math.max(box.width - PADDING, 1) / shown.width;
  if (value === 'page-width') return byWidth;
  return Math.min(byWidth, Math.max(box.height - PADDING, 1) / shown.height);
}

export function stepScale(scale: number, direction: 1 | -1): number {
  const next = direction > 0 ? scale * STEP : scale / STEP;
  return Math.min(MAX_SCALE, Math.max(MIN_SCALE, Math.round(next * 100) / 100));
}
