/**
 * Issue 5 through the real API, dev server and PostgreSQL, on a drill policy (second-scale periods, Art. 18): the
 * schedule is created idempotently and triggered; the year runs from the schedule's start through pledges (Art. 7),
 * work reports and a plenary report (Art. 8), scores and results (Art. 10–11, JSON and CSV), a failing grade opening
 * exactly one case on Art. 14 ground 4, and commendations (Art. 12–13) — a barred unit refused with the reason, a
 * collective commended a third time in a row flagged for provincial praise.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { upsertBar } from '../../db/bars';
import { insertNomination } from '../../db/annual';
import { DEFAULT_ANNUAL, shanghaiYear } from '../../domain/annual';
import { DEFAULT_POLICY } from '../../domain/policy';
import { ensureAnnualSchedule } from '../../lib/temporal';
import { type annualCycleLauncherWorkflow, annualCycleWorkflowId } from '../../workflows/annual';
import {
  bearer,
  call,
  eventually,
  freshDatabase,
  insertCaseRow,
  startHarness,
  tokenFor,
  type Harness,
} from '../helpers';

let h: Harness;
let db: Awaited<ReturnType<typeof freshDatabase>>;
const YEAR = shanghaiYear(new Date());
const t = {} as Record<
  'province' | 'provinceLeader' | 'city' | 'cityLeader' | 'county' | 'liaisonK1' | 'liaisonK2',
  Record<string, string>
>;

const DRILL = {
  basis: '演练：年度流程各期限以秒计',
  ladder: DEFAULT_POLICY.ladder,
  annual: {
    ...DEFAULT_ANNUAL,
    pledgeSignWithin: 'PT8S',
    pledgeReminders: ['PT4S'],
    reportsOpenAfter: 'PT12S',
    reportsDueWithin: 'PT10S',
    reportReminders: ['PT5S'],
    scoresDueWithin: 'PT15S',
    nominationsWithin: 'PT20S',
  },
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- response bodies are checked field by field
type Body = any;
const get = async (path: string, headers: Record<string, string> = h.admin): Promise<Body> =>
  (await call(h.baseUrl, 'GET', path, undefined, headers)).body;
const stage = (s: string) =>
  eventually(async () => (await get(`/annual-cycles/${YEAR}`))?.stage === s, 90_000).then(() => undefined);

beforeAll(async () => {
  db = await freshDatabase();
  h = await startHarness({ databaseUrl: db.url });
  const imported = await call(
    h.baseUrl,
    'POST',
    '/organisation/import',
    {
      regions: [
        // A drill province, marked by the admin (issue 11, item 1): only there may the annual periods be seconds.
        { id: '220000', name: '吉林省', level: 'province', drill: true },
        { id: '220100', name: '长春市', level: 'city', parentId: '220000' },
        { id: '220102', name: '南关区', level: 'county', parentId: '220100' },
      ],
      units: [
        { id: 'U-P1', name: '省公安厅', kind: 'administrative-organ', regionId: '220000', memberOfCommittee: true },
        {
          id: 'U-K1',
          name: '南关区公安分局',
          kind: 'administrative-organ',
          regionId: '220102',
          memberOfCommittee: true,
        },
        { id: 'U-K2', name: '南关区教育局', kind: 'administrative-organ', regionId: '220102', memberOfCommittee: true },
      ],
      leaders: [
        { id: 'L-K1', name: '王某', roles: [{ unitId: 'U-K1', role: 'principal', startsOn: '2024-01-01' }] },
        { id: 'L-K2', name: '赵某', roles: [{ unitId: 'U-K2', role: 'principal', startsOn: '2024-01-01' }] },
      ],
    },
    h.admin,
  );
  expect(imported.status).toBe(200);
  expect((await call(h.baseUrl, 'POST', '/policies', { regionId: '220000', document: DRILL }, h.admin)).status).toBe(
    201,
  );
  t.province = bearer((await tokenFor(h.pool, 'office-operator', { regionId: '220000' })).secret);
  t.provinceLeader = bearer((await tokenFor(h.pool, 'committee-leader', { regionId: '220000' })).secret);
  t.city = bearer((await tokenFor(h.pool, 'office-operator', { regionId: '220100' })).secret);
  t.cityLeader = bearer((await tokenFor(h.pool, 'committee-leader', { regionId: '220100' })).secret);
  t.county = bearer((await tokenFor(h.pool, 'office-operator', { regionId: '220102' })).secret);
  t.liaisonK1 = bearer((await tokenFor(h.pool, 'unit-liaison', { unitId: 'U-K1' })).secret);
  t.liaisonK2 = bearer((await tokenFor(h.pool, 'unit-liaison', { unitId: 'U-K2' })).secret);
  // U-K2 and its principal are under a listing's bars (Art. 15(3)) all this year.
  await insertCaseRow(h.pool, {
    id: `${YEAR}-990001`,
    subject: { kind: 'unit', id: 'U-K2', name: '南关区教育局', regionId: '220102' },
    openingRegionId: '220102',
    upperRegionId: '220100',
  });
  for (const [kind, id, name, scopes, role] of [
    ['unit', 'U-K2', '南关区教育局', ['honours'], null],
    ['leader', 'L-K2', '赵某', ['awards', 'promotion'], 'principal'],
  ] as const)
    await upsertBar(h.pool, {
      bar_key: `bar-${YEAR}-990001-listing-${kind}-${id}`,
      case_id: `${YEAR}-990001`,
      rung: 'listing',
      decision_event_seq: 1,
      decision_document_no: '长春市综治办〔2026〕9号',
      authority_region_id: '220100',
      subject_kind: kind,
      subject_id: id,
      subject_name: name,
      leader_role: role,
      leader_unit_id: role ? 'U-K2' : null,
      scopes: [...scopes],
      starts_at: new Date(Date.now() - 86_400_000),
      ends_at: new Date(Date.now() + 180 * 86_400_000),
      period: 'P6M',
    });
  // U-K1 was an advanced collective the two years before (Art. 13 ¶2 counts the streak).
  for (const year of [YEAR - 2, YEAR - 1]) {
    const { row } = await insertNomination(h.pool, {
      year,
      category: 'advanced-collective',
      subjectKind: 'unit',
      subjectId: 'U-K1',
      subjectName: '南关区公安分局',
      regionId: '220102',
      basis: '往年',
      nominatedBy: 'test',
      status: 'nominated',
      reason: null,
    });
    await h.pool.query("UPDATE commendations SET status = 'commended' WHERE id = $1", [row.id]);
  }
}, 60_000);

afterAll(async () => {
  await h?.client.schedule
    .getHandle('annual-cycle')
    .delete()
    .catch(() => undefined);
  await h?.close();
  await db?.drop();
});

describe('the annual cycle through the API on a drill policy (Art. 7, 8, 10–13)', () => {
  it('runs a year from the schedule’s start to commendations and the case a failing grade opens', async () => {
    // The schedule: created once, updated on the next start, in Asia/Shanghai, early January (policy).
    const opts = { taskQueue: h.config.temporal.taskQueue, start: DRILL.annual.start };
    expect(await ensureAnnualSchedule(h.client, opts)).toBe('created');
    expect(await ensureAnnualSchedule(h.client, opts)).toBe('updated');
    const schedule = h.client.schedule.getHandle('annual-cycle');
    const described = await schedule.describe();
    expect(described.spec.timezone).toBe('Asia/Shanghai');
    expect(described.spec.calendars?.[0]).toMatchObject({
      month: [{ start: 'JANUARY' }],
      dayOfMonth: [{ start: 5 }],
      hour: [{ start: 9 }],
    });
    // Triggered (as on 5 January): the launcher starts this year's cycle; triggered again, nothing new.
    await schedule.trigger();
    await eventually(async () => (await get(`/annual-cycles/${YEAR}`))?.year === YEAR);
    await schedule.trigger();
    const launches = await eventually(async () => {
      const runs = [];
      for await (const w of h.client.workflow.list({ query: `WorkflowType = 'annualCycleLauncherWorkflow'` }))
        runs.push(w);
      return runs.length === 2 && runs.every((r) => r.status.name === 'COMPLETED') ? runs : undefined;
    });
    const results = await Promise.all(
      launches.map((r) =>
        h.client.workflow.getHandle<typeof annualCycleLauncherWorkflow>(r.workflowId, r.runId).result(),
      ),
    );
    expect(results.map((r) => r.started).sort()).toEqual([false, true]);
    expect((await h.client.workflow.count(`WorkflowId = '${annualCycleWorkflowId(YEAR)}'`)).count).toBe(1);
    // By hand: the same year starts nothing new; next year has not begun; a city cannot start it.
    expect(await call(h.baseUrl, 'POST', '/annual-cycles', { year: YEAR }, t.province)).toMatchObject({
      status: 200,
      body: { started: false },
    });
    expect((await call(h.baseUrl, 'POST', '/annual-cycles', { year: YEAR + 1 }, t.province)).status).toBe(422);
    expect((await call(h.baseUrl, 'POST', '/annual-cycles', { year: YEAR - 5 }, t.city)).status).toBe(403);

    // Art. 7: five pledges, top-down: the province with its member and the city committee, the city with the county
    // committee, the county with its two members.
    const pledges = await eventually(async () => {
      const items = (await get(`/annual-cycles/${YEAR}/pledges`, t.province)).items;
      return items.length === 5 ? items : undefined;
    });
    expect(pledges.map((p: Body) => p.id).sort()).toEqual(
      [
        `${YEAR}-220000-committee-220100`,
        `${YEAR}-220000-unit-U-P1`,
        `${YEAR}-220100-committee-220102`,
        `${YEAR}-220102-unit-U-K1`,
        `${YEAR}-220102-unit-U-K2`,
      ].sort(),
    );
    const k1 = `${YEAR}-220102-unit-U-K1`;
    const k2 = `${YEAR}-220102-unit-U-K2`;
    expect((await get(`/annual-cycles/${YEAR}/pledges`, t.liaisonK1)).items.map((p: Body) => p.id)).toEqual([k1]);
    // Issued rows come first, then each pledge's process; act once both are there.
    for (const id of [k1, k2])
      await eventually(() =>
        h.client.workflow
          .getHandle(`pledge-${id}`)
          .describe()
          .then(() => true)
          .catch(() => false),
      );
    const sign = (id: string, version: number, who: Record<string, string>) =>
      call(h.baseUrl, 'POST', `/pledges/${id}/signature`, { version, signatory: '局长' }, who);
    expect((await sign(k1, 1, t.liaisonK2)).status).toBe(403);
    const signed = await sign(k1, 1, t.liaisonK1);
    expect(signed.status, JSON.stringify(signed.body)).toBe(200);
    expect(signed.body).toMatchObject({ status: 'signed', signedVersion: 1 });
    expect((await sign(k1, 1, t.liaisonK1)).status).toBe(409);
    // Revised by the county office (修改和补充): a signature on the old text is refused, the new one is signed.
    const revised = await call(
      h.baseUrl,
      'POST',
      `/pledges/${k2}/revisions`,
      { points: [{ point: '校园安全', target: '无重大事件' }], reason: '补充校园安全目标' },
      t.county,
    );
    expect(revised.status, JSON.stringify(revised.body)).toBe(200);
    expect(revised.body.version).toBe(2);
    expect((await sign(k2, 1, t.liaisonK2)).status).toBe(409);
    expect((await sign(k2, 2, t.liaisonK2)).status).toBe(200);
    const k2Detail = await get(`/pledges/${k2}`, t.county);
    expect(k2Detail.versions.map((v: Body) => v.version)).toEqual([1, 2]);
    // Issue 12 (Art. 7): each version of a pledge is a numbered document of the committee, readable under the pledge's
    // rules; the revision says what it revises.
    const pledgeDocs = (
      await h.pool.query<{ document_no: string; pledge_version: number }>(
        'SELECT document_no, pledge_version FROM case_documents WHERE pledge_id = $1 ORDER BY pledge_version',
        [k2],
      )
    ).rows;
    expect(pledgeDocs.map((d) => d.pledge_version)).toEqual([1, 2]);
    for (const d of pledgeDocs) expect(d.document_no).toMatch(/^南关区综治委（演练）〔\d{4}〕\d+号$/);
    const v2 = await get(`/documents/${encodeURIComponent(pledgeDocs[1]!.document_no)}`, t.liaisonK2);
    expect(v2.record).toMatchObject({ kind: 'pledge', mainAddressees: [expect.any(String)] });
    expect(v2.record.title).toMatch(/年度社会治安综合治理（平安建设）目标管理责任状（第2版）$/);
    expect(v2.record.body.join('')).toMatch(/修订理由：补充校园安全目标[\s\S]*校园安全。目标：无重大事件/);
    // The unsigned pledge of the province's member goes overdue and is reported to the province office.
    await eventually(async () => (await get(`/pledges/${YEAR}-220000-unit-U-P1`)).status === 'overdue', 30_000);

    // Art. 8: the reports open; U-K1 files, and is heard at the county's plenary meeting.
    await stage('work-reports');
    const report = { partyKind: 'unit', partyId: 'U-K1', summary: '全年开展专项整治', nextYearPlan: '明年继续' };
    expect((await call(h.baseUrl, 'POST', `/annual-cycles/${YEAR}/work-reports`, report, t.liaisonK1)).status).toBe(
      200,
    );
    expect((await call(h.baseUrl, 'POST', `/annual-cycles/${YEAR}/work-reports`, report, t.liaisonK1)).status).toBe(
      409,
    );
    const plenary = await call(
      h.baseUrl,
      'POST',
      `/annual-cycles/${YEAR}/plenary-reports`,
      { partyKind: 'unit', partyId: 'U-K1', scheduledFor: new Date(Date.now() - 1000).toISOString() },
      t.county,
    );
    expect(plenary.status, JSON.stringify(plenary.body)).toBe(201);
    expect(
      (await call(h.baseUrl, 'POST', `/plenary-reports/${plenary.body.id}/minutes`, { minutes: '听取述职' }, t.county))
        .status,
    ).toBe(204);

    // Art. 10: scores by the assessing offices, validated against the year's indicators.
    await stage('assessment');
    const reports = (await get(`/annual-cycles/${YEAR}/work-reports`, t.province)).items;
    expect(Object.fromEntries(reports.map((r: Body) => [r.party.id, r.status]))).toMatchObject({
      'U-K1': 'filed',
      'U-K2': 'missing',
    });
    const score = (kind: string, id: string, v: number, who: Record<string, string>, extra: object = {}) =>
      call(
        h.baseUrl,
        'PUT',
        `/annual-cycles/${YEAR}/assessments/${kind}/${id}`,
        { scores: { 'security-satisfaction': v, 'key-work': v, grassroots: v, ...extra }, majorIncident: false },
        who,
      );
    expect((await score('unit', 'U-K1', 95, t.city)).status).toBe(403); // not its assessing office
    expect((await score('unit', 'U-K1', 101, t.county)).status).toBe(422); // above the indicator's maximum
    expect((await score('unit', 'U-K1', 95, t.county, { unknown: 1 })).status).toBe(422);
    expect((await score('unit', 'U-K1', 95, t.county)).status).toBe(200);
    expect((await score('unit', 'U-K2', 96, t.county)).status).toBe(200);
    expect((await score('region', '220102', 40, t.city)).status).toBe(200);
    expect((await score('region', '220100', 85, t.province)).status).toBe(200);
    expect((await score('unit', 'U-P1', 85, t.province)).status).toBe(200);

    // Results, into the archive, exported; the failing county gets exactly one case on ground 4.
    await stage('commendations');
    const res = (await get(`/annual-cycles/${YEAR}/results`, t.province)).items;
    const grades = Object.fromEntries(res.map((r: Body) => [r.subject.id, r.grade]));
    expect(grades).toEqual({
      'U-P1': 'good',
      '220100': 'good',
      '220102': 'fail',
      'U-K1': 'excellent',
      'U-K2': 'excellent',
    });
    const csv = await fetch(`${h.baseUrl}/annual-cycles/${YEAR}/results.csv`, { headers: t.province });
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the BOM spreadsheet tools need for UTF-8
    const text = bytes.subarray(3).toString('utf8');
    expect(text.startsWith('year,subject_kind,subject_id')).toBe(true);
    expect(text).toContain(`${YEAR},region,220102,南关区,220100,40,fail,false,`);
    const ground4 = (await get('/cases?limit=50', t.province)).items.filter((c: Body) => c.grounds.includes(4));
    expect(ground4).toHaveLength(1);
    expect(ground4[0]).toMatchObject({ subject: { kind: 'region', id: '220102' }, openingRegionId: '220100' });
    expect(res.find((r: Body) => r.subject.id === '220102').caseId).toBe(ground4[0].id);

    // Art. 12: nominations from the results; the barred unit and leader are refused with the reason.
    const noms = (await get(`/annual-cycles/${YEAR}/commendations`, t.province)).items;
    const nom = (id: string, category: string) =>
      noms.find((n: Body) => n.subject.id === id && n.category === category);
    expect(nom('U-K1', 'advanced-collective')).toMatchObject({ status: 'nominated' });
    expect(nom('L-K1', 'leader-commendation')).toMatchObject({ status: 'nominated' });
    expect(nom('U-K2', 'advanced-collective')).toMatchObject({
      status: 'refused',
      reason: expect.stringContaining('挂牌督办'),
    });
    expect(nom('L-K2', 'leader-commendation')).toMatchObject({ status: 'refused' });
    // By hand, a barred unit is refused too — with the bar — and nothing is written.
    const before = (await h.pool.query('SELECT count(*)::int AS n FROM commendations')).rows[0].n;
    const barred = await call(
      h.baseUrl,
      'POST',
      `/annual-cycles/${YEAR}/nominations`,
      { category: 'leader-commendation', subjectKind: 'leader', subjectId: 'L-K2', basis: '工作突出' },
      t.county,
    );
    expect(barred.status).toBe(422);
    expect(barred.body).toMatchObject({
      type: '/problems/barred',
      bars: [{ caseId: `${YEAR}-990001`, rung: 'listing' }],
    });
    expect((await h.pool.query('SELECT count(*)::int AS n FROM commendations')).rows[0].n).toBe(before);

    // Art. 12 ¶2: the province decides; U-K1 is commended a third year running: flagged for praise (Art. 13 ¶2).
    const decide = (id: string, who: Record<string, string>) =>
      call(
        h.baseUrl,
        'POST',
        `/commendations/${id}/decision`,
        { decision: 'commend', documentNo: '吉综治委〔2027〕1号' },
        who,
      );
    expect((await decide(nom('U-K1', 'advanced-collective').id, t.cityLeader)).status).toBe(403);
    const commended = await decide(nom('U-K1', 'advanced-collective').id, t.provinceLeader);
    expect(commended.status, JSON.stringify(commended.body)).toBe(200);
    expect(commended.body).toMatchObject({ status: 'commended', provincialPraise: true });
    // Issue 12 (Art. 12): without a number of its own, the decision is issued as the provincial committee's document.
    const leaderCommended = await call(
      h.baseUrl,
      'POST',
      `/commendations/${nom('L-K1', 'leader-commendation').id}/decision`,
      { decision: 'commend' },
      t.provinceLeader,
    );
    expect(leaderCommended.body).toMatchObject({ status: 'commended', provincialPraise: false });
    const decisionNo = leaderCommended.body.documentNo;
    expect(decisionNo).toMatch(/^吉林省综治委（演练）〔\d{4}〕\d+号$/);
    const decisionDoc = await get(`/documents/${encodeURIComponent(decisionNo)}`, t.province);
    expect(decisionDoc.record).toMatchObject({ kind: 'commendation-decision' });
    expect(decisionDoc.record.body[0]).toMatch(
      /依照《健全落实社会治安综合治理领导责任制的实施办法》第十二条.*予以嘉奖/,
    );
    const archive = await get('/archive?subjectKind=leader&subjectId=L-K1', t.province);
    expect(JSON.stringify(archive)).toContain('嘉奖');

    await stage('completed');
  }, 240_000);
});
