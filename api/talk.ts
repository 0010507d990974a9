/**
 * The talk as Art. 15(2) describes it (issue 11 item 7): 由相应的上一级社会治安综合治理委员会办公室主任对其党政主要领导干部、
 * 社会治安综合治理工作分管领导干部和负有责任的其他领导班子成员进行约谈，必要时由社会治安综合治理委员会主任、副主任约谈.
 *
 * The API checks the record against the organisation data before the case's workflow stores it:
 * - who held it: a leader on record, on the talk's day (Asia/Shanghai), as the director of the upper level's office
 *   (综治办主任), or the director or a deputy director of its committee (综治委主任、副主任);
 * - who attended: leaders on record holding a role in the subject on that day (for a region, in the units leading
 *   it, `leadsRegion`), each recorded with that role;
 * - the subject's principal and in-charge leaders attend, or the record says why not: an absence with a reason for
 *   each one missing, and for a post nobody holds that day.
 * Every failure is a 422 naming the field.
 */
import { z } from 'zod';
import { regionLeadershipUnits } from '../db/bars';
import type { CaseRow } from '../db/cases';
import { getRegion, regionPostsAt, unitLeadersAt } from '../db/organisation';
import type { Pool, PoolClient } from '../db/pool';
import { shanghaiDate } from '../domain/calendar';
import { ROLE_LABELS, TALK_REQUIRED_ROLES, type UnitRole } from '../domain/leaderRoles';
import type { TalkRecord } from '../workflows/accountabilityCase';
import { recordId } from './organisation';
import { ProblemError } from './problem';

/** The fields of the talk's body that name people (the route adds heldAt, minutes and the deadline). */
export const talkPeopleFields = {
  heldBy: recordId.describe(
    'The leader who held the talk (Art. 15(2)): on the talk’s day, on record as the director of the upper level’s ' +
      'committee office (post `office-director`, 综治办主任), or when necessary as the director or a deputy director ' +
      'of its committee (`committee-director`, `committee-deputy-director`, 综治委主任、副主任) — see POST /leaders/{id}/roles with regionId',
  ),
  attendees: z
    .array(recordId)
    .min(1, 'name the subject’s leaders who attended')
    .max(100)
    .describe(
      'Ids of the subject’s leaders who attended, each holding a role in the subject on the talk’s day (for a region, ' +
        'in the units leading it): its principal (主要负责同志), the leader in charge of comprehensive management of ' +
        'public security (`in-charge`, 分管社会治安综合治理工作的负责同志) and other responsible members. Each is recorded with that role.',
    ),
  absences: z
    .array(
      z
        .strictObject({
          leaderId: recordId.optional().describe('The principal or in-charge leader who did not attend'),
          role: z
            .enum(TALK_REQUIRED_ROLES)
            .optional()
            .describe('Instead of leaderId: a post nobody holds on the talk’s day (e.g. vacant)'),
          reason: z.string().trim().min(1).max(2000),
        })
        .refine((a) => (a.leaderId === undefined) !== (a.role === undefined), {
          message: 'give either leaderId (a leader who did not attend) or role (a post nobody holds), not both',
          path: ['leaderId'],
        }),
    )
    .max(100)
    .default([])
    .describe(
      'Art. 15(2): the subject’s principal and in-charge leaders attend, or the record says why not — one absence with ' +
        'its reason for each such leader missing, and for such a post nobody holds on the talk’s day',
    ),
};

export interface TalkPeopleInput {
  heldAt: string;
  heldBy: string;
  attendees: string[];
  absences: Array<{ leaderId?: string; role?: (typeof TALK_REQUIRED_ROLES)[number]; reason: string }>;
}

type TalkPeople = Required<Pick<TalkRecord, 'heldBy' | 'attendees' | 'absences'>> & Pick<TalkRecord, 'participants'>;

interface FieldError {
  in: 'body';
  path: string;
  message: string;
}

