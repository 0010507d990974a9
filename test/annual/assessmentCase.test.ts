/**
 * Issue 11 item 5: a failing grade opens its case through the same plan as an office's opening — a provincial
 * department (Art. 2, 3, 18: 省直各部门单位) included — and when no case can be opened, the assessing office is told why
 * instead of the grade being skipped silently. The activity runs on the real PostgreSQL.
 */
import { DefaultLogger } from '@temporalio/worker';
import { MockActivityEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActivities } from '../../activities';
import { freshDatabase } from '../helpers';

let db: Awaited<ReturnType<typeof freshDatabase>>;
let acts: ReturnType<typeof createActivities>;
const run = <T>(fn: () => Promise<T>): Promise<T> =>
  new MockActivityEnvironment(undefined, { logger: new DefaultLogger('WARN') }).run(fn) as Promise<T>;

beforeAll(async () => {
  db = await freshDatabase();
  await db.pool.query(
    `INSERT INTO regions (id, name, level, parent_id, committee_name, office_name) VALUES
       ('220000', '吉林省', 'province', NULL, '吉林省社会治安综合治理委员会', '吉林省社会治安综合治理委员会办公室')`,
  );
  await db.pool.query(
    `INSERT INTO units (id, name, kind, region_id, member_of_committee)
     VALUES ('U-PROV-EDU', '吉林省教育厅', 'administrative-organ', '220000', true)`,
  );
  acts = createActivities({ pool: db.appPool });
});
afterAll(async () => {
  await db?.drop();
});

describe('Art. 14 ground 4 at the top level', () => {
  it('Art. 2, 3, 18: a failing provincial department gets its case: noticed by the provincial office, vetoed by the provincial committee', async () => {
    const built = await run(() =>
      acts.prepareAssessmentCase({
        year: 2026,
        subject: {
          kind: 'unit',
          id: 'U-PROV-EDU',
          name: '吉林省教育厅',
          assessorRegionId: '220000',
          total: 52,
          reason: '总分52分，低于合格线',
        },
        at: new Date().toISOString(),
      }),
    );
    expect(built).not.toBeNull();
    expect(built!.input).toMatchObject({
      openingOffice: { regionId: '220000', name: '吉林省社会治安综合治理委员会办公室' },
      upperOffice: { regionId: '220000' },
      upperCommittee: { regionId: '220000', name: '吉林省社会治安综合治理委员会' },
      grounds: [4],
    });
    const { rows } = await db.pool.query('SELECT upper_region_id FROM cases WHERE id = $1', [built!.caseId]);
    expect(rows[0]).toEqual({ upper_region_id: '220000' });
  });

  it('tells the assessing office why, when a failing subject cannot have a case (a region with no level above it)', async () => {
    const built = await run(() =>
      acts.prepareAssessmentCase({
        year: 2026,
        subject: {
          kind: 'region',
          id: '220000',
          name: '吉林省',
          assessorRegionId: '220000',
          total: 40,
          reason: '发生重大案件',
        },
        at: new Date().toISOString(),
      }),
    );
    expect(built).toBeNull();
    const { rows } = await db.pool.query<{ addressee_id: string; body: string }>(
      `SELECT addressee_id, body FROM notifications WHERE notification_key = 'annual-2026:no-case:region:220000'`,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.addressee_id).toBe('220000');
    expect(rows[0]!.body).toMatch(/未能依第十四条第四项立案督导：.*the level above/);
  });
});
