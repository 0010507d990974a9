/**
 * Policy as data (DESIGN.md §7; Art. 18 lets cities, counties and provincial departments set detailed rules):
 * versioned documents, a default and per-region overrides, the nearest one in force applying.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../domain/policy';
import { bearer, call, freshDatabase, startHarness, tokenFor, type Harness } from '../helpers';

let h: Harness;
let db: Awaited<ReturnType<typeof freshDatabase>>;
let cityOperator: Record<string, string>;

const drill = {
  basis: '演练：以秒计的期限',
  ladder: {
    ...DEFAULT_POLICY.ladder,
    rectification: { notice: 'PT5S', talk: 'PT5S', listing: 'PT5S', veto: 'PT5S' },
    reminders: ['PT2S'],
    talkHoldWithin: 'PT5S',
    vetoDecisionReminderEvery: 'PT3S',
    bars: { listing: 'PT30S', veto: 'PT60S' },
  },
};

beforeAll(async () => {
  db = await freshDatabase();
  h = await startHarness({ databaseUrl: db.url });
  await call(
    h.baseUrl,
    'POST',
    '/organisation/import',
    {
      regions: [
        { id: '130000', name: '丙省', level: 'province' },
        // A drill region, marked by the admin (issue 11, item 1): only there may a policy's periods be seconds.
        { id: '130100', name: '丙一市', level: 'city', parentId: '130000', drill: true },
        { id: '130102', name: '丙一区', level: 'county', parentId: '130100' },
        { id: '130200', name: '丙二市', level: 'city', parentId: '130000' },
      ],
    },
    h.admin,
  );
  cityOperator = bearer((await tokenFor(h.pool, 'office-operator', { regionId: '130100' })).secret);
});
afterAll(async () => {
  await h?.close();
  await db?.drop();
});

describe('policies', () => {
  it('answers the built-in default (version 0) until one is installed; its non-regulation numbers say so', async () => {
    const r = await call(h.baseUrl, 'GET', '/regions/130102/policy', undefined, cityOperator);
    expect(r.body).toMatchObject({ version: 0, document: { ladder: { bars: { listing: 'P6M', veto: 'P1Y' } } } });
    expect(r.body.document.basis).toMatch(/非《实施办法》规定/);
  });

  it('Art. 18: a city override applies to the city and everything below it, not to its neighbour', async () => {
    const installed = await call(h.baseUrl, 'POST', '/policies', { regionId: '130100', document: drill }, cityOperator);
    expect(installed.status).toBe(201);
    expect(installed.body.version).toBe(1);
    expect((await call(h.baseUrl, 'GET', '/regions/130102/policy', undefined, cityOperator)).body).toMatchObject({
      regionId: '130100',
      version: 1,
      document: drill,
    });
    expect((await call(h.baseUrl, 'GET', '/regions/130200/policy', undefined, h.admin)).body.version).toBe(0);
    const again = await call(
      h.baseUrl,
      'POST',
      '/policies',
      { regionId: '130100', document: { ...drill, basis: '第二版' } },
      cityOperator,
    );
    expect(again.body.version).toBe(2);
    // A case opened before version 2 took effect pins version 1: the policy in force at a past moment.
    const past = await call(
      h.baseUrl,
      'GET',
      `/regions/130102/policy?at=${encodeURIComponent(installed.body.effectiveFrom)}`,
      undefined,
      cityOperator,
    );
    expect(past.body.version).toBe(1);
  });

  it('refuses a document with a bad period, naming it, and installs nothing', async () => {
    const before = Number((await h.pool.query('SELECT count(*) AS n FROM policies')).rows[0].n);
    const bad = {
      ...drill,
      ladder: {
        ...drill.ladder,
        reminders: ['P1M'],
        rectification: { ...drill.ladder.rectification, talk: '30 days' },
      },
    };
    const r = await call(h.baseUrl, 'POST', '/policies', { regionId: '130100', document: bad }, cityOperator);
    expect(r.status).toBe(422);
    expect(r.body.detail).toMatch(/ladder\.rectification\.talk: "30 days" is not an ISO-8601 duration/);
    expect(r.body.detail).toMatch(/ladder\.reminders\.0: use days, hours, minutes or seconds/);
    expect(Number((await h.pool.query('SELECT count(*) AS n FROM policies')).rows[0].n)).toBe(before);
  });

  it('lets only an admin install the default for every region', async () => {
    expect((await call(h.baseUrl, 'POST', '/policies', { regionId: null, document: drill }, cityOperator)).status).toBe(
      403,
    );
    const r = await call(
      h.baseUrl,
      'POST',
      '/policies',
      { regionId: null, document: { ...DEFAULT_POLICY, basis: '省级细则' } },
      h.admin,
    );
    expect(r.status).toBe(201);
    expect((await call(h.baseUrl, 'GET', '/regions/130200/policy', undefined, h.admin)).body).toMatchObject({
      regionId: null,
      version: 1,
    });
  });
});
