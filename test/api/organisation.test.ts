/**
 * Organisation data (issue 3; DESIGN.md §3): regions as a tree with levels and committees (Art. 6, Art. 15 "县级以上"),
 * units of the kinds Art. 2 names, leaders and their roles over time; create, update, list and bulk import, every
 * record validated with nothing written for a refused one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, call, freshDatabase, startHarness, tokenFor, type Harness } from '../helpers';

let h: Harness;
let db: Awaited<ReturnType<typeof freshDatabase>>;
let operator: Record<string, string>;

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
        { id: '220102', name: '南关区', level: 'county', parentId: '220100' },
        { id: '220200', name: '吉林市', level: 'city', parentId: '220000' },
      ],
    },
    h.admin,
  );
  expect(r.status).toBe(200);
  operator = bearer((await tokenFor(h.pool, 'office-operator', { regionId: '220100' })).secret);
});

afterAll(async () => {
  await h?.close();
  await db?.drop();
});

describe('regions', () => {
  it('gives every region at county level and above a committee and an office (Art. 6, Art. 15(1))', async () => {
    const r = await call(h.baseUrl, 'GET', '/regions/220102', undefined, operator);
    expect(r.body).toMatchObject({
      level: 'county',
      parentId: '220100',
      committeeName: '南关区社会治安综合治理委员会',
      officeName: '南关区社会治安综合治理委员会办公室',
    });
  });

  it('refuses a region whose parent is unknown or at the wrong level, writing nothing', async () => {
    const before = await count('regions');
    const unknown = await call(
      h.baseUrl,
      'POST',
      '/regions',
      { id: '220103', name: '朝阳区', level: 'county', parentId: '229900' },
      operator,
    );
    expect(unknown.status).toBe(422);
    expect(unknown.body.detail).toMatch(/parentId: there is no region 229900/);
    const wrongLevel = await call(
      h.baseUrl,
      'POST',
      '/regions',
      { id: '220103', name: '朝阳区', level: 'county', parentId: '220000' },
      h.admin,
    );
    expect(wrongLevel.status).toBe(422);
    expect(wrongLevel.body.detail).toMatch(/a county sits under a city/);
    const badCode = await call(
      h.baseUrl,
      'POST',
      '/regions',
      { id: 'CC', name: 'x', level: 'county', parentId: '220100' },
      operator,
    );
    expect(badCode.status).toBe(422);
    expect(await count('regions')).toBe(before);
  });

  it('refuses a duplicate id with 409', async () => {
    const r = await call(
      h.baseUrl,
      'POST',
      '/regions',
      { id: '220102', name: '南关区', level: 'county', parentId: '220100' },
      operator,
    );
    expect(r.status).toBe(409);
  });
});

describe('units and leaders', () => {
  it('creates a unit of an Art. 2 kind and refuses one in an unknown region', async () => {
    const ok = await call(
      h.baseUrl,
      'POST',
      '/units',
      {
        id: 'U-NG-PSB',
        name: '南关区公安分局',
        kind: 'administrative-organ',
        regionId: '220102',
        memberOfCommittee: true,
      },
      operator,
    );
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ regionId: '220102', memberOfCommittee: true, stationedBy: null });
    const before = await count('units');
    const bad = await call(
      h.baseUrl,
      'POST',
      '/units',
      { id: 'U-X', name: 'x', kind: 'court', regionId: '229999' },
      operator,
    );
    expect(bad.status).toBe(422);
    expect(bad.body.detail).toMatch(/regionId: there is no region 229999/);
    const badKind = await call(
      h.baseUrl,
      'POST',
      '/units',
      { id: 'U-X', name: 'x', kind: 'company', regionId: '220102' },
      operator,
    );
    expect(badKind.status).toBe(422);
    expect(await count('units')).toBe(before);
  });

  it('requires the supervising unit of a unit stationed locally by the centre or the province (Art. 15(4) ¶3)', async () => {
    const bad = await call(
      h.baseUrl,
      'POST',
      '/units',
      {
        id: 'U-RAIL',
        name: '长春铁路公安处',
        kind: 'administrative-organ',
        regionId: '220100',
        stationedBy: 'central',
      },
      operator,
    );
    expect(bad.status).toBe(422);
    expect(bad.body.detail).toMatch(/supervisingUnitName/);
    const ok = await call(
      h.baseUrl,
      'POST',
      '/units',
      {
        id: 'U-RAIL',
        name: '长春铁路公安处',
        kind: 'administrative-organ',
        regionId: '220100',
        stationedBy: 'central',
        supervisingUnitName: '沈阳铁路公安局',
      },
      operator,
    );
    expect(ok.status).toBe(201);
  });

  it('records leaders with roles over time; a role on an unknown unit or leader is refused', async () => {
    const ok = await call(
      h.baseUrl,
      'POST',
      '/leaders',
      {
        id: 'P-0001',
        name: '王局长',
        roles: [{ unitId: 'U-NG-PSB', role: 'principal', title: '局长', startsOn: '2024-03-01' }],
      },
      operator,
    );
    expect(ok.status).toBe(201);
    expect(ok.body.roles).toHaveLength(1);
    const before = [await count('leaders'), await count('leader_roles')];
    const unknownUnit = await call(
      h.baseUrl,
      'POST',
      '/leaders',
      { id: 'P-0002', name: '赵', roles: [{ unitId: 'U-NONE', role: 'member', startsOn: '2024-01-01' }] },
      operator,
    );
    expect(unknownUnit.status).toBe(422);
    expect(unknownUnit.body.detail).toMatch(/roles\.0\.unitId: there is no unit U-NONE/);
    const unknownLeader = await call(
      h.baseUrl,
      'POST',
      '/leaders/P-9999/roles',
      { unitId: 'U-NG-PSB', role: 'member', startsOn: '2024-01-01' },
      operator,
    );
    // An office is told the same about an unknown leader as about one outside its jurisdiction (issue 10).
    expect(unknownLeader.status).toBe(403);
    const backwards = await call(
      h.baseUrl,
      'POST',
      '/leaders/P-0001/roles',
      { unitId: 'U-NG-PSB', role: 'member', startsOn: '2024-05-01', endsOn: '2024-04-01' },
      operator,
    );
    expect(backwards.status).toBe(422);
    expect([await count('leaders'), await count('leader_roles')]).toEqual(before);
  });

  it('keeps the earlier role when a leader moves: the role ends, a new one starts elsewhere (DESIGN.md §3)', async () => {
    const leader = await call(h.baseUrl, 'GET', '/leaders/P-0001', undefined, operator);
    const roleId = leader.body.roles[0].id;
    const ended = await call(
      h.baseUrl,
      'POST',
      `/leaders/P-0001/roles/${roleId}/end`,
      { endsOn: '2026-06-30' },
      operator,
    );
    expect(ended.body.endsOn).toBe('2026-06-30');
    expect(
      (await call(h.baseUrl, 'POST', `/leaders/P-0001/roles/${roleId}/end`, { endsOn: '2026-07-01' }, operator)).status,
    ).toBe(409);
    const moved = await call(
      h.baseUrl,
      'POST',
      '/leaders/P-0001/roles',
      { unitId: 'U-RAIL', role: 'in-charge', startsOn: '2026-07-01' },
      operator,
    );
    expect(moved.status).toBe(201);
    const after = await call(h.baseUrl, 'GET', '/leaders/P-0001', undefined, operator);
    expect(after.body.roles.map((r: { unitId: string; endsOn: string | null }) => [r.unitId, r.endsOn])).toEqual([
      ['U-NG-PSB', '2026-06-30'],
      ['U-RAIL', null],
    ]);
  });
});

describe('bulk import', () => {
  const doc = {
    regions: [{ id: '220104', name: '朝阳区', level: 'county', parentId: '220100' }],
    units: [
      { id: 'U-CY-GOV', name: '朝阳区人民政府', kind: 'administrative-organ', regionId: '220104' },
      { id: 'U-CY-COURT', name: '朝阳区人民法院', kind: 'court', regionId: '220104', memberOfCommittee: true },
    ],
    leaders: [
      { id: 'P-CY-1', name: '刘区长', roles: [{ unitId: 'U-CY-GOV', role: 'principal', startsOn: '2025-01-01' }] },
    ],
  };

  it('applies a whole document in order (a region before its units), and a second run changes nothing', async () => {
    const first = await call(h.baseUrl, 'POST', '/organisation/import', doc, operator);
    expect(first.status).toBe(200);
    expect(first.body).toEqual({
      regions: { created: 1, updated: 0 },
      units: { created: 2, updated: 0 },
      leaders: { created: 1, updated: 0 },
    });
    const rolesBefore = await count('leader_roles');
    const second = await call(h.baseUrl, 'POST', '/organisation/import', doc, operator);
    expect(second.body).toEqual({
      regions: { created: 0, updated: 1 },
      units: { created: 0, updated: 2 },
      leaders: { created: 0, updated: 1 },
    });
    expect(await count('leader_roles')).toBe(rolesBefore);
  });

  it('refuses the whole document when one record is wrong, writing nothing, and says which record', async () => {
    const before = [await count('regions'), await count('units'), await count('leaders')];
    const bad = {
      regions: [{ id: '220105', name: '二道区', level: 'county', parentId: '220100' }],
      units: [
        { id: 'U-ED-GOV', name: '二道区人民政府', kind: 'administrative-organ', regionId: '220105' },
        { id: 'U-ED-X', name: '不存在地区的单位', kind: 'court', regionId: '221111' },
      ],
    };
    const r = await call(h.baseUrl, 'POST', '/organisation/import', bad, operator);
    expect(r.status).toBe(422);
    expect(r.body.detail).toMatch(/body\.units\.1\.regionId: there is no region 221111/);
    expect([await count('regions'), await count('units'), await count('leaders')]).toEqual(before);
  });

  it('refuses a document that reaches outside the importer’s jurisdiction, writing nothing', async () => {
    const before = await count('units');
    const r = await call(
      h.baseUrl,
      'POST',
      '/organisation/import',
      { units: [{ id: 'U-JL-1', name: '吉林市某局', kind: 'court', regionId: '220200' }] },
      operator,
    );
    expect(r.status).toBe(403);
    expect(await count('units')).toBe(before);
  });
});
