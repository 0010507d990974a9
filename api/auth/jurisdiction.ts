/**
 * Object-level authorisation (OWASP API1): whether the caller may see or act on a given region, unit or leader.
 * An office acts on its region and everything below it; upper levels are visible to it (it needs to know who
 * decides talks, listings and vetoes over it, Art. 15(2)–(4)) but not changeable; a unit liaison sees its own unit
 * and that unit's region chain only; an admin acts everywhere.
 */
import type { Pool, PoolClient } from '../../db/pool';
import { getLeader, getUnit, leaderRegions, regionAncestry, type LeaderRow, type UnitRow } from '../../db/organisation';
import type { Actor } from '../../domain/roles';
import { ProblemError } from '../problem';

/** Region chains already read, shared by all requests of the process (regions are never moved). */
const KNOWN_ANCESTRY = new Map<string, Promise<string[]>>();

export class Jurisdiction {
  private ancestryCache = new Map<string, Promise<string[]>>();

  constructor(
    private readonly pool: Pool | PoolClient,
    readonly actor: Actor,
  ) {}

  /** The same checks, reading through `client`: inside a transaction, they see what it has written so far. */
  on(client: PoolClient): Jurisdiction {
    return new Jurisdiction(client, this.actor);
  }

  private ancestry(regionId: string): Promise<string[]> {
    let p = this.ancestryCache.get(regionId) ?? KNOWN_ANCESTRY.get(regionId);
    if (!p) {
      p = regionAncestry(this.pool, regionId).then((chain) => {
        // A region never moves (the API refuses it), so a complete chain stays true for the life of the process.
        if (chain.length > 0 && KNOWN_ANCESTRY.size < 100_000) KNOWN_ANCESTRY.set(regionId, Promise.resolve(chain));
        return chain;
      });
      this.ancestryCache.set(regionId, p);
    }
    return p;
  }

  get isAdmin(): boolean {
    return this.actor.role === 'admin';
  }

  /** The subtree list routes are filtered to: everything, a region's subtree, or one unit. */
  get listScope(): { all: true } | { regionId: string } | { unitId: string } {
    if (this.isAdmin) return { all: true };
    if (this.actor.unitId) return { unitId: this.actor.unitId };
    return { regionId: this.actor.regionId! };
  }

  /** May act on things in `regionId`: it is the caller's region or below it. */
  async coversRegion(regionId: string): Promise<boolean> {
    if (this.isAdmin) return true;
    if (!this.actor.regionId) return false;
    return (await this.ancestry(regionId)).includes(this.actor.regionId);
  }

  /** May read `regionId`: covered, or above the caller's own region (or its unit's region). */
  async seesRegion(regionId: string): Promise<boolean> {
    if (await this.coversRegion(regionId)) return true;
    const home =
      this.actor.regionId ?? (this.actor.unitId ? (await getUnit(this.pool, this.actor.unitId))?.region_id : undefined);
    return home !== undefined && (await this.ancestry(home)).includes(regionId);
  }

  /** May read / act on a unit: a liaison only its own; others by the unit's region. */
  async coversUnit(unit: Pick<UnitRow, 'id' | 'region_id'>): Promise<boolean> {
    if (this.isAdmin) return true;
    if (this.actor.role === 'unit-liaison') return unit.id === this.actor.unitId;
    return this.coversRegion(unit.region_id);
  }

  /**
   * May read a leader: one who has held a role in a unit the caller covers, or a post of the committee or office of
   * a region it covers (Art. 15(2)). A unit liaison: a leader of its own unit only.
   */
  async coversLeader(leaderId: string): Promise<boolean> {
    if (this.isAdmin) return true;
    return this.coversLeaderAt(await leaderRegions(this.pool, leaderId));
  }

  /** {@link coversLeader} for a leader whose units and regions (`leaderRegions`) the caller has already read. */
  async coversLeaderAt({ unitIds, regionIds }: { unitIds: string[]; regionIds: string[] }): Promise<boolean> {
    if (this.isAdmin) return true;
    if (this.actor.role === 'unit-liaison') return unitIds.includes(this.actor.unitId!);
    for (const r of regionIds) if (await this.coversRegion(r)) return true;
    return false;
  }

  /**
   * The leader, if the caller covers them; otherwise the one answer for "not yours", the same whether or not the
   * id exists (403, as for every object outside the jurisdiction), so that a leader's existence is not told to an
   * office it does not concern. A leader is covered through any unit they have held a role in, or any region whose
   * committee or office post they have held, past or present; a leader with no role recorded (the API never creates
   * one) is the admin's only. Only an admin, who covers every
   * id, learns that one does not exist (404).
   */
  async requireLeader(leaderId: string): Promise<LeaderRow> {
    Jurisdiction.require(await this.coversLeader(leaderId), `leader ${leaderId}`);
    const leader = await getLeader(this.pool, leaderId);
    if (!leader) throw new ProblemError('not-found', `there is no leader ${leaderId}`);
    return leader;
  }

  /** Throws 403 unless `allowed`. */
  static require(allowed: boolean, what: string): void {
    if (!allowed) throw new ProblemError('forbidden', `${what} is outside the jurisdiction of this token`);
  }
}
