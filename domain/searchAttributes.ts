/**
 * The custom search attributes supervisors filter on in the Temporal Web UI (DESIGN.md §8 "Supervisors' view").
 * One list, used by the workflows that set them, by `npm start` and the test setup that register them on the dev
 * server, and mirrored in docker-compose.yml's registration job.
 */
import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';

/** Current rung of an accountability case: notice, talk, listing, veto, … */
export const CaseRung = defineSearchAttributeKey('CaseRung', SearchAttributeType.KEYWORD);
/** The region or unit a case is against. */
export const CaseSubject = defineSearchAttributeKey('CaseSubject', SearchAttributeType.KEYWORD);
/** The subject's region, so "everything in region X" is one query. */
export const CaseRegion = defineSearchAttributeKey('CaseRegion', SearchAttributeType.KEYWORD);
/** ordinary / serious / especially-serious / veto-level. */
export const CaseSeverity = defineSearchAttributeKey('CaseSeverity', SearchAttributeType.KEYWORD);
/** The current rectification deadline, so "due this week" and "overdue" are queries. */
export const CaseDeadline = defineSearchAttributeKey('CaseDeadline', SearchAttributeType.DATETIME);
/** open / rectified / withdrawn / … ; for referrals awaiting-outcome / decided; for the annual cycle its stage. */
export const CaseStatus = defineSearchAttributeKey('CaseStatus', SearchAttributeType.KEYWORD);

/** Temporal's own: the time a schedule meant a run for (a backfilled run carries its own). Not registered by us. */
export const TemporalScheduledStartTime = defineSearchAttributeKey(
  'TemporalScheduledStartTime',
  SearchAttributeType.DATETIME,
);

/**
 * What kind of item a supervision item (Art. 9: major-decision, instruction, proposal, disorder) or a key area (Art.
 * 15(1) ¶2: its category) is; those processes reuse CaseRegion, CaseStatus and CaseDeadline for the rest.
 */
export const ItemKind = defineSearchAttributeKey('ItemKind', SearchAttributeType.KEYWORD);

export const SEARCH_ATTRIBUTES = [
  CaseRung,
  CaseSubject,
  CaseRegion,
  CaseSeverity,
  CaseDeadline,
  CaseStatus,
  ItemKind,
] as const;

/** The CLI's spelling of each type, for `temporal server start-dev --search-attribute Name=Type`. */
export const CLI_TYPE_NAMES: Record<string, string> = {
  [SearchAttributeType.TEXT]: 'Text',
  [SearchAttributeType.KEYWORD]: 'Keyword',
  [SearchAttributeType.INT]: 'Int',
  [SearchAttributeType.DOUBLE]: 'Double',
  [SearchAttributeType.BOOL]: 'Bool',
  [SearchAttributeType.DATETIME]: 'Datetime',
  [SearchAttributeType.KEYWORD_LIST]: 'KeywordList',
};
