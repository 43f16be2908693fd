/** Handlers: document bytes by id (the renderer never sends file paths to read). */
import { AppError } from '../../shared/errors.ts';
import { documentBlob } from '../store/queries/cases.ts';
import type { HandlerMap } from './registry.ts';

export const documentHandlers = {
  'documents:content': (ctx, input) => {
    const blob = documentBlob(ctx.ws.db, input.documentId);
    return new Uint8Array(ctx.ws.files.read(blob.sha256));
  },
  // The schema has checked begin < end and the chunk limit; only the file knows its size.
  'documents:range': (ctx, input) => {
    const blob = documentBlob(ctx.ws.db, input.documentId);
    const { bytes, size } = ctx.ws.files.readRange(blob.sha256, input.begin, input.end);
    if (!bytes) {
      throw new AppError('VALIDATION', {
        detail: `documents:range end: ${input.end} > size ${size}`,
        field: 'end',
        details: { size },
      });
    }
    return bytes;
  },
} satisfies Partial<HandlerMap>;
