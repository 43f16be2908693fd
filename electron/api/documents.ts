/** Handlers: document bytes by id (the renderer never sends file paths to read). */
import { documentBlob } from '../store/queries/cases.ts';
import type { HandlerMap } from './registry.ts';

export const documentHandlers = {
  'documents:content': (ctx, input) => {
    const blob = documentBlob(ctx.ws.db, input.documentId);
    return new Uint8Array(ctx.ws.files.read(blob.sha256));
  },
} satisfies Partial<HandlerMap>;
