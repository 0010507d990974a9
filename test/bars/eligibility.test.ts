/**
 * Eligibility (Art. 15(3)(4), Art. 11; DESIGN.md §5) computed from the bar records alone: no bar workflow runs in
 * this file, so the answers cannot depend on a timer having fired. Window edges in Asia/Shanghai.
 */
import { MockActivityEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBarActivities, type BarDecision } from '../../activities/bars';
import { revokeBars } from '../../db/bars';
import { deadlineAfter } from '../../domain/calendar';
import { DEFAULT_POLICY } from '../../domain/policy';
import { bearer, call, freshDatabase, insertCaseRow, startHarness, tokenFor, type Harness } from '../helpers';

let h: Harness;
let db: Awaited<ReturnType<typeof freshDatabase>>;
let orgDept: Record<string, string>;
const sh = (local: string) => new Date(`${local}+08:00`);

async function openCaseRow(
  id: string,
  subject: { kind: 'unit' | 'region'; id: string; name: string; regionId: string },
) {
  await insertCaseRow(h.pool, {
    id,
    subject,
    openingRegionId: '140100',
    upperRegionId: '140100',
    startRung: 'listing',
  });
}

/** Runs the real imposeBars activity against the real database. */
async function impose(caseId: string, rung: 'listing' | 'veto', decidedAt: Date, subject: BarDecision['subject']) {
  const period = DEFAULT_POLICY.ladder.bars[rung];
  const d: BarDecision = {
    caseId,
    rung,
    decisionEventSeq: 3,
    decisionDocumentNo: `丁一市综治办〔2026〕${caseId.slice(-2)}号`,
    authority: { regionId: '140100', name: '丁一市社会治安综合治理委员会办公室' },
    subject,
    decidedAt: decidedAt.toISOString(),
    endsAt: deadlineAfter(decidedAt, period).toISOString(),
    period,
  };
  return new MockActivityEnvironment().run(createBarActivities({ pool: h.pool }).imposeBars, d);
}

const eligibility = (kind: string, id: string, purpose: string, date: string, headers = orgDept) =>
  call(
    h.baseUrl,
    'GET',
    `/eligibility?subjectKind=${kind}&subjectId=${id}&purpose=${purpose}&date=${date}`,
    undefined,
    headers,
  );

beforeAll(async () => {
  db = await freshDatabase();
  h = await startHarness({ databaseUrl: db.url });
  const r = await call(
    h.baseUrl,
    'POST',
    '/organisation/import',
    {
      regions: [
        { id: '140000', name: '丁省', level: 'province' },
        { id: '140100', name: '丁一市', level: 'city', parentId: '140000' },
        { id: '140102', name: '丁一区', level: 'county', parentId: '140100' },
      ],
      units: [
        { id: 'U-A', name: '丁一区公安分局', kind: 'administrative-organ', regionId: '140102' },
        { id: 'U-B', name: '丁一区法院', kind: 'court', regionId: '140102' },
        { id: 'U-GOV', name: '丁一区人民政府', kind: 'administrative-organ', regionId: '140102', leadsRegion: true },
      ],
      leaders: [
        { id: 'L-PRIN', name: '主要负责人', roles: [{ unitId: 'U-A', role: 'principal', startsOn: '2025-01-01' }] },
        { id: 'L-CHARGE', name: '分管负责人', roles: [{ unitId: 'U-A', role: 'in-charge', startsOn: '2025-01-01' }] },
        { id: 'L-MEMBER', name: '班子成员', roles: [{ unitId: 'U-A', role: 'member', startsOn: '2025-01-01' }] },
        {
          id: 'L-GONE',
          name: '已调离',
          roles: [{ unitId: 'U-A', role: 'principal', startsOn: '2020-01-01', endsOn: '2024-12-31' }],
        },
        { id: 'L-MAYOR', name: '区长', roles: [{ unitId: 'U-GOV', role: 'principal', startsOn: '2025-01-01' }] },
      ],
    },
    h.admin,
  );
  expect(r.status).toBe(200);
  orgDept = bearer((await tokenFor(h.pool, 'organisation-personnel', { regionId: '140100' })).secret);
  await openCaseRow('2026-000101', { kind: 'unit', id: 'U-A', name: '丁一区公安分局', regionId: '140102' });
  await impose('2026-000101', 'listing', sh('2026-08-31T10:00:00'), {
    kind: 'unit',
    id: 'U-A',
    name: '丁一区公安分局',
  });
});
afterAll(async () => {
  await h?.close();
  await db?.drop();
});

