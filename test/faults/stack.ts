/**
 * The whole system as separate OS processes, for the fault suite (issue 14 item 3): an embedded PostgreSQL that can be
 * stopped and started again, a Temporal dev server persisting to a file (so a restart keeps every workflow and timer,
 * as `npm start` does), the worker and the API as `npm start` runs them (worker/main.ts, api/main.ts), the outbox
 * relay as a process of its own (relayProcess.ts), and an SMTP server in the test process that records every mail it
 * took. Each process can be killed with SIGKILL and started again.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { Connection } from '@temporalio/client';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { migrateAndSetUpAppLogin } from '../../db/appRole';
import { createPool, type Pool } from '../../db/pool';
import { childEnv, loadConfig } from '../../lib/config';
import { ensureSearchAttributes } from '../../lib/temporal';
import { startDevServer, stopChild, type DevServerHandle } from '../../scripts/lib/devServer';
import { NODE_FLAGS } from '../../scripts/lib/nodeFlags';
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from '../../scripts/lib/postgres';
import { freePort, tempDir } from '../ports';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** A mail the SMTP server took (answered 250, or was about to when its sender died). */
export interface ReceivedMail {
  messageId: string;
  to: string[];
  subject: string;
  at: number;
}

/** A Node process of the system (worker, API, relay): its output is kept for the failure message. */
export interface NodeProcess {
  child: ChildProcess;
  output(): string;
  exited: Promise<void>;
}

export interface FaultStackOptions {
  temporalCliPath: string;
  /** Lease of the relay process: how soon a delivery a dead relay held is taken over. */
  relayLeaseMs: number;
  /** More environment for the worker, the API and the relay. */
  env?: Record<string, string>;
}

export class FaultStack {
  dir = '';
  pgPort = 0;
  temporalPort = 0;
  apiPort = 0;
  ownerUrl = '';
  /** The owner's pool: fixtures and the counts the tests assert on. */
  pool!: Pool;
  postgres: EmbeddedPostgresHandle | undefined;
  temporal: DevServerHandle | undefined;
  worker: NodeProcess | undefined;
  api: NodeProcess | undefined;
  relay: NodeProcess | undefined;
  env: Record<string, string> = {};
  apiUrl = '';

  smtp!: SMTPServer;
  readonly mails: ReceivedMail[] = [];
  /**
   * While set, the SMTP server stores each mail it receives but holds back its answer until the promise resolves:
   * the moment a sender can die after the server took the message and before it learnt so.
   */
  holdAnswers: Promise<void> | undefined;
  /** Mails received whose answer is being held. */
  held = 0;

  constructor(private readonly opts: FaultStackOptions) {}

