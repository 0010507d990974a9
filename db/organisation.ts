/** Queries for the organisation: regions, units, leaders and their roles (DESIGN.md §3). */
import type { Pool, PoolClient } from './pool';
import { subtree } from './scope';

type Db = Pool | PoolClient;

export type RegionLevel = 'province' | 'city' | 'county' | 'township';
export const REGION_LEVELS: readonly RegionLevel[] = ['province', 'city', 'county', 'township'];

export interface RegionRow {
  id: string;
  name: string;
  level: RegionLevel;
  kind: string;
  parent_id: string | null;
  committee_name: string | null;
  office_name: string | null;
  /** Marked as a drill region by an admin (issue 11, item 1; db/drill.ts). */
  drill: boolean;
  /** A drill region: it or a region above it is marked. */
  drill_region: boolean;
}

/** A region to insert: the drill flag defaults to false, `drill_region` follows from the regions above. */
export type NewRegion = Omit<RegionRow, 'drill' | 'drill_region'> & { drill?: boolean };

export interface UnitRow {
  id: string;
  name: string;
  kind: string;
  region_id: string;
  member_of_committee: boolean;
  stationed_by: 'central' | 'provincial' | null;
  supervising_unit_name: string | null;
  /** The unit is its region's party committee or government: its leaders are the region's leaders. */
  leads_region: boolean;
}

export interface LeaderRow {
  id: string;
  name: string;
}

export interface LeaderRoleRow {
  id: string;
  leader_id: string;
  /** The unit of a role in a unit (principal, in-charge, supervising, member); null for a post of a region. */
  unit_id: string | null;
  /** The region of a post of its committee or office (office-director, committee-(deputy-)director; Art. 15(2)). */
  region_id: string | null;
  role: string;
  title: string | null;
  starts_on: string;
  ends_on: string | null;
}

// drill_region: the row's own flag or one on a region above it (its parent chain, which the statement never changes,
// so it is right in INSERT … RETURNING and UPDATE … RETURNING too).
const REGION_COLS = `id, name, level, kind, parent_id, committee_name, office_name, drill,
  drill OR COALESCE((WITH RECURSIVE above AS (
      SELECT p.id, p.parent_id, p.drill FROM regions p WHERE p.id = regions.parent_id
      UNION ALL SELECT q.id, q.parent_id, q.drill FROM regions q JOIN above ON q.id = above.parent_id
    ) SELECT bool_or(above.drill) FROM above), false) AS drill_region`;
const UNIT_COLS = 'id, name, kind, region_id, member_of_committee, stationed_by, supervising_unit_name, leads_region';
const ROLE_COLS =
  "id::text, leader_id, unit_id, region_id, role, title, to_char(starts_on, 'YYYY-MM-DD') AS starts_on, to_char(ends_on, 'YYYY-MM-DD') AS ends_on";

// ---- regions

export async function getRegion(db: Db, id: string): Promise<RegionRow | undefined> {
  const { rows } = await db.query<RegionRow>(`SELECT ${REGION_COLS} FROM regions WHERE id = $1`, [id]);
  return rows[0];
}

export async function insertRegion(db: Db, r: NewRegion): Promise<RegionRow> {
  const { rows } = await db.query<RegionRow>(
    `INSERT INTO regions (id, name, level, kind, parent_id, committee_name, office_name, drill)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING ${REGION_COLS}`,
    [r.id, r.name, r.level, r.kind, r.parent_id, r.committee_name, r.office_name, r.drill ?? false],
  );
  return rows[0]!;
}

