/** Events the back end pushes to the renderer (defined once in shared/api/events.ts). */
import type { ApiEvents } from '../../../shared/api/events.ts';

export type ApiEventMap = ApiEvents;
export type ApiEventName = keyof ApiEventMap;
