/**
 * The channels the outbox relay delivers notifications through (DESIGN.md §8 "Notifications": SMTP and a signed
 * webhook). A channel sends one claimed delivery and either resolves with the provider's answer or throws; it never
 * touches the database — recording the attempt is the relay's job.
 *
 * Receivers de-duplicate by a stable identity: mail carries `Message-ID: <notification-<id>@zongzhi.local>` and
 * `X-Zongzhi-Notification: <key>`; a webhook carries `X-Zongzhi-Delivery: <delivery id>` and the notification's key
 * in its body. A retry after a lost answer re-sends the same identity.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { createTransport } from 'nodemailer';
import type { ClaimedDelivery, DeliveryChannelName } from '../db/notifications';

/** A file a mail carries. */
export interface MailAttachment {
  filename: string;
  content: Buffer;
}

/** One way of delivering a notification. */
export interface DeliveryChannel {
  readonly name: DeliveryChannelName;
  /** Sends one attempt; resolves with what the provider answered (kept as `provider_id`), throws on failure. */
  send(delivery: ClaimedDelivery): Promise<{ providerId: string }>;
  /** Releases connections. */
  close(): void;
}

/** The deterministic Message-ID of a notification's mail: the same on every retry, so a mailbox can de-duplicate. */
export const notificationMessageId = (notificationId: string): string =>
  `<notification-${notificationId}@zongzhi.local>`;

/** The plain text of a notification's mail: the addressee, the body, and the system's signature with the key. */
export function mailText(d: ClaimedDelivery): string {
  const n = d.notification;
  return `${n.addresseeName}：\n\n${n.body}\n\n——综治责任制督导系统（通知编号 ${n.key}）`;
}

/** Longest a single mail send may take, all SMTP steps together; well inside the relay's lease. */
const MAIL_SEND_TIMEOUT_MS = 30_000;

/**
 * Mail through an SMTP server (`SMTP_URL`): one text mail per delivery, From `mailFrom`, To the delivery's target.
 * Connections are not pooled: notifications are few, and a fresh connection per mail keeps a failed one from
 * poisoning the next.
 */
export class EmailChannel implements DeliveryChannel {
  readonly name = 'email' as const;
  private readonly transport;

  constructor(
    smtpUrl: string,
    private readonly mailFrom: string,
    /** The file a delivery's mail carries, if any (the PDF of the document it notifies, issue 12). */
    private readonly attachmentFor: (d: ClaimedDelivery) => Promise<MailAttachment | undefined> = async () => undefined,
  ) {
    this.transport = createTransport({
      url: smtpUrl,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 20_000,
    });
  }

  async send(d: ClaimedDelivery): Promise<{ providerId: string }> {
    const n = d.notification;
    const attachment = await this.attachmentFor(d);
    const info = await this.transport.sendMail({
      from: this.mailFrom,
      to: d.target,
      subject: n.subject,
      text: mailText(d),
      ...(attachment
        ? {
            attachments: [
              { filename: attachment.filename, content: attachment.content, contentType: 'application/pdf' },
            ],
          }
        : {}),
      messageId: notificationMessageId(n.id),
      date: n.createdAt,
      headers: { 'X-Zongzhi-Notification': n.key },
      signal: AbortSignal.timeout(MAIL_SEND_TIMEOUT_MS),
    });
    if (info.rejected.length > 0) throw new Error(`recipient rejected: ${info.response}`);
    return { providerId: info.response || info.messageId };
  }

  close(): void {
    this.transport.close();
  }
}

/** How long a webhook receiver has to answer before the attempt counts as failed. */
const WEBHOOK_TIMEOUT_MS = 10_000;

/** The JSON body a webhook receiver gets for each delivery. */
export interface WebhookPayload {
  notificationId: string;
  deliveryId: string;
  key: string;
  addressee: { kind: string; id: string; name: string };
  subject: string;
  body: string;
  caseId: string | null;
  barId: string | null;
  referralId: string | null;
  createdAt: string;
}