describe('Art. 15(3): six months from a listing decided on 31 August', () => {
  it('bars the unit from honours from the decision day to the last day of February, and not a day more', async () => {
    const before = await eligibility('unit', 'U-A', 'honours', '2026-08-30');
    expect(before.body).toMatchObject({ eligible: true, bars: [] });
    const first = await eligibility('unit', 'U-A', 'honours', '2026-08-31');
    expect(first.body).toMatchObject({ eligible: false, barredUntil: '2027-02-28' });
    expect(first.body.bars[0]).toMatchObject({
      caseId: '2026-000101',
      rung: 'listing',
      lastDay: '2027-02-28',
      decisionDocumentNo: '丁一市综治办〔2026〕01号',
    });
    expect((await eligibility('unit', 'U-A', 'honours', '2027-02-28')).body.eligible).toBe(false);
    expect((await eligibility('unit', 'U-A', 'honours', '2027-03-01')).body.eligible).toBe(true);
  });

  it('bars the principal and in-charge leaders at that moment from awards and promotion; not other members, nor a leader who had left', async () => {
    for (const purpose of ['awards', 'promotion']) {
      expect((await eligibility('leader', 'L-PRIN', purpose, '2026-12-01')).body.eligible, purpose).toBe(false);
      expect((await eligibility('leader', 'L-CHARGE', purpose, '2026-12-01')).body.eligible, purpose).toBe(false);
      expect((await eligibility('leader', 'L-MEMBER', purpose, '2026-12-01')).body.eligible, purpose).toBe(true);
      expect((await eligibility('leader', 'L-GONE', purpose, '2026-12-01')).body.eligible, purpose).toBe(true);
    }
  });

  it('keeps a leader barred after a transfer to another unit (the bar follows the person)', async () => {
    const roles = (await call(h.baseUrl, 'GET', '/leaders/L-PRIN', undefined, h.admin)).body.roles;
    await call(h.baseUrl, 'POST', `/leaders/L-PRIN/roles/${roles[0].id}/end`, { endsOn: '2026-10-31' }, h.admin);
    await call(
      h.baseUrl,
      'POST',
      '/leaders/L-PRIN/roles',
      { unitId: 'U-B', role: 'principal', startsOn: '2026-11-01' },
      h.admin,
    );
    const r = await eligibility('leader', 'L-PRIN', 'promotion', '2027-01-15');
    expect(r.body).toMatchObject({ eligible: false, barredUntil: '2027-02-28' });
    expect(r.body.bars[0].subject).toMatchObject({ leaderRole: 'principal', leaderUnitId: 'U-A' });
  });

  it('writes performance archive entries for the unit and each barred leader, readable by the organisation department', async () => {
    const unit = await call(h.baseUrl, 'GET', '/archive?subjectKind=unit&subjectId=U-A', undefined, orgDept);
    expect(unit.body.items).toEqual([
      expect.objectContaining({
        kind: 'bar-imposed',
        caseId: '2026-000101',
        summary: expect.stringContaining('评选综合性荣誉称号'),
      }),
    ]);
    const leader = await call(h.baseUrl, 'GET', '/archive?subjectKind=leader&subjectId=L-CHARGE', undefined, orgDept);
    expect(leader.body.items[0].summary).toMatch(/评先受奖、晋职晋级/);
    const notices = await h.pool.query(
      "SELECT addressee_kind, addressee_id FROM notifications WHERE case_id = '2026-000101' ORDER BY id",
    );
    expect(notices.rows.map((n) => `${n.addressee_kind}:${n.addressee_id}`)).toEqual(
      expect.arrayContaining(['unit:U-A', 'leader:L-PRIN', 'leader:L-CHARGE', 'organisation-department:140100']),
    );
  });
});

