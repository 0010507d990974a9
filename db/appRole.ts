/**
 * The app's least-privilege login (issue 10, item 9). db/migrations/0009_app_role.sql creates the role
 * accountability_app NOLOGIN and grants it rows only; its password is configuration (lib/config.ts), so the owner
 * sets it here, after migrating: `npm start`, `npm run migrate`, MIGRATE_ON_START and the tests' global setup.
 */
import { createHash, createHmac, pbkdf2Sync, randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Config } from '../lib/config';
import { migrate, type MigrationReport } from './migrate';
import { createPool, type Pool } from './pool';

/**
 * A SCRAM-SHA-256 verifier of `password` (RFC 5803, as PostgreSQL stores it), so the password itself never reaches
 * the server, nor its log should the statement fail. For printable ASCII only, where SASLprep changes nothing.
 */
export function scramVerifier(password: string, salt: Buffer = randomBytes(16), iterations = 4096): string {
  if (!/^[\x20-\x7e]+$/.test(password)) throw new Error('scramVerifier: printable ASCII passwords only');
  const salted = pbkdf2Sync(password, salt, iterations, 32, 'sha256');
  const storedKey = createHash('sha256').update(createHmac('sha256', salted).update('Client Key').digest()).digest();
  const serverKey = createHmac('sha256', salted).update('Server Key').digest();
  return `SCRAM-SHA-256$${iterations}:${salt.toString('base64')}$${storedKey.toString('base64')}:${serverKey.toString('base64')}`;
}

export interface AppLoginReport {
  /** Whether the owner set the role's LOGIN and password (false: not configured to, or not permitted to). */
  loginSet: boolean;
  /** Who the app's URL connects as, and whether that login is what it should be. */
  user: string;
  superuser: boolean;
  memberOfAppRole: boolean;
}

/**
 * Lets the app role log in with its configured password (owner's pool), then connects with the app's URL to tell who
 * that is. Throws when the app's URL cannot connect, naming what to set.
 */
export async function setUpAppLogin(ownerPool: Pool, database: Config['database']): Promise<AppLoginReport> {
  let loginSet = false;
  let refused: Error | undefined;
  const login = database.appLogin;
  if (login) {
    const role = pg.escapeIdentifier(login.role);
    // Anything but printable ASCII goes as it is, for the server to normalise (SASLprep) and hash.
    const password =
      login.password === undefined
        ? ''
        : ` PASSWORD ${pg.escapeLiteral(/^[\x20-\x7e]+$/.test(login.password) ? scramVerifier(login.password) : login.password)}`;
    try {
      await ownerPool.query(`ALTER ROLE ${role} WITH LOGIN${password}`);
      loginSet = true;
    } catch (err) {
      // 42501: the owner may not alter the role (no CREATEROLE / ADMIN OPTION); a DBA may have set it up already.
      if ((err as { code?: string }).code !== '42501') throw err;
      refused = err as Error;
    }
  }
  const client = new pg.Client({ connectionString: database.url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
  } catch (err) {
    throw new Error(
      `the worker and the API cannot connect to PostgreSQL as the app role (${(err as Error).message})` +
        (refused ? `; setting its login was refused (${refused.message})` : '') +
        '. Set APP_DATABASE_URL to a login that is, or is a member of, accountability_app (README: the database role of the app).',
    );
  }
  try {
    const { rows } = await client.query<{ user: string; superuser: boolean; member: boolean }>(
      `SELECT current_user AS user, r.rolsuper AS superuser,
              pg_has_role(current_user, 'accountability_app', 'USAGE') AS member
         FROM pg_roles r WHERE r.rolname = current_user`,
    );
    const row = rows[0]!;
    return { loginSet, user: row.user, superuser: row.superuser, memberOfAppRole: row.member };
  } finally {
    await client.end();
  }
}

/** Migrates as the owner, then sets up the app role's login: what runs before the worker and the API start. */
export async function migrateAndSetUpAppLogin(
  database: Config['database'],
): Promise<{ migrations: MigrationReport; appLogin: AppLoginReport }> {
  const pool = createPool(database.ownerUrl, 1);
  try {
    const migrations = await migrate(pool);
    const appLogin = await setUpAppLogin(pool, database);
    return { migrations, appLogin };
  } finally {
    await pool.end();
  }
}

/** One line for a start log: who the app connects as, and a warning when that login is not least-privileged. */
export function describeAppLogin(report: AppLoginReport): string {
  if (report.superuser) {
    return `WARNING: the worker and the API connect as ${report.user}, a superuser: set APP_DATABASE_URL to a least-privilege login`;
  }
  if (!report.memberOfAppRole) {
    return `WARNING: the worker and the API connect as ${report.user}, which is not a member of accountability_app`;
  }
  return `the worker and the API connect as ${report.user} (rows only: no DDL, no TRUNCATE, no change to the audit log)`;
}
