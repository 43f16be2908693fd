/** Events the back end pushes to the renderer (IPC `pingcha:event`, or SSE `/api/events`). */
import type { ImportProgress, ReportProgress } from './types.ts';

export interface ApiEvents {
  'import:progress': ImportProgress;
  'reports:progress': ReportProgress;
}

export type ApiEventName = keyof ApiEvents;
