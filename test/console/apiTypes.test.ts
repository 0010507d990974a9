/**
 * Issue 15: the console's API client is typed from the API's own OpenAPI document, so it cannot drift from the routes.
 * The generated types are committed (console/src/api.d.ts); this fails when a route changed and they were not
 * regenerated, and `npm run typecheck` then fails on any console code the change breaks.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { API_TYPES_FILE, generateApiTypes } from '../../console/apiTypes';

describe('the console’s typed API client (issue 15)', () => {
  it('console/src/api.d.ts is generated from the current routes (else: npm run console:types)', async () => {
    const [want, have] = await Promise.all([generateApiTypes(), readFile(API_TYPES_FILE, 'utf8')]);
    expect(have === want, 'console/src/api.d.ts is stale: run `npm run console:types` and commit it').toBe(true);
  });
});
