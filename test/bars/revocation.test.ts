/**
 * Issue 10 item 11 — Art. 15(3)(4): a revoked bar stops counting from the moment of its revocation, in eligibility,
 * in nominations (by hand and from the results) and in the performance archive alike; the record keeps the
 * original window. Days count in Asia/Shanghai and a subject barred for part of a day is barred that day, so a bar
 * revoked during 10 March still bars on 10 March (`barredUntil` 10 March) and no longer from 11 March.
 */
import { MockActivityEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAnnualActivities } from '../../activities/annual';
import { createBarActivities, type BarDecision } from '../../activities/bars';
import { insertCycle, setCycleStage } from '../../db/annual';
import { DEFAULT_ANNUAL } from '../../domain/annual';
import { deadlineAfter, shanghaiDate } from '../../domain/calendar';
import { DEFAULT_POLICY } from '../../domain/policy';
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
const t = {} as Record<'county' | 'city' | 'org' | 'province', Record<string, string>>;
const sh = (local: string) => new Date(`${local}+08:00`);
const nextDay = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

const eligibility = async (kind: string, id: string, purpose: string, date: string) => {
  const r = await call(
    h.baseUrl,
    'GET',
    `/eligibility?subjectKind=${kind}&subjectId=${id}&purpose=${purpose}&date=${date}`,
    undefined,
    t.org,
  );
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return r.body;
};

const activities = () => ({
  bars: createBarActivities({ pool: h.pool }),
  annual: createAnnualActivities({ pool: h.pool }),
});

function decision(caseId: string, decidedAt: Date, subject: BarDecision['subject']): BarDecision {
  const period = DEFAULT_POLICY.ladder.bars.listing;
  return {
    caseId,
    rung: 'listing',
    decisionEventSeq: 3,
    decisionDocumentNo: `庚市综治办〔2026〕${caseId.slice(-2)}号`,
    authority: { regionId: '170100', name: '庚市社会治安综合治理委员会办公室' },
    subject,
    decidedAt: decidedAt.toISOString(),
    endsAt: deadlineAfter(decidedAt, period).toISOString(),
    period,
  };
}

/** An excellent result for `unit` in `year`, so that the cycle's own nominations (Art. 12) consider it. */
async function excellent(year: number, unit: string, name: string) {
  await h.pool.query(
    `INSERT INTO assessments (year, subject_kind, subject_id, subject_name, assessor_region_id, total, grade)
     VALUES ($1, 'unit', $2, $3, '170102', 95, 'excellent')`,
    [year, unit, name],
  );
}

async function nominationsOf(year: number) {
  const { rows } = await h.pool.query(
    'SELECT category, subject_id, status, reason FROM commendations WHERE year = $1 ORDER BY category, subject_id',
    [year],
  );
  return rows;
}

beforeAll(async () => {
  db = await freshDatabase();
  h = await startHarness({ databaseUrl: db.url });
  const r = await call(
    h.baseUrl,
    'POST',
    '/organisation/import',
    {
      regions: [
        { id: '170000', name: '庚省', level: 'province' },
        { id: '170100', name: '庚市', level: 'city', parentId: '170000' },
        { id: '170102', name: '庚区', level: 'county', parentId: '170100' },
      ],
      units: [
        { id: 'U-G1', name: '庚区甲局', kind: 'administrative-organ', regionId: '170102' },
        { id: 'U-G2', name: '庚区乙局', kind: 'administrative-organ', regionId: '170102' },
        { id: 'U-G3', name: '庚区丙局', kind: 'administrative-organ', regionId: '170102' },
      ],
      leaders: [
        { id: 'P-G1', name: '甲局长', roles: [{ unitId: 'U-G1', role: 'principal', startsOn: '2024-01-01' }] },
        { id: 'P-G2', name: '乙局长', roles: [{ unitId: 'U-G2', role: 'principal', startsOn: '2024-01-01' }] },
        { id: 'P-G3', name: '丙局长', roles: [{ unitId: 'U-G3', role: 'principal', startsOn: '2024-01-01' }] },
      ],
    },
    h.admin,
  );
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  t.county = bearer((await tokenFor(h.pool, 'office-operator', { regionId: '170102' })).secret);
  t.city = bearer((await tokenFor(h.pool, 'office-operator', { regionId: '170100' })).secret);
  t.org = bearer((await tokenFor(h.pool, 'organisation-personnel', { regionId: '170100' })).secret);
  t.province = bearer((await tokenFor(h.pool, 'office-operator', { regionId: '170000' })).secret);
});
afterAll(async () => {
  await h?.close();
  await db?.drop();
});

