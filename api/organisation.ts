/**
 * Organisation data (DESIGN.md §3) as the API writes it: schemas, referential checks with messages a person can
 * act on, and jurisdiction checks. Used by the single-record routes and by the bulk import alike, so a record is
 * accepted or refused for the same reasons either way.
 */
import { z } from 'zod';
import type { PoolClient } from '../db/pool';
import {
  getLeader,
  getRegion,
  getUnit,
  insertLeader,
  insertLeaderRole,
  insertRegion,
  insertUnit,
  leaderRoles,
  renameLeader,
  replaceUnit,
  updateRegion,
  REGION_LEVELS,
  type LeaderRoleRow,
  type RegionRow,
  type UnitRow,
} from '../db/organisation';
import { isRegionPost, REGION_POSTS, ROLE_DESCRIPTIONS, UNIT_ROLES } from '../domain/leaderRoles';
import { Jurisdiction } from './auth/jurisdiction';
import { ProblemError } from './problem';

export const regionId = z
  .string()
  .regex(/^\d{6}(\d{3})?$/, 'expected an administrative division code: 6 digits (9 for a township)');
export const recordId = z.string().regex(/^[A-Za-z0-9-]{2,40}$/, 'expected 2–40 letters, digits or hyphens');
const isoDate = z.iso.date('expected a date as YYYY-MM-DD');

export const UNIT_KINDS = [
  'party-organ',
  'congress-organ',
  'administrative-organ',
  'cppcc-organ',
  'court',
  'procuratorate',
  'people-organisation',
  'public-institution',
  'state-owned-enterprise',
] as const;
/** Roles in a unit (`in-charge`: the leader in charge of comprehensive management of public security, 分管综治). */
export const LEADER_ROLES = UNIT_ROLES;
/** Posts of a region's committee and office (Art. 15(2): who holds the talks). */
export { REGION_POSTS };
const roleDescription =
  'A role in a unit (give unitId) or a post of a region’s committee or office (give regionId, county level and above): ' +
  [...UNIT_ROLES, ...REGION_POSTS].map((r) => `\`${r}\`: ${ROLE_DESCRIPTIONS[r]}`).join('; ');

const DRILL_DESCRIPTION =
  'A drill region (演练, Art. 18): it and the regions below it may install short drill periods, and their cases’ ' +
  'documents say 演练 in title and number. Only an admin sets or clears it (403 for anyone else); absent: unchanged';

export const regionInput = z.strictObject({
  id: regionId,
  name: z.string().trim().min(1).max(100),
  level: z.enum(['province', 'city', 'county', 'township']),
  kind: z.enum(['ordinary', 'development-zone', 'new-area', 'pilot-city']).default('ordinary'),
  parentId: regionId.nullable().default(null).describe('The region one level up; null only for the province'),
  committeeName: z.string().trim().min(1).max(100).optional().describe('Defaults to <name>社会治安综合治理委员会'),
  officeName: z.string().trim().min(1).max(100).optional().describe('Defaults to <committee>办公室'),
  drill: z.boolean().optional().describe(DRILL_DESCRIPTION),
});

export const regionPatch = z
  .strictObject({
    name: z.string().trim().min(1).max(100),
    kind: z.enum(['ordinary', 'development-zone', 'new-area', 'pilot-city']),
    committeeName: z.string().trim().min(1).max(100),
    officeName: z.string().trim().min(1).max(100),
    drill: z.boolean().describe(DRILL_DESCRIPTION),
  })
  .partial()
  .refine((p) => Object.keys(p).length > 0, 'give at least one field to change');

export const unitInput = z
  .strictObject({
    id: recordId.describe('A stable code, e.g. the unified social credit code'),
    name: z.string().trim().min(1).max(200),
    kind: z.enum(UNIT_KINDS).describe('Art. 2: the organs it applies to, and by reference the others'),
    regionId,
    memberOfCommittee: z.boolean().default(false).describe('A member unit (成员单位) of its region’s committee'),
    stationedBy: z
      .enum(['central', 'provincial'])
      .nullable()
      .default(null)
      .describe('中央、省直驻地方单位 (Art. 15(4) ¶3)'),
    supervisingUnitName: z.string().trim().min(1).max(200).nullable().default(null),
    leadsRegion: z
      .boolean()
      .default(false)
      .describe(
        'The region’s party committee or government: its leaders count as the region’s leaders (Art. 15(3)(4))',
      ),
  })
  .refine((u) => (u.stationedBy === null) === (u.supervisingUnitName === null), {
    message:
      'a unit stationed locally by the centre or the province needs supervisingUnitName, and only such a unit has one',
    path: ['supervisingUnitName'],
  });

