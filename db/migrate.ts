/**
 * Numbered, forward-only SQL migrations (STYLE.md habit 10). Files are `db/migrations/NNNN_name.sql`; each is
 * applied once, in its own transaction, and recorded with a SHA-256 of its text. An applied migration whose file
 * was edited afterwards is refused: history is never rewritten, a change is a new migration.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Pool } from './pool';

export const MIGRATIONS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

const FILE_PATTERN = /^(\d{4})_([a-z0-9_]+)\.sql$/;
/** Arbitrary constant for pg_advisory_lock, so two processes migrating at once take turns. */
const LOCK_KEY = 727_001;

export class MigrationError extends Error {
  override readonly name = 'MigrationError';
}

export interface Migration {
  version: number;
  name: string;
  file: string;
  sql: string;
  checksum: string;
}

export interface MigrationReport {
  applied: string[];
  alreadyApplied: string[];
}

export async function readMigrations(dir: string = MIGRATIONS_DIR): Promise<Migration[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.sql')).sort();
  const migrations: Migration[] = [];
  for (const file of files) {
    const m = FILE_PATTERN.exec(file);
    if (!m) throw new MigrationError(`migration file ${file} does not match NNNN_name.sql`);
    const sql = await readFile(path.join(dir, file), 'utf8');
    migrations.push({
      version: Number(m[1]),
      name: m[2]!,
      file,
      sql,
      checksum: createHash('sha256').update(sql).digest('hex'),
    });
  }
  migrations.forEach((mig, i) => {
    if (mig.version !== i + 1) {
      throw new MigrationError(`migrations must be numbered 0001, 0002, … without gaps; ${mig.file} is out of place`);
    }
  });
  return migrations;
}

/** Applies every pending migration. Safe to run concurrently and repeatedly. */
export async function migrate(pool: Pool, dir: string = MIGRATIONS_DIR): Promise<MigrationReport> {
  const migrations = await readMigrations(dir);
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [LOCK_KEY]);
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version    integer PRIMARY KEY,
      name       text NOT NULL,
      checksum   text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const { rows } = await client.query<{ version: number; name: string; checksum: string }>(
      'SELECT version, name, checksum FROM schema_migrations ORDER BY version',
    );
    const applied = new Map(rows.map((r) => [r.version, r]));
    for (const row of rows) {
      if (!migrations.some((m) => m.version === row.version)) {
        throw new MigrationError(
          `the database has migration ${row.version} (${row.name}) that this code does not know; is the code older than the database?`,
        );
      }
    }
    const report: MigrationReport = { applied: [], alreadyApplied: [] };
    for (const mig of migrations) {
      const done = applied.get(mig.version);
      if (done) {
        if (done.checksum !== mig.checksum) {
          throw new MigrationError(
            `migration ${mig.file} was edited after it was applied (checksum ${done.checksum.slice(0, 12)}… in the database, ` +
              `${mig.checksum.slice(0, 12)}… on disk). Migrations are forward-only: restore the file and add a new migration.`,
          );
        }
        report.alreadyApplied.push(mig.file);
        continue;
      }
      try {
        await client.query('BEGIN');
        await client.query(mig.sql);
        await client.query('INSERT INTO schema_migrations (version, name, checksum) VALUES ($1, $2, $3)', [
          mig.version,
          mig.name,
          mig.checksum,
        ]);
        await client.query('COMMIT');
      } catch (err) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw new MigrationError(`migration ${mig.file} failed: ${(err as Error).message}`);
      }
      report.applied.push(mig.file);
    }
    return report;
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [LOCK_KEY]).catch(() => undefined);
    client.release();
  }
}
