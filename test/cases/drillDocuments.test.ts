/**
 * Issue 11, item 1 (Art. 18): every document of a drill case — a case whose subject is in a drill region, one an
 * admin marked or one below it — says 演练 in its title and its number, and drill documents are numbered in a series
 * of their own, so a drill never takes a number from the real series. The activity that numbers and writes the
 * documents (activities/cases.ts `issueCaseDocument`) is run as the worker runs it, on the app role's pool.
 */
import { MockActivityEnvironment } from '@temporalio/testing';
import { DefaultLogger } from '@temporalio/worker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCaseActivities, type IssueDocumentInput } from '../../activities/cases';
import { insertRegion, insertUnit } from '../../db/organisation';
import { freshDatabase, insertCaseRow } from '../helpers';

let db: Awaited<ReturnType<typeof freshDatabase>>;
const AT = '2026-05-10T02:00:00.000Z'; // 2026年5月10日 in Shanghai

beforeAll(async () => {
  db = await freshDatabase();
  const region = (id: string, name: string, level: 'province' | 'city' | 'county', parent: string | null) =>
    insertRegion(db.pool, {
      id,
      name,
      level,
      kind: 'ordinary',
      parent_id: parent,
      committee_name: `${name}社会治安综合治理委员会`,
      office_name: `${name}社会治安综合治理委员会办公室`,
    });
  await region('210000', '辛省', 'province', null);
  await region('210100', '辛市', 'city', '210000');
  await region('210102', '辛一区', 'county', '210100'); // a drill region: marked in the first test
  await region('210103', '辛二区', 'county', '210100'); // not a drill region
  for (const [id, regionId] of [
    ['U-DRILL', '210102'],
    ['U-REAL', '210103'],
  ] as const) {
    await insertUnit(db.pool, {
      id,
      name: `${id}局`,
      kind: 'administrative-organ',
      region_id: regionId,
      member_of_committee: true,
      stationed_by: null,
      supervising_unit_name: null,
      leads_region: false,
    });
  }
  const cases = [
    ['2026-710001', 'U-DRILL', '210102'],
    ['2026-710002', 'U-DRILL', '210102'],
    ['2026-710003', 'U-REAL', '210103'],
    ['2026-710004', 'U-DRILL', '210102'],
  ] as const;
  for (const [id, unit, regionId] of cases) {
    await insertCaseRow(db.pool, {
      id,
      subject: { kind: 'unit', id: unit, name: `${unit}局`, regionId },
      openingRegionId: regionId,
      upperRegionId: '210100',
    });
  }
});
afterAll(async () => {
  await db?.drop();
});

/** The city office issues a talk notice in a case (the upper level's document, numbered in the city's series). */
function talkNotice(caseId: string, seq: number, subjectName: string): IssueDocumentInput {
  return {
    caseId,
    seq,
    at: AT,
    kind: 'document-issued:talk-notice',
    rung: 'talk',
    actor: 'test',
    detail: {},
    document: {
      kind: 'talk-notice',
      rung: 'talk',
      issuerName: '辛市社会治安综合治理委员会办公室',
      issuerRegionId: '210100',
      issuerShortName: '辛市综治办',
      subjectName,
      grounds: [1],
      facts: '测试',
      deadline: null,
    },
  };
}

const issue = (input: IssueDocumentInput): Promise<string> =>
  new MockActivityEnvironment(undefined, { logger: new DefaultLogger('WARN') }).run(
    createCaseActivities({ pool: db.appPool }).issueCaseDocument,
    input,
  ) as Promise<string>;

const document = async (no: string) =>
  (await db.pool.query('SELECT title, body FROM case_documents WHERE document_no = $1', [no])).rows[0];

describe('drill documents (issue 11, item 1; Art. 18)', () => {
  it('drill documents say 演练 in title and number and use their own series', async () => {
    await db.pool.query(`UPDATE regions SET drill = true WHERE id = '210102'`);
    // Two drill documents by the city office, then a real one: the real one is still the city's 1号.
    const d1 = await issue(talkNotice('2026-710001', 2, 'U-DRILL局'));
    const d2 = await issue(talkNotice('2026-710002', 2, 'U-DRILL局'));
    const real = await issue(talkNotice('2026-710003', 2, 'U-REAL局'));
    expect(d1).toBe('辛市综治办（演练）〔2026〕1号');
    expect(d2).toBe('辛市综治办（演练）〔2026〕2号');
    expect(real).toBe('辛市综治办〔2026〕1号');
    expect((await document(d1)).title).toBe('【演练】关于约谈U-DRILL局有关领导干部的通知');
    expect((await document(real)).title).toBe('关于约谈U-REAL局有关领导干部的通知');
    // The event and the notifications carry the drill number.
    const { rows } = await db.pool.query(
      `SELECT document_no FROM case_events WHERE case_id = '2026-710001' AND seq = 2`,
    );
    expect(rows).toEqual([{ document_no: d1 }]);
    // A retried activity finds its document: no second number in either series.
    expect(await issue(talkNotice('2026-710001', 2, 'U-DRILL局'))).toBe(d1);
    expect(await issue(talkNotice('2026-710003', 3, 'U-REAL局'))).toBe('辛市综治办〔2026〕2号');
  });

  it('a drill case stays a drill case when the flag is cleared while it runs; a new case there is real', async () => {
    await db.pool.query(`UPDATE regions SET drill = false WHERE id = '210102'`);
    try {
      expect(await issue(talkNotice('2026-710001', 5, 'U-DRILL局'))).toBe('辛市综治办（演练）〔2026〕3号');
      expect(await issue(talkNotice('2026-710004', 2, 'U-DRILL局'))).toBe('辛市综治办〔2026〕3号');
    } finally {
      await db.pool.query(`UPDATE regions SET drill = true WHERE id = '210102'`);
    }
  });

  it('a region below a drill region is one too: the city marked, its districts’ cases are drills', async () => {
    await db.pool.query(`UPDATE regions SET drill = true WHERE id = '210100'`);
    await insertCaseRow(db.pool, {
      id: '2026-710005',
      subject: { kind: 'unit', id: 'U-REAL', name: 'U-REAL局', regionId: '210103' },
      openingRegionId: '210103',
      upperRegionId: '210100',
    });
    expect(await issue(talkNotice('2026-710005', 2, 'U-REAL局'))).toBe('辛市综治办（演练）〔2026〕4号');
  });
});
