/**
 * Finds the viewer without a hard import: when features/viewer/DocumentViewer.tsx (exporting
 * `DocumentViewer`) is present it is loaded lazily — keeping pdf.js out of the start-up bundle —
 * and when it is not (a checkout without the viewer work) the glob matches nothing and the
 * desk shows its placeholder instead of failing to build.
 */
import { lazy, type ComponentType } from 'react';
import type { DocumentViewerProps } from './viewerTypes.ts';

const modules = import.meta.glob<{
  DocumentViewer: ComponentType<DocumentViewerProps>;
  prewarmViewer?: () => void;
}>('../viewer/DocumentViewer.tsx');
const load = Object.values(modules)[0];

export const LazyDocumentViewer: ComponentType<DocumentViewerProps> | null = load
  ? lazy(() => load().then((module) => ({ default: module.DocumentViewer })))
  : null;

/**
 * Loads the viewer and lets it start its PDF worker ahead of the first case: the worker takes
 * a few hundred milliseconds to start, which would otherwise fall inside the first page's
 * time. Call when the desk is idle; a failure here is left to the viewer's own load.
 */
export function preloadViewer(): void {
  load?.().then(
    (module) => module.prewarmViewer?.(),
    () => undefined,
  );
}
