/**
 * Issue 14 item 3: the system survives its processes dying and its servers going away, and afterwards every case has
 * escalated exactly once, with every event, document, bar and notification exactly once and nothing missing.
 *
 * The whole system runs as OS processes (test/faults/stack.ts): PostgreSQL, a Temporal dev server persisting to a
 * file, the worker and the API as `npm start` runs them, the outbox relay, and an SMTP server here. Each test opens a
 * burst of cases in a drill region (periods in seconds, Art. 18) that start at the listing (Art. 15(3): a listing
 * decision, its document and its six-month bars) and escalate to a veto proposal when their deadline passes
 * (Art. 15(4)), and while they escalate one fault strikes:
 *   1. kill -9 of the worker;
 *   2. a restart of the Temporal server;
 *   3. PostgreSQL stopped for 30 s: the API answers 503 with Retry-After, /healthz 503, the activities retry;
 *   4. kill -9 of the relay while the SMTP server holds the answers to the mails it took.
 * After recovery the rows are counted in PostgreSQL and the mails at the SMTP server. The one duplicate allowed is a
 * mail the relay sent again after it died mid-send (README "Notifications"): the same Message-ID, a delivery with an
 * attempt recorded as taken over.
 *
 * Bounded: every wait is for a condition, with a deadline. FAULT_CASES sets the burst of the worker kill (default 200);
 * the other faults strike half as many.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../domain/policy';
import { loadConfig } from '../../lib/config';
import { ensureTemporalCli } from '../../scripts/lib/provision';
import { bearer, call, eventually, tokenFor } from '../helpers';
import { FaultStack } from './stack';

const CASES = Number(process.env.FAULT_CASES ?? 200);
/** The other faults strike a burst half as large: the same paths, in half the time. */
const HALF = Math.ceil(CASES / 2);
/** Generous, for a loaded CI machine; a run on a quiet one takes a fraction of it. */
const WAIT_MS = 300_000;
/** The listing's rectification period: long enough that a burst is opened before most of it falls due. */
const LISTING_PERIOD_S = 20;

const DRILL = {
  basis: '演练：故障演练，各期限以秒计',
  ladder: {
    ...DEFAULT_POLICY.ladder,
    rectification: { notice: 'PT1H', talk: 'PT1H', listing: `PT${LISTING_PERIOD_S}S`, veto: 'PT1H' },
    // Nothing but the escalation falls due during a test: no reminders, no veto-decision reminders.
    reminders: [],
    talkHoldWithin: 'PT1H',
    vetoDecisionReminderEvery: 'PT1H',
    reboundWatch: 'PT1H',
    accountabilityWindow: 'PT1H',
    referralReminderEvery: 'PT1H',
  },
};

/** What each case has once it escalated from the listing to the veto proposal, each exactly once. */
const EVENT_KINDS = [
  'document-issued:listing-notice',
  'document-issued:veto-proposal',
  'escalated',
  'listing-decided',
  'opened',
];
const DOCUMENT_KINDS = ['listing-notice', 'veto-proposal'];

let stack: FaultStack;
let admin: Record<string, string>;
let county: Record<string, string>;
/** Every case of every test, for the mail check at the end. */
const allCases: string[] = [];
const measured: Record<string, unknown> = {};

const unitId = (i: number) => `U-F-${String(i).padStart(3, '0')}`;
const say = (line: string) => process.stdout.write(`[faults] ${line}\n`);

async function apiUp(): Promise<boolean> {
  const r = await fetch(`${stack.apiUrl}/healthz`).catch(() => undefined);
  return r?.status === 200;
}

/** Waits until the worker has polled (a system check completes): the processes are all up. */
async function systemReady(timeoutMs = 180_000): Promise<void> {
  await eventually(apiUp, timeoutMs);
  const check = await eventually(async () => {
    const r = await call(stack.apiUrl, 'POST', '/system-checks', { note: 'fault suite' }, admin).catch(() => undefined);
    return r?.status === 202 ? r.body : undefined;
  }, timeoutMs);
  await eventually(async () => {
    const r = await call(stack.apiUrl, 'GET', check.href, undefined, admin).catch(() => undefined);
    return r?.body?.workflow?.status === 'COMPLETED';
  }, timeoutMs);
}

