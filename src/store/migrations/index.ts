import type { Kysely } from 'kysely';
import * as m0001 from './0001-initial.js';
import * as m0002 from './0002-inbox.js';
import * as m0003 from './0003-plan-wake-and-list-indexes.js';

export interface Migration {
  up(db: Kysely<unknown>): Promise<void>;
}

/**
 * Every migration, in order. Listed statically (not read from a folder) so the compiled CLI needs no
 * file-system scan at start.
 */
export type NamedMigration = readonly [name: string, migration: Migration];

export const MIGRATIONS: readonly NamedMigration[] = [
  ['0001-initial', m0001],
  ['0002-inbox', m0002],
  ['0003-plan-wake-and-list-indexes', m0003],
];

export const LATEST_MIGRATION = MIGRATIONS.at(-1)?.[0] ?? '';
