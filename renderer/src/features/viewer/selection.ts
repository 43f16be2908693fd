/**
 * The text the user selected in a page's text layer, for "cite this page" (引用本页). pdf.js
 * splits lines into spans and the browser joins them with line breaks; Chinese has no spaces
 * between words, so breaks between two CJK characters are dropped and other runs of
 * whitespace become one space.
 */
const CJK = '\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef';
const BETWEEN_CJK = new RegExp(`(?<=[${CJK}])\\s+(?=[${CJK}])`, 'gu');

export function normaliseSelectedText(text: string): string {
  return text.replace(BETWEEN_CJK, '').replace(/\s+/g, ' ').trim();
}

export interface PageSelection {
  text: string;
  /** The page the selection starts on, when it is inside a pdf.js page. */
  pageNo: number | null;
}

/** The current selection if it lies inside `root`'s text layers, else null. */
export function selectionInTextLayer(root: HTMLElement): PageSelection | null {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const anchor = selection.anchorNode;
  const element = anchor instanceof Element ? anchor : (anchor?.parentElement ?? null);
  const layer = element?.closest('.textLayer');
  if (!layer || !root.contains(layer)) return null;
  const text = normaliseSelectedText(selection.toString());
  if (!text) return null;
  const page = layer.closest<HTMLElement>('.page[data-page-number]');
  const pageNo = page ? Number(page.dataset.pageNumber) : NaN;
  return { text, pageNo: Number.isInteger(pageNo) ? pageNo : null };
}
