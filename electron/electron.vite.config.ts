// electron-vite build of the desktop app: main (+ the API, reader and extraction workers as their own
// entries, loaded by URL beside the main bundle), the sandboxed preload (one CJS file), and the
// renderer (same Vite config as browser mode).
import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import rendererConfig from '../renderer/vite.config.ts';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');

export default defineConfig({
  main: {
    build: {
      outDir: resolve(root, 'out/main'),
      externalizeDeps: true,
      rollupOptions: {
        input: {
          index: resolve(root, 'electron/main.ts'),
          worker: resolve(root, 'electron/api/worker.ts'),
          readWorker: resolve(root, 'electron/api/readWorker.ts'),
          extractWorker: resolve(root, 'electron/import/extractWorker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: resolve(root, 'out/preload'),
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(root, 'electron/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    ...rendererConfig,
    root: resolve(root, 'renderer'),
    build: {
      ...(rendererConfig.build ?? {}),
      outDir: resolve(root, 'out/renderer'),
      rollupOptions: { input: resolve(root, 'renderer/index.html') },
    },
  },
});
