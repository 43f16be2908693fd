/**
 * Where the scan preview (ScanPreview.tsx) puts a page and how large it draws it: the way
 * pdf.js's PDFViewer will, so that pdf.js's canvas lands where the preview was.
 */
import type { DocumentScanPage } from '../../../../shared/api/contract.ts';
import type { ScaleValue } from '../../pdf/scale.ts';

/** pdf.js's PDFViewer: SCROLLBAR_PADDING and VERTICAL_PADDING, in CSS pixels. */
const H_PADDING = 40;
const V_PADDING = 5;
/** PDF points to CSS pixels (pdf.js's PixelsPerInch.PDF_TO_CSS_UNITS). */
const PDF_TO_CSS = 96 / 72;

/**
 * The page's size in CSS pixels as PDFViewer sizes it: `page-width` fits the container's width
 * less its padding, `page-fit` the smaller of width and height, a number is the zoom itself;
 * rounded down as pdf.js's `round(down, …)` does.
 */
export function previewPageSize(
  scan: Pick<DocumentScanPage, 'width' | 'height' | 'rotate'>,
  viewRotation: number,
  scaleValue: ScaleValue,
  container: { clientWidth: number; clientHeight: number },
): { width: number; height: number; rotation: number } {
  const rotation = (((scan.rotate + viewRotation) % 360) + 360) % 360;
  const sideways = rotation % 180 !== 0;
  const w = (sideways ? scan.height : scan.width) * PDF_TO_CSS;
  const h = (sideways ? scan.width : scan.height) * PDF_TO_CSS;
  const widthScale = (container.clientWidth - H_PADDING) / w;
  const heightScale = (container.clientHeight - V_PADDING) / h;
  const scale =
    scaleValue === 'page-width'
      ? widthScale
      : scaleValue === 'page-fit'
        ? Math.min(widthScale, heightScale)
        : scaleValue;
  return { width: Math.floor(scale * w), height: Math.floor(scale * h), rotation };
}
