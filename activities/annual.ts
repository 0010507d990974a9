/**
 * Activities of the annual cycle (Art. 7, 8, 10–13). Every write is keyed — the cycle by its year, pledges by
 * their id and event seq, reports and assessments by (year, party), nominations by (year, category, subject),
 * notifications by key — so a retried activity writes nothing twice. Bulk steps are single statements: issuing
 * a province's 10,000 pledges is a few inserts, not 10,000 round trips.
 */
import { log } from '@temporalio/activity';
import {
  assessmentsOfYear,
  committeeParties,
  getCycle,
  insertCycle,
  insertNomination,
  insertPledgeEvent,
  insertPledges,
  insertPledgeVersion,
  lockPledge,
  lowerCommittees,
  markMissingWorkReports,
  openAssessments,
  openWorkReports,
  rootCommittees,
  setAssessmentCase,
  setCycleStage,
  setResult,
  updatePledge,
  workPointsFor,
} from '../db/annual';
import { barredLeadersAt, eligibilityOn, insertArchiveEntry, regionLeadershipUnits } from '../db/bars';
import { getCaseByIdempotencyKey } from '../db/cases';
import { getRegion, getUnit } from '../db/organisation';
import { effectivePolicy } from '../db/policies';
import { withTransaction, type PoolClient } from '../db/pool';
import { DEFAULT_ANNUAL, grade, GRADE_NAMES, type AnnualPolicy } from '../domain/annual';
import { chineseDate, shanghaiDate } from '../domain/calendar';
import {
  OpeningRefused,
  openingRequestOf,
  planOpening,
  type CaseParticulars,
  type OpeningPlan,
} from '../domain/caseOpening';
import { DEFAULT_POLICY } from '../domain/policy';
import { loadOpeningContext, recordCaseOpening } from '../db/caseOpening';
import { issueOwnedDocument } from '../db/documents';
import { insertNotification, notifyPledgesIssued, notifyReportsDue, notifyScoresDue } from '../db/notifications';
import { pledgeDocument, type PledgePoint } from '../domain/annualDocuments';
import type { AccountabilityCaseInput } from '../domain/caseContract';
import type { PledgeState } from '../domain/annual';
import type { ActivityDeps } from './deps';

export interface FailingSubject {
  kind: 'unit' | 'region';
  id: string;
  name: string;
  assessorRegionId: string;
  total: number;
  reason: string;
}

const PLEDGE_EVENT_TITLES: Record<string, string> = {
  reminder: '责任状签订提醒',
  overdue: '责任状逾期未签订',
  signed: '责任状已签订',
  revised: '责任状修改补充',
  unsigned: '责任状年度内未签订',
};

