/**
 * Activities of accountability referrals (Art. 15(5)): the referral recorded with its case event, reminders to the
 * receiving body, and the outcome with the leader's archive entry. Each write is keyed (referral id, event seq,
 * notification key), so a retried activity writes nothing twice.
 */
import { log } from '@temporalio/activity';
import { insertArchiveEntry } from '../db/bars';
import { insertNotification } from '../db/notifications';
import { getCase, insertCaseEvent } from '../db/cases';
import { getRegion } from '../db/organisation';
import { withTransaction } from '../db/pool';
import {
  decideReferralRow,
  insertReferral,
  insertReferralEvent,
  lockReferral,
  setReferralReminders,
} from '../db/referrals';
import { chineseDate } from '../domain/calendar';
import { RUNG_NAMES } from '../domain/policy';
import { BODY_NAMES, OUTCOME_NAMES, type ReferralOutcome } from '../domain/referrals';
import type { ReferralInput } from '../domain/referrals';
import type { ActivityDeps } from './deps';
import { storeCaseDocument } from './cases';
import { ROLE_LABELS } from '../domain/leaderRoles';

export interface ReferralReminderInput {
  referralId: string;
  n: number;
  at: string;
}
export interface ReferralDecisionInput {
  referralId: string;
  seq: number;
  at: string;
  outcome: ReferralOutcome;
  detail: string;
  documentNo: string | null;
  decidedOn: string;
  recordedBy: string;
  summary: string;
}

