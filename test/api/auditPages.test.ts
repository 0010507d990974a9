/**
 * Issue 10 item 6: `GET /audit` is ordered by the numeric id, newest first, and pages by a keyset cursor
 * (`before` / `next`). With more than 1,000 entries a text ordering shows itself: '999' sorts above '1000'.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertAudit } from '../../db/audit';
import { call, freshDatabase, startHarness, tokenFor, type Harness } from '../helpers';

let h: Harness;
let db: Awaited<ReturnType<typeof freshDatabase>>;
const ENTRIES = 1_234;

beforeAll(async () => {
  db = await freshDatabase();
  h = await startHarness({ databaseUrl: db.url });
  const op = await tokenFor(h.pool, 'admin');
  for (let i = 0; i < ENTRIES; i++) {
    await insertAudit(h.pool, {
      requestId: `req-${i}`,
      tokenId: i % 2 ? op.id : null,
      actor: 'test',
      role: 'admin',
      address: '127.0.0.1',
      method: 'POST',
      route: 'POST /cases',
      path: '/cases',
      status: i % 3 ? 201 : 403,
      outcome: i % 3 ? 'succeeded' : 'refused',
      detail: null,
    });
  }
}, 120_000);
afterAll(async () => {
  await h?.close();
  await db?.drop();
});

const ids = async (where = 'true') =>
  (
    await h.pool.query<{ id: string }>(
      // Qualified: a bare `id` here would name the text output column and sort as text.
      `SELECT audit_log.id::text AS id FROM audit_log WHERE ${where} ORDER BY audit_log.id DESC`,
    )
  ).rows.map((r) => r.id);

/** Walks every page from the first, following `next`, and returns the ids in the order they came. */
async function walk(query: string, limit: number): Promise<{ seen: string[]; pages: number }> {
  const seen: string[] = [];
  let before: string | null = null;
  let pages = 0;
  for (;;) {
    const r = await call(
      h.baseUrl,
      'GET',
      `/audit?${query}limit=${limit}${before ? `&before=${before}` : ''}`,
      undefined,
      h.admin,
    );
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    pages++;
    expect(r.body.items.length).toBeLessThanOrEqual(limit);
    seen.push(...r.body.items.map((i: { id: string }) => i.id));
    expect(r.body).toHaveProperty('next');
    if (r.body.next === null) break;
    expect(r.body.next).toBe(r.body.items.at(-1).id);
    before = r.body.next;
    if (pages > 100) throw new Error('pagination does not end');
  }
  return { seen, pages };
}

describe('GET /audit: numeric order, newest first, keyset pages', () => {
  it('with more than 1,000 entries the first page starts at the newest id', async () => {
    const all = await ids();
    expect(all.length).toBeGreaterThan(1_000);
    const r = await call(h.baseUrl, 'GET', '/audit?limit=10', undefined, h.admin);
    expect(r.status).toBe(200);
    expect(r.body.items.map((i: { id: string }) => i.id)).toEqual(all.slice(0, 10));
    expect(r.body.next).toBe(all[9]);
  });

  it('pages neither overlap nor skip, and the last page says there is no next', async () => {
    const all = await ids();
    const { seen, pages } = await walk('', 100);
    expect(seen).toEqual(all);
    expect(new Set(seen).size).toBe(seen.length);
    expect(pages).toBe(Math.ceil(all.length / 100) + (all.length % 100 === 0 ? 1 : 0));
    const numeric = seen.map(Number);
    for (let i = 1; i < numeric.length; i++) expect(numeric[i]).toBeLessThan(numeric[i - 1]!);
  });

  it('the cursor composes with the filters', async () => {
    const refused = await ids("outcome = 'refused'");
    const { seen } = await walk('outcome=refused&', 77);
    expect(seen).toEqual(refused);
  });

  it('a page from a cursor starts just below it', async () => {
    const all = await ids();
    const r = await call(h.baseUrl, 'GET', `/audit?limit=5&before=${all[500]}`, undefined, h.admin);
    expect(r.body.items.map((i: { id: string }) => i.id)).toEqual(all.slice(501, 506));
  });

  it('documents the cursor in the OpenAPI document', async () => {
    const doc = (await call(h.baseUrl, 'GET', '/openapi.json')).body;
    const op = doc.paths['/audit'].get;
    const names = op.parameters.map((p: { name: string }) => p.name);
    expect(names).toEqual(expect.arrayContaining(['before', 'limit']));
    const schema = JSON.stringify(op.responses['200']);
    expect(schema).toContain('next');
  });
});
