/**
 * Issue 10, item 8 (parameters): a year in a path, and every other number in a path or a query, is a strict decimal
 * string. `0x7e9`, `2.025e3`, ` 2025`, `2025.0`, `٢٠٢٥` were each taken for 2025 (and `limit=0x10` for 16); now each is
 * refused with 422 naming the parameter, on every route that takes one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, startHarness, type Harness } from '../helpers';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  await h?.close();
});

/** Spellings `Number()` reads as 2025 (or a year in range), none of them four decimal digits. */
const NOT_DECIMAL_YEARS = ['0x7e9', '0X7E9', '2.025e3', '0b11111101001', '0o3751', '2025.0', '%202025', '%2B2025'];
const OUT_OF_RANGE_YEARS = ['1999', '2101', '0000', '9999'];

type Operation = { parameters?: Array<{ name: string; in: string; schema: Record<string, unknown> }> };

async function yearRoutes(): Promise<Array<{ method: string; path: string }>> {
  const doc = (await call(h.baseUrl, 'GET', '/openapi.json')).body as {
    paths: Record<string, Record<string, Operation>>;
  };
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    path.includes('{year}') ? Object.keys(ops).map((method) => ({ method: method.toUpperCase(), path })) : [],
  );
}

/** A concrete path for a route template: `year` as given, the other parameters plausible. */
const fill = (template: string, year: string) =>
  template
    .replace('{year}', year)
    .replace('{regionId}', '220100')
    .replace('{subjectKind}', 'unit')
    .replace('{subjectId}', 'U-SOME');

function expectYearRefused(r: Awaited<ReturnType<typeof call>>, what: string) {
  expect(r.status, `${what}: ${JSON.stringify(r.body)}`).toBe(422);
  expect(r.body.type, what).toBe('/problems/validation-failed');
  expect(r.body.detail, what).toMatch(/^path\.year: /);
  expect(r.body.errors, what).toContainEqual(expect.objectContaining({ in: 'path', path: 'year' }));
}

describe('strict decimal year and number parameters (issue 10, item 8)', () => {
  it('refuses 0x7e9 and every other non-decimal spelling of a year with 422 naming path.year, on every {year} route', async () => {
    const routes = await yearRoutes();
    expect(routes.length).toBeGreaterThanOrEqual(10);
    for (const route of routes) {
      for (const year of NOT_DECIMAL_YEARS) {
        const r = await call(
          h.baseUrl,
          route.method,
          fill(route.path, year),
          route.method === 'GET' ? undefined : {},
          h.admin,
        );
        expectYearRefused(r, `${route.method} ${route.path} with ${year}`);
      }
    }
  });

  it('refuses a four-digit year outside 2000–2100 with 422 naming path.year', async () => {
    for (const year of OUT_OF_RANGE_YEARS) {
      const r = await call(h.baseUrl, 'GET', `/annual-cycles/${year}`, undefined, h.admin);
      expectYearRefused(r, year);
      expect(r.body.detail).toMatch(/from 2000 to 2100/);
    }
  });

  it('takes a plain four-digit year', async () => {
    const r = await call(h.baseUrl, 'GET', '/annual-cycles/2026/pledges', undefined, h.admin);
    expect(r.status).toBe(200);
    const cycle = await call(h.baseUrl, 'GET', '/annual-cycles/2099', undefined, h.admin);
    expect(cycle.status).toBe(404);
    expect(cycle.body.detail).toBe('the 2099 cycle has not started');
  });

  it('refuses a limit that is not a decimal number with 422 naming query.limit, and still defaults it', async () => {
    for (const path of ['/annual-cycles/2026/pledges', '/annual-cycles/2026/work-reports', '/referrals', '/audit']) {
      for (const limit of ['0x10', '1e2', '%2010', '10.0', '', '0', '100000']) {
        const r = await call(h.baseUrl, 'GET', `${path}?limit=${limit}`, undefined, h.admin);
        expect(r.status, `${path}?limit=${limit}: ${JSON.stringify(r.body)}`).toBe(422);
        expect(r.body.detail).toMatch(/^query\.limit: /);
        expect(r.body.errors).toContainEqual(expect.objectContaining({ in: 'query', path: 'limit' }));
      }
      expect((await call(h.baseUrl, 'GET', `${path}?limit=10`, undefined, h.admin)).status, path).toBe(200);
      expect((await call(h.baseUrl, 'GET', path, undefined, h.admin)).status, path).toBe(200);
    }
  });

  it('documents a year as the decimal string it accepts', async () => {
    const doc = (await call(h.baseUrl, 'GET', '/openapi.json')).body;
    const param = (doc.paths['/annual-cycles/{year}'].get as Operation).parameters!.find((p) => p.name === 'year')!;
    expect(param.schema).toMatchObject({ type: 'string', pattern: '^(20[0-9]{2}|2100)$' });
    expect(new RegExp(param.schema.pattern as string).test('0x7e9')).toBe(false);
  });
});