describe('Art. 15(3)(4): a revoked bar stops counting from its revocation — eligibility, nominations and the archive agree', () => {
  it('through the API: right after the revocation, eligibility on its day and the next, and a nomination, agree', async () => {
    const opened = await call(
      h.baseUrl,
      'POST',
      '/cases',
      {
        subject: { kind: 'unit', id: 'U-G1' },
        grounds: [3],
        facts: '发生特别重大公共安全事件。',
        severity: 'especially-serious',
      },
      t.county,
    );
    expect(opened.status, JSON.stringify(opened.body)).toBe(201);
    const today = shanghaiDate(new Date());
    const barred = await eventually(async () => {
      const e = await eligibility('unit', 'U-G1', 'honours', today);
      return e.eligible === false ? e : undefined;
    });
    const original = barred.bars[0];
    const year = Number(today.slice(0, 4));
    await insertCycle(h.pool, { year, startedBy: 'test', startedAt: new Date(), policy: DEFAULT_ANNUAL });
    await setCycleStage(h.pool, year, 'commendations', null);
    const nominate = (body: Record<string, string>) =>
      call(h.baseUrl, 'POST', `/annual-cycles/${year}/nominations`, { basis: '工作突出', ...body }, t.province);
    // Before the revocation: barred, and the nomination says so.
    expect((await nominate({ category: 'advanced-collective', subjectKind: 'unit', subjectId: 'U-G1' })).status).toBe(
      422,
    );

    const revoke = await call(
      h.baseUrl,
      'POST',
      `/bars/${original.id}/revoke`,
      { reason: '经复核，挂牌依据不足' },
      t.city,
    );
    expect(revoke.status, JSON.stringify(revoke.body)).toBe(200);

    // No waiting: once the revocation is answered, it is on record.
    const bar = (await call(h.baseUrl, 'GET', `/bars/${original.id}`, undefined, t.org)).body;
    expect(bar).toMatchObject({
      status: 'revoked',
      startsAt: original.startsAt,
      endsAt: original.endsAt,
      lastDay: original.lastDay,
      revokeReason: '经复核，挂牌依据不足',
    });
    const day = shanghaiDate(new Date(bar.revokedAt));
    expect(bar.lastDayInForce).toBe(day);

    // The day of the revocation: barred for part of it, so barred that day — but only until that day.
    for (const [kind, id, purpose] of [
      ['unit', 'U-G1', 'honours'],
      ['leader', 'P-G1', 'promotion'],
      ['leader', 'P-G1', 'awards'],
    ] as const) {
      const same = await eligibility(kind, id, purpose, day);
      expect(same, `${kind} ${id} ${purpose} on ${day}`).toMatchObject({ eligible: false, barredUntil: day });
      expect(same.bars.map((b: { status: string }) => b.status)).toEqual(['revoked']);
      const after = await eligibility(kind, id, purpose, nextDay(day));
      expect(after, `${kind} ${id} ${purpose} on ${nextDay(day)}`).toMatchObject({
        eligible: true,
        barredUntil: null,
        bars: [],
      });
    }

    // A nomination today answers what eligibility for today answers (one query decides both).
    const now = shanghaiDate(new Date());
    const answer = await eligibility('unit', 'U-G1', 'honours', now);
    const nominated = await nominate({ category: 'advanced-collective', subjectKind: 'unit', subjectId: 'U-G1' });
    expect(nominated.status, JSON.stringify(nominated.body)).toBe(answer.eligible ? 201 : 422);
    if (!answer.eligible)
      expect(nominated.body).toMatchObject({ type: '/problems/barred', barredUntil: answer.barredUntil });
    const leaderAnswer = await eligibility('leader', 'P-G1', 'awards', now);
    const leader = await nominate({ category: 'leader-commendation', subjectKind: 'leader', subjectId: 'P-G1' });
    expect(leader.status, JSON.stringify(leader.body)).toBe(leaderAnswer.eligible ? 201 : 422);

    // The performance archive: the imposition with its original window, then the revocation at its moment.
    const archive = (await call(h.baseUrl, 'GET', '/archive?subjectKind=unit&subjectId=U-G1', undefined, t.org)).body;
    expect(archive.items.map((i: { kind: string }) => i.kind)).toEqual(['bar-imposed', 'bar-revoked']);
    expect(archive.items[1]).toMatchObject({ at: bar.revokedAt, barId: original.id });
    expect(archive.items[1].detail).toMatchObject({ endsAt: original.endsAt, revokedAt: bar.revokedAt, lastDay: day });
  }, 90_000);

  it('from the records, for any date: a bar revoked during 10 March bars through 10 March, not from 11 March', async () => {
    const { bars, annual } = activities();
    await insertCaseRow(h.pool, {
      id: '2026-000201',
      subject: { kind: 'unit', id: 'U-G2', name: '庚区乙局', regionId: '170102' },
      openingRegionId: '170102',
      upperRegionId: '170100',
      startRung: 'listing',
    });
    const d = decision('2026-000201', sh('2026-03-01T10:00:00'), { kind: 'unit', id: 'U-G2', name: '庚区乙局' });
    const env = new MockActivityEnvironment();
    await env.run(bars.imposeBars, d);
    // Before the revocation is known, 10 and 11 March are barred through the original last day.
    expect(await eligibility('unit', 'U-G2', 'honours', '2026-03-11')).toMatchObject({
      eligible: false,
      barredUntil: '2026-09-01',
    });
    await env.run(bars.revokeBars, {
      ...d,
      at: sh('2026-03-10T15:30:00').toISOString(),
      by: '庚市综治办',
      reason: '复核',
    });

    // As the bars are known now: even a date before the revocation answers the shortened window.
    for (const date of ['2026-03-01', '2026-03-09', '2026-03-10']) {
      for (const [kind, id, purpose] of [
        ['unit', 'U-G2', 'honours'],
        ['leader', 'P-G2', 'promotion'],
      ] as const) {
        const e = await eligibility(kind, id, purpose, date);
        expect(e, `${id} ${date}`).toMatchObject({ eligible: false, barredUntil: '2026-03-10' });
        expect(e.bars[0]).toMatchObject({ lastDay: '2026-09-01', lastDayInForce: '2026-03-10', status: 'revoked' });
      }
    }
    for (const date of ['2026-03-11', '2026-06-01', '2026-09-01']) {
      expect((await eligibility('unit', 'U-G2', 'honours', date)).eligible, date).toBe(true);
      expect((await eligibility('leader', 'P-G2', 'awards', date)).eligible, date).toBe(true);
    }

    // The cycle's own nominations ask the same question: later on 10 March refused, on 11 March nominated.
    await excellent(2030, 'U-G2', '庚区乙局');
    await env.run(annual.nominateFromResults, { year: 2030, at: sh('2026-03-10T18:00:00').toISOString() });
    const refused = await nominationsOf(2030);
    expect(refused).toEqual([
      expect.objectContaining({ category: 'advanced-collective', subject_id: 'U-G2', status: 'refused' }),
      expect.objectContaining({ category: 'leader-commendation', subject_id: 'P-G2', status: 'refused' }),
    ]);
    expect(refused[0].reason).toMatch(/2026年3月10日/);
    expect(refused[0].reason).not.toMatch(/2026年9月1日/);
    await excellent(2031, 'U-G2', '庚区乙局');
    await env.run(annual.nominateFromResults, { year: 2031, at: sh('2026-03-11T09:00:00').toISOString() });
    expect((await nominationsOf(2031)).map((n) => n.status)).toEqual(['nominated', 'nominated']);

    // The bar keeps its window; the archive records the revocation and the last day it counted.
    const archive = (await call(h.baseUrl, 'GET', '/archive?subjectKind=unit&subjectId=U-G2', undefined, t.org)).body;
    const revoked = archive.items.find((i: { kind: string }) => i.kind === 'bar-revoked');
    expect(revoked).toMatchObject({ at: sh('2026-03-10T15:30:00').toISOString() });
    expect(revoked.summary).toMatch(/2026年3月10日/);
    expect(revoked.summary).toMatch(/2026年3月11日起/);
  });

  it('a revocation at the first instant of a day does not bar that day', async () => {
    const { bars } = activities();
    await insertCaseRow(h.pool, {
      id: '2026-000202',
      subject: { kind: 'unit', id: 'U-G3', name: '庚区丙局', regionId: '170102' },
      openingRegionId: '170102',
      upperRegionId: '170100',
      startRung: 'listing',
    });
    const d = decision('2026-000202', sh('2026-04-01T10:00:00'), { kind: 'unit', id: 'U-G3', name: '庚区丙局' });
    const env = new MockActivityEnvironment();
    await env.run(bars.imposeBars, d);
    await env.run(bars.revokeBars, {
      ...d,
      at: sh('2026-04-20T00:00:00').toISOString(),
      by: '庚市综治办',
      reason: '复核',
    });
    expect(await eligibility('unit', 'U-G3', 'honours', '2026-04-19')).toMatchObject({
      eligible: false,
      barredUntil: '2026-04-19',
    });
    expect((await eligibility('unit', 'U-G3', 'honours', '2026-04-20')).eligible).toBe(true);
  });
});
