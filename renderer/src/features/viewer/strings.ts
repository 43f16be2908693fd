/**
 * The viewer's visible strings come from the `viewer` section of shared/i18n (zh and en); the
 * viewer translates through `createViewerT` so that its components name keys within that
 * section only.
 */
import { createT, type Lang, type Messages } from '../../../../shared/i18n/index.ts';

export type ViewerLang = Lang;
export type ViewerStringKey = keyof Messages['viewer'];
export type ViewerT = (key: ViewerStringKey, params?: Record<string, string | number>) => string;

export function createViewerT(lang: ViewerLang): ViewerT {
  const t = createT(lang);
  return (key, params) => t(`viewer.${key}`, params);
}

/** "1 页" / "3 页"; in English "1 page" / "3 pages". */
export function pageCountText(t: ViewerT, count: number): string {
  return t(count === 1 ? 'pagesOne' : 'pages', { count });
}
