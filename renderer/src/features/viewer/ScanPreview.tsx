/**
 * A scanned page shown from its own JPEG while pdf.js is still loading the document (a large
 * scan: pdf.js reads the whole page tree before it draws page 1). The page is laid out the way
 * PDFViewer will lay it out — same container, same `.pdfViewer .page` box, the same fitted
 * scale — so that pdf.js's canvas replaces it in place when it is painted (PdfPane then drops
 * this). The JPEG arrives decoded (scanDecode.ts, off the main thread) as an image element,
 * which the compositor scales and turns: nothing of it is drawn on the main thread.
 */
import { useLayoutEffect, useRef } from 'react';
import { useLatest } from './useLatest.ts';
import type { DocumentScanPage } from '../../../../shared/api/contract.ts';
import type { ScaleValue } from '../../pdf/pdfSession.ts';
import { previewPageSize } from './previewLayout.ts';

export interface ScanPreviewImage {
  documentId: number;
  scan: DocumentScanPage;
  /** The JPEG, decoded. */
  picture: HTMLImageElement;
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
  const pictureRef = useRef<HTMLDivElement>(null);
  const shownRef = useLatest(onShown);

  // Sized from the container before the browser paints, so that the page never shows at a
  // wrong size first.
  useLayoutEffect(() => {
    const container = containerRef.current;
    const page = pageRef.current;
    const holder = pictureRef.current;
    if (!container || !page || !holder) return;
    const size = previewPageSize(image.scan, rotation, scaleValue, container);
    page.style.width = `${size.width}px`;
    page.style.height = `${size.height}px`;
    // PDFViewer scrolls the page it opens at to the top: its border's inner edge at the
    // container's top edge (above it, the viewer's padding, the page's margin and border).
    const pages = page.parentElement!;
    pages.style.transform = `translateY(${-(page.offsetTop - pages.offsetTop + page.clientTop)}px)`;
    // The picture in the JPEG's own orientation, centred on the page and turned as the page is.
    const sideways = size.rotation % 180 !== 0;
    const width = sideways ? size.height : size.width;
    const height = sideways ? size.width : size.height;
    holder.style.width = `${width}px`;
    holder.style.height = `${height}px`;
    holder.style.transform = `translate(${(size.width - width) / 2}px, ${(size.height - height) / 2}px) rotate(${size.rotation}deg)`;
    if (holder.firstChild !== image.picture) holder.replaceChildren(image.picture);
    const frame = requestAnimationFrame(() => shownRef.current());
    return () => cancelAnimationFrame(frame);
  }, [image, scaleValue, rotation, shownRef]);

  return (
    <div ref={containerRef} className="pc-viewer-container pc-scan-preview" data-testid="scan-preview" aria-hidden>
      <div className="pdfViewer">
        <div ref={pageRef} className="page">
          <div ref={pictureRef} className="pc-scan-preview-image" />
        </div>
      </div>
    </div>
  );
}
