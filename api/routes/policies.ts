/** Policy documents (DESIGN.md §7, Art. 18): install a version for the default or a region; read what is in force. */
import { z } from 'zod';
import { getRegion } from '../../db/organisation';
import { insertPolicy, policyInForce, type PolicyRow } from '../../db/policies';
import { DEFAULT_POLICY } from '../../domain/policy';
import { ALL_ROLES } from '../../domain/roles';
import { Jurisdiction } from '../auth/jurisdiction';
import { regionId } from '../organisation';
import { installProblems, policyDocumentSchema } from '../policySchema';
import { ProblemError } from '../problem';
import { defineRoute } from '../routing';

const policyView = z.object({
  regionId: z.string().nullable(),
  version: z.number(),
  effectiveFrom: z.string().nullable(),
  document: z.unknown(),
  installedBy: z.string().nullable(),
  ignored: z
    .array(z.object({ regionId: z.string().nullable(), version: z.number(), problems: z.array(z.string()) }))
    .optional()
    .describe(
      'Newer stored versions passed over because they do not conform to the regulation (Art. 15(3)(4), 16, 18), e.g. installed before that check, or drill periods after the drill flag was cleared',
    ),
});

const toView = (p: PolicyRow) => ({
  regionId: p.region_id,
  version: p.version,
  effectiveFrom: p.effective_from.toISOString(),
  document: p.document,
  installedBy: p.installed_by,
});

export const policyRoutes = [
  defineRoute({
    method: 'post',
    path: '/policies',
    operationId: 'installPolicy',
    summary: 'Install a new policy version for the default scope or for a region',
    description:
      'What the regulation fixes is not policy: bars.listing is P6M (Art. 15(3) 半年), bars.veto P1Y (Art. 15(4) 一年), ' +
      'aggravatingRungsUp at least 1 and aggravatingForbidsExtensions not false (Art. 16 应当从重), and every period ' +
      'whole days or longer. Only a region an admin marked as a drill region (or one below it) may install shorter ' +
      'periods, the fixed ones included; the default scope never. Anything else answers 422 citing the article.',
    tags: ['policy'],
    access: { roles: ['admin', 'office-operator'] },
    body: z.strictObject({
      regionId: regionId.nullable().describe('null: the default for every region without its own'),
      effectiveFrom: z.iso
        .datetime({ offset: true })
        .optional()
        .describe('Defaults to now; cases opened from then on pin it'),
      document: policyDocumentSchema,
    }),
    responses: { 201: { description: 'Installed as the next version of its scope', schema: policyView } },
    handler: async ({ body, actor, jurisdiction, deps, transaction }) => {
      if (body.regionId === null) {
        Jurisdiction.require(jurisdiction.isAdmin, 'the default policy');
      } else {
        if (!(await getRegion(deps.pool, body.regionId)))
          throw new ProblemError('validation-failed', `body.regionId: there is no region ${body.regionId}`);
        Jurisdiction.require(await jurisdiction.coversRegion(body.regionId), `region ${body.regionId}`);
      }
      // What the regulation fixes is not policy (Art. 15(3)(4), 16, 18); short periods only in a drill region.
      const problems = await installProblems(deps.pool, body.regionId, body.document);
      if (problems.length > 0) {
        throw new ProblemError(
          'validation-failed',
          problems.map((p) => `body.document.${p.path}: ${p.message}`).join('; '),
          {
            errors: problems.map((p) => ({
              in: 'body',
              path: `document.${p.path}`,
              message: p.message,
              code: 'custom',
            })),
          },
        );
      }
      const row = await transaction((db) =>
        insertPolicy(db, {
          regionId: body.regionId,
          effectiveFrom: body.effectiveFrom ? new Date(body.effectiveFrom) : new Date(),
          document: body.document,
          installedBy: `${actor.name} (token ${actor.tokenId})`,
        }),
      );
      return { status: 201, body: toView(row) };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/regions/{id}/policy',
    operationId: 'getEffectivePolicy',
    summary: 'The policy in force for a region (its own, the nearest above it, or the default)',
    tags: ['policy'],
    access: { roles: ALL_ROLES },
    params: z.object({ id: regionId }),
    query: z.strictObject({ at: z.iso.datetime({ offset: true }).optional() }),
    responses: {
      200: { description: 'The policy; version 0 is the built-in default', schema: policyView },
      404: { description: 'No such region' },
    },
    handler: async ({ params, query, jurisdiction, deps }) => {
      if (!(await getRegion(deps.pool, params.id)))
        throw new ProblemError('not-found', `there is no region ${params.id}`);
      Jurisdiction.require(await jurisdiction.seesRegion(params.id), `region ${params.id}`);
      const { row, ignored } = await policyInForce(deps.pool, params.id, query.at ? new Date(query.at) : new Date());
      return {
        status: 200,
        body: {
          ...(row
            ? toView(row)
            : { regionId: null, version: 0, effectiveFrom: null, document: DEFAULT_POLICY, installedBy: null }),
          ...(ignored.length > 0 ? { ignored } : {}),
        },
      };
    },
  }),
];