export function createReferralActivities({ pool }: ActivityDeps) {
  return {
    /** The case's referral act: the referral row, its case event, its first own event and its notifications. */
    async recordReferral(r: ReferralInput): Promise<void> {
      await withTransaction(pool, async (db) => {
        const at = new Date(r.referredAt);
        const c = await getCase(db, r.caseId);
        if (!c) throw new Error(`case ${r.caseId} is not in the database`);
        await insertReferral(db, {
          id: r.referralId,
          case_id: r.caseId,
          case_event_seq: r.caseEventSeq,
          leader_id: r.leader.id,
          leader_name: r.leader.name,
          leader_unit_id: r.leader.unitId,
          leader_role: r.leader.role,
          body: r.body,
          body_region_id: r.bodyRegionId,
          referring_region_id: r.referringRegionId ?? null,
          rung: r.rung,
          reasons: r.reasons,
          referred_by: r.referredBy,
          referred_at: at,
        });
        const detail = {
          referralId: r.referralId,
          leader: r.leader,
          body: r.body,
          bodyName: r.bodyName,
          reasons: r.reasons,
          // Art. 16 / 17 circumstances, at opening and found since, go with the referral (issue 11).
          circumstances: { aggravating: c.aggravating, mitigating: c.mitigating },
        };
        // The referral letter (问责移送函) is a numbered document of the referring organ (issue 12).
        const referring = r.referringRegionId ? await getRegion(db, r.referringRegionId) : undefined;
        let letterNo: string | null = null;
        if (referring?.office_name) {
          const organ = r.referringOrgan === 'committee' && referring.committee_name ? 'committee' : 'office';
          const circ = [
            ...(c.aggravating as Array<{ item: number; evidence: string }>).map(
              (x) => `第十六条第${'一二三四'[x.item - 1]}项从重情形（${x.evidence}）`,
            ),
            ...(c.mitigating as Array<{ item: number; evidence: string }>).map(
              (x) => `第十七条第${'一二三'[x.item - 1]}项从轻情形（${x.evidence}）`,
            ),
          ];
          letterNo = await storeCaseDocument(
            db,
            {
              caseId: r.caseId,
              seq: r.caseEventSeq,
              rung: r.rung,
              document: {
                kind: 'referral-letter',
                rung: r.rung,
                issuerName: organ === 'committee' ? referring.committee_name! : referring.office_name,
                issuerRegionId: referring.id,
                issuerShortName: `${referring.name}${organ === 'committee' ? '综治委' : '综治办'}`,
                issuerOrgan: organ,
                subjectName: c.subject_name,
                grounds: c.grounds,
                facts: c.facts,
                deadline: null,
                referral: {
                  referralId: r.referralId,
                  caseId: r.caseId,
                  leader: `${r.leader.name}${r.leader.unitName ? `（${r.leader.unitName}${r.leader.role ? `${ROLE_LABELS[r.leader.role as keyof typeof ROLE_LABELS] ?? ''}` : ''}）` : ''}`,
                  bodyName: r.bodyName,
                  reasons: r.reasons,
                  circumstances: circ.length ? `本案已认定${circ.join('、')}。` : '',
                },
              },
            },
            at,
          );
        }
        await insertCaseEvent(db, {
          caseId: r.caseId,
          seq: r.caseEventSeq,
          at,
          kind: 'referral-made',
          rung: r.rung,
          actor: r.referredBy,
          detail: { ...detail, ...(letterNo ? { letterNo } : {}) },
          documentNo: letterNo,
        });
        await insertReferralEvent(db, {
          referralId: r.referralId,
          seq: 1,
          at,
          kind: 'referred',
          actor: r.referredBy,
          detail,
        });
        const text =
          `因${c.subject_name}具有《实施办法》所列督导和追究情形（案件${r.caseId}，现处${RUNG_NAMES[r.rung]}阶段），` +
          `依第十五条第（五）项，将${r.leader.name}${r.leader.unitName ? `（${r.leader.unitName}）` : ''}移送${r.bodyName}按照管理权限办理。` +
          `\n移送理由：${r.reasons}\n请将处理结果及时反馈（问责编号 ${r.referralId}）。`;
        await insertNotification(db, {
          key: `referral-${r.referralId}:referred:body`,
          addresseeKind: r.body,
          addresseeId: r.bodyRegionId,
          addresseeName: r.bodyName,
          subject: `问责移送函（${r.leader.name}）`,
          body: text,
          caseId: r.caseId,
          barId: null,
          referralId: r.referralId,
          caseEventSeq: r.caseEventSeq,
        });
        await insertNotification(db, {
          key: `referral-${r.referralId}:referred:leader`,
          addresseeKind: 'leader',
          addresseeId: r.leader.id,
          addresseeName: r.leader.name,
          subject: '问责移送告知',
          body: text,
          caseId: r.caseId,
          barId: null,
          referralId: r.referralId,
          caseEventSeq: r.caseEventSeq,
        });
        log.info('referral recorded', { referralId: r.referralId });
      });
    },

    /** A reminder to the receiving body while the outcome is awaited. */
    async remindReferral(i: ReferralReminderInput): Promise<void> {
      await withTransaction(pool, async (db) => {
        const r = await lockReferral(db, i.referralId);
        if (!r) throw new Error(`referral ${i.referralId} is not in the database`);
        const region = await getRegion(db, r.body_region_id);
        const bodyName = `${region?.name ?? ''}${BODY_NAMES[r.body as keyof typeof BODY_NAMES]}`;
        await insertReferralEvent(db, {
          referralId: r.id,
          seq: i.n + 1,
          at: new Date(i.at),
          kind: 'reminder',
          actor: '系统',
          detail: { n: i.n, to: bodyName },
        });
        await setReferralReminders(db, r.id, i.n);
        await insertNotification(db, {
          key: `referral-${r.id}:reminder:${i.n}`,
          addresseeKind: r.body,
          addresseeId: r.body_region_id,
          addresseeName: bodyName,
          subject: `问责处理结果催办（第${i.n}次）`,
          body: `${r.leader_name}问责一案（问责编号 ${r.id}，案件${r.case_id}）于${chineseDate(r.referred_at)}移送贵机关，尚未反馈处理结果，请抓紧办理并反馈。`,
          caseId: r.case_id,
          barId: null,
          referralId: r.id,
        });
      });
    },

    /** The body's outcome: the referral row, its event, the leader's archive entry and the notifications. */
    async decideReferral(d: ReferralDecisionInput): Promise<void> {
      await withTransaction(pool, async (db) => {
        const r = await lockReferral(db, d.referralId);
        if (!r) throw new Error(`referral ${d.referralId} is not in the database`);
        const at = new Date(d.at);
        await decideReferralRow(db, {
          id: r.id,
          outcome: d.outcome,
          detail: d.detail,
          documentNo: d.documentNo,
          decidedOn: d.decidedOn,
          recordedBy: d.recordedBy,
          at,
        });
        const detail = { outcome: d.outcome, detail: d.detail, documentNo: d.documentNo, decidedOn: d.decidedOn };
        await insertReferralEvent(db, {
          referralId: r.id,
          seq: d.seq,
          at,
          kind: 'outcome-recorded',
          actor: d.recordedBy,
          detail,
        });
        // The leader's archive (Art. 11: the organisation department consults it on appointments and promotions).
        await insertArchiveEntry(db, {
          key: `referral-${r.id}:outcome`,
          subjectKind: 'leader',
          subjectId: r.leader_id,
          at,
          kind: 'accountability',
          barId: null,
          caseId: r.case_id,
          summary: d.summary,
          detail: { referralId: r.id, body: r.body, ...detail },
        });
        const c = (await getCase(db, r.case_id))!;
        const text = `${d.summary}${d.documentNo ? `（${d.documentNo}）` : ''}\n${d.detail}`;
        const offices = [...new Set([c.opening_region_id, c.upper_region_id])];
        for (const regionId of offices) {
          const region = await getRegion(db, regionId);
          await insertNotification(db, {
            key: `referral-${r.id}:outcome:office-${regionId}`,
            addresseeKind: 'office',
            addresseeId: regionId,
            addresseeName: region?.office_name ?? regionId,
            subject: `问责处理结果：${r.leader_name}${OUTCOME_NAMES[d.outcome]}`,
            body: text,
            caseId: r.case_id,
            barId: null,
            referralId: r.id,
          });
        }
        await insertNotification(db, {
          key: `referral-${r.id}:outcome:leader`,
          addresseeKind: 'leader',
          addresseeId: r.leader_id,
          addresseeName: r.leader_name,
          subject: `问责处理决定告知：${OUTCOME_NAMES[d.outcome]}`,
          body: text,
          caseId: r.case_id,
          barId: null,
          referralId: r.id,
        });
      });
    },
  };
}
