/** The policy document as the API and the admin command accept it: shape by zod, periods by domain/policy. */
import { z } from 'zod';
import { regionIsDrill } from '../db/drill';
import type { Pool, PoolClient } from '../db/pool';
import { policyProblems, regulationProblems, RUNGS, type PolicyDocument } from '../domain/policy';

const iso = z.string().min(2).max(40);

export const policyDocumentSchema = z
  .strictObject({
    basis: z.string().trim().min(1).max(2000).describe('Which local rule this implements (Art. 18)'),
    ladder: z.strictObject({
      rectification: z.strictObject(
        Object.fromEntries(RUNGS.map((r) => [r, iso])) as Record<(typeof RUNGS)[number], typeof iso>,
      ),
      reminders: z.array(iso).max(10),
      talkHoldWithin: iso,
      vetoDecisionReminderEvery: iso,
      bars: z.strictObject({ listing: iso, veto: iso }),
      aggravatingRungsUp: z.number().int().min(0).max(3),
      mitigatingMaxRungsDown: z.number().int().min(0).max(3),
      extensions: z.strictObject({ maxCount: z.number().int().min(0).max(5), maxLength: iso }).optional(),
      aggravatingForbidsExtensions: z.boolean().optional(),
      reboundWatch: iso.optional().describe('Art. 14(5): watch after a rectified close'),
      accountabilityWindow: iso.optional().describe('Art. 15(5): how long an unrectified case awaits referrals'),
      referralReminderEvery: iso.optional().describe('Reminders while a referral awaits its outcome'),
    }),
    annual: z
      .strictObject({
        start: z.strictObject({
          month: z.number().int().min(1).max(12),
          day: z.number().int().min(1).max(28),
          hour: z.number().int().min(0).max(23),
        }),
        pledgeSignWithin: iso,
        pledgeReminders: z.array(iso).max(10),
        reportsOpenAfter: iso,
        reportsDueWithin: iso,
        reportReminders: z.array(iso).max(10),
        scoresDueWithin: iso,
        nominationsWithin: iso,
        indicators: z
          .array(
            z.strictObject({
              id: z.string().regex(/^[a-z0-9-]{1,40}$/),
              name: z.string().trim().min(1).max(100),
              weight: z.number().positive().max(100),
              max: z.number().positive().max(1000),
            }),
          )
          .min(1)
          .max(30),
        grades: z.strictObject({
          excellent: z.number().min(0).max(100),
          good: z.number().min(0).max(100),
          pass: z.number().min(0).max(100),
        }),
        majorIncidentFails: z.boolean(),
      })
      .optional()
      .describe('The annual cycle (Art. 7–13): schedule, periods, indicator system, grades'),
    keyAreas: z
      .strictObject({
        rollingInvestigationEvery: iso.describe('滚动排查: a new round of investigation for the member units'),
        rectificationPeriod: iso.describe('常态整治: from listing to the rectification deadline'),
        notificationEvery: iso.describe('定期通报: whole months (P1M) or a fixed length (P14D; a drill: PT30S)'),
        reboundWatch: iso.describe('Art. 14(5): how long a delisted item is watched for a rebound'),
      })
      .optional()
      .describe('Key areas and prominent problems (Art. 15(1) ¶2): rolling checks, rectification, notification'),
    supervision: z
      .strictObject({
        handleWithin: iso.describe('The deadline of an item whose office sets none'),
        maxHandleWithin: iso.describe('The latest deadline an office may set, from the assignment'),
        replyWithin: z
          .strictObject({ npcSuggestion: iso, cppccProposal: iso })
          .describe('Reply deadlines of NPC deputies’ suggestions and CPPCC proposals (人大建议、政协提案)'),
        progressReportEvery: iso.describe('Progress reports of the responsible units; a silent unit is asked (催报)'),
        reminders: z
          .strictObject({ before: z.array(iso).max(10), after: z.array(iso).max(10) })
          .describe('催办: before the deadline, and after it while overdue (fixed lengths)'),
        cards: z
          .strictObject({ yellowWithin: iso, redWithin: iso })
          .describe('绿黄红牌: yellow and red when this little time is left (fixed lengths); red once overdue'),
        rectificationWithin: iso.describe('Art. 9 限期整改: the rectification deadline findings set by default'),
      })
      .optional()
      .describe('Special supervision (Art. 9): deadlines, progress reports, reminders, cards'),
  })
  .superRefine((doc, ctx) => {
    for (const p of policyProblems(doc as PolicyDocument)) {
      const [path, message] = p.split(': ');
      ctx.addIssue({ code: 'custom', path: path!.split('.'), message: message ?? p });
    }
  });

/**
 * What the regulation fixes, for a document to be installed on `regionId` (null: the default scope, never a drill):
 * domain/policy.ts `regulationProblems`, with short periods allowed only in a drill region (db/drill.ts). Each
 * problem as `{ path, message }`, the path inside the document; empty when it may be installed.
 */
export async function installProblems(
  db: Pool | PoolClient,
  regionId: string | null,
  doc: PolicyDocument,
): Promise<{ path: string; message: string }[]> {
  const drill = regionId !== null && (await regionIsDrill(db, regionId));
  return regulationProblems(doc, { drill }).map((p) => {
    const at = p.indexOf(': ');
    return { path: p.slice(0, at), message: p.slice(at + 2) };
  });
}
