/** Issue 6: tokens, their revocation, the audit log, and keeping secrets out of logs. */
import { Writable } from 'node:stream';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, createServer } from '../../api/app';
import { bearer, call, eventually, freshDatabase, startHarness, tokenFor, type Harness } from '../helpers';

let h: Harness;
let db: Awaited<ReturnType<typeof freshDatabase>>;

beforeAll(async () => {
  db = await freshDatabase();
  h = await startHarness({ databaseUrl: db.url });
  await call(h.baseUrl, 'POST', '/regions', { id: '120000', name: '乙省', level: 'province' }, h.admin);
});
afterAll(async () => {
  await h?.close();
  await db?.drop();
});

describe('tokens', () => {
  it('issues a token once, stores only its hash, and the token works until revoked', async () => {
    const issued = await call(
      h.baseUrl,
      'POST',
      '/tokens',
      { name: '乙省综治办 操作员', role: 'office-operator', regionId: '120000', expiresInDays: 30 },
      h.admin,
    );
    expect(issued.status).toBe(201);
    expect(issued.headers.get('cache-control')).toBe('no-store');
    const secret: string = issued.body.secret;
    expect(secret).toMatch(/^aot_/);
    const stored = await h.pool.query('SELECT * FROM api_tokens WHERE id = $1', [issued.body.id]);
    expect(JSON.stringify(stored.rows[0])).not.toContain(secret);
    const listed = await call(h.baseUrl, 'GET', '/tokens', undefined, h.admin);
    expect(JSON.stringify(listed.body)).not.toContain(secret);
    expect(JSON.stringify(listed.body)).not.toContain('secret_hash');

    expect((await call(h.baseUrl, 'GET', '/me', undefined, bearer(secret))).body).toMatchObject({
      role: 'office-operator',
      regionId: '120000',
    });
    const revoked = await call(h.baseUrl, 'POST', `/tokens/${issued.body.id}/revoke`, { reason: '人员调离' }, h.admin);
    expect(revoked.body).toMatchObject({ revokeReason: '人员调离' });
    expect(revoked.body.revokedAt).toEqual(expect.any(String));
    const after = await call(h.baseUrl, 'GET', '/me', undefined, bearer(secret));
    expect(after.status).toBe(401);
    expect(after.body.detail).toMatch(/revoked/);
  });

  it('refuses a token whose scope does not fit its role', async () => {
    for (const body of [
      { name: 'x', role: 'office-operator' },
      { name: 'x', role: 'admin', regionId: '120000' },
      { name: 'x', role: 'unit-liaison', regionId: '120000' },
      { name: 'x', role: 'supervisor', regionId: '999999' },
    ]) {
      const r = await call(h.baseUrl, 'POST', '/tokens', body, h.admin);
      expect(r.status, JSON.stringify(body)).toBe(422);
    }
  });
});

describe('audit log', () => {
  it('records every write and every refused attempt with actor, token, address, route and outcome', async () => {
    const op = await tokenFor(h.pool, 'office-operator', { regionId: '120000' });
    await call(
      h.baseUrl,
      'POST',
      '/regions',
      { id: '120100', name: '乙一市', level: 'city', parentId: '120000' },
      bearer(op.secret),
    );
    await call(h.baseUrl, 'GET', '/tokens', undefined, bearer(op.secret)); // refused: admin only
    const audit = await eventually(async () => {
      const r = await call(h.baseUrl, 'GET', `/audit?tokenId=${op.id}`, undefined, h.admin);
      return r.body.items.length >= 2 ? r.body.items : undefined;
    });
    expect(audit).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          route: 'POST /regions',
          status: 201,
          outcome: 'succeeded',
          role: 'office-operator',
          tokenId: op.id,
          address: expect.any(String),
        }),
        expect.objectContaining({ route: 'GET /tokens', status: 403, outcome: 'refused', tokenId: op.id }),
      ]),
    );
  });

  it('cannot be changed: the API has no route for it and the database refuses UPDATE and DELETE', async () => {
    await expect(h.pool.query("UPDATE audit_log SET outcome = 'succeeded'")).rejects.toThrow(/append-only/);
    await expect(h.pool.query('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
    // The path exists for reading only: DELETE is answered 405 with the methods it has (issue 10).
    const del = await call(h.baseUrl, 'DELETE', '/audit', undefined, h.admin);
    expect(del.status).toBe(405);
    expect(del.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
  });
});

describe('secrets stay out of the logs', () => {
  it('never writes a bearer token to the request log, even at trace level', async () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk, _enc, cb) => (lines.push(String(chunk)), cb()) });
    const logger = pino({ level: 'trace' }, sink);
    const app = buildApp({ ...h.deps, logger });
    const server = createServer(app).listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const { secret } = await tokenFor(h.pool, 'admin');
    await call(base, 'GET', '/me', undefined, bearer(secret));
    await call(base, 'GET', '/tokens', undefined, { Authorization: `Bearer ${secret}x` });
    const issued = await call(base, 'POST', '/tokens', { name: 'y', role: 'admin' }, bearer(secret));
    await new Promise((r) => server.close(r));
    const log = lines.join('');
    expect(log.length).toBeGreaterThan(0);
    expect(log).not.toContain(secret);
    expect(log).not.toContain(issued.body.secret);
  });
});

describe('rate limit (OWASP API4)', () => {
  it('answers 429 problem JSON past the per-minute limit, and audits the refusal', async () => {
    const app = buildApp({
      ...h.deps,
      config: { ...h.deps.config, api: { ...h.deps.config.api, rateLimitPerMinute: 3 } },
    });
    const server = createServer(app).listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const { secret } = await tokenFor(h.pool, 'admin');
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await call(base, 'GET', '/me', undefined, bearer(secret))).status);
    const last = await call(base, 'GET', '/me', undefined, bearer(secret));
    await new Promise((r) => server.close(r));
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    expect(last.body.type).toBe('/problems/rate-limited');
    await eventually(
      async () => Number((await h.pool.query('SELECT count(*) AS n FROM audit_log WHERE status = 429')).rows[0].n) >= 3,
    );
  });
});