describe('overlaps, leap years, regions, revocation', () => {
  it('Art. 15(4): a veto overlapping a listing bars until the last one ends', async () => {
    await openCaseRow('2026-000102', { kind: 'unit', id: 'U-A', name: '丁一区公安分局', regionId: '140102' });
    await impose('2026-000102', 'veto', sh('2026-12-01T09:00:00'), { kind: 'unit', id: 'U-A', name: '丁一区公安分局' });
    const r = await eligibility('unit', 'U-A', 'honours', '2027-01-15');
    expect(r.body.barredUntil).toBe('2027-12-01');
    expect(r.body.bars.map((b: { rung: string }) => b.rung).sort()).toEqual(['listing', 'veto']);
    expect((await eligibility('unit', 'U-A', 'honours', '2027-12-01')).body.eligible).toBe(false);
    expect((await eligibility('unit', 'U-A', 'honours', '2027-12-02')).body.eligible).toBe(true);
    // Art. 15(4) ¶2: reported to and filed with the upper departments (the level above the deciding city).
    const filed = await h.pool.query(
      "SELECT addressee_id, subject, body FROM notifications WHERE notification_key = 'bar-2026-000102-veto:report-and-filing'",
    );
    expect(filed.rows).toEqual([
      expect.objectContaining({ addressee_id: '140000', subject: '关于对丁一区公安分局实行一票否决的报告备案' }),
    ]);
    // At the veto the principal had moved away (above); the in-charge leader was still there.
    // Named as the leader in charge of this work (Art. 15(2) 社会治安综合治理工作分管领导干部; issue 11 item 7).
    expect(filed.rows[0].body).toMatch(/分管负责人（社会治安综合治理工作分管领导干部）.*评先受奖、晋职晋级/);
    expect(filed.rows[0].body).not.toMatch(/主要负责人/);
  });

  it('counts across a leap day: listed 31 August 2027, barred through 29 February 2028', async () => {
    await openCaseRow('2027-000103', { kind: 'unit', id: 'U-B', name: '丁一区法院', regionId: '140102' });
    await impose('2027-000103', 'listing', sh('2027-08-31T15:00:00'), { kind: 'unit', id: 'U-B', name: '丁一区法院' });
    expect((await eligibility('unit', 'U-B', 'honours', '2028-02-29')).body).toMatchObject({
      eligible: false,
      barredUntil: '2028-02-29',
    });
    expect((await eligibility('unit', 'U-B', 'honours', '2028-03-01')).body.eligible).toBe(true);
  });

  it('a listed region bars the leaders of its party committee and government', async () => {
    await openCaseRow('2026-000104', { kind: 'region', id: '140102', name: '丁一区', regionId: '140102' });
    await impose('2026-000104', 'listing', sh('2026-09-10T10:00:00'), { kind: 'region', id: '140102', name: '丁一区' });
    expect((await eligibility('region', '140102', 'honours', '2026-10-01')).body.eligible).toBe(false);
    expect((await eligibility('leader', 'L-MAYOR', 'promotion', '2026-10-01')).body.eligible).toBe(false);
  });

  it('a revoked bar applied before its revocation and not after; the record keeps both', async () => {
    await revokeBars(h.pool, '2027-000103', 'listing', sh('2027-10-10T12:00:00'), 'test', '经复核撤销');
    expect((await eligibility('unit', 'U-B', 'honours', '2027-10-09')).body.eligible).toBe(false);
    expect((await eligibility('unit', 'U-B', 'honours', '2027-10-11')).body.eligible).toBe(true);
    const bar = (await eligibility('unit', 'U-B', 'honours', '2027-10-09')).body.bars[0];
    expect(bar).toMatchObject({ status: 'revoked', lastDay: '2028-02-29', revokeReason: '经复核撤销' });
  });

  it('refuses a purpose that does not fit the subject, and a subject outside the jurisdiction', async () => {
    expect((await eligibility('leader', 'L-PRIN', 'honours', '2026-12-01')).status).toBe(422);
    expect((await eligibility('unit', 'U-A', 'promotion', '2026-12-01')).status).toBe(422);
    expect((await eligibility('unit', 'U-A', 'honours', '2026-13-01')).status).toBe(422);
    const elsewhere = bearer((await tokenFor(h.pool, 'organisation-personnel', { regionId: '140000' })).secret);
    expect((await eligibility('unit', 'U-A', 'honours', '2026-12-01', elsewhere)).status).toBe(200);
    await call(
      h.baseUrl,
      'POST',
      '/regions',
      { id: '140200', name: '丁二市', level: 'city', parentId: '140000' },
      h.admin,
    );
    const sibling = bearer((await tokenFor(h.pool, 'organisation-personnel', { regionId: '140200' })).secret);
    expect((await eligibility('unit', 'U-A', 'honours', '2026-12-01', sibling)).status).toBe(403);
  });
});
