/**
 * Issue 10: every input is hostile. Control characters, lone surrogates and bytes that are not UTF-8 are refused at
 * the edge with 422 naming the field, before any row or workflow; nothing is read from an unauthenticated caller
 * but its headers; guessing tokens is throttled; idempotency keys are scoped and bound to their request; explicit
 * deadlines are bounded by the policy; wrong methods answer 405; PostgreSQL's refusals are never 500.
 */
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, createServer, fromPostgresOrTemporal } from '../../api/app';
import { DEFAULT_POLICY } from '../../domain/policy';
import { bearer, call, freshDatabase, startHarness, tokenFor, type Harness } from '../helpers';

let h: Harness;
let db: Awaited<ReturnType<typeof freshDatabase>>;
const t = {} as Record<'countyOperator' | 'otherCountyOperator' | 'cityOperator' | 'liaison', Record<string, string>>;

const count = async (sql: string, params: unknown[] = []) => Number((await db.pool.query(sql, params)).rows[0].n);

beforeAll(async () => {
  db = await freshDatabase();
  h = await startHarness({ databaseUrl: db.url });
  const imported = await call(
    h.baseUrl,
    'POST',
    '/organisation/import',
    {
      regions: [
        { id: '220000', name: '吉林省', level: 'province' },
        { id: '220100', name: '长春市', level: 'city', parentId: '220000' },
        { id: '220102', name: '南关区', level: 'county', parentId: '220100' },
        { id: '220103', name: '宽城区', level: 'county', parentId: '220100' },
      ],
      units: [
        { id: 'U-NG-PSB', name: '南关区公安分局', kind: 'administrative-organ', regionId: '220102' },
        { id: 'U-KC-PSB', name: '宽城区公安分局', kind: 'administrative-organ', regionId: '220103' },
      ],
      leaders: [],
    },
    h.admin,
  );
  expect(imported.status, JSON.stringify(imported.body)).toBe(200);
  t.countyOperator = bearer((await tokenFor(h.pool, 'office-operator', { regionId: '220102' })).secret);
  t.otherCountyOperator = bearer((await tokenFor(h.pool, 'office-operator', { regionId: '220103' })).secret);
  t.cityOperator = bearer((await tokenFor(h.pool, 'office-operator', { regionId: '220100' })).secret);
  t.liaison = bearer((await tokenFor(h.pool, 'unit-liaison', { unitId: 'U-NG-PSB' })).secret);
}, 120_000);
afterAll(async () => {
  await h?.close();
  await db?.drop();
});

const caseBody = (extra: Record<string, unknown> = {}) => ({
  subject: { kind: 'unit', id: 'U-NG-PSB' },
  grounds: [1],
  facts: '辖区治安秩序混乱。',
  severity: 'ordinary',
  ...extra,
});

/** Sends a raw body (bytes or text) as JSON. */
async function raw(path: string, payload: string | Uint8Array, headers: Record<string, string>, method = 'POST') {
  const res = await fetch(h.baseUrl + path, {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    body: payload,
  });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read arbitrary response bodies
  const body: any = await res.json().catch(() => null);
  return { status: res.status, headers: res.headers, body };
}

