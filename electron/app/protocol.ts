/**
 * Serves the built renderer over app://pingcha/ (a privileged, standard, secure scheme) instead
 * of file://: GET only, exact host, and paths resolved inside the renderer folder.
 */
import { net, protocol } from 'electron';
import { pathToFileURL } from 'node:url';
import { CONTENT_SECURITY_POLICY } from '../server/guards.ts';
import { resolveStatic } from '../server/staticFiles.ts';
import { APP_HOST, APP_SCHEME } from './urlPolicy.ts';

export function registerAppSchemeAsPrivileged(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (request.method !== 'GET' || url.host !== APP_HOST) return new Response('forbidden', { status: 403 });
    const file = resolveStatic(rendererDir, url.pathname);
    if (!file) return new Response('not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(file.file).toString());
    return new Response(response.body, {
      status: 200,
      headers: { 'content-type': file.type, 'content-security-policy': CONTENT_SECURITY_POLICY },
    });
  });
}
