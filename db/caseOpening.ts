/**
 * The one read every case opener makes (domain/caseOpening.ts plans from it): the subject, its region and that
 * region's parent, the opening region, and the policies in force at each of them.
 */
import type { OpeningContext, PinnedPolicy } from '../domain/caseOpening';
import { DEFAULT_POLICY } from '../domain/policy';
import { getRegion, getUnit } from './organisation';
import { effectivePolicy } from './policies';
import type { Pool, PoolClient } from './pool';

type Db = Pool | PoolClient;

/** What is missing, when the subject or the opening region is not on record. */
export type OpeningLookup = OpeningContext | { missing: 'subject' | 'opening'; message: string };

export async function loadOpeningContext(
  db: Db,
  q: { subjectKind: 'unit' | 'region'; subjectId: string; openingRegionId: string; at: Date },
): Promise<OpeningLookup> {
  const opening = await getRegion(db, q.openingRegionId);
  if (!opening) return { missing: 'opening', message: `there is no region ${q.openingRegionId}` };
  const unit = q.subjectKind === 'unit' ? await getUnit(db, q.subjectId) : undefined;
  if (q.subjectKind === 'unit' && !unit) return { missing: 'subject', message: `there is no unit ${q.subjectId}` };
  const region = await getRegion(db, unit ? unit.region_id : q.subjectId);
  if (!region) return { missing: 'subject', message: `there is no region ${q.subjectId}` };
  const parent = region.parent_id ? await getRegion(db, region.parent_id) : undefined;
  const policies = new Map<string, PinnedPolicy>();
  for (const id of new Set([opening.id, region.id, ...(parent ? [parent.id] : [])])) {
    const row = await effectivePolicy(db, id, q.at);
    policies.set(id, {
      regionId: row?.region_id ?? null,
      version: row?.version ?? 0,
      ladder: row?.document.ladder ?? DEFAULT_POLICY.ladder,
    });
  }
  return {
    subject: {
      kind: q.subjectKind,
      id: q.subjectId,
      name: unit ? unit.name : region.name,
      region,
      stationedBy: unit?.stationed_by ?? null,
      supervisingUnitName: unit?.supervising_unit_name ?? null,
    },
    opening,
    parent,
    policyAt: (id) => policies.get(id)!,
  };
}