/** Opens `n` cases, a few at a time, each retried on 503 (as a client told Retry-After would); returns their ids. */
async function openBurst(n: number): Promise<string[]> {
  const ids: string[] = [];
  let next = 0;
  const one = async (): Promise<void> => {
    while (next < n) {
      const i = next++;
      const key = randomUUID();
      const r = await eventually(async () => {
        const res = await call(
          stack.apiUrl,
          'POST',
          '/cases',
          {
            subject: { kind: 'unit', id: unitId(i) },
            grounds: [1],
            facts: `故障演练：辖区治安问题突出（${i}）。`,
            severity: 'especially-serious',
          },
          { ...county, 'Idempotency-Key': key },
        ).catch(() => undefined);
        if (res && res.status >= 500 && res.status !== 503)
          throw new Error(`POST /cases: ${res.status} ${JSON.stringify(res.body)}`);
        return res && (res.status === 201 || res.status === 200) ? res : undefined;
      }, 120_000);
      ids.push(r.body.id as string);
    }
  };
  await Promise.all(Array.from({ length: 6 }, one));
  allCases.push(...ids);
  return ids;
}

async function escalatedCount(ids: string[]): Promise<number> {
  const { rows } = await stack.pool.query<{ n: number }>(
    `SELECT count(DISTINCT case_id)::int AS n FROM case_events WHERE case_id = ANY($1) AND kind = 'escalated'`,
    [ids],
  );
  return rows[0]!.n;
}

/**
 * Waits until every case has reached the veto proposal and its bars are written. The bars are their own workflows,
 * which outlive the case and may run behind it (after a worker restart, say); each writes its bars and their
 * notifications in one transaction.
 */
async function allEscalated(ids: string[], timeoutMs: number): Promise<void> {
  await eventually(async () => {
    const { rows } = await stack.pool.query<{ escalated: number; barred: number }>(
      `SELECT (SELECT count(*)::int FROM cases
                WHERE id = ANY($1) AND rung = 'veto' AND phase = 'awaiting-veto-decision') AS escalated,
              (SELECT count(DISTINCT case_id)::int FROM bars WHERE case_id = ANY($1)) AS barred`,
      [ids],
    );
    return rows[0]!.escalated === ids.length && rows[0]!.barred === ids.length;
  }, timeoutMs);
}

/**
 * Exactly once, nothing missing: per case one event of each kind and nothing else, one document of each kind, the same
 * bars and the same notifications as every other case of the burst (keyed by case, so a duplicate is impossible by
 * the unique keys and a loss shows as a case with fewer).
 */
