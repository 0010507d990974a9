/**
 * All activities, built by one factory from their dependencies. Workflows import only the *type*
 * {@link Activities}, never this module's code.
 */
import type { ActivityDeps } from './deps';
import { createBarActivities } from './bars';
import { createCaseActivities } from './cases';
import { createReferralActivities } from './referrals';
import { createAnnualActivities } from './annual';
import { createKeyAreaActivities } from './keyAreas';
import { createSystemCheckActivities } from './systemCheck';
import { createSupervisionActivities } from './supervision';
import { withFailureClassification } from './failures';

export type { ActivityDeps } from './deps';

export function createActivities(deps: ActivityDeps) {
  // Bad data fails at once and for good, so no workflow retries it while a deadline waits (issue 10).
  return withFailureClassification({
    ...createSystemCheckActivities(deps),
    ...createCaseActivities(deps),
    ...createBarActivities(deps),
    ...createReferralActivities(deps),
    ...createAnnualActivities(deps),
    ...createKeyAreaActivities(deps),
    ...createSupervisionActivities(deps),
  });
}

export type Activities = ReturnType<typeof createActivities>;
