/**
 * Issue 11, item 7: the talk as Art. 15(2) describes it — 由相应的上一级社会治安综合治理委员会办公室主任对其党政主要领导干部、
 * 社会治安综合治理工作分管领导干部和负有责任的其他领导班子成员进行约谈，必要时由社会治安综合治理委员会主任、副主任约谈.
 * Through the real API, worker, Temporal and PostgreSQL: who held the talk is a leader on record holding the upper
 * level's office or committee post on the talk's day; the attendees are the subject's leaders on record, each with
 * their role; the principal and the in-charge leader (分管综治) attend or the record says why not.
 *
 *   220000 吉林省 ── 220100 长春市 (the upper level: its office director D-1, committee deputy director C-1)
 *                        └─ 220102 南关区 (its own office director D-CTY) ── 220102001 (a township)
 *     units of 南关区: 南关区公安分局 U-NG-PSB (P-1 principal, P-2 in-charge, P-3 member, P-4 a former member);
 *                      区委 U-NG-PARTY and 区政府 U-NG-GOV, leading the region (R-1, R-2 principals; no in-charge)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shanghaiDate } from '../../domain/calendar';
import { bearer, call, eventually, freshDatabase, startHarness, tokenFor, type Harness } from '../helpers';

let h: Harness;
let db: Awaited<ReturnType<typeof freshDatabase>>;
const t = {} as Record<'countyOperator' | 'cityOperator' | 'cityLeader', Record<string, string>>;
/** The answer to importing the committee and office posts (checked by the organisation test below). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- response bodies are checked field by field
let postsImport: { status: number; body: any };

const DAY = 86_400_000;
const today = shanghaiDate(new Date());
const yesterday = shanghaiDate(new Date(Date.now() - DAY));
const tomorrow = shanghaiDate(new Date(Date.now() + DAY));

/** A case as GET /cases/{id} answers it (the tests read its fields freely). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- response bodies are checked field by field
type CaseBody = any;
const kinds = (c: CaseBody): string[] => c.events.map((e: { kind: string }) => e.kind);

async function getCase(id: string): Promise<CaseBody> {
  return (await call(h.baseUrl, 'GET', `/cases/${id}`, undefined, h.admin)).body;
}
async function waitFor(id: string, pred: (c: CaseBody) => boolean, timeoutMs = 60_000): Promise<CaseBody> {
  return eventually(async () => {
    const c = await getCase(id);
    return pred(c) ? c : undefined;
  }, timeoutMs);
}

beforeAll(async () => {
  db = await freshDatabase();
  h = await startHarness({ databaseUrl: db.url });
  const role = (unitId: string, r: string, startsOn = '2020-01-01', endsOn?: string) => ({
    unitId,
    role: r,
    startsOn,
    ...(endsOn ? { endsOn } : {}),
  });
  const imported = await call(
    h.baseUrl,
    'POST',
    '/organisation/import',
    {
      regions: [
        { id: '220000', name: '吉林省', level: 'province' },
        { id: '220100', name: '长春市', level: 'city', parentId: '220000' },
        { id: '220102', name: '南关区', level: 'county', parentId: '220100' },
        { id: '220102001', name: '南关区某街道', level: 'township', parentId: '220102' },
      ],
      units: [
        {
          id: 'U-NG-PSB',
          name: '南关区公安分局',
          kind: 'administrative-organ',
          regionId: '220102',
          memberOfCommittee: true,
        },
        { id: 'U-NG-PARTY', name: '中共南关区委', kind: 'party-organ', regionId: '220102', leadsRegion: true },
        { id: 'U-NG-GOV', name: '南关区人民政府', kind: 'administrative-organ', regionId: '220102', leadsRegion: true },
        {
          id: 'U-CC-PSB',
          name: '长春市公安局',
          kind: 'administrative-organ',
          regionId: '220100',
          memberOfCommittee: true,
        },
      ],
      leaders: [
        { id: 'P-1', name: '王某', roles: [role('U-NG-PSB', 'principal')] },
        { id: 'P-2', name: '李某', roles: [role('U-NG-PSB', 'in-charge')] },
        { id: 'P-3', name: '赵某', roles: [role('U-NG-PSB', 'member')] },
        { id: 'P-4', name: '钱某', roles: [role('U-NG-PSB', 'member', '2020-01-01', yesterday)] },
        { id: 'R-1', name: '孙某', roles: [role('U-NG-PARTY', 'principal')] },
        { id: 'R-2', name: '周某', roles: [role('U-NG-GOV', 'principal')] },
        { id: 'X-1', name: '郑某', roles: [role('U-CC-PSB', 'principal')] },
      ],
    },
    h.admin,
  );
  expect(imported.status, JSON.stringify(imported.body)).toBe(200);
  // The posts of the committees and offices, recorded as roles in the region (checked in the organisation test).
  const post = (regionId: string, r: string, startsOn = '2020-01-01', endsOn?: string) => ({
    regionId,
    role: r,
    startsOn,
    ...(endsOn ? { endsOn } : {}),
  });
  postsImport = await call(
    h.baseUrl,
    'POST',
    '/organisation/import',
    {
      leaders: [
        { id: 'D-1', name: '陈主任', roles: [{ ...post('220100', 'office-director'), title: '市综治办主任' }] },
        { id: 'D-OLD', name: '冯某', roles: [post('220100', 'office-director', '2018-01-01', yesterday)] },
        { id: 'D-NEW', name: '褚某', roles: [post('220100', 'office-director', tomorrow)] },
        { id: 'C-1', name: '卫某', roles: [post('220100', 'committee-deputy-director')] },
        { id: 'D-CTY', name: '蒋某', roles: [post('220102', 'office-director')] },
      ],
    },
    h.admin,
  );
  t.countyOperator = bearer((await tokenFor(h.pool, 'office-operator', { regionId: '220102' })).secret);
  t.cityOperator = bearer((await tokenFor(h.pool, 'office-operator', { regionId: '220100' })).secret);
  t.cityLeader = bearer((await tokenFor(h.pool, 'committee-leader', { regionId: '220100' })).secret);
}, 120_000);
afterAll(async () => {
  await h?.close();
  await db?.drop();
});

/** A serious case starts at the talk (Art. 15(2) 危害严重或者影响重大), held by the city; waits until it is awaited. */
async function caseAwaitingTalk(subject = { kind: 'unit', id: 'U-NG-PSB' }): Promise<string> {
  const opened = await call(
    h.baseUrl,
    'POST',
    '/cases',
    { subject, grounds: [1], facts: '辖区发生重大治安事件，影响重大。', severity: 'serious' },
    subject.kind === 'unit' ? t.countyOperator : t.cityOperator,
  );
  expect(opened.status, JSON.stringify(opened.body)).toBe(201);
  expect(opened.body).toMatchObject({ upperRegionId: '220100' });
  await waitFor(opened.body.id, (c) => c.phase === 'awaiting-talk' && kinds(c).includes('document-issued:talk-notice'));
  return opened.body.id;
}

