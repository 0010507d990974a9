-- The application's own database role (issue 10, item 9). The worker and the API no longer connect as the owner of
-- the schema (on the embedded server, a superuser, who could TRUNCATE the append-only audit log): they connect as
-- accountability_app, which may read and write rows and nothing else — no superuser, no CREATE on the schema, no
-- TRUNCATE anywhere, no UPDATE or DELETE on the append-only tables. Migrations keep running as the owner.
--
-- A role belongs to the cluster, not to this database, so it is created only if missing (another database of the
-- same cluster, e.g. a test database, may have created it, or a DBA beforehand). It is created NOLOGIN: its password
-- is deployment configuration, set by `npm start` / `npm run migrate` (db/appRole.ts), never written in a migration.
--
-- For a later migration's author (also in README.md, "The database role of the app"):
--   * a new table or sequence created by the owner gets the default privileges below: SELECT, INSERT, UPDATE, DELETE
--     on tables, USAGE on sequences. Nothing to do for an ordinary table.
--   * an append-only table (a trigger refusing UPDATE / DELETE): REVOKE UPDATE, DELETE ON it FROM accountability_app.
--     test/db/appRole.test.ts fails while any table with an *append_only* trigger still grants them.
--   * narrow further where the code only inserts (as below for the archive, documents, policies, versions).
--   * never GRANT TRUNCATE, and run every migration as the same owner: default privileges apply to the tables of
--     the role that set them (test/db/appRole.test.ts also fails on a table the app role cannot read and write).
DO $$
DECLARE
  existing pg_roles%ROWTYPE;
BEGIN
  SELECT * INTO existing FROM pg_roles WHERE rolname = 'accountability_app';
  IF NOT FOUND THEN
    BEGIN
      CREATE ROLE accountability_app NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS INHERIT;
    EXCEPTION
      -- Another database of the cluster migrating at the same moment created it first.
      WHEN duplicate_object OR unique_violation THEN NULL;
    END;
  ELSIF existing.rolsuper OR existing.rolbypassrls OR existing.rolcreaterole OR existing.rolcreatedb THEN
    RAISE EXCEPTION 'role accountability_app exists with more than row privileges (superuser, bypassrls, createrole or createdb)'
      USING HINT = 'ALTER ROLE accountability_app NOSUPERUSER NOBYPASSRLS NOCREATEROLE NOCREATEDB, then migrate again';
  END IF;
END
$$;

DO $$
BEGIN
  EXECUTE format('GRANT CONNECT ON DATABASE %I TO accountability_app', current_database());
  -- PostgreSQL 15 and later no longer let everybody create in schema public; older servers still do.
  IF has_schema_privilege('public', 'public', 'CREATE') THEN
    REVOKE CREATE ON SCHEMA public FROM PUBLIC;
  END IF;
END
$$;
GRANT USAGE ON SCHEMA public TO accountability_app;

-- Rows the app reads and writes, as db/ and activities/ use them. Nothing is deleted anywhere (a withdrawn case,
-- a revoked token or bar is a new state of its row), so no table grants DELETE.
GRANT SELECT, INSERT, UPDATE ON
  system_checks,
  regions, units, leaders, leader_roles, api_tokens,
  cases, document_counters,
  bars, notifications,
  referrals, contacts, notification_deliveries,
  annual_cycles, work_points, pledges, work_reports, plenary_reports, assessments, commendations
TO accountability_app;

-- Written once, never changed: the append-only logs (their triggers refuse UPDATE and DELETE even to the owner),
-- and the records that are only ever inserted.
GRANT SELECT, INSERT ON
  audit_log, case_events, referral_events, pledge_events,
  case_documents, performance_archive, policies, pledge_versions, notification_delivery_attempts
TO accountability_app;

-- nextval() for the bigserial ids and case numbers.
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO accountability_app;

-- schema_migrations stays the owner's: the app has no business there.

-- Tables and sequences of later migrations (created by this same owner).
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO accountability_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE ON SEQUENCES TO accountability_app;
