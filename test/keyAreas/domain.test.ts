/**
 * The pure parts of key areas (Art. 15(1) ¶2): the policy section (Art. 18: periods are local rules, short ones only in
 * a drill), the notification's schedule, and the register's state a notification reports.
 */
import { describe, expect, it } from 'vitest';
import { keyAreaNotificationDocument, registerSnapshot, type SnapshotArea } from '../../domain/keyAreaDocuments';
import { DEFAULT_KEY_AREAS, keyAreaProblems, notificationScheduleSpec } from '../../domain/keyAreas';
import { DEFAULT_POLICY, policyProblems, regulationProblems } from '../../domain/policy';

const at = (s: string) => new Date(s);
const area = (over: Partial<SnapshotArea>): SnapshotArea => ({
  id: 'KA-2026-0001',
  kind: 'area',
  category: 'urban-village',
  name: '某城中村',
  responsibleName: '南关区',
  reasons: ['理由'],
  standardVersion: 1,
  targets: ['目标'],
  listedAt: at('2026-01-05T00:00:00Z'),
  deadline: at('2026-04-05T00:00:00Z'),
  delistedAt: null,
  acceptance: null,
  caseId: null,
  reboundCaseId: null,
  casesOpened: [],
  reboundAt: null,
  ...over,
});

describe('key-area policy and schedule (Art. 15(1) ¶2, Art. 18)', () => {
  it('Art. 18: the defaults are whole days or longer; a drill may count seconds, no other region may', () => {
    expect(keyAreaProblems(DEFAULT_KEY_AREAS)).toEqual([]);
    const drill = { ...DEFAULT_POLICY, keyAreas: { ...DEFAULT_KEY_AREAS, notificationEvery: 'PT5S' } };
    expect(policyProblems(drill)).toEqual([]);
    expect(regulationProblems(drill, { drill: true })).toEqual([]);
    expect(regulationProblems(drill, { drill: false }).join('\n')).toMatch(/keyAreas\.notificationEvery/);
  });

  it('Art. 15(1) ¶2: a notification repeats in whole months or a fixed length, not a mix', () => {
    expect(keyAreaProblems({ ...DEFAULT_KEY_AREAS, notificationEvery: 'P1M2D' }).join()).toMatch(
      /keyAreas\.notificationEvery/,
    );
    expect(keyAreaProblems({ ...DEFAULT_KEY_AREAS, rectificationPeriod: 'soon' }).join()).toMatch(
      /keyAreas\.rectificationPeriod/,
    );
    const monthly = notificationScheduleSpec('P3M');
    expect(monthly.timezone).toBe('Asia/Shanghai');
    expect(monthly).toMatchObject({ calendars: [{ month: { step: 3 }, dayOfMonth: 1, hour: 9 }] });
    expect(notificationScheduleSpec('P14D')).toEqual({
      intervals: [{ every: 14 * 86_400_000 }],
      timezone: 'Asia/Shanghai',
    });
  });
});

describe('the register a notification reports (Art. 15(1) ¶2 定期通报)', () => {
  it('Art. 15(1) ¶2: counts the listed, overdue, newly listed and delisted items as of the period’s end', () => {
    const start = at('2026-03-01T00:00:00Z');
    const end = at('2026-05-01T00:00:00Z');
    const areas = [
      area({ id: 'KA-1', listedAt: at('2026-03-10T00:00:00Z'), deadline: at('2026-06-10T00:00:00Z') }),
      area({ id: 'KA-2', deadline: at('2026-04-05T00:00:00Z'), caseId: '2026-000007' }),
      area({ id: 'KA-3', delistedAt: at('2026-04-20T00:00:00Z'), acceptance: '验收合格' }),
      area({ id: 'KA-4', kind: 'problem', category: 'vice-gambling-drugs', listedAt: at('2026-05-02T00:00:00Z') }),
    ];
    const s = registerSnapshot(
      areas,
      [
        {
          areaId: 'KA-1',
          unitName: '甲局',
          status: 'reported',
          dueAt: end,
          reportedAt: at('2026-04-01T00:00:00Z'),
          effective: true,
        },
        {
          areaId: 'KA-1',
          unitName: '乙局',
          status: 'missed',
          dueAt: at('2026-04-10T00:00:00Z'),
          reportedAt: null,
          effective: null,
        },
      ],
      start,
      end,
    );
    expect(s.listed.map((a) => a.id)).toEqual(['KA-1', 'KA-2']);
    expect(s.overdue.map((a) => a.id)).toEqual(['KA-2']);
    expect(s.listedInPeriod.map((a) => a.id)).toEqual(['KA-1']);
    expect(s.delistedInPeriod.map((a) => a.id)).toEqual(['KA-3']);
    expect(s.checks['KA-1']).toEqual({ reported: 1, missed: ['乙局'], pending: 0 });
    const doc = keyAreaNotificationDocument({
      documentNo: '长春市综治办〔2026〕9号',
      seq: 3,
      regionName: '长春市',
      office: '长春市社会治安综合治理委员会办公室',
      committee: '长春市社会治安综合治理委员会',
      lowerCommittees: ['南关区社会治安综合治理委员会'],
      periodStart: start,
      periodEnd: end,
      snapshot: s,
      issuedAt: end,
      drill: false,
    });
    const text = doc.body.join('\n');
    expect(doc.title).toBe('关于长春市社会治安重点地区和突出治安问题排查整治情况的通报（第3期）');
    expect(text).toContain('在册社会治安重点地区2处、突出治安问题0项');
    expect(text).toContain('逾期未采取有效措施的1处（项）');
    expect(text).toContain('乙局未按期报告排查情况');
    expect(text).toContain('已立案督导（案件2026-000007）');
    expect(text).toContain('验收合格');
    expect(text).not.toContain('KA-4');
  });
});
