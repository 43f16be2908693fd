/**
 * previewPageSize: the scan preview sizes the page as PDFViewer will (pdf.js's 40 px side and
 * 5 px top padding, 96/72 px per point, rounded down), for each zoom kind and rotation — so
 * that pdf.js's canvas lands where the preview was (the e2e checks that on screen).
 */
import { describe, expect, it } from 'vitest';
import { previewPageSize } from '../../renderer/src/features/viewer/previewLayout.ts';

const A4 = { width: 595.28, height: 841.89, rotate: 0 };
const pane = { clientWidth: 840, clientHeight: 700 };

describe('previewPageSize', () => {
  it('fits the width, the whole page, or takes the zoom as it is', () => {
    // 800 px less float rounding (pdf.js rounds down the same product, in CSS).
    const width = previewPageSize(A4, 0, 'page-width', pane);
    expect(width.width).toBeGreaterThanOrEqual(799);
    expect(width.width).toBeLessThanOrEqual(800);
    expect(width.height).toBe(Math.floor((800 / 595.28) * 841.89));
    const fit = previewPageSize(A4, 0, 'page-fit', pane);
    expect(fit.height).toBe(695); // 700 less pdf.js's 5 px
    expect(fit.width).toBe(Math.floor((695 / 841.89) * 595.28));
    expect(previewPageSize(A4, 0, 1, pane)).toEqual({ width: 793, height: 1122, rotation: 0 }); // 100 %
  });

  it("turns the page by its own /Rotate and the reviewer's rotation together", () => {
    const turned = previewPageSize({ ...A4, rotate: 90 }, 0, 'page-width', pane);
    expect(turned.rotation).toBe(90);
    expect(Math.abs(turned.width - 800)).toBeLessThanOrEqual(1);
    expect(turned.height).toBe(Math.floor((800 / 841.89) * 595.28));
    expect(previewPageSize({ ...A4, rotate: 90 }, 270, 1, pane)).toEqual({ width: 793, height: 1122, rotation: 0 });
    expect(previewPageSize(A4, 180, 1, pane).rotation).toBe(180);
  });
});
