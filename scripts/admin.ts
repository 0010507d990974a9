/**
 * `npm run admin -- <command>`: token administration from the shell, for the first admin token and for
 * emergencies. Talks to DATABASE_URL's database (or the embedded PostgreSQL while `npm start` runs) as the app's
 * least-privilege role, like the API (APP_DATABASE_URL, or derived from DATABASE_URL: lib/config.ts).
 *
 *   create-token --role admin --name "省综治办 系统管理员" [--days 90]
 *   create-token --role office-operator --region 220100 --name "长春市综治办 张三"
 *   create-token --role unit-liaison --unit U-220100-001 --name "市公安局 联络员"
 *   revoke-token <token-id> --reason "人员调离"
 *   list-tokens
 *   install-policy --file policies/drill.json [--region 220102] [--from 2027-01-01T00:00:00+08:00]
 *   set-drill --region 220102 [--off]
 *
 * A policy is checked against what the regulation fixes (Art. 15(3)(4), 16, 18) like `POST /policies`: short drill
 * periods (policies/drill.json) only for a drill region, which `set-drill` marks (as an admin: `PATCH /regions/{id}`
 * with `{"drill": true}`); the default scope never takes them.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { installProblems, policyDocumentSchema } from '../api/policySchema';
import { insertAudit } from '../db/audit';
import { insertPolicy } from '../db/policies';
import { issueToken } from '../api/auth/verifier';
import { getRegion, getUnit, updateRegion } from '../db/organisation';
import { createPool, type Pool } from '../db/pool';
import { getToken, listTokens, revokeToken } from '../db/tokens';
import { ROLES, type Role } from '../domain/roles';
import { ConfigError, loadConfig } from '../lib/config';

class UsageError extends Error {}

const out = (line: string) => process.stdout.write(`${line}\n`);

async function createToken(pool: Pool, args: string[], maxDays: number): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      role: { type: 'string' },
      region: { type: 'string' },
      unit: { type: 'string' },
      name: { type: 'string' },
      days: { type: 'string' },
    },
  });
  const role = values.role as Role | undefined;
  if (!role || !ROLES.includes(role)) throw new UsageError(`--role must be one of ${ROLES.join(', ')}`);
  if (!values.name) throw new UsageError('--name is required: who holds the token');
  const days = Number(values.days ?? 90);
  if (!Number.isInteger(days) || days < 1 || days > maxDays)
    throw new UsageError(`--days must be a whole number from 1 to ${maxDays}`);
  if (role === 'unit-liaison') {
    if (!values.unit || values.region) throw new UsageError('a unit-liaison token takes --unit (and no --region)');
    if (!(await getUnit(pool, values.unit))) throw new UsageError(`there is no unit ${values.unit}`);
  } else if (role === 'admin') {
    if (values.unit || values.region) throw new UsageError('an admin token acts everywhere: no --region or --unit');
  } else {
    if (!values.region || values.unit) throw new UsageError(`a ${role} token takes --region (and no --unit)`);
    if (!(await getRegion(pool, values.region))) throw new UsageError(`there is no region ${values.region}`);
  }
  const { secret, row } = await issueToken(pool, {
    name: values.name,
    role,
    regionId: values.region ?? null,
    unitId: values.unit ?? null,
    createdBy: 'npm run admin',
    expiresAt: new Date(Date.now() + days * 86_400_000),
  });
  out(`token id:   ${row.id}`);
  out(
    `role:       ${row.role}${row.region_id ? ` for region ${row.region_id}` : ''}${row.unit_id ? ` for unit ${row.unit_id}` : ''}`,
  );
  out(`expires:    ${row.expires_at.toISOString()}`);
  out(`secret:     ${secret}`);
  out('The secret is shown once and stored only as a hash. Use it as: Authorization: Bearer <secret>');
}

async function main(): Promise<void> {
  const [command, ...rest] = process.argv.slice(2);
  const config = loadConfig();
  const pool = createPool(config.database.url, 1);
  try {
    switch (command) {
      case 'create-token':
        await createToken(pool, rest, config.api.tokenMaxLifetimeDays);
        break;
      case 'revoke-token': {
        const { values, positionals } = parseArgs({
          args: rest,
          allowPositionals: true,
          options: { reason: { type: 'string' } },
        });
        const id = positionals[0];
        if (!id || !/^[0-9a-f-]{36}$/.test(id)) throw new UsageError('revoke-token <token-id> --reason "…"');
        if (!values.reason) throw new UsageError('--reason is required');
        if (!(await getToken(pool, id))) throw new UsageError(`there is no token ${id}`);
        const row = await revokeToken(pool, id, 'npm run admin', values.reason);
        out(`revoked ${row!.id} at ${row!.revoked_at!.toISOString()} (${row!.revoke_reason})`);
        break;
      }
      case 'install-policy': {
        const { values } = parseArgs({
          args: rest,
          options: { file: { type: 'string' }, region: { type: 'string' }, from: { type: 'string' } },
        });
        if (!values.file)
          throw new UsageError('install-policy --file <policy.json> [--region <id>] [--from <ISO time>]');
        const parsed = policyDocumentSchema.safeParse(JSON.parse(await readFile(values.file, 'utf8')));
        if (!parsed.success)
          throw new UsageError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n'));
        if (values.region && !(await getRegion(pool, values.region)))
          throw new UsageError(`there is no region ${values.region}`);
        const problems = await installProblems(pool, values.region ?? null, parsed.data);
        if (problems.length > 0)
          throw new UsageError(
            `${problems.map((p) => `${p.path}: ${p.message}`).join('\n')}${values.region ? `\n(short drill periods need a drill region, an admin's decision: npm run admin -- set-drill --region ${values.region})` : ''}`,
          );
        const from = values.from ? new Date(values.from) : new Date();
        if (Number.isNaN(from.getTime())) throw new UsageError('--from must be an ISO-8601 time');
        const row = await insertPolicy(pool, {
          regionId: values.region ?? null,
          effectiveFrom: from,
          document: parsed.data,
          installedBy: 'npm run admin',
        });
        out(
          `installed policy version ${row.version} for ${row.region_id ?? 'the default scope'}, in force from ${row.effective_from.toISOString()}`,
        );
        break;
      }
      case 'set-drill': {
        // Issue 11, item 1 (Art. 18): the drill flag is an admin's, like PATCH /regions/{id} {"drill": …} by an admin.
        const { values } = parseArgs({ args: rest, options: { region: { type: 'string' }, off: { type: 'boolean' } } });
        if (!values.region) throw new UsageError('set-drill --region <id> [--off]');
        if (!(await getRegion(pool, values.region))) throw new UsageError(`there is no region ${values.region}`);
        const drill = !values.off;
        const row = (await updateRegion(pool, values.region, { drill }))!;
        await insertAudit(pool, {
          requestId: null,
          tokenId: null,
          actor: 'npm run admin',
          role: 'admin',
          address: null,
          method: 'CLI',
          route: 'set-drill',
          path: `/regions/${row.id}`,
          status: 200,
          outcome: 'succeeded',
          detail: `drill ${drill ? 'set' : 'cleared'} on region ${row.id} (${row.name})`,
        });
        out(
          `region ${row.id} (${row.name}): drill ${row.drill ? 'set' : 'cleared'}; ${row.drill_region ? 'a drill region (short policy periods allowed, documents say 演练)' : 'not a drill region'}`,
        );
        break;
      }
      case 'list-tokens':
        for (const t of await listTokens(pool)) {
          const state = t.revoked_at ? 'revoked' : t.expires_at <= new Date() ? 'expired' : 'active';
          out(
            `${t.id}  ${state.padEnd(7)}  ${t.role.padEnd(22)}  ${(t.region_id ?? t.unit_id ?? '*').padEnd(12)}  ${t.name}`,
          );
        }
        break;
      default:
        throw new UsageError(
          'commands: create-token, revoke-token, list-tokens, install-policy, set-drill (see scripts/admin.ts)',
        );
    }
  } finally {
    await pool.end();
  }
}

main().catch((err: unknown) => {
  if (err instanceof UsageError || err instanceof ConfigError) process.stderr.write(`${err.message}\n`);
  else process.stderr.write(`admin failed: ${(err as Error).message}\n`);
  process.exit(err instanceof UsageError ? 2 : 1);
});
