/**
 * The outbox relay (DESIGN.md §8 "Notifications"; issue 3): takes what the activities wrote to `notifications` and
 * delivers it by mail and signed webhook, each delivery recorded, retried with backoff, never sent twice for the
 * same event.
 *
 * One pass: route new notifications to their deliveries, claim the due ones under a lease, send them a few at a
 * time, record each attempt. Passes run when PostgreSQL announces a new notification (LISTEN on the `notifications`
 * channel, through a dedicated connection that reconnects by itself), when a retry falls due, and on a sweep every
 * `pollMs` in any case — so a lost announcement or a dropped connection only delays a delivery, never loses it.
 *
 * Several relays (one per worker process) share the outbox safely: routing and claiming skip rows another relay
 * holds, and a delivery is marked only by the relay holding its current attempt. A relay that dies mid-send leaves
 * its deliveries in 'sending'; another takes them over when their lease expires. That is the one case where a
 * receiver may get a notification twice, and why every send carries a stable identity to de-duplicate on.
 */
import pg from 'pg';
import {
  claimDueDeliveries,
  markFailedAttempt,
  markSent,
  routeNotifications,
  type ClaimedDelivery,
  type DeliveryChannelName,
} from '../db/notifications';
import type { Pool } from '../db/pool';
import type { Config } from '../lib/config';
import type { Logger } from '../lib/logger';
import { issuedDocumentPdf, pdfFileName } from '../documents/issued';
import { EmailChannel, WebhookChannel, type DeliveryChannel } from './channels';

export interface OutboxRelayOptions {
  pool: Pool;
  config: Config['notifications'];
  logger: Logger;
  /** For the LISTEN connection (a pooled connection cannot hold a LISTEN). */
  databaseUrl: string;
  /** How long a claimed delivery is ours before another relay may take it over. */
  leaseMs?: number;
  /** Deliveries sent at the same time. */
  concurrency?: number;
  /** Notifications routed and deliveries claimed per pass. */
  batchSize?: number;
}

/** What one {@link OutboxRelay.drainOnce} did. */
export interface DrainResult {
  /** Notifications routed to their channels. */
  routed: number;
  /** Deliveries claimed for an attempt. */
  claimed: number;
  sent: number;
  /** Failed attempts that will be retried. */
  retrying: number;
  /** Deliveries that failed their last allowed attempt. */
  failed: number;
}

/** The longest wait between two attempts of a delivery. */
const MAX_BACKOFF_MS = 3_600_000;

/**
 * The wait before attempt `attempt + 1`: `retryBaseMs · 2^(attempt−1)`, at most an hour, with "equal jitter"
 * (between half and all of it) so that deliveries failing together do not retry in lockstep.
 */