describe('one validation layer for every text field, path and query parameter (issue 10 item 1)', () => {
  it('refuses a NUL in the body of every kind of operation with 422 naming the field, writing nothing', async () => {
    const nul = 'a\u0000b';
    const before = {
      cases: await count('SELECT count(*) AS n FROM cases'),
      units: await count('SELECT count(*) AS n FROM units'),
      tokens: await count('SELECT count(*) AS n FROM api_tokens'),
    };
    const attempts: Array<[string, string, unknown, Record<string, string>, string]> = [
      ['POST', '/cases', caseBody({ facts: nul }), t.countyOperator, 'body.facts'],
      [
        'POST',
        '/units',
        { id: 'U-NUL', name: nul, kind: 'administrative-organ', regionId: '220102' },
        h.admin,
        'body.name',
      ],
      ['PATCH', '/regions/220102', { name: nul }, h.admin, 'body.name'],
      ['POST', '/tokens', { role: 'supervisor', name: nul, regionId: '220102' }, h.admin, 'body.name'],
      ['POST', '/system-checks', { note: nul }, h.admin, 'body.note'],
      [
        'PUT',
        '/annual-cycles/2026/work-points/220102',
        { points: [{ point: nul, target: '完成' }] },
        t.cityOperator,
        'body.points.0.point',
      ],
      // A key is checked as well as a value.
      ['POST', '/cases', { ...caseBody(), ['x\u0000']: 1 }, t.countyOperator, 'body.x\u0000'],
    ];
    for (const [method, path, body, headers, field] of attempts) {
      const r = await call(h.baseUrl, method, path, body, headers);
      expect(r.status, `${method} ${path}`).toBe(422);
      expect(r.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(r.body.type).toBe('/problems/validation-failed');
      expect(r.body.detail, `${method} ${path}`).toContain(field);
      expect(r.body.detail).toMatch(/U\+0000/);
    }
    expect(await count('SELECT count(*) AS n FROM cases')).toBe(before.cases);
    expect(await count('SELECT count(*) AS n FROM units')).toBe(before.units);
    expect(await count('SELECT count(*) AS n FROM api_tokens')).toBe(before.tokens);
  });

  it('refuses control characters in path and query parameters with 422 naming the parameter (not 500)', async () => {
    const attempts: Array<[string, string]> = [
      ['/archive?subjectKind=unit&subjectId=U%00X', 'query.subjectId'],
      ['/eligibility?subjectKind=unit&subjectId=U-NG-PSB%00&purpose=honours&date=2026-01-01', 'query.subjectId'],
      ['/pledges/P%00X', 'path.id'],
      ['/cases?regionId=2201%0A02', 'query.regionId'],
    ];
    for (const [path, field] of attempts) {
      const r = await call(h.baseUrl, 'GET', path, undefined, h.admin);
      expect(r.status, path).toBe(422);
      expect(r.body.detail, path).toContain(field);
    }
  });

  it('refuses lone surrogates and bytes that are not UTF-8, in the body and the URL', async () => {
    const lone = await raw('/cases', JSON.stringify(caseBody()).replace('辖区', '\\ud800辖区'), t.countyOperator);
    expect(lone.status).toBe(422);
    expect(lone.body.detail).toMatch(/body\.facts: contains a lone surrogate/);

    const bytes = Buffer.concat([
      Buffer.from('{"subject":{"kind":"unit","id":"U-NG-PSB"},"grounds":[1],"severity":"ordinary","facts":"'),
      Buffer.from([0xe8, 0xbe]), // a truncated three-byte sequence
      Buffer.from('"}'),
    ]);
    const malformed = await raw('/cases', bytes, t.countyOperator);
    expect(malformed.status).toBe(422);
    expect(malformed.body.detail).toMatch(/body: is not valid UTF-8/);

    const query = await call(h.baseUrl, 'GET', '/cases?regionId=%FF%FE', undefined, h.admin);
    expect(query.status).toBe(422);
    expect(query.body.detail).toMatch(/query\.regionId: is not valid percent-encoded UTF-8/);
  });

  it('keeps line breaks and tabs in long text: a report written on an office PC is stored as written', async () => {
    const facts = '一、基本情况：\r\n\t辖区盗抢案件高发。\n二、整改要求：限期整改。';
    const r = await call(h.baseUrl, 'POST', '/cases', caseBody({ facts }), t.countyOperator);
    expect(r.status).toBe(201);
    expect(r.body.facts).toBe(facts);
  });
});

describe('PostgreSQL refusals are mapped, never 500 (issue 10 item 3)', () => {
  it('maps class 22 to 422, a unique or exclusion violation to 409, other class 23 to 422, an outage to 503', () => {
    const map = (code: string) => fromPostgresOrTemporal(Object.assign(new Error('x'), { code }));
    expect(map('22021')?.status).toBe(422); // character_not_in_repertoire: a NUL in text
    expect(map('22P05')?.status).toBe(422); // untranslatable_character: a NUL in jsonb
    expect(map('22001')?.status).toBe(422); // string_data_right_truncation
    expect(map('22003')?.status).toBe(422); // numeric_value_out_of_range
    expect(map('23505')?.status).toBe(409);
    expect(map('23P01')?.status).toBe(409);
    expect(map('23502')?.status).toBe(422);
    expect(map('23503')?.status).toBe(422);
    expect(map('23514')?.status).toBe(422);
    const down = map('57P01');
    expect(down?.status).toBe(503);
    expect(down?.headers['Retry-After']).toBeDefined();
    expect(
      fromPostgresOrTemporal(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }))?.status,
    ).toBe(503);
    expect(map('XX000')).toBeUndefined();
  });
});

