/**
 * Renderer build: root is renderer/, output goes to out/renderer with relative asset URLs (the
 * same files are loaded by Electron and served by the browser-mode bridge).
 */
import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv, type Plugin, type ProxyOptions } from 'vite';
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

/**
 * `PINGCHA_API=<launch URL printed by pingcha serve> npx vite --config renderer/vite.config.ts`
 * lets the dev server (with Fast Refresh) talk to a running bridge: the token rides in the
 * `x-pingcha-token` header, and the dev origin is dropped because the bridge only accepts its own.
 */
function apiProxy(launchUrl: string | undefined): Record<string, ProxyOptions> | undefined {
  if (!launchUrl) return undefined;
  const url = new URL(launchUrl);
  return {
    '/api': {
      target: url.origin,
      changeOrigin: true,
      headers: { 'x-pingcha-token': url.searchParams.get('token') ?? '' },
      configure: (proxy) => proxy.on('proxyReq', (request) => request.removeHeader('origin')),
    },
  };
}

export default defineConfig(({ mode }) => ({
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
    proxy: apiProxy(loadEnv(mode, root, 'PINGCHA_').PINGCHA_API),
  },
}));
