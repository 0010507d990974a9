/**
 * Issue 10, item 9: the app connects to PostgreSQL as a least-privilege role, created by the migrations. Connected as
 * that role, the append-only logs cannot be truncated, updated or deleted from (42501, before any trigger), no table
 * can be created, and the role is no superuser; every table the migrations create is readable and writable by it,
 * and no append-only table grants it UPDATE or DELETE (a guard for later migrations).
 */
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS_DIR, migrate } from '../../db/migrate';
import { createPool, type Pool } from '../../db/pool';
import { APP_DB_ROLE, appDatabaseUrl, loadConfig } from '../../lib/config';
import { setUpAppLogin } from '../../db/appRole';
import { freshDatabase } from '../helpers';

let db: Awaited<ReturnType<typeof freshDatabase>>;

beforeAll(async () => {
  db = await freshDatabase();
});
afterAll(async () => {
  await db?.drop();
});

/** The SQLSTATE a statement fails with as the app role, or 'ok'. */
async function asApp(sql: string): Promise<string> {
  try {
    await db.appPool.query(sql);
    return 'ok';
  } catch (err) {
    return (err as { code?: string }).code ?? String(err);
  }
}

const APPEND_ONLY = ['audit_log', 'case_events', 'referral_events', 'pledge_events'];

