/**
 * Who hears of a case event (DESIGN.md §4 "triggers the notifications the rung requires"; issue 3 "every event with
 * an addressee (subject, its leaders, the issuer, the upper office) goes through a Postgres outbox"). Written in the
 * event's own transaction, keyed by (case, seq, addressee), so a retried activity adds nothing.
 */
import { barredLeadersAt, regionLeadershipUnits } from '../db/bars';
import { insertNotification } from '../db/notifications';
import { documentByNumber, getCase, type CaseRow } from '../db/cases';
import { getRegion, getUnit } from '../db/organisation';
import type { PoolClient } from '../db/pool';
import { chineseDate, shanghaiDate } from '../domain/calendar';
import { caseEventTitle } from '../domain/caseEvents';
import { ROLE_LABELS } from '../domain/leaderRoles';
import { RUNG_NAMES, type Rung } from '../domain/policy';

interface Addressee {
  kind: string;
  id: string;
  name: string;
}

/** Events only the issuer needs; events only the subject needs; everything else goes to all four. */
const TO_ISSUER = new Set(['opened', 'rectification-submitted', 'extension-requested', 'talk-overdue']);
const TO_SUBJECT = new Set([
  'rectification-accepted',
  'rectification-rejected',
  'extension-granted',
  'extension-refused',
]);
const SKIP = new Set(['referral-made']); // the referral's own activity notifies its body and leader

export async function notifyCaseEvent(
  db: PoolClient,
  e: {
    caseId: string;
    seq: number;
    kind: string;
    rung: string;
    detail: Record<string, unknown>;
    documentNo: string | null;
    at: Date;
  },
): Promise<void> {
  if (SKIP.has(e.kind)) return;
  const c = await getCase(db, e.caseId);
  if (!c) return;
  const rung = e.rung as Rung;
  const subject = await subjectAddressee(db, c);
  const upperRegion = await getRegion(db, c.upper_region_id);
  const upperOffice: Addressee = {
    kind: 'office',
    id: c.upper_region_id,
    name: upperRegion?.office_name ?? c.upper_region_id,
  };
  const issuer = await issuerOf(db, c, rung, upperOffice);

  let to: Addressee[];
  if (e.kind === 'reminder') {
    const awaiting = e.detail.awaiting;
    if (awaiting === 'veto-decision' || awaiting === 'accountability-referral') to = [issuer];
    else if (e.detail.to === c.subject_name) to = [subject, ...(await leaders(db, c, e.at))];
    else to = [upperOffice];
  } else if (e.kind === 'document-issued:veto-proposal') {
    // Art. 15(4): the proposal goes up to the committee that decides (issue 12).
    to = [{ kind: 'committee', id: c.upper_region_id, name: upperRegion?.committee_name ?? c.upper_region_id }, issuer];
  } else if (e.kind === 'document-issued:veto-recommendation') {
    // Art. 15(4) ¶3: to the supervising unit, reported to the upper committee.
    const unit = c.subject_kind === 'unit' ? await getUnit(db, c.subject_id) : undefined;
    to = [
      { kind: 'supervising-unit', id: c.subject_id, name: unit?.supervising_unit_name ?? c.subject_name },
      { kind: 'committee', id: c.upper_region_id, name: upperRegion?.committee_name ?? c.upper_region_id },
      subject,
    ];
  } else if (e.kind === 'document-issued:veto-filing') {
    // Art. 15(4) ¶2: reported to the upper departments and filed.
    to = [{ kind: 'upper-departments', id: c.upper_region_id, name: '上级有关部门' }];
  } else if (TO_ISSUER.has(e.kind)) to = [issuer, upperOffice];
  else if (TO_SUBJECT.has(e.kind)) to = [subject];
  else to = [subject, ...(await leaders(db, c, e.at)), issuer, upperOffice];

  const seen = new Set<string>();
  const title = caseEventTitle(e.kind);
  const body = await describe(db, c, e, title);
  for (const a of to) {
    const id = `${a.kind}:${a.id}`;
    if (seen.has(id)) continue;
    seen.add(id);
    await insertNotification(db, {
      key: `case-${c.id}-${e.seq}:${id}`,
      addresseeKind: a.kind,
      addresseeId: a.id,
      addresseeName: a.name,
      subject: `${title}：${c.subject_name}（案件${c.id}）`,
      body,
      caseId: c.id,
      barId: null,
      caseEventSeq: e.seq,
    });
  }
}

