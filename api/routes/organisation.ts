/** Regions, units, leaders and their roles; bulk import (issue 3: organisation data, with issue 6's checks). */
import { z } from 'zod';
import {
  endLeaderRole,
  getLeader,
  getLeaderRole,
  getRegion,
  getUnit,
  leaderRoles,
  listLeaders,
  listRegions,
  listUnits,
  regionAncestry,
  updateRegion,
  replaceUnit,
} from '../../db/organisation';
import { ALL_ROLES, ORGANISATION_WRITERS } from '../../domain/roles';
import { Jurisdiction } from '../auth/jurisdiction';
import {
  leaderInput,
  leaderView,
  recordId,
  regionId,
  regionInput,
  regionPatch,
  regionView,
  requireDrillChangeAllowed,
  roleInput,
  roleView,
  toRegionView,
  toRoleView,
  toUnitView,
  unitInput,
  unitPatch,
  unitView,
  UNIT_KINDS,
  writeLeader,
  writeRegion,
  writeRole,
  writeUnit,
} from '../organisation';
import { ProblemError } from '../problem';
import { defineRoute } from '../routing';

const regionParam = z.object({ id: regionId });
const recordParam = z.object({ id: recordId });

async function leaderBody(db: Parameters<typeof leaderRoles>[0], id: string) {
  const leader = await getLeader(db, id);
  if (!leader) return undefined;
  return { id: leader.id, name: leader.name, roles: (await leaderRoles(db, id)).map(toRoleView) };
}

