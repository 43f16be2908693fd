/**
 * The loopback HTTP bridge of browser mode: serves the built renderer and exposes the API
 * contract as `POST /api/<operation>` over the same worker-hosted handlers as Electron's IPC.
 * It listens on 127.0.0.1 only and requires the per-launch token on every request.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { isBinaryOperation, isOperationName, isStagedOperation } from '../../shared/api/contract.ts';
import type { Result } from '../../shared/api/result.ts';
import { AppError, errorMessage } from '../../shared/errors.ts';
import type { ApiHost } from '../api/host.ts';
import {
  CONTENT_SECURITY_POLICY,
  isAllowedHost,
  isAllowedOrigin,
  newToken,
  requestToken,
  TOKEN_COOKIE,
  tokensEqual,
} from './guards.ts';
import { resolveStatic } from './staticFiles.ts';
import { UploadStaging } from './uploads.ts';

export interface BridgeOptions {
  host: ApiHost;
  rendererDir: string;
  port?: number;
  token?: string;
  /** Where uploaded bundles are staged (inside the workspace by default). */
  uploadDir?: string;
  maxBodyBytes?: number;
}

export interface Bridge {
  url: string;
  /** The URL to open: carries the token once; the page then holds it as an HttpOnly cookie. */
  launchUrl: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const JSON_LIMIT = 1024 * 1024;

function send(
  res: http.ServerResponse,
  status: number,
  body: string | Buffer,
  type: string,
  extra: Record<string, string> = {},
) {
  res.writeHead(status, {
    'content-type': type,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
    'content-security-policy': CONTENT_SECURITY_POLICY,
    ...extra,
  });
  res.end(body);
}

function sendResult(
  res: http.ServerResponse,
  status: number,
  result: Result<unknown>,
  extra: Record<string, string> = {},
) {
  send(res, status, JSON.stringify(result), 'application/json; charset=utf-8', extra);
}

/** How long the API host took (its threads' queue and the handler), for DevTools and the bench. */
function serverTiming(since: number): Record<string, string> {
  return { 'server-timing': `api;dur=${(performance.now() - since).toFixed(1)}` };
}

function refuse(
  res: http.ServerResponse,
  status: number,
  code: 'UNAUTHORIZED' | 'VALIDATION' | 'NOT_FOUND',
  detail?: string,
) {
  sendResult(res, status, { ok: false, error: { code, message: errorMessage(code, detail) } });
}

async function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new AppError('FILE_TOO_LARGE', { detail: `${size} > ${limit}` });
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

export async function startBridge(options: BridgeOptions): Promise<Bridge> {
  const token = options.token ?? newToken();
  const rendererDir = path.resolve(options.rendererDir);
  const uploads = new UploadStaging(options.uploadDir ?? path.join(options.host.workspaceDir, 'staging'));
  const maxBody = options.maxBodyBytes ?? 512 * 1024 * 1024;
  let port = options.port ?? 0;

  const server = http.createServer((req, res) => {
    void handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) {
        const data = err instanceof AppError ? err.toData() : { code: 'INTERNAL' as const, message: String(err) };
        sendResult(res, err instanceof AppError ? 400 : 500, { ok: false, error: data });
      } else res.destroy();
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (!isAllowedHost(req.headers.host, port)) return refuse(res, 421, 'UNAUTHORIZED', 'Host');
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);

    // The launch link: trade the token in the URL for a cookie, then drop it from the address bar.
    if (req.method === 'GET' && url.searchParams.has('token')) {
      if (!tokensEqual(url.searchParams.get('token') ?? undefined, token)) return refuse(res, 401, 'UNAUTHORIZED');
      res.writeHead(302, {
        location: '/',
        'set-cookie': `${TOKEN_COOKIE}=${encodeURIComponent(token)}; HttpOnly; SameSite=Strict; Path=/`,
        'cache-control': 'no-store',
      });
      res.end();
      return;
    }
    if (!tokensEqual(requestToken(req.headers), token)) return refuse(res, 401, 'UNAUTHORIZED');

    if (url.pathname.startsWith('/api/')) {
      if (!isAllowedOrigin(req.headers.origin, port)) return refuse(res, 403, 'UNAUTHORIZED', 'Origin');
      return handleApi(req, res, url);
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'VALIDATION', req.method);
    const file = resolveStatic(rendererDir, url.pathname);
    if (!file) return refuse(res, 404, 'NOT_FOUND', url.pathname);
    send(res, 200, fs.readFileSync(file.file), file.type);
  }

  async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<void> {
    const name = decodeURIComponent(url.pathname.slice('/api/'.length));
    if (name === 'events' && req.method === 'GET') return streamEvents(req, res);
    if (name === 'upload' && req.method === 'POST') {
      return sendResult(res, 200, { ok: true, value: { stagingId: uploads.create() } });
    }
    if (name.startsWith('upload/') && req.method === 'PUT') {
      const id = name.slice('upload/'.length);
      const relative = decodeURIComponent(String(req.headers['x-pingcha-path'] ?? ''));
      const body = await readBody(req, maxBody);
      uploads.write(id, relative, body);
      return sendResult(res, 200, { ok: true, value: { stored: relative } });
    }
    if (req.method !== 'POST') return refuse(res, 405, 'VALIDATION', req.method);
    if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) {
      return refuse(res, 415, 'VALIDATION', 'content-type must be application/json');
    }
    if (!isOperationName(name)) return refuse(res, 404, 'NOT_FOUND', `operation ${name}`);
    let input: unknown;
    try {
      const raw = (await readBody(req, JSON_LIMIT)).toString('utf8');
      input = raw ? JSON.parse(raw) : {};
    } catch {
      return refuse(res, 400, 'VALIDATION', 'body is not JSON');
    }
    if (isStagedOperation(name) && input && typeof input === 'object') {
      // Upload staging ids are the bridge's own; hand the worker the folder they were written to
      // (import:start takes it as a bundle folder, rectifications:reply as its evidence files).
      const staged = uploads.finish(String((input as { stagingId?: unknown }).stagingId ?? ''));
      if (staged) input = { ...input, stagingId: await options.host.stage([staged]) };
    }
    const asked = performance.now();
    const result = await options.host.call(name, input);
    if (result.ok && isBinaryOperation(name) && result.value instanceof Uint8Array) {
      return send(
        res,
        200,
        Buffer.from(result.value.buffer, result.value.byteOffset, result.value.byteLength),
        'application/octet-stream',
        serverTiming(asked),
      );
    }
    sendResult(res, 200, result, serverTiming(asked));
  }

  function streamEvents(req: http.IncomingMessage, res: http.ServerResponse): void {
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
      'x-content-type-options': 'nosniff',
    });
    res.write(': connected\n\n');
    const off = options.host.onEvent((event, payload) => {
      res.write(`event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`);
    });
    const ping = setInterval(() => res.write(': ping\n\n'), 15_000);
    req.on('close', () => {
      clearInterval(ping);
      off();
    });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}/`;
  return {
    url,
    launchUrl: `${url}?token=${encodeURIComponent(token)}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
