/**
 * The roles leaders hold (DESIGN.md §2–3), and their names in the regulation's words.
 *
 * Roles in a unit (a department, or for a region the units leading it — its party committee and government):
 * - `principal` — 主要负责同志 (党政主要领导干部), the first responsible person (Art. 4, 5);
 * - `in-charge` — the leader in charge of this work: 分管社会治安综合治理工作的负责同志 (Art. 4 分管负责同志 is the
 *   直接责任人 for 综治; Art. 11, 15(2) 社会治安综合治理工作分管领导干部). Not any deputy "in charge" of something: the
 *   one whose portfolio is comprehensive management of public security. The stored value stays `in-charge`;
 *   every description and label says which leader it is;
 * - `supervising` — 主管领导 (Art. 15(3)(4) 主管领导干部);
 * - `member` — 领导班子其他成员.
 * Bars reach the first three (Art. 15(3)(4)); the talk is with the first two and the responsible members (Art. 15(2)).
 *
 * Posts of a region's committee and its office (county level and above), held by a leader over time:
 * - `office-director` — 综治办主任, who holds the talk with the level below (Art. 15(2));
 * - `committee-director` / `committee-deputy-director` — 综治委主任 / 副主任, who hold it "when necessary".
 */
export const UNIT_ROLES = ['principal', 'in-charge', 'supervising', 'member'] as const;
export const REGION_POSTS = ['office-director', 'committee-director', 'committee-deputy-director'] as const;

export type UnitRole = (typeof UNIT_ROLES)[number];
export type RegionPost = (typeof REGION_POSTS)[number];

/** How the API describes each role (OpenAPI). */
export const ROLE_DESCRIPTIONS: Record<UnitRole | RegionPost, string> = {
  principal: '主要负责同志 — the principal leader of the unit (Art. 4, 5)',
  'in-charge':
    '分管社会治安综合治理工作的负责同志 — the leader in charge of comprehensive management of public security (综治), ' +
    'not a deputy in charge of another portfolio (Art. 4, 11, 15(2)); bars (Art. 15(3)(4)) and talks (Art. 15(2)) reach this leader',
  supervising: '主管领导 — the supervising leader (Art. 15(3)(4))',
  member: '领导班子其他成员 — another member of the leadership',
  'office-director':
    '综治办主任 — director of the region’s committee office; holds talks with the level below (Art. 15(2))',
  'committee-director': '综治委主任 — director of the region’s committee; holds a talk when necessary (Art. 15(2))',
  'committee-deputy-director':
    '综治委副主任 — a deputy director of the region’s committee; holds a talk when necessary (Art. 15(2))',
};

/** Chinese labels for documents and notifications, in the wording of the regulation's articles. */
export const ROLE_LABELS: Record<UnitRole | RegionPost, string> = {
  principal: '主要负责同志',
  'in-charge': '分管社会治安综合治理工作的负责同志',
  supervising: '主管领导',
  member: '领导班子其他成员',
  'office-director': '综治办主任',
  'committee-director': '综治委主任',
  'committee-deputy-director': '综治委副主任',
};

/** The leaders barred by a listing or a veto, in the wording of Art. 15(3)(4) (and Art. 15(2) for 分管). */
export const BARRED_LEADER_LABELS: Record<'principal' | 'supervising' | 'in-charge', string> = {
  principal: '主要领导干部',
  supervising: '主管领导干部',
  'in-charge': '社会治安综合治理工作分管领导干部',
};

export const isRegionPost = (role: string): role is RegionPost => (REGION_POSTS as readonly string[]).includes(role);

/** A leader's standing in the subject, most senior first: the role an attendee of a talk is recorded with. */
export const UNIT_ROLE_ORDER: readonly UnitRole[] = ['principal', 'in-charge', 'supervising', 'member'];

/** The roles whose holders must attend a talk, or the record says why not (Art. 15(2)). */
export const TALK_REQUIRED_ROLES = ['principal', 'in-charge'] as const;
