/**
 * The activities of a supervision item (Art. 9): each records one event of the item, brings its row to the workflow's
 * state and writes the notifications the event calls for — all in one transaction, keyed by item id + seq, so a
 * retried activity never writes twice (STYLE.md habit 3).
 */
import { log } from '@temporalio/activity';
import { notifyItemOffice, notifyItemTarget, notifyItemUnits } from '../db/notifications';
import { withTransaction } from '../db/pool';
import { recordItemEvent } from '../db/supervision';
import type { Recommendation, SupervisionItemState } from '../domain/supervision';
import type { ActivityDeps } from './deps';

/** A notification an event calls for: to the responsible units (or some), the inspected subject, or the office. */
export interface ItemNotice {
  to: 'units' | 'target' | 'office';
  tag: string;
  subject: string;
  text: string;
  unitIds?: string[];
}

export interface ItemEventInput {
  itemId: string;
  seq: number;
  at: string;
  kind: string;
  actor: string;
  detail: Record<string, unknown>;
  state: SupervisionItemState;
  findings?: { causes: string; loopholes: string; rectificationDeadline: string | null; recordedBy: string };
  recommendation?: Recommendation | null;
  notify?: ItemNotice[];
}

export function createSupervisionActivities({ pool }: ActivityDeps) {
  return {
    /** Records one event of a supervision item with its state and notifications; idempotent by (item, seq). */
    async recordSupervisionEvent(e: ItemEventInput): Promise<void> {
      await withTransaction(pool, async (db) => {
        const inserted = await recordItemEvent(db, { ...e, at: new Date(e.at) });
        for (const n of e.notify ?? []) {
          const key = { itemId: e.itemId, tag: n.tag, subject: n.subject, text: n.text };
          if (n.to === 'units') await notifyItemUnits(db, { ...key, unitIds: n.unitIds });
          else if (n.to === 'target') await notifyItemTarget(db, key);
          else await notifyItemOffice(db, key);
        }
        if (!inserted) log.info('supervision event already recorded', { itemId: e.itemId, seq: e.seq });
      });
    },
  };
}
