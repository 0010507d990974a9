/** `npm run migrate`: applies pending migrations to DATABASE_URL (or the embedded server's database). */
import { migrate } from '../db/migrate';
import { createPool } from '../db/pool';
import { ConfigError, loadConfig } from '../lib/config';

async function main(): Promise<void> {
  const config = loadConfig();
  const pool = createPool(config.database.url, 1);
  try {
    const report = await migrate(pool);
    process.stdout.write(
      `applied: ${report.applied.join(', ') || 'none'}; already applied: ${report.alreadyApplied.length}\n`,
    );
  } finally {
    await pool.end();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(err instanceof ConfigError ? `${err.message}\n` : `migrate failed: ${(err as Error).message}\n`);
  process.exit(1);
});
