/**
 * Issue 12 through the API: every document a case issues can be read as its record and printed as a PDF in the
 * official form, under the case's access rules; the record is the source (the same record, the same bytes) and the
 * SHA-256 of its text was taken when it was issued.
 */
import { createHash } from 'node:crypto';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentText } from '../../domain/officialDocument';
import { DEFAULT_POLICY } from '../../domain/policy';
import { bearer, call, eventually, freshDatabase, startHarness, tokenFor, type Harness } from '../helpers';

const poppler = spawnSync('pdftotext', ['-v']).error === undefined;
if (!poppler) {
  const message =
    'poppler-utils is missing: the document API test cannot read the PDFs back (apt-get install -y poppler-utils)';
  if (process.env.CI) throw new Error(message);
  process.stderr.write(`\n!!!!!!!!!! SKIPPED: ${message} !!!!!!!!!!\n\n`);
}

let h: Harness;
let db: Awaited<ReturnType<typeof freshDatabase>>;
let dir: string;
const t = {} as Record<'county' | 'city' | 'cityLeader' | 'liaison' | 'otherLiaison', Record<string, string>>;

const DRILL = {
  basis: '演练',
  ladder: {
    ...DEFAULT_POLICY.ladder,
    rectification: { notice: 'PT3S', talk: 'PT1H', listing: 'PT1H', veto: 'PT1H' },
    reminders: [],
    talkHoldWithin: 'PT1H',
    vetoDecisionReminderEvery: 'PT1H',
    bars: { listing: 'PT1H', veto: 'PT2H' },
  },
};

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'documents-api-'));
  db = await freshDatabase();
  h = await startHarness({ databaseUrl: db.url });
  const imported = await call(
    h.baseUrl,
    'POST',
    '/organisation/import',
    {
      regions: [
        { id: '220000', name: '吉林省', level: 'province' },
        { id: '220100', name: '长春市', level: 'city', parentId: '220000', drill: true },
        { id: '220102', name: '南关区', level: 'county', parentId: '220100' },
      ],
      units: [
        { id: 'U-NG-PSB', name: '南关区公安分局', kind: 'administrative-organ', regionId: '220102' },
        { id: 'U-NG-EDU', name: '南关区教育局', kind: 'administrative-organ', regionId: '220102' },
      ],
      leaders: [
        { id: 'P-1', name: '王某', roles: [{ unitId: 'U-NG-PSB', role: 'principal', startsOn: '2024-01-01' }] },
        { id: 'P-2', name: '李某', roles: [{ unitId: 'U-NG-PSB', role: 'in-charge', startsOn: '2024-01-01' }] },
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
  t.county = bearer((await tokenFor(h.pool, 'office-operator', { regionId: '220102' })).secret);
  t.city = bearer((await tokenFor(h.pool, 'office-operator', { regionId: '220100' })).secret);
  t.cityLeader = bearer((await tokenFor(h.pool, 'committee-leader', { regionId: '220100' })).secret);
  t.liaison = bearer((await tokenFor(h.pool, 'unit-liaison', { unitId: 'U-NG-PSB' })).secret);
  t.otherLiaison = bearer((await tokenFor(h.pool, 'unit-liaison', { unitId: 'U-NG-EDU' })).secret);
}, 120_000);
afterAll(async () => {
  await h?.close();
  await db?.drop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- response bodies are checked field by field
type Body = any;
const getCase = async (id: string): Promise<Body> =>
  (await call(h.baseUrl, 'GET', `/cases/${id}`, undefined, h.admin)).body;
const pdfOf = async (no: string, headers: Record<string, string>) =>
  fetch(`${h.baseUrl}/documents/${encodeURIComponent(no)}.pdf`, { headers });
const flat = (s: string) => s.replace(/\s+/g, '');

describe.skipIf(!poppler)('Issue 12: every document of the ladder, as its record and as a PDF', () => {
  it('prints each document in the official form: number, title, addressees, body and date, fonts embedded', async () => {
    const opened = await call(
      h.baseUrl,
      'POST',
      '/cases',
      { subject: { kind: 'unit', id: 'U-NG-PSB' }, grounds: [1], facts: '辖区盗抢案件高发。', severity: 'ordinary' },
      t.county,
    );
    const id = opened.body.id;
    await eventually(async () => ((await getCase(id)).phase === 'awaiting-talk' ? true : undefined), 30_000);
    const talk = await call(
      h.baseUrl,
      'POST',
      `/cases/${id}/talk`,
      { heldAt: new Date().toISOString(), heldBy: 'D-CC', attendees: ['P-1', 'P-2'], minutes: '约谈纪要：限期整改。' },
      t.city,
    );
    expect(talk.status, JSON.stringify(talk.body)).toBe(200);
    const c = await eventually(async () => {
      const x = await getCase(id);
      return x.documents.some((d: Body) => d.kind === 'talk-record') ? x : undefined;
    }, 30_000);
    expect(c.documents.map((d: Body) => d.kind)).toEqual(['notice', 'talk-notice', 'talk-record']);
    for (const d of c.documents) {
      const record = await call(
        h.baseUrl,
        'GET',
        `/documents/${encodeURIComponent(d.documentNo)}`,
        undefined,
        t.liaison,
      );
      expect(record.status, JSON.stringify(record.body)).toBe(200);
      const r = record.body.record;
      expect(r.documentNo).toBe(d.documentNo);
      expect(r.mainAddressees).toEqual(['南关区公安分局']);
      // The SHA-256 taken at issue is that of the stored record's text.
      expect(record.body.textSha256).toBe(createHash('sha256').update(documentText(r)).digest('hex'));

      const res = await pdfOf(d.documentNo, t.liaison);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/pdf');
      const bytes = Buffer.from(await res.arrayBuffer());
      // Deterministic: the same record, the same bytes.
      const again = Buffer.from(await (await pdfOf(d.documentNo, t.liaison)).arrayBuffer());
      expect(again.equals(bytes)).toBe(true);
      const file = path.join(dir, `${d.kind}.pdf`);
      await writeFile(file, bytes);
      const text = flat(execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }));
      for (const part of [r.documentNo, r.title, `${r.mainAddressees[0]}：`, r.date, r.signatureOrgan, '印发'])
        expect(text, `${d.kind}: ${part}`).toContain(flat(part));
      for (const p of r.body) expect(text, `${d.kind}: a paragraph`).toContain(flat(p).slice(0, 20));
      const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
      expect(fonts.length).toBeGreaterThan(0);
      for (const f of fonts) expect(f, 'every font embedded and subset').toMatch(/\+\S+.*\s+yes\s+yes\s+/);
    }
    const talkRecord = (
      await call(h.baseUrl, 'GET', `/documents/${encodeURIComponent(c.documents[2].documentNo)}`, undefined, h.admin)
    ).body.record;
    expect(talkRecord.body.join('')).toMatch(/陈主任依照.*第十五条第（二）项，约谈南关区公安分局有关领导干部/);
    expect(talkRecord.body.join('')).toMatch(/参加约谈：王某（主要负责同志），李某/);
  }, 90_000);

  it('reads a document only under the case’s access rules', async () => {
    const { rows } = await db.pool.query<{ document_no: string }>('SELECT document_no FROM case_documents LIMIT 1');
    const no = rows[0]!.document_no;
    expect(
      (await call(h.baseUrl, 'GET', `/documents/${encodeURIComponent(no)}`, undefined, t.otherLiaison)).status,
    ).toBe(403);
    expect((await pdfOf(no, t.otherLiaison)).status).toBe(403);
    // An unknown number answers as one outside the jurisdiction, to anyone but an admin.
    const unknown = encodeURIComponent('长春市综治办〔2026〕999号');
    expect((await call(h.baseUrl, 'GET', `/documents/${unknown}`, undefined, t.liaison)).status).toBe(403);
    expect((await call(h.baseUrl, 'GET', `/documents/${unknown}`, undefined, h.admin)).status).toBe(404);
    expect((await call(h.baseUrl, 'GET', `/documents/not-a-number`, undefined, h.admin)).status).toBe(422);
  });
});
