/**
 * Bearer-token verification, behind one interface so an OIDC / JWT verifier can replace it without touching a
 * route. Tokens are issued by the system (`npm run admin -- create-token`, or POST /tokens), shown once, and stored
 * only as a SHA-256 hash: they are 256 random bits, so a fast hash is enough (no password stretching needed).
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Pool, PoolClient } from '../../db/pool';
import { findTokenBySecretHash, insertToken, type TokenRow } from '../../db/tokens';
import type { Actor, Role } from '../../domain/roles';

export type VerifyResult = { ok: true; actor: Actor } | { ok: false; reason: 'unknown' | 'expired' | 'revoked' };

export interface TokenVerifier {
  verify(bearer: string): Promise<VerifyResult>;
}

const PREFIX = 'aot_';

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function actorFromRow(row: TokenRow): Actor {
  return { tokenId: row.id, name: row.name, role: row.role, regionId: row.region_id, unitId: row.unit_id };
}

/**
 * Verifies tokens against `api_tokens`. With `cacheMs`, a token found valid is trusted for that long without asking
 * the database again (a revocation then takes effect within `cacheMs`); expiry is always checked.
 */
export function createDbTokenVerifier(pool: Pool, now: () => Date = () => new Date(), cacheMs = 0): TokenVerifier {
  const cache = new Map<string, { row: TokenRow; until: number }>();
  const lookup = async (hash: string): Promise<TokenRow | undefined> => {
    const hit = cache.get(hash);
    if (hit && hit.until > Date.now()) return hit.row;
    const row = await findTokenBySecretHash(pool, hash);
    if (cacheMs > 0 && row && !row.revoked_at) {
      if (cache.size > 10_000) cache.clear();
      cache.set(hash, { row, until: Date.now() + cacheMs });
    }
    return row;
  };
  return {
    async verify(bearer) {
      if (!bearer.startsWith(PREFIX) || bearer.length > 100) return { ok: false, reason: 'unknown' };
      const row = await lookup(hashSecret(bearer));
      if (!row) return { ok: false, reason: 'unknown' };
      if (row.revoked_at) return { ok: false, reason: 'revoked' };
      if (row.expires_at <= now()) return { ok: false, reason: 'expired' };
      return { ok: true, actor: actorFromRow(row) };
    },
  };
}

/** Issues a token: stores its hash, returns the secret (shown once, never stored) and the row. */
export async function issueToken(
  pool: Pool | PoolClient,
  t: { name: string; role: Role; regionId: string | null; unitId: string | null; createdBy: string; expiresAt: Date },
): Promise<{ secret: string; row: TokenRow }> {
  const secret = PREFIX + randomBytes(32).toString('base64url');
  const row = await insertToken(pool, { ...t, id: randomUUID(), secretHash: hashSecret(secret) });
  return { secret, row };
}