async function assertExactlyOnce(ids: string[]): Promise<void> {
  const events = await stack.pool.query<{ case_id: string; kind: string; n: number }>(
    `SELECT case_id, kind, count(*)::int AS n FROM case_events WHERE case_id = ANY($1) GROUP BY 1, 2`,
    [ids],
  );
  const byCase = new Map<string, string[]>();
  for (const r of events.rows) {
    expect(r.n, `${r.case_id} ${r.kind}`).toBe(1);
    (byCase.get(r.case_id) ?? byCase.set(r.case_id, []).get(r.case_id)!).push(r.kind);
  }
  for (const id of ids) expect((byCase.get(id) ?? []).sort(), id).toEqual(EVENT_KINDS);

  const docs = await stack.pool.query<{ case_id: string; kinds: string[] }>(
    `SELECT case_id, array_agg(kind ORDER BY kind) AS kinds FROM case_documents WHERE case_id = ANY($1) GROUP BY 1`,
    [ids],
  );
  expect(docs.rows.length).toBe(ids.length);
  for (const r of docs.rows) expect(r.kinds, r.case_id).toEqual(DOCUMENT_KINDS);
  // Numbers are gapless per organ and year: the drill series of the city office has no hole and no repeat.
  const numbers = await stack.pool.query<{ n: number; distinct_no: number }>(
    `SELECT count(*)::int AS n, count(DISTINCT document_no)::int AS distinct_no FROM case_documents`,
  );
  expect(numbers.rows[0]!.n).toBe(numbers.rows[0]!.distinct_no);

  const bars = await stack.pool.query<{ case_id: string; shape: string[] }>(
    `SELECT case_id, array_agg(subject_kind || ':' || coalesce(leader_role, '-') || ':' || array_to_string(scopes, ',')
                               ORDER BY subject_kind, leader_role) AS shape
       FROM bars WHERE case_id = ANY($1) GROUP BY 1`,
    [ids],
  );
  expect(bars.rows.length).toBe(ids.length);
  const barShape = bars.rows[0]!.shape;
  expect(barShape.length).toBeGreaterThanOrEqual(3);
  for (const r of bars.rows) expect(r.shape, r.case_id).toEqual(barShape);

  // Notifications of the case's events and of its bars, with the case's number taken out of the key.
  const notes = await stack.pool.query<{ case_id: string; keys: string[] }>(
    `SELECT c AS case_id, array_agg(k ORDER BY k) AS keys FROM (
       SELECT n.case_id AS c, replace(replace(n.notification_key, n.case_id, '#'), s.subject_id, '@') AS k
         FROM notifications n JOIN cases s ON s.id = n.case_id WHERE n.case_id = ANY($1)
       UNION ALL
       SELECT b.case_id, replace(replace(replace(n.notification_key, b.case_id, '#'), s.subject_id, '@'),
                                 b.id::text, '$')
         FROM notifications n JOIN bars b ON b.id = n.bar_id JOIN cases s ON s.id = b.case_id
        WHERE b.case_id = ANY($1) AND n.case_id IS NULL
     ) x GROUP BY 1`,
    [ids],
  );
  expect(notes.rows.length).toBe(ids.length);
  // Each case's subject has leaders of its own (P-F-<unit>-1, -2): the same posts, other people.
  const shape = (keys: string[]) => keys.map((k) => k.replace(/P-F-\d+-/g, 'P-F-*-')).sort();
  const noteShape = shape(notes.rows[0]!.keys);
  for (const r of notes.rows) expect(shape(r.keys), r.case_id).toEqual(noteShape);
  measured.notificationsPerCase = noteShape.length;
  measured.barsPerCase = barShape.length;
}

/**
 * The stale-clock check (the brief's known issue): the escalation is recorded at the workflow's `Date.now()` right after
 * the deadline's timer fired. Early means before the deadline it escalates for; the lag is the database's clock when
 * the event's notifications were written (the same transaction) minus the event's own time.
 */
async function clockReport(
  ids: string[],
  down?: { from: number; to: number },
): Promise<{
  escalations: number;
  early: number;
  worstEarlyMs: number;
  maxLateMs: number;
  worstLagMs: number;
  stampedWhileDown?: number;
}> {
  const { rows } = await stack.pool.query<{ at: Date; deadline: Date; written: Date | null }>(
    `SELECT e.at, (e.detail->>'missedDeadline')::timestamptz AS deadline, min(n.created_at) AS written
       FROM case_events e LEFT JOIN notifications n ON n.case_id = e.case_id AND n.notification_key LIKE
            'case-' || e.case_id || '-' || e.seq || ':%'
      WHERE e.case_id = ANY($1) AND e.kind = 'escalated' GROUP BY e.case_id, e.seq, e.at, e.detail`,
    [ids],
  );
  const early = rows.map((r) => r.deadline.getTime() - r.at.getTime());
  const lag = rows.map((r) => (r.written ? r.written.getTime() - r.at.getTime() : 0));
  return {
    escalations: rows.length,
    early: early.filter((ms) => ms > 0).length,
    worstEarlyMs: Math.max(0, ...early),
    maxLateMs: Math.max(0, ...early.map((ms) => -ms)),
    worstLagMs: Math.max(0, ...lag),
    // Escalations stamped with a workflow time at which no worker ran, written by the worker started afterwards.
    ...(down
      ? {
          stampedWhileDown: rows.filter(
            (r) => r.at.getTime() >= down.from && r.at.getTime() < down.to && (r.written?.getTime() ?? 0) >= down.to,
          ).length,
        }
      : {}),
  };
}

