import { describe, expect, it } from 'vitest';
import {
  decideWindowOpen,
  isAllowedNavigation,
  isSafeExternalUrl,
  isTrustedSender,
} from '../../electron/app/urlPolicy.ts';
import {
  cookieValue,
  isAllowedHost,
  isAllowedOrigin,
  requestToken,
  tokensEqual,
} from '../../electron/server/guards.ts';
import { resolveStatic } from '../../electron/server/staticFiles.ts';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

describe('Electron URL allow-list', () => {
  it('allows only our own app:// origin', () => {
    expect(isAllowedNavigation('app://pingcha/index.html')).toBe(true);
    expect(isAllowedNavigation('app://pingcha/cases/3')).toBe(true);
    expect(isAllowedNavigation('app://evil/index.html')).toBe(false);
    expect(isAllowedNavigation('app://pingcha@evil.example/')).toBe(false);
    expect(isAllowedNavigation('https://pingcha/')).toBe(false);
    expect(isAllowedNavigation('file:///etc/passwd')).toBe(false);
    expect(isAllowedNavigation('javascript:alert(1)')).toBe(false);
    expect(isAllowedNavigation('not a url')).toBe(false);
  });

  it('a dev server origin is allowed only when configured, and exactly', () => {
    expect(isAllowedNavigation('http://localhost:5173/')).toBe(false);
    expect(isAllowedNavigation('http://localhost:5173/x', 'http://localhost:5173')).toBe(true);
    expect(isAllowedNavigation('http://localhost:5174/x', 'http://localhost:5173')).toBe(false);
    expect(isAllowedNavigation('http://localhost:5173.evil.com/', 'http://localhost:5173')).toBe(false);
  });

  it('window.open is always denied; only http(s) goes to the system browser', () => {
    expect(decideWindowOpen('https://www.gov.cn/')).toEqual({ action: 'deny', openExternally: 'https://www.gov.cn/' });
    expect(decideWindowOpen('file:///C:/Windows/System32/calc.exe')).toEqual({ action: 'deny', openExternally: null });
    expect(decideWindowOpen('smb://server/share')).toEqual({ action: 'deny', openExternally: null });
    expect(isSafeExternalUrl('https://user:pw@example.com/')).toBe(false);
    expect(isSafeExternalUrl('ms-msdt:/id PCWDiagnostic')).toBe(false);
  });

  it('IPC is trusted only from our main frame', () => {
    expect(isTrustedSender('app://pingcha/index.html', true)).toBe(true);
    expect(isTrustedSender('app://pingcha/index.html', false)).toBe(false);
    expect(isTrustedSender('https://evil.example/', true)).toBe(false);
    expect(isTrustedSender(undefined, true)).toBe(false);
  });
});

describe('loopback bridge guards', () => {
  it('accepts only our loopback Host header (DNS rebinding)', () => {
    expect(isAllowedHost('127.0.0.1:5190', 5190)).toBe(true);
    expect(isAllowedHost('localhost:5190', 5190)).toBe(true);
    expect(isAllowedHost('evil.example:5190', 5190)).toBe(false);
    expect(isAllowedHost('127.0.0.1:5191', 5190)).toBe(false);
    expect(isAllowedHost(undefined, 5190)).toBe(false);
  });

  it('reads the token from the header or the cookie and compares exactly', () => {
    expect(requestToken({ 'x-pingcha-token': 'abc' })).toBe('abc');
    expect(requestToken({ cookie: 'a=1; pingcha_token=xyz%3D; b=2' })).toBe('xyz=');
    expect(cookieValue('pingcha_token_x=1', 'pingcha_token')).toBeUndefined();
    expect(tokensEqual('abc', 'abc')).toBe(true);
    expect(tokensEqual('abd', 'abc')).toBe(false);
    expect(tokensEqual('ab', 'abc')).toBe(false);
    expect(tokensEqual(undefined, 'abc')).toBe(false);
  });

  it('refuses foreign origins', () => {
    expect(isAllowedOrigin(undefined, 5190)).toBe(true);
    expect(isAllowedOrigin('http://127.0.0.1:5190', 5190)).toBe(true);
    expect(isAllowedOrigin('http://evil.example', 5190)).toBe(false);
    expect(isAllowedOrigin('null', 5190)).toBe(false);
  });

  it('static files never leave the renderer folder', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'pingcha-static-'));
    fs.writeFileSync(path.join(root, 'index.html'), '<html></html>');
    fs.mkdirSync(path.join(root, 'assets'));
    fs.writeFileSync(path.join(root, 'assets', 'app.js'), '');
    expect(resolveStatic(root, '/assets/app.js')?.type).toContain('javascript');
    expect(resolveStatic(root, '/')?.file).toBe(path.join(root, 'index.html'));
    expect(resolveStatic(root, '/cases/12')?.file).toBe(path.join(root, 'index.html'));
    expect(resolveStatic(root, '/../../etc/passwd')).toBeNull();
    expect(resolveStatic(root, '/%2e%2e/%2e%2e/etc/passwd')).toBeNull();
    expect(resolveStatic(root, '/assets/missing.js')).toBeNull();
    fs.rmSync(root, { recursive: true, force: true });
  });
});
