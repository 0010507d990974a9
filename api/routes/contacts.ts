/**
 * Where notifications reach each addressee (issue 3 "Notifications"): a mailbox per unit, leader, and per region's
 * office, committee, organisation department, discipline inspection body, judiciary contact. Kept by the offices for
 * their own jurisdiction; the outbox relay mails to it.
 */
import { z } from 'zod';
import { upsertContact } from '../../db/contacts';
import { currentLeaderUnits, getLeader, getRegion, getUnit } from '../../db/organisation';
import { shanghaiDate } from '../../domain/calendar';
import { ORGANISATION_WRITERS } from '../../domain/roles';
import { Jurisdiction } from '../auth/jurisdiction';
import { recordId } from '../organisation';
import { ProblemError } from '../problem';
import { defineRoute } from '../routing';

/** Addressees that are a region's bodies, keyed by the region id. */
const REGION_BODIES = [
  'office',
  'committee',
  'organisation-department',
  'organisation-personnel',
  'discipline-inspection',
  'judiciary',
  'upper-departments',
] as const;
/**
 * `supervising-unit`: the supervising unit of a unit stationed locally by the centre or the province, keyed by the
 * stationed unit's id — where its veto recommendation goes (Art. 15(4) ¶3; issue 12).
 */
const KINDS = ['unit', 'leader', 'supervising-unit', ...REGION_BODIES] as const;

const contactView = z.object({
  kind: z.string(),
  id: z.string(),
  email: z.string(),
  updatedBy: z.string(),
  updatedAt: z.string(),
});

export const contactRoutes = [
  defineRoute({
    method: 'put',
    path: '/contacts/{kind}/{id}',
    operationId: 'putContact',
    summary: 'Set the mailbox notifications to an addressee are sent to',
    tags: ['notifications'],
    access: { roles: ORGANISATION_WRITERS },
    params: z.object({ kind: z.enum(KINDS), id: recordId }),
    body: z.strictObject({ email: z.email('expected an e-mail address').max(254) }),
    responses: {
      200: { description: 'Saved', schema: contactView },
      404: { description: 'No such addressee' },
    },
    handler: async ({ params, body, actor, jurisdiction, deps, transaction }) => {
      let covered: boolean;
      if (params.kind === 'unit' || params.kind === 'supervising-unit') {
        const unit = await getUnit(deps.pool, params.id);
        if (!unit) throw new ProblemError('not-found', `there is no unit ${params.id}`);
        if (params.kind === 'supervising-unit' && !unit.stationed_by)
          throw new ProblemError(
            'validation-failed',
            `path.id: unit ${params.id} is not stationed locally by the centre or the province; it has no supervising unit here`,
          );
        covered = await jurisdiction.coversUnit(unit);
      } else if (params.kind === 'leader') {
        // An unknown leader and one outside the jurisdiction get the same 403 (404 for an admin only).
        if (jurisdiction.isAdmin && !(await getLeader(deps.pool, params.id)))
          throw new ProblemError('not-found', `there is no leader ${params.id}`);
        // A leader's mailbox is kept by the offices over the units the leader serves in now, not where they once did.
        covered = jurisdiction.isAdmin;
        for (const unit of await currentLeaderUnits(deps.pool, params.id, shanghaiDate(new Date())))
          if (jurisdiction.actor.role !== 'unit-liaison' && (await jurisdiction.coversUnit(unit))) covered = true;
      } else {
        if (!(await getRegion(deps.pool, params.id)))
          throw new ProblemError('not-found', `there is no region ${params.id}`);
        covered = await jurisdiction.coversRegion(params.id);
      }
      Jurisdiction.require(covered, `${params.kind} ${params.id}`);
      const updatedAt = await transaction((db) =>
        upsertContact(db, { kind: params.kind, id: params.id, email: body.email, updatedBy: actor.name }),
      );
      return {
        status: 200,
        body: {
          kind: params.kind,
          id: params.id,
          email: body.email,
          updatedBy: actor.name,
          updatedAt: updatedAt.toISOString(),
        },
      };
    },
  }),
];
