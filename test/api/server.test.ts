/**
 * The API's HTTP server (issue 14 item 6): requests and responses are built with the app's own prototypes, so the
 * `Object.setPrototypeOf` Express does to each of them changes nothing. Changing them per request kept a third of
 * what every request allocated alive into the old generation (bench/eligibility: 4–10 ms GC pauses, p99 in the
 * hundreds of ms at 2,000 requests/s). No database or Temporal is asked: the route served here needs neither.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp, createServer } from '../../api/app';
import { createDbTokenVerifier } from '../../api/auth/verifier';
import { createPool } from '../../db/pool';
import { createLogger } from '../../lib/logger';
import { createLazyClient } from '../../lib/temporal';
import { testConfig } from '../helpers';

// Nothing listens on port 1: the pool and the client are real, and lazy, and never used by the route asked.
const pool = createPool('postgres://nobody@127.0.0.1:1/none', 1);
const temporal = createLazyClient('127.0.0.1:1', 'default');
const app = buildApp({
  config: testConfig('server'),
  logger: createLogger('silent', 'test'),
  pool,
  temporal,
  verifier: createDbTokenVerifier(pool),
});

afterAll(async () => {
  await pool.end();
  await temporal.connection.close().catch(() => undefined);
});

interface Answer {
  status: number;
  requestId: string | null;
  body: unknown;
}

/** Serves five requests from `server` and counts the prototype changes made to requests and responses meanwhile. */
async function prototypeChanges(server: http.Server): Promise<{ changes: number; answers: Answer[] }> {
  server.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const original = Object.setPrototypeOf;
  let changes = 0;
  Object.setPrototypeOf = (o: object, proto: object | null) => {
    if ((o instanceof http.IncomingMessage || o instanceof http.ServerResponse) && Object.getPrototypeOf(o) !== proto)
      changes++;
    return original(o, proto);
  };
  try {
    const answers: Answer[] = [];
    for (let i = 0; i < 5; i++) {
      const r = await fetch(`${base}/problems/not-found`);
      answers.push({ status: r.status, requestId: r.headers.get('x-request-id'), body: await r.json() });
    }
    return { changes, answers };
  } finally {
    Object.setPrototypeOf = original;
    await new Promise((r) => server.close(r));
  }
}

describe('createServer', () => {
  it('builds requests and responses whose prototypes Express does not need to change', async () => {
    const { changes, answers } = await prototypeChanges(createServer(app));
    expect(changes).toBe(0);
    // Express's own request and response methods are there all the same: the answer went through res.json.
    for (const a of answers) {
      expect(a.status).toBe(200);
      expect(a.requestId).toMatch(/^[0-9a-f-]{36}$/);
      expect(a.body).toMatchObject({ type: '/problems/not-found', status: 404 });
    }
  });

  it('is what a plain Node server does not do: there, every request and response changes prototype', async () => {
    const { changes } = await prototypeChanges(http.createServer(app));
    expect(changes).toBe(10);
  });
});
