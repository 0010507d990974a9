import type { Client, Connection } from '@temporalio/client';
import type { Pool } from '../db/pool';
import type { Config } from '../lib/config';
import type { Logger } from '../lib/logger';
import type { TokenVerifier } from './auth/verifier';

/** What the API is built from: one pool, one Temporal client, the config and a logger (STYLE.md habit 9). */
export interface AppDeps {
  config: Config;
  logger: Logger;
  pool: Pool;
  temporal: { connection: Connection; client: Client };
  /** Turns a bearer token into an actor; the database-backed one by default, replaceable by OIDC / JWT. */
  verifier: TokenVerifier;
}