describe('nothing is read from an unauthenticated caller but its headers (issue 10 item 4)', () => {
  it('answers a large import without a token 401 before reading it, and gives the large limit to an admin only', async () => {
    const big = JSON.stringify({ regions: [], units: [], leaders: [], pad: 'x'.repeat(3_000_000) });
    const anonymous = await raw('/organisation/import', big, {});
    expect(anonymous.status).toBe(401);
    // An office operator may import, but not a body past the ordinary limit.
    const operator = await raw('/organisation/import', big, t.countyOperator);
    expect(operator.status).toBe(413);
    // An admin's large body is read (and refused by the schema for its extra field, not by the limit).
    const admin = await raw('/organisation/import', big, h.admin);
    expect(admin.status).toBe(422);
  });

  it('throttles failed authentication per address, auditing the first refusal of the window only', async () => {
    const app = buildApp({
      ...h.deps,
      config: { ...h.deps.config, api: { ...h.deps.config.api, authFailuresPerMinute: 5 } },
    });
    const server = createServer(app).listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const marker = `guess${Date.now()}`;
    const statuses: number[] = [];
    for (let i = 0; i < 40; i++) {
      const r = await call(base, 'POST', `/system-checks?m=${marker}`, { note: 'x' }, bearer(`aot_guess_${i}`));
      statuses.push(r.status);
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(5).every((s) => s === 429)).toBe(true);
    // A valid token from the same address is throttled too while the window lasts: the address is what guesses.
    const valid = await call(base, 'GET', '/me', undefined, h.admin);
    expect(valid.status).toBe(429);
    expect(valid.headers.get('retry-after')).toMatch(/^\d+$/);
    // /healthz is not the API's to limit: a monitor on the same address still gets its answer.
    expect((await call(base, 'GET', '/healthz')).status).toBe(200);
    await new Promise((r) => server.close(r));
    await new Promise((r) => setTimeout(r, 300)); // audit rows are written once each response finishes
    const audited = await count(`SELECT count(*) AS n FROM audit_log WHERE path LIKE $1`, [`%${marker}%`]);
    expect(audited).toBe(6); // five 401s and the first 429
  });

  it('never rate-limits /healthz, however often a monitor asks', async () => {
    const app = buildApp({
      ...h.deps,
      config: { ...h.deps.config, api: { ...h.deps.config.api, rateLimitPerMinute: 2 } },
    });
    const server = createServer(app).listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    for (let i = 0; i < 10; i++) expect((await call(base, 'GET', '/healthz')).status).toBe(200);
    await new Promise((r) => server.close(r));
  });
});

describe('Idempotency-Key: scoped to the office, bound to its request (issue 10 item 7)', () => {
  it('refuses the same key with a different body with 422, and opens nothing', async () => {
    const key = { 'Idempotency-Key': `k-diff-${Date.now()}` };
    const first = await call(h.baseUrl, 'POST', '/cases', caseBody(), { ...t.countyOperator, ...key });
    expect(first.status).toBe(201);
    const before = await count('SELECT count(*) AS n FROM cases');
    const other = await call(h.baseUrl, 'POST', '/cases', caseBody({ grounds: [2] }), { ...t.countyOperator, ...key });
    expect(other.status).toBe(422);
    expect(other.body.detail).toMatch(/idempotency-key.*different request/i);
    const same = await call(h.baseUrl, 'POST', '/cases', caseBody(), { ...t.countyOperator, ...key });
    expect(same.status).toBe(200);
    expect(same.body.id).toBe(first.body.id);
    expect(same.headers.get('idempotent-replayed')).toBe('true');
    expect(await count('SELECT count(*) AS n FROM cases')).toBe(before);
  });

  it('lets another office use the same key for its own request, learning nothing of the first', async () => {
    const key = { 'Idempotency-Key': `k-shared-${Date.now()}` };
    const mine = await call(h.baseUrl, 'POST', '/cases', caseBody(), { ...t.countyOperator, ...key });
    expect(mine.status).toBe(201);
    const theirs = await call(h.baseUrl, 'POST', '/cases', caseBody({ subject: { kind: 'unit', id: 'U-KC-PSB' } }), {
      ...t.otherCountyOperator,
      ...key,
    });
    expect(theirs.status).toBe(201);
    expect(theirs.body.id).not.toBe(mine.body.id);
    expect(JSON.stringify(theirs.body)).not.toContain(mine.body.id);
  });

  it('answers concurrent requests with one key with one act', async () => {
    const key = { 'Idempotency-Key': `k-race-${Date.now()}` };
    const before = await count('SELECT count(*) AS n FROM cases');
    const answers = await Promise.all(
      Array.from({ length: 4 }, () => call(h.baseUrl, 'POST', '/cases', caseBody(), { ...t.countyOperator, ...key })),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 200, 201]);
    expect(new Set(answers.map((a) => a.body.id)).size).toBe(1);
    expect(await count('SELECT count(*) AS n FROM cases')).toBe(before + 1);
  });
});

