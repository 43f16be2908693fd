/** `onEvent(name, cb)`: typed push events over the preload bridge or the browser-mode SSE stream. */
import { getBridge } from './bridge.ts';
import { EventStream } from './eventStream.ts';
import type { ApiEventMap, ApiEventName } from './eventTypes.ts';

export type { ApiEventMap, ApiEventName } from './eventTypes.ts';

let stream: EventStream | null = null;

export function onEvent<K extends ApiEventName>(name: K, callback: (payload: ApiEventMap[K]) => void): () => void {
  const listener = (payload: unknown) => callback(payload as ApiEventMap[K]);
  const bridge = getBridge();
  if (bridge) return bridge.on(name, listener);
  stream ??= new EventStream();
  return stream.subscribe(name, listener);
}
