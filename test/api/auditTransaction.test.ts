/**
 * Issue 14 item 4: the audit entry of a successful write is written in the same PostgreSQL transaction as the write
 * (`ctx.transaction` in api/routing.ts). A write rolled back leaves no entry saying it succeeded, and a write whose
 * entry cannot be written does not happen. Refusals, and writes with no transaction of their own (through Temporal,
 * or routes not converted), are still audited after the response, as before.
 *
 * Failures are made real with triggers that only this file's database has: one refuses a region by its name (a write
 * failing after its entry was written), one refuses an audit entry by its request id (the entry failing after the
 * write was done).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, eventually, freshDatabase, startHarness, type Harness } from '../helpers';

let h: Harness;
let db: Awaited<ReturnType<typeof freshDatabase>>;

interface AuditRow {
  status: number;
  outcome: string;
  route: string;
  at: Date;
}
const entries = async (requestId: string): Promise<AuditRow[]> =>
  (
    await db.pool.query<AuditRow>(
      'SELECT status, outcome, route, at FROM audit_log WHERE request_id = $1 ORDER BY id',
      [requestId],
    )
  ).rows;
const region = async (id: string) =>
  (await db.pool.query<{ created_at: Date }>('SELECT created_at FROM regions WHERE id = $1', [id])).rows[0];

beforeAll(async () => {
  db = await freshDatabase();
  h = await startHarness({ databaseUrl: db.url });
  await db.pool.query(`
    CREATE FUNCTION test_refuse_region() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN RAISE EXCEPTION 'test: this region is refused after its audit entry was written'; END $$;
    CREATE TRIGGER test_refuse_region BEFORE INSERT ON regions
      FOR EACH ROW WHEN (NEW.name = '回滚测试市') EXECUTE FUNCTION test_refuse_region();
    CREATE FUNCTION test_refuse_audit() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN RAISE EXCEPTION 'test: this audit entry cannot be written'; END $$;
    CREATE TRIGGER test_refuse_audit BEFORE INSERT ON audit_log
      FOR EACH ROW WHEN (NEW.request_id = 'audit-fails' AND NEW.status < 400) EXECUTE FUNCTION test_refuse_audit();
  `);
  const province = await call(
    h.baseUrl,
    'POST',
    '/regions',
    { id: '130000', name: '丙省', level: 'province' },
    { ...h.admin, 'X-Request-Id': 'audit-province' },
  );
  expect(province.status, JSON.stringify(province.body)).toBe(201);
});

afterAll(async () => {
  await h?.close();
  await db?.drop();
});

describe('the audit entry of a write is in the transaction of the write (issue 14 item 4)', () => {
  it('is on record the moment the write is answered, with the same transaction time as the row it records', async () => {
    const r = await call(
      h.baseUrl,
      'POST',
      '/regions',
      { id: '130100', name: '丙一市', level: 'city', parentId: '130000' },
      { ...h.admin, 'X-Request-Id': 'audit-same-tx' },
    );
    expect(r.status).toBe(201);
    // No waiting: committed with the write, before the answer left.
    const [entry, ...more] = await entries('audit-same-tx');
    expect(more).toEqual([]);
    expect(entry).toMatchObject({ status: 201, outcome: 'succeeded', route: 'POST /regions' });
    // now() is the transaction's start: the same instant for the region and its entry.
    expect(entry!.at.getTime()).toBe((await region('130100'))!.created_at.getTime());
  });

  it('a write rolled back leaves no entry saying it succeeded: only the failure, audited after the response', async () => {
    const r = await call(
      h.baseUrl,
      'POST',
      '/regions',
      { id: '130200', name: '回滚测试市', level: 'city', parentId: '130000' },
      { ...h.admin, 'X-Request-Id': 'audit-rolled-back' },
    );
    expect(r.status).toBe(500);
    expect(await region('130200')).toBeUndefined();
    const rows = await eventually(async () => {
      const e = await entries('audit-rolled-back');
      return e.length ? e : undefined;
    });
    expect(rows.map((e) => [e.status, e.outcome])).toEqual([[500, 'failed']]);
  });

  it('an audited write cannot exist without its entry: when the entry cannot be written, the write is undone', async () => {
    const r = await call(
      h.baseUrl,
      'POST',
      '/regions',
      { id: '130300', name: '丙三市', level: 'city', parentId: '130000' },
      { ...h.admin, 'X-Request-Id': 'audit-fails' },
    );
    expect(r.status).toBe(500);
    expect(await region('130300')).toBeUndefined();
    const rows = await eventually(async () => {
      const e = await entries('audit-fails');
      return e.length ? e : undefined;
    });
    expect(rows.map((e) => [e.status, e.outcome])).toEqual([[500, 'failed']]);
    // And across the whole log: every region created through the API has its entry.
    const { rows: unaudited } = await db.pool.query(
      `SELECT r.id FROM regions r
        WHERE NOT EXISTS (SELECT 1 FROM audit_log a
                           WHERE a.route = 'POST /regions' AND a.outcome = 'succeeded' AND a.at = r.created_at)`,
    );
    expect(unaudited).toEqual([]);
  });

  it('the same request refused is audited once, after the response, as before', async () => {
    const r = await call(
      h.baseUrl,
      'POST',
      '/regions',
      { id: '130100', name: '重复', level: 'city', parentId: '130000' },
      { ...h.admin, 'X-Request-Id': 'audit-refused' },
    );
    expect(r.status).toBe(409);
    const rows = await eventually(async () => {
      const e = await entries('audit-refused');
      return e.length ? e : undefined;
    });
    expect(rows.map((e) => [e.status, e.outcome])).toEqual([[409, 'refused']]);
  });

  it('a write with no transaction of its own (started in Temporal) is still audited after the response', async () => {
    const r = await call(
      h.baseUrl,
      'POST',
      '/system-checks',
      { note: 'audit' },
      { ...h.admin, 'X-Request-Id': 'audit-temporal' },
    );
    expect(r.status).toBe(202);
    const rows = await eventually(async () => {
      const e = await entries('audit-temporal');
      return e.length ? e : undefined;
    });
    expect(rows.map((e) => [e.status, e.outcome, e.route])).toEqual([[202, 'succeeded', 'POST /system-checks']]);
  });
});