describe('deadlines are bounded by the policy (issue 10 item 8)', () => {
  it('refuses an explicit deadline beyond the policy’s period and extensions for the first rung (9999-12-31 never escalates)', async () => {
    const before = await count('SELECT count(*) AS n FROM cases');
    const far = await call(
      h.baseUrl,
      'POST',
      '/cases',
      caseBody({ deadline: '9999-12-31T00:00:00+08:00' }),
      t.countyOperator,
    );
    expect(far.status).toBe(422);
    expect(far.body.detail).toMatch(
      /body\.deadline: the policy in force allows at most .* \(its period P30D and every extension it allows\)/,
    );
    // The default policy: 30 days for a notice, plus one extension of at most 30 days.
    const beyond = new Date(Date.now() + 62 * 86_400_000).toISOString();
    expect((await call(h.baseUrl, 'POST', '/cases', caseBody({ deadline: beyond }), t.countyOperator)).status).toBe(
      422,
    );
    expect(await count('SELECT count(*) AS n FROM cases')).toBe(before);
    // Within that, the deadline is the office's to give.
    const sooner = new Date(Date.now() + 45 * 86_400_000).toISOString();
    expect((await call(h.baseUrl, 'POST', '/cases', caseBody({ deadline: sooner }), t.countyOperator)).status).toBe(
      201,
    );
    expect(DEFAULT_POLICY.ladder.rectification.notice).toBe('P30D');
  });
});

describe('HTTP conventions (issue 10 item 10)', () => {
  it('answers a wrong method with 405 and Allow, and OPTIONS with the methods', async () => {
    const r = await call(h.baseUrl, 'DELETE', '/cases', undefined, h.admin);
    expect(r.status).toBe(405);
    expect(r.body.type).toBe('/problems/method-not-allowed');
    expect(r.headers.get('allow')).toBe('GET, HEAD, POST, OPTIONS');
    const put = await call(h.baseUrl, 'PUT', '/cases/2026-000001', {}, h.admin);
    expect(put.status).toBe(405);
    expect(put.headers.get('allow')).toContain('GET');
    const options = await fetch(`${h.baseUrl}/cases`, { method: 'OPTIONS' });
    expect(options.status).toBe(204);
    expect(options.headers.get('allow')).toContain('POST');
    expect((await call(h.baseUrl, 'GET', '/nowhere', undefined, h.admin)).status).toBe(404);
  });

  it('knows no problem type named after an Object property', async () => {
    for (const slug of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      expect((await call(h.baseUrl, 'GET', `/problems/${slug}`)).status, slug).toBe(404);
    }
    expect((await call(h.baseUrl, 'GET', '/problems/conflict')).status).toBe(200);
  });

  it('documents every status the pipeline can answer on every operation', async () => {
    const doc = (await call(h.baseUrl, 'GET', '/openapi.json')).body;
    for (const [path, ops] of Object.entries(doc.paths as Record<string, Record<string, { responses: object }>>)) {
      for (const [method, op] of Object.entries(ops)) {
        const statuses = Object.keys(op.responses);
        const where = `${method.toUpperCase()} ${path}`;
        for (const s of ['400', '422', '503']) expect(statuses, where).toContain(s);
        if (path !== '/healthz') for (const s of ['401', '403', '429']) expect(statuses, where).toContain(s);
        if (path.includes('{')) expect(statuses, where).toContain('404');
        if (method === 'post' || method === 'put' || method === 'patch')
          if ((op as { requestBody?: unknown }).requestBody)
            for (const s of ['413', '415']) expect(statuses, where).toContain(s);
      }
    }
  });
});