export const unitPatch = z
  .strictObject({
    name: z.string().trim().min(1).max(200),
    kind: z.enum(UNIT_KINDS),
    regionId,
    memberOfCommittee: z.boolean(),
    stationedBy: z.enum(['central', 'provincial']).nullable(),
    supervisingUnitName: z.string().trim().min(1).max(200).nullable(),
    leadsRegion: z.boolean(),
  })
  .partial()
  .refine((p) => Object.keys(p).length > 0, 'give at least one field to change');

export const roleInput = z
  .strictObject({
    unitId: recordId.optional().describe('The unit of a role in a unit'),
    regionId: regionId
      .optional()
      .describe(
        'The region whose committee or office the post belongs to (office-director, committee-(deputy-)director)',
      ),
    role: z.enum([...UNIT_ROLES, ...REGION_POSTS]).describe(roleDescription),
    title: z.string().trim().min(1).max(100).optional(),
    startsOn: isoDate,
    endsOn: isoDate.optional(),
  })
  .refine((r) => !r.endsOn || r.endsOn >= r.startsOn, { message: 'endsOn is before startsOn', path: ['endsOn'] })
  .superRefine((r, ctx) => {
    if (isRegionPost(r.role)) {
      if (r.regionId === undefined)
        ctx.addIssue({ code: 'custom', path: ['regionId'], message: `${r.role} is a post of a region: give regionId` });
      if (r.unitId !== undefined)
        ctx.addIssue({ code: 'custom', path: ['unitId'], message: `${r.role} is a post of a region, not of a unit` });
    } else {
      if (r.unitId === undefined)
        ctx.addIssue({ code: 'custom', path: ['unitId'], message: `${r.role} is a role in a unit: give unitId` });
      if (r.regionId !== undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['regionId'],
          message: `${r.role} is a role in a unit; a region holds only the posts ${REGION_POSTS.join(', ')}`,
        });
    }
  });

export const leaderInput = z.strictObject({
  id: recordId.describe('A stable personnel code'),
  name: z.string().trim().min(1).max(100),
  roles: z
    .array(roleInput)
    .min(1, 'a leader is recorded with at least one role in a unit or post of a region’s committee or office')
    .max(50),
});

export const regionView = z.object({
  id: z.string(),
  name: z.string(),
  level: z.string(),
  kind: z.string(),
  parentId: z.string().nullable(),
  committeeName: z.string().nullable(),
  officeName: z.string().nullable(),
  drill: z.boolean().describe('Marked as a drill region by an admin'),
  drillRegion: z
    .boolean()
    .describe(
      'A drill region: marked itself or below a marked region (short policy periods allowed, documents say 演练)',
    ),
});
export const unitView = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.string(),
  regionId: z.string(),
  memberOfCommittee: z.boolean(),
  stationedBy: z.string().nullable(),
  supervisingUnitName: z.string().nullable(),
  leadsRegion: z.boolean(),
});
export const roleView = z.object({
  id: z.string(),
  unitId: z.string().nullable().describe('The unit of a role in a unit; null for a post of a region'),
  regionId: z.string().nullable().describe('The region of a committee or office post; null for a role in a unit'),
  role: z.string().describe(roleDescription),
  title: z.string().nullable(),
  startsOn: z.string(),
  endsOn: z.string().nullable(),
});
export const leaderView = z.object({ id: z.string(), name: z.string(), roles: z.array(roleView) });