export async function updateRegion(
  db: Db,
  id: string,
  patch: Partial<Pick<RegionRow, 'name' | 'kind' | 'committee_name' | 'office_name' | 'drill'>>,
): Promise<RegionRow | undefined> {
  const { rows } = await db.query<RegionRow>(
    `UPDATE regions SET name = COALESCE($2, name), kind = COALESCE($3, kind),
            committee_name = COALESCE($4, committee_name), office_name = COALESCE($5, office_name),
            drill = COALESCE($6, drill), updated_at = now()
      WHERE id = $1 RETURNING ${REGION_COLS}`,
    [
      id,
      patch.name ?? null,
      patch.kind ?? null,
      patch.committee_name ?? null,
      patch.office_name ?? null,
      patch.drill ?? null,
    ],
  );
  return rows[0];
}

/** Regions in the subtree of `withinId` (itself included), or all; optionally only children of `parentId`. */
export async function listRegions(
  db: Db,
  f: { withinId?: string; onlyIds?: string[]; parentId?: string; level?: string },
): Promise<RegionRow[]> {
  const { rows } = await db.query<RegionRow>(
    `WITH RECURSIVE ${subtree('sub', '$1')}
     SELECT ${REGION_COLS} FROM regions
      WHERE id IN (SELECT id FROM sub)
        AND ($2::text[] IS NULL OR id = ANY($2))
        AND ($3::text IS NULL OR parent_id = $3)
        AND ($4::text IS NULL OR level = $4)
      ORDER BY id`,
    [f.withinId ?? null, f.onlyIds ?? null, f.parentId ?? null, f.level ?? null],
  );
  return rows;
}

/** The region and every region above it, nearest first. */
export async function regionAncestry(db: Db, id: string): Promise<string[]> {
  const { rows } = await db.query<{ id: string }>(
    `WITH RECURSIVE up AS (
       SELECT id, parent_id, 0 AS depth FROM regions WHERE id = $1
       UNION ALL SELECT r.id, r.parent_id, up.depth + 1 FROM regions r JOIN up ON r.id = up.parent_id
     ) SELECT id FROM up ORDER BY depth`,
    [id],
  );
  return rows.map((r) => r.id);
}

// ---- units

export async function getUnit(db: Db, id: string): Promise<UnitRow | undefined> {
  const { rows } = await db.query<UnitRow>({
    name: 'get-unit',
    text: `SELECT ${UNIT_COLS} FROM units WHERE id = $1`,
    values: [id],
  });
  return rows[0];
}

export async function insertUnit(db: Db, u: UnitRow): Promise<UnitRow> {
  const { rows } = await db.query<UnitRow>(
    `INSERT INTO units (id, name, kind, region_id, member_of_committee, stationed_by, supervising_unit_name, leads_region)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING ${UNIT_COLS}`,
    [u.id, u.name, u.kind, u.region_id, u.member_of_committee, u.stationed_by, u.supervising_unit_name, u.leads_region],
  );
  return rows[0]!;
}

export async function replaceUnit(db: Db, u: UnitRow): Promise<UnitRow | undefined> {
  const { rows } = await db.query<UnitRow>(
    `UPDATE units SET name = $2, kind = $3, region_id = $4, member_of_committee = $5, stationed_by = $6,
            supervising_unit_name = $7, leads_region = $8, updated_at = now()
      WHERE id = $1 RETURNING ${UNIT_COLS}`,
    [u.id, u.name, u.kind, u.region_id, u.member_of_committee, u.stationed_by, u.supervising_unit_name, u.leads_region],
  );
  return rows[0];
}

export async function listUnits(
  db: Db,
  f: { withinRegionId?: string; unitId?: string; regionId?: string; kind?: string },
): Promise<UnitRow[]> {
  const { rows } = await db.query<UnitRow>(
    `WITH RECURSIVE ${subtree('sub', '$1')}
     SELECT ${UNIT_COLS} FROM units
      WHERE region_id IN (SELECT id FROM sub)
        AND ($2::text IS NULL OR id = $2)
        AND ($3::text IS NULL OR region_id = $3)
        AND ($4::text IS NULL OR kind = $4)
      ORDER BY region_id, id`,
    [f.withinRegionId ?? null, f.unitId ?? null, f.regionId ?? null, f.kind ?? null],
  );
  return rows;
}

