/**
 * Drill regions (issue 11, item 1; Art. 18): a region an admin marked `drill`, or one below such a region, may run
 * short drill periods, and every document of a case against a subject there says 演练 and is numbered in a series of
 * its own (db/migrations/0011_drill_regions.sql).
 */
import { DRILL_NUMBER_MARK } from '../domain/documents';
import type { Pool, PoolClient } from './pool';

type Db = Pool | PoolClient;

/** SQL: whether region `param` or a region above it is marked as a drill region (false for no such region). */
const DRILL_UP = (param: string) =>
  `(WITH RECURSIVE up AS (
       SELECT id, parent_id, drill FROM regions WHERE id = ${param}
       UNION ALL SELECT r.id, r.parent_id, r.drill FROM regions r JOIN up ON r.id = up.parent_id
     ) SELECT bool_or(drill) FROM up)`;

/** Whether `regionId` is a drill region: it or any region above it carries the flag. */
export async function regionIsDrill(db: Db, regionId: string): Promise<boolean> {
  const { rows } = await db.query<{ drill: boolean | null }>(`SELECT ${DRILL_UP('$1')} AS drill`, [regionId]);
  return rows[0]?.drill === true;
}

/**
 * Whether a case is a drill case. Once a case has a document, it stays what its first document was, so a flag set
 * or cleared while a case runs never mixes the series within one case; before that, whether its subject's region
 * is a drill region now. A case without a row (a workflow started by hand) is no drill.
 */
export async function caseIsDrill(db: Db, caseId: string): Promise<boolean> {
  const { rows } = await db.query<{ drill: boolean | null }>(
    `SELECT COALESCE(
       (SELECT strpos(d.document_no, $2) > 0 FROM case_documents d WHERE d.case_id = $1 ORDER BY d.event_seq LIMIT 1),
       ${DRILL_UP('(SELECT subject_region_id FROM cases WHERE id = $1)')}
     ) AS drill`,
    [caseId, DRILL_NUMBER_MARK],
  );
  return rows[0]?.drill === true;
}