export const toRegionView = (r: RegionRow): z.infer<typeof regionView> => ({
  id: r.id,
  name: r.name,
  level: r.level,
  kind: r.kind,
  parentId: r.parent_id,
  committeeName: r.committee_name,
  officeName: r.office_name,
  drill: r.drill,
  drillRegion: r.drill_region,
});
export const toUnitView = (u: UnitRow): z.infer<typeof unitView> => ({
  id: u.id,
  name: u.name,
  kind: u.kind,
  regionId: u.region_id,
  memberOfCommittee: u.member_of_committee,
  stationedBy: u.stationed_by,
  supervisingUnitName: u.supervising_unit_name,
  leadsRegion: u.leads_region,
});
export const toRoleView = (r: LeaderRoleRow): z.infer<typeof roleView> => ({
  id: r.id,
  unitId: r.unit_id,
  regionId: r.region_id,
  role: r.role,
  title: r.title,
  startsOn: r.starts_on,
  endsOn: r.ends_on,
});

/**
 * Issue 11, item 1 (Art. 18): only an admin marks a region as a drill region or clears the mark — never an office,
 * which could otherwise shorten the regulation's fixed periods for itself. A value equal to the current one is no
 * change and passes.
 */
export function requireDrillChangeAllowed(j: Jurisdiction, at: string, current: boolean, wanted: boolean | undefined) {
  if (wanted === undefined || wanted === current || j.isAdmin) return;
  throw new ProblemError(
    'forbidden',
    `${at}drill: only an admin ${wanted ? 'marks a region as a drill region' : 'clears a drill region'} (Art. 18: an office may not relax what the regulation fixes for its own region)`,
  );
}

/** A reference to something that does not exist: 422, naming the field. */
function missing(path: string, what: string): ProblemError {
  return new ProblemError('validation-failed', `${path}: there is no ${what}`, {
    errors: [{ in: 'body', path, message: `there is no ${what}` }],
  });
}

export type RegionInput = z.output<typeof regionInput>;
export type UnitInput = z.output<typeof unitInput>;
export type LeaderInput = z.output<typeof leaderInput>;
export type RoleInput = z.output<typeof roleInput>;

/**
 * Creates a region, or — with `upsert` — leaves an existing one as it is (updating its names). Checks the parent
 * exists one level up and lies in the caller's jurisdiction. `at` prefixes field paths in messages.
 */
export async function writeRegion(
  db: PoolClient,
  j: Jurisdiction,
  input: RegionInput,
  opts: { upsert: boolean; at: string },
): Promise<{ region: RegionRow; created: boolean }> {
  const existing = await getRegion(db, input.id);
  if (input.level === 'province') {
    if (input.parentId !== null)
      throw new ProblemError('validation-failed', `${opts.at}parentId: a province has no parent`);
    Jurisdiction.require(j.isAdmin, 'a province');
  } else {
    if (input.parentId === null)
      throw new ProblemError('validation-failed', `${opts.at}parentId: a ${input.level} needs its parent region`);
    const parent = await getRegion(db, input.parentId);
    if (!parent) throw missing(`${opts.at}parentId`, `region ${input.parentId}`);
    const expected = REGION_LEVELS[REGION_LEVELS.indexOf(input.level) - 1];
    if (parent.level !== expected) {
      throw new ProblemError(
        'validation-failed',
        `${opts.at}parentId: a ${input.level} sits under a ${expected}, but ${parent.id} (${parent.name}) is a ${parent.level}`,
      );
    }
    Jurisdiction.require(await j.coversRegion(parent.id), `region ${parent.id}`);
  }
  requireDrillChangeAllowed(j, opts.at, existing?.drill ?? false, input.drill);
  const committee = input.level === 'township' ? null : (input.committeeName ?? `${input.name}社会治安综合治理委员会`);
  const office = input.level === 'township' ? null : (input.officeName ?? `${committee}办公室`);
  if (existing) {
    if (!opts.upsert) throw new ProblemError('conflict', `region ${input.id} already exists (${existing.name})`);
    if (existing.level !== input.level || existing.parent_id !== input.parentId) {
      throw new ProblemError(
        'conflict',
        `${opts.at}: region ${input.id} exists as a ${existing.level} under ${existing.parent_id ?? 'nothing'}; moving a region is not supported`,
      );
    }
    const region = await updateRegion(db, input.id, {
      name: input.name,
      kind: input.kind,
      committee_name: committee,
      office_name: office,
      drill: input.drill,
    });
    return { region: region!, created: false };
  }
  const region = await insertRegion(db, {
    id: input.id,
    name: input.name,
    level: input.level,
    kind: input.kind,
    parent_id: input.parentId,
    committee_name: committee,
    office_name: office,
    drill: input.drill ?? false,
  });
  return { region, created: true };
}

