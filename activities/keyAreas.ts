/**
 * Activities of the key areas (Art. 15(1) ¶2). Every write is keyed — events by (area, step), checks by (area, round,
 * unit), notifications by key, the case by `key-area-<id>-<occasion>` — so a retried activity writes nothing twice.
 * A case that cannot be opened is never skipped silently: the office keeping the register is told why.
 */
import { log } from '@temporalio/activity';
import { getCaseByIdempotencyKey } from '../db/cases';
import { loadOpeningContext, recordCaseOpening } from '../db/caseOpening';
import { issueOwnedDocument } from '../db/documents';
import {
  assignRound,
  closeOpenChecks,
  closeRound,
  getKeyArea,
  insertKeyAreaEvent,
  insertKeyAreaNotification,
  lastNotification,
  notificationByKey,
  registerAsOf,
  setKeyAreaCase,
  setKeyAreaStatus,
  type KeyAreaRow,
} from '../db/keyAreas';
import { insertNotification } from '../db/notifications';
import { getRegion, getUnit, listRegions } from '../db/organisation';
import { withTransaction, type PoolClient } from '../db/pool';
import { chineseDate } from '../domain/calendar';
import type { AccountabilityCaseInput } from '../domain/caseContract';
import {
  OpeningRefused,
  openingRequestOf,
  planOpening,
  type CaseParticulars,
  type OpeningPlan,
} from '../domain/caseOpening';
import { deadlineInWords } from '../domain/documents';
import { keyAreaNotificationDocument, registerSnapshot, snapshotSummary } from '../domain/keyAreaDocuments';
import { CATEGORY_NAMES, KIND_NAMES, type KeyAreaOccasion } from '../domain/keyAreas';
import type { ActivityDeps } from './deps';

const SYSTEM = '系统（重点地区滚动排查）';
const what = (a: KeyAreaRow) => `${a.kind === 'area' ? '社会治安重点地区' : '突出治安问题'}“${a.name}”（${a.id}）`;

