/** Issue 2 ¶1: GET /healthz says truthfully whether Temporal and PostgreSQL answer (503 naming which failed). */
import { rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, createServer } from '../../api/app';
import { createDbTokenVerifier } from '../../api/auth/verifier';
import { createPool } from '../../db/pool';
import { createLogger } from '../../lib/logger';
import { createLazyClient } from '../../lib/temporal';
import { startEmbeddedPostgres } from '../../scripts/lib/postgres';
import { call, testConfig } from '../helpers';
import { freePort, tempDir } from '../ports';

async function serve(databaseUrl: string, temporalAddress: string) {
  const config = testConfig('health');
  const pool = createPool(databaseUrl, 2);
  const temporal = createLazyClient(temporalAddress, 'default');
  const app = buildApp({
    config,
    logger: createLogger('silent', 'test'),
    pool,
    temporal,
    verifier: createDbTokenVerifier(pool),
  });
  const server = createServer(app).listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: async () => {
      await new Promise((r) => server.close(r));
      await pool.end();
      await temporal.connection.close().catch(() => undefined);
    },
  };
}

describe('GET /healthz', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir('health-');
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('is 200 when both answer', async () => {
    const cfg = testConfig('health');
    const s = await serve(cfg.database.url, cfg.temporal.address);
    try {
      const r = await call(s.url, 'GET', '/healthz');
      expect(r.status).toBe(200);
      expect(r.body).toEqual({ status: 'ok', checks: { postgres: { status: 'up' }, temporal: { status: 'up' } } });
    } finally {
      await s.close();
    }
  });

  it('turns 503 naming PostgreSQL when PostgreSQL is stopped, and 200 again when it is back', async () => {
    const port = await freePort();
    const opts = { dataDir: path.join(dir, 'pg'), port, database: 'health', user: 'postgres', password: 'postgres' };
    let pg = await startEmbeddedPostgres(opts);
    const s = await serve(pg.url, testConfig('health').temporal.address);
    try {
      expect((await call(s.url, 'GET', '/healthz')).status).toBe(200);
      await pg.stop();
      const down = await call(s.url, 'GET', '/healthz');
      expect(down.status).toBe(503);
      expect(down.headers.get('content-type')).toMatch(/application\/problem\+json/);
      expect(down.body).toMatchObject({
        type: '/problems/dependency-unavailable',
        detail: 'PostgreSQL did not answer',
        checks: { postgres: { status: 'down' }, temporal: { status: 'up' } },
      });
      pg = await startEmbeddedPostgres(opts);
      expect((await call(s.url, 'GET', '/healthz')).status).toBe(200);
    } finally {
      await s.close();
      await pg.stop();
    }
  });

  it('is 503 naming Temporal when Temporal does not answer', async () => {
    const deadPort = await freePort();
    const s = await serve(testConfig('health').database.url, `127.0.0.1:${deadPort}`);
    try {
      const r = await call(s.url, 'GET', '/healthz');
      expect(r.status).toBe(503);
      expect(r.body).toMatchObject({
        detail: 'Temporal did not answer',
        checks: { postgres: { status: 'up' }, temporal: { status: 'down' } },
      });
    } finally {
      await s.close();
    }
  });
});