export function createAnnualActivities({ pool }: ActivityDeps) {
  return {
    /** Records the year's start, once, and pins its policy; returns the policy and the committees at the top. */
    async openAnnualCycle(i: {
      year: number;
      startedBy: string;
      at: string;
      policy: AnnualPolicy | null;
    }): Promise<{ policy: AnnualPolicy; startedAt: string; roots: Array<{ id: string; name: string }> }> {
      const roots = await rootCommittees(pool);
      let policy = i.policy;
      if (!policy) {
        const row = roots[0] ? await effectivePolicy(pool, roots[0].id, new Date(i.at)) : undefined;
        policy = row?.document.annual ?? DEFAULT_POLICY.annual ?? DEFAULT_ANNUAL;
      }
      await insertCycle(pool, { year: i.year, startedBy: i.startedBy, startedAt: new Date(i.at), policy });
      const cycle = (await getCycle(pool, i.year))!;
      return { policy: cycle.policy, startedAt: cycle.started_at.toISOString(), roots };
    },

    async setAnnualStage(i: { year: number; stage: string; until: string | null }): Promise<void> {
      await setCycleStage(pool, i.year, i.stage, i.until ? new Date(i.until) : null);
    },

    /** Art. 7: a committee's pledges with its member units and the committees one level down, issued at once. */
    async issuePledges(i: { year: number; regionId: string; at: string; deadline: string }): Promise<{
      committeeName: string;
      pledges: Array<{ id: string; partyName: string }>;
      lower: string[];
    }> {
      const region = await getRegion(pool, i.regionId);
      if (!region?.committee_name) throw new Error(`region ${i.regionId} has no committee`);
      const parties = await committeeParties(pool, i.regionId);
      const points = (await workPointsFor(pool, i.year, i.regionId)) ?? [
        { point: `${i.year}年度社会治安综合治理工作要点`, target: '落实综治领导责任制，完成年度平安建设目标任务' },
      ];
      const rows = parties.map((p) => ({
        id: `${i.year}-${i.regionId}-${p.kind}-${p.id}`,
        kind: p.kind,
        partyId: p.id,
        name: p.name,
      }));
      await withTransaction(pool, async (db) => {
        await insertPledges(db, {
          year: i.year,
          issuerRegionId: i.regionId,
          deadline: new Date(i.deadline),
          issuedAt: new Date(i.at),
          issuedBy: region.committee_name!,
          content: { points },
          parties: rows,
        });
        // Each pledge is a numbered document of the committee (issue 12; Art. 7), version 1 now, once per pledge.
        for (const r of rows)
          await issuePledgeDocument(db, region, r.id, i.year, 1, r.name, points as PledgePoint[], new Date(i.at));
        // One notification a pledge, to the unit or to the lower committee's office, in one statement.
        await notifyPledgesIssued(db, {
          year: i.year,
          issuerRegionId: i.regionId,
          committeeName: region.committee_name!,
          deadlineWords: chineseDate(new Date(i.deadline)),
        });
      });
      log.info('pledges issued', { year: i.year, regionId: i.regionId, pledges: rows.length });
      return {
        committeeName: region.committee_name,
        pledges: rows.map((r) => ({ id: r.id, partyName: r.name })),
        lower: await lowerCommittees(pool, i.regionId),
      };
    },

    /** A pledge's event: the row, the pledge's current state, a new version on revision, and its notification. */
    async recordPledgeEvent(e: {
      pledgeId: string;
      seq: number;
      at: string;
      kind: string;
      actor: string;
      detail: Record<string, unknown>;
      state: PledgeState;
    }): Promise<void> {
      await withTransaction(pool, async (db) => {
        const p = await lockPledge(db, e.pledgeId);
        if (!p) throw new Error(`pledge ${e.pledgeId} is not in the database`);
        const at = new Date(e.at);
        await insertPledgeEvent(db, { pledgeId: p.id, seq: e.seq, at, kind: e.kind, actor: e.actor, detail: e.detail });
        if (e.kind === 'revised') {
          await insertPledgeVersion(db, {
            pledgeId: p.id,
            version: e.detail.version as number,
            content: e.detail.content,
            issuedBy: e.actor,
            issuedAt: at,
            reason: String(e.detail.reason ?? ''),
          });
          const issuer = (await getRegion(db, p.issuer_region_id))!;
          await issuePledgeDocument(
            db,
            issuer,
            p.id,
            p.year,
            e.detail.version as number,
            p.party_name,
            ((e.detail.content as { points?: PledgePoint[] })?.points ?? []) as PledgePoint[],
            at,
            String(e.detail.reason ?? ''),
          );
        }
        await updatePledge(db, {
          id: p.id,
          status: e.state.status,
          version: e.state.version,
          deadline: new Date(e.state.deadline),
          reminders: e.state.reminders,
          signedVersion: e.state.signedVersion,
          signedAt: e.kind === 'signed' ? at : e.state.status === 'signed' ? p.signed_at : null,
          signedBy: e.kind === 'signed' ? e.actor : e.state.status === 'signed' ? p.signed_by : null,
        });
        const issuer = await getRegion(db, p.issuer_region_id);
        const toIssuer = e.kind === 'overdue' || e.kind === 'signed' || e.kind === 'unsigned';
        await insertNotification(db, {
          key: `pledge-${p.id}:${e.seq}`,
          addresseeKind: toIssuer ? 'office' : p.party_kind === 'unit' ? 'unit' : 'office',
          addresseeId: toIssuer ? p.issuer_region_id : p.party_id,
          addresseeName: toIssuer ? (issuer?.office_name ?? p.issuer_region_id) : p.party_name,
          subject: `${PLEDGE_EVENT_TITLES[e.kind] ?? e.kind}：${p.party_name}（${p.year}年度）`,
          body:
            `${p.year}年度社会治安综合治理责任状（${issuer?.committee_name ?? ''}—${p.party_name}，第${e.state.version}版）：` +
            `${PLEDGE_EVENT_TITLES[e.kind] ?? e.kind}。签订期限：${chineseDate(new Date(e.state.deadline))}。`,
          caseId: null,
          barId: null,
        });
      });
    },

    /** Art. 8 ¶2: the year-end reports every member unit and lower committee owes its committee. */
    async openWorkReports(i: { year: number; deadline: string }): Promise<number> {
      return withTransaction(pool, async (db) => {
        const n = await openWorkReports(db, i.year, new Date(i.deadline));
        await notifyReports(
          db,
          i.year,
          `report-open`,
          '年度工作总结报送通知',
          `请于${chineseDate(new Date(i.deadline))}前报送本年度社会治安综合治理工作总结及下一年度工作安排。`,
        );
        return n;
      });
    },

    async remindWorkReports(i: { year: number; n: number }): Promise<void> {
      await withTransaction(pool, async (db) => {
        await notifyReports(
          db,
          i.year,
          `report-reminder-${i.n}`,
          '年度工作总结报送提醒',
          '本年度社会治安综合治理工作总结尚未报送，请按期报送。',
        );
      });
    },

    /** At the deadline: unfiled reports are missing, and each committee is told which (Art. 8). */
    async closeWorkReports(i: { year: number; at: string }): Promise<number> {
      return withTransaction(pool, async (db) => {
        const missing = await markMissingWorkReports(db, i.year);
        const byCommittee = new Map<string, string[]>();
        for (const r of missing)
          byCommittee.set(r.to_region_id, [...(byCommittee.get(r.to_region_id) ?? []), r.party_name]);
        for (const [regionId, names] of byCommittee) {
          const region = await getRegion(db, regionId);
          await insertNotification(db, {
            key: `annual-${i.year}:reports-missing:${regionId}`,
            addresseeKind: 'committee',
            addresseeId: regionId,
            addresseeName: region?.committee_name ?? regionId,
            subject: `${i.year}年度工作总结逾期未报送情况`,
            body: `截至${chineseDate(new Date(i.at))}，以下单位（委员会）未报送年度工作总结：${names.join('、')}。`,
            caseId: null,
            barId: null,
          });
        }
        return missing.length;
      });
    },

    /** Art. 10: who each committee assesses this year; their offices are asked for the scores. */
    async openAssessment(i: { year: number; deadline: string }): Promise<number> {
      return withTransaction(pool, async (db) => {
        const n = await openAssessments(db, i.year);
        await notifyScoresDue(db, i.year, chineseDate(new Date(i.deadline)));
        return n;
      });
    },

    /**
     * Art. 10–11: each subject's grade from its scores, written to the results and the performance archive
     * (Art. 10 ¶2: sense of security and satisfaction, key work, whether a major incident happened). Returns the
     * failing ones (Art. 14 ground 4).
     */
    async computeAssessment(i: { year: number; policy: AnnualPolicy; at: string }): Promise<FailingSubject[]> {
      const failing: FailingSubject[] = [];
      await withTransaction(pool, async (db) => {
        const unscored = new Map<string, string[]>();
        for (const a of await assessmentsOfYear(db, i.year)) {
          if (!a.scored_at) {
            // Not scored by its office: no grade (and no case); the office is told.
            await setResult(db, {
              year: i.year,
              subjectKind: a.subject_kind,
              subjectId: a.subject_id,
              total: null,
              grade: null,
              reason: '未录入评分',
            });
            unscored.set(a.assessor_region_id, [...(unscored.get(a.assessor_region_id) ?? []), a.subject_name]);
            continue;
          }
          const g = a.grade
            ? { total: Number(a.total), grade: a.grade, reason: a.grade_reason ?? '' }
            : grade(i.policy, a.scores, a.major_incident);
          await setResult(db, { year: i.year, subjectKind: a.subject_kind, subjectId: a.subject_id, ...g });
          await insertArchiveEntry(db, {
            key: `assessment-${i.year}-${a.subject_kind}-${a.subject_id}`,
            subjectKind: a.subject_kind,
            subjectId: a.subject_id,
            at: new Date(i.at),
            kind: 'assessment',
            barId: null,
            caseId: null,
            summary: `${i.year}年度社会治安综合治理考核评价：${GRADE_NAMES[g.grade]}（${g.reason}）`,
            detail: { year: i.year, scores: a.scores, majorIncident: a.major_incident, total: g.total, grade: g.grade },
          });
          if (g.grade === 'fail')
            failing.push({
              kind: a.subject_kind,
              id: a.subject_id,
              name: a.subject_name,
              assessorRegionId: a.assessor_region_id,
              total: g.total,
              reason: g.reason,
            });
        }
        for (const [regionId, names] of unscored) {
          const region = await getRegion(db, regionId);
          await insertNotification(db, {
            key: `annual-${i.year}:unscored:${regionId}`,
            addresseeKind: 'office',
            addresseeId: regionId,
            addresseeName: region?.office_name ?? regionId,
            subject: `${i.year}年度考核评价未录入评分情况`,
            body: `以下考核对象未在期限内录入评分，未评定等次：${names.join('、')}。`,
            caseId: null,
            barId: null,
          });
        }
      });
      return failing;
    },

    /**
     * A failing grade opens one case on Art. 14 ground 4, once (keyed by year and subject): the row now, the workflow
     * started by the cycle. Returns the case and its workflow input, or null when the ladder cannot apply (no level
     * above the subject).
     */
    async prepareAssessmentCase(i: {
      year: number;
      subject: FailingSubject;
      at: string;
    }): Promise<{ caseId: string; input: AccountabilityCaseInput } | null> {
      const key = `assessment-${i.year}-${i.subject.kind}-${i.subject.id}`;
      return withTransaction(pool, async (db) => {
        const existing = await getCaseByIdempotencyKey(db, key);
        const built = await assessmentCase(db, i, key, existing?.id);
        if ('refused' in built) {
          // Nothing is skipped silently (issue 11): the assessing office is told why no case was opened.
          const office = await getRegion(db, i.subject.assessorRegionId);
          await insertNotification(db, {
            key: `annual-${i.year}:no-case:${i.subject.kind}:${i.subject.id}`,
            addresseeKind: 'office',
            addresseeId: i.subject.assessorRegionId,
            addresseeName: office?.office_name ?? i.subject.assessorRegionId,
            subject: `${i.year}年度考核评价不合格：${i.subject.name}未能立案督导`,
            body: `${i.subject.name}${i.year}年度考核评价不合格（${i.subject.reason}），但未能依第十四条第四项立案督导：${built.refused}。请核实组织机构信息后手工立案。`,
            caseId: null,
            barId: null,
          });
          log.warn('no case for a failing grade', { year: i.year, subject: i.subject.id, reason: built.refused });
          return null;
        }
        await setAssessmentCase(db, i.year, i.subject.kind, i.subject.id, built.caseId);
        return built;
      });
    },

    /** Art. 12: nominations from the results (excellent grades), each checked against the bars (Art. 15(3)(4)). */
    async nominateFromResults(i: { year: number; at: string }): Promise<{ nominated: number; refused: number }> {
      let nominated = 0;
      let refused = 0;
      await withTransaction(pool, async (db) => {
        const at = new Date(i.at);
        for (const a of await assessmentsOfYear(db, i.year)) {
          if (a.grade !== 'excellent') continue;
          const regionId =
            a.subject_kind === 'unit'
              ? ((await getUnit(db, a.subject_id))?.region_id ?? a.assessor_region_id)
              : a.subject_id;
          const basis = `${i.year}年度考核评价优秀（${a.total}分）`;
          const candidates: Array<{
            category: string;
            kind: string;
            id: string;
            name: string;
            scope: 'honours' | 'awards';
          }> = [
            {
              category: 'advanced-collective',
              kind: a.subject_kind,
              id: a.subject_id,
              name: a.subject_name,
              scope: 'honours',
            },
          ];
          const units = a.subject_kind === 'unit' ? [a.subject_id] : await regionLeadershipUnits(db, a.subject_id);
          for (const l of await barredLeadersAt(db, units, shanghaiDate(at)))
            if (l.role === 'principal' || l.role === 'in-charge')
              candidates.push({
                category: 'leader-commendation',
                kind: 'leader',
                id: l.leader_id,
                name: l.name,
                scope: 'awards',
              });
          for (const c of candidates) {
            // The question GET /eligibility answers, for the day of the nomination (Asia/Shanghai).
            const { bars } = await eligibilityOn(db, c.kind, c.id, c.scope, shanghaiDate(at));
            const r = await insertNomination(db, {
              year: i.year,
              category: c.category,
              subjectKind: c.kind,
              subjectId: c.id,
              subjectName: c.name,
              regionId,
              basis,
              nominatedBy: '系统（依考核结果）',
              status: bars.length ? 'refused' : 'nominated',
              reason: bars.length ? barReason(bars[0]!) : null,
            });
            if (r.created) {
              if (bars.length) refused++;
              else nominated++;
            }
          }
        }
      });
      return { nominated, refused };
    },
  };
}