/** Creates (or with `upsert` replaces) a unit in a region the caller covers. */
export async function writeUnit(
  db: PoolClient,
  j: Jurisdiction,
  input: UnitInput,
  opts: { upsert: boolean; at: string },
): Promise<{ unit: UnitRow; created: boolean }> {
  const region = await getRegion(db, input.regionId);
  if (!region) throw missing(`${opts.at}regionId`, `region ${input.regionId}`);
  Jurisdiction.require(await j.coversRegion(region.id), `region ${region.id}`);
  const row: UnitRow = {
    id: input.id,
    name: input.name,
    kind: input.kind,
    region_id: input.regionId,
    member_of_committee: input.memberOfCommittee,
    stationed_by: input.stationedBy,
    supervising_unit_name: input.supervisingUnitName,
    leads_region: input.leadsRegion,
  };
  const existing = await getUnit(db, input.id);
  if (existing) {
    if (!opts.upsert) throw new ProblemError('conflict', `unit ${input.id} already exists (${existing.name})`);
    Jurisdiction.require(await j.coversUnit(existing), `unit ${existing.id}`);
    return { unit: (await replaceUnit(db, row))!, created: false };
  }
  return { unit: await insertUnit(db, row), created: true };
}

/**
 * Records a role; the unit (or, for a committee or office post, the region) must exist and be covered. An identical
 * role already recorded is kept, not doubled.
 */
export async function writeRole(
  db: PoolClient,
  j: Jurisdiction,
  leaderId: string,
  input: RoleInput,
  at: string,
): Promise<{ role: LeaderRoleRow; created: boolean }> {
  if (input.regionId !== undefined) {
    const region = await getRegion(db, input.regionId);
    if (!region) throw missing(`${at}regionId`, `region ${input.regionId}`);
    Jurisdiction.require(await j.coversRegion(region.id), `region ${region.id}`);
    if (region.level === 'township') {
      throw new ProblemError(
        'validation-failed',
        `${at}regionId: ${region.id} (${region.name}) is a township, which has no committee or office of its own`,
        { errors: [{ in: 'body', path: `${at}regionId`, message: 'a township has no committee or office' }] },
      );
    }
  } else {
    const unit = await getUnit(db, input.unitId!);
    if (!unit) throw missing(`${at}unitId`, `unit ${input.unitId}`);
    Jurisdiction.require(await j.coversUnit(unit), `unit ${unit.id}`);
  }
  const unitId = input.unitId ?? null;
  const postRegionId = input.regionId ?? null;
  const same = (await leaderRoles(db, leaderId)).find(
    (r) =>
      r.unit_id === unitId && r.region_id === postRegionId && r.role === input.role && r.starts_on === input.startsOn,
  );
  if (same) return { role: same, created: false };
  const role = await insertLeaderRole(db, {
    leaderId,
    unitId,
    regionId: postRegionId,
    role: input.role,
    title: input.title ?? null,
    startsOn: input.startsOn,
    endsOn: input.endsOn ?? null,
  });
  return { role, created: true };
}

/** Creates a leader with roles (or with `upsert` renames an existing one and adds roles not yet recorded). */
export async function writeLeader(
  db: PoolClient,
  j: Jurisdiction,
  input: LeaderInput,
  opts: { upsert: boolean; at: string },
): Promise<{ created: boolean }> {
  const existing = await getLeader(db, input.id);
  if (existing && !opts.upsert) {
    // A taken id is a conflict for anyone (ids are personnel codes, unique everywhere), but the name is told only
    // to those who may see the leader.
    const name = (await j.coversLeader(input.id)) ? ` (${existing.name})` : '';
    throw new ProblemError('conflict', `leader ${input.id} already exists${name}`);
  }
  if (existing) {
    Jurisdiction.require(await j.coversLeader(input.id), `leader ${input.id}`);
    await renameLeader(db, input.id, input.name);
  } else {
    await insertLeader(db, { id: input.id, name: input.name });
  }
  for (const [i, role] of input.roles.entries()) await writeRole(db, j, input.id, role, `${opts.at}roles.${i}.`);
  return { created: !existing };
}
