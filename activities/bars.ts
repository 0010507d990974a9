/**
 * Activities of a bar (Art. 15(3)(4)): record the bars a listing or veto decision opens, mark them lapsed or
 * revoked, write the performance archive and the notifications. All keyed by the decision, so retries are safe.
 */
import { log } from '@temporalio/activity';
import {
  barredLeadersAt,
  barsOfDecision,
  insertArchiveEntry,
  lapseBars,
  regionLeadershipUnits,
  revokeBars,
  upsertBar,
  type BarRow,
} from '../db/bars';
import { insertNotification } from '../db/notifications';
import { getRegion } from '../db/organisation';
import { withTransaction, type PoolClient } from '../db/pool';
import { chineseDate, shanghaiDate } from '../domain/calendar';
import { BARRED_LEADER_LABELS } from '../domain/leaderRoles';
import { RUNG_NAMES } from '../domain/policy';
import type { ActivityDeps } from './deps';

export interface BarDecision {
  caseId: string;
  rung: 'listing' | 'veto';
  decisionEventSeq: number;
  decisionDocumentNo: string | null;
  authority: { regionId: string; name: string };
  subject: { kind: 'unit' | 'region'; id: string; name: string };
  decidedAt: string;
  endsAt: string;
  period: string;
  /** Which decision of its rung on this case: a case reopened on a rebound (Art. 14(5)) can be listed or vetoed again. */
  round?: number;
}

/** The rung and, from the second decision of that rung on a case, its round: keys bars and their workflow. */
export const barTag = (d: { rung: string; round?: number }) =>
  d.round && d.round > 1 ? `${d.rung}-r${d.round}` : d.rung;

/** Art. 15(3)(4); the in-charge leader is the one in charge of this work (Art. 15(2): 社会治安综合治理工作分管领导干部). */
const LEADER_ROLE_NAMES: Record<string, string> = BARRED_LEADER_LABELS;

const SCOPE_TEXT = { honours: '评选综合性荣誉称号', awards: '评先受奖', promotion: '晋职晋级' } as const;

function scopeText(bar: BarRow): string {
  return bar.scopes.map((s) => SCOPE_TEXT[s]).join('、');
}

/** 2026-03-10 → 2026年3月10日; with `plusDays`, that many days later. */
function chineseDay(date: string, plusDays = 0): string {
  const [y, m, d] = new Date(Date.parse(`${date}T00:00:00Z`) + plusDays * 86_400_000)
    .toISOString()
    .slice(0, 10)
    .split('-')
    .map(Number);
  return `${y}年${m}月${d}日`;
}

/** The archive's words for one bar event; a revocation says up to which day the bar counted and from when it no longer does. */
function summaryOf(d: BarDecision, bar: BarRow, kind: 'bar-imposed' | 'bar-lapsed' | 'bar-revoked', at: Date): string {
  const what = `${RUNG_NAMES[d.rung]}（案件${d.caseId}）`;
  if (kind === 'bar-imposed')
    return `因${what}，自${chineseDate(bar.starts_at)}至${chineseDate(bar.ends_at)}取消${scopeText(bar)}资格。`;
  if (kind === 'bar-lapsed') return `${what}所致限制于${chineseDate(at)}期满，恢复${scopeText(bar)}资格。`;
  return (
    `${what}所致限制（原定至${chineseDate(bar.ends_at)}）于${chineseDate(at)}撤销：限制计至${chineseDay(bar.last_day_in_force)}，` +
    `自${chineseDay(bar.last_day_in_force, 1)}起恢复${scopeText(bar)}资格。`
  );
}

/** Archive entries and notifications for every bar of a decision, for one event kind. */
async function record(
  db: PoolClient,
  d: BarDecision,
  bars: BarRow[],
  kind: 'bar-imposed' | 'bar-lapsed' | 'bar-revoked',
  at: Date,
) {
  for (const bar of bars) {
    const summary = summaryOf(d, bar, kind, at);
    await insertArchiveEntry(db, {
      key: `${bar.bar_key}:${kind}`,
      subjectKind: bar.subject_kind,
      subjectId: bar.subject_id,
      at,
      kind,
      barId: bar.id,
      caseId: d.caseId,
      summary,
      detail: {
        rung: d.rung,
        startsAt: bar.starts_at,
        endsAt: bar.ends_at,
        document: d.decisionDocumentNo,
        reason: bar.revoke_reason,
        // A revocation: when it took effect and the last day the bar counted (the window above is kept as decided).
        ...(kind === 'bar-revoked' ? { revokedAt: bar.revoked_at, lastDay: bar.last_day_in_force } : {}),
      },
    });
    await insertNotification(db, {
      key: `${bar.bar_key}:${kind}`,
      addresseeKind: bar.subject_kind,
      addresseeId: bar.subject_id,
      addresseeName: bar.subject_name,
      subject:
        kind === 'bar-imposed' ? '资格限制通知' : kind === 'bar-lapsed' ? '资格限制期满通知' : '资格限制撤销通知',
      body: `${bar.subject_name}：${summary}`,
      caseId: d.caseId,
      barId: bar.id,
    });
  }
  // The organisation / personnel department of the deciding level (Art. 11: it checks before promotions).
  await insertNotification(db, {
    key: `bar-${d.caseId}-${barTag(d)}:${kind}:organisation-department`,
    addresseeKind: 'organisation-department',
    addresseeId: d.authority.regionId,
    addresseeName: `${d.authority.name}（组织人事部门）`,
    subject: `${RUNG_NAMES[d.rung]}资格限制${{ 'bar-imposed': '', 'bar-lapsed': '期满', 'bar-revoked': '撤销' }[kind]}告知`,
    body: bars
      .map(
        (b) =>
          `${b.subject_name}：${scopeText(b)}，${chineseDate(b.starts_at)}至${chineseDate(b.ends_at)}` +
          (kind === 'bar-revoked' ? `，于${chineseDate(at)}撤销，限制计至${chineseDay(b.last_day_in_force)}` : ''),
      )
      .join('\n'),
    caseId: d.caseId,
    barId: null,
  });
}

