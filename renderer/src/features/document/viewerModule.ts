/**
 * Finds the viewer without a hard import: when features/viewer/DocumentViewer.tsx (exporting
 * `DocumentViewer`) is present it is loaded lazily — keeping pdf.js out of the start-up bundle —
 * and when it is not (a checkout without the viewer work) the glob matches nothing and the
 * desk shows its placeholder instead of failing to build.
 */
import { lazy, type ComponentType } from 'react';
import type { DocumentViewerProps } from './viewerTypes.ts';

interface ViewerModule {
  DocumentViewer: ComponentType<DocumentViewerProps>;
  prewarmViewer?: () => void;
}

const modules = import.meta.glob<ViewerModule>('../viewer/DocumentViewer.tsx');
const load = Object.values(modules)[0];

/** The module once loaded (by `preloadViewer` or by a first render). */
let loaded: ViewerModule | null = null;
let loading: Promise<ViewerModule> | null = null;

function loadModule(): Promise<ViewerModule> {
  loading ??= load!().then(
    (module) => (loaded = module),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

type LazyResult = { default: ComponentType<DocumentViewerProps> };

/**
 * A lazy component that does not suspend when its module is already here. React.lazy suspends
 * on the first render whatever the promise it gets (a resolved promise still settles a task
 * later), and React 19 then holds the revealed content back for up to 300 ms after showing the
 * fallback (its FALLBACK_THROTTLE_MS) — which fell on the first page of the first case opened.
 * A thenable that calls back at once lets React.lazy resolve during that first render.
 */
export const LazyDocumentViewer: ComponentType<DocumentViewerProps> | null = load
  ? lazy(() => {
      const ready = loaded;
      if (ready) {
        const settled: PromiseLike<LazyResult> = {
          then: (onFulfilled) => {
            onFulfilled?.({ default: ready.DocumentViewer });
            return settled as never;
          },
        };
        return settled as Promise<LazyResult>;
      }
      return loadModule().then((module) => ({ default: module.DocumentViewer }));
    })
  : null;

/**
 * Loads the viewer and lets it start its PDF worker ahead of the first case: the worker takes
 * a few hundred milliseconds to start, which would otherwise fall inside the first page's
 * time. Call when the desk is idle; a failure here is left to the viewer's own load.
 */
export function preloadViewer(): void {
  if (!load) return;
  loadModule().then(
    (module) => {
      module.prewarmViewer?.();
      // For the e2e tests and the benchmark: the viewer's code is here (a case opened from now
      // on does not wait for it).
      document.documentElement.dataset.viewerReady = '';
    },
    () => undefined,
  );
}
