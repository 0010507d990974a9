/**
 * `npm run migrate`: applies pending migrations to DATABASE_URL (or the embedded server's database), as the owner of
 * the schema, then sets up the login of the app's least-privilege role (db/appRole.ts) and checks APP_DATABASE_URL.
 */
import { describeAppLogin, migrateAndSetUpAppLogin } from '../db/appRole';
import { ConfigError, loadConfig } from '../lib/config';

async function main(): Promise<void> {
  const config = loadConfig();
  const { migrations: report, appLogin } = await migrateAndSetUpAppLogin(config.database);
  process.stdout.write(
    `applied: ${report.applied.join(', ') || 'none'}; already applied: ${report.alreadyApplied.length}\n`,
  );
  process.stdout.write(`${describeAppLogin(appLogin)}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(err instanceof ConfigError ? `${err.message}\n` : `migrate failed: ${(err as Error).message}\n`);
  process.exit(1);
});
