import { expect, test } from '@playwright/test';
import { startServe, type ServeHandle } from './support/server.ts';

let server: ServeHandle;

test.beforeAll(async () => {
  server = await startServe();
});
test.afterAll(async () => {
  await server.stop();
});

test('the bridge refuses requests without the token', async ({ request }) => {
  const page = await request.get(server.url);
  expect(page.status()).toBe(401);
  const api = await request.post(`${server.url}api/workspace:info`, { data: {} });
  expect(api.status()).toBe(401);
  expect((await api.json()).error.code).toBe('UNAUTHORIZED');
});

test('the bridge refuses a foreign Host header even with the token', async ({ request }) => {
  const token = new URL(server.launchUrl).searchParams.get('token')!;
  const response = await request.post(`${server.url}api/workspace:info`, {
    data: {},
    headers: { host: `evil.example:${server.port}`, 'x-pingcha-token': token },
  });
  expect(response.status()).toBe(421);
});

test('the bridge refuses a foreign Origin and a wrong token', async ({ request }) => {
  const token = new URL(server.launchUrl).searchParams.get('token')!;
  const foreign = await request.post(`${server.url}api/workspace:info`, {
    data: {},
    headers: { origin: 'http://evil.example', 'x-pingcha-token': token },
  });
  expect(foreign.status()).toBe(403);
  const wrong = await request.post(`${server.url}api/workspace:info`, {
    data: {},
    headers: { 'x-pingcha-token': token.slice(0, -1) + (token.endsWith('a') ? 'b' : 'a') },
  });
  expect(wrong.status()).toBe(401);
});

test('with the token the API answers, validating input', async ({ request }) => {
  const token = new URL(server.launchUrl).searchParams.get('token')!;
  const headers = { 'x-pingcha-token': token };
  const info = await request.post(`${server.url}api/workspace:info`, { data: {}, headers });
  expect(info.status()).toBe(200);
  const body = await info.json();
  expect(body.ok).toBe(true);
  expect(body.value.cases).toBe(0);
  const bad = await request.post(`${server.url}api/cases:get`, { data: { caseId: 'x' }, headers });
  const badBody = await bad.json();
  expect(badBody.ok).toBe(false);
  expect(badBody.error.code).toBe('VALIDATION');
  expect(badBody.error.field).toBe('caseId');
});

test('the launch URL trades the token for an HttpOnly cookie', async ({ page }) => {
  const response = await page.goto(server.launchUrl);
  expect(response?.status()).toBe(200);
  expect(new URL(page.url()).search).toBe('');
  const cookies = await page.context().cookies();
  const cookie = cookies.find((c) => c.name === 'pingcha_token');
  expect(cookie?.httpOnly).toBe(true);
  expect(cookie?.sameSite).toBe('Strict');
});