export function retryDelayMs(retryBaseMs: number, attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(retryBaseMs * 2 ** Math.max(0, attempt - 1), MAX_BACKOFF_MS);
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/** True when at least one channel (SMTP or webhook) is configured, i.e. when a relay has something to do. */
export function deliveryConfigured(config: Config['notifications']): boolean {
  return Boolean(config.smtpUrl || config.webhook);
}

/** Delivers the notification outbox. `start()` runs it in the background; `drainOnce()` runs one pass. */
export class OutboxRelay {
  private readonly pool: Pool;
  private readonly config: Config['notifications'];
  private readonly log: Logger;
  private readonly databaseUrl: string;
  private readonly leaseMs: number;
  private readonly concurrency: number;
  private readonly batchSize: number;
  private readonly channels: Partial<Record<DeliveryChannelName, DeliveryChannel>> = {};

  private running = false;
  /** The background loop; one pass at a time. */
  private loop: Promise<void> | undefined;
  /** Set by a wake-up during a pass: run another one right after. */
  private wanted = false;
  private timer: NodeJS.Timeout | undefined;
  /** When the timer fires: the next sweep or the earliest retry this relay scheduled, whichever is sooner. */
  private timerAt = Infinity;
  /** Passes in flight, the loop's and drainOnce() callers', so that stop() can wait for them. */
  private readonly inFlight = new Set<Promise<DrainResult>>();

  private listener: pg.Client | undefined;
  private reconnectTimer: NodeJS.Timeout | undefined;
  private reconnectDelayMs = 1000;

  constructor(opts: OutboxRelayOptions) {
    this.pool = opts.pool;
    this.config = opts.config;
    this.log = opts.logger.child({ component: 'outbox-relay' });
    this.databaseUrl = opts.databaseUrl;
    this.leaseMs = opts.leaseMs ?? 60_000;
    this.concurrency = opts.concurrency ?? 4;
    // No more claimed at once than can be sent at once: a claimed delivery is sent well within its lease, so no
    // other relay takes it over while this one is still sending it.
    this.batchSize = opts.batchSize ?? this.concurrency;
    if (opts.config.smtpUrl) {
      // A notification of an issued document carries its PDF (issue 12), rendered from the stored record.
      const pool = opts.pool;
      this.channels.email = new EmailChannel(opts.config.smtpUrl, opts.config.mailFrom, async (d) => {
        const no = d.notification.documentNo;
        const rendered = no ? await issuedDocumentPdf(pool, no) : undefined;
        return rendered ? { filename: pdfFileName(no!), content: rendered.pdf } : undefined;
      });
    }
    if (opts.config.webhook) this.channels.webhook = new WebhookChannel(opts.config.webhook.secret);
  }

  /**
   * Starts listening and sweeping; resolves once the LISTEN is in place (or has failed and will be retried — the
   * sweep covers the gap) and the first pass has been scheduled.
   */
  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    await this.listen();
    this.log.info(
      { channels: Object.keys(this.channels), pollMs: this.config.pollMs, maxAttempts: this.config.maxAttempts },
      'outbox relay started',
    );
    this.wake();
  }

  /** Stops listening and sweeping, and waits for the passes in flight to record their attempts. */
  async stop(): Promise<void> {
    if (!this.running && this.inFlight.size === 0) return;
    this.running = false;
    clearTimeout(this.timer);
    clearTimeout(this.reconnectTimer);
    const listener = this.listener;
    this.listener = undefined;
    await Promise.all([
      listener?.end().catch(() => undefined),
      this.loop,
      ...[...this.inFlight].map((p) => p.catch(() => undefined)),
    ]);
    for (const channel of Object.values(this.channels)) channel.close();
    this.log.info('outbox relay stopped');
  }

  /** One pass: routes new notifications, claims up to a batch of due deliveries, sends them, records the outcome. */
  drainOnce(): Promise<DrainResult> {
    const pass = this.pass();
    this.inFlight.add(pass);
    void pass.finally(() => this.inFlight.delete(pass)).catch(() => undefined);
    return pass;
  }

  private async pass(): Promise<DrainResult> {
    const result: DrainResult = { routed: 0, claimed: 0, sent: 0, retrying: 0, failed: 0 };
    const routing = {
      // Mail is routed by every relay (a relay without SMTP leaves it pending for one with it).
      email: true,
      webhook: this.config.webhook?.url ?? null,
    };
    for (;;) {
      const r = await routeNotifications(this.pool, routing, this.batchSize);
      result.routed += r.routed;
      if (r.routed < this.batchSize) break;
    }
    const names = Object.keys(this.channels) as DeliveryChannelName[];
    const claimed = await claimDueDeliveries(this.pool, this.batchSize, this.leaseMs, names);
    result.claimed = claimed.length;
    let next = 0;
    const sendNext = async (): Promise<void> => {
      while (next < claimed.length) {
        const d = claimed[next++]!;
        const outcome = await this.deliver(d);
        result[outcome]++;
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.concurrency, claimed.length) }, sendNext));
    return result;
  }

  /** Sends one claimed delivery and records the attempt. Never throws: a failure is an outcome. */
  private async deliver(d: ClaimedDelivery): Promise<'sent' | 'retrying' | 'failed'> {
    const ids = { deliveryId: d.id, notificationId: d.notification.id, channel: d.channel, attempt: d.attempt };
    if (d.takenOver) this.log.warn(ids, 'taking over a delivery whose lease expired mid-send');
    const channel = this.channels[d.channel];
    let providerId: string;
    try {
      if (!channel) throw new Error(`the ${d.channel} channel is not configured`);
      ({ providerId } = await channel.send(d));
    } catch (err) {
      const error = describe(err);
      const last = d.attempt >= this.config.maxAttempts;
      const retryAfterMs = last ? null : retryDelayMs(this.config.retryBaseMs, d.attempt);
      try {
        await markFailedAttempt(this.pool, d.id, d.attempt, error, retryAfterMs);
      } catch (dbErr) {
        // The lease runs out and the delivery is taken over: a later pass tries again.
        this.log.error({ ...ids, err: describe(dbErr) }, 'could not record a failed attempt');
      }
      if (retryAfterMs === null) {
        this.log.error({ ...ids, error }, 'notification delivery failed for good');
        return 'failed';
      }
      this.log.warn({ ...ids, error, retryAfterMs }, 'notification delivery attempt failed; will retry');
      this.scheduleAt(Date.now() + retryAfterMs);
      return 'retrying';
    }
    try {
      if (await markSent(this.pool, d.id, d.attempt, providerId)) {
        this.log.info(ids, 'notification delivered');
      } else {
        this.log.warn(ids, 'delivered after the lease expired; another relay had taken the delivery over');
      }
    } catch (err) {
      // Sent but not recorded: when the lease runs out it is sent again, with the same identity to de-duplicate on.
      this.log.error({ ...ids, err: describe(err) }, 'delivered, but could not record it');
    }
    return 'sent';
  }

  /** Asks for a pass as soon as possible; passes never overlap within one relay. */
  private wake(): void {
    if (!this.running) return;
    this.wanted = true;
    if (this.loop) return;
    this.loop = this.runLoop().finally(() => {
      this.loop = undefined;
    });
  }

  private async runLoop(): Promise<void> {
    while (this.running && this.wanted) {
      this.wanted = false;
      clearTimeout(this.timer);
      this.timer = undefined;
      this.timerAt = Infinity;
      try {
        const r = await this.drainOnce();
        // A full batch: there may be more due right now.
        if (r.claimed >= this.batchSize || r.routed >= this.batchSize) this.wanted = true;
      } catch (err) {
        this.log.error({ err: describe(err) }, 'outbox relay pass failed; retrying at the next sweep');
      }
    }
    this.scheduleAt(Date.now() + this.config.pollMs);
  }

  private scheduleAt(at: number): void {
    if (!this.running || at >= this.timerAt) return;
    clearTimeout(this.timer);
    this.timerAt = at;
    this.timer = setTimeout(
      () => {
        this.timer = undefined;
        this.timerAt = Infinity;
        this.wake();
      },
      Math.max(0, at - Date.now()),
    );
  }

  /** Opens the LISTEN connection; on failure or loss, retries with backoff (up to 30 s) and sweeps on reconnect. */
  private async listen(): Promise<void> {
    if (!this.running) return;
    const client = new pg.Client({ connectionString: this.databaseUrl });
    let lost = false;
    const onLost = (err?: Error): void => {
      if (lost) return;
      lost = true;
      if (this.listener === client) this.listener = undefined;
      client.end().catch(() => undefined);
      if (!this.running) return;
      this.log.warn(
        { err: err ? describe(err) : 'connection ended', retryInMs: this.reconnectDelayMs },
        'lost the LISTEN connection; sweeping every pollMs meanwhile',
      );
      clearTimeout(this.reconnectTimer);
      this.reconnectTimer = setTimeout(() => void this.listen(), this.reconnectDelayMs);
      this.reconnectDelayMs = Math.min(this.reconnectDelayMs * 2, 30_000);
    };
    client.on('error', onLost);
    client.on('end', () => onLost());
    client.on('notification', () => this.wake());
    try {
      await client.connect();
      await client.query('LISTEN notifications');
    } catch (err) {
      onLost(err as Error);
      return;
    }
    if (!this.running) {
      lost = true;
      await client.end().catch(() => undefined);
      return;
    }
    this.listener = client;
    this.reconnectDelayMs = 1000;
    // Whatever was announced while we were not listening.
    this.wake();
  }
}

function describe(err: unknown): string {
  if (err instanceof Error) {
    const code = (err as { code?: unknown }).code;
    const cause = err.cause instanceof Error ? ` (${err.cause.message})` : '';
    return `${typeof code === 'string' ? `${code}: ` : ''}${err.message}${cause}`;
  }
  return String(err);
}