export function createKeyAreaActivities({ pool }: ActivityDeps) {
  const areaOf = async (db: PoolClient, id: string) => {
    const a = await getKeyArea(db, id);
    if (!a) throw new Error(`there is no key area ${id}`);
    return a;
  };
  /** The office that keeps the register (its addressee in the outbox). */
  const toOffice = async (db: PoolClient, a: KeyAreaRow, key: string, subject: string, body: string) => {
    const region = await getRegion(db, a.register_region_id);
    await insertNotification(db, {
      key,
      addresseeKind: 'office',
      addresseeId: a.register_region_id,
      addresseeName: region?.office_name ?? a.register_region_id,
      subject,
      body,
      caseId: null,
      barId: null,
    });
  };
  /** The region or unit that answers for rectification. */
  const toResponsible = async (db: PoolClient, a: KeyAreaRow, key: string, subject: string, body: string) => {
    await insertNotification(db, {
      key,
      addresseeKind: a.responsible_kind === 'unit' ? 'unit' : 'office',
      addresseeId: a.responsible_id,
      addresseeName: a.responsible_name,
      subject,
      body,
      caseId: null,
      barId: null,
    });
  };

  return {
    /** 滚动排查: a round of investigation for each member unit of the item, due by the next round. */
    async assignKeyAreaRound(i: { areaId: string; round: number; at: string; due: string }): Promise<number> {
      return withTransaction(pool, async (db) => {
        const a = await areaOf(db, i.areaId);
        const assigned = await assignRound(db, {
          areaId: a.id,
          round: i.round,
          at: new Date(i.at),
          due: new Date(i.due),
        });
        for (const u of assigned)
          await insertNotification(db, {
            key: `key-area-${a.id}:round-${i.round}:${u.unit_id}`,
            addresseeKind: 'unit',
            addresseeId: u.unit_id,
            addresseeName: u.unit_name,
            subject: `滚动排查任务：${a.name}（第${i.round}轮）`,
            body: `${u.unit_name}：请对${what(a)}开展第${i.round}轮滚动排查，于${deadlineInWords(new Date(i.due))}前报告排查情况和整治措施（第十五条第一项第二款）。`,
            caseId: null,
            barId: null,
          });
        await insertKeyAreaEvent(db, {
          areaId: a.id,
          kind: 'round-assigned',
          at: new Date(i.at),
          actor: SYSTEM,
          detail: { round: i.round, due: i.due, units: assigned.map((u) => u.unit_id) },
          key: `${a.id}:round-${i.round}:assigned`,
        });
        return assigned.length;
      });
    },

    /** The round is over: checks not reported are missed, and the office is told which units missed them. */
    async closeKeyAreaRound(i: { areaId: string; round: number; at: string }): Promise<string[]> {
      return withTransaction(pool, async (db) => {
        const a = await areaOf(db, i.areaId);
        const missed = await closeRound(db, a.id, i.round);
        await insertKeyAreaEvent(db, {
          areaId: a.id,
          kind: 'round-closed',
          at: new Date(i.at),
          actor: SYSTEM,
          detail: { round: i.round, missed },
          key: `${a.id}:round-${i.round}:closed`,
        });
        if (missed.length)
          await toOffice(
            db,
            a,
            `key-area-${a.id}:round-${i.round}:missed`,
            `滚动排查未按期报告：${a.name}（第${i.round}轮）`,
            `${what(a)}第${i.round}轮滚动排查，${missed.join('、')}未按期报告排查情况。`,
          );
        return missed;
      });
    },

    /** The deadline passed with no acceptance: no effective measures (Art. 14(5) 没有采取有效措施). */
    async markKeyAreaOverdue(i: { areaId: string; at: string }): Promise<void> {
      await withTransaction(pool, async (db) => {
        const a = await areaOf(db, i.areaId);
        if (a.status === 'listed') await setKeyAreaStatus(db, a.id, 'overdue');
        await insertKeyAreaEvent(db, {
          areaId: a.id,
          kind: 'overdue',
          at: new Date(i.at),
          actor: SYSTEM,
          detail: { deadline: a.deadline.toISOString() },
          key: `${a.id}:overdue`,
        });
        const text = `${what(a)}整治期限已于${deadlineInWords(a.deadline)}届满，未经验收，视为没有采取有效措施，依第十四条第五项立案督导。`;
        await toOffice(db, a, `key-area-${a.id}:overdue:office`, `重点地区逾期未采取有效措施：${a.name}`, text);
        await toResponsible(
          db,
          a,
          `key-area-${a.id}:overdue:responsible`,
          `重点地区逾期未采取有效措施：${a.name}`,
          text,
        );
      });
    },

    /**
     * Ground 5 of Art. 14 through the one door: the responsible region or unit, opened by the office that keeps the
     * register, once per occasion (keyed). Returns the case and its workflow input, or null when the ladder cannot apply
     * (the office is told why).
     */
    async prepareKeyAreaCase(i: {
      areaId: string;
      occasion: KeyAreaOccasion;
      at: string;
      facts?: string;
      by?: string;
    }): Promise<{ caseId: string; input: AccountabilityCaseInput } | null> {
      const key = `key-area-${i.areaId}-${i.occasion}`;
      return withTransaction(pool, async (db) => {
        const a = await areaOf(db, i.areaId);
        const existing = await getCaseByIdempotencyKey(db, key);
        const built = await keyAreaCase(db, a, i, key, existing?.id);
        if ('refused' in built) {
          await toOffice(
            db,
            a,
            `key-area-${a.id}:${i.occasion}:no-case`,
            `重点地区未能立案督导：${a.name}`,
            `${what(a)}${i.occasion === 'rebound' ? '销号后出现反弹' : '逾期未采取有效措施'}，但未能依第十四条第五项立案督导：${built.refused}。请核实组织机构信息后手工立案。`,
          );
          await insertKeyAreaEvent(db, {
            areaId: a.id,
            kind: 'case-refused',
            at: new Date(i.at),
            actor: SYSTEM,
            detail: { occasion: i.occasion, reason: built.refused },
            key: `${a.id}:${i.occasion}:case-refused`,
          });
          log.warn('no case for a key area', { area: a.id, occasion: i.occasion, reason: built.refused });
          return null;
        }
        await setKeyAreaCase(db, a.id, i.occasion, built.caseId);
        if (i.occasion === 'rebound') await setKeyAreaStatus(db, a.id, 'rebound');
        await insertKeyAreaEvent(db, {
          areaId: a.id,
          kind: 'case-opened',
          at: new Date(i.at),
          actor: i.by ?? SYSTEM,
          detail: { occasion: i.occasion, caseId: built.caseId, ...(i.facts ? { facts: i.facts } : {}) },
          key: `${a.id}:${i.occasion}:case-opened`,
        });
        return built;
      });
    },

    /** 验收销号: the office accepted the rectification; the item leaves the register and is watched for a rebound. */
    async recordKeyAreaDelisting(i: {
      areaId: string;
      at: string;
      by: string;
      acceptance: string;
      watchUntil: string;
    }): Promise<void> {
      await withTransaction(pool, async (db) => {
        const a = await areaOf(db, i.areaId);
        if (a.status === 'listed' || a.status === 'overdue')
          await setKeyAreaStatus(db, a.id, 'delisted', {
            delistedAt: new Date(i.at),
            delistedBy: i.by,
            acceptance: i.acceptance,
            watchUntil: new Date(i.watchUntil),
          });
        await closeOpenChecks(db, a.id);
        await insertKeyAreaEvent(db, {
          areaId: a.id,
          kind: 'delisted',
          at: new Date(i.at),
          actor: i.by,
          detail: { acceptance: i.acceptance, watchUntil: i.watchUntil },
          key: `${a.id}:delisted`,
        });
        const text = `${what(a)}经验收，整治目标已实现，${chineseDate(new Date(i.at))}销号。反弹观察期至${deadlineInWords(new Date(i.watchUntil))}，其间出现反弹的，依第十四条第五项立案督导。`;
        await toResponsible(db, a, `key-area-${a.id}:delisted:responsible`, `重点地区验收销号：${a.name}`, text);
      });
    },

    /** The rebound watch passed without a rebound. */
    async endKeyAreaWatch(i: { areaId: string; at: string }): Promise<void> {
      await withTransaction(pool, async (db) => {
        const a = await areaOf(db, i.areaId);
        if (a.status === 'delisted') await setKeyAreaStatus(db, a.id, 'watch-ended');
        await insertKeyAreaEvent(db, {
          areaId: a.id,
          kind: 'watch-ended',
          at: new Date(i.at),
          actor: SYSTEM,
          key: `${a.id}:watch-ended`,
        });
      });
    },

    /**
     * 定期通报: the register's numbered notification for the period since the last one, issued in the office's series
     * with the register's state at `at` (the time the schedule meant), once per key (the schedule's run).
     */
    async issueKeyAreaNotification(i: {
      regionId: string;
      key: string;
      at: string;
    }): Promise<{ seq: number; documentNo: string; summary: Record<string, number> } | null> {
      return withTransaction(pool, async (db) => {
        const done = await notificationByKey(db, i.key);
        if (done) return { seq: done.seq, documentNo: done.document_no!, summary: done.summary };
        const region = await getRegion(db, i.regionId);
        if (!region?.office_name || !region.committee_name) {
          log.warn('no office to issue a key-area notification', { region: i.regionId });
          return null;
        }
        const end = new Date(i.at);
        const previous = await lastNotification(db, i.regionId);
        const { areas, checks, events } = await registerAsOf(db, i.regionId, end);
        const start =
          previous?.period_end ??
          (areas.length ? new Date(Math.min(...areas.map((a) => a.listed_at.getTime())) - 1) : end);
        const snapshot = registerSnapshot(
          areas.map((a) => ({
            id: a.id,
            kind: a.kind,
            category: a.category,
            name: a.name,
            responsibleName: a.responsible_name,
            reasons: a.reasons,
            standardVersion: a.standard_version,
            targets: a.targets,
            listedAt: a.listed_at,
            deadline: a.deadline,
            delistedAt: a.delisted_at,
            acceptance: a.acceptance,
            caseId: a.case_id,
            reboundCaseId: a.rebound_case_id,
            casesOpened: events
              .filter((e) => e.area_id === a.id && e.kind === 'case-opened')
              .map((e) => ({ caseId: String(e.detail.caseId), at: e.at, occasion: String(e.detail.occasion) })),
            reboundAt:
              events.find((e) => e.area_id === a.id && e.kind === 'case-opened' && e.detail.occasion === 'rebound')
                ?.at ?? null,
          })),
          checks.map((c) => ({
            areaId: c.area_id,
            unitName: c.unit_name,
            status: c.status,
            dueAt: c.due_at,
            reportedAt: c.reported_at && c.reported_at.getTime() <= end.getTime() ? c.reported_at : null,
            effective: c.effective,
          })),
          start,
          end,
        );
        const summary = snapshotSummary(snapshot);
        const row = await insertKeyAreaNotification(db, {
          regionId: i.regionId,
          periodStart: start,
          periodEnd: end,
          summary,
          key: i.key,
          by: '系统（定期通报）',
        });
        const lower = (await listRegions(db, { parentId: i.regionId }))
          .filter((r) => r.committee_name)
          .map((r) => r.committee_name!);
        const documentNo = await issueOwnedDocument(
          db,
          { keyAreaNotificationId: row.id },
          { regionId: region.id, organ: 'office', name: region.office_name, shortName: `${region.name}综治办` },
          new Date(),
          (no, drill) =>
            keyAreaNotificationDocument({
              documentNo: no,
              seq: row.seq,
              regionName: region.name,
              office: region.office_name!,
              committee: region.committee_name!,
              lowerCommittees: lower,
              periodStart: start,
              periodEnd: end,
              snapshot,
              issuedAt: new Date(),
              drill,
            }),
        );
        // To the register's member units with an assignment, and to each responsible region or unit still listed.
        const told = new Set<string>();
        for (const a of snapshot.listed) {
          const row0 = areas.find((x) => x.id === a.id)!;
          const targets = [
            ...(await unitNames(db, row0.member_units)).map((u) => ({ kind: 'unit', id: u.id, name: u.name })),
            {
              kind: row0.responsible_kind === 'unit' ? 'unit' : 'office',
              id: row0.responsible_id,
              name: row0.responsible_name,
            },
          ];
          for (const t of targets) {
            if (told.has(`${t.kind}:${t.id}`)) continue;
            told.add(`${t.kind}:${t.id}`);
            await insertNotification(db, {
              key: `key-area-notification-${row.id}:${t.kind}:${t.id}`,
              addresseeKind: t.kind,
              addresseeId: t.id,
              addresseeName: t.name,
              subject: `社会治安重点地区定期通报（第${row.seq}期）`,
              body: `${region.office_name}印发《关于${region.name}社会治安重点地区和突出治安问题排查整治情况的通报（第${row.seq}期）》（${documentNo}），请查阅并按要求落实。`,
              caseId: null,
              barId: null,
            });
          }
        }
        log.info('key-area notification issued', { region: i.regionId, seq: row.seq, documentNo });
        return { seq: row.seq, documentNo, summary };
      });
    },
  };
}

