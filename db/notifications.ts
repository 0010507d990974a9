/**
 * Queries of the notification outbox's delivery (DESIGN.md §8 "Notifications"; issue 3): routing each notification
 * to its channels once, claiming due deliveries under a lease, and recording every attempt. Every claim is
 * `FOR UPDATE SKIP LOCKED`, so any number of relays (one per worker process) share the outbox without sending a
 * delivery twice; every state change after a send is guarded by the attempt number it was claimed with.
 */
import type { Pool, PoolClient } from './pool';

type Db = Pool | PoolClient;

export type DeliveryChannelName = 'email' | 'webhook';
export type DeliveryStatus = 'pending' | 'sending' | 'sent' | 'failed' | 'no-contact';

/** What the relay can deliver through: mail (if SMTP is configured), and the webhook URL (if any). */
export interface RoutingChannels {
  email: boolean;
  webhook: string | null;
}

export interface RoutingResult {
  /** Notifications whose deliveries were decided (routed_at set), whether or not any channel applied. */
  routed: number;
  /** Deliveries created. */
  deliveries: number;
}

/**
 * Routes up to `limit` unrouted notifications, oldest first: an 'email' delivery to the addressee's mailbox on
 * record — or, without one, a visible 'no-contact' delivery that setting the mailbox later re-queues
 * ({@link requeueNoContact}) — and a 'webhook' delivery when a webhook URL is configured (to that URL). Mail is
 * routed whether or not this relay has SMTP: a relay claims only the channels it has, so a relay with SMTP sends
 * it. Each notification is routed once — one statement claims it (`SKIP LOCKED`), inserts its deliveries and sets
 * `routed_at` — so two relays never route the same one twice (the `(notification_id, channel)` key would hold even
 * if they did).
 */
export async function routeNotifications(db: Db, channels: RoutingChannels, limit = 100): Promise<RoutingResult> {
  const { rows } = await db.query<{ routed: number; deliveries: number }>(
    `WITH claimed AS (
       SELECT id, addressee_kind, addressee_id FROM notifications
        WHERE routed_at IS NULL ORDER BY id LIMIT $3 FOR UPDATE SKIP LOCKED
     ), email AS (
       INSERT INTO notification_deliveries (notification_id, channel, target, status, last_error)
       SELECT c.id, 'email', coalesce(ct.email, ''),
              CASE WHEN ct.email IS NULL THEN 'no-contact' ELSE 'pending' END,
              CASE WHEN ct.email IS NULL THEN 'no mailbox on record for ' || c.addressee_kind || ' ' || c.addressee_id END
         FROM claimed c LEFT JOIN contacts ct ON ct.addressee_kind = c.addressee_kind AND ct.addressee_id = c.addressee_id
        WHERE $1::boolean
       ON CONFLICT (notification_id, channel) DO NOTHING
       RETURNING id
     ), hook AS (
       INSERT INTO notification_deliveries (notification_id, channel, target)
       SELECT c.id, 'webhook', $2::text FROM claimed c WHERE $2::text IS NOT NULL
       ON CONFLICT (notification_id, channel) DO NOTHING
       RETURNING id
     ), routed AS (
       UPDATE notifications n SET routed_at = now() FROM claimed c WHERE n.id = c.id RETURNING n.id
     )
     SELECT (SELECT count(*) FROM routed)::int AS routed,
            ((SELECT count(*) FROM email) + (SELECT count(*) FROM hook))::int AS deliveries`,
    [channels.email, channels.webhook, limit],
  );
  return rows[0] ?? { routed: 0, deliveries: 0 };
}

/** A notification as channels send it. */
export interface OutboundNotification {
  id: string;
  key: string;
  addresseeKind: string;
  addresseeId: string;
  addresseeName: string;
  subject: string;
  body: string;
  caseId: string | null;
  barId: string | null;
  referralId: string | null;
  createdAt: Date;
  /** The document the notified event issued, if any: its PDF goes with the mail (issue 12). */
  documentNo: string | null;
}

