/** Issue 2 ¶5: the OpenAPI document is generated from the very schemas that validate requests. */
import { describe, expect, it } from 'vitest';
import { afterAll, beforeAll } from 'vitest';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { buildApp, createServer, ROUTES } from '../../api/app';
import { REDACTED_PATHS } from '../../lib/logger';
import { call, startHarness, type Harness } from '../helpers';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

describe('API conventions', () => {
  it('serves an OpenAPI 3.1 document listing every route the app mounts', async () => {
    const r = await call(h.baseUrl, 'GET', '/openapi.json');
    expect(r.status).toBe(200);
    expect(r.body.openapi).toBe('3.1.0');
    const listed = Object.entries(r.body.paths as Record<string, Record<string, unknown>>).flatMap(([p, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`),
    );
    expect(listed.sort()).toEqual(ROUTES.map((rt) => `${rt.method.toUpperCase()} ${rt.path}`).sort());
    const post = r.body.paths['/system-checks'].post;
    expect(post.requestBody.content['application/json'].schema.properties.wait).toBeDefined();
    expect(post.parameters.map((p: { name: string }) => p.name)).toContain('idempotency-key');
  });

  it('serves Swagger UI at /docs', async () => {
    const res = await fetch(`${h.baseUrl}/docs/`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('swagger-ui');
  });

  it('answers unknown routes with 404 problem JSON and a request id', async () => {
    const r = await call(h.baseUrl, 'DELETE', '/nothing-here');
    expect(r.status).toBe(404);
    expect(r.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(r.body).toMatchObject({ type: '/problems/not-found', status: 404, instance: '/nothing-here' });
    expect(r.body.requestId).toBe(r.headers.get('x-request-id'));
  });

  it('keeps a sane caller request id and replaces an unsafe one', async () => {
    const kept = await call(h.baseUrl, 'GET', '/healthz', undefined, { 'X-Request-Id': 'abc-123' });
    expect(kept.headers.get('x-request-id')).toBe('abc-123');
    const replaced = await call(h.baseUrl, 'GET', '/healthz', undefined, { 'X-Request-Id': 'a b<script>' });
    expect(replaced.headers.get('x-request-id')).not.toBe('a b<script>');
  });

  it('refuses an oversized body with 413 problem JSON', async () => {
    const r = await call(h.baseUrl, 'POST', '/system-checks', { note: 'x'.repeat(400_000) }, h.admin);
    expect(r.status).toBe(413);
    expect(r.body.type).toBe('/problems/payload-too-large');
  });

  it('sends security headers', async () => {
    const res = await fetch(`${h.baseUrl}/healthz`);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-powered-by')).toBeNull();
  });

  it('logs one line per request with its id, method, URL, status and time, never its token', async () => {
    const lines: Array<Record<string, unknown>> = [];
    const logger = pino(
      { level: 'info', redact: { paths: REDACTED_PATHS } },
      {
        write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>),
      },
    );
    const server = createServer(buildApp({ ...h.deps, logger })).listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const ok = await call(base, 'GET', '/regions', undefined, { ...h.admin, 'X-Request-Id': 'log-1' });
      expect(ok.status).toBe(200);
      const missing = await call(base, 'GET', '/cases/9999-999999', undefined, { ...h.admin, 'X-Request-Id': 'log-2' });
      expect(missing.status).toBe(404);
      // Each line is written when its answer has gone.
      await new Promise((r) => setTimeout(r, 50));
      const of = (id: string) => lines.filter((l) => (l.req as { id?: string } | undefined)?.id === id);
      expect(of('log-1')).toEqual([
        expect.objectContaining({
          level: 30,
          msg: 'request completed',
          req: { id: 'log-1', method: 'GET', url: '/regions' },
          res: { statusCode: 200 },
          responseTime: expect.any(Number),
        }),
      ]);
      expect(of('log-2')).toEqual([expect.objectContaining({ level: 40, res: { statusCode: 404 } })]);
      expect(JSON.stringify(lines)).not.toContain(h.admin.Authorization!.slice('Bearer '.length));
    } finally {
      await new Promise((r) => server.close(r));
    }
  });
});
