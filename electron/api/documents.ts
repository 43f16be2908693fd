/** Handlers: document bytes by id (the renderer never sends file paths to read). */
import { AppError } from '../../shared/errors.ts';
import { documentBlob } from '../store/queries/cases.ts';
import type { HandlerMap } from './registry.ts';

export const documentHandlers = {
  'documents:content': (ctx, input) => {
    const blob = documentBlob(ctx.ws.db, input.documentId);
    return new Uint8Array(ctx.ws.files.read(blob.sha256));
  },
  // The schema has checked each begin < end and the limits; only the file knows its size.
  'documents:range': (ctx, input) => {
    const blob = documentBlob(ctx.ws.db, input.documentId);
    const { bytes, size, outside } = ctx.ws.files.readRanges(blob.sha256, input.ranges);
    if (!bytes) {
      const field = `ranges[${outside}].end`;
      throw new AppError('VALIDATION', {
        detail: `documents:range ${field}: ${input.ranges[outside]?.end} > size ${size}`,
        field,
        details: { size },
      });
    }
    return bytes;
  },
} satisfies Partial<HandlerMap>;
