/**
 * Who may act (issue 6). Roles follow the regulation's actors: the standing office of a committee (综治办) operates
 * the system; committee leaders (综治委主任、副主任) decide what Art. 15 reserves to them (the veto); a unit's liaison
 * acts for its own unit; discipline inspection (纪检监察) and organisation / personnel departments (组织人事部门) take
 * the Art. 15(5) and Art. 11 parts; supervisors read; admins issue tokens and keep reference data.
 */
export const ROLES = [
  'office-operator',
  'committee-leader',
  'unit-liaison',
  'discipline-inspection',
  'organisation-personnel',
  'supervisor',
  'admin',
] as const;

export type Role = (typeof ROLES)[number];

/** The authenticated caller: a token, its role, and the one region or unit it acts for. */
export interface Actor {
  tokenId: string;
  name: string;
  role: Role;
  /** The region the token acts for (and everything below it); null for an admin or a unit liaison. */
  regionId: string | null;
  /** The unit a unit liaison acts for. */
  unitId: string | null;
}

/** Roles that may write organisation data (regions, units, leaders) within their jurisdiction. */
export const ORGANISATION_WRITERS: readonly Role[] = ['admin', 'office-operator'];
/** Every role: reads are filtered by jurisdiction, not refused by role. */
export const ALL_ROLES: readonly Role[] = ROLES;