const talk = (id: string, body: Record<string, unknown>, headers = t.cityOperator) =>
  call(
    h.baseUrl,
    'POST',
    `/cases/${id}/talk`,
    { heldAt: new Date().toISOString(), minutes: '分析原因，督促限期整改。', ...body },
    headers,
  );

const talkHeld = async (id: string) =>
  (await waitFor(id, (c) => kinds(c).includes('talk-held'))).events.find(
    (e: { kind: string }) => e.kind === 'talk-held',
  );

describe('the talk as Art. 15(2) describes it (issue 11 item 7)', () => {
  it('Art. 15(2): a region’s office director and its committee’s (deputy) directors are posts of the region, recorded through the organisation API and import; jurisdiction follows the region', async () => {
    expect(postsImport.status, JSON.stringify(postsImport.body)).toBe(200);
    expect(postsImport.body.leaders).toEqual({ created: 5, updated: 0 });

    // The city's office sees its own director; the county's does not (the post belongs to the city).
    const seen = await call(h.baseUrl, 'GET', '/leaders/D-1', undefined, t.cityOperator);
    expect(seen.status).toBe(200);
    expect(seen.body.roles).toEqual([
      expect.objectContaining({ regionId: '220100', unitId: null, role: 'office-director', title: '市综治办主任' }),
    ]);
    expect((await call(h.baseUrl, 'GET', '/leaders/D-1', undefined, t.countyOperator)).status).toBe(403);
    const listed = await call(h.baseUrl, 'GET', '/leaders', undefined, t.cityOperator);
    expect(listed.body.items.map((l: { id: string }) => l.id)).toEqual(expect.arrayContaining(['D-1', 'C-1']));

    // The county office may not make anyone the city's office director, nor take over the city's director.
    const before = Number((await h.pool.query('SELECT count(*) AS n FROM leader_roles')).rows[0].n);
    const usurp = await call(
      h.baseUrl,
      'POST',
      '/leaders',
      { id: 'D-FAKE', name: '冒名', roles: [{ regionId: '220100', role: 'office-director', startsOn: today }] },
      t.countyOperator,
    );
    expect(usurp.status).toBe(403);
    const takeOver = await call(
      h.baseUrl,
      'POST',
      '/leaders/D-1/roles',
      { regionId: '220102', role: 'committee-director', startsOn: today },
      t.countyOperator,
    );
    expect(takeOver.status).toBe(403);

    // A post needs a region of county level or above, and is not a role in a unit (nor the reverse).
    const bad: Array<[Record<string, unknown>, RegExp]> = [
      [{ regionId: '220102001', role: 'office-director', startsOn: today }, /regionId: .*township/],
      [{ unitId: 'U-NG-PSB', role: 'office-director', startsOn: today }, /office-director is a post of a region/],
      [{ regionId: '220102', role: 'in-charge', startsOn: today }, /in-charge is a role in a unit/],
      [{ regionId: '229999', role: 'office-director', startsOn: today }, /regionId: there is no region 229999/],
    ];
    for (const [r, detail] of bad) {
      const res = await call(h.baseUrl, 'POST', '/leaders', { id: 'D-BAD', name: '某', roles: [r] }, h.admin);
      expect(res.status, JSON.stringify(r)).toBe(422);
      expect(res.body.detail).toMatch(detail);
    }
    expect(Number((await h.pool.query('SELECT count(*) AS n FROM leader_roles')).rows[0].n)).toBe(before);

    // The county office records and ends its own committee's posts.
    const added = await call(
      h.baseUrl,
      'POST',
      '/leaders/D-CTY/roles',
      { regionId: '220102', role: 'committee-deputy-director', startsOn: '2025-01-01' },
      t.countyOperator,
    );
    expect(added.status, JSON.stringify(added.body)).toBe(201);
    expect(added.body).toMatchObject({ regionId: '220102', unitId: null, role: 'committee-deputy-director' });
    const ended = await call(
      h.baseUrl,
      'POST',
      `/leaders/D-CTY/roles/${added.body.id}/end`,
      { endsOn: '2025-06-30' },
      t.countyOperator,
    );
    expect(ended.status).toBe(200);
    expect(ended.body.endsOn).toBe('2025-06-30');
  });

  it('Art. 15(2): a talk held by someone who is not the upper office’s director or the committee’s (deputy) director is refused', async () => {
    const id = await caseAwaitingTalk();
    const attendance = { attendees: ['P-1', 'P-2'] };
    const notHolders: Array<[string, string]> = [
      ['P-1', 'a leader of the subject'],
      ['D-CTY', 'the subject’s own level’s office director, not the upper level’s'],
      ['D-OLD', 'a director whose post ended before the talk’s day'],
      ['D-NEW', 'a director whose post starts after the talk’s day'],
      ['X-1', 'a leader of another unit of the upper level'],
      ['NOBODY', 'no leader on record'],
    ];
    for (const [heldBy, who] of notHolders) {
      const r = await talk(id, { ...attendance, heldBy });
      expect(r.status, `${who}: ${JSON.stringify(r.body)}`).toBe(422);
      expect(r.body.detail, who).toMatch(
        new RegExp(
          `body\\.heldBy: ${heldBy} is not on record on \\d{4}-\\d\\d-\\d\\d as the director of 长春市社会治安综合治理委员会办公室 \\(综治办主任\\), ` +
            'nor as the director or a deputy director of 长春市社会治安综合治理委员会',
        ),
      );
      expect(r.body.errors).toEqual([expect.objectContaining({ path: 'heldBy' })]);
    }
    // Nothing was recorded: the talk is still awaited.
    expect(kinds(await getCase(id))).not.toContain('talk-held');

    // The upper office's director holds it; the record names the director and the post.
    const held = await talk(id, { ...attendance, heldBy: 'D-1' });
    expect(held.status, JSON.stringify(held.body)).toBe(200);
    expect((await talkHeld(id)).detail.heldBy).toEqual({
      leaderId: 'D-1',
      name: '陈主任',
      role: 'office-director',
      regionId: '220100',
      title: '市综治办主任',
    });

    // "必要时": the committee's deputy director holds it (here recorded by a committee leader's token).
    const other = await caseAwaitingTalk();
    const byCommittee = await talk(other, { ...attendance, heldBy: 'C-1' }, t.cityLeader);
    expect(byCommittee.status, JSON.stringify(byCommittee.body)).toBe(200);
    expect((await talkHeld(other)).detail.heldBy).toMatchObject({
      leaderId: 'C-1',
      role: 'committee-deputy-director',
      regionId: '220100',
    });
  }, 120_000);

  it('Art. 15(2): the principal and the in-charge leader attend, or the record says why not', async () => {
    const id = await caseAwaitingTalk();
    const refused: Array<[Record<string, unknown>, string, RegExp]> = [
      [
        { attendees: ['P-1'] },
        'absences',
        new RegExp(
          '李某 \\(P-2\\), 分管社会治安综合治理工作的负责同志 \\(in-charge\\) of 南关区公安分局 on \\d{4}-\\d\\d-\\d\\d, neither attended nor has an absence with its reason',
        ),
      ],
      [
        { attendees: ['P-2', 'P-3'] },
        'absences',
        /王某 \(P-1\), 主要负责同志 \(principal\) of 南关区公安分局 .* neither attended/,
      ],
      [
        { attendees: ['P-1', 'P-2'], absences: [{ leaderId: 'P-3', reason: '出差' }] },
        'absences.0.leaderId',
        /P-3 is not the principal or in-charge leader of 南关区公安分局/,
      ],
      [
        { attendees: ['P-1', 'P-2'], absences: [{ leaderId: 'P-2', reason: '出差' }] },
        'absences.0.leaderId',
        /P-2 is among the attendees/,
      ],
      [
        { attendees: ['P-1'], absences: [{ role: 'in-charge', reason: '空缺' }] },
        'absences.0.role',
        /李某 \(P-2\) is on record as 分管社会治安综合治理工作的负责同志 of 南关区公安分局 .*: give the absence by leaderId/,
      ],
    ];
    for (const [body, path, detail] of refused) {
      const r = await talk(id, { heldBy: 'D-1', ...body });
      expect(r.status, JSON.stringify(body)).toBe(422);
      expect(r.body.detail, JSON.stringify(body)).toMatch(detail);
      expect(
        r.body.errors.map((e: { path: string }) => e.path),
        JSON.stringify(body),
      ).toContain(path);
    }
    expect(kinds(await getCase(id))).not.toContain('talk-held');

    // The in-charge leader is away, and the record says why; a responsible member attends too.
    const held = await talk(id, {
      heldBy: 'D-1',
      attendees: ['P-1', 'P-3'],
      absences: [{ leaderId: 'P-2', reason: '因公出差，已书面说明' }],
    });
    expect(held.status, JSON.stringify(held.body)).toBe(200);
    const event = await talkHeld(id);
    expect(event.detail.attendees).toEqual([
      { leaderId: 'P-1', name: '王某', role: 'principal', unitId: 'U-NG-PSB' },
      { leaderId: 'P-3', name: '赵某', role: 'member', unitId: 'U-NG-PSB' },
    ]);
    expect(event.detail.absences).toEqual([
      { leaderId: 'P-2', name: '李某', role: 'in-charge', reason: '因公出差，已书面说明' },
    ]);

    // The notification of the talk names who held it, who attended and who did not and why, in the regulation's words.
    const notified = await eventually(async () => {
      const { rows } = await h.pool.query<{ body: string }>(
        'SELECT body FROM notifications WHERE notification_key LIKE $1',
        [`case-${id}-${event.seq}:%`],
      );
      return rows[0];
    });
    expect(notified.body).toContain('约谈人：陈主任（综治办主任）');
    expect(notified.body).toContain('参加约谈：王某（主要负责同志）、赵某（领导班子其他成员）');
    expect(notified.body).toContain('未参加：李某（分管社会治安综合治理工作的负责同志），原因：因公出差，已书面说明');
  }, 120_000);

  it('Art. 15(2): the attendees are the subject’s leaders on record on the talk’s day, each recorded with their role', async () => {
    const id = await caseAwaitingTalk();
    const refused: Array<[string[], string, RegExp]> = [
      [['P-1', 'P-2', 'X-1'], 'attendees.2', /X-1 holds no role in 南关区公安分局 on/],
      [['P-1', 'P-2', 'P-4'], 'attendees.2', /P-4 holds no role in 南关区公安分局 on/], // left yesterday
      [['P-1', 'P-2', 'NOBODY'], 'attendees.2', /NOBODY holds no role in 南关区公安分局 on/],
      [['P-1', 'P-2', 'P-1'], 'attendees.2', /P-1 is listed twice/],
    ];
    for (const [attendees, path, detail] of refused) {
      const r = await talk(id, { heldBy: 'D-1', attendees });
      expect(r.status, attendees.join()).toBe(422);
      expect(r.body.detail).toMatch(detail);
      expect(r.body.errors.map((e: { path: string }) => e.path)).toEqual([path]);
    }
    // The old free-text shape is no longer accepted.
    const freeText = await talk(id, { participants: [{ name: '王某', role: '局长' }] });
    expect(freeText.status).toBe(422);
    expect(kinds(await getCase(id))).not.toContain('talk-held');
    expect((await talk(id, { heldBy: 'D-1', attendees: ['P-2', 'P-1'] })).status).toBe(200);
    expect((await talkHeld(id)).detail.attendees.map((a: { role: string }) => a.role)).toEqual([
      'in-charge',
      'principal',
    ]);
  }, 120_000);

  it('Art. 15(2): for a region, the talk is with the leaders of the units leading it; a post nobody holds needs its reason', async () => {
    const id = await caseAwaitingTalk({ kind: 'region', id: '220102' });
    const vacant = await talk(id, { heldBy: 'D-1', attendees: ['R-1', 'R-2'] });
    expect(vacant.status).toBe(422);
    expect(vacant.body.detail).toMatch(
      /body\.absences: nobody is on record as 分管社会治安综合治理工作的负责同志 \(in-charge\) of 南关区 .* on \d{4}-\d\d-\d\d: say why/,
    );
    // The district's public security bureau is not the district's leadership.
    const notRegionLeader = await talk(id, {
      heldBy: 'D-1',
      attendees: ['R-1', 'R-2', 'P-1'],
      absences: [{ role: 'in-charge', reason: '职位空缺' }],
    });
    expect(notRegionLeader.status).toBe(422);
    expect(notRegionLeader.body.errors.map((e: { path: string }) => e.path)).toEqual(['attendees.2']);
    const principalHeld = await talk(id, {
      heldBy: 'D-1',
      attendees: ['R-1'],
      absences: [
        { role: 'principal', reason: '无人' },
        { role: 'in-charge', reason: '职位空缺' },
      ],
    });
    expect(principalHeld.status).toBe(422);
    expect(principalHeld.body.detail).toMatch(
      /body\.absences\.0\.role: 孙某 \(R-1\), 周某 \(R-2\) are on record as 主要负责同志/,
    );

    const held = await talk(id, {
      heldBy: 'D-1',
      attendees: ['R-1', 'R-2'],
      absences: [{ role: 'in-charge', reason: '分管政法综治工作的区委副书记职位空缺，待任命' }],
    });
    expect(held.status, JSON.stringify(held.body)).toBe(200);
    const event = await talkHeld(id);
    expect(event.detail.attendees).toEqual([
      { leaderId: 'R-1', name: '孙某', role: 'principal', unitId: 'U-NG-PARTY' },
      { leaderId: 'R-2', name: '周某', role: 'principal', unitId: 'U-NG-GOV' },
    ]);
    expect(event.detail.absences).toEqual([
      { role: 'in-charge', reason: '分管政法综治工作的区委副书记职位空缺，待任命' },
    ]);
  }, 120_000);

  it('Art. 15(2)–(4): the role bars and talks reach is the leader in charge of this work (分管综治), so named in the API', async () => {
    const doc = (await call(h.baseUrl, 'GET', '/openapi.json', undefined, h.admin)).body;
    const roleBody = JSON.stringify(doc.paths['/leaders/{id}/roles'].post);
    expect(roleBody).toContain('`in-charge`: 分管社会治安综合治理工作的负责同志');
    expect(roleBody).toContain('`office-director`: 综治办主任');
    const talkOp = JSON.stringify(doc.paths['/cases/{id}/talk'].post);
    for (const field of ['heldBy', 'attendees', 'absences']) expect(talkOp).toContain(`"${field}"`);
    expect(talkOp).toContain('分管社会治安综合治理工作的负责同志');
    expect(JSON.stringify(doc.paths['/eligibility'].get)).toContain('社会治安综合治理工作分管领导干部');
  });
});
