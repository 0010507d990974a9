/** Queries for versioned policy documents. */
import { regulationProblems, type PolicyDocument } from '../domain/policy';
import type { Pool, PoolClient } from './pool';

type Db = Pool | PoolClient;

export interface PolicyRow {
  id: string;
  region_id: string | null;
  version: number;
  effective_from: Date;
  document: PolicyDocument;
  installed_by: string;
  installed_at: Date;
}

const COLS = 'id::text, region_id, version, effective_from, document, installed_by, installed_at';

/** Installs the next version for a scope (a region, or null for the default). */
export async function insertPolicy(
  db: Db,
  p: { regionId: string | null; effectiveFrom: Date; document: PolicyDocument; installedBy: string },
): Promise<PolicyRow> {
  const { rows } = await db.query<PolicyRow>(
    `INSERT INTO policies (region_id, version, effective_from, document, installed_by)
     VALUES ($1, COALESCE((SELECT max(version) FROM policies WHERE region_id IS NOT DISTINCT FROM $1), 0) + 1, $2, $3, $4)
     RETURNING ${COLS}`,
    [p.regionId, p.effectiveFrom, JSON.stringify(p.document), p.installedBy],
  );
  return rows[0]!;
}

/** A stored version that would have applied but does not conform to the regulation (any more). */
export interface IgnoredPolicy {
  regionId: string | null;
  version: number;
  problems: string[];
}

/**
 * The policy in force for a region at `at`: the newest version effective by then, on the region itself or the
 * nearest region above it, else on the default scope; `row` undefined when none applies.
 *
 * A version applies only if it conforms to the regulation (domain/policy.ts `regulationProblems`) as its scope
 * stands now: installs are checked, but versions stored before that check, or a drill region's drill version once
 * an admin clears the flag, may not conform. Such a version is passed over for the next one down (and reported in
 * `ignored`): it stays on record and readable, and a case that pinned it earlier keeps it.
 */
export async function policyInForce(
  db: Db,
  regionId: string,
  at: Date,
): Promise<{ row: PolicyRow | undefined; ignored: IgnoredPolicy[] }> {
  const { rows } = await db.query<PolicyRow & { drill: boolean }>(
    `WITH RECURSIVE up AS (
       SELECT id, parent_id, 0 AS depth, drill FROM regions WHERE id = $1
       UNION ALL SELECT r.id, r.parent_id, up.depth + 1, r.drill FROM regions r JOIN up ON r.id = up.parent_id
     )
     SELECT p.id::text, p.region_id, p.version, p.effective_from, p.document, p.installed_by, p.installed_at,
            -- the scope is a drill region: it or a region above it flagged (the default scope never is)
            COALESCE((SELECT bool_or(a.drill) FROM up a WHERE a.depth >= up.depth), false) AS drill
       FROM policies p
       LEFT JOIN up ON up.id = p.region_id
      WHERE (p.region_id IS NULL OR up.id IS NOT NULL) AND p.effective_from <= $2
      ORDER BY COALESCE(up.depth, 1000000), p.version DESC`,
    [regionId, at],
  );
  const ignored: IgnoredPolicy[] = [];
  for (const { drill, ...row } of rows) {
    let problems: string[];
    try {
      problems = regulationProblems(row.document, { drill });
    } catch {
      problems = ['the stored document cannot be read as a policy'];
    }
    if (problems.length === 0) return { row, ignored };
    ignored.push({ regionId: row.region_id, version: row.version, problems });
  }
  return { row: undefined, ignored };
}

/**
 * The policy in force for a region at `at` (see {@link policyInForce}: a version that does not conform to the
 * regulation is passed over). Undefined when none applies: the built-in default.
 */
export async function effectivePolicy(db: Db, regionId: string, at: Date): Promise<PolicyRow | undefined> {
  return (await policyInForce(db, regionId, at)).row;
}
