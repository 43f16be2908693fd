/**
 * Events the back end pushes to the renderer. Mirrors `ApiEvents` of electron/api/context.ts,
 * which the renderer may not import; it belongs in shared/api once the Node side moves it.
 */
import type { ImportProgress } from '../../../shared/api/types.ts';

export interface ApiEventMap {
  'import:progress': ImportProgress;
}

export type ApiEventName = keyof ApiEventMap;
