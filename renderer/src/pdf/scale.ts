/** A zoom: fitted to the pane's width, to the whole page, or a factor (1 = 100 %). */
export type ScaleValue = 'page-width' | 'page-fit' | number;