/** The member units' names, as the organisation records them. */
async function unitNames(db: PoolClient, ids: string[]): Promise<Array<{ id: string; name: string }>> {
  const out: Array<{ id: string; name: string }> = [];
  for (const id of ids) out.push({ id, name: (await getUnit(db, id))?.name ?? id });
  return out;
}

/** The case of a key area: the responsible region or unit, opened by the register's office, ground 5. */
async function keyAreaCase(
  db: PoolClient,
  a: KeyAreaRow,
  i: { occasion: KeyAreaOccasion; at: string; facts?: string; by?: string },
  key: string,
  existingId: string | undefined,
): Promise<{ caseId: string; input: AccountabilityCaseInput } | { refused: string }> {
  const ctx = await loadOpeningContext(db, {
    subjectKind: a.responsible_kind,
    subjectId: a.responsible_id,
    openingRegionId: a.register_region_id,
    at: new Date(i.at),
  });
  if ('missing' in ctx) return { refused: ctx.message };
  const item = `${KIND_NAMES[a.kind]}“${a.name}”（${CATEGORY_NAMES[a.category]}，${a.id}）`;
  const facts =
    i.occasion === 'rebound'
      ? `${item}经验收于${chineseDate(a.delisted_at ?? new Date(i.at))}销号后出现反弹：${i.facts ?? ''}`
      : `${item}于${chineseDate(a.listed_at)}列入重点整治（理由：${a.reasons.join('；')}），整治目标：${a.targets.join('；')}。整治期限${deadlineInWords(a.deadline)}届满，未经验收，没有采取有效措施。`;
  const particulars: CaseParticulars = {
    grounds: [5],
    facts,
    severity: 'ordinary',
    aggravating: [],
    mitigating: [],
    openedBy: i.occasion === 'rebound' && i.by ? i.by : `系统（重点地区${a.id}）`,
    origin: {
      kind: 'key-area',
      id: a.id,
      label: i.occasion === 'rebound' ? '重点地区销号后出现反弹' : '重点地区逾期未采取有效措施',
    },
  };
  let plan: OpeningPlan;
  try {
    plan = planOpening(ctx, openingRequestOf(particulars));
  } catch (err) {
    if (err instanceof OpeningRefused) return { refused: err.message };
    throw err;
  }
  const { input } = await recordCaseOpening(db, ctx, plan, particulars, {
    at: new Date(i.at),
    idempotencyKey: key,
    caseId: existingId,
  });
  return { caseId: input.caseId, input };
}