/**
 * Why a bar refuses a commendation, in the words of Art. 15(3)(4): through the last day it counts (the end of its
 * window, or the day of its revocation).
 */
export function barReason(bar: { rung: string; case_id: string; last_day_in_force: string }): string {
  const [y, m, d] = bar.last_day_in_force.split('-').map(Number);
  return `受到${bar.rung === 'veto' ? '一票否决' : '挂牌督办'}（案件${bar.case_id}），至${y}年${m}月${d}日（含当日）不得评先受奖、评选综合性荣誉称号（第十五条）`;
}

async function notifyReports(db: PoolClient, year: number, tag: string, subject: string, text: string): Promise<void> {
  await notifyReportsDue(db, year, tag, subject, text);
}

/** The case a failing grade opens: the subject's level above opens it, the ladder as the API would build it. */
async function assessmentCase(
  db: PoolClient,
  i: { year: number; subject: FailingSubject; at: string },
  key: string,
  existingId: string | undefined,
): Promise<{ caseId: string; input: AccountabilityCaseInput } | { refused: string }> {
  // The same plan as an office's opening (domain/caseOpening.ts): who issues, who decides above, under whose rules.
  const ctx = await loadOpeningContext(db, {
    subjectKind: i.subject.kind,
    subjectId: i.subject.id,
    openingRegionId: i.subject.assessorRegionId,
    at: new Date(i.at),
  });
  if ('missing' in ctx) return { refused: ctx.message };
  const particulars: CaseParticulars = {
    grounds: [4],
    facts: `${i.year}年度社会治安综合治理工作（平安建设）考核评价不合格：${i.subject.reason}。`,
    severity: 'ordinary',
    aggravating: [],
    mitigating: [],
    openedBy: `系统（${i.year}年度考核评价）`,
    origin: { kind: 'assessment', id: String(i.year), label: '年度考核不合格' },
  };
  let plan: OpeningPlan;
  try {
    plan = planOpening(ctx, openingRequestOf(particulars));
  } catch (err) {
    if (err instanceof OpeningRefused) return { refused: err.message };
    throw err;
  }
  // The one door (db/caseOpening.ts); a retried attempt finds the number it recorded and records nothing more.
  const { input } = await recordCaseOpening(db, ctx, plan, particulars, {
    at: new Date(i.at),
    idempotencyKey: key,
    caseId: existingId,
  });
  return { caseId: input.caseId, input };
}

/** The pledge's document for a version: the committee's 责任状 (issue 12; Art. 7), numbered in its series. */
async function issuePledgeDocument(
  db: PoolClient,
  region: { id: string; name: string; committee_name: string | null; office_name: string | null },
  pledgeId: string,
  year: number,
  version: number,
  party: string,
  points: PledgePoint[],
  at: Date,
  reason?: string,
): Promise<string> {
  return issueOwnedDocument(
    db,
    { pledgeId, version },
    { regionId: region.id, organ: 'committee', name: region.committee_name!, shortName: `${region.name}综治委` },
    at,
    (documentNo, drill) =>
      pledgeDocument({
        documentNo,
        year,
        version,
        committee: region.committee_name!,
        office: region.office_name ?? region.committee_name!,
        party,
        points,
        issuedAt: at,
        reason: reason || null,
        drill,
      }),
  );
}