/**
 * Art. 15(4) ¶2: a veto is reported to and filed with the upper departments (按照中央有关规定向上级有关部门进行报告、备案):
 * a record addressed to the level above the deciding committee (or, at the top of this system, to the centre).
 */
async function reportAndFile(db: PoolClient, d: BarDecision, bars: BarRow[]): Promise<void> {
  const authority = await getRegion(db, d.authority.regionId);
  const upper = authority?.parent_id ? await getRegion(db, authority.parent_id) : undefined;
  const leaders = bars
    .filter((b) => b.subject_kind === 'leader')
    .map((b) => `${b.subject_name}（${LEADER_ROLE_NAMES[b.leader_role ?? ''] ?? b.leader_role}）`);
  await insertNotification(db, {
    key: `bar-${d.caseId}-${barTag(d)}:report-and-filing`,
    addresseeKind: 'upper-departments',
    addresseeId: upper?.id ?? 'central',
    addresseeName: upper ? `${upper.name}有关部门` : '中央有关部门',
    subject: `关于对${d.subject.name}实行一票否决的报告备案`,
    body:
      `${d.authority.name}于${chineseDate(new Date(d.decidedAt))}决定对${d.subject.name}实行一票否决（${d.decisionDocumentNo ?? '文号待补'}，案件${d.caseId}）。` +
      `自该日起至${chineseDate(new Date(d.endsAt))}，取消该地区、单位评选综合性荣誉称号的资格，取消${leaders.join('、') || '其主要领导干部、主管领导干部、社会治安综合治理工作分管领导干部'}评先受奖、晋职晋级的资格。特此报告备案。`,
    caseId: d.caseId,
    barId: null,
  });
}

export function createBarActivities({ pool }: ActivityDeps) {
  return {
    /** Records the bars of a decision: the subject (honours) and its principal, supervising and in-charge leaders at that moment (awards, promotion). */
    async imposeBars(d: BarDecision): Promise<{ barIds: string[] }> {
      return withTransaction(pool, async (db) => {
        const unitIds = d.subject.kind === 'unit' ? [d.subject.id] : await regionLeadershipUnits(db, d.subject.id);
        const leaders = await barredLeadersAt(db, unitIds, shanghaiDate(new Date(d.decidedAt)));
        const common = {
          case_id: d.caseId,
          rung: d.rung,
          decision_event_seq: d.decisionEventSeq,
          decision_document_no: d.decisionDocumentNo,
          authority_region_id: d.authority.regionId,
          starts_at: new Date(d.decidedAt),
          ends_at: new Date(d.endsAt),
          period: d.period,
        };
        const bars = [
          await upsertBar(db, {
            ...common,
            bar_key: `bar-${d.caseId}-${barTag(d)}-${d.subject.kind}-${d.subject.id}`,
            subject_kind: d.subject.kind,
            subject_id: d.subject.id,
            subject_name: d.subject.name,
            leader_role: null,
            leader_unit_id: null,
            scopes: ['honours'],
          }),
        ];
        for (const l of leaders) {
          bars.push(
            await upsertBar(db, {
              ...common,
              bar_key: `bar-${d.caseId}-${barTag(d)}-leader-${l.leader_id}`,
              subject_kind: 'leader',
              subject_id: l.leader_id,
              subject_name: l.name,
              leader_role: l.role,
              leader_unit_id: l.unit_id,
              scopes: ['awards', 'promotion'],
            }),
          );
        }
        await record(db, d, bars, 'bar-imposed', new Date(d.decidedAt));
        if (d.rung === 'veto') await reportAndFile(db, d, bars);
        log.info('bars imposed', { caseId: d.caseId, rung: d.rung, bars: bars.length });
        return { barIds: bars.map((b) => b.id) };
      });
    },

    async lapseBars(d: BarDecision & { at: string }): Promise<void> {
      await withTransaction(pool, async (db) => {
        await lapseBars(db, d.caseId, d.rung, new Date(d.at), barTag(d));
        await record(db, d, await barsOfDecision(db, d.caseId, d.rung, barTag(d)), 'bar-lapsed', new Date(d.at));
      });
    },

    async revokeBars(d: BarDecision & { at: string; by: string; reason: string }): Promise<void> {
      await withTransaction(pool, async (db) => {
        await revokeBars(db, d.caseId, d.rung, new Date(d.at), d.by, d.reason, barTag(d));
        await record(db, d, await barsOfDecision(db, d.caseId, d.rung, barTag(d)), 'bar-revoked', new Date(d.at));
      });
    },
  };
}
