/** Queries for `api_tokens`. Only a SHA-256 of each secret is ever stored. */
import type { Role } from '../domain/roles';
import type { Pool, PoolClient } from './pool';

export interface TokenRow {
  id: string;
  name: string;
  role: Role;
  region_id: string | null;
  unit_id: string | null;
  created_by: string;
  created_at: Date;
  expires_at: Date;
  revoked_at: Date | null;
  revoked_by: string | null;
  revoke_reason: string | null;
}

const COLUMNS =
  'id, name, role, region_id, unit_id, created_by, created_at, expires_at, revoked_at, revoked_by, revoke_reason';

export async function insertToken(
  pool: Pool | PoolClient,
  t: {
    id: string;
    name: string;
    role: Role;
    regionId: string | null;
    unitId: string | null;
    secretHash: string;
    createdBy: string;
    expiresAt: Date;
  },
): Promise<TokenRow> {
  const { rows } = await pool.query<TokenRow>(
    `INSERT INTO api_tokens (id, name, role, region_id, unit_id, secret_hash, created_by, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING ${COLUMNS}`,
    [t.id, t.name, t.role, t.regionId, t.unitId, t.secretHash, t.createdBy, t.expiresAt],
  );
  return rows[0]!;
}

export async function findTokenBySecretHash(pool: Pool, secretHash: string): Promise<TokenRow | undefined> {
  const { rows } = await pool.query<TokenRow>(`SELECT ${COLUMNS} FROM api_tokens WHERE secret_hash = $1`, [secretHash]);
  return rows[0];
}

export async function getToken(pool: Pool, id: string): Promise<TokenRow | undefined> {
  const { rows } = await pool.query<TokenRow>(`SELECT ${COLUMNS} FROM api_tokens WHERE id = $1`, [id]);
  return rows[0];
}

export async function listTokens(pool: Pool): Promise<TokenRow[]> {
  const { rows } = await pool.query<TokenRow>(`SELECT ${COLUMNS} FROM api_tokens ORDER BY created_at DESC`);
  return rows;
}

/** Revokes once; revoking a revoked token keeps the first revocation. Returns the row as it now stands. */
export async function revokeToken(
  pool: Pool | PoolClient,
  id: string,
  by: string,
  reason: string,
): Promise<TokenRow | undefined> {
  const { rows } = await pool.query<TokenRow>(
    `UPDATE api_tokens
        SET revoked_at = COALESCE(revoked_at, now()),
            revoked_by = COALESCE(revoked_by, $2),
            revoke_reason = COALESCE(revoke_reason, $3)
      WHERE id = $1 RETURNING ${COLUMNS}`,
    [id, by, reason],
  );
  return rows[0];
}
