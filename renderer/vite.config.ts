/**
 * Renderer build: root is renderer/, output goes to out/renderer with relative asset URLs (the
 * same files are loaded by Electron and served by the browser-mode bridge).
 */
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { pdfjsAssets } from './vite/pdfjsAssets.ts';

const root = import.meta.dirname;

/**
 * The dev server's React Fast Refresh needs an inline preamble script, which index.html's CSP
 * (script-src 'self') refuses. Only the dev server gets the inline allowance; builds keep the
 * strict policy byte for byte.
 */
function devCsp(): Plugin {
  return {
    name: 'pingcha:dev-csp',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'"),
  };
}

export default defineConfig({
  root,
  base: './',
  plugins: [react(), pdfjsAssets(), devCsp()],
  build: {
    outDir: `${root}/../out/renderer`,
    emptyOutDir: true,
    target: 'chrome130',
    sourcemap: true,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    host: '127.0.0.1',
    strictPort: true,
    fs: { allow: [`${root}/..`] },
  },
});
