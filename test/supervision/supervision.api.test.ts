/**
 * Special supervision (Art. 9; issue 13) through the real API, the dev server and PostgreSQL, on a drill policy whose
 * periods are seconds: an item of every kind and every form runs from assignment to an accountability case through
 * the one door; an unannounced inspection stays hidden from the inspected until its findings; reminders before and
 * after the deadline and the green / yellow / red card; a returned completion; refusals by role, jurisdiction and input;
 * one recommendation, one case.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../domain/policy';
import type { SupervisionPolicy } from '../../domain/supervision';
import { bearer, call, eventually, freshDatabase, startHarness, tokenFor, type Harness } from '../helpers';

let h: Harness;
let db: Awaited<ReturnType<typeof freshDatabase>>;
const t = {} as Record<
  | 'cityOperator'
  | 'cityLeader'
  | 'citySupervisor'
  | 'countyOperator'
  | 'otherCityOperator'
  | 'psb'
  | 'edu'
  | 'hotel'
  | 'outsider',
  Record<string, string>
>;

const SUPERVISION: SupervisionPolicy = {
  handleWithin: 'PT1M',
  maxHandleWithin: 'PT10M',
  replyWithin: { npcSuggestion: 'PT1M', cppccProposal: 'PT1M' },
  progressReportEvery: 'PT2S',
  reminders: { before: ['PT3S'], after: ['PT1S'] },
  cards: { yellowWithin: 'PT4S', redWithin: 'PT2S' },
  rectificationWithin: 'PT1M',
};
const DRILL = {
  basis: '演练：督查督办期限以秒计',
  ladder: {
    ...DEFAULT_POLICY.ladder,
    // The cases opened here only need to exist: their ladder runs slowly.
    rectification: { notice: 'PT10M', talk: 'PT10M', listing: 'PT10M', veto: 'PT10M' },
    reminders: ['PT1M'],
    talkHoldWithin: 'PT10M',
    vetoDecisionReminderEvery: 'PT1M',
  },
  supervision: SUPERVISION,
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- response bodies are checked field by field
type Body = any;
const get = async (id: string, who = h.admin): Promise<Body> =>
  (await call(h.baseUrl, 'GET', `/supervision-items/${id}`, undefined, who)).body;
const waitItem = (id: string, pred: (i: Body) => boolean, timeoutMs = 30_000) =>
  eventually(async () => {
    const i = await get(id);
    return pred(i) ? i : undefined;
  }, timeoutMs);
const kinds = (i: Body): string[] => i.events.map((e: { kind: string }) => e.kind);
const soon = (s: number) => new Date(Date.now() + s * 1000).toISOString();

async function assign(body: Record<string, unknown>, who = t.cityOperator) {
  return call(h.baseUrl, 'POST', '/supervision-items', { title: '督办', content: '督办内容', ...body }, who);
}

beforeAll(async () => {
  db = await freshDatabase();
  // Item numbers are workflow ids on a Temporal server that other test databases share: a range of its own.
  await db.pool.query(`ALTER SEQUENCE supervision_item_seq RESTART WITH ${1 + Math.floor(Math.random() * 900_000)}`);
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
          id: 'U-NG-PSB',
          name: '南关区公安分局',
          kind: 'administrative-organ',
          regionId: '220102',
          memberOfCommittee: true,
        },
        {
          id: 'U-NG-EDU',
          name: '南关区教育局',
          kind: 'administrative-organ',
          regionId: '220102',
          memberOfCommittee: true,
        },
        { id: 'U-NG-HOTEL', name: '南关区某宾馆', kind: 'state-owned-enterprise', regionId: '220102' },
        {
          id: 'U-JL-PSB',
          name: '吉林市公安局',
          kind: 'administrative-organ',
          regionId: '220200',
          memberOfCommittee: true,
        },
      ],
    },
    h.admin,
  );
  expect(imported.status, JSON.stringify(imported.body)).toBe(200);
  const installed = await call(h.baseUrl, 'POST', '/policies', { regionId: '220100', document: DRILL }, h.admin);
  expect(installed.status, JSON.stringify(installed.body)).toBe(201);
  t.cityOperator = bearer((await tokenFor(h.pool, 'office-operator', { regionId: '220100' })).secret);
  t.cityLeader = bearer((await tokenFor(h.pool, 'committee-leader', { regionId: '220100' })).secret);
  t.citySupervisor = bearer((await tokenFor(h.pool, 'supervisor', { regionId: '220100' })).secret);
  t.countyOperator = bearer((await tokenFor(h.pool, 'office-operator', { regionId: '220102' })).secret);
  t.otherCityOperator = bearer((await tokenFor(h.pool, 'office-operator', { regionId: '220200' })).secret);
  t.psb = bearer((await tokenFor(h.pool, 'unit-liaison', { unitId: 'U-NG-PSB' })).secret);
  t.edu = bearer((await tokenFor(h.pool, 'unit-liaison', { unitId: 'U-NG-EDU' })).secret);
  t.hotel = bearer((await tokenFor(h.pool, 'unit-liaison', { unitId: 'U-NG-HOTEL' })).secret);
  t.outsider = bearer((await tokenFor(h.pool, 'unit-liaison', { unitId: 'U-JL-PSB' })).secret);
}, 60_000);

afterAll(async () => {
  await h?.close();
  await db?.drop();
});

/** Every kind at least once and every form at least once (Art. 9), each with what it needs. */
const EVERY_KIND_AND_FORM = [
  { kind: 'major-decision', form: 'tracking', units: ['U-NG-PSB'], ground: 1 },
  { kind: 'instruction', form: 'joint', units: ['U-NG-PSB', 'U-NG-EDU'], basis: '市委书记批示', ground: 6 },
  {
    kind: 'npc-suggestion',
    form: 'open-inspection',
    units: ['U-NG-PSB'],
    target: { kind: 'unit', id: 'U-NG-HOTEL' },
    basis: '市人大第12号建议',
    ground: 5,
  },
  {
    kind: 'cppcc-proposal',
    form: 'unannounced-inspection',
    units: ['U-NG-PSB', 'U-NG-EDU'],
    target: { kind: 'unit', id: 'U-NG-HOTEL' },
    basis: '市政协第34号提案',
    ground: 5,
  },
  { kind: 'disorder', form: 'tracking', units: ['U-NG-PSB'], target: { kind: 'region', id: '220102' }, ground: 1 },
] as const;

