/**
 * Delivery of the notification outbox (DESIGN.md §8 "Notifications: an outbox in Postgres, delivered through
 * channels (SMTP, signed webhook); each delivery recorded; retried; never sent twice for the same event"; issue 3).
 *
 * Everything here is real: the PostgreSQL of the global setup (a database of this file's own), an SMTP server on a
 * loopback port (`smtp-server`, mail parsed back with `mailparser`) and a node:http server as the webhook receiver.
 * Notifications are written straight into the outbox as the activities write them; the relays deliver them.
 */
import { once } from 'node:events';
import http, { type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { upsertContact } from '../../db/contacts';
import { deliveriesForCase, markSent, routeNotifications } from '../../db/notifications';
import { insertRegion } from '../../db/organisation';
import type { Config } from '../../lib/config';
import { createLogger } from '../../lib/logger';
import { signWebhook, verifyWebhookSignature, type WebhookPayload } from '../../notifications/channels';
import { OutboxRelay, deliveryConfigured, retryDelayMs } from '../../notifications/relay';
import { eventually, freshDatabase, insertCaseRow } from '../helpers';

const SECRET = 'test-webhook-secret-0123456789';
const MAIL_FROM = '综治责任制督导系统 <noreply@zongzhi.local>';

let db: Awaited<ReturnType<typeof freshDatabase>>;

// ---- the SMTP server: records accepted mail; `smtpAnswer` decides each attempt (null: accept) ----

interface Mail {
  parsed: ParsedMail;
  to: string[];
}
const mails: Mail[] = [];
/** Every DATA the server saw, accepted or not, by Message-ID. */
const smtpAttempts = new Map<string, number>();
let smtpAnswer: (mail: ParsedMail, to: string[], nth: number) => { code: number; message: string } | null = () => null;
let smtp: SMTPServer;
let smtpUrl: string;

// ---- the webhook receiver: records accepted requests; `hookAnswer` decides the status of each ----

interface Hook {
  headers: IncomingHttpHeaders;
  raw: Buffer;
  payload: WebhookPayload;
}
const hooks: Hook[] = [];
const hookAttempts = new Map<string, number>();
let hookAnswer: (payload: WebhookPayload, nth: number) => number = () => 204;
let hookServer: http.Server;
let hookUrl: string;

const relays: OutboxRelay[] = [];
function relay(over: Partial<Config['notifications']> = {}, batchSize?: number): OutboxRelay {
  const r = new OutboxRelay({
    batchSize,
    // The relay runs as the app role, as in the worker; the fixtures below write through the owner's pool.
    pool: db.appPool,
    databaseUrl: db.appUrl,
    logger: createLogger('silent', 'test'),
    config: {
      smtpUrl,
      mailFrom: MAIL_FROM,
      webhook: { url: hookUrl, secret: SECRET },
      pollMs: 200,
      maxAttempts: 5,
      retryBaseMs: 20,
      ...over,
    },
  });
  relays.push(r);
  return r;
}

/** Writes a notification as the activities do; returns its id. */
async function notify(
  key: string,
  to: { kind: string; id: string; name: string },
  subject = '关于限期整改的书面通知',
  body = `经查，你单位社会治安综合治理工作存在问题，请于三十日内整改并书面报告。（${key}）`,
  caseId: string | null = null,
): Promise<string> {
  const { rows } = await db.pool.query<{ id: string }>(
    `INSERT INTO notifications (notification_key, addressee_kind, addressee_id, addressee_name, subject, body, case_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id::text`,
    [key, to.kind, to.id, to.name, subject, body, caseId],
  );
  return rows[0]!.id;
}

async function contact(kind: string, id: string, email: string): Promise<void> {
  await db.pool.query(
    `INSERT INTO contacts (addressee_kind, addressee_id, email, updated_by) VALUES ($1, $2, $3, 'test')
     ON CONFLICT (addressee_kind, addressee_id) DO UPDATE SET email = EXCLUDED.email`,
    [kind, id, email],
  );
}

interface DeliveryRow {
  id: string;
  channel: 'email' | 'webhook';
  target: string;
  status: string;
  attempts: number;
  last_error: string | null;
  provider_id: string | null;
}
async function deliveries(notificationId: string): Promise<DeliveryRow[]> {
  const { rows } = await db.pool.query<DeliveryRow>(
    `SELECT id::text, channel, target, status, attempts, last_error, provider_id FROM notification_deliveries
      WHERE notification_id = $1 ORDER BY channel`,
    [notificationId],
  );
  return rows;
}
async function attempts(deliveryId: string): Promise<Array<{ attempt: number; ok: boolean; detail: string | null }>> {
  const { rows } = await db.pool.query(
    'SELECT attempt, ok, detail FROM notification_delivery_attempts WHERE delivery_id = $1 ORDER BY attempt',
    [deliveryId],
  );
  return rows;
}

const UNIT = { kind: 'unit', id: 'U-101', name: '南关区某局' };

beforeAll(async () => {
  db = await freshDatabase();

  smtp = new SMTPServer({
    logger: false,
    disabledCommands: ['AUTH', 'STARTTLS'],
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const to = session.envelope.rcptTo.map((a) => a.address);
          const id = parsed.messageId ?? '';
          const nth = (smtpAttempts.get(id) ?? 0) + 1;
          smtpAttempts.set(id, nth);
          const refusal = smtpAnswer(parsed, to, nth);
          if (refusal) return callback(Object.assign(new Error(refusal.message), { responseCode: refusal.code }));
          mails.push({ parsed, to });
          callback(null, `queued as ${mails.length}`);
        })
        .catch((err: Error) => callback(err));
    },
  });
  smtp.listen(0, '127.0.0.1');
  await once(smtp.server, 'listening');
  smtpUrl = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`;

  hookServer = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks);
      const payload = JSON.parse(raw.toString('utf8')) as WebhookPayload;
      const nth = (hookAttempts.get(payload.deliveryId) ?? 0) + 1;
      hookAttempts.set(payload.deliveryId, nth);
      const status = hookAnswer(payload, nth);
      if (status >= 200 && status < 300) hooks.push({ headers: req.headers, raw, payload });
      res.writeHead(status, { 'content-type': 'text/plain' }).end(status < 300 ? '' : 'receiver unavailable');
    });
  });
  hookServer.listen(0, '127.0.0.1');
  await once(hookServer, 'listening');
  hookUrl = `http://127.0.0.1:${(hookServer.address() as AddressInfo).port}/zongzhi/notifications`;
});