/** Checks who held and who attended the talk against the records; the people as the case records them, or 422. */
export async function checkTalkPeople(db: Pool | PoolClient, c: CaseRow, body: TalkPeopleInput): Promise<TalkPeople> {
  const day = shanghaiDate(new Date(body.heldAt));
  const errors: FieldError[] = [];
  const fail = (path: string, message: string) => errors.push({ in: 'body', path, message });

  // Who held it: the upper level's office director, or its committee's (deputy) director (Art. 15(2)).
  const upper = await getRegion(db, c.upper_region_id);
  const post = (await regionPostsAt(db, body.heldBy, c.upper_region_id, day))[0];
  if (!post) {
    fail(
      'heldBy',
      `${body.heldBy} is not on record on ${day} as the director of ${upper?.office_name ?? `the office of ${c.upper_region_id}`} ` +
        `(综治办主任), nor as the director or a deputy director of ${upper?.committee_name ?? `the committee of ${c.upper_region_id}`} ` +
        '(综治委主任、副主任), who hold the talk (Art. 15(2))',
    );
  }

  // The subject's leaders on the day: a unit's own, a region's those of the units leading it.
  const units = c.subject_kind === 'unit' ? [c.subject_id] : await regionLeadershipUnits(db, c.subject_id);
  const roles = units.length > 0 ? await unitLeadersAt(db, units, day) : [];
  const whose =
    c.subject_kind === 'unit'
      ? c.subject_name
      : `${c.subject_name} (its units marked leadsRegion${units.length === 0 ? ': none is on record' : ''})`;
  /** Each leader's most senior role in the subject (the rows come most senior first). */
  const standing = new Map<string, { name: string; role: UnitRole; unitId: string }>();
  for (const r of roles)
    if (!standing.has(r.leader_id))
      standing.set(r.leader_id, { name: r.name, role: r.role as UnitRole, unitId: r.unit_id });

  const attendees: TalkPeople['attendees'] = [];
  const seen = new Set<string>();
  for (const [i, id] of body.attendees.entries()) {
    if (seen.has(id)) {
      fail(`attendees.${i}`, `${id} is listed twice`);
      continue;
    }
    seen.add(id);
    const s = standing.get(id);
    if (!s) {
      fail(
        `attendees.${i}`,
        `${id} holds no role in ${whose} on ${day}: the talk is with the subject’s leaders on record (Art. 15(2))`,
      );
      continue;
    }
    attendees.push({ leaderId: id, name: s.name, role: s.role, unitId: s.unitId });
  }

  // The principal and the in-charge leader attend, or the record says why not (one absence, with its reason, each).
  const required = new Map<string, { name: string; roles: Set<string> }>();
  for (const r of roles) {
    if (!(TALK_REQUIRED_ROLES as readonly string[]).includes(r.role)) continue;
    const e = required.get(r.leader_id) ?? { name: r.name, roles: new Set<string>() };
    e.roles.add(r.role);
    required.set(r.leader_id, e);
  }
  const absences: TalkPeople['absences'] = [];
  const absent = new Set<string>();
  const vacancies = new Set<string>();
  for (const [i, a] of body.absences.entries()) {
    if (a.leaderId !== undefined) {
      const r = required.get(a.leaderId);
      if (absent.has(a.leaderId)) fail(`absences.${i}.leaderId`, `${a.leaderId} is listed twice`);
      else if (seen.has(a.leaderId)) fail(`absences.${i}.leaderId`, `${a.leaderId} is among the attendees`);
      else if (!r)
        fail(
          `absences.${i}.leaderId`,
          `${a.leaderId} is not the principal or in-charge leader of ${whose} on ${day}; absences are recorded for those only`,
        );
      else {
        absent.add(a.leaderId);
        const role = TALK_REQUIRED_ROLES.find((x) => r.roles.has(x))!;
        absences.push({ leaderId: a.leaderId, name: r.name, role, reason: a.reason });
      }
    } else {
      const role = a.role!;
      const holders = [...required.entries()].filter(([, r]) => r.roles.has(role));
      if (vacancies.has(role)) fail(`absences.${i}.role`, `${role} is listed twice`);
      else if (holders.length > 0)
        fail(
          `absences.${i}.role`,
          `${holders.map(([id, r]) => `${r.name} (${id})`).join(', ')} ${holders.length > 1 ? 'are' : 'is'} on record as ` +
            `${ROLE_LABELS[role]} of ${whose} on ${day}: give the absence by leaderId`,
        );
      else {
        vacancies.add(role);
        absences.push({ role, reason: a.reason });
      }
    }
  }
  for (const [id, r] of required) {
    if (seen.has(id) || absent.has(id)) continue;
    const role = TALK_REQUIRED_ROLES.find((x) => r.roles.has(x))!;
    fail(
      'absences',
      `${r.name} (${id}), ${ROLE_LABELS[role]} (${role}) of ${whose} on ${day}, neither attended nor has an absence ` +
        'with its reason: the principal and the in-charge leader attend, or the record says why not (Art. 15(2))',
    );
  }
  for (const role of TALK_REQUIRED_ROLES) {
    if (vacancies.has(role) || [...required.values()].some((r) => r.roles.has(role))) continue;
    fail(
      'absences',
      `nobody is on record as ${ROLE_LABELS[role]} (${role}) of ${whose} on ${day}: say why in an absence ` +
        `({ "role": "${role}", "reason": … }), or record the leader first (Art. 15(2))`,
    );
  }

  if (errors.length > 0)
    throw new ProblemError('validation-failed', errors.map((e) => `body.${e.path}: ${e.message}`).join('; '), {
      errors,
    });
  return {
    heldBy: {
      leaderId: body.heldBy,
      name: post!.name,
      role: post!.role,
      regionId: c.upper_region_id,
      title: post!.title,
    },
    attendees,
    absences,
    participants: attendees.map((a) => ({ name: a.name, role: a.role, leaderId: a.leaderId })),
  };
}