describe('the app role (issue 10, item 9)', () => {
  it('is who the app connects as: not the owner, not a superuser, no role or database creation', async () => {
    const { rows } = await db.appPool.query(
      `SELECT current_user AS user, rolsuper, rolcreaterole, rolcreatedb, rolbypassrls, rolreplication
         FROM pg_roles WHERE rolname = current_user`,
    );
    expect(rows[0]).toEqual({
      user: APP_DB_ROLE,
      rolsuper: false,
      rolcreaterole: false,
      rolcreatedb: false,
      rolbypassrls: false,
      rolreplication: false,
    });
    // The harness's config points the app at it, the owner's URL elsewhere.
    const config = loadConfig({ DATABASE_URL: db.url });
    expect(new URL(config.database.url).username).toBe(APP_DB_ROLE);
    expect(config.database.ownerUrl).toBe(db.url);
  });

  it.each(APPEND_ONLY)('may not TRUNCATE, UPDATE or DELETE %s: 42501 insufficient_privilege', async (table) => {
    expect(await asApp(`TRUNCATE ${table}`)).toBe('42501');
    expect(await asApp(`TRUNCATE ${table} CASCADE`)).toBe('42501');
    expect(await asApp(`UPDATE ${table} SET at = at`)).toBe('42501');
    expect(await asApp(`DELETE FROM ${table}`)).toBe('42501');
  });

  it('still writes the audit log and reads it back', async () => {
    const { rows } = await db.appPool.query(
      `INSERT INTO audit_log (method, route, path, status, outcome) VALUES ('GET', '/t', '/t', 200, 'succeeded')
       RETURNING id`,
    );
    const back = await db.appPool.query('SELECT outcome FROM audit_log WHERE id = $1', [rows[0].id]);
    expect(back.rows).toEqual([{ outcome: 'succeeded' }]);
  });

  it('may not create, alter or drop tables, nor create schemas, nor truncate any table', async () => {
    expect(await asApp('CREATE TABLE public.intruder (x int)')).toBe('42501');
    expect(await asApp('CREATE TABLE intruder (x int)')).toBe('42501');
    expect(await asApp('CREATE SCHEMA intruder')).toBe('42501');
    expect(await asApp('CREATE FUNCTION intruder() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$')).toBe('42501');
    expect(await asApp('ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update')).toBe('42501');
    expect(await asApp('DROP TRIGGER audit_log_no_update ON audit_log')).toBe('42501');
    expect(await asApp('DROP TABLE audit_log')).toBe('42501');
    expect(await asApp('TRUNCATE cases CASCADE')).toBe('42501');
    expect(await asApp('SELECT * FROM schema_migrations')).toBe('42501');
    expect(await asApp(`ALTER ROLE ${APP_DB_ROLE} SUPERUSER`)).toBe('42501');
  });

  it('deletes nothing from the tables of migrations 0001–0009: nothing in the app deletes rows', async () => {
    expect(await asApp('DELETE FROM cases')).toBe('42501');
    expect(await asApp('DELETE FROM bars')).toBe('42501');
    expect(await asApp('UPDATE performance_archive SET summary = summary')).toBe('42501');
    expect(await asApp('UPDATE case_documents SET body = body')).toBe('42501');
  });

  it('can read and write every table the migrations create; no append-only table grants UPDATE or DELETE', async () => {
    // Catalogue-wide, so a later migration's table is checked too: one created by another role than the migrations'
    // owner (default privileges do not reach it) or an append-only one left writable fails here.
    const { rows: tables } = await db.pool.query<{
      name: string;
      sel: boolean;
      ins: boolean;
      upd: boolean;
      del: boolean;
      trunc: boolean;
      refs: boolean;
      trig: boolean;
      append_only: boolean;
    }>(
      `SELECT c.relname AS name,
              has_table_privilege($1, c.oid, 'SELECT') AS sel, has_table_privilege($1, c.oid, 'INSERT') AS ins,
              has_table_privilege($1, c.oid, 'UPDATE') AS upd, has_table_privilege($1, c.oid, 'DELETE') AS del,
              has_table_privilege($1, c.oid, 'TRUNCATE') AS trunc, has_table_privilege($1, c.oid, 'REFERENCES') AS refs,
              has_table_privilege($1, c.oid, 'TRIGGER') AS trig,
              EXISTS (SELECT 1 FROM pg_trigger t JOIN pg_proc p ON p.oid = t.tgfoid
                       WHERE t.tgrelid = c.oid AND NOT t.tgisinternal AND p.proname LIKE '%append_only%') AS append_only
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relname <> 'schema_migrations'
        ORDER BY 1`,
      [APP_DB_ROLE],
    );
    expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining([...APPEND_ONLY, 'cases', 'bars']));
    const wrong = tables.flatMap((t) => [
      ...(!t.sel || !t.ins ? [`${t.name}: cannot be read and written by ${APP_DB_ROLE}`] : []),
      ...(t.trunc || t.refs || t.trig ? [`${t.name}: grants TRUNCATE, REFERENCES or TRIGGER`] : []),
      ...(t.append_only && (t.upd || t.del) ? [`${t.name}: append-only, yet grants UPDATE or DELETE`] : []),
    ]);
    expect(wrong).toEqual([]);
    expect(tables.filter((t) => t.append_only).map((t) => t.name)).toEqual(expect.arrayContaining(APPEND_ONLY));

    const { rows: sequences } = await db.pool.query<{ name: string; usage: boolean; update: boolean }>(
      `SELECT c.relname AS name, has_sequence_privilege($1, c.oid, 'USAGE') AS usage,
              has_sequence_privilege($1, c.oid, 'UPDATE') AS update
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind = 'S'`,
      [APP_DB_ROLE],
    );
    expect(sequences.length).toBeGreaterThan(0);
    expect(sequences.filter((s) => !s.usage || s.update)).toEqual([]);
  });

  it('covers a later migration: its table is writable, an append-only one can be narrowed as 0009 documents', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'migrations-app-role-'));
    const later = await freshDatabase({ migrated: false });
    try {
      await cp(MIGRATIONS_DIR, dir, { recursive: true });
      const next = String((await readdir(dir)).filter((f) => f.endsWith('.sql')).length + 1).padStart(4, '0');
      await writeFile(
        path.join(dir, `${next}_later.sql`),
        `CREATE TABLE later_things (id bigserial PRIMARY KEY, note text);
         CREATE TABLE later_log (id bigserial PRIMARY KEY, note text);
         CREATE TRIGGER later_log_no_update BEFORE UPDATE OR DELETE ON later_log
           FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();
         REVOKE UPDATE, DELETE ON later_log FROM accountability_app;`,
      );
      await migrate(later.pool, dir);
      await later.appPool.query("INSERT INTO later_things (note) VALUES ('a'), ('b')");
      await later.appPool.query("UPDATE later_things SET note = 'c' WHERE note = 'a'");
      await later.appPool.query("DELETE FROM later_things WHERE note = 'b'");
      expect((await later.appPool.query('SELECT note FROM later_things')).rows).toEqual([{ note: 'c' }]);
      await later.appPool.query("INSERT INTO later_log (note) VALUES ('x')");
      await expect(later.appPool.query('DELETE FROM later_log')).rejects.toMatchObject({ code: '42501' });
      await expect(later.appPool.query('TRUNCATE later_log')).rejects.toMatchObject({ code: '42501' });
    } finally {
      await later.drop();
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('is created once per cluster: migrating another database, or the same one again, keeps it as it is', async () => {
    const before = await db.pool.query(`SELECT oid, rolcanlogin FROM pg_roles WHERE rolname = $1`, [APP_DB_ROLE]);
    const other = await freshDatabase();
    try {
      expect((await migrate(other.pool)).applied).toEqual([]);
      // 0009 run by hand a second time (the cluster already has the role) changes nothing and fails nothing.
      const sql = await readFile(path.join(MIGRATIONS_DIR, '0009_app_role.sql'), 'utf8');
      await other.pool.query(sql);
      const after = await db.pool.query(`SELECT oid, rolcanlogin FROM pg_roles WHERE rolname = $1`, [APP_DB_ROLE]);
      expect(after.rows).toEqual(before.rows);
      expect(before.rows[0].rolcanlogin).toBe(true);
      expect(await other.appPool.query('SELECT count(*)::int AS n FROM cases')).toMatchObject({ rows: [{ n: 0 }] });
    } finally {
      await other.drop();
    }
  });

  it('refuses to grant to an existing role with more than row privileges', async () => {
    const probe = await freshDatabase({ migrated: false });
    const dir = await mkdtemp(path.join(os.tmpdir(), 'migrations-app-role-'));
    try {
      // The check of 0009 against a role of another name: the same SQL with the name replaced.
      await cp(MIGRATIONS_DIR, dir, { recursive: true });
      for (const f of await readdir(dir)) if (f >= '0010') await rm(path.join(dir, f));
      const sql = await readFile(path.join(dir, '0009_app_role.sql'), 'utf8');
      const name = `app_probe_${Math.random().toString(36).slice(2, 8)}`;
      await writeFile(path.join(dir, '0009_app_role.sql'), sql.replaceAll('accountability_app', name));
      await probe.pool.query(`CREATE ROLE ${name} NOLOGIN CREATEDB`);
      try {
        await expect(migrate(probe.pool, dir)).rejects.toThrow(/exists with more than row privileges/);
      } finally {
        await probe.pool.query(`DROP ROLE ${name}`);
      }
    } finally {
      await probe.drop();
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('the app role login (db/appRole.ts, lib/config.ts)', () => {
  let owner: Pool;
  beforeAll(() => {
    owner = createPool(db.url, 1);
  });
  afterAll(async () => {
    await owner.end();
  });

  it('derives the app URL from the owner URL: same server and database, the app role, a password of its own', () => {
    const c = loadConfig({ DATABASE_URL: 'postgres://owner:s3cret@db.internal:6543/acc?sslmode=require' });
    const app = new URL(c.database.url);
    expect(app.username).toBe(APP_DB_ROLE);
    expect(app.password).not.toBe('');
    expect(app.password).not.toContain('s3cret');
    expect(`${app.host}${app.pathname}${app.search}`).toBe('db.internal:6543/acc?sslmode=require');
    expect(c.database.ownerUrl).toBe('postgres://owner:s3cret@db.internal:6543/acc?sslmode=require');
    expect(c.database.appLogin).toEqual({ role: APP_DB_ROLE, password: app.password });
    // Stable: every process derives the same one; another owner password gives another.
    expect(loadConfig({ DATABASE_URL: 'postgres://o:s3cret@elsewhere/acc' }).database.appLogin).toEqual(
      c.database.appLogin,
    );
    expect(appDatabaseUrl('postgres://o:other@db/acc').password).not.toBe(app.password);
    // Embedded defaults: the embedded superuser owns, the app role works.
    const d = loadConfig({});
    expect(d.database.ownerUrl).toMatch(/^postgres:\/\/postgres:postgres@127\.0\.0\.1:5433\/accountability$/);
    expect(d.database.url).toMatch(/^postgres:\/\/accountability_app:[\w-]+@127\.0\.0\.1:5433\/accountability$/);
  });

  it('takes APP_DATABASE_URL as given; sets up a login only for the app role itself', () => {
    const own = loadConfig({ DATABASE_URL: 'postgres://o:p@db/acc', APP_DATABASE_URL: 'postgres://svc:x@db/acc' });
    expect(own.database.url).toBe('postgres://svc:x@db/acc');
    expect(own.database.appLogin).toBeUndefined();
    const app = loadConfig({ APP_DATABASE_URL: 'postgres://accountability_app:pw@db/acc' });
    expect(app.database.appLogin).toEqual({ role: APP_DB_ROLE, password: 'pw' });
    expect(() => loadConfig({ APP_DATABASE_URL: 'mysql://x' })).toThrow(/APP_DATABASE_URL: expected a postgres/);
  });

  it('sets the configured password (as a SCRAM verifier) and reports who the app connects as', async () => {
    // A login of its own, member of the app role: the app role's own password is shared by every test file.
    const name = `app_login_probe_${Math.random().toString(36).slice(2, 8)}`;
    await owner.query(`CREATE ROLE ${name} NOLOGIN IN ROLE ${APP_DB_ROLE}`);
    try {
      const url = new URL(db.url);
      url.username = name;
      url.password = 'a-password-for-this-test-only';
      const database = { ...loadConfig({ DATABASE_URL: db.url }).database, url: url.toString() };
      const report = await setUpAppLogin(owner, { ...database, appLogin: { role: name, password: url.password } });
      expect(report).toEqual({ loginSet: true, user: name, superuser: false, memberOfAppRole: true });
      const { rows } = await owner.query('SELECT rolpassword FROM pg_authid WHERE rolname = $1', [name]);
      expect(rows[0].rolpassword).toMatch(/^SCRAM-SHA-256\$4096:/);
      // It works as the app role does: rows yes, the audit log no.
      const member = new pg.Client({ connectionString: url.toString() });
      await member.connect();
      try {
        await expect(member.query('TRUNCATE audit_log')).rejects.toMatchObject({ code: '42501' });
        await member.query('SELECT count(*) FROM cases');
      } finally {
        await member.end();
      }
      // A URL nobody can log in with is named as such.
      url.password = 'not-the-password';
      await expect(setUpAppLogin(owner, { ...database, appLogin: undefined, url: url.toString() })).rejects.toThrow(
        /cannot connect to PostgreSQL as the app role.*APP_DATABASE_URL/,
      );
    } finally {
      await owner.query(`DROP ROLE ${name}`);
    }
  });

  it('reports the derived login of the test cluster as set up', async () => {
    const database = loadConfig({ DATABASE_URL: db.url }).database;
    const report = await setUpAppLogin(owner, { ...database, appLogin: undefined });
    expect(report).toEqual({ loginSet: false, user: APP_DB_ROLE, superuser: false, memberOfAppRole: true });
  });
});
