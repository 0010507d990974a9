import type { Pool } from '../db/pool';

/** What activities are built from (STYLE.md habit 2): real dependencies in the worker and in tests. */
export interface ActivityDeps {
  pool: Pool;
}