// ---- leaders

export async function getLeader(db: Db, id: string): Promise<LeaderRow | undefined> {
  const { rows } = await db.query<LeaderRow>({
    name: 'get-leader',
    text: 'SELECT id, name FROM leaders WHERE id = $1',
    values: [id],
  });
  return rows[0];
}

export async function insertLeader(db: Db, l: LeaderRow): Promise<LeaderRow> {
  const { rows } = await db.query<LeaderRow>('INSERT INTO leaders (id, name) VALUES ($1, $2) RETURNING id, name', [
    l.id,
    l.name,
  ]);
  return rows[0]!;
}

export async function renameLeader(db: Db, id: string, name: string): Promise<LeaderRow | undefined> {
  const { rows } = await db.query<LeaderRow>(
    'UPDATE leaders SET name = $2, updated_at = now() WHERE id = $1 RETURNING id, name',
    [id, name],
  );
  return rows[0];
}

export async function leaderRoles(db: Db, leaderId: string): Promise<LeaderRoleRow[]> {
  const { rows } = await db.query<LeaderRoleRow>(
    `SELECT ${ROLE_COLS} FROM leader_roles WHERE leader_id = $1 ORDER BY starts_on, id`,
    [leaderId],
  );
  return rows;
}

export async function getLeaderRole(db: Db, leaderId: string, roleId: string): Promise<LeaderRoleRow | undefined> {
  const { rows } = await db.query<LeaderRoleRow>(
    `SELECT ${ROLE_COLS} FROM leader_roles WHERE leader_id = $1 AND id = $2`,
    [leaderId, roleId],
  );
  return rows[0];
}

/** Records a role: in a unit (`unitId`), or a post of a region's committee or office (`regionId`, unitId null). */
export async function insertLeaderRole(
  db: Db,
  r: {
    leaderId: string;
    unitId: string | null;
    regionId?: string | null;
    role: string;
    title: string | null;
    startsOn: string;
    endsOn: string | null;
  },
): Promise<LeaderRoleRow> {
  const { rows } = await db.query<LeaderRoleRow>(
    `INSERT INTO leader_roles (leader_id, unit_id, region_id, role, title, starts_on, ends_on)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${ROLE_COLS}`,
    [r.leaderId, r.unitId, r.regionId ?? null, r.role, r.title, r.startsOn, r.endsOn],
  );
  return rows[0]!;
}

export async function endLeaderRole(db: Db, roleId: string, endsOn: string): Promise<LeaderRoleRow | undefined> {
  const { rows } = await db.query<LeaderRoleRow>(
    `UPDATE leader_roles SET ends_on = $2 WHERE id = $1 RETURNING ${ROLE_COLS}`,
    [roleId, endsOn],
  );
  return rows[0];
}

/**
 * Where the leader "belongs" for jurisdiction: the units they have held a role in, and the regions of those units
 * and of the committee and office posts they have held (Art. 15(2)).
 */
export async function leaderRegions(db: Db, leaderId: string): Promise<{ unitIds: string[]; regionIds: string[] }> {
  const { rows } = await db.query<{ unit_id: string | null; region_id: string }>({
    name: 'leader-regions-and-posts',
    text: `SELECT DISTINCT lr.unit_id, COALESCE(u.region_id, lr.region_id) AS region_id
             FROM leader_roles lr LEFT JOIN units u ON u.id = lr.unit_id
            WHERE lr.leader_id = $1`,
    values: [leaderId],
  });
  return {
    unitIds: [...new Set(rows.flatMap((r) => (r.unit_id === null ? [] : [r.unit_id])))],
    regionIds: [...new Set(rows.map((r) => r.region_id))],
  };
}

