/**
 * Request checks of the loopback bridge, as pure functions so they are unit-tested:
 * - the Host header must name our own loopback address and port (defeats DNS rebinding);
 * - every request carries the per-launch token (cookie set by the first `/?token=` visit, or
 *   the `x-pingcha-token` header), compared in constant time;
 * - state-changing requests from a browser must come from our own origin.
 */
import crypto from 'node:crypto';

export const TOKEN_COOKIE = 'pingcha_token';

export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

export function isAllowedHost(hostHeader: string | undefined, port: number): boolean {
  return hostHeader !== undefined && allowedHosts(port).has(hostHeader.toLowerCase());
}

export function tokensEqual(given: string | undefined, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

export function cookieValue(cookieHeader: string | undefined, name: string): string | undefined {
  if (!cookieHeader) return undefined;
  for (const part of cookieHeader.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return undefined;
}

export function requestToken(headers: {
  cookie?: string | undefined;
  'x-pingcha-token'?: string | string[] | undefined;
}): string | undefined {
  const header = headers['x-pingcha-token'];
  if (typeof header === 'string') return header;
  return cookieValue(headers.cookie, TOKEN_COOKIE);
}

/** An Origin header, when a browser sends one, must be our own origin. */
export function isAllowedOrigin(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true;
  try {
    const url = new URL(origin);
    return url.protocol === 'http:' && allowedHosts(port).has(url.host);
  } catch {
    return false;
  }
}

export function newToken(): string {
  return crypto.randomBytes(24).toString('base64url');
}

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