  async start(): Promise<void> {
    this.dir = await tempDir('faults-');
    await mkdir(path.join(ROOT, '.cache', 'faults'), { recursive: true });
    [this.pgPort, this.temporalPort, this.apiPort] = await Promise.all([freePort(), freePort(), freePort()]);
    await this.startPostgres();
    await this.startTemporal();
    const config = loadConfig({ DATABASE_URL: this.ownerUrl, NODE_ENV: 'development' });
    await migrateAndSetUpAppLogin(config.database);
    this.pool = createPool(this.ownerUrl, 4);
    await this.startSmtp();

    const base: Record<string, string> = {};
    for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !k.startsWith('VITEST')) base[k] = v;
    delete base.DATABASE_URL;
    delete base.TEMPORAL_ADDRESS;
    const appConfig = loadConfig({
      ...base,
      NODE_ENV: 'development',
      DATABASE_URL: this.ownerUrl,
      TEMPORAL_ADDRESS: `127.0.0.1:${this.temporalPort}`,
      API_PORT: String(this.apiPort),
      DATA_DIR: this.dir,
    });
    const { DATABASE_URL: _owner, ...env } = childEnv(appConfig, {
      NODE_ENV: 'development',
      LOG_LEVEL: process.env.FAULT_LOG_LEVEL ?? 'warn',
      // The worker process has no channel, so it runs no relay: the relay is its own process here.
      SMTP_URL: '',
      WEBHOOK_URL: '',
      ...this.opts.env,
    });
    void _owner;
    this.env = env;
    this.apiUrl = `http://127.0.0.1:${this.apiPort}`;
    this.startWorker();
    this.startApi();
    this.startRelay();
  }

  async startPostgres(): Promise<void> {
    this.postgres = await startEmbeddedPostgres({
      dataDir: path.join(this.dir, 'postgres'),
      port: this.pgPort,
      database: 'accountability',
      user: 'postgres',
      password: 'postgres',
    });
    this.ownerUrl = this.postgres.url;
  }

  async stopPostgres(): Promise<void> {
    await this.postgres?.stop();
    this.postgres = undefined;
  }

  async startTemporal(): Promise<void> {
    this.temporal = await startDevServer({
      cliPath: this.opts.temporalCliPath,
      dbFile: path.join(this.dir, 'temporal.db'),
      port: this.temporalPort,
      namespace: 'default',
      stdio: 'ignore',
      readyTimeoutMs: 180_000,
    });
    const connection = await Connection.connect({ address: this.temporal.address });
    await ensureSearchAttributes(connection, 'default');
    await connection.close();
  }

  /** Stops the dev server as an operator restarting it would (SIGTERM, SIGKILL after 20 s). */
  async stopTemporal(): Promise<void> {
    await this.temporal?.stop();
    this.temporal = undefined;
  }

  private spawnNode(
    file: string,
    args: string[] = [],
    extra: Record<string, string> = {},
    flags: readonly string[] = [],
  ): NodeProcess {
    const child = spawn(process.execPath, [...flags, '--import', 'tsx', path.join(ROOT, file), ...args], {
      cwd: ROOT,
      env: { ...this.env, ...extra },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    // Also kept in .cache/faults/, which outlives the run, for a failure's post-mortem.
    const log = createWriteStream(
      path.join(ROOT, '.cache', 'faults', `${file.replace(/\.ts$/, '').replace(/\//g, '-')}.log`),
      {
        flags: 'a',
      },
    );
    log.write(`---- ${new Date().toISOString()} ${file} ${args.join(' ')}\n`);
    const keep = (d: Buffer) => {
      out = (out + d.toString()).slice(-20_000);
      log.write(d);
    };
    child.stdout!.on('data', keep);
    child.stderr!.on('data', keep);
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    return { child, output: () => out, exited };
  }

  startWorker(): void {
    this.worker = this.spawnNode('worker/main.ts', [], {}, NODE_FLAGS.worker);
  }

  startApi(): void {
    this.api = this.spawnNode('api/main.ts', [], {}, NODE_FLAGS.api);
  }

  startRelay(): void {
    const smtpPort = (this.smtp.server.address() as AddressInfo).port;
    this.relay = this.spawnNode('test/faults/relayProcess.ts', [String(this.opts.relayLeaseMs)], {
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      MAIL_FROM: '综治责任制督导系统 <noreply@zongzhi.local>',
      NOTIFY_POLL_MS: '500',
      NOTIFY_RETRY_BASE_MS: '200',
      NOTIFY_MAX_ATTEMPTS: '100',
    });
  }

  /** kill -9: no shutdown hook runs, nothing in flight is finished or recorded. */
  static async kill(p: NodeProcess | undefined): Promise<void> {
    if (!p || p.child.exitCode !== null || p.child.signalCode !== null) return;
    p.child.kill('SIGKILL');
    await p.exited;
  }

  private async startSmtp(): Promise<void> {
    this.smtp = new SMTPServer({
      logger: false,
      disabledCommands: ['AUTH', 'STARTTLS'],
      onData: (stream, session, callback) => {
        simpleParser(stream)
          .then(async (parsed) => {
            // Taken: whatever happens to the sender from here on, the receiver has this mail.
            this.mails.push({
              messageId: parsed.messageId ?? '',
              to: session.envelope.rcptTo.map((a) => a.address),
              subject: parsed.subject ?? '',
              at: Date.now(),
            });
            const hold = this.holdAnswers;
            if (hold) {
              this.held++;
              await hold;
            }
            callback(null, 'queued');
          })
          .catch((err: Error) => callback(err));
      },
    });
    // A sender killed while its answer is held leaves a broken socket behind; that is the point, not an error.
    this.smtp.on('error', () => undefined);
    this.smtp.listen(0, '127.0.0.1');
    await once(this.smtp.server, 'listening');
  }

  /** Everything stopped and removed; what is left running is killed. */
  async stop(): Promise<void> {
    await Promise.all([FaultStack.kill(this.api), FaultStack.kill(this.worker), FaultStack.kill(this.relay)]);
    await this.pool?.end().catch(() => undefined);
    if (this.temporal) await stopChild(this.temporal.process, 10_000);
    await this.postgres?.stop().catch(() => undefined);
    await new Promise((r) => this.smtp?.close(() => r(undefined)));
    if (this.dir) await rm(this.dir, { recursive: true, force: true });
  }
}
