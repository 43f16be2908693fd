/** Handlers: importing what a door staged (uploads in browser mode, dialog/drop paths in Electron). */
import { AppError } from '../../shared/errors.ts';
import { importPaths } from '../import/importer.ts';
import type { HandlerMap } from './registry.ts';

export const importHandlers = {
  'import:start': (ctx, input) => {
    const paths = ctx.staging.take(input.stagingId);
    if (!paths) throw new AppError('NOT_FOUND', { detail: `staging ${input.stagingId}`, field: 'stagingId' });
    return importPaths(ctx.ws, paths, {
      onConflict: input.onConflict,
      extractor: ctx.extractor,
      onProgress: (p) => ctx.emit('import:progress', p),
    });
  },
} satisfies Partial<HandlerMap>;
