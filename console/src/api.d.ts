/**
 * Generated from the API’s OpenAPI document by console/apiTypes.ts (openapi-typescript). Do not edit:
 * run `npm run console:types`.
 */

export interface paths {
  '/healthz': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Whether PostgreSQL and Temporal answer */
    get: operations['getHealth'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Who this token is: role and jurisdiction */
    get: operations['getMe'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tokens': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List tokens (never their secrets) */
    get: operations['listTokens'];
    put?: never;
    /** Issue a token (the secret is shown once) */
    post: operations['createToken'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tokens/{id}/revoke': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Revoke a token */
    post: operations['revokeToken'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Read the audit log, newest first, one page at a time
     * @description Entries ordered by their numeric id, newest first. Keyset pagination: the answer carries `next`; ask again with `before=<next>` (and the same filters and `limit`) for the following page, until `next` is null.
     */
    get: operations['listAudit'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/regions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List the regions this token may see */
    get: operations['listRegions'];
    put?: never;
    /** Create a region (with its committee and office at county level and above) */
    post: operations['createRegion'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/regions/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One region */
    get: operations['getRegion'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Rename a region or its committee and office; an admin marks or clears a drill region */
    patch: operations['updateRegion'];
    trace?: never;
  };
  '/units': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List the units this token may see */
    get: operations['listUnits'];
    put?: never;
    /** Create a unit in a region */
    post: operations['createUnit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/units/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One unit */
    get: operations['getUnit'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change a unit */
    patch: operations['updateUnit'];
    trace?: never;
  };
  '/leaders': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List leaders who have held a role in a unit this token covers */
    get: operations['listLeaders'];
    put?: never;
    /** Record a leader with their roles */
    post: operations['createLeader'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/leaders/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One leader with every role held, past and present */
    get: operations['getLeader'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/leaders/{id}/roles': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record a role a leader takes up (e.g. after a transfer), in a unit or as a post of a region’s committee or office
     * @description Needs jurisdiction over the leader (through a unit they hold or held a role in, or a region whose committee or office post they hold or held) and over the new role’s unit or region: an office cannot attach itself to another region’s leader by recording a role in one of its own units. The posts office-director (综治办主任), committee-director (综治委主任) and committee-deputy-director (综治委副主任) take regionId instead of unitId; they hold the talks with the level below (Art. 15(2)).
     */
    post: operations['addLeaderRole'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/leaders/{id}/roles/{roleId}/end': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record the day a leader left a role */
    post: operations['endLeaderRole'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/organisation/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Import regions, units and leaders from one JSON document, all or nothing
     * @description Regions are applied parent first, then units, then leaders. Records that already exist are updated to match; importing the same document twice changes nothing. Any invalid record refuses the whole document and writes nothing.
     */
    post: operations['importOrganisation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/policies': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Install a new policy version for the default scope or for a region
     * @description What the regulation fixes is not policy: bars.listing is P6M (Art. 15(3) 半年), bars.veto P1Y (Art. 15(4) 一年), aggravatingRungsUp at least 1 and aggravatingForbidsExtensions not false (Art. 16 应当从重), and every period whole days or longer. Only a region an admin marked as a drill region (or one below it) may install shorter periods, the fixed ones included; the default scope never. Anything else answers 422 citing the article.
     */
    post: operations['installPolicy'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/regions/{id}/policy': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The policy in force for a region (its own, the nearest above it, or the default) */
    get: operations['getEffectivePolicy'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List cases in the jurisdiction */
    get: operations['listCases'];
    put?: never;
    /**
     * Open an accountability case (Art. 14–17)
     * @description Severity picks the first rung (notice, talk, listing, veto proposal); Art. 16 circumstances raise it and Art. 17 mitigation may lower it, per the policy in force; the reason is recorded.
     */
    post: operations['openCase'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A case with its full history, documents and live state */
    get: operations['getCase'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/rectification-reports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Submit a rectification report (the subject) */
    post: operations['submitRectificationReport'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/reviews': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Accept or reject a rectification report (the issuer of the current rung) */
    post: operations['reviewRectificationReport'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/talk': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record the talk with the leaders as held (Art. 15(2), the upper level)
     * @description Art. 15(2): the talk is held by the upper level’s office director (综治办主任), or when necessary by its committee’s director or a deputy director (综治委主任、副主任), with the subject’s principal leader (主要负责同志), the leader in charge of comprehensive management of public security (分管社会治安综合治理工作的负责同志, role `in-charge`) and the other responsible members of its leadership. All are leaders on record, checked for the talk’s day (Asia/Shanghai); a principal or in-charge leader who did not attend, or such a post nobody holds, needs an absence with its reason.
     */
    post: operations['recordTalk'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/veto-decision': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Decide the one-vote veto (Art. 15(4): the upper committee, jointly with the departments) */
    post: operations['decideVeto'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/extension-requests': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ask for a later rectification deadline (the subject, before the deadline) */
    post: operations['requestExtension'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/extension-decisions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Grant or refuse the pending extension request (the issuer of the current rung) */
    post: operations['decideExtension'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/circumstances': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record an Art. 16 / 17 circumstance found during the case (the level holding it), with evidence
     * @description Art. 16 (应当从重: 1 弄虚作假、隐瞒真相, 2 干扰阻碍调查, 3 打击报复, 4 other) or Art. 17 (可以从轻: 1 主动采取措施, 2 积极配合调查, 3 other). An aggravating circumstance escalates the case now by the policy’s rungs, with a document citing Art. 16, and forbids extensions; both kinds are cited in the documents that follow and carried into referrals.
     */
    post: operations['recordCircumstance'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/withdrawal': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Withdraw a case (only the level holding it), with a reason; its bars revoked in the same act
     * @description Only the level holding the case withdraws it: the opening level (its office, or its committee’s leaders) while nothing above its notice has been issued; from the talk on, the upper level — its office at the talk and the listing, its committee’s leaders at the veto (the local committee’s for a stationed unit’s recommendation). Bars still in force from a listing or veto decision are revoked in the same act, which needs the authority that decided them (the upper office for a listing, the upper committee for a veto); otherwise 409 says what blocks it. Nothing is deleted.
     */
    post: operations['withdrawCase'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/documents/{number}.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An issued document as a printable PDF (GB/T 9704-2012), fonts embedded */
    get: operations['getDocumentPdf'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/documents/{number}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * An issued document: its record (addressees, signers, text, 版记) and the SHA-256 taken at issue
     * @description A case’s documents are read under the case’s access rules, a pledge’s under the pledge’s, a commendation decision’s by its region’s jurisdiction, a key-area notification by whoever sees its register’s region.
     */
    get: operations['getDocument'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/eligibility': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Is a unit, region or leader eligible for honours, awards or promotion on a date, and if not, why
     * @description Art. 15(3)(4): a listed or vetoed unit or region may not be chosen for comprehensive honorary titles (honours); its principal, supervising and in-charge leaders (in-charge: the leader in charge of comprehensive management of public security, 社会治安综合治理工作分管领导干部) at the time of the decision may not receive awards nor be promoted (awards, promotion). Computed from the records for any date, past or future, as they are known now. A bar applies to a day (Asia/Shanghai) if it was in force at any moment of it; a revoked bar counts up to its revocation and not from it on, so the day of a revocation is still barred and the next is not. Overlapping bars: barred until the last one ends. Nominations and commendations (Art. 12) ask the same question, for the day they are made.
     */
    get: operations['getEligibility'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/bars/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One bar */
    get: operations['getBar'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/bars/{id}/revoke': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Revoke the bars of a listing or veto decision (only the authority that decided it), with a reason
     * @description Revokes every bar the same decision opened (the subject and its leaders) and stops their timer. The records keep the original window and the revocation; from the revocation moment on they no longer count — in eligibility, nominations and commendations alike: the day of the revocation is still barred (barred for part of it), the next day is not. Answered once the revocation is on record (and in the performance archive).
     */
    post: operations['revokeBars'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/archive': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Performance archive entries of a unit, region or leader (Art. 10 ¶2, Art. 11) */
    get: operations['getPerformanceArchive'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/referrals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Refer a leader of the subject to discipline inspection, organisation / personnel or the judiciary (Art. 15(5)) */
    post: operations['referForAccountability'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/referrals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Referrals addressed to bodies in the caller’s jurisdiction; a body’s role sees its own kind */
    get: operations['listReferrals'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/referrals/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A referral with its history */
    get: operations['getReferral'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/referrals/{id}/outcome': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record the receiving body’s outcome (Art. 15(5)); the judiciary’s is recorded by the referring office */
    post: operations['recordReferralOutcome'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{id}/rebound': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Report a rebound during the watch after a rectified close; the case reopens one rung higher (Art. 14(5)) */
    post: operations['reportRebound'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/contacts/{kind}/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Set the mailbox notifications to an addressee are sent to */
    put: operations['putContact'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/annual-cycles': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Start a year’s cycle by hand, or backfill a missed one (the schedule starts it each January) */
    post: operations['startAnnualCycle'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/annual-cycles/{year}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A year’s cycle: its stage, its pinned policy */
    get: operations['getAnnualCycle'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/annual-cycles/{year}/work-points/{regionId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** The year’s work points and targets a committee writes into its pledges (Art. 7) */
    put: operations['setWorkPoints'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/annual-cycles/{year}/pledges': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The year’s pledges in the jurisdiction (a liaison: its unit’s) */
    get: operations['listPledges'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/pledges/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A pledge with every version of its text and its history */
    get: operations['getPledge'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/pledges/{id}/signature': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign a pledge (the unit through its liaison; a lower committee through its office) */
    post: operations['signPledge'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/pledges/{id}/revisions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Revise and supplement a pledge (the issuing committee’s office, Art. 7); earlier versions are kept */
    post: operations['revisePledge'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/annual-cycles/{year}/work-reports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The year-end work reports owed in the jurisdiction (Art. 8) */
    get: operations['listWorkReports'];
    put?: never;
    /** File the year’s report: summary and next year’s plan (Art. 8 ¶2) */
    post: operations['fileWorkReport'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/annual-cycles/{year}/plenary-reports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Schedule a report at the committee’s plenary meeting (Art. 8) */
    post: operations['schedulePlenaryReport'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/plenary-reports/{id}/minutes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record a report heard at the plenary meeting */
    post: operations['recordPlenaryReport'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/annual-cycles/{year}/assessments/{subjectKind}/{subjectId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Enter a subject’s scores on the year’s indicator system (the assessing committee’s office, Art. 10) */
    put: operations['enterScores'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/annual-cycles/{year}/results': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Assessment results in the jurisdiction, for leadership evaluation (Art. 11) */
    get: operations['listResults'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/annual-cycles/{year}/results.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The same results as CSV (UTF-8 with BOM, for spreadsheet tools) */
    get: operations['exportResultsCsv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/annual-cycles/{year}/commendations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Nominations and commendations in the jurisdiction (Art. 12–13) */
    get: operations['listCommendations'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/annual-cycles/{year}/nominations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Nominate a unit, region or leader for commendation; a barred one is refused with the reason (Art. 12, 15) */
    post: operations['nominate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/commendations/{id}/decision': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Commend or decline a nomination (the provincial committee, Art. 12 ¶2); a barred one is refused */
    post: operations['decideCommendation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/key-area-registers/{regionId}/standards': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every version of the register’s identification standards and procedure, newest first */
    get: operations['listKeyAreaStandards'];
    put?: never;
    /** Adopt a new version of the register’s identification standards and procedure (Art. 15(1) ¶2) */
    post: operations['adoptKeyAreaStandards'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/key-area-registers/{regionId}/notification-schedule': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Create or update the register’s periodic notification schedule from the policy in force (定期通报)
     * @description One Temporal Schedule per committee (`key-area-notifications-<regionId>`, Asia/Shanghai) at the policy’s `keyAreas.notificationEvery`: whole months on the 1st at 09:00, or a fixed length (a drill’s in seconds). Call again after installing a new policy.
     */
    put: operations['configureKeyAreaNotifications'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/key-area-registers/{regionId}/notifications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The register’s periodic notifications, newest first, each with its document */
    get: operations['listKeyAreaNotifications'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/key-areas': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Key areas and prominent problems in the jurisdiction (a unit’s: those it answers for or investigates) */
    get: operations['listKeyAreas'];
    put?: never;
    /**
     * List a key area or a prominent problem on the register, with its reasons (Art. 15(1) ¶2)
     * @description Starts its process: rolling investigation by the member units round by round, rectification by the deadline; no acceptance by then opens a case on Art. 14 ground 5 against the responsible region or unit.
     */
    post: operations['listKeyArea'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/key-areas/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A key area or prominent problem: reasons, standard applied, checks, events, linked cases */
    get: operations['getKeyArea'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/key-areas/{id}/acceptance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Accept the rectification and delist the item (验收销号); the rebound watch begins */
    post: operations['acceptKeyAreaRectification'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/key-areas/{id}/rebound': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Report a rebound of a delisted item during its watch: a case on Art. 14 ground 5 (出现反弹) */
    post: operations['reportKeyAreaRebound'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/key-area-checks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Rolling-investigation assignments: a member unit’s own, or those of the registers in the jurisdiction */
    get: operations['listKeyAreaChecks'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/key-area-checks/{id}/report': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A member unit reports its rolling investigation: findings and the measures taken (滚动排查) */
    post: operations['reportKeyAreaCheck'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/supervision-items': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List supervision items in the jurisdiction
     * @description An unannounced inspection is not listed to the inspected until its findings are recorded.
     */
    get: operations['listSupervisionItems'];
    put?: never;
    /**
     * Assign a supervision item to the responsible units (Art. 9, the office)
     * @description Kinds: major decisions and work deployments, leaders’ written instructions, NPC suggestions, CPPCC proposals (their reply deadline is policy and cannot be exceeded), places with long-term disorder. Forms: tracking, joint (several member units), open and unannounced inspection (the inspected does not see an unannounced one until its findings).
     */
    post: operations['assignSupervisionItem'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/supervision-items/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A supervision item with its history and notifications */
    get: operations['getSupervisionItem'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/supervision-items/{id}/progress-reports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Report progress on a supervision item (a responsible unit) */
    post: operations['reportSupervisionProgress'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/supervision-items/{id}/completion': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Report a supervision item done (the lead unit; in rectification also the inspected) */
    post: operations['reportSupervisionCompletion'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/supervision-items/{id}/reviews': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Accept or return a completion report (the assigning office) */
    post: operations['reviewSupervisionCompletion'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/supervision-items/{id}/findings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record the findings: causes, loopholes, a rectification deadline, an accountability recommendation
     * @description Art. 9: 查明发生问题的原因和存在的漏洞，提出限期整改和领导责任追究建议. The recommendation rests on Art. 14 ground 1, 5 or 6; the office turns it into a case with POST /supervision-items/{id}/case. Recording the findings of an unannounced inspection makes it visible to the inspected.
     */
    post: operations['recordSupervisionFindings'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/supervision-items/{id}/case': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Turn the item’s accountability recommendation into a case (the assigning office, through the one door)
     * @description The office (or its committee’s leader, in the committee’s name) opens one accountability case on Art. 14 ground 1, 5 or 6 from the recommendation; the case records the item as its origin and the item the case. Asking again opens nothing and answers 200 with the case already opened.
     */
    post: operations['openCaseFromSupervisionItem'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/system-checks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Start a system check (workflow → activity → PostgreSQL) */
    post: operations['startSystemCheck'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/system-checks/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A system check: its row in PostgreSQL and its workflow in Temporal */
    get: operations['getSystemCheck'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: never;
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  getHealth: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Both answer */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @constant */
            status: 'ok';
            checks: {
              postgres: {
                /** @enum {string} */
                status: 'up' | 'down';
                error?: string;
              };
              temporal: {
                /** @enum {string} */
                status: 'up' | 'down';
                error?: string;
              };
            };
          };
        };
      };
      /** @description The request could not be read (malformed JSON, an unreadable request) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The request target is not valid UTF-8 text */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description At least one does not; `checks` says which */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  getMe: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The caller */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            tokenId: string;
            name: string;
            role: string;
            regionId: string | null;
            unitId: string | null;
          };
        };
      };
      /** @description The request could not be read (malformed JSON, an unreadable request) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The token may not do this here */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The request target is not valid UTF-8 text */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Too many requests (per token), or too many failed authentications (per address) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description PostgreSQL or Temporal is not answering; repeat after Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  listTokens: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Tokens */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              /** Format: uuid */
              id: string;
              name: string;
              /** @enum {string} */
              role:
                | 'office-operator'
                | 'committee-leader'
                | 'unit-liaison'
                | 'discipline-inspection'
                | 'organisation-personnel'
                | 'supervisor'
                | 'admin';
              regionId: string | null;
              unitId: string | null;
              createdBy: string;
              createdAt: string;
              expiresAt: string;
              revokedAt: string | null;
              revokedBy: string | null;
              revokeReason: string | null;
            }[];
          };
        };
      };
      /** @description The request could not be read (malformed JSON, an unreadable request) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The token may not do this here */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The request target is not valid UTF-8 text */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Too many requests (per token), or too many failed authentications (per address) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description PostgreSQL or Temporal is not answering; repeat after Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  createToken: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description Who or what holds the token, e.g. 长春市综治办 张三 */
          name: string;
          /** @enum {string} */
          role:
            | 'office-operator'
            | 'committee-leader'
            | 'unit-liaison'
            | 'discipline-inspection'
            | 'organisation-personnel'
            | 'supervisor'
            | 'admin';
          /** @description The region the token acts for (every role but admin and unit-liaison) */
          regionId?: string;
          /** @description The unit a unit-liaison token acts for */
          unitId?: string;
          /** @default 90 */
          expiresInDays?: number;
        };
      };
    };
    responses: {
      /** @description Issued */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            role:
              | 'office-operator'
              | 'committee-leader'
              | 'unit-liaison'
              | 'discipline-inspection'
              | 'organisation-personnel'
              | 'supervisor'
              | 'admin';
            regionId: string | null;
            unitId: string | null;
            createdBy: string;
            createdAt: string;
            expiresAt: string;
            revokedAt: string | null;
            revokedBy: string | null;
            revokeReason: string | null;
            secret: string;
          };
        };
      };
      /** @description The request could not be read (malformed JSON, an unreadable request) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The token may not do this here */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The body exceeds the limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The request does not satisfy the schema */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Too many requests (per token), or too many failed authentications (per address) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description PostgreSQL or Temporal is not answering; repeat after Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  revokeToken: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason: string;
        };
      };
    };
    responses: {
      /** @description Revoked (or already revoked) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            role:
              | 'office-operator'
              | 'committee-leader'
              | 'unit-liaison'
              | 'discipline-inspection'
              | 'organisation-personnel'
              | 'supervisor'
              | 'admin';
            regionId: string | null;
            unitId: string | null;
            createdBy: string;
            createdAt: string;
            expiresAt: string;
            revokedAt: string | null;
            revokedBy: string | null;
            revokeReason: string | null;
          };
        };
      };
      /** @description The request could not be read (malformed JSON, an unreadable request) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The token may not do this here */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No such token */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The body exceeds the limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The request does not satisfy the schema */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Too many requests (per token), or too many failed authentications (per address) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description PostgreSQL or Temporal is not answering; repeat after Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  listAudit: {
    parameters: {
      query?: {
        tokenId?: string;
        outcome?: 'succeeded' | 'refused' | 'failed';
        since?: string;
        until?: string;
        /** @description Keyset cursor: only entries with a (numeric) id below this one. Leave it out for the first page (the newest entries); pass the previous answer's `next` for the following one. Pages neither overlap nor skip, even while entries are added. */
        before?: string;
        /** @description A whole number in decimal digits, 1–500 */
        limit?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of entries, newest first (by numeric id), at most `limit` of them */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: string;
              at: string;
              requestId: string | null;
              tokenId: string | null;
              actor: string | null;
              role: string | null;
              address: string | null;
              method: string;
              route: string;
              path: string;
              status: number;
              outcome: string;
              detail: string | null;
            }[];
            /** @description The cursor of the next (older) page: pass it as `before`; null on the last page */
            next: string | null;
          };
        };
      };
      /** @description The request could not be read (malformed JSON, an unreadable request) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The token may not do this here */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The request does not satisfy the schema */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Too many requests (per token), or too many failed authentications (per address) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description PostgreSQL or Temporal is not answering; repeat after Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  listRegions: {
    parameters: {
      query?: {
        parentId?: string;
        level?: 'province' | 'city' | 'county' | 'township';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Regions in the jurisdiction and the ones above it */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: string;
              name: string;
              level: string;
              kind: string;
              parentId: string | null;
              committeeName: string | null;
              officeName: string | null;
              /** @description Marked as a drill region by an admin */
              drill: boolean;
              /** @description A drill region: marked itself or below a marked region (short policy periods allowed, documents say 演练) */
              drillRegion: boolean;
            }[];
          };
        };
      };
      /** @description The request could not be read (malformed JSON, an unreadable request) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The token may not do this here */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The request does not satisfy the schema */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Too many requests (per token), or too many failed authentications (per address) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description PostgreSQL or Temporal is not answering; repeat after Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  createRegion: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          id: string;
          name: string;
          /** @enum {string} */
          level: 'province' | 'city' | 'county' | 'township';
          /**
           * @default ordinary
           * @enum {string}
           */
          kind?: 'ordinary' | 'development-zone' | 'new-area' | 'pilot-city';
          /**
           * @description The region one level up; null only for the province
           * @default null
           */
          parentId?: string | null;
          /** @description Defaults to <name>社会治安综合治理委员会 */
          committeeName?: string;
          /** @description Defaults to <committee>办公室 */
          officeName?: string;
          /** @description A drill region (演练, Art. 18): it and the regions below it may install short drill periods, and their cases’ documents say 演练 in title and number. Only an admin sets or clears it (403 for anyone else); absent: unchanged */
          drill?: boolean;
        };
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            name: string;
            level: string;
            kind: string;
            parentId: string | null;
            committeeName: string | null;
            officeName: string | null;
            /** @description Marked as a drill region by an admin */
            drill: boolean;
            /** @description A drill region: marked itself or below a marked region (short policy periods allowed, documents say 演练) */
            drillRegion: boolean;
          };
        };
      };
      /** @description The request could not be read (malformed JSON, an unreadable request) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The token may not do this here */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The id is taken */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The body exceeds the limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The request does not satisfy the schema */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Too many requests (per token), or too many failed authentications (per address) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description PostgreSQL or Temporal is not answering; repeat after Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  getRegion: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The region */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            name: string;
            level: string;
            kind: string;
            parentId: string | null;
            committeeName: string | null;
            officeName: string | null;
            /** @description Marked as a drill region by an admin */
            drill: boolean;
            /** @description A drill region: marked itself or below a marked region (short policy periods allowed, documents say 演练) */
            drillRegion: boolean;
          };
        };
      };
      /** @description The request could not be read (malformed JSON, an unreadable request) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The token may not do this here */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No such region */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The request does not satisfy the schema */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Too many requests (per token), or too many failed authentications (per address) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description PostgreSQL or Temporal is not answering; repeat after Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  updateRegion: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name?: string;
          /** @enum {string} */
          kind?: 'ordinary' | 'development-zone' | 'new-area' | 'pilot-city';
          committeeName?: string;
          officeName?: string;
          /** @description A drill region (演练, Art. 18): it and the regions below it may install short drill periods, and their cases’ documents say 演练 in title and number. Only an admin sets or clears it (403 for anyone else); absent: unchanged */
          drill?: boolean;
        };
      };
    };
    responses: {
      /** @description Updated */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            name: string;
            level: string;
            kind: string;
            parentId: string | null;
            committeeName: string | null;
            officeName: string | null;
            /** @description Marked as a drill region by an admin */
            drill: boolean;
            /** @description A drill region: marked itself or below a marked region (short policy periods allowed, documents say 演练) */
            drillRegion: boolean;
          };
        };
      };
      /** @description The request could not be read (malformed JSON, an unreadable request) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The token may not do this here */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No such region */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The body exceeds the limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The request does not satisfy the schema */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Too many requests (per token), or too many failed authentications (per address) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description PostgreSQL or Temporal is not answering; repeat after Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  listUnits: {
    parameters: {
      query?: {
        regionId?: string;
        kind?:
          | 'party-organ'
          | 'congress-organ'
          | 'administrative-organ'
          | 'cppcc-organ'
          | 'court'
          | 'procuratorate'
          | 'people-organisation'
          | 'public-institution'
          | 'state-owned-enterprise';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Units in the jurisdiction */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: string;
              name: string;
              kind: string;
              regionId: string;
              memberOfCommittee: boolean;
              stationedBy: string | null;
              supervisingUnitName: string | null;
              leadsRegion: boolean;
            }[];
          };
        };
      };
      /** @description The request could not be read (malformed JSON, an unreadable request) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The token may not do this here */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The request does not satisfy the schema */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Too many requests (per token), or too many failed authentications (per address) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description PostgreSQL or Temporal is not answering; repeat after Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  createUnit: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description A stable code, e.g. the unified social credit code */
          id: string;
          name: string;
          /**
           * @description Art. 2: the organs it applies to, and by reference the others
           * @enum {string}
           */
          kind:
            | 'party-organ'
            | 'congress-organ'
            | 'administrative-organ'
            | 'cppcc-organ'
            | 'court'
            | 'procuratorate'
            | 'people-organisation'
            | 'public-institution'
            | 'state-owned-enterprise';
          regionId: string;
          /**
           * @description A member unit (成员单位) of its region’s committee
           * @default false
           */
          memberOfCommittee?: boolean;
          /**
           * @description 中央、省直驻地方单位 (Art. 15(4) ¶3)
           * @default null
           */
          stationedBy?: ('central' | 'provincial') | null;
          /** @default null */
          supervisingUnitName?: string | null;
          /**
           * @description The region’s party committee or government: its leaders count as the region’s leaders (Art. 15(3)(4))
           * @default false
           */
          leadsRegion?: boolean;
        };
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            name: string;
            kind: string;
            regionId: string;
            memberOfCommittee: boolean;
            stationedBy: string | null;
            supervisingUnitName: string | null;
            leadsRegion: boolean;
          };
        };
      };
      /** @description The request could not be read (malformed JSON, an unreadable request) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The token may not do this here */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The id is taken */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The body exceeds the limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The request does not satisfy the schema */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Too many requests (per token), or too many failed authentications (per address) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description PostgreSQL or Temporal is not answering; repeat after Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  getUnit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The unit */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            name: string;
            kind: string;
            regionId: string;
            memberOfCommittee: boolean;
            stationedBy: string | null;
            supervisingUnitName: string | null;
            leadsRegion: boolean;
          };
        };
      };
      /** @description The request could not be read (malformed JSON, an unreadable request) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The token may not do this here */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No such unit */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The request does not satisfy the schema */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Too many requests (per token), or too many failed authentications (per address) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description PostgreSQL or Temporal is not answering; repeat after Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  updateUnit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name?: string;
          /** @enum {string} */
          kind?:
            | 'party-organ'
            | 'congress-organ'
            | 'administrative-organ'
            | 'cppcc-organ'
            | 'court'
            | 'procuratorate'
            | 'people-organisation'
            | 'public-institution'
            | 'state-owned-enterprise';
          regionId?: string;
          memberOfCommittee?: boolean;
          stationedBy?: ('central' | 'provincial') | null;
          supervisingUnitName?: string | null;
          leadsRegion?: boolean;
        };
      };
    };
    responses: {
      /** @description Updated */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            name: string;
            kind: string;
            regionId: string;
            memberOfCommittee: boolean;
            stationedBy: string | null;
            supervisingUnitName: string | null;
            leadsRegion: boolean;
          };
        };
      };
      /** @description The request could not be read (malformed JSON, an unreadable request) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The token may not do this here */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No such unit */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The body exceeds the limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The request does not satisfy the schema */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Too many requests (per token), or too many failed authentications (per address) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description PostgreSQL or Temporal is not answering; repeat after Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  listLeaders: {
    parameters: {
      query?: {
        unitId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Leaders */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: string;
              name: string;
            }[];
          };
        };
      };
      /** @description The request could not be read (malformed JSON, an unreadable request) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The token may not do this here */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The request does not satisfy the schema */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Too many requests (per token), or too many failed authentications (per address) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description PostgreSQL or Temporal is not answering; repeat after Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  createLeader: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description A stable personnel code */
          id: string;
          name: string;
          roles: {
            /** @description The unit of a role in a unit */
            unitId?: string;
            /** @description The region whose committee or office the post belongs to (office-director, committee-(deputy-)director) */
            regionId?: string;
            /**
             * @description A role in a unit (give unitId) or a post of a region’s committee or office (give regionId, county level and above): `principal`: 主要负责同志 — the principal leader of the unit (Art. 4, 5); `in-charge`: 分管社会治安综合治理工作的负责同志 — the leader in charge of comprehensive management of public security (综治), not a deputy in charge of another portfolio (Art. 4, 11, 15(2)); bars (Art. 15(3)(4)) and talks (Art. 15(2)) reach this leader; `supervising`: 主管领导 — the supervising leader (Art. 15(3)(4)); `member`: 领导班子其他成员 — another member of the leadership; `office-director`: 综治办主任 — director of the region’s committee office; holds talks with the level below (Art. 15(2)); `committee-director`: 综治委主任 — director of the region’s committee; holds a talk when necessary (Art. 15(2)); `committee-deputy-director`: 综治委副主任 — a deputy director of the region’s committee; holds a talk when necessary (Art. 15(2))
             * @enum {string}
             */
            role:
              | 'principal'
              | 'in-charge'
              | 'supervising'
              | 'member'
              | 'office-director'
              | 'committee-director'
              | 'committee-deputy-director';
            title?: string;
            /** Format: date */
            startsOn: string;
            /** Format: date */
            endsOn?: string;
          }[];
        };
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            name: string;
            roles: {
              id: string;
              /** @description The unit of a role in a unit; null for a post of a region */
              unitId: string | null;
              /** @description The region of a committee or office post; null for a role in a unit */
              regionId: string | null;
              /** @description A role in a unit (give unitId) or a post of a region’s committee or office (give regionId, county level and above): `principal`: 主要负责同志 — the principal leader of the unit (Art. 4, 5); `in-charge`: 分管社会治安综合治理工作的负责同志 — the leader in charge of comprehensive management of public security (综治), not a deputy in charge of another portfolio (Art. 4, 11, 15(2)); bars (Art. 15(3)(4)) and talks (Art. 15(2)) reach this leader; `supervising`: 主管领导 — the supervising leader (Art. 15(3)(4)); `member`: 领导班子其他成员 — another member of the leadership; `office-director`: 综治办主任 — director of the region’s committee office; holds talks with the level below (Art. 15(2)); `committee-director`: 综治委主任 — director of the region’s committee; holds a talk when necessary (Art. 15(2)); `committee-deputy-director`: 综治委副主任 — a deputy director of the region’s committee; holds a talk when necessary (Art. 15(2)) */
              role: string;
              title: string | null;
              startsOn: string;
              endsOn: string | null;
            }[];
          };
        };
      };
      /** @description The request could not be read (malformed JSON, an unreadable request) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The token may not do this here */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The id is taken */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The body exceeds the limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The request does not satisfy the schema */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Too many requests (per token), or too many failed authentications (per address) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description PostgreSQL or Temporal is not answering; repeat after Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  getLeader: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The leader */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            name: string;
            roles: {
              id: string;
              /** @description The unit of a role in a unit; null for a post of a region */
              unitId: string | null;
              /** @description The region of a committee or office post; null for a role in a unit */
              regionId: string | null;
              /** @description A role in a unit (give unitId) or a post of a region’s committee or office (give regionId, county level and above): `principal`: 主要负责同志 — the principal leader of the unit (Art. 4, 5); `in-charge`: 分管社会治安综合治理工作的负责同志 — the leader in charge of comprehensive management of public security (综治), not a deputy in charge of another portfolio (Art. 4, 11, 15(2)); bars (Art. 15(3)(4)) and talks (Art. 15(2)) reach this leader; `supervising`: 主管领导 — the supervising leader (Art. 15(3)(4)); `member`: 领导班子其他成员 — another member of the leadership; `office-director`: 综治办主任 — director of the region’s committee office; holds talks with the level below (Art. 15(2)); `committee-director`: 综治委主任 — director of the region’s committee; holds a talk when necessary (Art. 15(2)); `committee-deputy-director`: 综治委副主任 — a deputy director of the region’s committee; holds a talk when necessary (Art. 15(2)) */
              role: string;
              title: string | null;
              startsOn: string;
              endsOn: string | null;
            }[];
          };
        };
      };
      /** @description The request could not be read (malformed JSON, an unreadable request) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Not a leader of this token’s jurisdiction — the same answer whether or not the id exists */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No such leader (told to an admin only) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The request does not satisfy the schema */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Too many requests (per token), or too many failed authentications (per address) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description PostgreSQL or Temporal is not answering; repeat after Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  addLeaderRole: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description The unit of a role in a unit */
          unitId?: string;
          /** @description The region whose committee or office the post belongs to (office-director, committee-(deputy-)director) */
          regionId?: string;
          /**
           * @description A role in a unit (give unitId) or a post of a region’s committee or office (give regionId, county level and above): `principal`: 主要负责同志 — the principal leader of the unit (Art. 4, 5); `in-charge`: 分管社会治安综合治理工作的负责同志 — the leader in charge of comprehensive management of public security (综治), not a deputy in charge of another portfolio (Art. 4, 11, 15(2)); bars (Art. 15(3)(4)) and talks (Art. 15(2)) reach this leader; `supervising`: 主管领导 — the supervising leader (Art. 15(3)(4)); `member`: 领导班子其他成员 — another member of the leadership; `office-director`: 综治办主任 — director of the region’s committee office; holds talks with the level below (Art. 15(2)); `committee-director`: 综治委主任 — director of the region’s committee; holds a talk when necessary (Art. 15(2)); `committee-deputy-director`: 综治委副主任 — a deputy director of the region’s committee; holds a talk when necessary (Art. 15(2))
           * @enum {string}
           */
          role:
            | 'principal'
            | 'in-charge'
            | 'supervising'
            | 'member'
            | 'office-director'
            | 'committee-director'
            | 'committee-deputy-director';
          title?: string;
          /** Format: date */
          startsOn: string;
          /** Format: date */
          endsOn?: string;
        };
      };
    };
    responses: {
      /** @description Recorded */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @description The unit of a role in a unit; null for a post of a region */
            unitId: string | null;
            /** @description The region of a committee or office post; null for a role in a unit */
            regionId: string | null;
            /** @description A role in a unit (give unitId) or a post of a region’s committee or office (give regionId, county level and above): `principal`: 主要负责同志 — the principal leader of the unit (Art. 4, 5); `in-charge`: 分管社会治安综合治理工作的负责同志 — the leader in charge of comprehensive management of public security (综治), not a deputy in charge of another portfolio (Art. 4, 11, 15(2)); bars (Art. 15(3)(4)) and talks (Art. 15(2)) reach this leader; `supervising`: 主管领导 — the supervising leader (Art. 15(3)(4)); `member`: 领导班子其他成员 — another member of the leadership; `office-director`: 综治办主任 — director of the region’s committee office; holds talks with the level below (Art. 15(2)); `committee-director`: 综治委主任 — director of the region’s committee; holds a talk when necessary (Art. 15(2)); `committee-deputy-director`: 综治委副主任 — a deputy director of the region’s committee; holds a talk when necessary (Art. 15(2)) */
            role: string;
            title: string | null;
            startsOn: string;
            endsOn: string | null;
          };
        };
      };
      /** @description The request could not be read (malformed JSON, an unreadable request) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The leader or the unit is outside this token’s jurisdiction — for the leader, the same answer whether or not the id exists */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No such leader (told to an admin only) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The body exceeds the limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The request does not satisfy the schema */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Too many requests (per token), or too many failed authentications (per address) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description PostgreSQL or Temporal is not answering; repeat after Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  endLeaderRole: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        roleId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: date */
          endsOn: string;
        };
      };
    };
    responses: {
      /** @description Recorded */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @description The unit of a role in a unit; null for a post of a region */
            unitId: string | null;
            /** @description The region of a committee or office post; null for a role in a unit */
            regionId: string | null;
            /** @description A role in a unit (give unitId) or a post of a region’s committee or office (give regionId, county level and above): `principal`: 主要负责同志 — the principal leader of the unit (Art. 4, 5); `in-charge`: 分管社会治安综合治理工作的负责同志 — the leader in charge of comprehensive management of public security (综治), not a deputy in charge of another portfolio (Art. 4, 11, 15(2)); bars (Art. 15(3)(4)) and talks (Art. 15(2)) reach this leader; `supervising`: 主管领导 — the supervising leader (Art. 15(3)(4)); `member`: 领导班子其他成员 — another member of the leadership; `office-director`: 综治办主任 — director of the region’s committee office; holds talks with the level below (Art. 15(2)); `committee-director`: 综治委主任 — director of the region’s committee; holds a talk when necessary (Art. 15(2)); `committee-deputy-director`: 综治委副主任 — a deputy director of the region’s committee; holds a talk when necessary (Art. 15(2)) */
            role: string;
            title: string | null;
            startsOn: string;
            endsOn: string | null;
          };
        };
      };
      /** @description The request could not be read (malformed JSON, an unreadable request) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The leader or the role’s unit (or region, for a post) is outside this token’s jurisdiction — for the leader, the same answer whether or not the id exists */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No such role */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Already ended */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The body exceeds the limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The request does not satisfy the schema */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Too many requests (per token), or too many failed authentications (per address) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description PostgreSQL or Temporal is not answering; repeat after Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  importOrganisation: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @default [] */
          regions?: {
            id: string;
            name: string;
            /** @enum {string} */
            level: 'province' | 'city' | 'county' | 'township';
            /**
             * @default ordinary
             * @enum {string}
             */
            kind?: 'ordinary' | 'development-zone' | 'new-area' | 'pilot-city';
            /**
             * @description The region one level up; null only for the province
             * @default null
             */
            parentId?: string | null;
            /** @description Defaults to <name>社会治安综合治理委员会 */
            committeeName?: string;
            /** @description Defaults to <committee>办公室 */
            officeName?: string;
            /** @description A drill region (演练, Art. 18): it and the regions below it may install short drill periods, and their cases’ documents say 演练 in title and number. Only an admin sets or clears it (403 for anyone else); absent: unchanged */
            drill?: boolean;
          }[];
          /** @default [] */
          units?: {
            /** @description A stable code, e.g. the unified social credit code */
            id: string;
            name: string;
            /**
             * @description Art. 2: the organs it applies to, and by reference the others
             * @enum {string}
             */
            kind:
              | 'party-organ'
              | 'congress-organ'
              | 'administrative-organ'
              | 'cppcc-organ'
              | 'court'
              | 'procuratorate'
              | 'people-organisation'
              | 'public-institution'
              | 'state-owned-enterprise';
            regionId: string;
            /**
             * @description A member unit (成员单位) of its region’s committee
             * @default false
             */
            memberOfCommittee?: boolean;
            /**
             * @description 中央、省直驻地方单位 (Art. 15(4) ¶3)
             * @default null
             */
            stationedBy?: ('central' | 'provincial') | null;
            /** @default null */
            supervisingUnitName?: string | null;
            /**
             * @description The region’s party committee or government: its leaders count as the region’s leaders (Art. 15(3)(4))
             * @default false
             */
            leadsRegion?: boolean;
          }[];
          /** @default [] */
          leaders?: {
            /** @description A stable personnel code */
            id: string;
            name: string;
            roles: {
              /** @description The unit of a role in a unit */
              unitId?: string;
              /** @description The region whose committee or office the post belongs to (office-director, committee-(deputy-)director) */
              regionId?: string;
              /**
               * @description A role in a unit (give unitId) or a post of a region’s committee or office (give regionId, county level and above): `principal`: 主要负责同志 — the principal leader of the unit (Art. 4, 5); `in-charge`: 分管社会治安综合治理工作的负责同志 — the leader in charge of comprehensive management of public security (综治), not a deputy in charge of another portfolio (Art. 4, 11, 15(2)); bars (Art. 15(3)(4)) and talks (Art. 15(2)) reach this leader; `supervising`: 主管领导 — the supervising leader (Art. 15(3)(4)); `member`: 领导班子其他成员 — another member of the leadership; `office-director`: 综治办主任 — director of the region’s committee office; holds talks with the level below (Art. 15(2)); `committee-director`: 综治委主任 — director of the region’s committee; holds a talk when necessary (Art. 15(2)); `committee-deputy-director`: 综治委副主任 — a deputy director of the region’s committee; holds a talk when necessary (Art. 15(2))
               * @enum {string}
               */
              role:
                | 'principal'
                | 'in-charge'
                | 'supervising'
                | 'member'
                | 'office-director'
                | 'committee-director'
                | 'committee-deputy-director';
              title?: string;
              /** Format: date */
              startsOn: string;
              /** Format: date */
              endsOn?: string;
            }[];
          }[];
        };
      };
    };
    responses: {
      /** @description Applied */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            regions: {
              created: number;
              updated: number;
            };
            units: {
              created: number;
              updated: number;
            };
            leaders: {
              created: number;
              updated: number;
            };
          };
        };
      };
      /** @description The request could not be read (malformed JSON, an unreadable request) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The token may not do this here */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The body exceeds the limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The request does not satisfy the schema */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Too many requests (per token), or too many failed authentications (per address) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description PostgreSQL or Temporal is not answering; repeat after Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  installPolicy: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description null: the default for every region without its own */
          regionId: string | null;
          /**
           * Format: date-time
           * @description Defaults to now; cases opened from then on pin it
           */
          effectiveFrom?: string;
          document: {
            /** @description Which local rule this implements (Art. 18) */
            basis: string;
            ladder: {
              rectification: {
                notice: string;
                talk: string;
                listing: string;
                veto: string;
              };
              reminders: string[];
              talkHoldWithin: string;
              vetoDecisionReminderEvery: string;
              bars: {
                listing: string;
                veto: string;
              };
              aggravatingRungsUp: number;
              mitigatingMaxRungsDown: number;
              extensions?: {
                maxCount: number;
                maxLength: string;
              };
              aggravatingForbidsExtensions?: boolean;
              /** @description Art. 14(5): watch after a rectified close */
              reboundWatch?: string;
              /** @description Art. 15(5): how long an unrectified case awaits referrals */
              accountabilityWindow?: string;
              /** @description Reminders while a referral awaits its outcome */
              referralReminderEvery?: string;
            };
            /** @description The annual cycle (Art. 7–13): schedule, periods, indicator system, grades */
            annual?: {
              start: {
                month: number;
                day: number;
                hour: number;
              };
              pledgeSignWithin: string;
              pledgeReminders: string[];
              reportsOpenAfter: string;
              reportsDueWithin: string;
              reportReminders: string[];
              scoresDueWithin: string;
              nominationsWithin: string;
              indicators: {
                id: string;
                name: string;
                weight: number;
                max: number;
              }[];
              grades: {
                excellent: number;
                good: number;
                pass: number;
              };
              majorIncidentFails: boolean;
            };
            /** @description Key areas and prominent problems (Art. 15(1) ¶2): rolling checks, rectification, notification */
            keyAreas?: {
              /** @description 滚动排查: a new round of investigation for the member units */
              rollingInvestigationEvery: string;
              /** @description 常态整治: from listing to the rectification deadline */
              rectificationPeriod: string;
              /** @description 定期通报: whole months (P1M) or a fixed length (P14D; a drill: PT30S) */
              notificationEvery: string;
              /** @description Art. 14(5): how long a delisted item is watched for a rebound */
              reboundWatch: string;
            };
            /** @description Special supervision (Art. 9): deadlines, progress reports, reminders, cards */
            supervision?: {
              /** @description The deadline of an item whose office sets none */
              handleWithin: string;
              /** @description The latest deadline an office may set, from the assignment */
              maxHandleWithin: string;
              /** @description Reply deadlines of NPC deputies’ suggestions and CPPCC proposals (人大建议、政协提案) */
              replyWithin: {
                npcSuggestion: string;
                cppccProposal: string;
              };
              /** @description Progress reports of the responsible units; a silent unit is asked (催报) */
              progressReportEvery: string;
              /** @description 催办: before the deadline, and after it while overdue (fixed lengths) */
              reminders: {
                before: string[];
                after: string[];
              };
              /** @description 绿黄红牌: yellow and red when this little time is left (fixed lengths); red once overdue */
              cards: {
                yellowWithin: string;
                redWithin: string;
              };
              /** @description Art. 9 限期整改: the rectification deadline findings set by default */
              rectificationWithin: string;
            };
          };
        };
      };
    };
    responses: {
      /** @description Installed as the next version of its scope */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            regionId: string | null;
            version: number;
            effectiveFrom: string | null;
            document: unknown;
            installedBy: string | null;
            /** @description Newer stored versions passed over because they do not conform to the regulation (Art. 15(3)(4), 16, 18), e.g. installed before that check, or drill periods after the drill flag was cleared */
            ignored?: {
              regionId: string | null;
              version: number;
              problems: string[];
            }[];
          };
        };
      };
      /** @description The request could not be read (malformed JSON, an unreadable request) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The token may not do this here */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The body exceeds the limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The request does not satisfy the schema */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Too many requests (per token), or too many failed authentications (per address) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description PostgreSQL or Temporal is not answering; repeat after Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  getEffectivePolicy: {
    parameters: {
      query?: {
        at?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The policy; version 0 is the built-in default */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            regionId: string | null;
            version: number;
            effectiveFrom: string | null;
            document: unknown;
            installedBy: string | null;
            /** @description Newer stored versions passed over because they do not conform to the regulation (Art. 15(3)(4), 16, 18), e.g. installed before that check, or drill periods after the drill flag was cleared */
            ignored?: {
              regionId: string | null;
              version: number;
              problems: string[];
            }[];
          };
        };
      };
      /** @description The request could not be read (malformed JSON, an unreadable request) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The token may not do this here */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No such region */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The request does not satisfy the schema */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Too many requests (per token), or too many failed authentications (per address) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description PostgreSQL or Temporal is not answering; repeat after Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  listCases: {
    parameters: {
      query?: {
        /** @description Cases whose subject is in this region or below */
        regionId?: string;
        rung?: 'notice' | 'talk' | 'listing' | 'veto';
        severity?: 'ordinary' | 'serious' | 'especially-serious' | 'veto-level';
        status?: 'open' | 'rectified' | 'withdrawn' | 'unrectified';
        /** @description true: open cases past their deadline */
        overdue?: 'true' | 'false';
        /** @description Open cases whose deadline falls before this */
        dueBefore?: string;
        /** @description A whole number in decimal digits, 1–500 */
        limit?: string;
        /** @description The next page: the cases listed after this one (`next` of the previous answer) */
        before?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Cases, newest first, one page at a time */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: string;
              workflowId: string;
              subject: {
                kind: string;
                id: string;
                name: string;
                regionId: string;
              };
              openingRegionId: string;
              upperRegionId: string;
              grounds: number[];
              facts: string;
              severity: string;
              aggravating: unknown[];
              mitigating: unknown[];
              startRung: string;
              startReason: string;
              vetoPath: string;
              /** @description The policy of the notice: the opening level’s */
              policy: {
                regionId: string | null;
                version: number;
              };
              /** @description The policies pinned for the notice (the opening level’s) and for the talk, listing and veto (the upper level’s) */
              policies: {
                notice: {
                  regionId: string | null;
                  version: number;
                };
                upper: {
                  regionId: string | null;
                  version: number;
                };
              };
              /** @enum {string} */
              openingOrgan: 'office' | 'committee';
              rung: string;
              phase: string;
              status: string;
              deadline: string | null;
              overdue: boolean;
              openedBy: string;
              openedAt: string;
              closedAt: string | null;
              /** @description The process the case came from (the annual assessment’s year, a supervision item, a key area); null for an office’s own decision */
              origin: {
                /** @enum {string} */
                kind: 'assessment' | 'supervision-item' | 'key-area';
                id: string;
              } | null;
            }[];
            /** @description Pass as `before` for the next page; null when this page is the last */
            next: string | null;
          };
        };
      };
      /** @description The request could not be read (malformed JSON, an unreadable request) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The token may not do this here */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The request does not satisfy the schema */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Too many requests (per token), or too many failed authentications (per address) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description PostgreSQL or Temporal is not answering; repeat after Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  openCase: {
    parameters: {
      query?: never;
      header?: {
        /** @description Repeating a request with the same key returns the same result and does nothing new */
        'idempotency-key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          subject: {
            /** @enum {string} */
            kind: 'unit' | 'region';
            id: string;
          };
          grounds: number[];
          facts: string;
          /** @enum {string} */
          severity: 'ordinary' | 'serious' | 'especially-serious' | 'veto-level';
          /** @default [] */
          aggravating?: {
            /** @description Art. 16 item */
            item: number;
            evidence: string;
          }[];
          /** @default [] */
          mitigating?: {
            /** @description Art. 17 item */
            item: number;
            evidence: string;
          }[];
          /** @description Art. 17 可以从轻: the office chooses to start lower, with a recorded reason */
          mitigation?: {
            rungsDown: number;
            reason: string;
          };
          /**
           * Format: date-time
           * @description A rectification deadline instead of the policy’s (notice or listing only)
           */
          deadline?: string;
          /** @description The office opening the case; defaults to the token’s region */
          openingRegionId?: string;
          /**
           * @description Art. 15(1) 必要时: the notice in the committee’s name. A committee leader’s is always the committee’s, an office operator’s the office’s; an admin chooses (default office)
           * @enum {string}
           */
          inNameOf?: 'office' | 'committee';
        };
      };
    };
    responses: {
      /** @description Already opened under this Idempotency-Key */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            workflowId: string;
            subject: {
              kind: string;
              id: string;
              name: string;
              regionId: string;
            };
            openingRegionId: string;
            upperRegionId: string;
            grounds: number[];
            facts: string;
            severity: string;
            aggravating: unknown[];
            mitigating: unknown[];
            startRung: string;
            startReason: string;
            vetoPath: string;
            /** @description The policy of the notice: the opening level’s */
            policy: {
              regionId: string | null;
              version: number;
            };
            /** @description The policies pinned for the notice (the opening level’s) and for the talk, listing and veto (the upper level’s) */
            policies: {
              notice: {
                regionId: string | null;
                version: number;
              };
              upper: {
                regionId: string | null;
                version: number;
              };
            };
            /** @enum {string} */
            openingOrgan: 'office' | 'committee';
            rung: string;
            phase: string;
            status: string;
            deadline: string | null;
            overdue: boolean;
            openedBy: string;
            openedAt: string;
            closedAt: string | null;
            /** @description The process the case came from (the annual assessment’s year, a supervision item, a key area); null for an office’s own decision */
            origin: {
              /** @enum {string} */
              kind: 'assessment' | 'supervision-item' | 'key-area';
              id: string;
            } | null;
          };
        };
      };
      /** @description Opened */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            workflowId: string;
            subject: {
              kind: string;
              id: string;
              name: string;
              regionId: string;
            };
            openingRegionId: string;
            upperRegionId: string;
            grounds: number[];
            facts: string;
            severity: string;
            aggravating: unknown[];
            mitigating: unknown[];
            startRung: string;
            startReason: string;
            vetoPath: string;
            /** @description The policy of the notice: the opening level’s */
            policy: {
              regionId: string | null;
              version: number;
            };
            /** @description The policies pinned for the notice (the opening level’s) and for the talk, listing and veto (the upper level’s) */
            policies: {
              notice: {
                regionId: string | null;
                version: number;
              };
              upper: {
                regionId: string | null;
                version: number;
              };
            };
            /** @enum {string} */
            openingOrgan: 'office' | 'committee';
            rung: string;
            phase: string;
            status: string;
            deadline: string | null;
            overdue: boolean;
            openedBy: string;
            openedAt: string;
            closedAt: string | null;
            /** @description The process the case came from (the annual assessment’s year, a supervision item, a key area); null for an office’s own decision */
            origin: {
              /** @enum {string} */
              kind: 'assessment' | 'supervision-item' | 'key-area';
              id: string;
            } | null;
          };
        };
      };
      /** @description The request could not be read (malformed JSON, an unreadable request) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The token may not do this here */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The request conflicts with the current state, or its Idempotency-Key is in use */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The body exceeds the limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The request does not satisfy the schema */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Too many requests (per token), or too many failed authentications (per address) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description PostgreSQL or Temporal is not answering; repeat after Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  getCase: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The case */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            workflowId: string;
            subject: {
              kind: string;
              id: string;
              name: string;
              regionId: string;
            };
            openingRegionId: string;
            upperRegionId: string;
            grounds: number[];
            facts: string;
            severity: string;
            aggravating: unknown[];
            mitigating: unknown[];
            startRung: string;
            startReason: string;
            vetoPath: string;
            /** @description The policy of the notice: the opening level’s */
            policy: {
              regionId: string | null;
              version: number;
            };
            /** @description The policies pinned for the notice (the opening level’s) and for the talk, listing and veto (the upper level’s) */
            policies: {
              notice: {
                regionId: string | null;
                version: number;
              };
              upper: {
                regionId: string | null;
                version: number;
              };
            };
            /** @enum {string} */
            openingOrgan: 'office' | 'committee';
            rung: string;
            phase: string;
            status: string;
            deadline: string | null;
            overdue: boolean;
            openedBy: string;
            openedAt: string;
            closedAt: string | null;
            /** @description The process the case came from (the annual assessment’s year, a supervision item, a key area); null for an office’s own decision */
            origin: {
              /** @enum {string} */
              kind: 'assessment' | 'supervision-item' | 'key-area';
              id: string;
            } | null;
            events: {
              seq: number;
              at: string;
              kind: string;
              rung: string;
              actor: string;
              detail: unknown;
              documentNo: string | null;
            }[];
            documents: {
              documentNo: string;
              kind: string;
              rung: string;
              issuer: string;
              title: string;
              body: string;
              issuedAt: string;
            }[];
            live: unknown;
            referrals: {
              id: string;
              workflowId: string;
              caseId: string;
              leader: {
                id: string;
                name: string;
                unitId: string | null;
                role: string | null;
              };
              body: string;
              bodyRegionId: string;
              rung: string;
              reasons: string;
              referredBy: string;
              referredAt: string;
              status: string;
              reminders: number;
              outcome: {
                outcome: string;
                detail: string | null;
                documentNo: string | null;
                decidedOn: string | null;
                recordedBy: string | null;
                recordedAt: string | null;
              } | null;
            }[];
            notifications: {
              id: string;
              addressee: {
                kind: string;
                id: string;
                name: string;
              };
              subject: string;
              createdAt: string;
              deliveries: {
                channel: string;
                /** @description The mailbox or URL; shown to admins and offices only */
                target: string | null;
                status: string;
                attempts: number;
                sentAt: string | null;
                lastError: string | null;
              }[];
            }[];
          };
        };
      };
      /** @description The request could not be read (malformed JSON, an unreadable request) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The token may not do this here */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No such case */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The request does not satisfy the schema */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Too many requests (per token), or too many failed authentications (per address) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description PostgreSQL or Temporal is not answering; repeat after Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  submitRectificationReport: {
    parameters: {
      query?: never;
      header?: {
        /** @description Repeating a request with the same key returns the same result and does nothing new */
        'idempotency-key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          summary: string;
          measures: string;
        };
      };
    };
    responses: {
      /** @description Received; awaits the issuer’s review */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            case: {
              id: string;
              workflowId: string;
              subject: {
                kind: string;
                id: string;
                name: string;
                regionId: string;
              };
              openingRegionId: string;
              upperRegionId: string;
              grounds: number[];
              facts: string;
              severity: string;
              aggravating: unknown[];
              mitigating: unknown[];
              startRung: string;
              startReason: string;
              vetoPath: string;
              /** @description The policy of the notice: the opening level’s */
              policy: {
                regionId: string | null;
                version: number;
              };
              /** @description The policies pinned for the notice (the opening level’s) and for the talk, listing and veto (the upper level’s) */
              policies: {
                notice: {
                  regionId: string | null;
                  version: number;
                };
                upper: {
                  regionId: string | null;
                  version: number;
                };
              };
              /** @enum {string} */
              openingOrgan: 'office' | 'committee';
              rung: string;
              phase: string;
              status: string;
              deadline: string | null;
              overdue: boolean;
              openedBy: string;
              openedAt: string;
              closedAt: string | null;
              /** @description The process the case came from (the annual assessment’s year, a supervision item, a key area); null for an office’s own decision */
              origin: {
                /** @enum {string} */
                kind: 'assessment' | 'supervision-item' | 'key-area';
                id: string;
              } | null;
            };
            result: unknown;
          };
        };
      };
      /** @description The request could not be read (malformed JSON, an unreadable request) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The token may not do this here */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No such resource, or not one this token may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No rectification is due now */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The body exceeds the limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The request does not satisfy the schema */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Too many requests (per token), or too many failed authentications (per address) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description PostgreSQL or Temporal is not answering; repeat after Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  reviewRectificationReport: {
    parameters: {
      query?: never;
      header?: {
        /** @description Repeating a request with the same key returns the same result and does nothing new */
        'idempotency-key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reportId: number;
          /** @enum {string} */
          decision: 'accept' | 'reject';
          reasons?: string;
        };
      };
    };
    responses: {
      /** @description Recorded */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            case: {
              id: string;
              workflowId: string;
              subject: {
                kind: string;
                id: string;
                name: string;
                regionId: string;
              };
              openingRegionId: string;
              upperRegionId: string;
              grounds: number[];
              facts: string;
              severity: string;
              aggravating: unknown[];
              mitigating: unknown[];
              startRung: string;
              startReason: string;
              vetoPath: string;
              /** @description The policy of the notice: the opening level’s */
              policy: {
                regionId: string | null;
                version: number;
              };
              /** @description The policies pinned for the notice (the opening level’s) and for the talk, listing and veto (the upper level’s) */
              policies: {
                notice: {
                  regionId: string | null;
                  version: number;
                };
                upper: {
                  regionId: string | null;
                  version: number;
                };
              };
              /** @enum {string} */
              openingOrgan: 'office' | 'committee';
              rung: string;
              phase: string;
              status: string;
              deadline: string | null;
              overdue: boolean;
              openedBy: string;
              openedAt: string;
              closedAt: string | null;
              /** @description The process the case came from (the annual assessment’s year, a supervision item, a key area); null for an office’s own decision */
              origin: {
                /** @enum {string} */
                kind: 'assessment' | 'supervision-item' | 'key-area';
                id: string;
              } | null;
            };
            result: unknown;
          };
        };
      };
      /** @description The request could not be read (malformed JSON, an unreadable request) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The token may not do this here */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No such resource, or not one this token may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Nothing to review */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The body exceeds the limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The request does not satisfy the schema */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Too many requests (per token), or too many failed authentications (per address) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description PostgreSQL or Temporal is not answering; repeat after Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  recordTalk: {
    parameters: {
      query?: never;
      header?: {
        /** @description Repeating a request with the same key returns the same result and does nothing new */
        'idempotency-key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: date-time */
          heldAt: string;
          /** @description The leader who held the talk (Art. 15(2)): on the talk’s day, on record as the director of the upper level’s committee office (post `office-director`, 综治办主任), or when necessary as the director or a deputy director of its committee (`committee-director`, `committee-deputy-director`, 综治委主任、副主任) — see POST /leaders/{id}/roles with regionId */
          heldBy: string;
          /** @description Ids of the subject’s leaders who attended, each holding a role in the subject on the talk’s day (for a region, in the units leading it): its principal (主要负责同志), the leader in charge of comprehensive management of public security (`in-charge`, 分管社会治安综合治理工作的负责同志) and other responsible members. Each is recorded with that role. */
          attendees: string[];
          /**
           * @description Art. 15(2): the subject’s principal and in-charge leaders attend, or the record says why not — one absence with its reason for each such leader missing, and for such a post nobody holds on the talk’s day
           * @default []
           */
          absences?: {
            /** @description The principal or in-charge leader who did not attend */
            leaderId?: string;
            /**
             * @description Instead of leaderId: a post nobody holds on the talk’s day (e.g. vacant)
             * @enum {string}
             */
            role?: 'principal' | 'in-charge';
            reason: string;
          }[];
          minutes: string;
          /** Format: date-time */
          rectificationDeadline?: string;
        };
      };
    };
    responses: {
      /** @description Recorded; the new rectification deadline runs */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            case: {
              id: string;
              workflowId: string;
              subject: {
                kind: string;
                id: string;
                name: string;
                regionId: string;
              };
              openingRegionId: string;
              upperRegionId: string;
              grounds: number[];
              facts: string;
              severity: string;
              aggravating: unknown[];
              mitigating: unknown[];
              startRung: string;
              startReason: string;
              vetoPath: string;
              /** @description The policy of the notice: the opening level’s */
              policy: {
                regionId: string | null;
                version: number;
              };
              /** @description The policies pinned for the notice (the opening level’s) and for the talk, listing and veto (the upper level’s) */
              policies: {
                notice: {
                  regionId: string | null;
                  version: number;
                };
                upper: {
                  regionId: string | null;
                  version: number;
                };
              };
              /** @enum {string} */
              openingOrgan: 'office' | 'committee';
              rung: string;
              phase: string;
              status: string;
              deadline: string | null;
              overdue: boolean;
              openedBy: string;
              openedAt: string;
              closedAt: string | null;
              /** @description The process the case came from (the annual assessment’s year, a supervision item, a key area); null for an office’s own decision */
              origin: {
                /** @enum {string} */
                kind: 'assessment' | 'supervision-item' | 'key-area';
                id: string;
              } | null;
            };
            result: unknown;
          };
        };
      };
      /** @description The request could not be read (malformed JSON, an unreadable request) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The token may not do this here */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No such resource, or not one this token may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No talk is awaited */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The body exceeds the limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Not held by the upper office’s director or the committee’s (deputy) director on record, an attendee who is not a leader of the subject on record, or a principal / in-charge leader neither attending nor absent with a reason */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Too many requests (per token), or too many failed authentications (per address) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description PostgreSQL or Temporal is not answering; repeat after Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  decideVeto: {
    parameters: {
      query?: never;
      header?: {
        /** @description Repeating a request with the same key returns the same result and does nothing new */
        'idempotency-key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description For a stationed unit: the document of the supervising unit’s reply */
          documentNo?: string;
          /** @enum {string} */
          decision: 'imposed' | 'declined';
          departments: string[];
          reasons: string;
          /**
           * @description Declined: what follows — continued rectification under the listing already decided (continue-listing: a new deadline, no new bars); for a case never listed, a listing decision by the upper office with its bars (list); or closure with the reasons (close)
           * @enum {string}
           */
          then?: 'continue-listing' | 'list' | 'close';
          /**
           * Format: date-time
           * @description Declined: the new deadline (continue-listing: required; list: optional, else the policy’s period)
           */
          newDeadline?: string;
        };
      };
    };
    responses: {
      /** @description Recorded */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            case: {
              id: string;
              workflowId: string;
              subject: {
                kind: string;
                id: string;
                name: string;
                regionId: string;
              };
              openingRegionId: string;
              upperRegionId: string;
              grounds: number[];
              facts: string;
              severity: string;
              aggravating: unknown[];
              mitigating: unknown[];
              startRung: string;
              startReason: string;
              vetoPath: string;
              /** @description The policy of the notice: the opening level’s */
              policy: {
                regionId: string | null;
                version: number;
              };
              /** @description The policies pinned for the notice (the opening level’s) and for the talk, listing and veto (the upper level’s) */
              policies: {
                notice: {
                  regionId: string | null;
                  version: number;
                };
                upper: {
                  regionId: string | null;
                  version: number;
                };
              };
              /** @enum {string} */
              openingOrgan: 'office' | 'committee';
              rung: string;
              phase: string;
              status: string;
              deadline: string | null;
              overdue: boolean;
              openedBy: string;
              openedAt: string;
              closedAt: string | null;
              /** @description The process the case came from (the annual assessment’s year, a supervision item, a key area); null for an office’s own decision */
              origin: {
                /** @enum {string} */
                kind: 'assessment' | 'supervision-item' | 'key-area';
                id: string;
              } | null;
            };
            result: unknown;
          };
        };
      };
      /** @description The request could not be read (malformed JSON, an unreadable request) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The token may not do this here */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No such resource, or not one this token may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No decision is awaited */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The body exceeds the limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The request does not satisfy the schema */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Too many requests (per token), or too many failed authentications (per address) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description PostgreSQL or Temporal is not answering; repeat after Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  requestExtension: {
    parameters: {
      query?: never;
      header?: {
        /** @description Repeating a request with the same key returns the same result and does nothing new */
        'idempotency-key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: date-time */
          until: string;
          reason: string;
        };
      };
    };
    responses: {
      /** @description Received; awaits the issuer’s decision */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            case: {
              id: string;
              workflowId: string;
              subject: {
                kind: string;
                id: string;
                name: string;
                regionId: string;
              };
              openingRegionId: string;
              upperRegionId: string;
              grounds: number[];
              facts: string;
              severity: string;
              aggravating: unknown[];
              mitigating: unknown[];
              startRung: string;
              startReason: string;
              vetoPath: string;
              /** @description The policy of the notice: the opening level’s */
              policy: {
                regionId: string | null;
                version: number;
              };
              /** @description The policies pinned for the notice (the opening level’s) and for the talk, listing and veto (the upper level’s) */
              policies: {
                notice: {
                  regionId: string | null;
                  version: number;
                };
                upper: {
                  regionId: string | null;
                  version: number;
                };
              };
              /** @enum {string} */
              openingOrgan: 'office' | 'committee';
              rung: string;
              phase: string;
              status: string;
              deadline: string | null;
              overdue: boolean;
              openedBy: string;
              openedAt: string;
              closedAt: string | null;
              /** @description The process the case came from (the annual assessment’s year, a supervision item, a key area); null for an office’s own decision */
              origin: {
                /** @enum {string} */
                kind: 'assessment' | 'supervision-item' | 'key-area';
                id: string;
              } | null;
            };
            result: unknown;
          };
        };
      };
      /** @description The request could not be read (malformed JSON, an unreadable request) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The token may not do this here */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No such resource, or not one this token may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Not possible now or not allowed by the policy */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The body exceeds the limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The request does not satisfy the schema */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Too many requests (per token), or too many failed authentications (per address) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description PostgreSQL or Temporal is not answering; repeat after Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  decideExtension: {
    parameters: {
      query?: never;
      header?: {
        /** @description Repeating a request with the same key returns the same result and does nothing new */
        'idempotency-key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          decision: 'grant' | 'refuse';
          reasons?: string;
        };
      };
    };
    responses: {
      /** @description Decided; a grant moves the deadline */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            case: {
              id: string;
              workflowId: string;
              subject: {
                kind: string;
                id: string;
                name: string;
                regionId: string;
              };
              openingRegionId: string;
              upperRegionId: string;
              grounds: number[];
              facts: string;
              severity: string;
              aggravating: unknown[];
              mitigating: unknown[];
              startRung: string;
              startReason: string;
              vetoPath: string;
              /** @description The policy of the notice: the opening level’s */
              policy: {
                regionId: string | null;
                version: number;
              };
              /** @description The policies pinned for the notice (the opening level’s) and for the talk, listing and veto (the upper level’s) */
              policies: {
                notice: {
                  regionId: string | null;
                  version: number;
                };
                upper: {
                  regionId: string | null;
                  version: number;
                };
              };
              /** @enum {string} */
              openingOrgan: 'office' | 'committee';
              rung: string;
              phase: string;
              status: string;
              deadline: string | null;
              overdue: boolean;
              openedBy: string;
              openedAt: string;
              closedAt: string | null;
              /** @description The process the case came from (the annual assessment’s year, a supervision item, a key area); null for an office’s own decision */
              origin: {
                /** @enum {string} */
                kind: 'assessment' | 'supervision-item' | 'key-area';
                id: string;
              } | null;
            };
            result: unknown;
          };
        };
      };
      /** @description The request could not be read (malformed JSON, an unreadable request) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The token may not do this here */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No such resource, or not one this token may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No request is pending */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The body exceeds the limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The request does not satisfy the schema */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Too many requests (per token), or too many failed authentications (per address) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description PostgreSQL or Temporal is not answering; repeat after Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  recordCircumstance: {
    parameters: {
      query?: never;
      header?: {
        /** @description Repeating a request with the same key returns the same result and does nothing new */
        'idempotency-key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          kind: 'aggravating' | 'mitigating';
          /** @description The item of Art. 16 (1–4) or Art. 17 (1–3) */
          item: number;
          evidence: string;
        };
      };
    };
    responses: {
      /** @description Recorded; `result.escalatesTo` is the rung an aggravating one raises the case to */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            case: {
              id: string;
              workflowId: string;
              subject: {
                kind: string;
                id: string;
                name: string;
                regionId: string;
              };
              openingRegionId: string;
              upperRegionId: string;
              grounds: number[];
              facts: string;
              severity: string;
              aggravating: unknown[];
              mitigating: unknown[];
              startRung: string;
              startReason: string;
              vetoPath: string;
              /** @description The policy of the notice: the opening level’s */
              policy: {
                regionId: string | null;
                version: number;
              };
              /** @description The policies pinned for the notice (the opening level’s) and for the talk, listing and veto (the upper level’s) */
              policies: {
                notice: {
                  regionId: string | null;
                  version: number;
                };
                upper: {
                  regionId: string | null;
                  version: number;
                };
              };
              /** @enum {string} */
              openingOrgan: 'office' | 'committee';
              rung: string;
              phase: string;
              status: string;
              deadline: string | null;
              overdue: boolean;
              openedBy: string;
              openedAt: string;
              closedAt: string | null;
              /** @description The process the case came from (the annual assessment’s year, a supervision item, a key area); null for an office’s own decision */
              origin: {
                /** @enum {string} */
                kind: 'assessment' | 'supervision-item' | 'key-area';
                id: string;
              } | null;
            };
            result: unknown;
          };
        };
      };
      /** @description The request could not be read (malformed JSON, an unreadable request) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The token may not do this here */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No such resource, or not one this token may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The case is not under way, or is held by another level */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The body exceeds the limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The request does not satisfy the schema */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Too many requests (per token), or too many failed authentications (per address) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description PostgreSQL or Temporal is not answering; repeat after Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  withdrawCase: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason: string;
        };
      };
    };
    responses: {
      /** @description Withdrawn */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            case: {
              id: string;
              workflowId: string;
              subject: {
                kind: string;
                id: string;
                name: string;
                regionId: string;
              };
              openingRegionId: string;
              upperRegionId: string;
              grounds: number[];
              facts: string;
              severity: string;
              aggravating: unknown[];
              mitigating: unknown[];
              startRung: string;
              startReason: string;
              vetoPath: string;
              /** @description The policy of the notice: the opening level’s */
              policy: {
                regionId: string | null;
                version: number;
              };
              /** @description The policies pinned for the notice (the opening level’s) and for the talk, listing and veto (the upper level’s) */
              policies: {
                notice: {
                  regionId: string | null;
                  version: number;
                };
                upper: {
                  regionId: string | null;
                  version: number;
                };
              };
              /** @enum {string} */
              openingOrgan: 'office' | 'committee';
              rung: string;
              phase: string;
              status: string;
              deadline: string | null;
              overdue: boolean;
              openedBy: string;
              openedAt: string;
              closedAt: string | null;
              /** @description The process the case came from (the annual assessment’s year, a supervision item, a key area); null for an office’s own decision */
              origin: {
                /** @enum {string} */
                kind: 'assessment' | 'supervision-item' | 'key-area';
                id: string;
              } | null;
            };
            result: unknown;
          };
        };
      };
      /** @description The request could not be read (malformed JSON, an unreadable request) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The token may not do this here */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No such resource, or not one this token may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Already closed; held by another level; or bars decided by another authority */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The body exceeds the limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The request does not satisfy the schema */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Too many requests (per token), or too many failed authentications (per address) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description PostgreSQL or Temporal is not answering; repeat after Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  getDocumentPdf: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        number: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The PDF, rendered from the stored record (the same record gives the same bytes) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
        };
      };
      /** @description The request could not be read (malformed JSON, an unreadable request) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The token may not do this here */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No such document */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The request does not satisfy the schema */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Too many requests (per token), or too many failed authentications (per address) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description PostgreSQL or Temporal is not answering; repeat after Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  getDocument: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        number: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The document */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            documentNo: string;
            kind: string;
            caseId: string | null;
            pledgeId: string | null;
            commendationId: string | null;
            issuer: string;
            organ: ('office' | 'committee') | null;
            issuedAt: string;
            /** @description SHA-256 of the text, taken when the document was issued */
            textSha256: string | null;
            record: {
              documentNo: string;
              kind: string;
              issuerMark: string;
              signers: string[];
              title: string;
              mainAddressees: string[];
              body: string[];
              attachments: string[];
              signatureOrgan: string;
              date: string;
              note: string | null;
              copyTo: string[];
              copyUp: string[];
              printingOrgan: string;
              printDate: string;
              drill: boolean;
            };
            pdf: string;
          };
        };
      };
      /** @description The request could not be read (malformed JSON, an unreadable request) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The token may not do this here */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No such document */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The request does not satisfy the schema */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Too many requests (per token), or too many failed authentications (per address) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description PostgreSQL or Temporal is not answering; repeat after Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  getEligibility: {
    parameters: {
      query: {
        subjectKind: 'unit' | 'region' | 'leader';
        subjectId: string;
        purpose: 'honours' | 'awards' | 'promotion';
        /** @description Defaults to today in Asia/Shanghai */
        date?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The answer with every bar that applies */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            subject: {
              kind: string;
              id: string;
              name: string;
            };
            purpose: string;
            date: string;
            eligible: boolean;
            /** @description The last day any applying bar counts (its `lastDayInForce`: the end of its window, or its revocation day) */
            barredUntil: string | null;
            bars: {
              id: string;
              caseId: string;
              rung: string;
              decisionDocumentNo: string | null;
              authorityRegionId: string;
              subject: {
                kind: string;
                id: string;
                name: string;
                /** @description For a leader: principal (主要领导干部), supervising (主管领导干部) or in-charge — the leader in charge of comprehensive management of public security (社会治安综合治理工作分管领导干部) */
                leaderRole: string | null;
                leaderUnitId: string | null;
              };
              scopes: string[];
              startsAt: string;
              endsAt: string;
              /** @description The last day of the window as decided, Asia/Shanghai (kept after a revocation) */
              lastDay: string;
              /** @description The last day the bar counts, Asia/Shanghai: `lastDay`, or — if revoked earlier — the day of the revocation (the day before it, for a revocation at 00:00 exactly) */
              lastDayInForce: string;
              period: string;
              status: string;
              lapsedAt: string | null;
              revokedAt: string | null;
              revokedBy: string | null;
              revokeReason: string | null;
            }[];
          };
        };
      };
      /** @description The request could not be read (malformed JSON, an unreadable request) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The token may not do this here */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No such subject */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The request does not satisfy the schema */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Too many requests (per token), or too many failed authentications (per address) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description PostgreSQL or Temporal is not answering; repeat after Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  getBar: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The bar */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            caseId: string;
            rung: string;
            decisionDocumentNo: string | null;
            authorityRegionId: string;
            subject: {
              kind: string;
              id: string;
              name: string;
              /** @description For a leader: principal (主要领导干部), supervising (主管领导干部) or in-charge — the leader in charge of comprehensive management of public security (社会治安综合治理工作分管领导干部) */
              leaderRole: string | null;
              leaderUnitId: string | null;
            };
            scopes: string[];
            startsAt: string;
            endsAt: string;
            /** @description The last day of the window as decided, Asia/Shanghai (kept after a revocation) */
            lastDay: string;
            /** @description The last day the bar counts, Asia/Shanghai: `lastDay`, or — if revoked earlier — the day of the revocation (the day before it, for a revocation at 00:00 exactly) */
            lastDayInForce: string;
            period: string;
            status: string;
            lapsedAt: string | null;
            revokedAt: string | null;
            revokedBy: string | null;
            revokeReason: string | null;
          };
        };
      };
      /** @description The request could not be read (malformed JSON, an unreadable request) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The token may not do this here */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No such bar */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The request does not satisfy the schema */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Too many requests (per token), or too many failed authentications (per address) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description PostgreSQL or Temporal is not answering; repeat after Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  revokeBars: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason: string;
        };
      };
    };
    responses: {
      /** @description Revoked: the bar as on record (its original window, `revokedAt`, `lastDayInForce`) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @constant */
            revoked: true;
            bar: {
              id: string;
              caseId: string;
              rung: string;
              decisionDocumentNo: string | null;
              authorityRegionId: string;
              subject: {
                kind: string;
                id: string;
                name: string;
                /** @description For a leader: principal (主要领导干部), supervising (主管领导干部) or in-charge — the leader in charge of comprehensive management of public security (社会治安综合治理工作分管领导干部) */
                leaderRole: string | null;
                leaderUnitId: string | null;
              };
              scopes: string[];
              startsAt: string;
              endsAt: string;
              /** @description The last day of the window as decided, Asia/Shanghai (kept after a revocation) */
              lastDay: string;
              /** @description The last day the bar counts, Asia/Shanghai: `lastDay`, or — if revoked earlier — the day of the revocation (the day before it, for a revocation at 00:00 exactly) */
              lastDayInForce: string;
              period: string;
              status: string;
              lapsedAt: string | null;
              revokedAt: string | null;
              revokedBy: string | null;
              revokeReason: string | null;
            };
          };
        };
      };
      /** @description The request could not be read (malformed JSON, an unreadable request) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The token may not do this here */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No such bar */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Not active */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The body exceeds the limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The request does not satisfy the schema */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Too many requests (per token), or too many failed authentications (per address) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description PostgreSQL or Temporal is not answering; repeat after Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  getPerformanceArchive: {
    parameters: {
      query: {
        subjectKind: 'unit' | 'region' | 'leader';
        subjectId: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Entries, oldest first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: string;
              at: string;
              kind: string;
              barId: string | null;
              caseId: string | null;
              summary: string;
              detail: unknown;
            }[];
          };
        };
      };
      /** @description The request could not be read (malformed JSON, an unreadable request) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The token may not do this here */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The request does not satisfy the schema */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Too many requests (per token), or too many failed authentications (per address) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description PostgreSQL or Temporal is not answering; repeat after Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  referForAccountability: {
    parameters: {
      query?: never;
      header?: {
        /** @description Repeating a request with the same key returns the same result and does nothing new */
        'idempotency-key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          leaderId: string;
          /** @enum {string} */
          body: 'discipline-inspection' | 'organisation-personnel' | 'judiciary';
          reasons: string;
          /** @description The level whose body handles it (按照管理权限); defaults to the referring office’s own region */
          bodyRegionId?: string;
        };
      };
    };
    responses: {
      /** @description Referred; the referral waits for the body’s outcome */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            case: {
              id: string;
              workflowId: string;
              subject: {
                kind: string;
                id: string;
                name: string;
                regionId: string;
              };
              openingRegionId: string;
              upperRegionId: string;
              grounds: number[];
              facts: string;
              severity: string;
              aggravating: unknown[];
              mitigating: unknown[];
              startRung: string;
              startReason: string;
              vetoPath: string;
              /** @description The policy of the notice: the opening level’s */
              policy: {
                regionId: string | null;
                version: number;
              };
              /** @description The policies pinned for the notice (the opening level’s) and for the talk, listing and veto (the upper level’s) */
              policies: {
                notice: {
                  regionId: string | null;
                  version: number;
                };
                upper: {
                  regionId: string | null;
                  version: number;
                };
              };
              /** @enum {string} */
              openingOrgan: 'office' | 'committee';
              rung: string;
              phase: string;
              status: string;
              deadline: string | null;
              overdue: boolean;
              openedBy: string;
              openedAt: string;
              closedAt: string | null;
              /** @description The process the case came from (the annual assessment’s year, a supervision item, a key area); null for an office’s own decision */
              origin: {
                /** @enum {string} */
                kind: 'assessment' | 'supervision-item' | 'key-area';
                id: string;
              } | null;
            };
            result: unknown;
            referral: {
              id: string;
              workflowId: string;
              caseId: string;
              leader: {
                id: string;
                name: string;
                unitId: string | null;
                role: string | null;
              };
              body: string;
              bodyRegionId: string;
              rung: string;
              reasons: string;
              referredBy: string;
              referredAt: string;
              status: string;
              reminders: number;
              outcome: {
                outcome: string;
                detail: string | null;
                documentNo: string | null;
                decidedOn: string | null;
                recordedBy: string | null;
                recordedAt: string | null;
              } | null;
            };
          };
        };
      };
      /** @description The request could not be read (malformed JSON, an unreadable request) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The token may not do this here */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No such resource, or not one this token may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The case was withdrawn, or the leader is already referred to that body */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The body exceeds the limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The leader is not one of the subject’s, or the body’s region is wrong */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Too many requests (per token), or too many failed authentications (per address) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description PostgreSQL or Temporal is not answering; repeat after Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  listReferrals: {
    parameters: {
      query?: {
        body?: 'discipline-inspection' | 'organisation-personnel' | 'judiciary';
        status?: 'awaiting-outcome' | 'decided';
        caseId?: string;
        /** @description A whole number in decimal digits, 1–500 */
        limit?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Referrals */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            referrals: {
              id: string;
              workflowId: string;
              caseId: string;
              leader: {
                id: string;
                name: string;
                unitId: string | null;
                role: string | null;
              };
              body: string;
              bodyRegionId: string;
              rung: string;
              reasons: string;
              referredBy: string;
              referredAt: string;
              status: string;
              reminders: number;
              outcome: {
                outcome: string;
                detail: string | null;
                documentNo: string | null;
                decidedOn: string | null;
                recordedBy: string | null;
                recordedAt: string | null;
              } | null;
            }[];
          };
        };
      };
      /** @description The request could not be read (malformed JSON, an unreadable request) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The token may not do this here */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The request does not satisfy the schema */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Too many requests (per token), or too many failed authentications (per address) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description PostgreSQL or Temporal is not answering; repeat after Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  getReferral: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The referral */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            workflowId: string;
            caseId: string;
            leader: {
              id: string;
              name: string;
              unitId: string | null;
              role: string | null;
            };
            body: string;
            bodyRegionId: string;
            rung: string;
            reasons: string;
            referredBy: string;
            referredAt: string;
            status: string;
            reminders: number;
            outcome: {
              outcome: string;
              detail: string | null;
              documentNo: string | null;
              decidedOn: string | null;
              recordedBy: string | null;
              recordedAt: string | null;
            } | null;
            events: {
              seq: number;
              at: string;
              kind: string;
              actor: string;
              detail: unknown;
            }[];
          };
        };
      };
      /** @description The request could not be read (malformed JSON, an unreadable request) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The token may not do this here */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No such referral */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The request does not satisfy the schema */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Too many requests (per token), or too many failed authentications (per address) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description PostgreSQL or Temporal is not answering; repeat after Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  recordReferralOutcome: {
    parameters: {
      query?: never;
      header?: {
        /** @description Repeating a request with the same key returns the same result and does nothing new */
        'idempotency-key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          outcome:
            | 'resign-to-take-blame'
            | 'ordered-to-resign'
            | 'removal'
            | 'party-sanction'
            | 'administrative-sanction'
            | 'criminal-referral'
            | 'no-action';
          detail: string;
          documentNo?: string;
          /** Format: date */
          decidedOn: string;
        };
      };
    };
    responses: {
      /** @description Recorded */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            referral: {
              id: string;
              workflowId: string;
              caseId: string;
              leader: {
                id: string;
                name: string;
                unitId: string | null;
                role: string | null;
              };
              body: string;
              bodyRegionId: string;
              rung: string;
              reasons: string;
              referredBy: string;
              referredAt: string;
              status: string;
              reminders: number;
              outcome: {
                outcome: string;
                detail: string | null;
                documentNo: string | null;
                decidedOn: string | null;
                recordedBy: string | null;
                recordedAt: string | null;
              } | null;
            };
          };
        };
      };
      /** @description The request could not be read (malformed JSON, an unreadable request) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The token may not do this here */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No such resource, or not one this token may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Already recorded */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The body exceeds the limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Not an outcome this body decides */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Too many requests (per token), or too many failed authentications (per address) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description PostgreSQL or Temporal is not answering; repeat after Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  reportRebound: {
    parameters: {
      query?: never;
      header?: {
        /** @description Repeating a request with the same key returns the same result and does nothing new */
        'idempotency-key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          facts: string;
        };
      };
    };
    responses: {
      /** @description Reopened */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            case: {
              id: string;
              workflowId: string;
              subject: {
                kind: string;
                id: string;
                name: string;
                regionId: string;
              };
              openingRegionId: string;
              upperRegionId: string;
              grounds: number[];
              facts: string;
              severity: string;
              aggravating: unknown[];
              mitigating: unknown[];
              startRung: string;
              startReason: string;
              vetoPath: string;
              /** @description The policy of the notice: the opening level’s */
              policy: {
                regionId: string | null;
                version: number;
              };
              /** @description The policies pinned for the notice (the opening level’s) and for the talk, listing and veto (the upper level’s) */
              policies: {
                notice: {
                  regionId: string | null;
                  version: number;
                };
                upper: {
                  regionId: string | null;
                  version: number;
                };
              };
              /** @enum {string} */
              openingOrgan: 'office' | 'committee';
              rung: string;
              phase: string;
              status: string;
              deadline: string | null;
              overdue: boolean;
              openedBy: string;
              openedAt: string;
              closedAt: string | null;
              /** @description The process the case came from (the annual assessment’s year, a supervision item, a key area); null for an office’s own decision */
              origin: {
                /** @enum {string} */
                kind: 'assessment' | 'supervision-item' | 'key-area';
                id: string;
              } | null;
            };
            result: unknown;
          };
        };
      };
      /** @description The request could not be read (malformed JSON, an unreadable request) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The token may not do this here */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No such resource, or not one this token may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The case is not in its rebound watch */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The body exceeds the limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The request does not satisfy the schema */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Too many requests (per token), or too many failed authentications (per address) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description PostgreSQL or Temporal is not answering; repeat after Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  putContact: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        kind:
          | 'unit'
          | 'leader'
          | 'supervising-unit'
          | 'office'
          | 'committee'
          | 'organisation-department'
          | 'organisation-personnel'
          | 'discipline-inspection'
          | 'judiciary'
          | 'upper-departments';
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: email */
          email: string;
        };
      };
    };
    responses: {
      /** @description Saved */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            kind: string;
            id: string;
            email: string;
            updatedBy: string;
            updatedAt: string;
          };
        };
      };
      /** @description The request could not be read (malformed JSON, an unreadable request) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The token may not do this here */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No such addressee */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The body exceeds the limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The request does not satisfy the schema */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Too many requests (per token), or too many failed authentications (per address) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description PostgreSQL or Temporal is not answering; repeat after Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  startAnnualCycle: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          year: number;
        };
      };
    };
    responses: {
      /** @description That year already has its cycle: nothing new started */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            year: number;
            workflowId: string;
            started: boolean;
          };
        };
      };
      /** @description Started */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            year: number;
            workflowId: string;
            started: boolean;
          };
        };
      };
      /** @description The request could not be read (malformed JSON, an unreadable request) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The token may not do this here */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The body exceeds the limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The request does not satisfy the schema */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Too many requests (per token), or too many failed authentications (per address) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description PostgreSQL or Temporal is not answering; repeat after Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  getAnnualCycle: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description A year: four decimal digits, 2000–2100 */
        year: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The cycle */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            year: number;
            workflowId: string;
            startedBy: string;
            startedAt: string;
            stage: string;
            stageUntil: string | null;
            completedAt: string | null;
            policy: unknown;
          };
        };
      };
      /** @description The request could not be read (malformed JSON, an unreadable request) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The token may not do this here */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Not started */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The request does not satisfy the schema */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Too many requests (per token), or too many failed authentications (per address) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description PostgreSQL or Temporal is not answering; repeat after Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  setWorkPoints: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description A year: four decimal digits, 2000–2100 */
        year: string;
        regionId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          points: {
            point: string;
            target: string;
          }[];
        };
      };
    };
    responses: {
      /** @description Saved */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request could not be read (malformed JSON, an unreadable request) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The token may not do this here */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No such region */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The body exceeds the limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The request does not satisfy the schema */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Too many requests (per token), or too many failed authentications (per address) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description PostgreSQL or Temporal is not answering; repeat after Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  listPledges: {
    parameters: {
      query?: {
        status?: 'awaiting-signature' | 'overdue' | 'signed' | 'unsigned';
        /** @description A whole number in decimal digits, 1–1000 */
        limit?: string;
      };
      header?: never;
      path: {
        /** @description A year: four decimal digits, 2000–2100 */
        year: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Pledges */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: string;
              workflowId: string;
              year: number;
              issuerRegionId: string;
              party: {
                kind: string;
                id: string;
                name: string;
              };
              version: number;
              status: string;
              deadline: string;
              signedVersion: number | null;
              signedAt: string | null;
              signedBy: string | null;
              reminders: number;
            }[];
          };
        };
      };
      /** @description The request could not be read (malformed JSON, an unreadable request) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The token may not do this here */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No such resource, or not one this token may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The request does not satisfy the schema */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Too many requests (per token), or too many failed authentications (per address) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description PostgreSQL or Temporal is not answering; repeat after Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  getPledge: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The pledge */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            workflowId: string;
            year: number;
            issuerRegionId: string;
            party: {
              kind: string;
              id: string;
              name: string;
            };
            version: number;
            status: string;
            deadline: string;
            signedVersion: number | null;
            signedAt: string | null;
            signedBy: string | null;
            reminders: number;
            versions: {
              version: number;
              content: unknown;
              issuedBy: string;
              issuedAt: string;
              reason: string | null;
            }[];
            events: {
              seq: number;
              at: string;
              kind: string;
              actor: string;
              detail: unknown;
            }[];
          };
        };
      };
      /** @description The request could not be read (malformed JSON, an unreadable request) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The token may not do this here */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No such pledge */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The request does not satisfy the schema */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Too many requests (per token), or too many failed authentications (per address) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description PostgreSQL or Temporal is not answering; repeat after Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  signPledge: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          version: number;
          signatory: string;
        };
      };
    };
    responses: {
      /** @description Signed */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            workflowId: string;
            year: number;
            issuerRegionId: string;
            party: {
              kind: string;
              id: string;
              name: string;
            };
            version: number;
            status: string;
            deadline: string;
            signedVersion: number | null;
            signedAt: string | null;
            signedBy: string | null;
            reminders: number;
          };
        };
      };
      /** @description The request could not be read (malformed JSON, an unreadable request) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The token may not do this here */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No such resource, or not one this token may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Already signed, superseded, or the year is over */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The body exceeds the limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The request does not satisfy the schema */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Too many requests (per token), or too many failed authentications (per address) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description PostgreSQL or Temporal is not answering; repeat after Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  revisePledge: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          points: {
            point: string;
            target: string;
          }[];
          reason: string;
        };
      };
    };
    responses: {
      /** @description Revised; awaits signature again */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            workflowId: string;
            year: number;
            issuerRegionId: string;
            party: {
              kind: string;
              id: string;
              name: string;
            };
            version: number;
            status: string;
            deadline: string;
            signedVersion: number | null;
            signedAt: string | null;
            signedBy: string | null;
            reminders: number;
          };
        };
      };
      /** @description The request could not be read (malformed JSON, an unreadable request) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The token may not do this here */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No such resource, or not one this token may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The year is over */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The body exceeds the limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The request does not satisfy the schema */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Too many requests (per token), or too many failed authentications (per address) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description PostgreSQL or Temporal is not answering; repeat after Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  listWorkReports: {
    parameters: {
      query?: {
        status?: 'due' | 'filed' | 'missing' | 'filed-late';
        /** @description A whole number in decimal digits, 1–1000 */
        limit?: string;
      };
      header?: never;
      path: {
        /** @description A year: four decimal digits, 2000–2100 */
        year: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Reports */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              year: number;
              toRegionId: string;
              party: {
                kind: string;
                id: string;
                name: string;
              };
              status: string;
              deadline: string;
              summary: string | null;
              nextYearPlan: string | null;
              filedAt: string | null;
              filedBy: string | null;
            }[];
          };
        };
      };
      /** @description The request could not be read (malformed JSON, an unreadable request) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The token may not do this here */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No such resource, or not one this token may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The request does not satisfy the schema */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Too many requests (per token), or too many failed authentications (per address) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description PostgreSQL or Temporal is not answering; repeat after Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  fileWorkReport: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description A year: four decimal digits, 2000–2100 */
        year: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          partyKind: 'unit' | 'committee';
          partyId: string;
          summary: string;
          nextYearPlan: string;
        };
      };
    };
    responses: {
      /** @description Filed */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            year: number;
            toRegionId: string;
            party: {
              kind: string;
              id: string;
              name: string;
            };
            status: string;
            deadline: string;
            summary: string | null;
            nextYearPlan: string | null;
            filedAt: string | null;
            filedBy: string | null;
          };
        };
      };
      /** @description The request could not be read (malformed JSON, an unreadable request) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The token may not do this here */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No such resource, or not one this token may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Not open, or already filed */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The body exceeds the limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The request does not satisfy the schema */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Too many requests (per token), or too many failed authentications (per address) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description PostgreSQL or Temporal is not answering; repeat after Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  schedulePlenaryReport: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description A year: four decimal digits, 2000–2100 */
        year: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description The committee; defaults to the token’s region */
          regionId?: string;
          /** @enum {string} */
          partyKind: 'unit' | 'committee';
          partyId: string;
          /** Format: date-time */
          scheduledFor: string;
        };
      };
    };
    responses: {
      /** @description Scheduled */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
          };
        };
      };
      /** @description The request could not be read (malformed JSON, an unreadable request) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The token may not do this here */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No such resource, or not one this token may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Already scheduled */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The body exceeds the limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description That party does not report to this committee */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Too many requests (per token), or too many failed authentications (per address) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description PostgreSQL or Temporal is not answering; repeat after Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  recordPlenaryReport: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          minutes: string;
        };
      };
    };
    responses: {
      /** @description Recorded */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request could not be read (malformed JSON, an unreadable request) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The token may not do this here */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No such report */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Already recorded */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The body exceeds the limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The request does not satisfy the schema */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Too many requests (per token), or too many failed authentications (per address) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description PostgreSQL or Temporal is not answering; repeat after Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  enterScores: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description A year: four decimal digits, 2000–2100 */
        year: string;
        subjectKind: 'unit' | 'region';
        subjectId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          scores: {
            [key: string]: number;
          };
          majorIncident: boolean;
        };
      };
    };
    responses: {
      /** @description Saved */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            subject: {
              kind: string;
              id: string;
              name: string;
            };
            assessorRegionId: string;
            scores: {
              [key: string]: number;
            };
            majorIncident: boolean;
            total: number | null;
            grade: string | null;
            gradeName: string | null;
            reason: string | null;
            caseId: string | null;
          };
        };
      };
      /** @description The request could not be read (malformed JSON, an unreadable request) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The token may not do this here */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Not assessed this year */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Scores are entered during the assessment only */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The body exceeds the limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The request does not satisfy the schema */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Too many requests (per token), or too many failed authentications (per address) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description PostgreSQL or Temporal is not answering; repeat after Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  listResults: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description A year: four decimal digits, 2000–2100 */
        year: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Results */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              subject: {
                kind: string;
                id: string;
                name: string;
              };
              assessorRegionId: string;
              scores: {
                [key: string]: number;
              };
              majorIncident: boolean;
              total: number | null;
              grade: string | null;
              gradeName: string | null;
              reason: string | null;
              caseId: string | null;
            }[];
          };
        };
      };
      /** @description The request could not be read (malformed JSON, an unreadable request) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The token may not do this here */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No such resource, or not one this token may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The request does not satisfy the schema */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Too many requests (per token), or too many failed authentications (per address) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description PostgreSQL or Temporal is not answering; repeat after Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  exportResultsCsv: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description A year: four decimal digits, 2000–2100 */
        year: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description CSV */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      /** @description The request could not be read (malformed JSON, an unreadable request) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The token may not do this here */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No such resource, or not one this token may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The request does not satisfy the schema */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Too many requests (per token), or too many failed authentications (per address) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description PostgreSQL or Temporal is not answering; repeat after Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  listCommendations: {
    parameters: {
      query?: {
        status?: 'nominated' | 'refused' | 'commended' | 'declined';
      };
      header?: never;
      path: {
        /** @description A year: four decimal digits, 2000–2100 */
        year: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Commendations */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: string;
              year: number;
              category: string;
              subject: {
                kind: string;
                id: string;
                name: string;
              };
              regionId: string;
              basis: string;
              nominatedBy: string;
              status: string;
              reason: string | null;
              decidedBy: string | null;
              documentNo: string | null;
              provincialPraise: boolean;
            }[];
          };
        };
      };
      /** @description The request could not be read (malformed JSON, an unreadable request) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The token may not do this here */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No such resource, or not one this token may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The request does not satisfy the schema */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Too many requests (per token), or too many failed authentications (per address) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description PostgreSQL or Temporal is not answering; repeat after Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  nominate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description A year: four decimal digits, 2000–2100 */
        year: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          category: 'advanced-collective' | 'leader-commendation';
          /** @enum {string} */
          subjectKind: 'unit' | 'region' | 'leader';
          subjectId: string;
          basis: string;
        };
      };
    };
    responses: {
      /** @description Nominated */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            year: number;
            category: string;
            subject: {
              kind: string;
              id: string;
              name: string;
            };
            regionId: string;
            basis: string;
            nominatedBy: string;
            status: string;
            reason: string | null;
            decidedBy: string | null;
            documentNo: string | null;
            provincialPraise: boolean;
          };
        };
      };
      /** @description The request could not be read (malformed JSON, an unreadable request) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The token may not do this here */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No such resource, or not one this token may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Already nominated */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The body exceeds the limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Barred, or the category does not fit the subject */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Too many requests (per token), or too many failed authentications (per address) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description PostgreSQL or Temporal is not answering; repeat after Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  decideCommendation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          decision: 'commend' | 'decline';
          reason?: string;
          documentNo?: string;
        };
      };
    };
    responses: {
      /** @description Decided */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            year: number;
            category: string;
            subject: {
              kind: string;
              id: string;
              name: string;
            };
            regionId: string;
            basis: string;
            nominatedBy: string;
            status: string;
            reason: string | null;
            decidedBy: string | null;
            documentNo: string | null;
            provincialPraise: boolean;
          };
        };
      };
      /** @description The request could not be read (malformed JSON, an unreadable request) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The token may not do this here */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No such nomination */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Already decided */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The body exceeds the limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Barred (Art. 15(3)(4)) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Too many requests (per token), or too many failed authentications (per address) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description PostgreSQL or Temporal is not answering; repeat after Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  listKeyAreaStandards: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        regionId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Versions */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              regionId: string;
              version: number;
              title: string;
              criteria: string[];
              procedure: string;
              effectiveFrom: string;
              adoptedBy: string;
              adoptedAt: string;
            }[];
          };
        };
      };
      /** @description The request could not be read (malformed JSON, an unreadable request) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The token may not do this here */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No such resource, or not one this token may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The request does not satisfy the schema */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Too many requests (per token), or too many failed authentications (per address) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description PostgreSQL or Temporal is not answering; repeat after Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  adoptKeyAreaStandards: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        regionId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          title: string;
          /** @description 认定标准: what makes an area or a problem a key one */
          criteria: string[];
          /** @description 程序办法: how items are identified, listed, checked and delisted */
          procedure: string;
          /** Format: date-time */
          effectiveFrom?: string;
        };
      };
    };
    responses: {
      /** @description Adopted */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            regionId: string;
            version: number;
            title: string;
            criteria: string[];
            procedure: string;
            effectiveFrom: string;
            adoptedBy: string;
            adoptedAt: string;
          };
        };
      };
      /** @description The request could not be read (malformed JSON, an unreadable request) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The token may not do this here */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No such resource, or not one this token may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The body exceeds the limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The request does not satisfy the schema */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Too many requests (per token), or too many failed authentications (per address) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description PostgreSQL or Temporal is not answering; repeat after Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  configureKeyAreaNotifications: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        regionId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The schedule as configured */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            scheduleId: string;
            every: string;
            /** @enum {string} */
            outcome: 'created' | 'updated';
          };
        };
      };
      /** @description The request could not be read (malformed JSON, an unreadable request) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The token may not do this here */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No such resource, or not one this token may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The request does not satisfy the schema */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Too many requests (per token), or too many failed authentications (per address) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description PostgreSQL or Temporal is not answering; repeat after Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  listKeyAreaNotifications: {
    parameters: {
      query?: {
        /** @description A whole number in decimal digits, 1–500 */
        limit?: string;
      };
      header?: never;
      path: {
        regionId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Notifications */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              regionId: string;
              seq: number;
              periodStart: string;
              periodEnd: string;
              summary: {
                [key: string]: number;
              };
              documentNo: string | null;
              document: string | null;
              issuedAt: string;
            }[];
          };
        };
      };
      /** @description The request could not be read (malformed JSON, an unreadable request) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The token may not do this here */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No such resource, or not one this token may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The request does not satisfy the schema */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Too many requests (per token), or too many failed authentications (per address) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description PostgreSQL or Temporal is not answering; repeat after Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  listKeyAreas: {
    parameters: {
      query?: {
        registerRegionId?: string;
        status?: 'listed' | 'overdue' | 'delisted' | 'watch-ended' | 'rebound';
        category?:
          | 'remote-village'
          | 'urban-rural-fringe'
          | 'urban-village'
          | 'small-hotel'
          | 'entertainment-venue'
          | 'other-area'
          | 'guns-trafficking'
          | 'theft-robbery-fraud'
          | 'vice-gambling-drugs'
          | 'other-problem';
        /** @description A whole number in decimal digits, 1–500 */
        limit?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Items, newest first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: string;
              workflowId: string;
              registerRegionId: string;
              /** @enum {string} */
              kind: 'area' | 'problem';
              /** @enum {string} */
              category:
                | 'remote-village'
                | 'urban-rural-fringe'
                | 'urban-village'
                | 'small-hotel'
                | 'entertainment-venue'
                | 'other-area'
                | 'guns-trafficking'
                | 'theft-robbery-fraud'
                | 'vice-gambling-drugs'
                | 'other-problem';
              name: string;
              locationRegionId: string;
              responsible: {
                /** @enum {string} */
                kind: 'region' | 'unit';
                id: string;
                name: string;
              };
              reasons: string[];
              standardVersion: number;
              targets: string[];
              memberUnits: string[];
              /** @enum {string} */
              status: 'listed' | 'overdue' | 'delisted' | 'watch-ended' | 'rebound';
              deadline: string;
              overdue: boolean;
              policy: {
                rollingInvestigationEvery: string;
                rectificationPeriod: string;
                notificationEvery: string;
                reboundWatch: string;
              };
              listedAt: string;
              listedBy: string;
              delistedAt: string | null;
              delistedBy: string | null;
              acceptance: string | null;
              watchUntil: string | null;
              /** @description The case opened on ground 5 when no effective measures were taken */
              caseId: string | null;
              /** @description The case opened on ground 5 for a rebound after delisting */
              reboundCaseId: string | null;
              rounds: number;
            }[];
          };
        };
      };
      /** @description The request could not be read (malformed JSON, an unreadable request) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The token may not do this here */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The request does not satisfy the schema */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Too many requests (per token), or too many failed authentications (per address) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description PostgreSQL or Temporal is not answering; repeat after Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  listKeyArea: {
    parameters: {
      query?: never;
      header?: {
        /** @description Repeating a request with the same key returns the same result and does nothing new */
        'idempotency-key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description The committee whose register it is; an office lists in its own (default: the caller’s region) */
          registerRegionId?: string;
          /**
           * @description 偏远农村 … 娱乐场所 (an area) or 黑拐枪、盗抢骗、黄赌毒 (a problem)
           * @enum {string}
           */
          category:
            | 'remote-village'
            | 'urban-rural-fringe'
            | 'urban-village'
            | 'small-hotel'
            | 'entertainment-venue'
            | 'other-area'
            | 'guns-trafficking'
            | 'theft-robbery-fraud'
            | 'vice-gambling-drugs'
            | 'other-problem';
          name: string;
          /** @description Where it is: the register’s region or below */
          locationRegionId: string;
          /** @description Who answers for rectification (the subject of a case on ground 5): a region below, or a unit */
          responsible: {
            /** @enum {string} */
            kind: 'region' | 'unit';
            id: string;
          };
          /** @description Why it is listed, under the standard applied */
          reasons: string[];
          /** @description The version of the identification standards applied; default: the one in force */
          standardVersion?: number;
          /** @description Member units of the committee that carry out the rolling investigation */
          memberUnits: string[];
          /** @description 常态整治 targets */
          targets: string[];
          /**
           * Format: date-time
           * @description The rectification deadline; at most the policy’s rectificationPeriod from now (the default)
           */
          deadline?: string;
        };
      };
    };
    responses: {
      /** @description Already listed under this Idempotency-Key */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            workflowId: string;
            registerRegionId: string;
            /** @enum {string} */
            kind: 'area' | 'problem';
            /** @enum {string} */
            category:
              | 'remote-village'
              | 'urban-rural-fringe'
              | 'urban-village'
              | 'small-hotel'
              | 'entertainment-venue'
              | 'other-area'
              | 'guns-trafficking'
              | 'theft-robbery-fraud'
              | 'vice-gambling-drugs'
              | 'other-problem';
            name: string;
            locationRegionId: string;
            responsible: {
              /** @enum {string} */
              kind: 'region' | 'unit';
              id: string;
              name: string;
            };
            reasons: string[];
            standardVersion: number;
            targets: string[];
            memberUnits: string[];
            /** @enum {string} */
            status: 'listed' | 'overdue' | 'delisted' | 'watch-ended' | 'rebound';
            deadline: string;
            overdue: boolean;
            policy: {
              rollingInvestigationEvery: string;
              rectificationPeriod: string;
              notificationEvery: string;
              reboundWatch: string;
            };
            listedAt: string;
            listedBy: string;
            delistedAt: string | null;
            delistedBy: string | null;
            acceptance: string | null;
            watchUntil: string | null;
            /** @description The case opened on ground 5 when no effective measures were taken */
            caseId: string | null;
            /** @description The case opened on ground 5 for a rebound after delisting */
            reboundCaseId: string | null;
            rounds: number;
          };
        };
      };
      /** @description Listed */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            workflowId: string;
            registerRegionId: string;
            /** @enum {string} */
            kind: 'area' | 'problem';
            /** @enum {string} */
            category:
              | 'remote-village'
              | 'urban-rural-fringe'
              | 'urban-village'
              | 'small-hotel'
              | 'entertainment-venue'
              | 'other-area'
              | 'guns-trafficking'
              | 'theft-robbery-fraud'
              | 'vice-gambling-drugs'
              | 'other-problem';
            name: string;
            locationRegionId: string;
            responsible: {
              /** @enum {string} */
              kind: 'region' | 'unit';
              id: string;
              name: string;
            };
            reasons: string[];
            standardVersion: number;
            targets: string[];
            memberUnits: string[];
            /** @enum {string} */
            status: 'listed' | 'overdue' | 'delisted' | 'watch-ended' | 'rebound';
            deadline: string;
            overdue: boolean;
            policy: {
              rollingInvestigationEvery: string;
              rectificationPeriod: string;
              notificationEvery: string;
              reboundWatch: string;
            };
            listedAt: string;
            listedBy: string;
            delistedAt: string | null;
            delistedBy: string | null;
            acceptance: string | null;
            watchUntil: string | null;
            /** @description The case opened on ground 5 when no effective measures were taken */
            caseId: string | null;
            /** @description The case opened on ground 5 for a rebound after delisting */
            reboundCaseId: string | null;
            rounds: number;
          };
        };
      };
      /** @description The request could not be read (malformed JSON, an unreadable request) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The token may not do this here */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The request conflicts with the current state, or its Idempotency-Key is in use */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The body exceeds the limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The request does not satisfy the schema */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Too many requests (per token), or too many failed authentications (per address) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description PostgreSQL or Temporal is not answering; repeat after Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  getKeyArea: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The item */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            workflowId: string;
            registerRegionId: string;
            /** @enum {string} */
            kind: 'area' | 'problem';
            /** @enum {string} */
            category:
              | 'remote-village'
              | 'urban-rural-fringe'
              | 'urban-village'
              | 'small-hotel'
              | 'entertainment-venue'
              | 'other-area'
              | 'guns-trafficking'
              | 'theft-robbery-fraud'
              | 'vice-gambling-drugs'
              | 'other-problem';
            name: string;
            locationRegionId: string;
            responsible: {
              /** @enum {string} */
              kind: 'region' | 'unit';
              id: string;
              name: string;
            };
            reasons: string[];
            standardVersion: number;
            targets: string[];
            memberUnits: string[];
            /** @enum {string} */
            status: 'listed' | 'overdue' | 'delisted' | 'watch-ended' | 'rebound';
            deadline: string;
            overdue: boolean;
            policy: {
              rollingInvestigationEvery: string;
              rectificationPeriod: string;
              notificationEvery: string;
              reboundWatch: string;
            };
            listedAt: string;
            listedBy: string;
            delistedAt: string | null;
            delistedBy: string | null;
            acceptance: string | null;
            watchUntil: string | null;
            /** @description The case opened on ground 5 when no effective measures were taken */
            caseId: string | null;
            /** @description The case opened on ground 5 for a rebound after delisting */
            reboundCaseId: string | null;
            rounds: number;
            standard: {
              regionId: string;
              version: number;
              title: string;
              criteria: string[];
              procedure: string;
              effectiveFrom: string;
              adoptedBy: string;
              adoptedAt: string;
            } | null;
            checks: {
              id: string;
              areaId: string;
              round: number;
              unitId: string;
              unitName: string;
              assignedAt: string;
              dueAt: string;
              /** @enum {string} */
              status: 'assigned' | 'reported' | 'missed' | 'closed';
              findings: string | null;
              measures: string | null;
              effective: boolean | null;
              reportedAt: string | null;
              reportedBy: string | null;
            }[];
            events: {
              seq: number;
              kind: string;
              at: string;
              actor: string;
              detail: unknown;
            }[];
            live: {
              status: string;
              round: number;
              deadline: string;
            } | null;
          };
        };
      };
      /** @description The request could not be read (malformed JSON, an unreadable request) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The token may not do this here */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No such resource, or not one this token may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The request does not satisfy the schema */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Too many requests (per token), or too many failed authentications (per address) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description PostgreSQL or Temporal is not answering; repeat after Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  acceptKeyAreaRectification: {
    parameters: {
      query?: never;
      header?: {
        /** @description Repeating a request with the same key returns the same result and does nothing new */
        'idempotency-key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description 验收结论: what was checked and found */
          acceptance: string;
        };
      };
    };
    responses: {
      /** @description Delisted */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            workflowId: string;
            registerRegionId: string;
            /** @enum {string} */
            kind: 'area' | 'problem';
            /** @enum {string} */
            category:
              | 'remote-village'
              | 'urban-rural-fringe'
              | 'urban-village'
              | 'small-hotel'
              | 'entertainment-venue'
              | 'other-area'
              | 'guns-trafficking'
              | 'theft-robbery-fraud'
              | 'vice-gambling-drugs'
              | 'other-problem';
            name: string;
            locationRegionId: string;
            responsible: {
              /** @enum {string} */
              kind: 'region' | 'unit';
              id: string;
              name: string;
            };
            reasons: string[];
            standardVersion: number;
            targets: string[];
            memberUnits: string[];
            /** @enum {string} */
            status: 'listed' | 'overdue' | 'delisted' | 'watch-ended' | 'rebound';
            deadline: string;
            overdue: boolean;
            policy: {
              rollingInvestigationEvery: string;
              rectificationPeriod: string;
              notificationEvery: string;
              reboundWatch: string;
            };
            listedAt: string;
            listedBy: string;
            delistedAt: string | null;
            delistedBy: string | null;
            acceptance: string | null;
            watchUntil: string | null;
            /** @description The case opened on ground 5 when no effective measures were taken */
            caseId: string | null;
            /** @description The case opened on ground 5 for a rebound after delisting */
            reboundCaseId: string | null;
            rounds: number;
          };
        };
      };
      /** @description The request could not be read (malformed JSON, an unreadable request) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The token may not do this here */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No such resource, or not one this token may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Not on the register */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The body exceeds the limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The request does not satisfy the schema */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Too many requests (per token), or too many failed authentications (per address) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description PostgreSQL or Temporal is not answering; repeat after Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  reportKeyAreaRebound: {
    parameters: {
      query?: never;
      header?: {
        /** @description Repeating a request with the same key returns the same result and does nothing new */
        'idempotency-key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          facts: string;
        };
      };
    };
    responses: {
      /** @description Reported; the case opened (null when it could not be, the office told why) */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            workflowId: string;
            registerRegionId: string;
            /** @enum {string} */
            kind: 'area' | 'problem';
            /** @enum {string} */
            category:
              | 'remote-village'
              | 'urban-rural-fringe'
              | 'urban-village'
              | 'small-hotel'
              | 'entertainment-venue'
              | 'other-area'
              | 'guns-trafficking'
              | 'theft-robbery-fraud'
              | 'vice-gambling-drugs'
              | 'other-problem';
            name: string;
            locationRegionId: string;
            responsible: {
              /** @enum {string} */
              kind: 'region' | 'unit';
              id: string;
              name: string;
            };
            reasons: string[];
            standardVersion: number;
            targets: string[];
            memberUnits: string[];
            /** @enum {string} */
            status: 'listed' | 'overdue' | 'delisted' | 'watch-ended' | 'rebound';
            deadline: string;
            overdue: boolean;
            policy: {
              rollingInvestigationEvery: string;
              rectificationPeriod: string;
              notificationEvery: string;
              reboundWatch: string;
            };
            listedAt: string;
            listedBy: string;
            delistedAt: string | null;
            delistedBy: string | null;
            acceptance: string | null;
            watchUntil: string | null;
            /** @description The case opened on ground 5 when no effective measures were taken */
            caseId: string | null;
            /** @description The case opened on ground 5 for a rebound after delisting */
            reboundCaseId: string | null;
            rounds: number;
          };
        };
      };
      /** @description The request could not be read (malformed JSON, an unreadable request) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The token may not do this here */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No such resource, or not one this token may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Not delisted, or its watch is over */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The body exceeds the limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The request does not satisfy the schema */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Too many requests (per token), or too many failed authentications (per address) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description PostgreSQL or Temporal is not answering; repeat after Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  listKeyAreaChecks: {
    parameters: {
      query?: {
        status?: 'assigned' | 'reported' | 'missed' | 'closed';
        areaId?: string;
        /** @description A whole number in decimal digits, 1–500 */
        limit?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Assignments, latest due first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: string;
              areaId: string;
              round: number;
              unitId: string;
              unitName: string;
              assignedAt: string;
              dueAt: string;
              /** @enum {string} */
              status: 'assigned' | 'reported' | 'missed' | 'closed';
              findings: string | null;
              measures: string | null;
              effective: boolean | null;
              reportedAt: string | null;
              reportedBy: string | null;
            }[];
          };
        };
      };
      /** @description The request could not be read (malformed JSON, an unreadable request) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The token may not do this here */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The request does not satisfy the schema */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Too many requests (per token), or too many failed authentications (per address) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description PostgreSQL or Temporal is not answering; repeat after Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  reportKeyAreaCheck: {
    parameters: {
      query?: never;
      header?: {
        /** @description Repeating a request with the same key returns the same result and does nothing new */
        'idempotency-key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          findings: string;
          measures: string;
          /** @description Whether the unit judges the measures effective (the office decides by acceptance) */
          effective: boolean;
        };
      };
    };
    responses: {
      /** @description Reported */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            areaId: string;
            round: number;
            unitId: string;
            unitName: string;
            assignedAt: string;
            dueAt: string;
            /** @enum {string} */
            status: 'assigned' | 'reported' | 'missed' | 'closed';
            findings: string | null;
            measures: string | null;
            effective: boolean | null;
            reportedAt: string | null;
            reportedBy: string | null;
          };
        };
      };
      /** @description The request could not be read (malformed JSON, an unreadable request) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The token may not do this here */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No such resource, or not one this token may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Already reported, missed or closed */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The body exceeds the limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The request does not satisfy the schema */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Too many requests (per token), or too many failed authentications (per address) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description PostgreSQL or Temporal is not answering; repeat after Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  listSupervisionItems: {
    parameters: {
      query?: {
        /** @description Items assigned in, or about, this region or below */
        regionId?: string;
        kind?: 'major-decision' | 'instruction' | 'npc-suggestion' | 'cppcc-proposal' | 'disorder';
        form?: 'tracking' | 'joint' | 'open-inspection' | 'unannounced-inspection';
        status?: 'in-progress' | 'under-review' | 'handled' | 'rectifying' | 'awaiting-case' | 'closed';
        /** @description 绿黄红牌 now */
        card?: 'green' | 'yellow' | 'red';
        /** @description Items whose current deadline falls before this */
        dueBefore?: string;
        /** @description A whole number in decimal digits, 1–500 */
        limit?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Items, newest first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: string;
              workflowId: string;
              /** @enum {string} */
              kind: 'major-decision' | 'instruction' | 'npc-suggestion' | 'cppcc-proposal' | 'disorder';
              /** @enum {string} */
              form: 'tracking' | 'joint' | 'open-inspection' | 'unannounced-inspection';
              title: string;
              content: string;
              basis: string | null;
              /** @description The assigning office’s region */
              regionId: string;
              /** @description The responsible units (承办单位), the lead unit first */
              units: {
                id: string;
                name: string;
                lead: boolean;
              }[];
              /** @description The inspected (被督查对象) */
              target: {
                kind: string;
                id: string;
                name: string;
                regionId: string;
              } | null;
              /** @enum {string} */
              status: 'in-progress' | 'under-review' | 'handled' | 'rectifying' | 'awaiting-case' | 'closed';
              /** @enum {string} */
              stage: 'handling' | 'rectification';
              deadline: string | null;
              firstDeadline: string;
              /** @description 绿黄红牌: by the time left to the current deadline; red once overdue */
              card: ('green' | 'yellow' | 'red') | null;
              overdue: boolean;
              reminders: number;
              returned: number;
              findings: {
                causes: string;
                loopholes: string;
                rectificationDeadline: string | null;
                recordedBy: string;
                at: string;
              } | null;
              recommendation: {
                subject: {
                  kind: string;
                  id: string;
                  name: string;
                };
                grounds: number[];
                severity: string;
                facts: string;
              } | null;
              /** @description The accountability case opened from the recommendation */
              caseId: string | null;
              policy: {
                regionId: string | null;
                version: number;
              };
              drill: boolean;
              assignedBy: string;
              assignedAt: string;
              closedAt: string | null;
            }[];
          };
        };
      };
      /** @description The request could not be read (malformed JSON, an unreadable request) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The token may not do this here */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The request does not satisfy the schema */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Too many requests (per token), or too many failed authentications (per address) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description PostgreSQL or Temporal is not answering; repeat after Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  assignSupervisionItem: {
    parameters: {
      query?: never;
      header?: {
        /** @description Repeating a request with the same key returns the same result and does nothing new */
        'idempotency-key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /**
           * @description Art. 9: what is supervised
           * @enum {string}
           */
          kind: 'major-decision' | 'instruction' | 'npc-suggestion' | 'cppcc-proposal' | 'disorder';
          /**
           * @description Art. 9: 跟踪督查、联合督查、明查暗访
           * @enum {string}
           */
          form: 'tracking' | 'joint' | 'open-inspection' | 'unannounced-inspection';
          title: string;
          content: string;
          /** @description The decision, the leader’s written instruction, the suggestion’s or proposal’s number, the complaints */
          basis?: string;
          /** @description The responsible units; the first leads (牵头) */
          units: string[];
          /** @description The inspected unit or region (被督查对象) */
          target?: {
            /** @enum {string} */
            kind: 'unit' | 'region';
            id: string;
          };
          /**
           * Format: date-time
           * @description Else the policy’s: the reply deadline for NPC suggestions and CPPCC proposals, handleWithin otherwise
           */
          deadline?: string;
          /** @description The assigning office; defaults to the token’s region */
          regionId?: string;
        };
      };
    };
    responses: {
      /** @description Already assigned under this Idempotency-Key */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            workflowId: string;
            /** @enum {string} */
            kind: 'major-decision' | 'instruction' | 'npc-suggestion' | 'cppcc-proposal' | 'disorder';
            /** @enum {string} */
            form: 'tracking' | 'joint' | 'open-inspection' | 'unannounced-inspection';
            title: string;
            content: string;
            basis: string | null;
            /** @description The assigning office’s region */
            regionId: string;
            /** @description The responsible units (承办单位), the lead unit first */
            units: {
              id: string;
              name: string;
              lead: boolean;
            }[];
            /** @description The inspected (被督查对象) */
            target: {
              kind: string;
              id: string;
              name: string;
              regionId: string;
            } | null;
            /** @enum {string} */
            status: 'in-progress' | 'under-review' | 'handled' | 'rectifying' | 'awaiting-case' | 'closed';
            /** @enum {string} */
            stage: 'handling' | 'rectification';
            deadline: string | null;
            firstDeadline: string;
            /** @description 绿黄红牌: by the time left to the current deadline; red once overdue */
            card: ('green' | 'yellow' | 'red') | null;
            overdue: boolean;
            reminders: number;
            returned: number;
            findings: {
              causes: string;
              loopholes: string;
              rectificationDeadline: string | null;
              recordedBy: string;
              at: string;
            } | null;
            recommendation: {
              subject: {
                kind: string;
                id: string;
                name: string;
              };
              grounds: number[];
              severity: string;
              facts: string;
            } | null;
            /** @description The accountability case opened from the recommendation */
            caseId: string | null;
            policy: {
              regionId: string | null;
              version: number;
            };
            drill: boolean;
            assignedBy: string;
            assignedAt: string;
            closedAt: string | null;
          };
        };
      };
      /** @description Assigned */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            workflowId: string;
            /** @enum {string} */
            kind: 'major-decision' | 'instruction' | 'npc-suggestion' | 'cppcc-proposal' | 'disorder';
            /** @enum {string} */
            form: 'tracking' | 'joint' | 'open-inspection' | 'unannounced-inspection';
            title: string;
            content: string;
            basis: string | null;
            /** @description The assigning office’s region */
            regionId: string;
            /** @description The responsible units (承办单位), the lead unit first */
            units: {
              id: string;
              name: string;
              lead: boolean;
            }[];
            /** @description The inspected (被督查对象) */
            target: {
              kind: string;
              id: string;
              name: string;
              regionId: string;
            } | null;
            /** @enum {string} */
            status: 'in-progress' | 'under-review' | 'handled' | 'rectifying' | 'awaiting-case' | 'closed';
            /** @enum {string} */
            stage: 'handling' | 'rectification';
            deadline: string | null;
            firstDeadline: string;
            /** @description 绿黄红牌: by the time left to the current deadline; red once overdue */
            card: ('green' | 'yellow' | 'red') | null;
            overdue: boolean;
            reminders: number;
            returned: number;
            findings: {
              causes: string;
              loopholes: string;
              rectificationDeadline: string | null;
              recordedBy: string;
              at: string;
            } | null;
            recommendation: {
              subject: {
                kind: string;
                id: string;
                name: string;
              };
              grounds: number[];
              severity: string;
              facts: string;
            } | null;
            /** @description The accountability case opened from the recommendation */
            caseId: string | null;
            policy: {
              regionId: string | null;
              version: number;
            };
            drill: boolean;
            assignedBy: string;
            assignedAt: string;
            closedAt: string | null;
          };
        };
      };
      /** @description The request could not be read (malformed JSON, an unreadable request) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The token may not do this here */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The request conflicts with the current state, or its Idempotency-Key is in use */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The body exceeds the limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The request does not satisfy the schema */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Too many requests (per token), or too many failed authentications (per address) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description PostgreSQL or Temporal is not answering; repeat after Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  getSupervisionItem: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The item */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            workflowId: string;
            /** @enum {string} */
            kind: 'major-decision' | 'instruction' | 'npc-suggestion' | 'cppcc-proposal' | 'disorder';
            /** @enum {string} */
            form: 'tracking' | 'joint' | 'open-inspection' | 'unannounced-inspection';
            title: string;
            content: string;
            basis: string | null;
            /** @description The assigning office’s region */
            regionId: string;
            /** @description The responsible units (承办单位), the lead unit first */
            units: {
              id: string;
              name: string;
              lead: boolean;
            }[];
            /** @description The inspected (被督查对象) */
            target: {
              kind: string;
              id: string;
              name: string;
              regionId: string;
            } | null;
            /** @enum {string} */
            status: 'in-progress' | 'under-review' | 'handled' | 'rectifying' | 'awaiting-case' | 'closed';
            /** @enum {string} */
            stage: 'handling' | 'rectification';
            deadline: string | null;
            firstDeadline: string;
            /** @description 绿黄红牌: by the time left to the current deadline; red once overdue */
            card: ('green' | 'yellow' | 'red') | null;
            overdue: boolean;
            reminders: number;
            returned: number;
            findings: {
              causes: string;
              loopholes: string;
              rectificationDeadline: string | null;
              recordedBy: string;
              at: string;
            } | null;
            recommendation: {
              subject: {
                kind: string;
                id: string;
                name: string;
              };
              grounds: number[];
              severity: string;
              facts: string;
            } | null;
            /** @description The accountability case opened from the recommendation */
            caseId: string | null;
            policy: {
              regionId: string | null;
              version: number;
            };
            drill: boolean;
            assignedBy: string;
            assignedAt: string;
            closedAt: string | null;
            events: {
              seq: number;
              at: string;
              kind: string;
              actor: string;
              detail: unknown;
            }[];
            /** @description The case opened from the recommendation */
            case: {
              id: string;
              workflowId: string;
              subject: {
                kind: string;
                id: string;
                name: string;
                regionId: string;
              };
              openingRegionId: string;
              upperRegionId: string;
              grounds: number[];
              facts: string;
              severity: string;
              aggravating: unknown[];
              mitigating: unknown[];
              startRung: string;
              startReason: string;
              vetoPath: string;
              /** @description The policy of the notice: the opening level’s */
              policy: {
                regionId: string | null;
                version: number;
              };
              /** @description The policies pinned for the notice (the opening level’s) and for the talk, listing and veto (the upper level’s) */
              policies: {
                notice: {
                  regionId: string | null;
                  version: number;
                };
                upper: {
                  regionId: string | null;
                  version: number;
                };
              };
              /** @enum {string} */
              openingOrgan: 'office' | 'committee';
              rung: string;
              phase: string;
              status: string;
              deadline: string | null;
              overdue: boolean;
              openedBy: string;
              openedAt: string;
              closedAt: string | null;
              /** @description The process the case came from (the annual assessment’s year, a supervision item, a key area); null for an office’s own decision */
              origin: {
                /** @enum {string} */
                kind: 'assessment' | 'supervision-item' | 'key-area';
                id: string;
              } | null;
            } | null;
            notifications: {
              addressee: {
                kind: string;
                id: string;
                name: string;
              };
              subject: string;
              body: string;
              createdAt: string;
            }[];
          };
        };
      };
      /** @description The request could not be read (malformed JSON, an unreadable request) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The token may not do this here */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No such item */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The request does not satisfy the schema */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Too many requests (per token), or too many failed authentications (per address) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description PostgreSQL or Temporal is not answering; repeat after Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  reportSupervisionProgress: {
    parameters: {
      query?: never;
      header?: {
        /** @description Repeating a request with the same key returns the same result and does nothing new */
        'idempotency-key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          summary: string;
          /** @description For an admin: the unit reporting */
          unitId?: string;
        };
      };
    };
    responses: {
      /** @description Recorded */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            workflowId: string;
            /** @enum {string} */
            kind: 'major-decision' | 'instruction' | 'npc-suggestion' | 'cppcc-proposal' | 'disorder';
            /** @enum {string} */
            form: 'tracking' | 'joint' | 'open-inspection' | 'unannounced-inspection';
            title: string;
            content: string;
            basis: string | null;
            /** @description The assigning office’s region */
            regionId: string;
            /** @description The responsible units (承办单位), the lead unit first */
            units: {
              id: string;
              name: string;
              lead: boolean;
            }[];
            /** @description The inspected (被督查对象) */
            target: {
              kind: string;
              id: string;
              name: string;
              regionId: string;
            } | null;
            /** @enum {string} */
            status: 'in-progress' | 'under-review' | 'handled' | 'rectifying' | 'awaiting-case' | 'closed';
            /** @enum {string} */
            stage: 'handling' | 'rectification';
            deadline: string | null;
            firstDeadline: string;
            /** @description 绿黄红牌: by the time left to the current deadline; red once overdue */
            card: ('green' | 'yellow' | 'red') | null;
            overdue: boolean;
            reminders: number;
            returned: number;
            findings: {
              causes: string;
              loopholes: string;
              rectificationDeadline: string | null;
              recordedBy: string;
              at: string;
            } | null;
            recommendation: {
              subject: {
                kind: string;
                id: string;
                name: string;
              };
              grounds: number[];
              severity: string;
              facts: string;
            } | null;
            /** @description The accountability case opened from the recommendation */
            caseId: string | null;
            policy: {
              regionId: string | null;
              version: number;
            };
            drill: boolean;
            assignedBy: string;
            assignedAt: string;
            closedAt: string | null;
          };
        };
      };
      /** @description The request could not be read (malformed JSON, an unreadable request) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The token may not do this here */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No such resource, or not one this token may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No progress is reported now */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The body exceeds the limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The request does not satisfy the schema */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Too many requests (per token), or too many failed authentications (per address) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description PostgreSQL or Temporal is not answering; repeat after Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  reportSupervisionCompletion: {
    parameters: {
      query?: never;
      header?: {
        /** @description Repeating a request with the same key returns the same result and does nothing new */
        'idempotency-key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          summary: string;
          /** @description For an admin: the unit reporting (none: the inspected region’s office) */
          unitId?: string;
        };
      };
    };
    responses: {
      /** @description Received; awaits the office’s review */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            workflowId: string;
            /** @enum {string} */
            kind: 'major-decision' | 'instruction' | 'npc-suggestion' | 'cppcc-proposal' | 'disorder';
            /** @enum {string} */
            form: 'tracking' | 'joint' | 'open-inspection' | 'unannounced-inspection';
            title: string;
            content: string;
            basis: string | null;
            /** @description The assigning office’s region */
            regionId: string;
            /** @description The responsible units (承办单位), the lead unit first */
            units: {
              id: string;
              name: string;
              lead: boolean;
            }[];
            /** @description The inspected (被督查对象) */
            target: {
              kind: string;
              id: string;
              name: string;
              regionId: string;
            } | null;
            /** @enum {string} */
            status: 'in-progress' | 'under-review' | 'handled' | 'rectifying' | 'awaiting-case' | 'closed';
            /** @enum {string} */
            stage: 'handling' | 'rectification';
            deadline: string | null;
            firstDeadline: string;
            /** @description 绿黄红牌: by the time left to the current deadline; red once overdue */
            card: ('green' | 'yellow' | 'red') | null;
            overdue: boolean;
            reminders: number;
            returned: number;
            findings: {
              causes: string;
              loopholes: string;
              rectificationDeadline: string | null;
              recordedBy: string;
              at: string;
            } | null;
            recommendation: {
              subject: {
                kind: string;
                id: string;
                name: string;
              };
              grounds: number[];
              severity: string;
              facts: string;
            } | null;
            /** @description The accountability case opened from the recommendation */
            caseId: string | null;
            policy: {
              regionId: string | null;
              version: number;
            };
            drill: boolean;
            assignedBy: string;
            assignedAt: string;
            closedAt: string | null;
          };
        };
      };
      /** @description The request could not be read (malformed JSON, an unreadable request) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The token may not do this here */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No such resource, or not one this token may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No completion is reported now */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The body exceeds the limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The request does not satisfy the schema */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Too many requests (per token), or too many failed authentications (per address) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description PostgreSQL or Temporal is not answering; repeat after Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  reviewSupervisionCompletion: {
    parameters: {
      query?: never;
      header?: {
        /** @description Repeating a request with the same key returns the same result and does nothing new */
        'idempotency-key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          decision: 'accept' | 'return';
          reasons?: string;
          /**
           * Format: date-time
           * @description Returned: a new deadline (else the current one stays)
           */
          newDeadline?: string;
        };
      };
    };
    responses: {
      /** @description Recorded */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            workflowId: string;
            /** @enum {string} */
            kind: 'major-decision' | 'instruction' | 'npc-suggestion' | 'cppcc-proposal' | 'disorder';
            /** @enum {string} */
            form: 'tracking' | 'joint' | 'open-inspection' | 'unannounced-inspection';
            title: string;
            content: string;
            basis: string | null;
            /** @description The assigning office’s region */
            regionId: string;
            /** @description The responsible units (承办单位), the lead unit first */
            units: {
              id: string;
              name: string;
              lead: boolean;
            }[];
            /** @description The inspected (被督查对象) */
            target: {
              kind: string;
              id: string;
              name: string;
              regionId: string;
            } | null;
            /** @enum {string} */
            status: 'in-progress' | 'under-review' | 'handled' | 'rectifying' | 'awaiting-case' | 'closed';
            /** @enum {string} */
            stage: 'handling' | 'rectification';
            deadline: string | null;
            firstDeadline: string;
            /** @description 绿黄红牌: by the time left to the current deadline; red once overdue */
            card: ('green' | 'yellow' | 'red') | null;
            overdue: boolean;
            reminders: number;
            returned: number;
            findings: {
              causes: string;
              loopholes: string;
              rectificationDeadline: string | null;
              recordedBy: string;
              at: string;
            } | null;
            recommendation: {
              subject: {
                kind: string;
                id: string;
                name: string;
              };
              grounds: number[];
              severity: string;
              facts: string;
            } | null;
            /** @description The accountability case opened from the recommendation */
            caseId: string | null;
            policy: {
              regionId: string | null;
              version: number;
            };
            drill: boolean;
            assignedBy: string;
            assignedAt: string;
            closedAt: string | null;
          };
        };
      };
      /** @description The request could not be read (malformed JSON, an unreadable request) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The token may not do this here */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No such resource, or not one this token may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Nothing to review */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The body exceeds the limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The request does not satisfy the schema */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Too many requests (per token), or too many failed authentications (per address) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description PostgreSQL or Temporal is not answering; repeat after Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  recordSupervisionFindings: {
    parameters: {
      query?: never;
      header?: {
        /** @description Repeating a request with the same key returns the same result and does nothing new */
        'idempotency-key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          causes: string;
          loopholes: string;
          /**
           * @description Whether rectification within a deadline is required (限期整改)
           * @default true
           */
          rectify?: boolean;
          /**
           * Format: date-time
           * @description Else the policy’s rectificationWithin from now
           */
          rectificationDeadline?: string;
          /** @description 领导责任追究建议 */
          recommendation?: {
            subject: {
              /** @enum {string} */
              kind: 'unit' | 'region';
              id: string;
            };
            grounds: number[];
            /** @enum {string} */
            severity: 'ordinary' | 'serious' | 'especially-serious' | 'veto-level';
            facts: string;
          };
        };
      };
    };
    responses: {
      /** @description Recorded */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            workflowId: string;
            /** @enum {string} */
            kind: 'major-decision' | 'instruction' | 'npc-suggestion' | 'cppcc-proposal' | 'disorder';
            /** @enum {string} */
            form: 'tracking' | 'joint' | 'open-inspection' | 'unannounced-inspection';
            title: string;
            content: string;
            basis: string | null;
            /** @description The assigning office’s region */
            regionId: string;
            /** @description The responsible units (承办单位), the lead unit first */
            units: {
              id: string;
              name: string;
              lead: boolean;
            }[];
            /** @description The inspected (被督查对象) */
            target: {
              kind: string;
              id: string;
              name: string;
              regionId: string;
            } | null;
            /** @enum {string} */
            status: 'in-progress' | 'under-review' | 'handled' | 'rectifying' | 'awaiting-case' | 'closed';
            /** @enum {string} */
            stage: 'handling' | 'rectification';
            deadline: string | null;
            firstDeadline: string;
            /** @description 绿黄红牌: by the time left to the current deadline; red once overdue */
            card: ('green' | 'yellow' | 'red') | null;
            overdue: boolean;
            reminders: number;
            returned: number;
            findings: {
              causes: string;
              loopholes: string;
              rectificationDeadline: string | null;
              recordedBy: string;
              at: string;
            } | null;
            recommendation: {
              subject: {
                kind: string;
                id: string;
                name: string;
              };
              grounds: number[];
              severity: string;
              facts: string;
            } | null;
            /** @description The accountability case opened from the recommendation */
            caseId: string | null;
            policy: {
              regionId: string | null;
              version: number;
            };
            drill: boolean;
            assignedBy: string;
            assignedAt: string;
            closedAt: string | null;
          };
        };
      };
      /** @description The request could not be read (malformed JSON, an unreadable request) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The token may not do this here */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No such resource, or not one this token may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Findings already recorded, or the item is concluded */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The body exceeds the limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The request does not satisfy the schema */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Too many requests (per token), or too many failed authentications (per address) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description PostgreSQL or Temporal is not answering; repeat after Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  openCaseFromSupervisionItem: {
    parameters: {
      query?: never;
      header?: {
        /** @description Repeating a request with the same key returns the same result and does nothing new */
        'idempotency-key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description Else the recommendation’s */
          grounds?: number[];
          /**
           * @description Else the recommendation’s
           * @enum {string}
           */
          severity?: 'ordinary' | 'serious' | 'especially-serious' | 'veto-level';
          /** @description Else the recommendation’s, with the findings */
          facts?: string;
        };
      };
    };
    responses: {
      /** @description This recommendation already led to a case: nothing new opened */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            item: {
              id: string;
              workflowId: string;
              /** @enum {string} */
              kind: 'major-decision' | 'instruction' | 'npc-suggestion' | 'cppcc-proposal' | 'disorder';
              /** @enum {string} */
              form: 'tracking' | 'joint' | 'open-inspection' | 'unannounced-inspection';
              title: string;
              content: string;
              basis: string | null;
              /** @description The assigning office’s region */
              regionId: string;
              /** @description The responsible units (承办单位), the lead unit first */
              units: {
                id: string;
                name: string;
                lead: boolean;
              }[];
              /** @description The inspected (被督查对象) */
              target: {
                kind: string;
                id: string;
                name: string;
                regionId: string;
              } | null;
              /** @enum {string} */
              status: 'in-progress' | 'under-review' | 'handled' | 'rectifying' | 'awaiting-case' | 'closed';
              /** @enum {string} */
              stage: 'handling' | 'rectification';
              deadline: string | null;
              firstDeadline: string;
              /** @description 绿黄红牌: by the time left to the current deadline; red once overdue */
              card: ('green' | 'yellow' | 'red') | null;
              overdue: boolean;
              reminders: number;
              returned: number;
              findings: {
                causes: string;
                loopholes: string;
                rectificationDeadline: string | null;
                recordedBy: string;
                at: string;
              } | null;
              recommendation: {
                subject: {
                  kind: string;
                  id: string;
                  name: string;
                };
                grounds: number[];
                severity: string;
                facts: string;
              } | null;
              /** @description The accountability case opened from the recommendation */
              caseId: string | null;
              policy: {
                regionId: string | null;
                version: number;
              };
              drill: boolean;
              assignedBy: string;
              assignedAt: string;
              closedAt: string | null;
            };
            case: {
              id: string;
              workflowId: string;
              subject: {
                kind: string;
                id: string;
                name: string;
                regionId: string;
              };
              openingRegionId: string;
              upperRegionId: string;
              grounds: number[];
              facts: string;
              severity: string;
              aggravating: unknown[];
              mitigating: unknown[];
              startRung: string;
              startReason: string;
              vetoPath: string;
              /** @description The policy of the notice: the opening level’s */
              policy: {
                regionId: string | null;
                version: number;
              };
              /** @description The policies pinned for the notice (the opening level’s) and for the talk, listing and veto (the upper level’s) */
              policies: {
                notice: {
                  regionId: string | null;
                  version: number;
                };
                upper: {
                  regionId: string | null;
                  version: number;
                };
              };
              /** @enum {string} */
              openingOrgan: 'office' | 'committee';
              rung: string;
              phase: string;
              status: string;
              deadline: string | null;
              overdue: boolean;
              openedBy: string;
              openedAt: string;
              closedAt: string | null;
              /** @description The process the case came from (the annual assessment’s year, a supervision item, a key area); null for an office’s own decision */
              origin: {
                /** @enum {string} */
                kind: 'assessment' | 'supervision-item' | 'key-area';
                id: string;
              } | null;
            };
            opened: boolean;
          };
        };
      };
      /** @description Opened */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            item: {
              id: string;
              workflowId: string;
              /** @enum {string} */
              kind: 'major-decision' | 'instruction' | 'npc-suggestion' | 'cppcc-proposal' | 'disorder';
              /** @enum {string} */
              form: 'tracking' | 'joint' | 'open-inspection' | 'unannounced-inspection';
              title: string;
              content: string;
              basis: string | null;
              /** @description The assigning office’s region */
              regionId: string;
              /** @description The responsible units (承办单位), the lead unit first */
              units: {
                id: string;
                name: string;
                lead: boolean;
              }[];
              /** @description The inspected (被督查对象) */
              target: {
                kind: string;
                id: string;
                name: string;
                regionId: string;
              } | null;
              /** @enum {string} */
              status: 'in-progress' | 'under-review' | 'handled' | 'rectifying' | 'awaiting-case' | 'closed';
              /** @enum {string} */
              stage: 'handling' | 'rectification';
              deadline: string | null;
              firstDeadline: string;
              /** @description 绿黄红牌: by the time left to the current deadline; red once overdue */
              card: ('green' | 'yellow' | 'red') | null;
              overdue: boolean;
              reminders: number;
              returned: number;
              findings: {
                causes: string;
                loopholes: string;
                rectificationDeadline: string | null;
                recordedBy: string;
                at: string;
              } | null;
              recommendation: {
                subject: {
                  kind: string;
                  id: string;
                  name: string;
                };
                grounds: number[];
                severity: string;
                facts: string;
              } | null;
              /** @description The accountability case opened from the recommendation */
              caseId: string | null;
              policy: {
                regionId: string | null;
                version: number;
              };
              drill: boolean;
              assignedBy: string;
              assignedAt: string;
              closedAt: string | null;
            };
            case: {
              id: string;
              workflowId: string;
              subject: {
                kind: string;
                id: string;
                name: string;
                regionId: string;
              };
              openingRegionId: string;
              upperRegionId: string;
              grounds: number[];
              facts: string;
              severity: string;
              aggravating: unknown[];
              mitigating: unknown[];
              startRung: string;
              startReason: string;
              vetoPath: string;
              /** @description The policy of the notice: the opening level’s */
              policy: {
                regionId: string | null;
                version: number;
              };
              /** @description The policies pinned for the notice (the opening level’s) and for the talk, listing and veto (the upper level’s) */
              policies: {
                notice: {
                  regionId: string | null;
                  version: number;
                };
                upper: {
                  regionId: string | null;
                  version: number;
                };
              };
              /** @enum {string} */
              openingOrgan: 'office' | 'committee';
              rung: string;
              phase: string;
              status: string;
              deadline: string | null;
              overdue: boolean;
              openedBy: string;
              openedAt: string;
              closedAt: string | null;
              /** @description The process the case came from (the annual assessment’s year, a supervision item, a key area); null for an office’s own decision */
              origin: {
                /** @enum {string} */
                kind: 'assessment' | 'supervision-item' | 'key-area';
                id: string;
              } | null;
            };
            opened: boolean;
          };
        };
      };
      /** @description The request could not be read (malformed JSON, an unreadable request) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The token may not do this here */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No such resource, or not one this token may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The item has no accountability recommendation */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The body exceeds the limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The request does not satisfy the schema */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Too many requests (per token), or too many failed authentications (per address) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description PostgreSQL or Temporal is not answering; repeat after Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  startSystemCheck: {
    parameters: {
      query?: never;
      header?: {
        /** @description Repeating a request with the same key returns the same check and starts nothing new */
        'idempotency-key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description Free text shown with the check */
          note?: string;
          /** @description How long the check waits on a durable timer before completing, e.g. PT2M */
          wait?: string;
        };
      };
    };
    responses: {
      /** @description Started, or already started under this Idempotency-Key */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            workflowId: string;
            href: string;
          };
        };
      };
      /** @description The request could not be read (malformed JSON, an unreadable request) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The token may not do this here */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The request conflicts with the current state, or its Idempotency-Key is in use */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The body exceeds the limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The body is not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The request does not satisfy the schema */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Too many requests (per token), or too many failed authentications (per address) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description PostgreSQL or Temporal is not answering; repeat after Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  getSystemCheck: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The check */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            requestedBy: string | null;
            note: string | null;
            wait: string | null;
            startedAt: string | null;
            completedAt: string | null;
            workflow: {
              workflowId: string;
              status: string;
              phase: string | null;
            };
          };
        };
      };
      /** @description The request could not be read (malformed JSON, an unreadable request) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The token may not do this here */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No such check */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description The request does not satisfy the schema */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Too many requests (per token), or too many failed authentications (per address) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description PostgreSQL or Temporal is not answering; repeat after Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            /** @description Stable problem type, /problems/<slug> */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong and what to change */
            detail: string;
            instance?: string;
            requestId?: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
}
