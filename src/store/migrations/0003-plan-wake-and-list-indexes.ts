import type { Kysely } from 'kysely';

/**
 * Lists that page and a daily refresh that re-plans only what a passing day can change.
 * - `applications.replan_on`: the first day the application's plan could change with no new data (a
 *   status check falling due, the ghosted mark, a letter's day arriving). The daily refresh re-plans
 *   living applications whose day has come; '0000-01-01' (the default, and every existing row) means
 *   "at the next refresh", so a database migrated from 0002 is re-planned once, whole.
 * - Indexes that serve the pages' order (newest first, by status) and the agenda's (by day, then id),
 *   so a page of 50 reads 50 rows instead of sorting thousands.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('applications')
    .addColumn('replan_on', 'text', (c) => c.notNull().defaultTo('0000-01-01'))
    .execute();
  await db.schema.createIndex('applications_replan_on').on('applications').column('replan_on').execute();
  await db.schema
    .createIndex('applications_updated')
    .on('applications')
    .columns(['updated_at', 'id'])
    .execute();
  await db.schema
    .createIndex('applications_status_updated')
    .on('applications')
    .columns(['status', 'updated_at', 'id'])
    .execute();
  await db.schema.dropIndex('steps_state_due').execute();
  await db.schema.createIndex('steps_state_due').on('steps').columns(['state', 'due', 'id']).execute();
  // A snoozed step shows up on the day it was snoozed to (its due day when that is missing).
  await db.schema
    .createIndex('steps_state_snoozed')
    .on('steps')
    .columns(['state', 'snoozed_until', 'id'])
    .execute();
}