/** Leaders who have held a role in a unit of the subtree (or a post of one of its regions) / in one unit. */
export async function listLeaders(db: Db, f: { withinRegionId?: string; unitId?: string }): Promise<LeaderRow[]> {
  const { rows } = await db.query<LeaderRow>(
    `WITH RECURSIVE ${subtree('sub', '$1')}
     SELECT DISTINCT l.id, l.name FROM leaders l
       LEFT JOIN leader_roles lr ON lr.leader_id = l.id
       LEFT JOIN units u ON u.id = lr.unit_id
      WHERE ($1::text IS NULL AND $2::text IS NULL)
         OR (COALESCE(u.region_id, lr.region_id) IN (SELECT id FROM sub) AND ($2::text IS NULL OR u.id = $2))
      ORDER BY l.id`,
    [f.withinRegionId ?? null, f.unitId ?? null],
  );
  return rows;
}

/** The units where a leader holds a role today (Asia/Shanghai date `today`). */
export async function currentLeaderUnits(
  db: Db,
  leaderId: string,
  today: string,
): Promise<Array<{ id: string; region_id: string }>> {
  const { rows } = await db.query<{ id: string; region_id: string }>(
    `SELECT DISTINCT u.id, u.region_id FROM leader_roles lr JOIN units u ON u.id = lr.unit_id
      WHERE lr.leader_id = $1 AND lr.starts_on <= $2::date AND (lr.ends_on IS NULL OR lr.ends_on >= $2::date)`,
    [leaderId, today],
  );
  return rows;
}

/** Holders of a region's committee and office posts on `date` (YYYY-MM-DD): who may hold its talks (Art. 15(2)). */
export async function regionPostsAt(
  db: Db,
  leaderId: string,
  regionId: string,
  date: string,
): Promise<Array<{ leader_id: string; name: string; role: string; title: string | null }>> {
  const { rows } = await db.query(
    `SELECT lr.leader_id, l.name, lr.role, lr.title FROM leader_roles lr JOIN leaders l ON l.id = lr.leader_id
      WHERE lr.leader_id = $1 AND lr.region_id = $2
        AND lr.starts_on <= $3::date AND (lr.ends_on IS NULL OR lr.ends_on >= $3::date)
      ORDER BY array_position(ARRAY['office-director', 'committee-director', 'committee-deputy-director'], lr.role)`,
    [leaderId, regionId, date],
  );
  return rows;
}

/**
 * Every role held in any of `unitIds` on `date` (YYYY-MM-DD), each leader's most senior first (principal, in-charge,
 * supervising, member). A subject's leadership on a day (Art. 15(2): whom the talk is with).
 */
export async function unitLeadersAt(
  db: Db,
  unitIds: string[],
  date: string,
): Promise<Array<{ leader_id: string; name: string; role: string; unit_id: string; title: string | null }>> {
  const { rows } = await db.query(
    `SELECT lr.leader_id, l.name, lr.role, lr.unit_id, lr.title
       FROM leader_roles lr JOIN leaders l ON l.id = lr.leader_id
      WHERE lr.unit_id = ANY($1) AND lr.starts_on <= $2::date AND (lr.ends_on IS NULL OR lr.ends_on >= $2::date)
      ORDER BY lr.leader_id, array_position(ARRAY['principal', 'in-charge', 'supervising', 'member'], lr.role), lr.unit_id`,
    [unitIds, date],
  );
  return rows;
}

/** Who holds a region's post (`office-director`, `committee-director`) on `date`: the 签发人 of its upward documents. */
export async function postHolderNames(db: Db, regionId: string, role: string, date: string): Promise<string[]> {
  const { rows } = await db.query<{ name: string }>(
    `SELECT l.name FROM leader_roles lr JOIN leaders l ON l.id = lr.leader_id
      WHERE lr.region_id = $1 AND lr.role = $2
        AND lr.starts_on <= $3::date AND (lr.ends_on IS NULL OR lr.ends_on >= $3::date)
      ORDER BY lr.starts_on, l.id`,
    [regionId, role, date],
  );
  return rows.map((r) => r.name);
}
