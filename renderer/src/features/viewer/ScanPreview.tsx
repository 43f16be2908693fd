/**
 * A scanned page shown from its own JPEG while pdf.js is still loading the document (a large
 * scan: pdf.js reads the whole page tree before it draws page 1). The page is laid out the way
 * PDFViewer will lay it out — same container, same `.pdfViewer .page` box, the same fitted
 * scale — so that pdf.js's canvas replaces it in place when it is painted (PdfPane then drops
 * this). The JPEG is decoded off the main thread, at about the size shown (scanDecode.ts),
 * before it is put on screen.
 */
import { useLayoutEffect, useRef } from 'react';
import { useLatest } from './useLatest.ts';
import type { DocumentScanPage } from '../../../../shared/api/contract.ts';
import type { ScaleValue } from '../../pdf/pdfSession.ts';
import { previewPageSize } from './previewLayout.ts';
import type { DecodedPicture } from '../../pdf/scanDecode.ts';

export interface ScanPreviewImage {
  documentId: number;
  scan: DocumentScanPage;
  /** The JPEG, decoded at about the size it is shown at (scanDecode.ts). */
  picture: DecodedPicture;
}

export function ScanPreview({
  image,
  scaleValue,
  rotation,
  onShown,
}: {
  image: ScanPreviewImage;
  scaleValue: ScaleValue;
  rotation: number;
  /** Called on the first animation frame with the page on screen. */
  onShown: () => void;
}) {
  const containerRef = useRef<HTMLDivElement>(null);
  const pageRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const shownRef = useLatest(onShown);

  // Sized from the container before the browser paints, so that the page never shows at a
  // wrong size first.
  useLayoutEffect(() => {
    const container = containerRef.current;
    const page = pageRef.current;
    const canvas = canvasRef.current;
    if (!container || !page || !canvas) return;
    const size = previewPageSize(image.scan, rotation, scaleValue, container);
    page.style.width = `${size.width}px`;
    page.style.height = `${size.height}px`;
    // PDFViewer scrolls the page it opens at to the top: its border's inner edge at the
    // container's top edge (above it, the viewer's padding, the page's margin and border).
    const pages = page.parentElement!;
    pages.style.transform = `translateY(${-(page.offsetTop - pages.offsetTop + page.clientTop)}px)`;
    // Drawn at the screen's resolution, turned as the page will be.
    const context = canvas.getContext('2d');
    if (!context) return;
    const ratio = window.devicePixelRatio || 1;
    canvas.width = Math.max(1, Math.round(size.width * ratio));
    canvas.height = Math.max(1, Math.round(size.height * ratio));
    canvas.style.width = `${size.width}px`;
    canvas.style.height = `${size.height}px`;
    const sideways = size.rotation % 180 !== 0;
    const w = sideways ? canvas.height : canvas.width;
    const h = sideways ? canvas.width : canvas.height;
    context.translate(canvas.width / 2, canvas.height / 2);
    context.rotate((size.rotation * Math.PI) / 180);
    context.drawImage(image.picture, -w / 2, -h / 2, w, h);
    const frame = requestAnimationFrame(() => shownRef.current());
    return () => cancelAnimationFrame(frame);
  }, [image, scaleValue, rotation, shownRef]);

  return (
    <div ref={containerRef} className="pc-viewer-container pc-scan-preview" data-testid="scan-preview" aria-hidden>
      <div className="pdfViewer">
        <div ref={pageRef} className="page">
          <canvas ref={canvasRef} className="pc-scan-preview-image" />
        </div>
      </div>
    </div>
  );
}
