/**
 * Issue 10, item 5: jurisdiction over the leader on every route that takes a leader id. A leader belongs to every
 * unit they hold or held a role in; an office acts on a leader only through one of those units, and adding a role
 * needs the leader and the new role's unit both. "Not yours" is one answer whether or not the id exists.
 *
 *   220000 province ─┬─ 220100 长春市 (office A) ── unit U-A, leader L-A
 *                    └─ 220200 吉林市 (office B) ── unit U-B, leader L-B
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, call, freshDatabase, insertCaseRow, startHarness, tokenFor, type Harness } from '../helpers';

let h: Harness;
let db: Awaited<ReturnType<typeof freshDatabase>>;
let officeA: Record<string, string>;
let caseA: string;

const count = async (table: string) => Number((await h.pool.query(`SELECT count(*) AS n FROM ${table}`)).rows[0].n);

beforeAll(async () => {
  db = await freshDatabase();
  h = await startHarness({ databaseUrl: db.url });
  const r = await call(
    h.baseUrl,
    'POST',
    '/organisation/import',
    {
      regions: [
        { id: '220000', name: '吉林省', level: 'province' },
        { id: '220100', name: '长春市', level: 'city', parentId: '220000' },
        { id: '220200', name: '吉林市', level: 'city', parentId: '220000' },
      ],
      units: [
        { id: 'U-A', name: '长春市公安局', kind: 'administrative-organ', regionId: '220100' },
        { id: 'U-B', name: '吉林市公安局', kind: 'administrative-organ', regionId: '220200' },
      ],
      leaders: [
        { id: 'L-A', name: '甲', roles: [{ unitId: 'U-A', role: 'principal', startsOn: '2024-01-01' }] },
        { id: 'L-B', name: '乙', roles: [{ unitId: 'U-B', role: 'principal', startsOn: '2024-01-01' }] },
      ],
    },
    h.admin,
  );
  expect(r.status).toBe(200);
  officeA = bearer((await tokenFor(h.pool, 'office-operator', { regionId: '220100' })).secret);
  // A case of office A against its own unit: where the office tried to refer the other region's leader.
  caseA = `2026-${String(100_000 + Math.floor(Math.random() * 800_000))}`;
  await insertCaseRow(h.pool, {
    id: caseA,
    subject: { kind: 'unit', id: 'U-A', name: '长春市公安局', regionId: '220100' },
    openingRegionId: '220100',
    upperRegionId: '220000',
  });
});

afterAll(async () => {
  await h?.close();
  await db?.drop();
});

/** Every route that takes a leader id, as office A would call it for `id`. */
const leaderRoutes = (id: string): Array<{ name: string; method: string; path: string; body?: unknown }> => [
  { name: 'GET /leaders/{id}', method: 'GET', path: `/leaders/${id}` },
  {
    name: 'POST /leaders/{id}/roles',
    method: 'POST',
    path: `/leaders/${id}/roles`,
    body: { unitId: 'U-A', role: 'member', startsOn: '2020-01-01', endsOn: '2020-12-31' },
  },
  {
    name: 'POST /leaders/{id}/roles/{roleId}/end',
    method: 'POST',
    path: `/leaders/${id}/roles/1/end`,
    body: { endsOn: '2026-06-30' },
  },
  { name: 'GET /archive', method: 'GET', path: `/archive?subjectKind=leader&subjectId=${id}` },
  { name: 'GET /eligibility', method: 'GET', path: `/eligibility?subjectKind=leader&subjectId=${id}&purpose=awards` },
  {
    name: 'PUT /contacts/leader/{id}',
    method: 'PUT',
    path: `/contacts/leader/${id}`,
    body: { email: 'leader@example.cn' },
  },
  {
    name: 'POST /annual-cycles/{year}/nominations',
    method: 'POST',
    path: '/annual-cycles/2026/nominations',
    body: { category: 'leader-commendation', subjectKind: 'leader', subjectId: id, basis: '测试' },
  },
  {
    name: 'POST /cases/{id}/referrals',
    method: 'POST',
    path: `/cases/${caseA}/referrals`,
    body: { leaderId: id, body: 'discipline-inspection', reasons: '测试' },
  },
];

