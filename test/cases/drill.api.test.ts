/**
 * Issue 3's "done when": through the API alone, an operator takes a case from notice to veto and referral
 * (Art. 15(1)–(5)) on a drill policy (second-scale periods, Art. 18), against the real dev server and PostgreSQL,
 * and sees each step in PostgreSQL, in Temporal and in the notifications received — by a real SMTP server on a
 * loopback port (npm `smtp-server`) and by an HMAC-signed webhook — each delivered once. Refused acts answer 4xx
 * and write nothing. Also Art. 14(5): a rebound reported after a rectified close reopens the case a rung higher.
 */
import { once } from 'node:events';
import http, { type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../domain/policy';
import { createLogger } from '../../lib/logger';
import { verifyWebhookSignature, type WebhookPayload } from '../../notifications/channels';
import { OutboxRelay } from '../../notifications/relay';
import { bearer, call, eventually, freshDatabase, startHarness, tokenFor, type Harness } from '../helpers';

let h: Harness;
let db: Awaited<ReturnType<typeof freshDatabase>>;
let relay: OutboxRelay;
let smtp: SMTPServer;
let hookServer: http.Server;
const SECRET = 'drill-webhook-secret-0123456789';
const mails: { parsed: ParsedMail; to: string[] }[] = [];
const hooks: { headers: IncomingHttpHeaders; raw: Buffer; payload: WebhookPayload }[] = [];
const t = {} as Record<
  'countyOperator' | 'cityOperator' | 'cityLeader' | 'cityDiscipline' | 'cityOrganisation' | 'liaison',
  Record<string, string>
>;

const DRILL = {
  basis: '演练：各期限以秒计',
  ladder: {
    ...DEFAULT_POLICY.ladder,
    rectification: { notice: 'PT4S', talk: 'PT4S', listing: 'PT4S', veto: 'PT4S' },
    reminders: ['PT2S'],
    talkHoldWithin: 'PT6S',
    vetoDecisionReminderEvery: 'PT2S',
    reboundWatch: 'PT1M',
    accountabilityWindow: 'PT1M',
    referralReminderEvery: 'PT2S',
  },
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- response bodies are checked field by field
type Body = any;
const getCase = async (id: string): Promise<Body> =>
  (await call(h.baseUrl, 'GET', `/cases/${id}`, undefined, h.admin)).body;
const waitFor = (id: string, pred: (c: Body) => boolean, timeoutMs = 60_000) =>
  eventually(async () => {
    const c = await getCase(id);
    return pred(c) ? c : undefined;
  }, timeoutMs);
const kinds = (c: Body): string[] => c.events.map((e: { kind: string }) => e.kind);
const mailsTo = (address: string) => mails.filter((m) => m.to.includes(address));

beforeAll(async () => {
  db = await freshDatabase();
  h = await startHarness({ databaseUrl: db.url });

  smtp = new SMTPServer({
    logger: false,
    disabledCommands: ['AUTH', 'STARTTLS'],
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          mails.push({ parsed, to: session.envelope.rcptTo.map((a) => a.address) });
          callback(null);
        })
        .catch((err: Error) => callback(err));
    },
  });
  smtp.listen(0, '127.0.0.1');
  await once(smtp.server, 'listening');
  hookServer = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks);
      hooks.push({ headers: req.headers, raw, payload: JSON.parse(raw.toString('utf8')) as WebhookPayload });
      res.writeHead(204).end();
    });
  });
  hookServer.listen(0, '127.0.0.1');
  await once(hookServer, 'listening');
  relay = new OutboxRelay({
    pool: h.pool,
    databaseUrl: db.url,
    logger: createLogger('silent', 'test'),
    config: {
      smtpUrl: `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`,
      mailFrom: '综治责任制督导系统 <noreply@zongzhi.local>',
      webhook: { url: `http://127.0.0.1:${(hookServer.address() as AddressInfo).port}/hook`, secret: SECRET },
      pollMs: 300,
      maxAttempts: 5,
      retryBaseMs: 50,
    },
  });
  await relay.start();

  const imported = await call(
    h.baseUrl,
    'POST',
    '/organisation/import',
    {
      regions: [
        { id: '220000', name: '吉林省', level: 'province' },
        // A drill city, marked by the admin (issue 11, item 1), and its counties: only there may periods be short; the
        // drill policy is the city's, which a county case's talk, listing and veto follow (issue 11, item 2).
        { id: '220100', name: '长春市', level: 'city', parentId: '220000', drill: true },
        { id: '220102', name: '南关区', level: 'county', parentId: '220100' },
      ],
      units: [
        {
          id: 'U-NG-PSB',
          name: '南关区公安分局',
          kind: 'administrative-organ',
          regionId: '220102',
          memberOfCommittee: true,
        },
      ],
      leaders: [
        { id: 'P-1', name: '王某', roles: [{ unitId: 'U-NG-PSB', role: 'principal', startsOn: '2024-01-01' }] },
        { id: 'P-2', name: '赵某', roles: [{ unitId: 'U-NG-PSB', role: 'in-charge', startsOn: '2024-01-01' }] },
        // The city office's director, who holds the talk (Art. 15(2)).
        {
          id: 'D-CC',
          name: '陈主任',
          roles: [{ regionId: '220100', role: 'office-director', startsOn: '2024-01-01' }],
        },
      ],
    },
    h.admin,
  );
  expect(imported.status).toBe(200);
  expect((await call(h.baseUrl, 'POST', '/policies', { regionId: '220100', document: DRILL }, h.admin)).status).toBe(
    201,
  );
  t.countyOperator = bearer((await tokenFor(h.pool, 'office-operator', { regionId: '220102' })).secret);
  t.cityOperator = bearer((await tokenFor(h.pool, 'office-operator', { regionId: '220100' })).secret);
  t.cityLeader = bearer((await tokenFor(h.pool, 'committee-leader', { regionId: '220100' })).secret);
  t.cityDiscipline = bearer((await tokenFor(h.pool, 'discipline-inspection', { regionId: '220100' })).secret);
  t.cityOrganisation = bearer((await tokenFor(h.pool, 'organisation-personnel', { regionId: '220100' })).secret);
  t.liaison = bearer((await tokenFor(h.pool, 'unit-liaison', { unitId: 'U-NG-PSB' })).secret);

  // Where each addressee's mail goes, kept by the offices (the city's contacts by the city office).
  for (const [kind, id, email, token] of [
    ['unit', 'U-NG-PSB', 'psb@nanguan.example', t.countyOperator],
    ['leader', 'P-1', 'wang@nanguan.example', t.countyOperator],
    ['office', '220102', 'office@nanguan.example', t.countyOperator],
    ['office', '220100', 'office@changchun.example', t.cityOperator],
    ['committee', '220100', 'committee@changchun.example', t.cityOperator],
    ['discipline-inspection', '220100', 'jiwei@changchun.example', t.cityOperator],
  ] as const) {
    const r = await call(h.baseUrl, 'PUT', `/contacts/${kind}/${id}`, { email }, token);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
  }
  expect(
    (await call(h.baseUrl, 'PUT', '/contacts/office/220100', { email: 'x@y.example' }, t.countyOperator)).status,
  ).toBe(403);
}, 60_000);