describe('Art. 9: special supervision through the API', () => {
  it('Art. 9: an item of every kind and every form runs from assignment to an accountability case (one door, linked both ways)', async () => {
    await Promise.all(
      EVERY_KIND_AND_FORM.map(async (x) => {
        const { ground, ...rest } = x;
        const a = await assign({ ...rest, title: `${x.kind} ${x.form}` });
        expect(a.status, JSON.stringify(a.body)).toBe(201);
        const id: string = a.body.id;
        expect(a.headers.get('location')).toBe(`/supervision-items/${id}`);
        expect(a.body).toMatchObject({ kind: x.kind, form: x.form, status: 'in-progress', drill: true, caseId: null });
        expect(a.body.units[0]).toMatchObject({ id: x.units[0], lead: true });
        await waitItem(id, (i) => kinds(i).includes('assigned'));

        const progress = await call(
          h.baseUrl,
          'POST',
          `/supervision-items/${id}/progress-reports`,
          { summary: '已部署' },
          t.psb,
        );
        expect(progress.status, JSON.stringify(progress.body)).toBe(200);
        const done = await call(h.baseUrl, 'POST', `/supervision-items/${id}/completion`, { summary: '已办结' }, t.psb);
        expect(done.status, JSON.stringify(done.body)).toBe(200);
        expect(done.body.status).toBe('under-review');
        const accepted = await call(
          h.baseUrl,
          'POST',
          `/supervision-items/${id}/reviews`,
          { decision: 'accept' },
          t.cityOperator,
        );
        expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
        expect(accepted.body.status).toBe('handled');

        const subject = 'target' in x ? x.target : { kind: 'unit', id: 'U-NG-PSB' };
        const findings = await call(
          h.baseUrl,
          'POST',
          `/supervision-items/${id}/findings`,
          {
            causes: '领导重视不够',
            loopholes: '排查机制缺失',
            rectify: false,
            recommendation: { subject, grounds: [ground], severity: 'ordinary', facts: '督查发现措施落实不力。' },
          },
          t.cityOperator,
        );
        expect(findings.status, JSON.stringify(findings.body)).toBe(200);
        expect(findings.body.status).toBe('awaiting-case');
        expect(findings.body.recommendation).toMatchObject({ grounds: [ground], subject: { id: subject.id } });

        const opened = await call(h.baseUrl, 'POST', `/supervision-items/${id}/case`, {}, t.cityOperator);
        expect(opened.status, JSON.stringify(opened.body)).toBe(201);
        expect(opened.body.opened).toBe(true);
        const caseId: string = opened.body.case.id;
        expect(opened.body.case.origin).toEqual({ kind: 'supervision-item', id });
        expect(opened.body.case.grounds).toEqual([ground]);
        expect(opened.body.case.subject.id).toBe(subject.id);
        expect(opened.body.item.caseId).toBe(caseId);
        // Both ways: the case names the item, the item its case; the item's process learns it and closes.
        const c = await call(h.baseUrl, 'GET', `/cases/${caseId}`, undefined, h.admin);
        expect(c.body.origin).toEqual({ kind: 'supervision-item', id });
        const closed = await waitItem(id, (i) => i.status === 'closed');
        expect(closed.case.id).toBe(caseId);
        expect(kinds(closed)).toEqual(
          expect.arrayContaining([
            'assigned',
            'progress-reported',
            'completion-reported',
            'completion-accepted',
            'findings-recorded',
            'case-opened',
          ]),
        );
        const wf = h.client.workflow.getHandle(a.body.workflowId);
        expect((await wf.result()).caseId).toBe(caseId);
        const d = await wf.describe();
        expect(d.typedSearchAttributes.get({ name: 'ItemKind', type: 'KEYWORD' } as never)).toBe(x.kind);
        expect(d.searchAttributes.CaseRegion).toEqual(['220100']);
        expect(d.searchAttributes.CaseStatus).toEqual(['closed']);
        expect(
          await h.client.workflow
            .getHandle(`case-${caseId}`)
            .describe()
            .then((r) => r.status.name),
        ).toBe('RUNNING');
      }),
    );
  });

  it('Art. 9 明查暗访: an unannounced inspection is invisible to the inspected unit until its findings are recorded', async () => {
    const a = await assign({
      kind: 'disorder',
      form: 'unannounced-inspection',
      units: ['U-NG-PSB'],
      target: { kind: 'unit', id: 'U-NG-HOTEL' },
      title: '暗访某宾馆治安状况',
    });
    expect(a.status, JSON.stringify(a.body)).toBe(201);
    const id: string = a.body.id;
    await waitItem(id, (i) => kinds(i).includes('assigned'));
    // The inspected: the same 403 as for an item that does not exist, and not in its list.
    const hidden = await call(h.baseUrl, 'GET', `/supervision-items/${id}`, undefined, t.hotel);
    const missing = await call(h.baseUrl, 'GET', '/supervision-items/DB2099-999999', undefined, t.hotel);
    expect(hidden.status).toBe(403);
    expect(missing.status).toBe(403);
    expect(hidden.body.type).toBe(missing.body.type);
    const list = await call(h.baseUrl, 'GET', '/supervision-items', undefined, t.hotel);
    expect(list.body.items.map((i: { id: string }) => i.id)).not.toContain(id);
    // Nor the office of the region it lies in, while the office that runs it and the responsible unit do.
    expect((await call(h.baseUrl, 'GET', `/supervision-items/${id}`, undefined, t.countyOperator)).status).toBe(403);
    expect((await call(h.baseUrl, 'GET', `/supervision-items/${id}`, undefined, t.psb)).status).toBe(200);
    expect((await call(h.baseUrl, 'GET', `/supervision-items/${id}`, undefined, t.citySupervisor)).status).toBe(200);
    let item = await get(id);
    expect(item.notifications.filter((n: Body) => n.addressee.id === 'U-NG-HOTEL')).toEqual([]);

    const findings = await call(
      h.baseUrl,
      'POST',
      `/supervision-items/${id}/findings`,
      { causes: '前台未登记住客身份', loopholes: '日常检查流于形式', rectificationDeadline: soon(50) },
      t.cityOperator,
    );
    expect(findings.status, JSON.stringify(findings.body)).toBe(200);
    expect(findings.body.status).toBe('rectifying');
    const seen = await call(h.baseUrl, 'GET', `/supervision-items/${id}`, undefined, t.hotel);
    expect(seen.status).toBe(200);
    expect(seen.body.findings.causes).toBe('前台未登记住客身份');
    const listed = await call(h.baseUrl, 'GET', '/supervision-items', undefined, t.hotel);
    expect(listed.body.items.map((i: { id: string }) => i.id)).toContain(id);
    item = await get(id);
    expect(item.notifications.some((n: Body) => n.addressee.id === 'U-NG-HOTEL' && /整改/.test(n.body))).toBe(true);
    // In rectification the inspected reports its rectification; the office accepts it and the item closes.
    const rectified = await call(
      h.baseUrl,
      'POST',
      `/supervision-items/${id}/completion`,
      { summary: '已整改' },
      t.hotel,
    );
    expect(rectified.status, JSON.stringify(rectified.body)).toBe(200);
    const ok = await call(
      h.baseUrl,
      'POST',
      `/supervision-items/${id}/reviews`,
      { decision: 'accept' },
      t.cityOperator,
    );
    expect(ok.body.status).toBe('closed');
  });

  it('Art. 9 催办: progress asked for, reminders before and after the deadline, and the card turns yellow then red', async () => {
    const a = await assign({ kind: 'major-decision', form: 'tracking', units: ['U-NG-EDU'], deadline: soon(10) });
    expect(a.status, JSON.stringify(a.body)).toBe(201);
    expect(a.body.card).toBe('green');
    const id: string = a.body.id;
    // Yellow with four seconds left (the drill policy's yellowWithin), shown live and recorded as it happens.
    const yellow = await waitItem(id, (i) => kinds(i).includes('card'), 15_000);
    expect(yellow.events.find((e: Body) => e.kind === 'card').detail.card).toBe('yellow');
    expect(['yellow', 'red']).toContain(yellow.card);
    const item = await waitItem(
      id,
      (i) => i.reminders >= 2 && kinds(i).filter((k) => k === 'reminder').length >= 2,
      25_000,
    );
    expect(item.card).toBe('red');
    expect(item.overdue).toBe(true);
    const reminders = item.events.filter((e: Body) => e.kind === 'reminder').map((e: Body) => e.detail.when);
    expect(reminders).toEqual(['before', 'after']);
    const cards = item.events.filter((e: Body) => e.kind === 'card').map((e: Body) => e.detail.card);
    expect(cards).toEqual(['yellow', 'red']);
    expect(kinds(item)).toContain('overdue');
    expect(kinds(item)).toContain('progress-requested');
    expect(item.reminders).toBe(2);
    const subjects = item.notifications.filter((n: Body) => n.addressee.id === 'U-NG-EDU').map((n: Body) => n.subject);
    expect(subjects).toEqual(
      expect.arrayContaining([
        '督查督办事项交办',
        '督查督办事项进展情况催报',
        '督查督办事项催办',
        '督查督办事项逾期催办',
      ]),
    );
    // The supervisors' filters: by card and by due date.
    const reds = await call(h.baseUrl, 'GET', '/supervision-items?card=red', undefined, t.citySupervisor);
    expect(reds.body.items.map((i: Body) => i.id)).toContain(id);
    const due = await call(
      h.baseUrl,
      'GET',
      `/supervision-items?dueBefore=${encodeURIComponent(soon(0))}`,
      undefined,
      t.citySupervisor,
    );
    expect(due.body.items.map((i: Body) => i.id)).toContain(id);
  });

  it('Art. 9: a returned completion goes back to the units with a new deadline; then accepted', async () => {
    const a = await assign({ kind: 'instruction', form: 'joint', units: ['U-NG-EDU', 'U-NG-PSB'], basis: '批示' });
    const id: string = a.body.id;
    await waitItem(id, (i) => kinds(i).includes('assigned'));
    // Only the lead unit reports the completion of a joint item.
    const notLead = await call(h.baseUrl, 'POST', `/supervision-items/${id}/completion`, { summary: '完成' }, t.psb);
    expect(notLead.status).toBe(422);
    expect(
      (await call(h.baseUrl, 'POST', `/supervision-items/${id}/completion`, { summary: '完成' }, t.edu)).status,
    ).toBe(200);
    const newDeadline = soon(45);
    const returned = await call(
      h.baseUrl,
      'POST',
      `/supervision-items/${id}/reviews`,
      { decision: 'return', reasons: '措施不具体', newDeadline },
      t.cityOperator,
    );
    expect(returned.status, JSON.stringify(returned.body)).toBe(200);
    expect(returned.body).toMatchObject({
      status: 'in-progress',
      returned: 1,
      deadline: new Date(newDeadline).toISOString(),
    });
    const item = await get(id);
    expect(
      item.notifications
        .filter((n: Body) => n.subject === '督查督办事项办结报告退回')
        .map((n: Body) => n.addressee.id)
        .sort(),
    ).toEqual(['U-NG-EDU', 'U-NG-PSB']);
    // A second review of nothing is a conflict.
    expect(
      (await call(h.baseUrl, 'POST', `/supervision-items/${id}/reviews`, { decision: 'accept' }, t.cityOperator))
        .status,
    ).toBe(409);
    expect(
      (await call(h.baseUrl, 'POST', `/supervision-items/${id}/completion`, { summary: '补充' }, t.edu)).status,
    ).toBe(200);
    const accepted = await call(
      h.baseUrl,
      'POST',
      `/supervision-items/${id}/reviews`,
      { decision: 'accept' },
      t.cityOperator,
    );
    expect(accepted.body.status).toBe('handled');
    const concluded = await call(
      h.baseUrl,
      'POST',
      `/supervision-items/${id}/findings`,
      { causes: '无', loopholes: '无', rectify: false },
      t.cityOperator,
    );
    expect(concluded.body.status).toBe('closed');
    // No recommendation, no case.
    expect((await call(h.baseUrl, 'POST', `/supervision-items/${id}/case`, {}, t.cityOperator)).status).toBe(409);
  });

  it('Art. 9: the wrong role or jurisdiction is refused (403), whatever the object', async () => {
    const body = { kind: 'major-decision', form: 'tracking', units: ['U-NG-PSB'] };
    expect((await assign(body, t.citySupervisor)).status).toBe(403);
    expect((await assign(body, t.cityLeader)).status).toBe(403);
    expect((await assign(body, t.psb)).status).toBe(403);
    // Another city's office cannot assign to our units, nor act for our office.
    expect((await assign(body, t.otherCityOperator)).status).toBe(403);
    expect((await assign({ ...body, regionId: '220100' }, t.otherCityOperator)).status).toBe(403);
    const a = await assign(body);
    const id: string = a.body.id;
    await waitItem(id, (i) => kinds(i).includes('assigned'));
    expect((await call(h.baseUrl, 'GET', `/supervision-items/${id}`, undefined, t.otherCityOperator)).status).toBe(403);
    expect((await call(h.baseUrl, 'GET', `/supervision-items/${id}`, undefined, t.outsider)).status).toBe(403);
    // A unit that is not responsible for it, and an office below the assigning one.
    expect(
      (await call(h.baseUrl, 'POST', `/supervision-items/${id}/progress-reports`, { summary: 'x' }, t.outsider)).status,
    ).toBe(403);
    expect(
      (await call(h.baseUrl, 'POST', `/supervision-items/${id}/completion`, { summary: 'x' }, t.countyOperator)).status,
    ).toBe(403);
    expect(
      (await call(h.baseUrl, 'POST', `/supervision-items/${id}/completion`, { summary: '完成' }, t.psb)).status,
    ).toBe(200);
    expect(
      (await call(h.baseUrl, 'POST', `/supervision-items/${id}/reviews`, { decision: 'accept' }, t.countyOperator))
        .status,
    ).toBe(403);
    expect(
      (await call(h.baseUrl, 'POST', `/supervision-items/${id}/reviews`, { decision: 'accept' }, t.psb)).status,
    ).toBe(403);
    const findings = {
      causes: '原因',
      loopholes: '漏洞',
      rectify: false,
      recommendation: { subject: { kind: 'unit', id: 'U-NG-PSB' }, grounds: [1], severity: 'ordinary', facts: '事实' },
    };
    expect((await call(h.baseUrl, 'POST', `/supervision-items/${id}/findings`, findings, t.cityLeader)).status).toBe(
      403,
    );
    expect(
      (await call(h.baseUrl, 'POST', `/supervision-items/${id}/findings`, findings, t.countyOperator)).status,
    ).toBe(403);
    // A recommendation against a unit outside the office's jurisdiction.
    const outside = {
      ...findings,
      recommendation: { ...findings.recommendation, subject: { kind: 'unit', id: 'U-JL-PSB' } },
    };
    expect((await call(h.baseUrl, 'POST', `/supervision-items/${id}/findings`, outside, t.cityOperator)).status).toBe(
      403,
    );
    expect((await call(h.baseUrl, 'POST', `/supervision-items/${id}/findings`, findings, t.cityOperator)).status).toBe(
      200,
    );
    // Turning it into a case: the office or its committee's leader, not a supervisor, a liaison or another office.
    for (const who of [t.citySupervisor, t.psb, t.countyOperator, t.otherCityOperator]) {
      expect((await call(h.baseUrl, 'POST', `/supervision-items/${id}/case`, {}, who)).status).toBe(403);
    }
    const byLeader = await call(h.baseUrl, 'POST', `/supervision-items/${id}/case`, {}, t.cityLeader);
    expect(byLeader.status, JSON.stringify(byLeader.body)).toBe(201);
    expect(byLeader.body.case.openingOrgan).toBe('committee');
  });

  it('Art. 9: bad input is refused with 422 and assigns nothing', async () => {
    const before = Number((await h.pool.query('SELECT count(*) AS n FROM supervision_items')).rows[0].n);
    const bad: Array<[string, Record<string, unknown>]> = [
      ['no units', { kind: 'major-decision', form: 'tracking', units: [] }],
      ['an unknown kind', { kind: 'rumour', form: 'tracking', units: ['U-NG-PSB'] }],
      ['a joint item of one unit', { kind: 'major-decision', form: 'joint', units: ['U-NG-PSB'] }],
      [
        'a joint item with a non-member unit',
        { kind: 'major-decision', form: 'joint', units: ['U-NG-PSB', 'U-NG-HOTEL'] },
      ],
      ['an inspection without its target', { kind: 'major-decision', form: 'open-inspection', units: ['U-NG-PSB'] }],
      ['a disorder item without its place', { kind: 'disorder', form: 'tracking', units: ['U-NG-PSB'] }],
      [
        'an unannounced inspection assigned to the inspected',
        {
          kind: 'disorder',
          form: 'unannounced-inspection',
          units: ['U-NG-HOTEL'],
          target: { kind: 'unit', id: 'U-NG-HOTEL' },
        },
      ],
      ['a deadline in the past', { kind: 'major-decision', form: 'tracking', units: ['U-NG-PSB'], deadline: soon(-5) }],
      // NPC suggestions: the reply deadline is policy (here one minute), never later.
      [
        'a proposal past its reply deadline',
        { kind: 'npc-suggestion', form: 'tracking', units: ['U-NG-PSB'], deadline: soon(120) },
      ],
      [
        'an item past the policy’s latest deadline',
        { kind: 'instruction', form: 'tracking', units: ['U-NG-PSB'], deadline: soon(3600) },
      ],
      ['an unknown unit', { kind: 'major-decision', form: 'tracking', units: ['U-NOPE'] }],
      ['an unknown field', { kind: 'major-decision', form: 'tracking', units: ['U-NG-PSB'], colour: 'red' }],
    ];
    for (const [what, body] of bad) {
      const r = await assign(body);
      expect(r.status, `${what}: ${JSON.stringify(r.body)}`).toBe(422);
      expect(r.headers.get('content-type')).toMatch(/application\/problem\+json/);
    }
    expect(Number((await h.pool.query('SELECT count(*) AS n FROM supervision_items')).rows[0].n)).toBe(before);
    expect((await call(h.baseUrl, 'GET', '/supervision-items/12345', undefined, h.admin)).status).toBe(422);

    const a = await assign({ kind: 'major-decision', form: 'tracking', units: ['U-NG-PSB'] });
    const id: string = a.body.id;
    await waitItem(id, (i) => kinds(i).includes('assigned'));
    // Art. 9 recommendations rest on grounds 1, 5 or 6 of Art. 14 only.
    for (const grounds of [[2], [3], [4], [1, 4]]) {
      const r = await call(
        h.baseUrl,
        'POST',
        `/supervision-items/${id}/findings`,
        {
          causes: '原因',
          loopholes: '漏洞',
          recommendation: { subject: { kind: 'unit', id: 'U-NG-PSB' }, grounds, severity: 'ordinary', facts: '事实' },
        },
        t.cityOperator,
      );
      expect(r.status, JSON.stringify(grounds)).toBe(422);
    }
    expect(
      (await call(h.baseUrl, 'POST', `/supervision-items/${id}/reviews`, { decision: 'return' }, t.cityOperator))
        .status,
    ).toBe(422);
    const f = await call(
      h.baseUrl,
      'POST',
      `/supervision-items/${id}/findings`,
      {
        causes: '原因',
        loopholes: '漏洞',
        recommendation: {
          subject: { kind: 'unit', id: 'U-NG-PSB' },
          grounds: [5],
          severity: 'ordinary',
          facts: '事实',
        },
      },
      t.cityOperator,
    );
    expect(f.status).toBe(200);
    expect(
      (await call(h.baseUrl, 'POST', `/supervision-items/${id}/case`, { grounds: [2] }, t.cityOperator)).status,
    ).toBe(422);
    expect(
      (await call(h.baseUrl, 'POST', `/supervision-items/${id}/case`, { grounds: [3, 5] }, t.cityOperator)).status,
    ).toBe(422);
    expect(Number((await h.pool.query('SELECT count(*) AS n FROM cases WHERE origin_id = $1', [id])).rows[0].n)).toBe(
      0,
    );
  });

  it('Art. 18: the periods of special supervision are policy data; seconds only in a drill region', async () => {
    // The drill city's policy applies below it; a regular city refuses second-scale periods (and a bad card order).
    const inForce = await call(h.baseUrl, 'GET', '/regions/220102/policy', undefined, t.countyOperator);
    expect(inForce.body.document.supervision).toEqual(SUPERVISION);
    const regular = { ...DEFAULT_POLICY, basis: '吉林市细则', supervision: SUPERVISION };
    const refused = await call(h.baseUrl, 'POST', '/policies', { regionId: '220200', document: regular }, h.admin);
    expect(refused.status).toBe(422);
    expect(JSON.stringify(refused.body)).toMatch(/supervision\.progressReportEvery/);
    const badCards = {
      ...DEFAULT_POLICY,
      basis: '吉林市细则',
      supervision: { ...SUPERVISION, cards: { yellowWithin: 'P1D', redWithin: 'P3D' } },
    };
    expect(
      (await call(h.baseUrl, 'POST', '/policies', { regionId: '220200', document: badCards }, h.admin)).status,
    ).toBe(422);
    const days = {
      ...DEFAULT_POLICY,
      basis: '吉林市细则',
      supervision: { ...DEFAULT_POLICY.supervision!, handleWithin: 'P20D' },
    };
    expect((await call(h.baseUrl, 'POST', '/policies', { regionId: '220200', document: days }, h.admin)).status).toBe(
      201,
    );
  });

  it('Art. 9: one recommendation opens one case — asked again, nothing new is opened', async () => {
    const a = await assign({
      kind: 'disorder',
      form: 'tracking',
      units: ['U-NG-PSB'],
      target: { kind: 'region', id: '220102' },
    });
    const id: string = a.body.id;
    await waitItem(id, (i) => kinds(i).includes('assigned'));
    const f = await call(
      h.baseUrl,
      'POST',
      `/supervision-items/${id}/findings`,
      {
        causes: '群众反映强烈的问题长期未解决',
        loopholes: '无专人负责',
        recommendation: {
          subject: { kind: 'region', id: '220102' },
          grounds: [5, 6],
          severity: 'serious',
          facts: '事实',
        },
      },
      t.cityOperator,
    );
    expect(f.status, JSON.stringify(f.body)).toBe(200);
    const [first, second] = await Promise.all([
      call(h.baseUrl, 'POST', `/supervision-items/${id}/case`, {}, t.cityOperator),
      call(h.baseUrl, 'POST', `/supervision-items/${id}/case`, {}, t.cityOperator),
    ]);
    expect([first.status, second.status].sort()).toEqual([200, 201]);
    expect(first.body.case.id).toBe(second.body.case.id);
    expect(first.body.case.startRung).toBe('talk'); // serious: the talk (Art. 15(2))
    const third = await call(h.baseUrl, 'POST', `/supervision-items/${id}/case`, {}, t.cityLeader);
    expect(third.status).toBe(200);
    expect(third.body.opened).toBe(false);
    expect(Number((await h.pool.query('SELECT count(*) AS n FROM cases WHERE origin_id = $1', [id])).rows[0].n)).toBe(
      1,
    );
    // The item is still rectifying (its findings set a deadline): the case does not end it.
    const item = await waitItem(id, (i) => kinds(i).includes('case-opened'));
    expect(item.status).toBe('rectifying');
    expect(item.caseId).toBe(first.body.case.id);
  });
});
