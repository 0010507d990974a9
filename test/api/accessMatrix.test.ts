/**
 * Issue 6: every route the OpenAPI document lists, called with every role from inside and from outside the
 * token's jurisdiction, answers exactly the allowed set; a refused call writes nothing (but the audit entry) and
 * starts nothing. The expectations below are written out by hand, apart from the route declarations, so that a
 * route whose access rule drifts fails here.
 *
 * The organisation used (its own database, so row counts are exact):
 *   110000 province ─┬─ 110100 city C1 (the tokens' region) ── 110101 county K1 ── unit U-IN, leader L-IN
 *                    └─ 110200 city C2 (outside)                                 ── unit U-OUT, leader L-OUT
 * The unit liaison acts for U-IN.
 */
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { Client, Connection } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, createServer, buildOpenApiDocument } from '../../api/app';
import { createDbTokenVerifier } from '../../api/auth/verifier';
import { upsertBar } from '../../db/bars';
import { insertCycle, insertNomination, insertPledges, schedulePlenaryReport } from '../../db/annual';
import { insertStandard } from '../../db/keyAreas';
import { keyAreaScheduleId } from '../../domain/keyAreas';
import { withTransaction } from '../../db/pool';
import { insertItem } from '../../db/supervision';
import { DEFAULT_SUPERVISION } from '../../domain/supervision';
import { DEFAULT_ANNUAL } from '../../domain/annual';
import { insertLeader, insertLeaderRole, insertRegion, insertUnit } from '../../db/organisation';
import type { Pool } from '../../db/pool';
import { DEFAULT_POLICY } from '../../domain/policy';
import { ROLES, type Role } from '../../domain/roles';
import { createLogger } from '../../lib/logger';
import { NativeConnection, type Worker } from '@temporalio/worker';
import { createWorker } from '../../worker/worker';
import { bearer, call, eventually, freshDatabase, quietRuntime, testConfig, tokenFor } from '../helpers';

type Req = { method: string; path: string; body?: unknown };
type Where = 'inside' | 'outside';

let db: Awaited<ReturnType<typeof freshDatabase>>;
let pool: Pool;
let server: Server;
let base: string;
let connection: Connection;
let client: Client;
const taskQueue = `matrix-${randomUUID()}`;
const tokens = {} as Record<Role, string>;
const cases = {} as Record<Where, string>;
const bars = {} as Record<Where, string>;
const referrals = {} as Record<Where, string>;
const plenaries = {} as Record<Where, string>;
const nominations = {} as Record<Where, string>;
/** Key areas (Art. 15(1) ¶2): one listed on each city's register through the API, and a check of its first round. */
const keyAreas = {} as Record<Where, string>;
const keyAreaChecks = {} as Record<Where, string>;
const registerOf = (w: Where) => (w === 'inside' ? '110100' : '110200');
const keyAreaBody = (w: Where, name: string) => ({
  registerRegionId: registerOf(w),
  category: 'small-hotel',
  name,
  locationRegionId: w === 'inside' ? '110101' : '110200',
  responsible: { kind: 'unit', id: w === 'inside' ? 'U-IN' : 'U-OUT' },
  reasons: ['矩阵'],
  memberUnits: [w === 'inside' ? 'U-KA' : 'U-OUT'],
  targets: ['矩阵'],
});
/** Supervision items (Art. 9), written directly (no workflow runs: allowed acts answer 409). */
const items = {} as Record<Where, string>;
/** The annual routes act on a year whose rows are written directly (no cycle workflow runs); 2001 is started. */
const Y = 2002;
const pledgeOf = (w: Where) => (w === 'inside' ? `${Y}-110100-unit-U-IN` : `${Y}-110200-unit-U-OUT`);
let worker: Worker | undefined;
let workerRun: Promise<void> | undefined;
let nativeConnection: NativeConnection | undefined;
let seq = 10;
const next = () => seq++;

/** The first document a case issued (its workflow issues it in the background). */
const documentOf = (caseId: string) =>
  eventually(async () => {
    const { rows } = await pool.query<{ document_no: string }>(
      'SELECT document_no FROM case_documents WHERE case_id = $1 ORDER BY event_seq LIMIT 1',
      [caseId],
    );
    return rows[0]?.document_no;
  });

const ALL = [...ROLES];
const WRITERS: Role[] = ['admin', 'office-operator'];
const ADMIN: Role[] = ['admin'];

/** Per route: how to build a request against an object inside / outside the jurisdiction, and who may make it. */
const MATRIX: Record<
  string,
  { build: (w: Where) => Promise<Req> | Req; inside: Role[]; outside: Role[]; public?: true }