/** A delivery claimed for one attempt: send it, then {@link markSent} or {@link markFailedAttempt} with `attempt`. */
export interface ClaimedDelivery {
  id: string;
  channel: DeliveryChannelName;
  target: string;
  /** This attempt's number (1 for the first); the guard of the mark functions. */
  attempt: number;
  /** True when the delivery was taken over from a relay whose lease expired mid-send. */
  takenOver: boolean;
  leaseUntil: Date;
  notification: OutboundNotification;
}

/**
 * Claims up to `limit` due deliveries for one attempt each: `pending` ones whose `next_attempt_at` has come, and
 * `sending` ones whose lease expired (their relay died mid-send; the lost attempt is recorded as such). Each is set
 * to `sending` with `attempts + 1` and a lease of `leaseMs` (database clock). `channels` limits the claim to what
 * this relay can send, so a relay without SMTP leaves mail deliveries for one that has it.
 */
export async function claimDueDeliveries(
  db: Db,
  limit: number,
  leaseMs: number,
  channels: DeliveryChannelName[] = ['email', 'webhook'],
): Promise<ClaimedDelivery[]> {
  const { rows } = await db.query<{
    id: string;
    channel: DeliveryChannelName;
    target: string;
    attempts: number;
    taken_over: boolean;
    lease_until: Date;
    notification_id: string;
    notification_key: string;
    addressee_kind: string;
    addressee_id: string;
    addressee_name: string;
    subject: string;
    body: string;
    case_id: string | null;
    bar_id: string | null;
    referral_id: string | null;
    created_at: Date;
    document_no: string | null;
  }>(
    `WITH due AS (
       SELECT id, status, attempts FROM notification_deliveries
        WHERE channel = ANY($3::text[])
          AND ((status = 'pending' AND next_attempt_at <= now()) OR (status = 'sending' AND lease_until <= now()))
        ORDER BY next_attempt_at, id LIMIT $1 FOR UPDATE SKIP LOCKED
     ), lost AS (
       INSERT INTO notification_delivery_attempts (delivery_id, attempt, ok, detail)
       SELECT id, attempts, false, 'lease expired before the outcome was recorded; taken over'
         FROM due WHERE status = 'sending' AND attempts > 0
       ON CONFLICT (delivery_id, attempt) DO NOTHING
     )
     UPDATE notification_deliveries d
        SET status = 'sending', attempts = d.attempts + 1, lease_until = now() + $2::int * interval '1 millisecond'
       FROM due, notifications n
      WHERE d.id = due.id AND n.id = d.notification_id
     RETURNING d.id::text, d.channel, d.target, d.attempts, due.status = 'sending' AS taken_over, d.lease_until,
       n.id::text AS notification_id, n.notification_key, n.addressee_kind, n.addressee_id, n.addressee_name, n.subject,
       n.body, n.case_id, n.bar_id::text, n.referral_id, n.created_at,
       (SELECT ce.document_no FROM case_events ce WHERE ce.case_id = n.case_id AND ce.seq = n.case_event_seq)
         AS document_no`,
    [limit, leaseMs, channels],
  );
  return rows
    .map((r) => ({
      id: r.id,
      channel: r.channel,
      target: r.target,
      attempt: r.attempts,
      takenOver: r.taken_over,
      leaseUntil: r.lease_until,
      notification: {
        id: r.notification_id,
        key: r.notification_key,
        addresseeKind: r.addressee_kind,
        addresseeId: r.addressee_id,
        addresseeName: r.addressee_name,
        subject: r.subject,
        body: r.body,
        caseId: r.case_id,
        barId: r.bar_id,
        referralId: r.referral_id,
        createdAt: r.created_at,
        documentNo: r.document_no,
      },
    }))
    .sort((a, b) => Number(a.id) - Number(b.id));
}

/** Longest error text kept on a delivery or an attempt. */
const MAX_DETAIL = 1000;
const clip = (s: string): string => (s.length > MAX_DETAIL ? `${s.slice(0, MAX_DETAIL - 1)}…` : s);

