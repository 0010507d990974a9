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