afterAll(async () => {
  await relay?.stop();
  await h?.close();
  await new Promise((r) => smtp?.close(() => r(undefined)));
  await new Promise((r) => hookServer?.close(() => r(undefined)));
  await db?.drop();
});

describe('a full drill through the API: notice → talk → listing → veto → referral (Art. 15(1)–(5))', () => {
  it('takes the case up the ladder to a referral and its outcome; every step is in PostgreSQL, Temporal and the mail', async () => {
    const opened = await call(
      h.baseUrl,
      'POST',
      '/cases',
      {
        subject: { kind: 'unit', id: 'U-NG-PSB' },
        grounds: [1],
        facts: '辖区治安秩序混乱，盗抢案件高发。',
        severity: 'ordinary',
      },
      t.countyOperator,
    );
    expect(opened.status).toBe(201);
    const id: string = opened.body.id;

    // Notice (county) → its deadline missed → the talk (city), held and recorded.
    await waitFor(id, (c) => c.rung === 'talk' && c.phase === 'awaiting-talk');
    const talk = await call(
      h.baseUrl,
      'POST',
      `/cases/${id}/talk`,
      {
        heldAt: new Date().toISOString(),
        heldBy: 'D-CC',
        attendees: ['P-1', 'P-2'],
        minutes: '分析原因，督促限期整改。',
      },
      t.cityOperator,
    );
    expect(talk.status).toBe(200);
    // Talk deadline missed → listing (city office) → missed → veto proposal; the city committee imposes it.
    await waitFor(id, (c) => c.phase === 'awaiting-veto-decision');
    const imposed = await call(
      h.baseUrl,
      'POST',
      `/cases/${id}/veto-decision`,
      { decision: 'imposed', departments: ['市委组织部', '市人社局'], reasons: '挂牌督办后仍未按期完成整改目标' },
      t.cityLeader,
    );
    expect(imposed.status).toBe(200);
    // The veto's deadline missed: unrectified, awaiting the leaders' referrals (Art. 15(5)).
    let c = await waitFor(id, (x) => x.phase === 'awaiting-accountability');
    expect(c.status).toBe('unrectified');

    // Refused referrals: not a leader of the subject (422), the subject's own liaison (403), the county office that
    // is not the upper level but opened the case may refer; the liaison may not. Nothing is written for them.
    const referralsBefore = Number((await h.pool.query('SELECT count(*) AS n FROM referrals')).rows[0].n);
    const notLeader = await call(
      h.baseUrl,
      'POST',
      `/cases/${id}/referrals`,
      { leaderId: 'NOBODY', body: 'discipline-inspection', reasons: '逾期未整改' },
      t.cityLeader,
    );
    expect(notLeader.status).toBe(422);
    expect(notLeader.headers.get('content-type')).toMatch(/application\/problem\+json/);
    const byLiaison = await call(
      h.baseUrl,
      'POST',
      `/cases/${id}/referrals`,
      { leaderId: 'P-1', body: 'discipline-inspection', reasons: '逾期未整改' },
      t.liaison,
    );
    expect(byLiaison.status).toBe(403);
    expect(Number((await h.pool.query('SELECT count(*) AS n FROM referrals')).rows[0].n)).toBe(referralsBefore);

    // The city committee refers the principal to the city's discipline inspection body.
    const referred = await call(
      h.baseUrl,
      'POST',
      `/cases/${id}/referrals`,
      { leaderId: 'P-1', body: 'discipline-inspection', reasons: '一票否决后仍未按期完成整改目标，负有主要领导责任' },
      t.cityLeader,
    );
    expect(referred.status, JSON.stringify(referred.body)).toBe(201);
    const referral = referred.body.referral;
    expect(referral).toMatchObject({
      caseId: id,
      leader: { id: 'P-1', name: '王某', unitId: 'U-NG-PSB', role: 'principal' },
      body: 'discipline-inspection',
      bodyRegionId: '220100',
      status: 'awaiting-outcome',
    });
    const again = await call(
      h.baseUrl,
      'POST',
      `/cases/${id}/referrals`,
      { leaderId: 'P-1', body: 'discipline-inspection', reasons: '重复' },
      t.cityLeader,
    );
    expect(again.status).toBe(409);

    // Temporal: the referral is the case's child, reminding the body while it waits.
    const child = await h.client.workflow.getHandle(referral.workflowId).describe();
    expect(child.parentExecution?.workflowId).toBe(`case-${id}`);
    await eventually(
      async () =>
        (await call(h.baseUrl, 'GET', `/referrals/${referral.id}`, undefined, t.cityDiscipline)).body.reminders >= 1,
    );

    // Only the receiving body records the outcome, and only what it decides (Art. 15(5)).
    const outcome = {
      outcome: 'party-sanction',
      detail: '给予党内严重警告处分',
      documentNo: '长纪发〔2026〕5号',
      decidedOn: new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10),
    };
    expect(
      (await call(h.baseUrl, 'POST', `/referrals/${referral.id}/outcome`, outcome, t.cityOrganisation)).status,
    ).toBe(403);
    const future = await call(
      h.baseUrl,
      'POST',
      `/referrals/${referral.id}/outcome`,
      { ...outcome, decidedOn: '2099-01-01' },
      t.cityDiscipline,
    );
    expect(future.status).toBe(422);
    const recorded = await call(h.baseUrl, 'POST', `/referrals/${referral.id}/outcome`, outcome, t.cityDiscipline);
    expect(recorded.status, JSON.stringify(recorded.body)).toBe(200);
    expect(recorded.body.referral).toMatchObject({ status: 'decided', outcome: { outcome: 'party-sanction' } });
    expect((await call(h.baseUrl, 'POST', `/referrals/${referral.id}/outcome`, outcome, t.cityDiscipline)).status).toBe(
      409,
    );

    // Supervisors find the referral in Temporal by region and status, as they find cases.
    await eventually(async () => {
      const { count } = await h.client.workflow.count(
        `CaseRegion = '220102' AND CaseStatus = 'decided' AND WorkflowId = '${referral.workflowId}'`,
      );
      return count === 1;
    });

    // PostgreSQL: the case's history holds every step; the leader's archive holds the outcome.
    c = await getCase(id);
    expect(kinds(c)).toEqual(
      expect.arrayContaining([
        'document-issued:notice',
        'escalated',
        'document-issued:talk-notice',
        'talk-held',
        'document-issued:listing-notice',
        'listing-decided',
        'document-issued:veto-proposal',
        'veto-imposed',
        'document-issued:veto-decision',
        'deadline-missed',
        'referral-made',
      ]),
    );
    expect(c.referrals).toHaveLength(1);
    const archive = await call(h.baseUrl, 'GET', '/archive?subjectKind=leader&subjectId=P-1', undefined, h.admin);
    expect(JSON.stringify(archive.body)).toContain('党纪处分');

    // The notifications: the notice reached the unit and its principal, the referral the discipline body, the outcome
    // the city office — by mail, with the Chinese text intact — and every notification reached the webhook, signed.
    await eventually(async () =>
      mailsTo('jiwei@changchun.example').some((m) => m.parsed.subject?.includes('问责移送函')),
    );
    await eventually(async () =>
      mailsTo('office@changchun.example').some((m) => m.parsed.subject?.includes('党纪处分')),
    );
    expect(mailsTo('psb@nanguan.example').some((m) => m.parsed.subject?.startsWith('通报：南关区公安分局'))).toBe(true);
    expect(mailsTo('wang@nanguan.example').some((m) => m.parsed.subject?.startsWith('约谈通知'))).toBe(true);
    const notice = mailsTo('psb@nanguan.example').find((m) => m.parsed.subject?.startsWith('通报'))!;
    // A drill case's documents say 演练 in title and number, in the drill series (issue 11, item 1).
    expect(notice.parsed.text).toMatch(/南关区综治办（演练）〔\d{4}〕1号/);
    expect(notice.parsed.text).toContain('【演练】关于对南关区公安分局予以通报的决定');
    expect(notice.parsed.text).toContain('第十五条第（一）项');
    // Issue 12: the mail of an issued document carries its PDF.
    const pdf = notice.parsed.attachments.find((a) => a.contentType === 'application/pdf');
    expect(pdf?.filename).toMatch(/^南关区综治办（演练）〔\d{4}〕1号\.pdf$/);
    expect(pdf!.content.subarray(0, 5).toString()).toBe('%PDF-');

    c = await eventually(async () => {
      const x = await getCase(id);
      return x.notifications.every(
        // Sent, or shown as having no mailbox on record (the in-charge leader P-2, the county committee).
        (n: Body) =>
          n.deliveries.some((d: Body) => d.channel === 'webhook' && d.status === 'sent') &&
          n.deliveries.every((d: Body) => d.status === 'sent' || d.status === 'no-contact'),
      )
        ? x
        : undefined;
    });
    const ids = new Set(c.notifications.map((n: Body) => n.id));
    // Once each: one webhook call per notification, one mail per notification with a mailbox on record.
    const caseHooks = hooks.filter((x) => x.payload.caseId === id);
    expect(caseHooks.map((x) => x.payload.notificationId).sort()).toEqual([...ids].sort());
    for (const x of caseHooks) expect(verifyWebhookSignature(SECRET, x.headers, x.raw)).toBe(true);
    const mailIds = mails.map((m) => m.parsed.messageId);
    expect(new Set(mailIds).size).toBe(mailIds.length);
    const emailed = c.notifications.filter((n: Body) =>
      n.deliveries.some((d: Body) => d.channel === 'email' && d.status === 'sent'),
    );
    expect(emailed.length).toBeGreaterThan(10);
    expect(
      mails.filter((m) => m.parsed.text?.includes(id) || m.parsed.subject?.includes(id)).length,
    ).toBeGreaterThanOrEqual(emailed.length);
    // The in-charge leader has no mailbox on record: the case shows it; recording one sends the mail it missed.
    const missed = c.notifications.filter((n: Body) => n.addressee.id === 'P-2');
    expect(missed.length).toBeGreaterThan(0);
    expect(missed[0].deliveries.find((d: Body) => d.channel === 'email').status).toBe('no-contact');
    expect(
      (await call(h.baseUrl, 'PUT', '/contacts/leader/P-2', { email: 'zhao@nanguan.example' }, t.countyOperator))
        .status,
    ).toBe(200);
    await eventually(async () => mailsTo('zhao@nanguan.example').length === missed.length);
    // A liaison's view of the case shows neither referrals nor who was notified where.
    const asLiaison = (await call(h.baseUrl, 'GET', `/cases/${id}`, undefined, t.liaison)).body;
    expect(asLiaison.referrals).toEqual([]);
    expect(asLiaison.notifications).toEqual([]);
    // Issue 12: the referral letter is a numbered document of the city committee, addressed to the body — and, like
    // the referral, not the liaison's to read.
    const letter = (await getCase(id)).documents.find((d: Body) => d.kind === 'referral-letter');
    expect(letter.documentNo).toMatch(/^长春市综治委（演练）〔\d{4}〕\d+号$/);
    expect(letter.body).toMatch(/长春市纪检监察机关：/);
    expect(letter.body).toMatch(/依照第十五条第（五）项，现将王某（南关区公安分局主要负责同志）移送你单位/);
    expect(asLiaison.documents.some((d: Body) => d.kind === 'referral-letter')).toBe(false);
    expect(asLiaison.events.some((e: Body) => e.kind === 'referral-made')).toBe(false);
    const liaisonLetter = await call(
      h.baseUrl,
      'GET',
      `/documents/${encodeURIComponent(letter.documentNo)}`,
      undefined,
      t.liaison,
    );
    expect(liaisonLetter.status).toBe(403);
  }, 180_000);

  it('Art. 14(5): a rebound reported during the watch reopens a rectified case one rung higher', async () => {
    const opened = await call(
      h.baseUrl,
      'POST',
      '/cases',
      {
        subject: { kind: 'unit', id: 'U-NG-PSB' },
        grounds: [2],
        facts: '发生重大刑事案件。',
        severity: 'ordinary',
        deadline: new Date(Date.now() + 60_000).toISOString(),
      },
      t.countyOperator,
    );
    const id = opened.body.id;
    await waitFor(id, (x) => x.phase === 'rectifying');
    // Not in its watch yet: refused, nothing recorded.
    expect((await call(h.baseUrl, 'POST', `/cases/${id}/rebound`, { facts: '反弹' }, t.countyOperator)).status).toBe(
      409,
    );
    const report = await call(
      h.baseUrl,
      'POST',
      `/cases/${id}/rectification-reports`,
      { summary: '整改完成', measures: '建立长效机制' },
      t.liaison,
    );
    await call(
      h.baseUrl,
      'POST',
      `/cases/${id}/reviews`,
      { reportId: report.body.result.reportId, decision: 'accept' },
      t.countyOperator,
    );
    await waitFor(id, (x) => x.phase === 'rebound-watch' && x.status === 'rectified');
    expect((await call(h.baseUrl, 'POST', `/cases/${id}/rebound`, { facts: ' ' }, t.countyOperator)).status).toBe(422);
    const reopened = await call(
      h.baseUrl,
      'POST',
      `/cases/${id}/rebound`,
      { facts: '整改销号后一个月内同类案件再次集中发生' },
      t.countyOperator,
    );
    expect(reopened.status, JSON.stringify(reopened.body)).toBe(200);
    expect(reopened.body.result).toEqual({ rung: 'talk' });
    const c = await waitFor(id, (x) => x.rung === 'talk' && x.phase === 'awaiting-talk');
    expect(c).toMatchObject({ status: 'open', closedAt: null });
    const k = kinds(c);
    expect(k.slice(k.indexOf('rectified'))).toEqual([
      'rectified',
      'reopened-on-rebound',
      'document-issued:talk-notice',
    ]);
    // Issue 12: the talk notice after a rebound says what happened — rectified, then rebounded (Art. 14(5), ground 5) —
    // and not that a deadline was missed.
    const reopenedNotice = c.documents.at(-1);
    expect(reopenedNotice.kind).toBe('talk-notice');
    expect(reopenedNotice.body).toMatch(/已整改销号，但在观察期内出现反弹（第十四条第（五）项）/);
    expect(reopenedNotice.body).toMatch(/（五）对群众反映强烈的社会治安重点地区/);
    expect(reopenedNotice.body).not.toMatch(/仍未按期完成整改目标/);
  }, 90_000);
});