beforeAll(async () => {
  const started = Date.now();
  // Its own project (vitest.config.ts), run after the others, without the shared servers of test/globalSetup.ts: the
  // CLI is the one the project's scripts provision (cached after the first time).
  const config = loadConfig();
  const temporalCliPath = await ensureTemporalCli({
    cliPath: config.temporal.devServer.cliPath,
    cacheDir: config.toolsCacheDir,
    say,
  });
  stack = new FaultStack({
    temporalCliPath,
    relayLeaseMs: 4_000,
    // Rate limits would only slow the burst down; they have tests of their own.
    env: { API_RATE_LIMIT_PER_MINUTE: '0' },
  });
  await stack.start();

  admin = bearer((await tokenFor(stack.pool, 'admin')).secret);
  await eventually(apiUp, 180_000);
  const units = Array.from({ length: CASES }, (_, i) => ({
    id: unitId(i),
    name: `南关区第${i}单位`,
    kind: 'administrative-organ',
    regionId: '220102',
    memberOfCommittee: true,
  }));
  const leaders = units.flatMap((u, i) => [
    { id: `P-F-${i}-1`, name: `甲${i}`, roles: [{ unitId: u.id, role: 'principal', startsOn: '2024-01-01' }] },
    { id: `P-F-${i}-2`, name: `乙${i}`, roles: [{ unitId: u.id, role: 'in-charge', startsOn: '2024-01-01' }] },
  ]);
  const imported = await call(
    stack.apiUrl,
    'POST',
    '/organisation/import',
    {
      regions: [
        { id: '220000', name: '吉林省', level: 'province' },
        { id: '220100', name: '长春市', level: 'city', parentId: '220000', drill: true },
        { id: '220102', name: '南关区', level: 'county', parentId: '220100' },
      ],
      units,
      leaders,
    },
    admin,
  );
  expect(imported.status, JSON.stringify(imported.body)).toBe(200);
  const policy = await call(stack.apiUrl, 'POST', '/policies', { regionId: '220100', document: DRILL }, admin);
  expect(policy.status, JSON.stringify(policy.body)).toBe(201);
  county = bearer((await tokenFor(stack.pool, 'office-operator', { regionId: '220102' })).secret);
  await systemReady();
  say(`stack up in ${Date.now() - started} ms`);
}, 300_000);

afterAll(async () => {
  say(`measured: ${JSON.stringify(measured)}`);
  await stack?.stop();
}, 60_000);