afterEach(async () => {
  await Promise.all(relays.splice(0).map((r) => r.stop()));
  mails.length = 0;
  hooks.length = 0;
  smtpAttempts.clear();
  hookAttempts.clear();
  smtpAnswer = () => null;
  hookAnswer = () => 204;
  await db.pool.query(
    'TRUNCATE notification_delivery_attempts, notification_deliveries, notifications, contacts CASCADE',
  );
});

afterAll(async () => {
  await new Promise<void>((r) => smtp.close(() => r()));
  await new Promise<void>((r) => hookServer.close(() => r()));
  await db?.drop();
});

describe('the outbox relay (DESIGN.md §8; issue 3)', () => {
  it('mails a notification once, the Chinese subject and body intact, with a Message-ID to de-duplicate on', async () => {
    await contact('unit', UNIT.id, 'nanguan-ju@example.cn');
    const id = await notify('case-2026-000101:3:notice:unit:U-101', UNIT);
    const r = relay();

    const first = await r.drainOnce();
    expect(first).toMatchObject({ routed: 1, claimed: 2, sent: 2, retrying: 0, failed: 0 });
    expect(await r.drainOnce()).toMatchObject({ routed: 0, claimed: 0, sent: 0 });

    expect(mails).toHaveLength(1);
    const { parsed, to } = mails[0]!;
    expect(to).toEqual(['nanguan-ju@example.cn']);
    expect(parsed.subject).toBe('关于限期整改的书面通知');
    expect(parsed.text?.trimEnd()).toBe(
      '南关区某局：\n\n经查，你单位社会治安综合治理工作存在问题，请于三十日内整改并书面报告。' +
        '（case-2026-000101:3:notice:unit:U-101）\n\n——综治责任制督导系统（通知编号 case-2026-000101:3:notice:unit:U-101）',
    );
    expect(parsed.messageId).toBe(`<notification-${id}@zongzhi.local>`);
    expect(parsed.headers.get('x-zongzhi-notification')).toBe('case-2026-000101:3:notice:unit:U-101');
    expect(parsed.from?.value[0]).toMatchObject({ address: 'noreply@zongzhi.local', name: '综治责任制督导系统' });

    const [email] = await deliveries(id);
    expect(email).toMatchObject({ channel: 'email', target: 'nanguan-ju@example.cn', status: 'sent', attempts: 1 });
    expect(email!.provider_id).toMatch(/^250 /);
    expect(await attempts(email!.id)).toEqual([{ attempt: 1, ok: true, detail: email!.provider_id }]);
  });

  it('POSTs a signed webhook that verifyWebhookSignature accepts, and refuses once the body is altered', async () => {
    const id = await notify('bar-2026-000102-veto:report-and-filing', {
      kind: 'upper-departments',
      id: '220000',
      name: '吉林省有关部门',
    });
    await relay().drainOnce();

    expect(hooks).toHaveLength(1);
    const { headers, raw, payload } = hooks[0]!;
    const hook = (await deliveries(id)).find((d) => d.channel === 'webhook');
    expect(hook).toMatchObject({
      channel: 'webhook',
      target: hookUrl,
      status: 'sent',
      attempts: 1,
      provider_id: 'HTTP 204',
    });
    expect(headers['content-type']).toBe('application/json; charset=utf-8');
    expect(headers['x-zongzhi-delivery']).toBe(hook!.id);
    expect(payload).toMatchObject({
      notificationId: id,
      deliveryId: hook!.id,
      key: 'bar-2026-000102-veto:report-and-filing',
      addressee: { kind: 'upper-departments', id: '220000', name: '吉林省有关部门' },
      subject: '关于限期整改的书面通知',
      caseId: null,
      barId: null,
      referralId: null,
    });
    expect(new Date(payload.createdAt).toString()).not.toBe('Invalid Date');

    const timestamp = Number(headers['x-zongzhi-timestamp']);
    expect(headers['x-zongzhi-signature']).toBe(signWebhook(SECRET, timestamp, raw));
    expect(verifyWebhookSignature(SECRET, headers, raw)).toBe(true);
    expect(verifyWebhookSignature(SECRET, headers, raw.toString('utf8').replace('吉林省', '长春市'))).toBe(false);
    expect(verifyWebhookSignature('another-secret-0123456789', headers, raw)).toBe(false);
    // A captured request replayed an hour later is refused.
    expect(verifyWebhookSignature(SECRET, headers, raw, 300, timestamp + 3600)).toBe(false);
    expect(verifyWebhookSignature(SECRET, { ...headers, 'x-zongzhi-signature': undefined }, raw)).toBe(false);
  });

  it('routes an addressee without a contact to the webhook, shows the mail as no-contact, and mails it once a mailbox is set', async () => {
    const id = await notify('case-2026-000103:1:opened:unit:U-102', { kind: 'unit', id: 'U-102', name: '朝阳区某局' });
    const r = relay();
    await r.drainOnce();
    expect((await deliveries(id)).map((d) => [d.channel, d.status])).toEqual([
      ['email', 'no-contact'],
      ['webhook', 'sent'],
    ]);
    expect(mails).toHaveLength(0);
    expect(hooks).toHaveLength(1);

    // Routed once: a second pass routes nothing. Recording the mailbox (as PUT /contacts does) queues the mail to it.
    expect(await r.drainOnce()).toMatchObject({ routed: 0, claimed: 0 });
    await upsertContact(db.pool, { kind: 'unit', id: 'U-102', email: 'chaoyang-ju@example.cn', updatedBy: 'test' });
    await r.drainOnce();
    expect((await deliveries(id)).map((d) => [d.channel, d.status])).toEqual([
      ['email', 'sent'],
      ['webhook', 'sent'],
    ]);
    expect(mails.map((m) => m.to)).toEqual([['chaoyang-ju@example.cn']]);
    expect(hooks).toHaveLength(1);
  });

  it('retries a transient failure (SMTP 451, webhook 500) and then delivers exactly once, every attempt recorded', async () => {
    smtpAnswer = (_mail, _to, nth) => (nth === 1 ? { code: 451, message: 'greylisted, try again later' } : null);
    hookAnswer = (_payload, nth) => (nth === 1 ? 500 : 200);
    await contact('unit', UNIT.id, 'nanguan-ju@example.cn');
    const id = await notify('case-2026-000104:2:notice:unit:U-101', UNIT);
    const r = relay();

    const first = await r.drainOnce();
    expect(first).toMatchObject({ claimed: 2, sent: 0, retrying: 2 });
    const pending = await deliveries(id);
    expect(pending.map((d) => [d.status, d.attempts])).toEqual([
      ['pending', 1],
      ['pending', 1],
    ]);
    expect(pending[0]!.last_error).toContain('451');
    expect(pending[1]!.last_error).toContain('HTTP 500');

    await eventually(async () => {
      await r.drainOnce();
      return (await deliveries(id)).every((d) => d.status === 'sent');
    });
    await r.drainOnce();

    expect(mails).toHaveLength(1);
    expect(hooks).toHaveLength(1);
    const [email, hook] = await deliveries(id);
    expect(email).toMatchObject({ status: 'sent', attempts: 2, last_error: null });
    expect(hook).toMatchObject({ status: 'sent', attempts: 2, last_error: null });
    const emailAttempts = await attempts(email!.id);
    expect(emailAttempts.map((a) => [a.attempt, a.ok])).toEqual([
      [1, false],
      [2, true],
    ]);
    expect(emailAttempts[0]!.detail).toContain('451');
    const hookAttemptRows = await attempts(hook!.id);
    expect(hookAttemptRows.map((a) => [a.attempt, a.ok])).toEqual([
      [1, false],
      [2, true],
    ]);
    expect(hookAttemptRows[0]!.detail).toContain('HTTP 500');
  });

  it("marks a delivery 'failed' after maxAttempts, keeping the last error", async () => {
    smtpAnswer = () => ({ code: 550, message: 'mailbox unavailable' });
    hookAnswer = () => 410;
    await contact('unit', UNIT.id, 'nobody@example.cn');
    const id = await notify('case-2026-000105:2:notice:unit:U-101', UNIT);
    const r = relay({ maxAttempts: 3 });

    await eventually(async () => {
      await r.drainOnce();
      return (await deliveries(id)).every((d) => d.status === 'failed');
    });
    expect(await r.drainOnce()).toMatchObject({ claimed: 0 });

    const [email, hook] = await deliveries(id);
    expect(email).toMatchObject({ status: 'failed', attempts: 3 });
    expect(email!.last_error).toContain('550');
    expect(hook).toMatchObject({ status: 'failed', attempts: 3 });
    expect(hook!.last_error).toContain('HTTP 410');
    for (const d of [email!, hook!]) {
      expect((await attempts(d.id)).map((a) => [a.attempt, a.ok])).toEqual([
        [1, false],
        [2, false],
        [3, false],
      ]);
    }
    expect([...smtpAttempts.values()]).toEqual([3]);
    expect([...hookAttempts.values()]).toEqual([3]);
    expect(mails).toHaveLength(0);
    expect(hooks).toHaveLength(0);
  });

  it('two relays on one database deliver each of 30 notifications exactly once', async () => {
    // Small batches: many claims, so the two relays' claims overlap often.
    const a = relay({}, 5);
    const b = relay({}, 5);
    await Promise.all([a.start(), b.start()]);
    await db.pool.query(
      `INSERT INTO contacts (addressee_kind, addressee_id, email, updated_by)
       SELECT 'unit', 'U-' || i, 'unit-' || i || '@example.cn', 'test' FROM generate_series(1, 30) i`,
    );
    await db.pool.query(
      `INSERT INTO notifications (notification_key, addressee_kind, addressee_id, addressee_name, subject, body)
       SELECT 'case-2026-000200:' || i || ':notice:unit:U-' || i, 'unit', 'U-' || i, '第' || i || '单位', '书面通知',
              '请限期整改。' FROM generate_series(1, 30) i`,
    );
    // Besides their own sweeps and wake-ups, both are driven side by side until everything is out.
    await eventually(async () => {
      await Promise.all([a.drainOnce(), b.drainOnce(), a.drainOnce(), b.drainOnce()]);
      const { rows } = await db.pool.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM notification_deliveries WHERE status = 'sent'",
      );
      return rows[0]!.n === 60;
    });
    await Promise.all([a.drainOnce(), b.drainOnce()]);

    const byMessageId = new Map<string, number>();
    for (const m of mails) byMessageId.set(m.parsed.messageId!, (byMessageId.get(m.parsed.messageId!) ?? 0) + 1);
    expect(byMessageId.size).toBe(30);
    expect([...byMessageId.values()].every((n) => n === 1)).toBe(true);
    const byDelivery = new Map<string, number>();
    for (const h of hooks) byDelivery.set(h.payload.deliveryId, (byDelivery.get(h.payload.deliveryId) ?? 0) + 1);
    expect(byDelivery.size).toBe(30);
    expect([...byDelivery.values()].every((n) => n === 1)).toBe(true);
    const { rows } = await db.pool.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM notification_deliveries WHERE attempts <> 1',
    );
    expect(rows[0]!.n).toBe(0);
  });

  it("takes over a delivery left in 'sending' by a relay whose lease expired, and only that one", async () => {
    await contact('unit', UNIT.id, 'nanguan-ju@example.cn');
    const abandoned = await notify('case-2026-000106:2:notice:unit:U-101', UNIT);
    const held = await notify('case-2026-000106:3:notice:unit:U-101', UNIT);
    await routeNotifications(db.appPool, { email: true, webhook: hookUrl }, 10);
    // A relay died mid-send on the first; another one is still sending the second.
    await db.pool.query(
      `UPDATE notification_deliveries SET status = 'sending', attempts = 1,
         lease_until = CASE WHEN notification_id = $1 THEN now() - interval '1 second' ELSE now() + interval '1 hour' END`,
      [abandoned],
    );

    expect(await relay().drainOnce()).toMatchObject({ claimed: 2, sent: 2 });

    const taken = await deliveries(abandoned);
    expect(taken.map((d) => [d.status, d.attempts])).toEqual([
      ['sent', 2],
      ['sent', 2],
    ]);
    for (const d of taken) {
      expect((await attempts(d.id)).map((a) => [a.attempt, a.ok, a.detail?.startsWith('lease expired')])).toEqual([
        [1, false, true],
        [2, true, false],
      ]);
      // The dead relay's attempt, if it ever finished, cannot mark it again.
      expect(await markSent(db.appPool, d.id, 1, 'late')).toBe(false);
    }
    expect((await deliveries(held)).map((d) => [d.status, d.attempts])).toEqual([
      ['sending', 1],
      ['sending', 1],
    ]);
    expect(mails.map((m) => m.parsed.messageId)).toEqual([`<notification-${abandoned}@zongzhi.local>`]);
  });

  it('is woken by LISTEN without waiting for its sweep, and listens again after losing the connection', async () => {
    await contact('unit', UNIT.id, 'nanguan-ju@example.cn');
    const r = relay({ pollMs: 600_000 });
    await r.start();

    const first = await notify('case-2026-000107:1:opened:unit:U-101', UNIT);
    await eventually(async () => mails.some((m) => m.parsed.messageId === `<notification-${first}@zongzhi.local>`));
    // The pass that sent it has routed already: only an announcement can bring the next one out before the sweep.
    const second = await notify('case-2026-000107:2:notice:unit:U-101', UNIT);
    await eventually(async () => mails.some((m) => m.parsed.messageId === `<notification-${second}@zongzhi.local>`));

    // PostgreSQL drops the LISTEN connection; the relay reconnects by itself.
    const { rows: killed } = await db.pool.query<{ pid: number }>(
      `SELECT pid FROM pg_stat_activity
        WHERE datname = current_database() AND pid <> pg_backend_pid() AND query = 'LISTEN notifications'`,
    );
    expect(killed).toHaveLength(1);
    await db.pool.query('SELECT pg_terminate_backend($1)', [killed[0]!.pid]);
    await eventually(async () => {
      const { rows } = await db.pool.query(
        `SELECT 1 FROM pg_stat_activity
          WHERE datname = current_database() AND query = 'LISTEN notifications' AND pid <> $1`,
        [killed[0]!.pid],
      );
      return rows.length === 1;
    });
    const third = await notify('case-2026-000107:3:talk:unit:U-101', UNIT);
    await eventually(async () => mails.some((m) => m.parsed.messageId === `<notification-${third}@zongzhi.local>`));
    expect(mails).toHaveLength(3);
  });

  it("lists a case's notifications with the state of their deliveries", async () => {
    await insertRegion(db.pool, {
      id: '220000',
      name: '吉林省',
      level: 'province',
      kind: 'ordinary',
      parent_id: null,
      committee_name: '吉林省社会治安综合治理委员会',
      office_name: '吉林省社会治安综合治理委员会办公室',
    });
    await insertCaseRow(db.pool, {
      id: '2026-000108',
      subject: { kind: 'region', id: '220000', name: '吉林省', regionId: '220000' },
      openingRegionId: '220000',
      upperRegionId: '220000',
    });
    await contact('unit', UNIT.id, 'nanguan-ju@example.cn');
    hookAnswer = () => 503;
    const a = await notify('case-2026-000108:1:opened:unit:U-101', UNIT, '立案通知', '已立案。', '2026-000108');
    const b = await notify(
      'case-2026-000108:1:opened:office:220000',
      { kind: 'office', id: '220000', name: '省综治办' },
      '立案通知',
      '已立案。',
      '2026-000108',
    );
    await notify('case-other:1', UNIT);
    await relay().drainOnce();

    const rows = await deliveriesForCase(db.pool, '2026-000108');
    expect(rows.map((r) => r.id)).toEqual([a, b]);
    expect(rows[0]).toMatchObject({
      key: 'case-2026-000108:1:opened:unit:U-101',
      addressee_kind: 'unit',
      addressee_id: 'U-101',
      addressee_name: '南关区某局',
      subject: '立案通知',
    });
    expect(rows[0]!.routed_at).toBeInstanceOf(Date);
    expect(rows[0]!.deliveries).toEqual([
      {
        channel: 'email',
        target: 'nanguan-ju@example.cn',
        status: 'sent',
        attempts: 1,
        sentAt: expect.any(Date),
        lastError: null,
      },
      {
        channel: 'webhook',
        target: hookUrl,
        status: 'pending',
        attempts: 1,
        sentAt: null,
        lastError: expect.stringContaining('HTTP 503'),
      },
    ]);
    // No mailbox on record for the office: its mail shows as such until one is set.
    expect(rows[1]!.deliveries.map((d) => [d.channel, d.status])).toEqual([
      ['email', 'no-contact'],
      ['webhook', 'pending'],
    ]);
  });
});

describe('outbox relay settings', () => {
  it('backs off exponentially with jitter, up to an hour', () => {
    expect(retryDelayMs(1000, 1, () => 0)).toBe(500);
    expect(retryDelayMs(1000, 1, () => 1)).toBe(1000);
    expect(retryDelayMs(1000, 4, () => 1)).toBe(8000);
    expect(retryDelayMs(5000, 30, () => 1)).toBe(3_600_000);
  });

  it('has nothing to do without SMTP or a webhook', () => {
    const base = { mailFrom: MAIL_FROM, pollMs: 2000, maxAttempts: 10, retryBaseMs: 5000 };
    expect(deliveryConfigured(base)).toBe(false);
    expect(deliveryConfigured({ ...base, smtpUrl: 'smtp://127.0.0.1:25' })).toBe(true);
    expect(deliveryConfigured({ ...base, webhook: { url: 'https://example.cn/hook', secret: SECRET } })).toBe(true);
  });
});