> = {
  'GET /healthz': { build: () => ({ method: 'GET', path: '/healthz' }), inside: ALL, outside: ALL, public: true },
  'GET /me': { build: () => ({ method: 'GET', path: '/me' }), inside: ALL, outside: ALL },
  'POST /tokens': {
    build: (w) => ({
      method: 'POST',
      path: '/tokens',
      body: { name: 'new', role: 'supervisor', regionId: w === 'inside' ? '110100' : '110200' },
    }),
    inside: ADMIN,
    outside: ADMIN,
  },
  'GET /tokens': { build: () => ({ method: 'GET', path: '/tokens' }), inside: ADMIN, outside: ADMIN },
  'POST /tokens/{id}/revoke': {
    build: async (w) => ({
      method: 'POST',
      path: `/tokens/${(await tokenFor(pool, 'supervisor', { regionId: w === 'inside' ? '110100' : '110200' })).id}/revoke`,
      body: { reason: 'matrix' },
    }),
    inside: ADMIN,
    outside: ADMIN,
  },
  'GET /audit': { build: () => ({ method: 'GET', path: '/audit?limit=5' }), inside: ADMIN, outside: ADMIN },
  'POST /regions': {
    build: (w) => {
      const n = next();
      return w === 'inside'
        ? {
            method: 'POST',
            path: '/regions',
            body: { id: `1101${n}`, name: `县${n}`, level: 'county', parentId: '110100' },
          }
        : {
            method: 'POST',
            path: '/regions',
            body: { id: `1102${n}`, name: `县${n}`, level: 'county', parentId: '110200' },
          };
    },
    inside: WRITERS,
    outside: ADMIN,
  },
  'GET /regions': { build: () => ({ method: 'GET', path: '/regions' }), inside: ALL, outside: ALL },
  'GET /regions/{id}': {
    build: (w) => ({ method: 'GET', path: `/regions/${w === 'inside' ? '110101' : '110200'}` }),
    inside: ALL,
    outside: ADMIN,
  },
  'PATCH /regions/{id}': {
    build: (w) => ({
      method: 'PATCH',
      path: `/regions/${w === 'inside' ? '110101' : '110200'}`,
      body: { name: `改名${next()}` },
    }),
    inside: WRITERS,
    outside: ADMIN,
  },
  'POST /units': {
    build: (w) => ({
      method: 'POST',
      path: '/units',
      body: {
        id: `U-NEW-${next()}`,
        name: '新单位',
        kind: 'administrative-organ',
        regionId: w === 'inside' ? '110101' : '110200',
      },
    }),
    inside: WRITERS,
    outside: ADMIN,
  },
  'GET /units': { build: () => ({ method: 'GET', path: '/units' }), inside: ALL, outside: ALL },
  'GET /units/{id}': {
    build: (w) => ({ method: 'GET', path: `/units/${w === 'inside' ? 'U-IN' : 'U-OUT'}` }),
    inside: ALL,
    outside: ADMIN,
  },
  'PATCH /units/{id}': {
    build: (w) => ({
      method: 'PATCH',
      path: `/units/${w === 'inside' ? 'U-IN' : 'U-OUT'}`,
      body: { name: `单位${next()}` },
    }),
    inside: WRITERS,
    outside: ADMIN,
  },
  'POST /leaders': {
    build: (w) => ({
      method: 'POST',
      path: '/leaders',
      body: {
        id: `L-NEW-${next()}`,
        name: '新领导',
        roles: [{ unitId: w === 'inside' ? 'U-IN' : 'U-OUT', role: 'member', startsOn: '2026-01-01' }],
      },
    }),
    inside: WRITERS,
    outside: ADMIN,
  },
  'GET /leaders': { build: () => ({ method: 'GET', path: '/leaders' }), inside: ALL, outside: ALL },
  'GET /leaders/{id}': {
    build: (w) => ({ method: 'GET', path: `/leaders/${w === 'inside' ? 'L-IN' : 'L-OUT'}` }),
    inside: ALL,
    outside: ADMIN,
  },
  'POST /leaders/{id}/roles': {
    build: (w) => ({
      method: 'POST',
      path: `/leaders/${w === 'inside' ? 'L-IN' : 'L-OUT'}/roles`,
      body: {
        unitId: w === 'inside' ? 'U-IN' : 'U-OUT',
        role: 'member',
        startsOn: `2025-01-${String((next() % 28) + 1).padStart(2, '0')}`,
      },
    }),
    inside: WRITERS,
    outside: ADMIN,
  },
  'POST /leaders/{id}/roles/{roleId}/end': {
    build: async (w) => {
      const leader = w === 'inside' ? 'L-IN' : 'L-OUT';
      const role = await insertLeaderRole(pool, {
        leaderId: leader,
        unitId: w === 'inside' ? 'U-IN' : 'U-OUT',
        role: 'member',
        title: null,
        startsOn: `2020-01-${String((next() % 28) + 1).padStart(2, '0')}`,
        endsOn: null,
      }).catch(() =>
        insertLeaderRole(pool, {
          leaderId: leader,
          unitId: w === 'inside' ? 'U-IN' : 'U-OUT',
          role: 'in-charge',
          title: null,
          startsOn: `2019-02-${String((next() % 28) + 1).padStart(2, '0')}`,
          endsOn: null,
        }),
      );
      return { method: 'POST', path: `/leaders/${leader}/roles/${role.id}/end`, body: { endsOn: '2026-06-30' } };
    },
    inside: WRITERS,
    outside: ADMIN,
  },
  'POST /organisation/import': {
    build: (w) => ({
      method: 'POST',
      path: '/organisation/import',
      body: {
        units: [
          { id: `U-IMP-${next()}`, name: '导入单位', kind: 'court', regionId: w === 'inside' ? '110101' : '110200' },
        ],
      },
    }),
    inside: WRITERS,
    outside: ADMIN,
  },
  'POST /policies': {
    build: (w) => ({
      method: 'POST',
      path: '/policies',
      body: { regionId: w === 'inside' ? '110101' : '110200', document: DEFAULT_POLICY },
    }),
    inside: WRITERS,
    outside: ADMIN,
  },
  'GET /regions/{id}/policy': {
    build: (w) => ({ method: 'GET', path: `/regions/${w === 'inside' ? '110101' : '110200'}/policy` }),
    inside: ALL,
    outside: ADMIN,
  },
  'POST /cases': {
    build: (w) => ({
      method: 'POST',
      path: '/cases',
      body: {
        subject: { kind: 'unit', id: w === 'inside' ? 'U-IN' : 'U-OUT' },
        grounds: [1],
        facts: '矩阵',
        severity: 'ordinary',
        openingRegionId: w === 'inside' ? '110100' : '110200',
      },
    }),
    // Art. 15(1) 必要时: a committee leader opens in the committee's name (issue 11).
    inside: ['admin', 'office-operator', 'committee-leader'],
    outside: ADMIN,
  },
  'GET /cases': { build: () => ({ method: 'GET', path: '/cases' }), inside: ALL, outside: ALL },
  'GET /cases/{id}': { build: (w) => ({ method: 'GET', path: `/cases/${cases[w]}` }), inside: ALL, outside: ADMIN },
  // Issue 12: a case's documents are read under the case's rules.
  'GET /documents/{number}': {
    build: async (w) => ({ method: 'GET', path: `/documents/${encodeURIComponent(await documentOf(cases[w]))}` }),
    inside: ALL,
    outside: ADMIN,
  },
  'GET /documents/{number}.pdf': {
    build: async (w) => ({ method: 'GET', path: `/documents/${encodeURIComponent(await documentOf(cases[w]))}.pdf` }),
    inside: ALL,
    outside: ADMIN,
  },
  'POST /cases/{id}/rectification-reports': {
    build: (w) => ({
      method: 'POST',
      path: `/cases/${cases[w]}/rectification-reports`,
      body: { summary: '报告', measures: '措施' },
    }),
    inside: ['admin', 'unit-liaison'],
    outside: ADMIN,
  },
  'POST /cases/{id}/reviews': {
    build: (w) => ({ method: 'POST', path: `/cases/${cases[w]}/reviews`, body: { reportId: 99, decision: 'accept' } }),
    inside: WRITERS,
    outside: ADMIN,
  },
  'POST /cases/{id}/talk': {
    build: (w) => ({
      method: 'POST',
      path: `/cases/${cases[w]}/talk`,
      body: { heldAt: new Date().toISOString(), heldBy: 'L-IN', attendees: ['L-IN'], minutes: '纪要' },
    }),
    inside: ['admin', 'office-operator', 'committee-leader'],
    outside: ADMIN,
  },
  'POST /cases/{id}/veto-decision': {
    build: (w) => ({
      method: 'POST',
      path: `/cases/${cases[w]}/veto-decision`,
      body: { decision: 'imposed', departments: ['组织部'], reasons: '矩阵' },
    }),
    inside: ['committee-leader'],
    outside: [],
  },
  'POST /cases/{id}/extension-requests': {
    build: (w) => ({
      method: 'POST',
      path: `/cases/${cases[w]}/extension-requests`,
      body: { until: new Date(Date.now() + 40 * 86_400_000).toISOString(), reason: '矩阵' },
    }),
    inside: ['admin', 'unit-liaison'],
    outside: ADMIN,
  },
  'POST /cases/{id}/extension-decisions': {
    build: (w) => ({
      method: 'POST',
      path: `/cases/${cases[w]}/extension-decisions`,
      body: { decision: 'refuse', reasons: '矩阵' },
    }),
    inside: WRITERS,
    outside: ADMIN,
  },
  'POST /cases/{id}/withdrawal': {
    build: (w) => ({ method: 'POST', path: `/cases/${cases[w]}/withdrawal`, body: { reason: '矩阵' } }),
    // The level holding the case (issue 11): for the inside case at its notice, the opening level 110100.
    inside: ['admin', 'office-operator', 'committee-leader'],
    outside: ADMIN,
  },
  'POST /cases/{id}/circumstances': {
    build: (w) => ({
      method: 'POST',
      path: `/cases/${cases[w]}/circumstances`,
      body: { kind: 'mitigating', item: 2, evidence: '矩阵' },
    }),
    inside: ['admin', 'office-operator', 'committee-leader'],
    outside: ADMIN,
  },
  'POST /cases/{id}/referrals': {
    build: (w) => ({
      method: 'POST',
      path: `/cases/${cases[w]}/referrals`,
      body: { leaderId: w === 'inside' ? 'L-IN' : 'L-OUT', body: 'organisation-personnel', reasons: '矩阵' },
    }),
    // Art. 15(5): the offices and committees holding the case (opening 110100 and upper 110100 for the inside case).
    inside: ['office-operator', 'committee-leader'],
    outside: [],
  },
  'GET /referrals': {
    build: () => ({ method: 'GET', path: '/referrals' }),
    inside: [
      'admin',
      'office-operator',
      'committee-leader',
      'discipline-inspection',
      'organisation-personnel',
      'supervisor',
    ],
    outside: [
      'admin',
      'office-operator',
      'committee-leader',
      'discipline-inspection',
      'organisation-personnel',
      'supervisor',
    ],
  },
  'GET /referrals/{id}': {
    build: (w) => ({ method: 'GET', path: `/referrals/${referrals[w]}` }),
    // The referral went to discipline inspection: the organisation department's token does not see it.
    inside: ['admin', 'office-operator', 'committee-leader', 'discipline-inspection', 'supervisor'],
    outside: ['admin'],
  },
  'POST /referrals/{id}/outcome': {
    build: (w) => ({
      method: 'POST',
      path: `/referrals/${referrals[w]}/outcome`,
      body: {
        outcome: 'party-sanction',
        detail: '矩阵',
        decidedOn: new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10),
      },
    }),
    inside: ['discipline-inspection'],
    outside: [],
  },
  'POST /cases/{id}/rebound': {
    build: (w) => ({ method: 'POST', path: `/cases/${cases[w]}/rebound`, body: { facts: '矩阵' } }),
    inside: ['office-operator'],
    outside: [],
  },
  'PUT /contacts/{kind}/{id}': {
    build: (w) => ({
      method: 'PUT',
      path: `/contacts/unit/${w === 'inside' ? 'U-IN' : 'U-OUT'}`,
      body: { email: 'office@example.cn' },
    }),
    inside: WRITERS,
    outside: ADMIN,
  },
  'POST /annual-cycles': {
    // Art. 7: started at the provincial level; the tokens here are a city's.
    build: () => ({ method: 'POST', path: '/annual-cycles', body: { year: 2001 } }),
    inside: ADMIN,
    outside: ADMIN,
  },
  'GET /annual-cycles/{year}': {
    build: () => ({ method: 'GET', path: `/annual-cycles/${Y}` }),
    inside: ALL,
    outside: ALL,
  },
  'PUT /annual-cycles/{year}/work-points/{regionId}': {
    build: (w) => ({
      method: 'PUT',
      path: `/annual-cycles/${Y}/work-points/${w === 'inside' ? '110100' : '110200'}`,
      body: { points: [{ point: '要点', target: '目标' }] },
    }),
    inside: WRITERS,
    outside: ADMIN,
  },
  'GET /annual-cycles/{year}/pledges': {
    build: () => ({ method: 'GET', path: `/annual-cycles/${Y}/pledges` }),
    inside: ALL,
    outside: ALL,
  },
  'GET /pledges/{id}': {
    build: (w) => ({ method: 'GET', path: `/pledges/${pledgeOf(w)}` }),
    inside: ALL,
    outside: ADMIN,
  },
  'POST /pledges/{id}/signature': {
    build: (w) => ({
      method: 'POST',
      path: `/pledges/${pledgeOf(w)}/signature`,
      body: { version: 1, signatory: '甲' },
    }),
    inside: ['admin', 'unit-liaison'],
    outside: ADMIN,
  },
  'POST /pledges/{id}/revisions': {
    build: (w) => ({
      method: 'POST',
      path: `/pledges/${pledgeOf(w)}/revisions`,
      body: { points: [{ point: '要点', target: '目标' }], reason: '矩阵' },
    }),
    inside: WRITERS,
    outside: ADMIN,
  },
  'GET /annual-cycles/{year}/work-reports': {
    build: () => ({ method: 'GET', path: `/annual-cycles/${Y}/work-reports` }),
    inside: ALL,
    outside: ALL,
  },
  'POST /annual-cycles/{year}/work-reports': {
    build: (w) => ({
      method: 'POST',
      path: `/annual-cycles/${Y}/work-reports`,
      body: { partyKind: 'unit', partyId: w === 'inside' ? 'U-IN' : 'U-OUT', summary: '总结', nextYearPlan: '安排' },
    }),
    inside: ['admin', 'unit-liaison'],
    outside: ADMIN,
  },
  'POST /annual-cycles/{year}/plenary-reports': {
    build: (w) => ({
      method: 'POST',
      path: `/annual-cycles/${Y}/plenary-reports`,
      body: {
        regionId: w === 'inside' ? '110100' : '110200',
        partyKind: 'unit',
        partyId: w === 'inside' ? 'U-IN' : 'U-OUT',
        scheduledFor: new Date().toISOString(),
      },
    }),
    inside: WRITERS,
    outside: ADMIN,
  },
  'POST /plenary-reports/{id}/minutes': {
    build: (w) => ({ method: 'POST', path: `/plenary-reports/${plenaries[w]}/minutes`, body: { minutes: '会议记录' } }),
    inside: WRITERS,
    outside: ADMIN,
  },
  'PUT /annual-cycles/{year}/assessments/{subjectKind}/{subjectId}': {
    build: (w) => ({
      method: 'PUT',
      path: `/annual-cycles/${Y}/assessments/unit/${w === 'inside' ? 'U-IN' : 'U-OUT'}`,
      body: { scores: { 'security-satisfaction': 90, 'key-work': 90, grassroots: 90 }, majorIncident: false },
    }),
    inside: WRITERS,
    outside: ADMIN,
  },
  'GET /annual-cycles/{year}/results': {
    build: () => ({ method: 'GET', path: `/annual-cycles/${Y}/results` }),
    inside: ALL,
    outside: ALL,
  },
  'GET /annual-cycles/{year}/results.csv': {
    build: () => ({ method: 'GET', path: `/annual-cycles/${Y}/results.csv` }),
    inside: ALL,
    outside: ALL,
  },
  'GET /annual-cycles/{year}/commendations': {
    build: () => ({ method: 'GET', path: `/annual-cycles/${Y}/commendations` }),
    inside: ALL,
    outside: ALL,
  },
  'POST /annual-cycles/{year}/nominations': {
    build: (w) => ({
      method: 'POST',
      path: `/annual-cycles/${Y}/nominations`,
      body: {
        category: 'advanced-collective',
        subjectKind: 'unit',
        subjectId: w === 'inside' ? 'U-IN' : 'U-OUT',
        basis: '矩阵',
      },
    }),
    inside: WRITERS,
    outside: ADMIN,
  },
  'POST /commendations/{id}/decision': {
    // Art. 12 ¶2: decided by the province; the tokens here are a city's.
    build: (w) => ({
      method: 'POST',
      path: `/commendations/${nominations[w]}/decision`,
      body: { decision: 'decline', reason: '矩阵' },
    }),
    inside: ADMIN,
    outside: ADMIN,
  },
  'GET /eligibility': {
    build: (w) => ({
      method: 'GET',
      path: `/eligibility?subjectKind=unit&subjectId=${w === 'inside' ? 'U-IN' : 'U-OUT'}&purpose=honours`,
    }),
    inside: ALL,
    outside: ADMIN,
  },
  'GET /bars/{id}': { build: (w) => ({ method: 'GET', path: `/bars/${bars[w]}` }), inside: ALL, outside: ADMIN },
  'POST /bars/{id}/revoke': {
    build: (w) => ({ method: 'POST', path: `/bars/${bars[w]}/revoke`, body: { reason: '矩阵' } }),
    // Only the deciding authority: the office of 110100 for the inside listing; nobody here for the outside one.
    inside: ['office-operator'],
    outside: [],
  },
  'GET /archive': {
    build: (w) => ({ method: 'GET', path: `/archive?subjectKind=unit&subjectId=${w === 'inside' ? 'U-IN' : 'U-OUT'}` }),
    inside: ALL,
    outside: ADMIN,
  },
  'POST /supervision-items': {
    build: (w) => ({
      method: 'POST',
      path: '/supervision-items',
      body: {
        kind: 'major-decision',
        form: 'tracking',
        title: '矩阵',
        content: '矩阵',
        units: [w === 'inside' ? 'U-IN' : 'U-OUT'],
        regionId: w === 'inside' ? '110100' : '110200',
      },
    }),
    inside: WRITERS,
    outside: ADMIN,
  },
  'GET /supervision-items': { build: () => ({ method: 'GET', path: '/supervision-items' }), inside: ALL, outside: ALL },
  'GET /supervision-items/{id}': {
    build: (w) => ({ method: 'GET', path: `/supervision-items/${items[w]}` }),
    inside: ALL,
    outside: ADMIN,
  },
  'POST /supervision-items/{id}/progress-reports': {
    build: (w) => ({
      method: 'POST',
      path: `/supervision-items/${items[w]}/progress-reports`,
      body: { summary: '矩阵', unitId: w === 'inside' ? 'U-IN' : 'U-OUT' },
    }),
    inside: ['admin', 'unit-liaison'],
    outside: ADMIN,
  },
  'POST /supervision-items/{id}/completion': {
    build: (w) => ({ method: 'POST', path: `/supervision-items/${items[w]}/completion`, body: { summary: '矩阵' } }),
    // The lead unit; an office only for an inspected region (these items have none).
    inside: ['admin', 'unit-liaison'],
    outside: ADMIN,
  },
  'POST /supervision-items/{id}/reviews': {
    build: (w) => ({ method: 'POST', path: `/supervision-items/${items[w]}/reviews`, body: { decision: 'accept' } }),
    inside: WRITERS,
    outside: ADMIN,
  },
  'POST /supervision-items/{id}/findings': {
    build: (w) => ({
      method: 'POST',
      path: `/supervision-items/${items[w]}/findings`,
      body: { causes: '矩阵', loopholes: '矩阵', rectify: false },
    }),
    inside: WRITERS,
    outside: ADMIN,
  },
  'POST /supervision-items/{id}/case': {
    build: (w) => ({ method: 'POST', path: `/supervision-items/${items[w]}/case`, body: {} }),
    // The assigning office, or its committee's leader in the committee's name (these items have no recommendation: 409).
    inside: ['admin', 'office-operator', 'committee-leader'],
    outside: ADMIN,
  },
  // Issue 13: key areas (Art. 15(1) ¶2). A committee's office acts on its own register (110100 is the tokens').
  'POST /key-area-registers/{regionId}/standards': {
    build: (w) => ({
      method: 'POST',
      path: `/key-area-registers/${registerOf(w)}/standards`,
      body: { title: '矩阵认定标准', criteria: ['矩阵'], procedure: '矩阵' },
    }),
    inside: WRITERS,
    outside: ADMIN,
  },
  'GET /key-area-registers/{regionId}/standards': {
    build: (w) => ({ method: 'GET', path: `/key-area-registers/${registerOf(w)}/standards` }),
    inside: ALL,
    outside: ADMIN,
  },
  'PUT /key-area-registers/{regionId}/notification-schedule': {
    build: (w) => ({ method: 'PUT', path: `/key-area-registers/${registerOf(w)}/notification-schedule` }),
    inside: WRITERS,
    outside: ADMIN,
  },
  'GET /key-area-registers/{regionId}/notifications': {
    build: (w) => ({ method: 'GET', path: `/key-area-registers/${registerOf(w)}/notifications` }),
    inside: ALL,
    outside: ADMIN,
  },
  'POST /key-areas': {
    build: (w) => ({ method: 'POST', path: '/key-areas', body: keyAreaBody(w, `矩阵旅馆${next()}`) }),
    inside: WRITERS,
    outside: ADMIN,
  },
  'GET /key-areas': { build: () => ({ method: 'GET', path: '/key-areas' }), inside: ALL, outside: ALL },
  'GET /key-areas/{id}': {
    build: (w) => ({ method: 'GET', path: `/key-areas/${keyAreas[w]}` }),
    // Inside: the liaison's unit U-IN answers for the item.
    inside: ALL,
    outside: ADMIN,
  },
  // Before the acceptance: a listed item is not watched, so an allowed rebound answers 409 and opens no case.
  'POST /key-areas/{id}/rebound': {
    build: (w) => ({ method: 'POST', path: `/key-areas/${keyAreas[w]}/rebound`, body: { facts: '矩阵' } }),
    inside: WRITERS,
    outside: ADMIN,
  },
  'GET /key-area-checks': { build: () => ({ method: 'GET', path: '/key-area-checks' }), inside: ALL, outside: ALL },
  'POST /key-area-checks/{id}/report': {
    build: (w) => ({
      method: 'POST',
      path: `/key-area-checks/${keyAreaChecks[w]}/report`,
      body: { findings: '矩阵', measures: '矩阵', effective: true },
    }),
    // The assigned member unit (U-KA, U-OUT: not the liaison's U-IN), or an admin for it.
    inside: ADMIN,
    outside: ADMIN,
  },
  'POST /key-areas/{id}/acceptance': {
    build: (w) => ({ method: 'POST', path: `/key-areas/${keyAreas[w]}/acceptance`, body: { acceptance: '矩阵验收' } }),
    inside: WRITERS,
    outside: ADMIN,
  },
  'POST /system-checks': {
    build: () => ({ method: 'POST', path: '/system-checks', body: { note: 'matrix' } }),
    inside: WRITERS,
    outside: WRITERS,
  },
  'GET /system-checks/{id}': {
    build: () => ({ method: 'GET', path: '/system-checks/does-not-exist' }),
    inside: ['admin', 'office-operator', 'supervisor'],
    outside: ['admin', 'office-operator', 'supervisor'],
  },
};

