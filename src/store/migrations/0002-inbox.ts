import type { Kysely } from 'kysely';

/**
 * The inbox: job e-mails notnow has read (never other mail, and bodies only when the user asks), and
 * where each mail source got to, so an import continues where it stopped.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('messages')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    // Message-ID, or `sha256:<hash>` of the raw message when it has none: what makes imports idempotent.
    .addColumn('message_key', 'text', (c) => c.notNull().unique())
    .addColumn('source_key', 'text', (c) => c.notNull())
    .addColumn('received_at', 'text')
    .addColumn('from_name', 'text')
    .addColumn('from_address', 'text')
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('confidence', 'real', (c) => c.notNull())
    .addColumn('evidence', 'text', (c) => c.notNull())
    .addColumn('extraction', 'text', (c) => c.notNull())
    .addColumn('application_id', 'integer', (c) => c.references('applications.id').onDelete('set null'))
    // applied: the status changed; review: waiting for the user; accepted / dismissed: the user decided.
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('suggestion', 'text')
    .addColumn('body', 'text')
    .addColumn('imported_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('messages_state').on('messages').column('state').execute();
  await db.schema.createIndex('messages_application').on('messages').column('application_id').execute();

  await db.schema
    .createTable('import_checkpoints')
    .addColumn('source', 'text', (c) => c.primaryKey())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}