/**
 * Records a successful attempt and marks the delivery 'sent' — only if it is still 'sending' with this attempt
 * number, so a relay whose lease expired and was overtaken cannot mark it twice. Returns whether it did.
 */
export async function markSent(db: Db, deliveryId: string, attempt: number, providerId: string): Promise<boolean> {
  const { rows } = await db.query<{ updated: number }>(
    `WITH upd AS (
       UPDATE notification_deliveries
          SET status = 'sent', sent_at = now(), provider_id = $3, lease_until = NULL, last_error = NULL
        WHERE id = $1 AND status = 'sending' AND attempts = $2
       RETURNING id
     ), rec AS (
       INSERT INTO notification_delivery_attempts (delivery_id, attempt, ok, detail) VALUES ($1, $2, true, $3)
       ON CONFLICT (delivery_id, attempt) DO NOTHING
     )
     SELECT count(*)::int AS updated FROM upd`,
    [deliveryId, attempt, clip(providerId)],
  );
  return (rows[0]?.updated ?? 0) > 0;
}

/**
 * Records a failed attempt. With `retryAfterMs` the delivery goes back to 'pending' until then (database clock);
 * with null it is 'failed' for good (it stays visible, with `last_error`). Guarded like {@link markSent}.
 */
export async function markFailedAttempt(
  db: Db,
  deliveryId: string,
  attempt: number,
  error: string,
  retryAfterMs: number | null,
): Promise<boolean> {
  const { rows } = await db.query<{ updated: number }>(
    `WITH upd AS (
       UPDATE notification_deliveries
          SET status = CASE WHEN $4::int IS NULL THEN 'failed' ELSE 'pending' END,
              next_attempt_at = CASE WHEN $4::int IS NULL THEN next_attempt_at ELSE now() + $4::int * interval '1 millisecond' END,
              lease_until = NULL, last_error = $3
        WHERE id = $1 AND status = 'sending' AND attempts = $2
       RETURNING id
     ), rec AS (
       INSERT INTO notification_delivery_attempts (delivery_id, attempt, ok, detail) VALUES ($1, $2, false, $3)
       ON CONFLICT (delivery_id, attempt) DO NOTHING
     )
     SELECT count(*)::int AS updated FROM upd`,
    [deliveryId, attempt, clip(error), retryAfterMs === null ? null : Math.max(0, Math.round(retryAfterMs))],
  );
  return (rows[0]?.updated ?? 0) > 0;
}

export interface DeliveryView {
  channel: DeliveryChannelName;
  target: string;
  status: DeliveryStatus;
  attempts: number;
  sentAt: Date | null;
  lastError: string | null;
}

export interface NotificationDeliveryRow {
  id: string;
  key: string;
  addressee_kind: string;
  addressee_id: string;
  addressee_name: string;
  subject: string;
  referral_id: string | null;
  created_at: Date;
  /** Null while no relay has routed it yet (or none runs: no channel is configured). */
  routed_at: Date | null;
  /** Empty when routed but no channel applied (no contact and no webhook). */
  deliveries: DeliveryView[];
}

/** A case's notifications, oldest first, each with the state of its deliveries (email before webhook). */
export async function deliveriesForCase(db: Db, caseId: string): Promise<NotificationDeliveryRow[]> {
  const { rows } = await db.query<
    Omit<NotificationDeliveryRow, 'deliveries'> & {
      deliveries: Array<Omit<DeliveryView, 'sentAt'> & { sentAt: string | null }>;
    }
  >(
    `SELECT n.id::text, n.notification_key AS key, n.addressee_kind, n.addressee_id, n.addressee_name, n.subject,
            n.referral_id, n.created_at, n.routed_at,
            COALESCE(json_agg(json_build_object('channel', d.channel, 'target', d.target, 'status', d.status,
                       'attempts', d.attempts, 'sentAt', d.sent_at, 'lastError', d.last_error) ORDER BY d.channel)
                     FILTER (WHERE d.id IS NOT NULL), '[]') AS deliveries
       FROM notifications n LEFT JOIN notification_deliveries d ON d.notification_id = n.id
      WHERE n.case_id = $1
      GROUP BY n.id
      ORDER BY n.id`,
    [caseId],
  );
  return rows.map((r) => ({
    ...r,
    deliveries: r.deliveries.map((d) => ({ ...d, sentAt: d.sentAt === null ? null : new Date(d.sentAt) })),
  }));
}

