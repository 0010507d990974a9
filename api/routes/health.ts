/** GET /healthz: says truthfully whether PostgreSQL and Temporal answer right now. */
import { z } from 'zod';
import { ping } from '../../db/pool';
import { checkTemporal } from '../../lib/temporal';
import { ProblemError } from '../problem';
import { defineRoute } from '../routing';

const check = z.object({ status: z.enum(['up', 'down']), error: z.string().optional() });
const health = z.object({ status: z.literal('ok'), checks: z.object({ postgres: check, temporal: check }) });

async function probe(fn: () => Promise<void>): Promise<z.infer<typeof check>> {
  try {
    await fn();
    return { status: 'up' };
  } catch (err) {
    return { status: 'down', error: (err as Error).message };
  }
}

export const healthRoutes = [
  defineRoute({
    method: 'get',
    path: '/healthz',
    operationId: 'getHealth',
    summary: 'Whether PostgreSQL and Temporal answer',
    tags: ['operations'],
    access: { public: true },
    responses: {
      200: { description: 'Both answer', schema: health },
      503: { description: 'At least one does not; `checks` says which' },
    },
    handler: async ({ deps }) => {
      const [postgres, temporal] = await Promise.all([
        probe(() => ping(deps.pool)),
        probe(() => checkTemporal(deps.temporal.connection)),
      ]);
      if (postgres.status === 'down' || temporal.status === 'down') {
        const down = [postgres.status === 'down' ? 'PostgreSQL' : null, temporal.status === 'down' ? 'Temporal' : null]
          .filter(Boolean)
          .join(' and ');
        throw new ProblemError('dependency-unavailable', `${down} did not answer`, { checks: { postgres, temporal } });
      }
      return { status: 200, body: { status: 'ok', checks: { postgres, temporal } } };
    },
  }),
];
