/**
 * The contract of an accountability case (issue 13: one door for a case): the input its workflow runs on and the
 * offices it names. Every opener — the API, the annual cycle — builds it through domain/caseOpening.ts; the workflow
 * (workflows/accountabilityCase.ts) only runs it. Kept here so nothing below the workflow imports the workflow.
 */
import type { LadderPolicy, Rung, Severity } from './policy';

/** The case's workflow id in Temporal: one per case number, never reused. */
export const caseWorkflowId = (caseId: string) => `case-${caseId}`;

export interface CaseOffice {
  regionId: string;
  /** Full name, e.g. 长春市社会治安综合治理委员会办公室. */
  name: string;
  /** Short name for document numbers, e.g. 长春综治办. */
  shortName: string;
  /** Which organ it is: each numbers its own series (issue 12). Absent on cases opened before it existed. */
  organ?: 'office' | 'committee';
}

export interface AccountabilityCaseInput {
  caseId: string;
  subject: {
    kind: 'unit' | 'region';
    id: string;
    name: string;
    regionId: string;
    /** A unit stationed locally by the centre or the province (Art. 15(4) ¶3), and who supervises it. */
    stationedBy?: 'central' | 'provincial';
    supervisingUnitName?: string;
  };
  /** For a stationed unit: the local committee that recommends its veto (Art. 15(4) ¶3). */
  localCommittee?: CaseOffice;
  grounds: number[];
  facts: string;
  severity: Severity;
  /** The office that opened the case and issues the notice (Art. 15(1)). */
  openingOffice: CaseOffice;
  /** The upper-level office: talks and listings (Art. 15(2)(3)). */
  upperOffice: CaseOffice;
  /** The upper-level committee: the veto decision (Art. 15(4)). */
  upperCommittee: CaseOffice;
  /** The opening level's policy: the notice's rules, and the first rung (Art. 15(1), 16, 17). */
  policy: LadderPolicy;
  /**
   * The upper level's policy: the rules of the talk, the listing and the veto, acts of the level above (Art. 18: no
   * lower level's rule governs them). Absent on cases opened before it existed, which ran every rung on `policy`.
   */
  upperPolicy?: LadderPolicy;
  startRung: Rung;
  startReason: string;
  /** A deadline the opening office set for the first rung instead of the policy's. */
  explicitDeadline?: string;
  /** Art. 16 circumstances were found (the policy may then forbid extensions). */
  aggravating?: boolean;
  openedBy: string;
}