describe('faults (issue 14 item 3): after recovery every case escalated exactly once, nothing missing', () => {
  it('kill -9 of the worker during a burst of escalations', async () => {
    const t0 = Date.now();
    const ids = await openBurst(CASES);
    const opened = Date.now() - t0;
    await eventually(async () => (await escalatedCount(ids)) >= Math.ceil(CASES / 5), WAIT_MS);
    const before = await escalatedCount(ids);
    await FaultStack.kill(stack.worker);
    const killedAt = Date.now();
    // Down until every remaining deadline has passed: the timers fire while no worker runs.
    await eventually(async () => {
      const { rows } = await stack.pool.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM cases WHERE id = ANY($1) AND deadline > now()`,
        [ids],
      );
      return rows[0]!.n === 0 && Date.now() - killedAt >= 5_000;
    }, 120_000);
    const downMs = Date.now() - killedAt;
    const restartedAt = Date.now();
    stack.startWorker();
    await allEscalated(ids, WAIT_MS);
    await assertExactlyOnce(ids);
    measured.workerKill = {
      cases: ids.length,
      openedMs: opened,
      escalatedBeforeKill: before,
      workerDownMs: downMs,
      recoveredMs: Date.now() - killedAt - downMs,
      clock: await clockReport(ids, { from: killedAt, to: restartedAt }),
    };
    say(`worker kill: ${JSON.stringify(measured.workerKill)}`);
  }, 900_000);

  it('a restart of the Temporal server mid-burst; an opening while it is down is refused 503 and leaves nothing', async () => {
    const t0 = Date.now();
    const ids = await openBurst(HALF);
    const opened = Date.now() - t0;
    await eventually(async () => (await escalatedCount(ids)) >= Math.ceil(HALF / 5), WAIT_MS);
    const before = await escalatedCount(ids);
    const stoppedAt = Date.now();
    await stack.stopTemporal();
    // Temporal down: an opening cannot start its workflow, so its row is rolled back; the client is told to retry.
    const refused = await call(
      stack.apiUrl,
      'POST',
      '/cases',
      {
        subject: { kind: 'unit', id: unitId(0) },
        grounds: [1],
        facts: '故障演练：Temporal 停止时。',
        severity: 'ordinary',
      },
      { ...county, 'Idempotency-Key': randomUUID() },
    );
    expect(refused.status, JSON.stringify(refused.body)).toBe(503);
    expect(refused.headers.get('retry-after')).toBeTruthy();
    expect((await fetch(`${stack.apiUrl}/healthz`)).status).toBe(503);
    const { rows: orphans } = await stack.pool.query(
      `SELECT id FROM cases WHERE facts = '故障演练：Temporal 停止时。'`,
    );
    expect(orphans).toEqual([]);
    await stack.startTemporal();
    const downMs = Date.now() - stoppedAt;
    await allEscalated(ids, WAIT_MS);
    await assertExactlyOnce(ids);
    measured.temporalRestart = {
      cases: ids.length,
      openedMs: opened,
      escalatedBeforeStop: before,
      temporalDownMs: downMs,
      recoveredMs: Date.now() - stoppedAt - downMs,
      clock: await clockReport(ids),
    };
    say(`temporal restart: ${JSON.stringify(measured.temporalRestart)}`);
  }, 900_000);

  it('PostgreSQL unavailable for 30 s: 503 with Retry-After, /healthz 503, the activities retry', async () => {
    const t0 = Date.now();
    const ids = await openBurst(HALF);
    const opened = Date.now() - t0;
    await eventually(async () => (await escalatedCount(ids)) >= Math.ceil(HALF / 5), WAIT_MS);
    const before = await escalatedCount(ids);
    const stoppedAt = Date.now();
    await stack.stopPostgres();
    const answers: number[] = [];
    const retryAfter = new Set<string | null>();
    let health = 0;
    // For 30 s, as an operator's client would: reads, writes and the health check, each answered, none with a 500.
    while (Date.now() - stoppedAt < 30_000) {
      const [read, write, h] = await Promise.all([
        call(stack.apiUrl, 'GET', `/cases/${ids[0]}`, undefined, county),
        call(
          stack.apiUrl,
          'POST',
          '/cases',
          {
            subject: { kind: 'unit', id: unitId(1) },
            grounds: [1],
            facts: '故障演练：数据库停止时。',
            severity: 'ordinary',
          },
          { ...county, 'Idempotency-Key': randomUUID() },
        ),
        fetch(`${stack.apiUrl}/healthz`),
      ]);
      answers.push(read.status, write.status);
      retryAfter.add(read.headers.get('retry-after')).add(write.headers.get('retry-after'));
      health = h.status;
      expect(h.status).toBe(503);
      await new Promise((r) => setTimeout(r, 1000));
    }
    await stack.startPostgres();
    const downMs = Date.now() - stoppedAt;
    expect(new Set(answers)).toEqual(new Set([503]));
    expect(retryAfter.has(null)).toBe(false);
    await eventually(apiUp, 60_000);
    await allEscalated(ids, WAIT_MS);
    await assertExactlyOnce(ids);
    const { rows: orphans } = await stack.pool.query(`SELECT id FROM cases WHERE facts = '故障演练：数据库停止时。'`);
    expect(orphans).toEqual([]);
    measured.postgresOutage = {
      cases: ids.length,
      openedMs: opened,
      escalatedBeforeStop: before,
      postgresDownMs: downMs,
      apiAnswers: answers.length,
      healthDuringOutage: health,
      recoveredMs: Date.now() - stoppedAt - downMs,
      clock: await clockReport(ids),
    };
    say(`postgres outage: ${JSON.stringify(measured.postgresOutage)}`);
  }, 900_000);

  it('kill -9 of the relay mid-send: every notification mailed, the only repeats the same Message-ID again', async () => {
    // From now on every unit's mail goes to the SMTP server here: each case's notices to its subject are mails to
    // count (earlier notifications stay undelivered without a mailbox: a contact set in SQL re-queues nothing).
    await stack.pool.query(
      `INSERT INTO contacts (addressee_kind, addressee_id, email, updated_by)
       SELECT 'unit', id, lower(id) || '@units.example', 'fault suite' FROM units`,
    );
    const sentBefore = stack.mails.length;
    const t0 = Date.now();
    const ids = await openBurst(HALF);
    // Mid-send: the SMTP server takes mails but holds its answers; the relay dies with sends in flight.
    let release!: () => void;
    stack.held = 0;
    stack.holdAnswers = new Promise<void>((r) => (release = r));
    await eventually(async () => stack.held >= 2, WAIT_MS);
    await FaultStack.kill(stack.relay);
    const heldAtKill = stack.held;
    stack.holdAnswers = undefined;
    release();
    stack.startRelay();
    await allEscalated(ids, WAIT_MS);
    await assertExactlyOnce(ids);

    // Every mail delivery of every case of the suite sent, and received under its notification's Message-ID.
    await eventually(async () => {
      const { rows } = await stack.pool.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM notification_deliveries d JOIN notifications n ON n.id = d.notification_id
          WHERE d.channel = 'email' AND d.status IN ('pending', 'sending', 'failed')`,
      );
      return rows[0]!.n === 0;
    }, WAIT_MS);
    // A resend is an attempt recorded as lost: taken over after the relay died mid-send ('lease expired …'), or a send
    // whose answer never came in time (the server may have taken the mail all the same). Each such attempt may have
    // reached the server, so a mail may arrive once per lost attempt, always under the same Message-ID.
    const { rows: deliveries } = await stack.pool.query<{ id: string; lost_attempts: number }>(
      `SELECT d.notification_id::text AS id,
              (SELECT count(*)::int FROM notification_delivery_attempts a
                WHERE a.delivery_id = d.id AND NOT a.ok) AS lost_attempts
         FROM notification_deliveries d WHERE d.channel = 'email' AND d.status = 'sent'`,
    );
    const received = new Map<string, number>();
    for (const m of stack.mails) received.set(m.messageId, (received.get(m.messageId) ?? 0) + 1);
    const repeats: string[] = [];
    for (const d of deliveries) {
      const messageId = `<notification-${d.id}@zongzhi.local>`;
      const n = received.get(messageId) ?? 0;
      expect(n, `mails for ${messageId}`).toBeGreaterThanOrEqual(1);
      if (n > 1) {
        // The documented duplicate (README "Notifications"): sent again after an attempt was lost, same Message-ID.
        expect(n, `${messageId} received ${n} times after ${d.lost_attempts} lost attempts`).toBeLessThanOrEqual(
          1 + d.lost_attempts,
        );
        repeats.push(messageId);
      }
    }
    // Nothing received that is not a delivery.
    expect(received.size).toBe(deliveries.length);
    expect(repeats.length).toBeGreaterThan(0);
    expect(repeats.length).toBeLessThanOrEqual(heldAtKill);
    measured.relayKill = {
      cases: ids.length,
      mailDeliveries: deliveries.length,
      mailsReceived: stack.mails.length,
      mailsThisTest: stack.mails.length - sentBefore,
      heldAtKill,
      resentSameMessageId: repeats.length,
      elapsedMs: Date.now() - t0,
    };
    say(`relay kill: ${JSON.stringify(measured.relayKill)}`);
  }, 900_000);
});
