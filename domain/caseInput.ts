/**
 * The offices and committees a case names (Art. 15): a region's office issues notices, talks and listings, its
 * committee decides vetoes. Shared by the API that opens cases and the annual cycle that opens them on a failing
 * grade (Art. 14 ground 4).
 */
import type { CaseOffice } from './caseContract';

interface RegionNames {
  id: string;
  name: string;
  office_name: string | null;
  committee_name: string | null;
}

export const officeOf = (r: RegionNames): CaseOffice => ({
  regionId: r.id,
  name: r.office_name!,
  shortName: `${r.name}综治办`,
  organ: 'office',
});

export const committeeOf = (r: RegionNames): CaseOffice => ({
  regionId: r.id,
  name: r.committee_name!,
  shortName: `${r.name}综治委`,
  organ: 'committee',
});
