import type { Id } from '../core/model.js';
import type { Db } from './store.js';

export type EntityKind = 'company' | 'application' | 'person' | 'touch' | 'step' | 'feedback' | 'link';

const TABLES = [
  ['application', 'applications'],
  ['person', 'people'],
  ['company', 'companies'],
  ['step', 'steps'],
  ['touch', 'touches'],
  ['feedback', 'feedback'],
  ['link', 'links'],
] as const;

/** What an id names. Ids come from one counter, so at most one table holds it. */
export async function kindOfId(db: Db, id: Id): Promise<EntityKind | null> {
  for (const [kind, table] of TABLES) {
    const row = await db.selectFrom(table).select('id').where('id', '=', id).executeTakeFirst();
    if (row) return kind;
  }
  return null;
}
