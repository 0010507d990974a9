/**
 * All activities, built by one factory from their dependencies. Workflows import only the *type*
 * {@link Activities}, never this module's code.
 */
import type { ActivityDeps } from './deps';
import { createBarActivities } from './bars';
import { createCaseActivities } from './cases';
import { createReferralActivities } from './referrals';
import { createAnnualActivities } from './annual';
import { createSystemCheckActivities } from './systemCheck';

export type { ActivityDeps } from './deps';

export function createActivities(deps: ActivityDeps) {
  return {
    ...createSystemCheckActivities(deps),
    ...createCaseActivities(deps),
    ...createBarActivities(deps),
    ...createReferralActivities(deps),
    ...createAnnualActivities(deps),
  };
}

export type Activities = ReturnType<typeof createActivities>;
