/** Events the back end pushes to the renderer (IPC `pingcha:event`, or SSE `/api/events`). */
import type { ImportProgress } from './types.ts';

export interface ApiEvents {
  'import:progress': ImportProgress;
}

export type ApiEventName = keyof ApiEvents;
