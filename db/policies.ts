/** Queries for versioned policy documents. */
import type { PolicyDocument } from '../domain/policy';
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

/**
 * The policy in force for a region at `at`: the newest version effective by then, on the region itself or the
 * nearest region above it, else on the default scope. Undefined when none is installed.
 */
export async function effectivePolicy(db: Db, regionId: string, at: Date): Promise<PolicyRow | undefined> {
  const { rows } = await db.query<PolicyRow>(
    `WITH RECURSIVE up AS (
       SELECT id, parent_id, 0 AS depth FROM regions WHERE id = $1
       UNION ALL SELECT r.id, r.parent_id, up.depth + 1 FROM regions r JOIN up ON r.id = up.parent_id
     )
     SELECT p.id::text, p.region_id, p.version, p.effective_from, p.document, p.installed_by, p.installed_at
       FROM policies p
       LEFT JOIN up ON up.id = p.region_id
      WHERE (p.region_id IS NULL OR up.id IS NOT NULL) AND p.effective_from <= $2
      ORDER BY COALESCE(up.depth, 1000000), p.version DESC
      LIMIT 1`,
    [regionId, at],
  );
  return rows[0];
}
