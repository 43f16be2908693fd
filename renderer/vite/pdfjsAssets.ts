/* eslint-disable no-restricted-imports -- build-time Vite plugin: runs in Node, never in the renderer bundle */
/**
 * Ships pdf.js's binary resources next to the renderer: CMaps (Chinese text in non-embedded
 * CID fonts disappears without them), standard fonts, the wasm image decoders (JBIG2/JPX
 * scans come out blank without them) and the CMYK ICC profile. Vite does not bundle them
 * because pdf.js loads them at run time by URL (renderer/src/pdf/pdfjs.ts asks for
 * `./pdfjs/<folder>/`). Anchors: zotero/reader `pdfjs/build` (the folder list),
 * shared/research/feasibility.md row 3d (copy in writeBundle, serve in dev).
 */
import { createReadStream } from 'node:fs';
import { cp, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, dirname, extname, join, resolve } from 'node:path';
import type { Plugin } from 'vite';

const FOLDERS = ['cmaps', 'standard_fonts', 'wasm', 'iccs'] as const;

/** The scripting sandbox's JS engine: we never enable pdf.js scripting, so we do not ship it. */
const SKIPPED = /^quickjs/;

/** `/…/pdfjs/<folder>/<file>` — any prefix, so pages in sub-folders (dev harnesses) work too. */
const REQUEST = /\/pdfjs\/(cmaps|standard_fonts|wasm|iccs)\/([A-Za-z0-9._-]+)$/;

const CONTENT_TYPES: Record<string, string> = {
  '.wasm': 'application/wasm',
  '.js': 'text/javascript',
  '.ttf': 'font/ttf',
};

function pdfjsRoot(): string {
  const require = createRequire(import.meta.url);
  return dirname(require.resolve('pdfjs-dist/package.json'));
}

function isShipped(name: string): boolean {
  return !SKIPPED.test(name);
}

export function pdfjsAssets(): Plugin {
  const root = pdfjsRoot();
  let outDir = '';
  return {
    name: 'pingcha:pdfjs-assets',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0] ?? '';
        const match = REQUEST.exec(path);
        const folder = match?.[1];
        const name = match?.[2];
        if (!folder || !name || name.startsWith('.') || !isShipped(name)) {
          next();
          return;
        }
        const file = join(root, folder, basename(name));
        stat(file).then(
          (info) => {
            if (!info.isFile()) {
              next();
              return;
            }
            res.setHeader('Content-Type', CONTENT_TYPES[extname(name)] ?? 'application/octet-stream');
            res.setHeader('Content-Length', String(info.size));
            createReadStream(file).pipe(res);
          },
          () => next(),
        );
      });
    },
    async writeBundle(options) {
      const target = join(options.dir ?? outDir, 'pdfjs');
      for (const folder of FOLDERS) {
        await cp(join(root, folder), join(target, folder), {
          recursive: true,
          filter: (source) => isShipped(basename(source)),
        });
      }
    },
  };
}
