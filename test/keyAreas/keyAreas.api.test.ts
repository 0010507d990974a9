/**
 * Art. 15(1) ¶2 end to end through the API, on a drill policy (periods in seconds) against the real dev server and
 * PostgreSQL: a committee adopts versioned identification standards, lists key areas and prominent problems with their
 * reasons, its member units are given rolling investigations round by round and report on them, a Schedule issues the
 * periodic numbered notification true to the register, acceptance delists, and no effective measures by the deadline
 * or a rebound after delisting opens a case on Art. 14 ground 5 through the one door, linked both ways.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../domain/policy';
import { keyAreaScheduleId, keyAreaWorkflowId } from '../../domain/keyAreas';
import { CaseDeadline, CaseRegion, CaseStatus, ItemKind } from '../../domain/searchAttributes';
import { bearer, call, eventually, freshDatabase, startHarness, tokenFor, type Harness } from '../helpers';

let h: Harness;
let db: Awaited<ReturnType<typeof freshDatabase>>;
const t = {} as Record<
  'cityOperator' | 'countyOperator' | 'otherCityOperator' | 'supervisor' | 'psb' | 'market' | 'county',
  Record<string, string>
>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- response bodies are checked field by field
type Body = any;

const DRILL = {
  basis: '演练：重点地区各期限以秒计',
  ladder: {
    ...DEFAULT_POLICY.ladder,
    rectification: { notice: 'PT30S', talk: 'PT30S', listing: 'PT30S', veto: 'PT30S' },
    reminders: ['PT10S'],
    talkHoldWithin: 'PT30S',
    vetoDecisionReminderEvery: 'PT10S',
    reboundWatch: 'PT1M',
    accountabilityWindow: 'PT1M',
    referralReminderEvery: 'PT10S',
  },
  keyAreas: {
    rollingInvestigationEvery: 'PT3S',
    rectificationPeriod: 'PT40S',
    notificationEvery: 'PT4S',
    reboundWatch: 'PT40S',
  },
};

const AREA = {
  category: 'urban-village',
  name: '南关区某城中村',
  locationRegionId: '220102',
  responsible: { kind: 'region', id: '220102' },
  reasons: ['流动人口聚集，出租房屋管理混乱', '近三个月盗窃警情同比上升百分之四十'],
  memberUnits: ['U-CC-PSB', 'U-CC-MKT'],
  targets: ['出租房屋登记率达到百分之九十五以上', '盗窃警情同比下降'],
};
const getArea = async (id: string): Promise<Body> =>
  (await call(h.baseUrl, 'GET', `/key-areas/${id}`, undefined, t.cityOperator)).body;
const list = (body: unknown, who = t.cityOperator, key?: string) =>
  call(h.baseUrl, 'POST', '/key-areas', body, { ...who, ...(key ? { 'Idempotency-Key': key } : {}) });

beforeAll(async () => {
  db = await freshDatabase();
  // Every test database shares one Temporal: key-area numbers (workflow ids) get a range of their own.
  await db.pool.query(`ALTER SEQUENCE key_area_number_seq RESTART WITH ${1 + Math.floor(Math.random() * 9_000_000)}`);
  h = await startHarness({ databaseUrl: db.url });
  const imported = await call(
    h.baseUrl,
    'POST',
    '/organisation/import',
    {
      regions: [
        { id: '220000', name: '吉林省', level: 'province' },
        { id: '220100', name: '长春市', level: 'city', parentId: '220000', drill: true },
        { id: '220102', name: '南关区', level: 'county', parentId: '220100' },
        { id: '220200', name: '吉林市', level: 'city', parentId: '220000' },
      ],
      units: [
        {
          id: 'U-CC-PSB',
          name: '长春市公安局',
          kind: 'administrative-organ',
          regionId: '220100',
          memberOfCommittee: true,
        },
        {
          id: 'U-CC-MKT',
          name: '长春市市场监督管理局',
          kind: 'administrative-organ',
          regionId: '220100',
          memberOfCommittee: true,
        },
        {
          id: 'U-NG-PSB',
          name: '南关区公安分局',
          kind: 'administrative-organ',
          regionId: '220102',
          memberOfCommittee: true,
        },
      ],
      leaders: [
        { id: 'P-1', name: '王某', roles: [{ unitId: 'U-NG-PSB', role: 'principal', startsOn: '2024-01-01' }] },
      ],
    },
    h.admin,
  );
  expect(imported.status, JSON.stringify(imported.body)).toBe(200);
  expect((await call(h.baseUrl, 'POST', '/policies', { regionId: '220100', document: DRILL }, h.admin)).status).toBe(
    201,
  );
  t.cityOperator = bearer((await tokenFor(h.pool, 'office-operator', { regionId: '220100' })).secret);
  t.countyOperator = bearer((await tokenFor(h.pool, 'office-operator', { regionId: '220102' })).secret);
  t.otherCityOperator = bearer((await tokenFor(h.pool, 'office-operator', { regionId: '220200' })).secret);
  t.supervisor = bearer((await tokenFor(h.pool, 'supervisor', { regionId: '220100' })).secret);
  t.psb = bearer((await tokenFor(h.pool, 'unit-liaison', { unitId: 'U-CC-PSB' })).secret);
  t.market = bearer((await tokenFor(h.pool, 'unit-liaison', { unitId: 'U-CC-MKT' })).secret);
  t.county = bearer((await tokenFor(h.pool, 'unit-liaison', { unitId: 'U-NG-PSB' })).secret);
});

afterAll(async () => {
  await h?.client.schedule
    .getHandle(keyAreaScheduleId('220100'))
    .delete()
    .catch(() => undefined);
  // Items still running would keep assigning rounds on a queue nobody polls: end them.
  for (const { id } of (await db?.pool.query<{ id: string }>('SELECT id FROM key_areas'))?.rows ?? [])
    await h.client.workflow
      .getHandle(keyAreaWorkflowId(id))
      .terminate('test over')
      .catch(() => undefined);
  await h?.close();
  await db?.drop();
});

describe('key areas (Art. 15(1) ¶2)', () => {
  let areaId: string;

  it('Art. 15(1) ¶2: a committee keeps versioned identification standards and procedure', async () => {
    const adopt = (version: number, who = t.cityOperator) =>
      call(
        h.baseUrl,
        'POST',
        '/key-area-registers/220100/standards',
        {
          title: `长春市社会治安重点地区认定标准和程序办法（第${version}版）`,
          criteria: ['可防性案件高发', '群众反映强烈', '治安秩序混乱'],
          procedure: '排查摸底、综治办提出、综治委审定、列入名册、滚动排查、验收销号。',
        },
        who,
      );
    const v1 = await adopt(1);
    expect(v1.status, JSON.stringify(v1.body)).toBe(201);
    expect(v1.body.version).toBe(1);
    const v2 = await adopt(2);
    expect(v2.body.version).toBe(2);
    // A county office does not write the city committee's standards.
    expect((await adopt(3, t.countyOperator)).status).toBe(403);
    const all = await call(h.baseUrl, 'GET', '/key-area-registers/220100/standards', undefined, t.psb);
    expect(all.status).toBe(200);
    expect(all.body.items.map((s: Body) => s.version)).toEqual([2, 1]);
  });

  it('Art. 15(1) ¶2: an area is listed with its reasons and the standard version applied, visible to supervisors', async () => {
    const r = await list(AREA, t.cityOperator, 'list-area-1');
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    areaId = r.body.id;
    expect(r.body).toMatchObject({
      kind: 'area',
      category: 'urban-village',
      registerRegionId: '220100',
      standardVersion: 2,
      reasons: AREA.reasons,
      targets: AREA.targets,
      status: 'listed',
      responsible: { kind: 'region', id: '220102', name: '南关区' },
    });
    // The same request again lists nothing new.
    const again = await list(AREA, t.cityOperator, 'list-area-1');
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(areaId);
    const a = await getArea(areaId);
    expect(a.standard.version).toBe(2);
    expect(a.events[0]).toMatchObject({ kind: 'listed', detail: { standardVersion: 2, reasons: AREA.reasons } });
    // The Web UI: kind, region, status and due date to filter on, and a Chinese summary.
    const d = await h.client.workflow.getHandle(keyAreaWorkflowId(areaId)).describe();
    expect(d.typedSearchAttributes.get(ItemKind)).toBe('urban-village');
    expect(d.typedSearchAttributes.get(CaseRegion)).toBe('220102');
    expect(d.typedSearchAttributes.get(CaseStatus)).toBe('listed');
    expect(d.typedSearchAttributes.get(CaseDeadline)?.toISOString()).toBe(a.deadline);
    expect(await d.staticSummary()).toBe('重点地区 南关区某城中村（城中村）');
  });

  it('Art. 15(1) ¶2: rolling investigations are assigned to the member units round by round and reported', async () => {
    const mine = await eventually(async () => {
      const r = await call(h.baseUrl, 'GET', `/key-area-checks?areaId=${areaId}&status=assigned`, undefined, t.psb);
      return r.body.items.length ? r.body.items : undefined;
    });
    // A member unit sees its own assignments only.
    expect(mine.every((c: Body) => c.unitId === 'U-CC-PSB')).toBe(true);
    const check = mine[0];
    const report = { findings: '排查出租房屋120户，发现未登记18户', measures: '已督促登记并开展清查', effective: true };
    // Another unit may not report it.
    expect((await call(h.baseUrl, 'POST', `/key-area-checks/${check.id}/report`, report, t.market)).status).toBe(403);
    const ok = await call(h.baseUrl, 'POST', `/key-area-checks/${check.id}/report`, report, t.psb);
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body).toMatchObject({ status: 'reported', findings: report.findings, effective: true });
    expect((await call(h.baseUrl, 'POST', `/key-area-checks/${check.id}/report`, report, t.psb)).status).toBe(409);
    // The round ends: the market regulator's unreported check is missed, and a new round is assigned to both.
    const a = await eventually(async () => {
      const x = await getArea(areaId);
      return x.rounds >= 2 && x.checks.some((c: Body) => c.status === 'missed') ? x : undefined;
    });
    const round1 = a.checks.filter((c: Body) => c.round === check.round);
    expect(round1.find((c: Body) => c.unitId === 'U-CC-PSB').status).toBe('reported');
    expect(round1.find((c: Body) => c.unitId === 'U-CC-MKT').status).toBe('missed');
    expect(a.events.map((e: Body) => e.kind)).toEqual(expect.arrayContaining(['round-assigned', 'round-closed']));
    const { rows } = await h.pool.query(
      `SELECT subject FROM notifications WHERE addressee_kind = 'office' AND addressee_id = '220100' AND subject LIKE '滚动排查未按期报告%'`,
    );
    expect(rows.length).toBeGreaterThan(0);
  });

  it('Art. 15(1) ¶2: the periodic notification is numbered, issued by the schedule and true to the register', async () => {
    const s = await call(
      h.baseUrl,
      'PUT',
      '/key-area-registers/220100/notification-schedule',
      undefined,
      t.cityOperator,
    );
    expect(s.status, JSON.stringify(s.body)).toBe(200);
    expect(s.body).toMatchObject({ scheduleId: keyAreaScheduleId('220100'), every: 'PT4S' });
    const described = await h.client.schedule.getHandle(keyAreaScheduleId('220100')).describe();
    expect(described.spec.timezone).toBe('Asia/Shanghai');
    const items = await eventually(async () => {
      const r = await call(h.baseUrl, 'GET', '/key-area-registers/220100/notifications', undefined, t.psb);
      return r.body.items.length >= 2 ? (r.body.items as Body[]) : undefined;
    }, 30_000);
    // Numbered in order, each its own document in the office's drill series.
    const [second, first] = items;
    expect(first.seq).toBe(1);
    expect(second.seq).toBe(2);
    expect(second.periodStart).toBe(first.periodEnd);
    for (const n of [first, second]) expect(n.documentNo).toMatch(/^长春市综治办（演练）〔\d{4}〕\d+号$/);
    const doc = await call(h.baseUrl, 'GET', first.document, undefined, t.psb);
    expect(doc.status, JSON.stringify(doc.body)).toBe(200);
    const record = doc.body.record;
    expect(record.kind).toBe('key-area-notification');
    expect(record.title).toBe('【演练】关于长春市社会治安重点地区和突出治安问题排查整治情况的通报（第1期）');
    expect(record.signatureOrgan).toBe('长春市社会治安综合治理委员会办公室');
    expect(record.mainAddressees[0]).toBe('长春市社会治安综合治理委员会各成员单位');
    const text = record.body.join('\n');
    // What it says is what the register held at the period's end.
    expect(first.summary.listed).toBe(1);
    expect(text).toContain('在册社会治安重点地区1处、突出治安问题0项');
    expect(text).toContain(`南关区某城中村（城中村，${areaId}）`);
    expect(text).toContain('依认定标准第2版列入');
    expect(text).toContain(AREA.reasons[0]);
    const pdf = await fetch(`${h.baseUrl}${first.document}.pdf`, { headers: t.psb });
    expect(pdf.status).toBe(200);
    // Outside the region, the document is not readable.
    expect((await call(h.baseUrl, 'GET', first.document, undefined, t.otherCityOperator)).status).toBe(403);
    // The member units were notified of it.
    const { rows } = await h.pool.query(
      `SELECT 1 FROM notifications WHERE addressee_kind = 'unit' AND addressee_id = 'U-CC-PSB' AND subject LIKE '社会治安重点地区定期通报%'`,
    );
    expect(rows.length).toBeGreaterThan(0);
  });

  it('Art. 15(1) ¶2: acceptance delists the item; a second acceptance is refused', async () => {
    // Not the county office's register, nor a supervisor's act.
    const body = { acceptance: '经验收，出租房屋登记率达百分之九十六，盗窃警情同比下降百分之三十，整治目标实现。' };
    expect((await call(h.baseUrl, 'POST', `/key-areas/${areaId}/acceptance`, body, t.countyOperator)).status).toBe(403);
    expect((await call(h.baseUrl, 'POST', `/key-areas/${areaId}/acceptance`, body, t.supervisor)).status).toBe(403);
    const r = await call(h.baseUrl, 'POST', `/key-areas/${areaId}/acceptance`, body, t.cityOperator);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toMatchObject({ status: 'delisted', acceptance: body.acceptance });
    expect(r.body.watchUntil).not.toBeNull();
    expect((await call(h.baseUrl, 'POST', `/key-areas/${areaId}/acceptance`, body, t.cityOperator)).status).toBe(409);
    const a = await getArea(areaId);
    expect(a.checks.some((c: Body) => c.status === 'assigned')).toBe(false);
    const d = await h.client.workflow.getHandle(keyAreaWorkflowId(areaId)).describe();
    expect(d.typedSearchAttributes.get(CaseStatus)).toBe('delisted');
  });

  it('Art. 14(5), 15(1) ¶2: a rebound after delisting opens a case on ground 5, linked both ways', async () => {
    const facts = '销号后一个月内连续发生入室盗窃案件5起，群众反映强烈。';
    expect((await call(h.baseUrl, 'POST', `/key-areas/${areaId}/rebound`, { facts }, t.countyOperator)).status).toBe(
      403,
    );
    const r = await call(h.baseUrl, 'POST', `/key-areas/${areaId}/rebound`, { facts }, t.cityOperator);
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body.status).toBe('rebound');
    const caseId = r.body.reboundCaseId;
    expect(caseId).toBeTruthy();
    const c = await eventually(async () => {
      const x = (await call(h.baseUrl, 'GET', `/cases/${caseId}`, undefined, t.cityOperator)).body;
      return x.events?.length ? x : undefined;
    });
    expect(c.grounds).toEqual([5]);
    expect(c.subject).toMatchObject({ kind: 'region', id: '220102' });
    expect(c.openingRegionId).toBe('220100');
    expect(c.origin).toEqual({ kind: 'key-area', id: areaId });
    expect(c.facts).toContain(facts);
    expect((await call(h.baseUrl, 'POST', `/key-areas/${areaId}/rebound`, { facts }, t.cityOperator)).status).toBe(409);
  });

  it('Art. 14(5), 15(1) ¶2: no effective measures by the deadline opens a case on ground 5 against the responsible unit', async () => {
    const r = await list({
      category: 'vice-gambling-drugs',
      name: '南关区涉赌违法犯罪问题',
      locationRegionId: '220102',
      responsible: { kind: 'unit', id: 'U-NG-PSB' },
      reasons: ['群众举报聚众赌博线索集中'],
      standardVersion: 1,
      memberUnits: ['U-CC-PSB'],
      targets: ['查处涉赌窝点', '群众举报下降'],
      deadline: new Date(Date.now() + 4000).toISOString(),
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body).toMatchObject({ kind: 'problem', standardVersion: 1 });
    const id = r.body.id;
    // The responsible unit sees the item it answers for; another city's office does not.
    expect((await call(h.baseUrl, 'GET', `/key-areas/${id}`, undefined, t.county)).status).toBe(200);
    expect((await call(h.baseUrl, 'GET', `/key-areas/${id}`, undefined, t.otherCityOperator)).status).toBe(403);
    const a = await eventually(async () => {
      const x = await getArea(id);
      return x.caseId ? x : undefined;
    }, 30_000);
    expect(a.status).toBe('overdue');
    const c = (await call(h.baseUrl, 'GET', `/cases/${a.caseId}`, undefined, t.cityOperator)).body;
    expect(c.grounds).toEqual([5]);
    expect(c.subject).toMatchObject({ kind: 'unit', id: 'U-NG-PSB' });
    expect(c.openingRegionId).toBe('220100');
    expect(c.origin).toEqual({ kind: 'key-area', id });
    expect(c.facts).toContain('没有采取有效措施');
    const d = await h.client.workflow.getHandle(`case-${a.caseId}`).describe();
    expect(await d.staticSummary()).toContain('重点地区逾期未采取有效措施');
    // The rolling checks go on after the case opened: the item stays on the register until accepted.
    const later = await eventually(async () => {
      const x = await getArea(id);
      return x.rounds > a.rounds ? x : undefined;
    });
    expect(later.status).toBe('overdue');
  });

  it('Art. 15(1) ¶2: the wrong role or jurisdiction is refused', async () => {
    expect((await list(AREA, t.psb)).status).toBe(403);
    expect((await list(AREA, t.supervisor)).status).toBe(403);
    // A county office lists in its own register only.
    expect((await list({ ...AREA, registerRegionId: '220100' }, t.countyOperator)).status).toBe(403);
    expect(
      (await call(h.baseUrl, 'PUT', '/key-area-registers/220100/notification-schedule', undefined, t.countyOperator))
        .status,
    ).toBe(403);
    expect((await call(h.baseUrl, 'GET', `/key-areas/${areaId}`, undefined, t.otherCityOperator)).status).toBe(403);
    expect((await call(h.baseUrl, 'GET', `/key-areas/${areaId}`, undefined, t.county)).status).toBe(403);
    const outside = await call(h.baseUrl, 'GET', '/key-areas', undefined, t.otherCityOperator);
    expect(outside.body.items).toEqual([]);
    const unit = await call(h.baseUrl, 'GET', '/key-areas', undefined, t.market);
    expect(unit.body.items.map((a: Body) => a.id)).toContain(areaId);
    expect(
      (await call(h.baseUrl, 'GET', '/key-area-registers/220100/notifications', undefined, t.otherCityOperator)).status,
    ).toBe(403);
  });

  it('Art. 15(1) ¶2: bad input is refused with 422 naming the field', async () => {
    const bad = async (body: unknown, field: RegExp) => {
      const r = await list(body);
      expect(r.status, JSON.stringify(r.body)).toBe(422);
      expect(r.headers.get('content-type')).toMatch(/application\/problem\+json/);
      expect(r.body.detail).toMatch(field);
    };
    await bad({ ...AREA, category: 'casino' }, /body\.category/);
    await bad({ ...AREA, reasons: [] }, /body\.reasons/);
    await bad({ ...AREA, memberUnits: ['U-NG-PSB'] }, /body\.memberUnits\.0/);
    await bad({ ...AREA, standardVersion: 9 }, /body\.standardVersion/);
    await bad({ ...AREA, responsible: { kind: 'region', id: '220100' } }, /body\.responsible/);
    await bad({ ...AREA, deadline: new Date(Date.now() + 3_600_000).toISOString() }, /body\.deadline/);
    await bad({ ...AREA, extra: 1 }, /extra|Unrecognized/);
    expect((await call(h.baseUrl, 'GET', '/key-areas/not-a-number', undefined, t.cityOperator)).status).toBe(422);
    // A register without standards lists nothing.
    await h.pool.query(
      `INSERT INTO units (id, name, kind, region_id, member_of_committee) VALUES ('U-JL-PSB', '吉林市公安局', 'administrative-organ', '220200', true)`,
    );
    const none = await call(
      h.baseUrl,
      'POST',
      '/key-areas',
      { ...AREA, locationRegionId: '220200', responsible: { kind: 'unit', id: 'U-JL-PSB' }, memberUnits: ['U-JL-PSB'] },
      t.otherCityOperator,
    );
    expect(none.status).toBe(422);
    expect(none.body.detail).toMatch(/no identification standards/);
    // Art. 18: the key-area periods are local rules, but seconds only in a drill region.
    const policy = await call(
      h.baseUrl,
      'POST',
      '/policies',
      { regionId: '220200', document: { ...DRILL, ladder: DEFAULT_POLICY.ladder } },
      h.admin,
    );
    expect(policy.status).toBe(422);
    expect(policy.body.detail).toMatch(/keyAreas\.rollingInvestigationEvery/);
    const standards = await call(
      h.baseUrl,
      'POST',
      '/key-area-registers/220100/standards',
      { title: '' },
      t.cityOperator,
    );
    expect(standards.status).toBe(422);
  });
});
