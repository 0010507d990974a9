/**
 * The regions a list is filtered to: a recursive CTE named `name` holding region `param`'s subtree, or every region
 * when the parameter is NULL (an admin's list). Used inside `WITH RECURSIVE …`.
 */
export const subtree = (name: string, param: string): string =>
  `${name} AS (
       SELECT id FROM regions WHERE ${param}::text IS NULL OR id = ${param}
       UNION SELECT r.id FROM regions r JOIN ${name} ON r.parent_id = ${name}.id WHERE ${param}::text IS NOT NULL
     )`;