describe('jurisdiction over leaders (issue 10, item 5)', () => {
  it('refuses an office a back-dated, already-ended role for another region’s leader, even in its own unit, and writes nothing', async () => {
    const before = await count('leader_roles');
    const r = await call(
      h.baseUrl,
      'POST',
      '/leaders/L-B/roles',
      { unitId: 'U-A', role: 'member', startsOn: '2020-01-01', endsOn: '2020-12-31' },
      officeA,
    );
    expect(r.status).toBe(403);
    expect(r.body.type).toBe('/problems/forbidden');
    expect(r.body.detail).toBe('leader L-B is outside the jurisdiction of this token');
    expect(await count('leader_roles')).toBe(before);
    // So the leader's record, archive and eligibility stay closed to it, and it cannot refer them from its case.
    expect((await call(h.baseUrl, 'GET', '/leaders/L-B', undefined, officeA)).status).toBe(403);
    expect((await call(h.baseUrl, 'GET', '/archive?subjectKind=leader&subjectId=L-B', undefined, officeA)).status).toBe(
      403,
    );
    expect(
      (await call(h.baseUrl, 'GET', '/eligibility?subjectKind=leader&subjectId=L-B&purpose=awards', undefined, officeA))
        .status,
    ).toBe(403);
    const referral = await call(
      h.baseUrl,
      'POST',
      `/cases/${caseA}/referrals`,
      { leaderId: 'L-B', body: 'discipline-inspection', reasons: '测试' },
      { ...officeA, 'Idempotency-Key': randomUUID() },
    );
    expect(referral.status).toBe(422);
  });

  it('answers an unknown leader id exactly as a leader outside the jurisdiction, on every route that takes a leader id', async () => {
    const differences: string[] = [];
    const outside = leaderRoutes('L-B');
    const unknown = leaderRoutes('L-NONE');
    for (const [i, route] of outside.entries()) {
      const headers = { ...officeA, 'Idempotency-Key': randomUUID() };
      const a = await call(h.baseUrl, route.method, route.path, route.body, headers);
      const b = await call(h.baseUrl, unknown[i]!.method, unknown[i]!.path, unknown[i]!.body, {
        ...officeA,
        'Idempotency-Key': randomUUID(),
      });
      const sameDetail =
        String(a.body?.detail).replaceAll('L-B', '<id>') === String(b.body?.detail).replaceAll('L-NONE', '<id>');
      if (a.status !== b.status || a.body?.type !== b.body?.type || !sameDetail)
        differences.push(`${route.name}: ${a.status} ${a.body?.detail} vs ${b.status} ${b.body?.detail}`);
      if (a.status < 400) differences.push(`${route.name}: ${a.status} for a leader outside the jurisdiction`);
    }
    expect(differences).toEqual([]);
  });

  it('tells a taken leader id but not the name of a leader outside the jurisdiction', async () => {
    const r = await call(
      h.baseUrl,
      'POST',
      '/leaders',
      { id: 'L-B', name: '冒名', roles: [{ unitId: 'U-A', role: 'member', startsOn: '2025-01-01' }] },
      officeA,
    );
    expect(r.status).toBe(409);
    expect(r.body.detail).toBe('leader L-B already exists');
    const own = await call(
      h.baseUrl,
      'POST',
      '/leaders',
      { id: 'L-A', name: '甲', roles: [{ unitId: 'U-A', role: 'member', startsOn: '2025-01-01' }] },
      officeA,
    );
    expect(own.status).toBe(409);
    expect(own.body.detail).toBe('leader L-A already exists (甲)');
  });

  it('still lets an office record roles of its own leaders, but only in units it covers', async () => {
    const ok = await call(
      h.baseUrl,
      'POST',
      '/leaders/L-A/roles',
      { unitId: 'U-A', role: 'member', startsOn: '2025-02-01' },
      officeA,
    );
    expect(ok.status).toBe(201);
    const elsewhere = await call(
      h.baseUrl,
      'POST',
      '/leaders/L-A/roles',
      { unitId: 'U-B', role: 'member', startsOn: '2025-03-01' },
      officeA,
    );
    expect(elsewhere.status).toBe(403);
    expect(elsewhere.body.detail).toBe('unit U-B is outside the jurisdiction of this token');
  });

  it('sees a leader through a past role: a leader who moved away stays in the jurisdiction of their old unit', async () => {
    // L-A leaves U-A for U-B (recorded by the admin): office A still reads the record and archive, office B now too.
    const roles = (await call(h.baseUrl, 'GET', '/leaders/L-A', undefined, h.admin)).body.roles;
    const principal = roles.find((r: { role: string }) => r.role === 'principal');
    await call(h.baseUrl, 'POST', `/leaders/L-A/roles/${principal.id}/end`, { endsOn: '2025-12-31' }, h.admin);
    expect(
      (
        await call(
          h.baseUrl,
          'POST',
          '/leaders/L-A/roles',
          { unitId: 'U-B', role: 'principal', startsOn: '2026-01-01' },
          h.admin,
        )
      ).status,
    ).toBe(201);
    const officeB = bearer((await tokenFor(h.pool, 'office-operator', { regionId: '220200' })).secret);
    expect((await call(h.baseUrl, 'GET', '/leaders/L-A', undefined, officeA)).status).toBe(200);
    expect((await call(h.baseUrl, 'GET', '/leaders/L-A', undefined, officeB)).status).toBe(200);
    expect((await call(h.baseUrl, 'GET', '/archive?subjectKind=leader&subjectId=L-A', undefined, officeA)).status).toBe(
      200,
    );
  });

  it('keeps "no such leader" for the admin, who covers every id', async () => {
    const r = await call(h.baseUrl, 'GET', '/leaders/L-NONE', undefined, h.admin);
    expect(r.status).toBe(404);
    expect(r.body.detail).toBe('there is no leader L-NONE');
  });
});
