/**
 * Issue 11, item 1: what the regulation fixes is not policy. Art. 18 lets localities write detailed rules only
 * "根据本实施办法": the bars of a listing are 半年 and of a veto 一年 (Art. 15(3)(4)), aggravating circumstances raise
 * the first rung and allow no extension (Art. 16, 应当从重), and outside a drill region every period is whole days or
 * longer. Short drill periods only in a drill region, a flag only an admin sets or clears — never the region's own
 * office. A stored version that does not conform is passed over, not applied.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, type PolicyDocument } from '../../domain/policy';
import { bearer, call, freshDatabase, startHarness, tokenFor, type Harness } from '../helpers';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

let h: Harness;
let db: Awaited<ReturnType<typeof freshDatabase>>;
const t = {} as Record<'city' | 'county' | 'otherCounty', Record<string, string>>;

const withLadder = (ladder: Partial<PolicyDocument['ladder']>, basis = '地方细则'): PolicyDocument => ({
  basis,
  ladder: { ...DEFAULT_POLICY.ladder, ...ladder },
});
const DRILL = withLadder(
  {
    rectification: { notice: 'PT5S', talk: 'PT5S', listing: 'PT5S', veto: 'PT5S' },
    reminders: ['PT2S'],
    talkHoldWithin: 'PT5S',
    vetoDecisionReminderEvery: 'PT3S',
    bars: { listing: 'PT30S', veto: 'PT60S' },
  },
  '演练：以秒计的期限',
);

const install = (regionId: string | null, document: unknown, headers: Record<string, string>) =>
  call(h.baseUrl, 'POST', '/policies', { regionId, document }, headers);
const policyCount = async () => Number((await h.pool.query('SELECT count(*) AS n FROM policies')).rows[0].n);
const region = async (id: string) => (await call(h.baseUrl, 'GET', `/regions/${id}`, undefined, h.admin)).body;

beforeAll(async () => {
  db = await freshDatabase();
  h = await startHarness({ databaseUrl: db.url });
  const imported = await call(
    h.baseUrl,
    'POST',
    '/organisation/import',
    {
      regions: [
        { id: '260000', name: '壬省', level: 'province' },
        { id: '260100', name: '壬市', level: 'city', parentId: '260000' },
        { id: '260102', name: '壬一区', level: 'county', parentId: '260100' },
        { id: '260103', name: '壬二区', level: 'county', parentId: '260100' },
        { id: '260104', name: '壬三区', level: 'county', parentId: '260100' },
        { id: '260200', name: '壬二市', level: 'city', parentId: '260000' },
        { id: '260201', name: '壬二市一区', level: 'county', parentId: '260200' },
      ],
    },
    h.admin,
  );
  expect(imported.status).toBe(200);
  t.city = bearer((await tokenFor(h.pool, 'office-operator', { regionId: '260100' })).secret);
  t.county = bearer((await tokenFor(h.pool, 'office-operator', { regionId: '260102' })).secret);
  t.otherCounty = bearer((await tokenFor(h.pool, 'office-operator', { regionId: '260103' })).secret);
});
afterAll(async () => {
  await h?.close();
  await db?.drop();
});

describe('what the regulation fixes is not policy (issue 11, item 1)', () => {
  it('Art. 15(3)(4): a policy with listing bars of P1D is refused', async () => {
    const before = await policyCount();
    const doc = withLadder({ bars: { listing: 'P1D', veto: 'P1Y' } });
    for (const headers of [t.county, h.admin]) {
      const r = await install('260102', doc, headers);
      expect(r.status).toBe(422);
      expect(r.body.detail).toMatch(
        /body\.document\.ladder\.bars\.listing: Art\. 15\(3\) fixes the bars of a listing at 半年 \(six months, "P6M"\), not "P1D"/,
      );
      expect(r.body.errors).toContainEqual(
        expect.objectContaining({ in: 'body', path: 'document.ladder.bars.listing' }),
      );
    }
    // Nor for the default scope.
    expect((await install(null, doc, h.admin)).status).toBe(422);
    expect(await policyCount()).toBe(before);
  });

  it('Art. 15(4): a policy with veto bars other than one year is refused; P6M and P1Y themselves install', async () => {
    const r = await install('260102', withLadder({ bars: { listing: 'P6M', veto: 'P6M' } }), t.county);
    expect(r.status).toBe(422);
    expect(r.body.detail).toMatch(/ladder\.bars\.veto: Art\. 15\(4\) fixes the bars of a one-vote veto at 一年/);
    const ok = await install(
      '260102',
      withLadder({ rectification: { notice: 'P20D', talk: 'P20D', listing: 'P45D', veto: 'P60D' } }),
      t.county,
    );
    expect(ok.status).toBe(201);
  });

  it('Art. 16: aggravatingRungsUp 0 is refused', async () => {
    const before = await policyCount();
    const r = await install('260102', withLadder({ aggravatingRungsUp: 0 }), t.county);
    expect(r.status).toBe(422);
    expect(r.body.detail).toMatch(
      /ladder\.aggravatingRungsUp: Art\. 16 \(应当从重\) requires aggravating circumstances to raise the first rung by at least one, not 0/,
    );
    expect(await policyCount()).toBe(before);
  });

  it('Art. 16: allowing extensions with aggravating circumstances is refused, in a drill region too', async () => {
    await call(h.baseUrl, 'PATCH', '/regions/260104', { drill: true }, h.admin);
    for (const regionId of ['260102', '260104']) {
      const r = await install(
        regionId,
        withLadder({ aggravatingForbidsExtensions: false, aggravatingRungsUp: 0 }),
        h.admin,
      );
      expect(r.status).toBe(422);
      expect(r.body.detail).toMatch(
        /ladder\.aggravatingForbidsExtensions: Art\. 16 \(应当从重\) allows no extension of a deadline when there are aggravating circumstances/,
      );
      expect(r.body.detail).toMatch(/ladder\.aggravatingRungsUp: Art\. 16/);
    }
  });

  it('Art. 18: outside a drill region every period is whole days; second-scale drill periods are refused', async () => {
    const r = await install('260103', DRILL, t.otherCounty);
    expect(r.status).toBe(422);
    expect(r.body.detail).toMatch(
      /body\.document\.ladder\.rectification\.notice: "PT5S" is shorter than a day or counts hours, minutes or seconds; outside a drill region every period is whole days or longer/,
    );
    expect(r.body.detail).toMatch(/ladder\.bars\.listing: Art\. 15\(3\)/);
    // Hours count too, and so do the annual cycle's periods.
    const hours = await install(
      '260103',
      { ...withLadder({ talkHoldWithin: 'P1DT12H' }), annual: { ...DEFAULT_POLICY.annual!, pledgeSignWithin: 'PT8S' } },
      t.otherCounty,
    );
    expect(hours.status).toBe(422);
    expect(hours.body.detail).toMatch(/ladder\.talkHoldWithin: "P1DT12H"/);
    expect(hours.body.detail).toMatch(/annual\.pledgeSignWithin: "PT8S"/);
  });

  it('Art. 18: an office cannot mark its own region a drill region', async () => {
    // Its own region, a region below it, a new region below it; by PATCH and by import: 403, nothing changes.
    expect((await call(h.baseUrl, 'PATCH', '/regions/260102', { drill: true }, t.county)).status).toBe(403);
    const byCity = await call(h.baseUrl, 'PATCH', '/regions/260102', { drill: true }, t.city);
    expect(byCity.status).toBe(403);
    expect(byCity.body.detail).toMatch(/body\.drill: only an admin marks a region as a drill region/);
    expect((await call(h.baseUrl, 'PATCH', '/regions/260100', { drill: true, name: '壬市' }, t.city)).status).toBe(403);
    const importRegion = { id: '260102', name: '壬一区', level: 'county', parentId: '260100', drill: true };
    const imported = await call(h.baseUrl, 'POST', '/organisation/import', { regions: [importRegion] }, t.city);
    expect(imported.status).toBe(403);
    expect(imported.body.detail).toMatch(/body\.regions\.0\.drill: only an admin/);
    expect((await call(h.baseUrl, 'POST', '/organisation/import', { regions: [importRegion] }, t.county)).status).toBe(
      403,
    );
    const created = await call(
      h.baseUrl,
      'POST',
      '/regions',
      { id: '260102001', name: '壬一区某镇', level: 'township', parentId: '260102', drill: true },
      t.county,
    );
    expect(created.status).toBe(403);
    expect(await region('260102')).toMatchObject({ drill: false, drillRegion: false });
    expect(await region('260100')).toMatchObject({ name: '壬市', drill: false, drillRegion: false });
    expect((await call(h.baseUrl, 'GET', '/regions/260102001', undefined, h.admin)).status).toBe(404);
    // And so its office cannot install drill periods for itself.
    expect((await install('260102', DRILL, t.county)).status).toBe(422);
  });

  it('Art. 18: an admin marks a drill region; the regions below it are drill regions; only an admin clears it', async () => {
    const marked = await call(h.baseUrl, 'PATCH', '/regions/260200', { drill: true }, h.admin);
    expect(marked.status).toBe(200);
    expect(marked.body).toMatchObject({ id: '260200', drill: true, drillRegion: true });
    expect(await region('260201')).toMatchObject({ drill: false, drillRegion: true });
    const listed = await call(h.baseUrl, 'GET', '/regions?parentId=260000', undefined, h.admin);
    expect(listed.body.items).toContainEqual(expect.objectContaining({ id: '260200', drill: true }));
    expect(listed.body.items).toContainEqual(expect.objectContaining({ id: '260100', drill: false }));

    // Its office (and the county's below it) may now install drill periods, the fixed ones included.
    const office = bearer((await tokenFor(h.pool, 'office-operator', { regionId: '260200' })).secret);
    const below = bearer((await tokenFor(h.pool, 'office-operator', { regionId: '260201' })).secret);
    expect((await install('260200', DRILL, office)).status).toBe(201);
    expect((await install('260201', DRILL, below)).status).toBe(201);

    // Nor its office, nor the office above it, can clear the flag, by PATCH or by import; false where there is no flag
    // of its own is no change; an import without the field leaves the flag as it is.
    const province = bearer((await tokenFor(h.pool, 'office-operator', { regionId: '260000' })).secret);
    expect((await call(h.baseUrl, 'PATCH', '/regions/260200', { drill: false }, office)).status).toBe(403);
    expect((await call(h.baseUrl, 'PATCH', '/regions/260200', { drill: false }, province)).status).toBe(403);
    const cleared = { id: '260200', name: '壬二市', level: 'city', parentId: '260000', drill: false };
    expect((await call(h.baseUrl, 'POST', '/organisation/import', { regions: [cleared] }, province)).status).toBe(403);
    expect(await region('260200')).toMatchObject({ drill: true, drillRegion: true });
    const child = { id: '260201', name: '壬二市一区', level: 'county', parentId: '260200' };
    expect(
      (await call(h.baseUrl, 'POST', '/organisation/import', { regions: [{ ...child, drill: false }] }, office)).status,
    ).toBe(200);
    expect(
      (await call(h.baseUrl, 'POST', '/organisation/import', { regions: [{ ...child, drill: true }] }, office)).status,
    ).toBe(403);
    expect(await region('260201')).toMatchObject({ drill: false, drillRegion: true });
    expect(
      (
        await call(
          h.baseUrl,
          'POST',
          '/organisation/import',
          { regions: [{ id: '260200', name: '壬二市', level: 'city', parentId: '260000', drill: false }] },
          h.admin,
        )
      ).status,
    ).toBe(200);
    expect(await region('260200')).toMatchObject({ drill: false, drillRegion: false });
    await call(h.baseUrl, 'PATCH', '/regions/260200', { drill: true }, h.admin);
    const renamed = await call(
      h.baseUrl,
      'POST',
      '/organisation/import',
      { regions: [{ id: '260200', name: '壬二市', level: 'city', parentId: '260000' }] },
      h.admin,
    );
    expect(renamed.status).toBe(200);
    expect(await region('260200')).toMatchObject({ drill: true });
    expect((await call(h.baseUrl, 'PATCH', '/regions/260200', { name: '壬二市' }, office)).status).toBe(200);
    expect(await region('260200')).toMatchObject({ drill: true, drillRegion: true });
  });

  it('Art. 18: the default scope is never a drill', async () => {
    const r = await install(null, DRILL, h.admin);
    expect(r.status).toBe(422);
    expect(r.body.detail).toMatch(/ladder\.bars\.listing: Art\. 15\(3\)/);
    expect(r.body.detail).toMatch(/ladder\.rectification\.notice: "PT5S"/);
  });

  it('a stored version that does not conform is passed over, reported, and kept on record', async () => {
    // Written before the check existed (straight into the table, as the data of an earlier release).
    await h.pool.query(
      `INSERT INTO policies (region_id, version, effective_from, document, installed_by)
       VALUES ('260103', 1, now() - interval '1 day', $1, 'an earlier release')`,
      [JSON.stringify(withLadder({ bars: { listing: 'P1D', veto: 'P1Y' }, aggravatingRungsUp: 0 }))],
    );
    const r = await call(h.baseUrl, 'GET', '/regions/260103/policy', undefined, t.otherCounty);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ version: 0, regionId: null, document: { ladder: { bars: { listing: 'P6M' } } } });
    expect(r.body.ignored).toEqual([
      {
        regionId: '260103',
        version: 1,
        problems: [
          expect.stringMatching(/^ladder\.bars\.listing: Art\. 15\(3\)/),
          expect.stringMatching(/^ladder\.aggravatingRungsUp: Art\. 16/),
        ],
      },
    ]);

    // A drill region's drill version stops applying once an admin clears the flag; the earlier version applies again.
    const office = bearer((await tokenFor(h.pool, 'office-operator', { regionId: '260200' })).secret);
    const real = await install('260200', withLadder({}, '壬二市细则'), office);
    expect(real.status).toBe(201);
    const drill = await install('260200', DRILL, office);
    expect(drill.status).toBe(201);
    expect((await call(h.baseUrl, 'GET', '/regions/260200/policy', undefined, office)).body.version).toBe(
      drill.body.version,
    );
    expect((await call(h.baseUrl, 'PATCH', '/regions/260200', { drill: false }, h.admin)).status).toBe(200);
    const after = (await call(h.baseUrl, 'GET', '/regions/260200/policy', undefined, office)).body;
    expect(after).toMatchObject({ regionId: '260200', version: real.body.version });
    expect(after.ignored.map((i: { version: number }) => i.version)).toContain(drill.body.version);
  });

  it('Art. 18: npm run admin -- install-policy of policies/drill.json needs a drill region, which set-drill marks', async () => {
    const env = { ...process.env, DATABASE_URL: db.url, LOG_LEVEL: 'silent' };
    const admin = (...args: string[]) =>
      promisify(execFile)(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts', 'admin.ts'), ...args], {
        cwd: ROOT,
        env,
      });
    const refused = await admin('install-policy', '--file', 'policies/drill.json', '--region', '260102').catch(
      (err: { code: number; stderr: string }) => err,
    );
    expect(refused).toMatchObject({ code: 2 });
    expect((refused as { stderr: string }).stderr).toMatch(/ladder\.bars\.listing: Art\. 15\(3\)/);
    expect((refused as { stderr: string }).stderr).toMatch(/set-drill --region 260102/);

    const marked = await admin('set-drill', '--region', '260102');
    expect(marked.stdout).toMatch(/region 260102 \(壬一区\): drill set; a drill region/);
    expect(await region('260102')).toMatchObject({ drill: true, drillRegion: true });
    const installed = await admin('install-policy', '--file', 'policies/drill.json', '--region', '260102');
    expect(installed.stdout).toMatch(/installed policy version \d+ for 260102/);
    expect((await call(h.baseUrl, 'GET', '/regions/260102/policy', undefined, t.county)).body).toMatchObject({
      regionId: '260102',
      document: { ladder: { bars: { listing: 'PT2M' } } },
    });
    // The default scope never takes it.
    const defaultScope = await admin('install-policy', '--file', 'policies/drill.json').catch(
      (err: { code: number; stderr: string }) => err,
    );
    expect(defaultScope).toMatchObject({ code: 2 });
    const audited = await h.pool.query(`SELECT detail FROM audit_log WHERE route = 'set-drill'`);
    expect(audited.rows).toEqual([{ detail: 'drill set on region 260102 (壬一区)' }]);
  });
});
