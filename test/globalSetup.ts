/**
 * Once per `npm test`: provisions the Temporal binaries if missing, then starts a real PostgreSQL (embedded) and a
 * real Temporal dev server on free ports, migrates the database, and hands the addresses to the tests. Everything
 * lives in a temporary directory removed at the end. As `npm start` does, it migrates as the owner and sets up the
 * login of the app's least-privilege role, which the tests' worker and API then use (test/helpers.ts).
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { Connection } from '@temporalio/client';
import { ensureConsoleBuilt } from '../console/build';
import { migrateAndSetUpAppLogin } from '../db/appRole';
import { loadConfig } from '../lib/config';
import { ensureSearchAttributes } from '../lib/temporal';
import { startDevServer } from '../scripts/lib/devServer';
import { startEmbeddedPostgres } from '../scripts/lib/postgres';
import { ensureTemporalCli, ensureTestServer } from '../scripts/lib/provision';
import { freePort, tempDir } from './ports';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The owner's URL of the test database: migrations and fixtures. The app's URL: `appDatabaseUrl(…)`. */
    databaseUrl: string;
    temporalAddress: string;
    temporalCliPath: string;
    testServerPath: string;
    toolsCacheDir: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const say = (line: string) => process.stdout.write(`[test setup] ${line}\n`);
  const config = loadConfig();
  const started = Date.now();
  const temporalCliPath = await ensureTemporalCli({
    cliPath: config.temporal.devServer.cliPath,
    cacheDir: config.toolsCacheDir,
    say,
  });
  const testServerPath = await ensureTestServer({ cacheDir: config.toolsCacheDir, say });
  // The API serves the operator console from console/dist: the browser tests (test/console) need it current.
  await ensureConsoleBuilt(say);

  const dir = await tempDir('accountability-test-');
  const [pgPort, temporalPort] = await Promise.all([freePort(), freePort()]);
  const postgres = await startEmbeddedPostgres({
    dataDir: path.join(dir, 'postgres'),
    port: pgPort,
    database: 'accountability_test',
    user: 'postgres',
    password: 'postgres',
  });
  const devServer = await startDevServer({
    cliPath: temporalCliPath,
    dbFile: path.join(dir, 'temporal.db'),
    port: temporalPort,
    namespace: 'default',
    stdio: 'ignore',
    readyTimeoutMs: 180_000,
  });
  const connection = await Connection.connect({ address: devServer.address });
  await ensureSearchAttributes(connection, 'default');
  await connection.close();
  const { appLogin } = await migrateAndSetUpAppLogin(loadConfig({ DATABASE_URL: postgres.url }).database);
  if (appLogin.superuser || !appLogin.memberOfAppRole) throw new Error(`the app role is not set up: ${appLogin.user}`);
  say(`PostgreSQL ${postgres.url}, Temporal ${devServer.address}; ready in ${Date.now() - started} ms`);

  project.provide('databaseUrl', postgres.url);
  project.provide('temporalAddress', devServer.address);
  project.provide('temporalCliPath', temporalCliPath);
  project.provide('testServerPath', testServerPath);
  project.provide('toolsCacheDir', config.toolsCacheDir);

  return async () => {
    await devServer.stop();
    await postgres.stop();
    await rm(dir, { recursive: true, force: true });
  };
}