// system_checks, case_events and case_documents are written only by workflows, in the background; a refused
// request starts none (counted below) and reaches none (authorisation runs before any update; test/cases checks
// that refused acts leave case histories clean).
const DOMAIN_TABLES = [
  'regions',
  'units',
  'leaders',
  'leader_roles',
  'api_tokens',
  'policies',
  'cases',
  'bars',
  'referrals',
  'contacts',
  'work_points',
  'work_reports',
  'plenary_reports',
  'assessments',
  'commendations',
  'key_area_standards',
  'key_areas',
  'supervision_items',
];
// (annual_cycles, pledges and their versions are written by the cycle the admin's allowed request starts, in the
// background, like case events; refused requests start no workflow, counted below.)
async function counts(): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of DOMAIN_TABLES) out[t] = Number((await pool.query(`SELECT count(*) AS n FROM ${t}`)).rows[0].n);
  return out;
}
const auditCount = async () => Number((await pool.query('SELECT count(*) AS n FROM audit_log')).rows[0].n);

beforeAll(async () => {
  db = await freshDatabase();
  pool = db.pool;
  await insertRegion(pool, {
    id: '110000',
    name: '甲省',
    level: 'province',
    kind: 'ordinary',
    parent_id: null,
    committee_name: '甲省综治委',
    office_name: '甲省综治办',
  });
  for (const [id, name, level, parent] of [
    ['110100', '一市', 'city', '110000'],
    ['110200', '二市', 'city', '110000'],
    ['110101', '一县', 'county', '110100'],
  ] as const) {
    await insertRegion(pool, {
      id,
      name,
      level,
      kind: 'ordinary',
      parent_id: parent,
      committee_name: `${name}综治委`,
      office_name: `${name}综治办`,
    });
  }
  await insertUnit(pool, {
    id: 'U-IN',
    name: '一县公安局',
    kind: 'administrative-organ',
    region_id: '110101',
    member_of_committee: true,
    stationed_by: null,
    supervising_unit_name: null,
    leads_region: false,
  });
  await insertUnit(pool, {
    id: 'U-OUT',
    name: '二市公安局',
    kind: 'administrative-organ',
    region_id: '110200',
    member_of_committee: true,
    stationed_by: null,
    supervising_unit_name: null,
    leads_region: false,
  });
  await insertLeader(pool, { id: 'L-IN', name: '张一' });
  await insertLeader(pool, { id: 'L-OUT', name: '李二' });
  await insertLeaderRole(pool, {
    leaderId: 'L-IN',
    unitId: 'U-IN',
    role: 'principal',
    title: '局长',
    startsOn: '2024-01-01',
    endsOn: null,
  });
  await insertLeaderRole(pool, {
    leaderId: 'L-OUT',
    unitId: 'U-OUT',
    role: 'principal',
    title: '局长',
    startsOn: '2024-01-01',
    endsOn: null,
  });
  for (const role of ROLES) {
    const scope = role === 'admin' ? {} : role === 'unit-liaison' ? { unitId: 'U-IN' } : { regionId: '110100' };
    tokens[role] = (await tokenFor(pool, role, scope)).secret;
  }
  connection = await Connection.connect({ address: testConfig('x').temporal.address });
  client = new Client({ connection });
  const config = testConfig(taskQueue);
  const app = buildApp({
    // The matrix sends thousands of requests, many without a valid token, from one address: no limits here.
    config: { ...config, api: { ...config.api, rateLimitPerMinute: 0, authFailuresPerMinute: 0 } },
    logger: createLogger('silent', 'test'),
    pool,
    temporal: { connection, client },
    verifier: createDbTokenVerifier(pool),
  });
  server = createServer(app).listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // A worker, so that the acts the matrix allows reach a running case.
  quietRuntime();
  nativeConnection = await NativeConnection.connect({ address: config.temporal.address });
  worker = await createWorker({ connection: nativeConnection, namespace: 'default', taskQueue, deps: { pool } });
  workerRun = worker.run();
  for (const [where, unit, opening] of [
    ['inside', 'U-IN', '110100'],
    ['outside', 'U-OUT', '110200'],
  ] as const) {
    const r = await call(
      base,
      'POST',
      '/cases',
      {
        subject: { kind: 'unit', id: unit },
        grounds: [1],
        facts: '矩阵用案件',
        severity: 'ordinary',
        openingRegionId: opening,
      },
      bearer(tokens.admin),
    );
    expect(r.status).toBe(201);
    cases[where] = r.body.id;
  }
  // A listing bar on each side, decided by the level above its subject.
  for (const [where, unit, authority] of [
    ['inside', 'U-IN', '110100'],
    ['outside', 'U-OUT', '110000'],
  ] as const) {
    const bar = await upsertBar(pool, {
      bar_key: `bar-${cases[where]}-listing-unit-${unit}`,
      case_id: cases[where],
      rung: 'listing',
      decision_event_seq: 1,
      decision_document_no: null,
      authority_region_id: authority,
      subject_kind: 'unit',
      subject_id: unit,
      subject_name: unit,
      leader_role: null,
      leader_unit_id: null,
      scopes: ['honours'],
      starts_at: new Date(),
      ends_at: new Date(Date.now() + 86_400_000),
      period: 'P1D',
    });
    bars[where] = bar.id;
  }
  // Let both cases settle (notice issued, waiting for rectification) before counting rows.
  await eventually(
    async () =>
      Number((await pool.query("SELECT count(*) AS n FROM cases WHERE phase = 'rectifying'")).rows[0].n) === 2,
  );
  // The annual cycle's rows for year Y, written directly: a pledge, a plenary report, an assessment, a nomination on
  // each side.
  await insertCycle(pool, { year: Y, startedBy: 'matrix', startedAt: new Date(), policy: DEFAULT_ANNUAL });
  for (const [where, region, unit, name] of [
    ['inside', '110100', 'U-IN', '一县公安局'],
    ['outside', '110200', 'U-OUT', '二市公安局'],
  ] as const) {
    await insertPledges(pool, {
      year: Y,
      issuerRegionId: region,
      deadline: new Date(Date.now() + 86_400_000),
      issuedAt: new Date(),
      issuedBy: 'matrix',
      content: { points: [] },
      parties: [{ id: pledgeOf(where), kind: 'unit', partyId: unit, name }],
    });
    // A closed pledge (no process behind it): acts on it answer 409 once access is granted.
    await pool.query("UPDATE pledges SET status = 'unsigned' WHERE id = $1", [pledgeOf(where)]);
    await pool.query(
      `INSERT INTO work_reports (year, to_region_id, party_kind, party_id, party_name, deadline)
       VALUES ($1, $2, 'unit', $3, $4, now() + interval '1 day')`,
      [Y + 1, region, unit, name],
    );
    plenaries[where] = (await schedulePlenaryReport(pool, {
      year: Y + 1,
      regionId: region,
      partyKind: 'unit',
      partyId: unit,
      scheduledFor: new Date(Date.now() - 60_000),
      scheduledBy: 'matrix',
    }))!.id;
    await pool.query(
      `INSERT INTO assessments (year, subject_kind, subject_id, subject_name, assessor_region_id) VALUES ($1, 'unit', $2, $3, $4)`,
      [Y, unit, name, region],
    );
    nominations[where] = (
      await insertNomination(pool, {
        year: Y - 1,
        category: 'advanced-collective',
        subjectKind: 'unit',
        subjectId: unit,
        subjectName: name,
        regionId: where === 'inside' ? '110101' : '110200',
        basis: 'matrix',
        nominatedBy: 'matrix',
        status: 'nominated',
        reason: null,
      })
    ).row.id;
  }
  // A supervision item on each side (Art. 9), assigned by each city's office to its unit.
  await pool.query(`ALTER SEQUENCE supervision_item_seq RESTART WITH ${1 + Math.floor(Math.random() * 900_000)}`);
  for (const [where, region, unit, name] of [
    ['inside', '110100', 'U-IN', '一县公安局'],
    ['outside', '110200', 'U-OUT', '二市公安局'],
  ] as const) {
    items[where] = `DB2002-00000${where === 'inside' ? 1 : 2}`;
    await withTransaction(pool, (c) =>
      insertItem(c, {
        id: items[where],
        kind: 'major-decision',
        form: 'tracking',
        title: '矩阵',
        content: '矩阵',
        basis: null,
        region_id: region,
        target_kind: null,
        target_id: null,
        target_name: null,
        target_region_id: null,
        first_deadline: new Date(Date.now() + 86_400_000),
        policy_region_id: null,
        policy_version: 0,
        policy: DEFAULT_SUPERVISION,
        drill: false,
        assigned_by: 'matrix',
        assigned_at: new Date(),
        idempotency_key: null,
        units: [{ id: unit, name }],
      }),
    );
  }
  // Key areas (Art. 15(1) ¶2): a member unit of the city committee, each register's standards, an item on each side.
  await pool.query(`ALTER SEQUENCE key_area_number_seq RESTART WITH ${1 + Math.floor(Math.random() * 9_000_000)}`);
  await insertUnit(pool, {
    id: 'U-KA',
    name: '一市公安局',
    kind: 'administrative-organ',
    region_id: '110100',
    member_of_committee: true,
    stationed_by: null,
    supervising_unit_name: null,
    leads_region: false,
  });
  for (const where of ['inside', 'outside'] as const) {
    await insertStandard(pool, {
      regionId: registerOf(where),
      title: '矩阵认定标准',
      criteria: ['矩阵'],
      procedure: '矩阵',
      effectiveFrom: new Date(Date.now() - 60_000),
      adoptedBy: 'matrix',
    });
    const r = await call(base, 'POST', '/key-areas', keyAreaBody(where, '矩阵城中村'), bearer(tokens.admin));
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    keyAreas[where] = r.body.id;
    keyAreaChecks[where] = await eventually(async () => {
      const { rows } = await pool.query<{ id: string }>(
        'SELECT id::text FROM key_area_checks WHERE area_id = $1 ORDER BY id LIMIT 1',
        [keyAreas[where]],
      );
      return rows[0]?.id;
    });
  }
  // A referral to discipline inspection on each side (Art. 15(5)), made by the office that opened the case.
  for (const [where, leader, office] of [
    ['inside', 'L-IN', tokens['office-operator']],
    ['outside', 'L-OUT', (await tokenFor(pool, 'office-operator', { regionId: '110200' })).secret],
  ] as const) {
    const r = await call(
      base,
      'POST',
      `/cases/${cases[where]}/referrals`,
      { leaderId: leader, body: 'discipline-inspection', reasons: '矩阵用移送' },
      bearer(office),
    );
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    referrals[where] = r.body.referral.id;
  }
});

