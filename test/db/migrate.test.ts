import { cp, mkdtemp, rm, writeFile, appendFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS_DIR, migrate, MigrationError } from '../../db/migrate';
import { freshDatabase as freshDb } from '../helpers';

/** Each test gets an empty database of its own on the real server, so migrations start from nothing. */
const freshDatabase = () => freshDb({ migrated: false });

describe('migrations: numbered, forward-only, recorded (issue 2)', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'migrations-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('applies every migration once and records it; a second run applies nothing', async () => {
    const db = await freshDatabase();
    try {
      const first = await migrate(db.pool);
      expect(first.applied.length).toBeGreaterThan(0);
      expect(first.alreadyApplied).toEqual([]);
      const second = await migrate(db.pool);
      expect(second.applied).toEqual([]);
      expect(second.alreadyApplied).toEqual(first.applied);
      const { rows } = await db.pool.query('SELECT version, checksum FROM schema_migrations ORDER BY version');
      expect(rows.map((r) => r.version)).toEqual(first.applied.map((_, i) => i + 1));
    } finally {
      await db.drop();
    }
  });

  it('refuses an applied migration whose file was edited afterwards', async () => {
    const db = await freshDatabase();
    const copy = path.join(dir, 'edited');
    await cp(MIGRATIONS_DIR, copy, { recursive: true });
    try {
      await migrate(db.pool, copy);
      await appendFile(path.join(copy, '0001_system_checks.sql'), '\n-- a later edit\n');
      await expect(migrate(db.pool, copy)).rejects.toThrow(/0001_system_checks\.sql was edited after it was applied/);
    } finally {
      await db.drop();
    }
  });

  it('rolls back a failing migration entirely and records nothing for it', async () => {
    const db = await freshDatabase();
    const copy = path.join(dir, 'failing');
    await cp(MIGRATIONS_DIR, copy, { recursive: true });
    const next = String((await migrate(db.pool, copy)).applied.length + 1).padStart(4, '0');
    await writeFile(
      path.join(copy, `${next}_broken.sql`),
      'CREATE TABLE half_done (x int);\nSELECT no_such_function();\n',
    );
    try {
      await expect(migrate(db.pool, copy)).rejects.toBeInstanceOf(MigrationError);
      const { rowCount } = await db.pool.query("SELECT 1 FROM pg_tables WHERE tablename = 'half_done'");
      expect(rowCount).toBe(0);
      const { rows } = await db.pool.query('SELECT max(version) AS v FROM schema_migrations');
      expect(rows[0].v).toBe(Number(next) - 1);
    } finally {
      await db.drop();
    }
  });

  it('refuses a gap in the numbering', async () => {
    const copy = path.join(dir, 'gap');
    await cp(MIGRATIONS_DIR, copy, { recursive: true });
    await writeFile(path.join(copy, '0099_far_ahead.sql'), 'SELECT 1;');
    const db = await freshDatabase();
    try {
      await expect(migrate(db.pool, copy)).rejects.toThrow(/without gaps/);
    } finally {
      await db.drop();
    }
  });
});
