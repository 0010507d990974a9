/**
 * An act answered by a workflow update is written to PostgreSQL by the workflow's next activity, a moment later.
 * Routes that answer with the written rows re-read them until `done` (or, after `tries` × 100 ms, answer with the
 * rows as they stand: the act is accepted either way).
 */
export async function settle<T>(load: () => Promise<T>, done: (row: T) => boolean, tries = 50): Promise<T> {
  let row = await load();
  for (let i = 0; i < tries && !done(row); i++) {
    await new Promise((r) => setTimeout(r, 100));
    row = await load();
  }
  return row;
}