/**
 * A mailbox was recorded for an addressee: its mail of the last 30 days that found none is queued to it now.
 * Returns how many deliveries were re-queued.
 */
export async function requeueNoContact(db: Db, kind: string, id: string, email: string): Promise<number> {
  const { rowCount } = await db.query(
    `UPDATE notification_deliveries d SET status = 'pending', target = $3, next_attempt_at = now(), last_error = NULL
       FROM notifications n
      WHERE d.notification_id = n.id AND d.channel = 'email' AND d.status = 'no-contact'
        AND n.addressee_kind = $1 AND n.addressee_id = $2 AND n.created_at > now() - interval '30 days'`,
    [kind, id, email],
  );
  return rowCount ?? 0;
}

export async function insertNotification(
  db: Db,
  n: {
    key: string;
    addresseeKind: string;
    addresseeId: string;
    addresseeName: string;
    subject: string;
    body: string;
    caseId: string | null;
    barId: string | null;
    referralId?: string | null;
    caseEventSeq?: number | null;
  },
): Promise<void> {
  await db.query(
    `INSERT INTO notifications (notification_key, addressee_kind, addressee_id, addressee_name, subject, body, case_id, bar_id,
       referral_id, case_event_seq)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10) ON CONFLICT (notification_key) DO NOTHING`,
    [
      n.key,
      n.addresseeKind,
      n.addresseeId,
      n.addresseeName,
      n.subject,
      n.body,
      n.caseId,
      n.barId,
      n.referralId ?? null,
      n.caseEventSeq ?? null,
    ],
  );
}

/** One notification a pledge just issued by a committee, to the unit or to the lower committee's office (Art. 7). */
export async function notifyPledgesIssued(
  db: Db,
  p: { year: number; issuerRegionId: string; committeeName: string; deadlineWords: string },
): Promise<void> {
  await db.query(
    `INSERT INTO notifications (notification_key, addressee_kind, addressee_id, addressee_name, subject, body)
     SELECT 'pledge-' || p.id || ':issued', CASE WHEN p.party_kind = 'unit' THEN 'unit' ELSE 'office' END,
            p.party_id, p.party_name, $3 || '年度社会治安综合治理责任状',
            p.party_name || '：' || $4 || '与贵单位（贵委）签订' || $3 || '年度社会治安综合治理责任状，请于' || $5 || '前签订。'
       FROM pledges p WHERE p.year = $1 AND p.issuer_region_id = $2
     ON CONFLICT (notification_key) DO NOTHING`,
    [p.year, p.issuerRegionId, String(p.year), p.committeeName, p.deadlineWords],
  );
}

/** Each assessing office asked for its scores of the year (Art. 10). */
export async function notifyScoresDue(db: Db, year: number, deadlineWords: string): Promise<void> {
  await db.query(
    `INSERT INTO notifications (notification_key, addressee_kind, addressee_id, addressee_name, subject, body)
     SELECT 'annual-' || $1 || ':scores-due:' || a.assessor_region_id, 'office', a.assessor_region_id, r.office_name,
            $1 || '年度考核评价评分', '请于' || $2 || '前录入本级考核对象（' || count(*) || '个）的年度考核评分。'
       FROM assessments a JOIN regions r ON r.id = a.assessor_region_id
      WHERE a.year = $3 GROUP BY a.assessor_region_id, r.office_name
     ON CONFLICT (notification_key) DO NOTHING`,
    [String(year), deadlineWords, year],
  );
}

