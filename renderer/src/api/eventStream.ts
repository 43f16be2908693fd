/**
 * Browser-mode events: one `GET /api/events` Server-Sent-Events stream read with fetch (so the
 * auth cookie and abort work the same as for calls), reconnected with capped backoff while
 * anyone listens and closed when the last listener leaves.
 */
import { apiFetch } from './httpTransport.ts';
import { SseParser } from './sseParser.ts';

type Listener = (payload: unknown) => void;

const BACKOFF_MS = [500, 1000, 2000, 5000, 10000];

export class EventStream {
  private readonly listeners = new Map<string, Set<Listener>>();
  private controller: AbortController | null = null;

  subscribe(event: string, listener: Listener): () => void {
    let set = this.listeners.get(event);
    if (!set) {
      set = new Set();
      this.listeners.set(event, set);
    }
    set.add(listener);
    if (!this.controller) this.start();
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(event);
      if (this.listeners.size === 0) this.stop();
    };
  }

  private dispatch(event: string, data: string): void {
    const set = this.listeners.get(event);
    if (!set) return;
    let payload: unknown;
    try {
      payload = JSON.parse(data);
    } catch {
      payload = data;
    }
    for (const listener of [...set]) listener(payload);
  }

  private start(): void {
    const controller = new AbortController();
    this.controller = controller;
    void this.run(controller.signal);
  }

  private stop(): void {
    this.controller?.abort();
    this.controller = null;
  }

  private async run(signal: AbortSignal): Promise<void> {
    let attempt = 0;
    while (!signal.aborted) {
      try {
        const response = await apiFetch('events', { headers: { accept: 'text/event-stream' }, signal });
        if (response.ok && response.body) {
          attempt = 0;
          await this.read(response.body, signal);
        }
      } catch {
        // Network errors and aborts end this attempt; the loop decides whether to retry.
      }
      if (signal.aborted) return;
      const delay = BACKOFF_MS[Math.min(attempt, BACKOFF_MS.length - 1)] ?? 10000;
      attempt += 1;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, delay);
        signal.addEventListener(
          'abort',
          () => {
            clearTimeout(timer);
            resolve();
          },
          { once: true },
        );
      });
    }
  }

  private async read(body: ReadableStream<Uint8Array>, signal: AbortSignal): Promise<void> {
    const reader = body.getReader();
    const decoder = new TextDecoder();
    const parser = new SseParser((message) => this.dispatch(message.event, message.data));
    const cancel = () => void reader.cancel().catch(() => undefined);
    signal.addEventListener('abort', cancel, { once: true });
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        parser.push(decoder.decode(value, { stream: true }));
      }
    } finally {
      signal.removeEventListener('abort', cancel);
    }
  }
}
