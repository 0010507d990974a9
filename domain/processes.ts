/** Workflow-id prefixes: business keys, so a workflow can be found by what it is about (DESIGN.md §8). */
export const WORKFLOW_ID = {
  systemCheck: (id: string) => `system-check-${id}`,
} as const;