/** Every party whose year-end report is still due, told `text` (Art. 8). */
export async function notifyReportsDue(
  db: Db,
  year: number,
  tag: string,
  subject: string,
  text: string,
): Promise<void> {
  await db.query(
    `INSERT INTO notifications (notification_key, addressee_kind, addressee_id, addressee_name, subject, body)
     SELECT 'report-' || w.year || '-' || w.party_kind || '-' || w.party_id || ':' || $2,
            CASE WHEN w.party_kind = 'unit' THEN 'unit' ELSE 'office' END, w.party_id, w.party_name, $3, w.party_name || '：' || $4
       FROM work_reports w WHERE w.year = $1 AND w.status = 'due'
     ON CONFLICT (notification_key) DO NOTHING`,
    [year, tag, `${year}${subject}`, text],
  );
}

// ---------------------------------------------------------------- supervision items (Art. 9)

/**
 * A notice to the responsible units of a supervision item (交办, 催报, 催办, 退回), once per tag and unit; `unitIds`
 * narrows it to some of them.
 */
export async function notifyItemUnits(
  db: Db,
  n: { itemId: string; tag: string; subject: string; text: string; unitIds?: string[] },
): Promise<void> {
  await db.query(
    `INSERT INTO notifications (notification_key, addressee_kind, addressee_id, addressee_name, subject, body)
     SELECT 'supervision-' || u.item_id || ':' || $2 || ':' || u.unit_id, 'unit', u.unit_id, u.unit_name, $3,
            u.unit_name || '：' || $4
       FROM supervision_item_units u
      WHERE u.item_id = $1 AND ($5::text[] IS NULL OR u.unit_id = ANY($5::text[]))
     ON CONFLICT (notification_key) DO NOTHING`,
    [n.itemId, n.tag, n.subject, n.text, n.unitIds ?? null],
  );
}

/**
 * A notice to the inspected subject of a supervision item (a unit, or a region's office), once per tag — never while
 * the item is an unannounced inspection whose findings are not recorded (it must not learn of it before).
 */
export async function notifyItemTarget(
  db: Db,
  n: { itemId: string; tag: string; subject: string; text: string },
): Promise<void> {
  await db.query(
    `INSERT INTO notifications (notification_key, addressee_kind, addressee_id, addressee_name, subject, body)
     SELECT 'supervision-' || i.id || ':' || $2 || ':target', CASE WHEN i.target_kind = 'unit' THEN 'unit' ELSE 'office' END,
            i.target_id, COALESCE(r.office_name, i.target_name), $3, i.target_name || '：' || $4
       FROM supervision_items i LEFT JOIN regions r ON i.target_kind = 'region' AND r.id = i.target_id
      WHERE i.id = $1 AND i.target_id IS NOT NULL AND (i.form <> 'unannounced-inspection' OR i.findings_at IS NOT NULL)
     ON CONFLICT (notification_key) DO NOTHING`,
    [n.itemId, n.tag, n.subject, n.text],
  );
}

/** A notice to the office that assigned a supervision item (a completion to review), once per tag. */
export async function notifyItemOffice(
  db: Db,
  n: { itemId: string; tag: string; subject: string; text: string },
): Promise<void> {
  await db.query(
    `INSERT INTO notifications (notification_key, addressee_kind, addressee_id, addressee_name, subject, body)
     SELECT 'supervision-' || i.id || ':' || $2 || ':office', 'office', i.region_id, COALESCE(r.office_name, r.name), $3, $4
       FROM supervision_items i JOIN regions r ON r.id = i.region_id
      WHERE i.id = $1
     ON CONFLICT (notification_key) DO NOTHING`,
    [n.itemId, n.tag, n.subject, n.text],
  );
}

/** A supervision item's notifications, oldest first (the item's view). */
export async function notificationsForItem(
  db: Db,
  itemId: string,
): Promise<
  {
    key: string;
    addressee_kind: string;
    addressee_id: string;
    addressee_name: string;
    subject: string;
    body: string;
    created_at: Date;
  }[]
> {
  const { rows } = await db.query(
    `SELECT notification_key AS key, addressee_kind, addressee_id, addressee_name, subject, body, created_at
       FROM notifications WHERE notification_key LIKE 'supervision-' || $1 || ':%' ORDER BY id`,
    [itemId],
  );
  return rows;
}