export const organisationRoutes = [
  // ---- regions
  defineRoute({
    method: 'post',
    path: '/regions',
    operationId: 'createRegion',
    summary: 'Create a region (with its committee and office at county level and above)',
    tags: ['organisation'],
    access: { roles: ORGANISATION_WRITERS },
    body: regionInput,
    responses: { 201: { description: 'Created', schema: regionView }, 409: { description: 'The id is taken' } },
    handler: async ({ body, jurisdiction, transaction }) => {
      const { region } = await transaction((db) =>
        writeRegion(db, jurisdiction.on(db), body, { upsert: false, at: 'body.' }),
      );
      return { status: 201, body: toRegionView(region), headers: { Location: `/regions/${region.id}` } };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/regions',
    operationId: 'listRegions',
    summary: 'List the regions this token may see',
    tags: ['organisation'],
    access: { roles: ALL_ROLES },
    query: z.strictObject({
      parentId: regionId.optional(),
      level: z.enum(['province', 'city', 'county', 'township']).optional(),
    }),
    responses: {
      200: {
        description: 'Regions in the jurisdiction and the ones above it',
        schema: z.object({ items: z.array(regionView) }),
      },
    },
    handler: async ({ query, jurisdiction, deps }) => {
      const scope = jurisdiction.listScope;
      let home: string | undefined;
      if ('regionId' in scope) home = scope.regionId;
      if ('unitId' in scope) home = (await getUnit(deps.pool, scope.unitId))?.region_id;
      const filter = { parentId: query.parentId, level: query.level };
      const rows =
        'all' in scope
          ? await listRegions(deps.pool, filter)
          : home === undefined
            ? []
            : [
                // The caller's own subtree (a unit liaison: its unit's region only), plus the chain above it.
                ...(await listRegions(deps.pool, {
                  ...filter,
                  ...('unitId' in scope ? { onlyIds: [home] } : { withinId: home }),
                })),
                ...(await listRegions(deps.pool, {
                  ...filter,
                  onlyIds: (await regionAncestry(deps.pool, home)).slice(1),
                })),
              ];
      return { status: 200, body: { items: rows.map(toRegionView).sort((a, b) => a.id.localeCompare(b.id)) } };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/regions/{id}',
    operationId: 'getRegion',
    summary: 'One region',
    tags: ['organisation'],
    access: { roles: ALL_ROLES },
    params: regionParam,
    responses: { 200: { description: 'The region', schema: regionView }, 404: { description: 'No such region' } },
    handler: async ({ params, jurisdiction, deps }) => {
      const region = await getRegion(deps.pool, params.id);
      if (!region) throw new ProblemError('not-found', `there is no region ${params.id}`);
      Jurisdiction.require(await jurisdiction.seesRegion(region.id), `region ${region.id}`);
      return { status: 200, body: toRegionView(region) };
    },
  }),
  defineRoute({
    method: 'patch',
    path: '/regions/{id}',
    operationId: 'updateRegion',
    summary: 'Rename a region or its committee and office; an admin marks or clears a drill region',
    tags: ['organisation'],
    access: { roles: ORGANISATION_WRITERS },
    params: regionParam,
    body: regionPatch,
    responses: { 200: { description: 'Updated', schema: regionView }, 404: { description: 'No such region' } },
    handler: async ({ params, body, jurisdiction, deps, transaction }) => {
      const region = await getRegion(deps.pool, params.id);
      if (!region) throw new ProblemError('not-found', `there is no region ${params.id}`);
      Jurisdiction.require(await jurisdiction.coversRegion(region.id), `region ${region.id}`);
      if (region.level === 'township' && (body.committeeName || body.officeName)) {
        throw new ProblemError(
          'validation-failed',
          'a township has no committee or office of its own (Art. 15: county level and above)',
        );
      }
      requireDrillChangeAllowed(jurisdiction, 'body.', region.drill, body.drill);
      const updated = await transaction((db) =>
        updateRegion(db, region.id, {
          name: body.name,
          kind: body.kind,
          committee_name: body.committeeName,
          office_name: body.officeName,
          drill: body.drill,
        }),
      );
      return { status: 200, body: toRegionView(updated!) };
    },
  }),

  // ---- units
  defineRoute({
    method: 'post',
    path: '/units',
    operationId: 'createUnit',
    summary: 'Create a unit in a region',
    tags: ['organisation'],
    access: { roles: ORGANISATION_WRITERS },
    body: unitInput,
    responses: { 201: { description: 'Created', schema: unitView }, 409: { description: 'The id is taken' } },
    handler: async ({ body, jurisdiction, transaction }) => {
      const { unit } = await transaction((db) =>
        writeUnit(db, jurisdiction.on(db), body, { upsert: false, at: 'body.' }),
      );
      return { status: 201, body: toUnitView(unit), headers: { Location: `/units/${unit.id}` } };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/units',
    operationId: 'listUnits',
    summary: 'List the units this token may see',
    tags: ['organisation'],
    access: { roles: ALL_ROLES },
    query: z.strictObject({ regionId: regionId.optional(), kind: z.enum(UNIT_KINDS).optional() }),
    responses: { 200: { description: 'Units in the jurisdiction', schema: z.object({ items: z.array(unitView) }) } },
    handler: async ({ query, jurisdiction, deps }) => {
      const scope = jurisdiction.listScope;
      const rows = await listUnits(deps.pool, {
        ...query,
        ...('regionId' in scope ? { withinRegionId: scope.regionId } : {}),
        ...('unitId' in scope ? { unitId: scope.unitId } : {}),
      });
      return { status: 200, body: { items: rows.map(toUnitView) } };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/units/{id}',
    operationId: 'getUnit',
    summary: 'One unit',
    tags: ['organisation'],
    access: { roles: ALL_ROLES },
    params: recordParam,
    responses: { 200: { description: 'The unit', schema: unitView }, 404: { description: 'No such unit' } },
    handler: async ({ params, jurisdiction, deps }) => {
      const unit = await getUnit(deps.pool, params.id);
      if (!unit) throw new ProblemError('not-found', `there is no unit ${params.id}`);
      Jurisdiction.require(await jurisdiction.coversUnit(unit), `unit ${unit.id}`);
      return { status: 200, body: toUnitView(unit) };
    },
  }),
  defineRoute({
    method: 'patch',
    path: '/units/{id}',
    operationId: 'updateUnit',
    summary: 'Change a unit',
    tags: ['organisation'],
    access: { roles: ORGANISATION_WRITERS },
    params: recordParam,
    body: unitPatch,
    responses: { 200: { description: 'Updated', schema: unitView }, 404: { description: 'No such unit' } },
    handler: async ({ params, body, jurisdiction, deps, transaction }) => {
      const unit = await getUnit(deps.pool, params.id);
      if (!unit) throw new ProblemError('not-found', `there is no unit ${params.id}`);
      Jurisdiction.require(await jurisdiction.coversUnit(unit), `unit ${unit.id}`);
      const next = unitInput.safeParse({ ...toUnitView(unit), ...body });
      if (!next.success) {
        throw new ProblemError(
          'validation-failed',
          next.error.issues.map((i) => `body.${i.path.join('.')}: ${i.message}`).join('; '),
        );
      }
      if (next.data.regionId !== unit.region_id) {
        if (!(await getRegion(deps.pool, next.data.regionId)))
          throw new ProblemError('validation-failed', `body.regionId: there is no region ${next.data.regionId}`);
        Jurisdiction.require(await jurisdiction.coversRegion(next.data.regionId), `region ${next.data.regionId}`);
      }
      const updated = await transaction((db) =>
        replaceUnit(db, {
          id: unit.id,
          name: next.data.name,
          kind: next.data.kind,
          region_id: next.data.regionId,
          member_of_committee: next.data.memberOfCommittee,
          stationed_by: next.data.stationedBy,
          supervising_unit_name: next.data.supervisingUnitName,
          leads_region: next.data.leadsRegion,
        }),
      );
      return { status: 200, body: toUnitView(updated!) };
    },
  }),

  // ---- leaders
  defineRoute({
    method: 'post',
    path: '/leaders',
    operationId: 'createLeader',
    summary: 'Record a leader with their roles',
    tags: ['organisation'],
    access: { roles: ORGANISATION_WRITERS },
    body: leaderInput,
    responses: { 201: { description: 'Created', schema: leaderView }, 409: { description: 'The id is taken' } },
    handler: async ({ body, jurisdiction, transaction }) => {
      const view = await transaction(async (db) => {
        await writeLeader(db, jurisdiction.on(db), body, { upsert: false, at: 'body.' });
        return leaderBody(db, body.id);
      });
      return { status: 201, body: view, headers: { Location: `/leaders/${body.id}` } };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/leaders',
    operationId: 'listLeaders',
    summary: 'List leaders who have held a role in a unit this token covers',
    tags: ['organisation'],
    access: { roles: ALL_ROLES },
    query: z.strictObject({ unitId: recordId.optional() }),
    responses: {
      200: {
        description: 'Leaders',
        schema: z.object({ items: z.array(z.object({ id: z.string(), name: z.string() })) }),
      },
    },
    handler: async ({ query, jurisdiction, deps }) => {
      const scope = jurisdiction.listScope;
      if ('unitId' in scope && query.unitId && query.unitId !== scope.unitId)
        return { status: 200, body: { items: [] } };
      const rows = await listLeaders(deps.pool, {
        unitId: 'unitId' in scope ? scope.unitId : query.unitId,
        ...('regionId' in scope ? { withinRegionId: scope.regionId } : {}),
      });
      return { status: 200, body: { items: rows } };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/leaders/{id}',
    operationId: 'getLeader',
    summary: 'One leader with every role held, past and present',
    tags: ['organisation'],
    access: { roles: ALL_ROLES },
    params: recordParam,
    responses: {
      200: { description: 'The leader', schema: leaderView },
      403: { description: 'Not a leader of this token’s jurisdiction — the same answer whether or not the id exists' },
      404: { description: 'No such leader (told to an admin only)' },
    },
    handler: async ({ params, jurisdiction, deps }) => {
      await jurisdiction.requireLeader(params.id);
      return { status: 200, body: (await leaderBody(deps.pool, params.id))! };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/leaders/{id}/roles',
    operationId: 'addLeaderRole',
    summary:
      'Record a role a leader takes up (e.g. after a transfer), in a unit or as a post of a region’s committee or office',
    description:
      'Needs jurisdiction over the leader (through a unit they hold or held a role in, or a region whose committee or office ' +
      'post they hold or held) and over the new role’s unit or region: an office cannot attach itself to another region’s ' +
      'leader by recording a role in one of its own units. The posts office-director (综治办主任), committee-director ' +
      '(综治委主任) and committee-deputy-director (综治委副主任) take regionId instead of unitId; they hold the talks ' +
      'with the level below (Art. 15(2)).',
    tags: ['organisation'],
    access: { roles: ORGANISATION_WRITERS },
    params: recordParam,
    body: roleInput,
    responses: {
      201: { description: 'Recorded', schema: roleView },
      403: {
        description:
          'The leader or the unit is outside this token’s jurisdiction — for the leader, the same answer whether or not the id exists',
      },
      404: { description: 'No such leader (told to an admin only)' },
    },
    handler: async ({ params, body, jurisdiction, transaction }) => {
      const { role } = await transaction(async (db) => {
        const j = jurisdiction.on(db);
        await j.requireLeader(params.id);
        return writeRole(db, j, params.id, body, 'body.');
      });
      return { status: 201, body: toRoleView(role) };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/leaders/{id}/roles/{roleId}/end',
    operationId: 'endLeaderRole',
    summary: 'Record the day a leader left a role',
    tags: ['organisation'],
    access: { roles: ORGANISATION_WRITERS },
    params: z.object({ id: recordId, roleId: z.string().regex(/^\d{1,18}$/, 'expected a role id') }),
    body: z.strictObject({ endsOn: z.iso.date('expected a date as YYYY-MM-DD') }),
    responses: {
      200: { description: 'Recorded', schema: roleView },
      403: {
        description:
          'The leader or the role’s unit (or region, for a post) is outside this token’s jurisdiction — for the leader, the same answer whether or not the id exists',
      },
      404: { description: 'No such role' },
      409: { description: 'Already ended' },
    },
    handler: async ({ params, body, jurisdiction, deps, transaction }) => {
      await jurisdiction.requireLeader(params.id);
      const role = await getLeaderRole(deps.pool, params.id, params.roleId);
      if (!role) throw new ProblemError('not-found', `leader ${params.id} has no role ${params.roleId}`);
      if (role.unit_id !== null) {
        const unit = await getUnit(deps.pool, role.unit_id);
        Jurisdiction.require(await jurisdiction.coversUnit(unit!), `unit ${role.unit_id}`);
      } else {
        Jurisdiction.require(await jurisdiction.coversRegion(role.region_id!), `region ${role.region_id}`);
      }
      if (role.ends_on) throw new ProblemError('conflict', `the role already ended on ${role.ends_on}`);
      if (body.endsOn < role.starts_on)
        throw new ProblemError('validation-failed', `body.endsOn: the role started on ${role.starts_on}`);
      const ended = await transaction((db) => endLeaderRole(db, role.id, body.endsOn));
      return { status: 200, body: toRoleView(ended!) };
    },
  }),

  // ---- bulk import
  defineRoute({
    method: 'post',
    path: '/organisation/import',
    operationId: 'importOrganisation',
    summary: 'Import regions, units and leaders from one JSON document, all or nothing',
    description:
      'Regions are applied parent first, then units, then leaders. Records that already exist are updated to match; ' +
      'importing the same document twice changes nothing. Any invalid record refuses the whole document and writes nothing.',
    tags: ['organisation'],
    access: { roles: ORGANISATION_WRITERS },
    // A whole province arrives in one document: the large limit is for an authenticated admin only (issue 10).
    largeBody: { limit: '25mb', roles: ['admin'] },
    body: z.strictObject({
      regions: z.array(regionInput).max(20_000).default([]),
      units: z.array(unitInput).max(100_000).default([]),
      leaders: z.array(leaderInput).max(100_000).default([]),
    }),
    responses: {
      200: {
        description: 'Applied',
        schema: z.object({
          regions: z.object({ created: z.number(), updated: z.number() }),
          units: z.object({ created: z.number(), updated: z.number() }),
          leaders: z.object({ created: z.number(), updated: z.number() }),
        }),
      },
    },
    handler: async ({ body, jurisdiction, transaction }) => {
      const LEVEL_ORDER = ['province', 'city', 'county', 'township'];
      const regions = body.regions
        .map((r, i) => ({ r, i }))
        .sort((a, b) => LEVEL_ORDER.indexOf(a.r.level) - LEVEL_ORDER.indexOf(b.r.level));
      const counts = {
        regions: { created: 0, updated: 0 },
        units: { created: 0, updated: 0 },
        leaders: { created: 0, updated: 0 },
      };
      await transaction(async (db) => {
        const j = jurisdiction.on(db);
        for (const { r, i } of regions) {
          const { created } = await writeRegion(db, j, r, { upsert: true, at: `body.regions.${i}.` });
          counts.regions[created ? 'created' : 'updated']++;
        }
        for (const [i, u] of body.units.entries()) {
          const { created } = await writeUnit(db, j, u, { upsert: true, at: `body.units.${i}.` });
          counts.units[created ? 'created' : 'updated']++;
        }
        for (const [i, l] of body.leaders.entries()) {
          const { created } = await writeLeader(db, j, l, { upsert: true, at: `body.leaders.${i}.` });
          counts.leaders[created ? 'created' : 'updated']++;
        }
      });
      return { status: 200, body: counts };
    },
  }),
];