export function webhookPayload(d: ClaimedDelivery): WebhookPayload {
  const n = d.notification;
  return {
    notificationId: n.id,
    deliveryId: d.id,
    key: n.key,
    addressee: { kind: n.addresseeKind, id: n.addresseeId, name: n.addresseeName },
    subject: n.subject,
    body: n.body,
    caseId: n.caseId,
    barId: n.barId,
    referralId: n.referralId,
    createdAt: n.createdAt.toISOString(),
  };
}

/*
 * The webhook signature scheme.
 *
 * Every delivery is an HTTP POST of a JSON body (UTF-8) with these headers:
 *
 *   X-Zongzhi-Delivery:   the delivery id (the same on every retry of that delivery: de-duplicate on it)
 *   X-Zongzhi-Timestamp:  when this attempt was signed, in Unix seconds
 *   X-Zongzhi-Signature:  sha256=<hex of HMAC-SHA256(WEBHOOK_SECRET, "<timestamp>.<raw body>")>
 *
 * A receiver verifies with {@link verifyWebhookSignature}: recompute the HMAC over the timestamp header, a dot and the
 * body exactly as received (before any JSON parsing), compare in constant time, and refuse timestamps more than
 * five minutes away from its clock (so a captured request cannot be replayed later). Answer 2xx once the
 * notification is stored; any other status, no answer within 10 s, or a network error is a failed attempt that the
 * relay retries with exponential backoff.
 */

/** `sha256=<hex HMAC-SHA256(secret, "<timestamp>.<body>")>`: the value of X-Zongzhi-Signature. */
export function signWebhook(secret: string, timestamp: number | string, body: string | Buffer): string {
  const mac = createHmac('sha256', secret).update(`${timestamp}.`).update(body).digest('hex');
  return `sha256=${mac}`;
}

function header(headers: IncomingHttpHeaders | Headers, name: string): string | undefined {
  if (typeof (headers as Headers).get === 'function') return (headers as Headers).get(name) ?? undefined;
  const v = (headers as IncomingHttpHeaders)[name.toLowerCase()];
  return Array.isArray(v) ? v[0] : v;
}

/**
 * For receivers: true when `rawBody` was signed with `secret` (X-Zongzhi-Signature) at a time (X-Zongzhi-Timestamp)
 * no more than `toleranceSeconds` from now. Accepts Node's request headers or a fetch `Headers`.
 */
export function verifyWebhookSignature(
  secret: string,
  headers: IncomingHttpHeaders | Headers,
  rawBody: string | Buffer,
  toleranceSeconds = 300,
  nowSeconds: number = Math.floor(Date.now() / 1000),
): boolean {
  const timestamp = header(headers, 'x-zongzhi-timestamp');
  const signature = header(headers, 'x-zongzhi-signature');
  if (!timestamp || !signature || !/^\d{1,12}$/.test(timestamp)) return false;
  if (Math.abs(nowSeconds - Number(timestamp)) > toleranceSeconds) return false;
  const expected = Buffer.from(signWebhook(secret, timestamp, rawBody));
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** A failed webhook attempt: the receiver's status (if it answered) and the start of its answer. */
export class WebhookError extends Error {
  override readonly name = 'WebhookError';
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

/** POSTs each delivery, signed, to its target (the webhook URL at routing time). */
export class WebhookChannel implements DeliveryChannel {
  readonly name = 'webhook' as const;

  constructor(private readonly secret: string) {}

  async send(d: ClaimedDelivery): Promise<{ providerId: string }> {
    const body = JSON.stringify(webhookPayload(d));
    const timestamp = Math.floor(Date.now() / 1000);
    const res = await fetch(d.target, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        'X-Zongzhi-Delivery': d.id,
        'X-Zongzhi-Timestamp': String(timestamp),
        'X-Zongzhi-Signature': signWebhook(this.secret, timestamp, body),
      },
      body,
      // A redirect would re-send a signed request somewhere nobody configured: count it as a failure instead.
      redirect: 'manual',
      signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
    });
    const answer = (await res.text().catch(() => '')).slice(0, 200);
    if (res.status < 200 || res.status > 299) {
      throw new WebhookError(`HTTP ${res.status}${answer ? `: ${answer}` : ''}`, res.status);
    }
    return { providerId: `HTTP ${res.status}` };
  }

  close(): void {}
}