async function subjectAddressee(db: PoolClient, c: CaseRow): Promise<Addressee> {
  if (c.subject_kind === 'unit') return { kind: 'unit', id: c.subject_id, name: c.subject_name };
  const region = await getRegion(db, c.subject_id);
  return { kind: 'office', id: c.subject_id, name: region?.office_name ?? c.subject_name };
}

/** The body that issued the rung: the notice by the opening office, talk and listing by the upper office, the veto
 * by the upper committee (or, for a stationed unit, the local committee that recommends it). */
async function issuerOf(db: PoolClient, c: CaseRow, rung: Rung, upperOffice: Addressee): Promise<Addressee> {
  if (rung === 'notice') {
    const r = await getRegion(db, c.opening_region_id);
    return { kind: 'office', id: c.opening_region_id, name: r?.office_name ?? c.opening_region_id };
  }
  if (rung === 'veto') {
    const id = c.veto_path === 'recommendation' && c.local_region_id ? c.local_region_id : c.upper_region_id;
    const r = await getRegion(db, id);
    return { kind: 'committee', id, name: r?.committee_name ?? id };
  }
  return upperOffice;
}

/** The subject's principal, supervising and in-charge leaders on the day (Art. 15(2): those the talk is with). */
async function leaders(db: PoolClient, c: CaseRow, at: Date): Promise<Addressee[]> {
  const units = c.subject_kind === 'unit' ? [c.subject_id] : await regionLeadershipUnits(db, c.subject_id);
  if (units.length === 0) return [];
  const rows = await barredLeadersAt(db, units, shanghaiDate(at));
  return rows.map((l) => ({ kind: 'leader', id: l.leader_id, name: l.name }));
}

const roleLabel = (role: unknown) =>
  typeof role === 'string' ? (ROLE_LABELS[role as keyof typeof ROLE_LABELS] ?? role) : '';

/** Art. 15(2): who held the talk, who attended, who did not and why (talks recorded before this carry none of it). */
function talkLines(d: Record<string, unknown>): string[] {
  const lines: string[] = [];
  const heldBy = d.heldBy as { name?: string; role?: string } | undefined;
  if (heldBy?.name) lines.push(`约谈人：${heldBy.name}（${roleLabel(heldBy.role)}）`);
  const attendees = Array.isArray(d.attendees) ? (d.attendees as Array<{ name?: string; role?: string }>) : [];
  if (attendees.length > 0)
    lines.push(`参加约谈：${attendees.map((a) => `${a.name ?? ''}（${roleLabel(a.role)}）`).join('、')}`);
  const absences = Array.isArray(d.absences)
    ? (d.absences as Array<{ name?: string; role?: string; reason?: string }>)
    : [];
  for (const a of absences)
    lines.push(
      a.name
        ? `未参加：${a.name}（${roleLabel(a.role)}），原因：${a.reason ?? ''}`
        : `${roleLabel(a.role)}：无人在任，${a.reason ?? ''}`,
    );
  return lines;
}

async function describe(
  db: PoolClient,
  c: CaseRow,
  e: { kind: string; rung: string; detail: Record<string, unknown>; documentNo: string | null; at: Date },
  title: string,
): Promise<string> {
  if (e.documentNo) {
    const doc = await documentByNumber(db, e.documentNo);
    if (doc) return `${doc.title}（${e.documentNo}）\n\n${doc.body}`;
  }
  const lines = [
    `${c.subject_name}督导追究案件（案件${c.id}，${RUNG_NAMES[e.rung as Rung] ?? e.rung}阶段）：${title}。`,
  ];
  const d = e.detail;
  const deadline = [d.deadline, d.newDeadline, d.dueAt, d.to].find(
    (v) => typeof v === 'string' && !Number.isNaN(Date.parse(v)),
  );
  if (typeof deadline === 'string' && !Number.isNaN(Date.parse(deadline)))
    lines.push(`整改期限：${chineseDate(new Date(deadline))}`);
  if (e.kind === 'talk-held') lines.push(...talkLines(d));
  for (const k of ['reasons', 'reason', 'facts', 'summary', 'note'] as const)
    if (typeof d[k] === 'string' && d[k])
      lines.push(`${{ reasons: '理由', reason: '理由', facts: '情况', summary: '摘要', note: '说明' }[k]}：${d[k]}`);
  lines.push(`时间：${chineseDate(e.at)}`);
  return lines.join('\n');
}