afterAll(async () => {
  await new Promise((r) => server?.close(r));
  worker?.shutdown();
  await workerRun;
  await nativeConnection?.close();
  for (const w of ['inside', 'outside'] as const)
    await client?.schedule
      .getHandle(keyAreaScheduleId(registerOf(w)))
      .delete()
      .catch(() => undefined);
  await connection?.close();
  await db?.drop();
});

const operations = (): string[] =>
  Object.entries(buildOpenApiDocument().paths as Record<string, Record<string, unknown>>).flatMap(([p, ops]) =>
    Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`),
  );

describe('access matrix over every route in the OpenAPI document (issue 6)', () => {
  it('has an expectation for every route the OpenAPI document lists, and no stale ones', () => {
    expect(Object.keys(MATRIX).sort()).toEqual(operations().sort());
  });

  it('lets exactly the allowed roles through, inside and outside the jurisdiction; refused calls write nothing', async () => {
    const failures: string[] = [];
    let refusals = 0;
    let startedChecks = 0;
    let startedCycles = 0;
    const auditBefore = await auditCount();
    for (const [op, spec] of Object.entries(MATRIX)) {
      for (const where of ['inside', 'outside'] as const) {
        const allowed = new Set(where === 'inside' ? spec.inside : spec.outside);
        for (const role of ROLES) {
          const req = await spec.build(where);
          const before = await counts();
          const r = await call(base, req.method, req.path, req.body, bearer(tokens[role]));
          const refused = r.status === 401 || r.status === 403;
          if (allowed.has(role) === refused) {
            failures.push(`${op} ${where} as ${role}: got ${r.status} ${r.body?.detail ?? ''}`);
            continue;
          }
          if (refused) {
            refusals++;
            expect(r.headers.get('content-type')).toMatch(/application\/problem\+json/);
            expect(r.body.type).toBe(r.status === 401 ? '/problems/unauthenticated' : '/problems/forbidden');
            const after = await counts();
            if (JSON.stringify(after) !== JSON.stringify(before))
              failures.push(`${op} ${where} as ${role}: refused but wrote ${JSON.stringify(after)}`);
          } else {
            expect(r.status, `${op} ${where} as ${role}: ${JSON.stringify(r.body)}`).toBeLessThan(500);
            if (op === 'POST /system-checks' || op === 'POST /cases') startedChecks++;
            if (op === 'POST /cases/{id}/referrals' && r.status === 201) startedChecks++; // its child workflow
            if (op === 'POST /annual-cycles' && r.status === 201) startedCycles++;
            if (op === 'POST /key-areas' && r.status === 201) startedChecks++;
            if (op === 'POST /supervision-items' && r.status === 201) startedChecks++;
          }
        }
      }
    }
    expect(failures).toEqual([]);
    // Every refused attempt is in the audit log (written as the response finishes).
    await eventually(async () => (await auditCount()) - auditBefore >= refusals);
    const { rows } = await pool.query(
      "SELECT count(*) AS n FROM audit_log WHERE outcome = 'refused' AND status IN (401, 403)",
    );
    expect(Number(rows[0].n)).toBe(refusals);
    // And no workflow was started but by the calls that were allowed.
    await new Promise((r) => setTimeout(r, 1500));
    // (A started annual cycle starts its own children — pledge rounds and pledges — so it is counted by type.)
    const annual = `WorkflowType IN ('annualCycleWorkflow', 'committeePledgesWorkflow', 'pledgeWorkflow')`;
    expect((await client.workflow.count(`TaskQueue = '${taskQueue}' AND NOT (${annual})`)).count).toBe(
      startedChecks + 4 + 2, // + the two cases and two referrals made in setup, and the two key areas listed
    );
    expect(
      (await client.workflow.count(`TaskQueue = '${taskQueue}' AND WorkflowType = 'annualCycleWorkflow'`)).count,
    ).toBe(startedCycles);
    expect(startedCycles).toBe(1); // the second request for the same year started nothing
    // Every route × every role × inside and outside, each with its row counts: minutes on a busy machine.
  }, 300_000);

  it('refuses every non-public route without a token, with an unknown, an expired or a revoked token', async () => {
    const expired = (await tokenFor(pool, 'admin', {}, new Date(Date.now() - 1000))).secret;
    const revoked = await tokenFor(pool, 'admin');
    await pool.query(
      "UPDATE api_tokens SET revoked_at = now(), revoked_by = 'test', revoke_reason = 'test' WHERE id = $1",
      [revoked.id],
    );
    const variants: Array<[string, Record<string, string>, RegExp]> = [
      ['none', {}, /send a bearer token/],
      ['unknown', bearer('aot_' + 'x'.repeat(43)), /not valid/],
      ['malformed', { Authorization: 'Basic abc' }, /send a bearer token/],
      ['expired', bearer(expired), /expired/],
      ['revoked', bearer(revoked.secret), /revoked/],
    ];
    for (const [op, spec] of Object.entries(MATRIX)) {
      if (spec.public) continue;
      for (const [name, headers, detail] of variants) {
        const req = await spec.build('inside');
        const before = await counts();
        const r = await call(base, req.method, req.path, req.body, headers);
        expect(r.status, `${op} with ${name} token`).toBe(401);
        expect(r.body.detail, `${op} with ${name} token`).toMatch(detail);
        expect(await counts(), `${op} with ${name} token wrote`).toEqual(before);
      }
    }
  });

  it('filters lists to the jurisdiction: nothing outside it is listed', async () => {
    for (const role of ROLES.filter((r) => r !== 'admin')) {
      const units = await call(base, 'GET', '/units', undefined, bearer(tokens[role]));
      const unitIds = units.body.items.map((u: { id: string }) => u.id);
      expect(unitIds, role).toContain('U-IN');
      expect(unitIds, role).not.toContain('U-OUT');
      if (role === 'unit-liaison') expect(unitIds).toEqual(['U-IN']);
      const leaders = await call(base, 'GET', '/leaders', undefined, bearer(tokens[role]));
      expect(
        leaders.body.items.map((l: { id: string }) => l.id),
        role,
      ).not.toContain('L-OUT');
      const regions = await call(base, 'GET', '/regions', undefined, bearer(tokens[role]));
      const regionIds = regions.body.items.map((r: { id: string }) => r.id);
      expect(regionIds, role).toContain('110000'); // the level above is visible
      expect(regionIds, role).not.toContain('110200'); // a sibling is not
    }
  });
});
