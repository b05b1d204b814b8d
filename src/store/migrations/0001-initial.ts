import { type Kysely, sql } from 'kysely';

/**
 * The first schema. Ids are plain integers handed out by `id_counter` (one counter for every table),
 * so no column is auto-increment. Foreign keys cascade where the child means nothing alone.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('id_counter')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('value', 'integer', (c) => c.notNull())
    .execute();
  await db
    .insertInto('id_counter' as never)
    .values({ name: 'id', value: 0 } as never)
    .execute();

  await db.schema
    .createTable('companies')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('careers_url', 'text')
    .addColumn('notes', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('companies_name').on('companies').expression(sql`lower(name)`).execute();

  await db.schema
    .createTable('company_domains')
    .addColumn('company_id', 'integer', (c) => c.notNull().references('companies.id').onDelete('cascade'))
    .addColumn('domain', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('company_domains_pk', ['company_id', 'domain'])
    .execute();
  await db.schema.createIndex('company_domains_domain').on('company_domains').column('domain').execute();

  await db.schema
    .createTable('applications')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('company_id', 'integer', (c) => c.notNull().references('companies.id').onDelete('restrict'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('job_url', 'text')
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('applied_on', 'text')
    .addColumn('notes', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('applications_company').on('applications').column('company_id').execute();
  await db.schema.createIndex('applications_status').on('applications').column('status').execute();

  await db.schema
    .createTable('status_changes')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('application_id', 'integer', (c) =>
      c.notNull().references('applications.id').onDelete('cascade'),
    )
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('mood', 'text')
    .execute();
  await db.schema
    .createIndex('status_changes_application')
    .on('status_changes')
    .columns(['application_id', 'at'])
    .execute();

  await db.schema
    .createTable('people')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('phone', 'text')
    .addColumn('linkedin_url', 'text')
    .addColumn('company_id', 'integer', (c) => c.references('companies.id').onDelete('set null'))
    .addColumn('title', 'text')
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('rapport', 'text')
    .addColumn('contact_state', 'text', (c) => c.notNull())
    .addColumn('notes', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('people_company').on('people').column('company_id').execute();

  await db.schema
    .createTable('person_emails')
    .addColumn('person_id', 'integer', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('email', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('person_emails_pk', ['person_id', 'email'])
    .execute();
  await db.schema.createIndex('person_emails_email').on('person_emails').column('email').execute();

  await db.schema
    .createTable('participations')
    .addColumn('application_id', 'integer', (c) =>
      c.notNull().references('applications.id').onDelete('cascade'),
    )
    .addColumn('person_id', 'integer', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('interviewed_on', 'text')
    .addPrimaryKeyConstraint('participations_pk', ['application_id', 'person_id'])
    .execute();
  await db.schema.createIndex('participations_person').on('participations').column('person_id').execute();

  await db.schema
    .createTable('touches')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('person_id', 'integer', (c) => c.references('people.id').onDelete('cascade'))
    .addColumn('application_id', 'integer', (c) => c.references('applications.id').onDelete('cascade'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('direction', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('tone', 'text')
    .addColumn('step_id', 'integer')
    .execute();
  await db.schema.createIndex('touches_person').on('touches').columns(['person_id', 'at']).execute();
  await db.schema
    .createIndex('touches_application')
    .on('touches')
    .columns(['application_id', 'at'])
    .execute();

  await db.schema
    .createTable('steps')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('key', 'text', (c) => c.notNull().unique())
    .addColumn('application_id', 'integer', (c) => c.references('applications.id').onDelete('cascade'))
    .addColumn('person_id', 'integer', (c) => c.references('people.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('due', 'text', (c) => c.notNull())
    .addColumn('channel', 'text')
    .addColumn('why', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('snoozed_until', 'text')
    .addColumn('cancel_reason', 'text')
    .addColumn('touch_id', 'integer', (c) => c.references('touches.id').onDelete('set null'))
    .addColumn('edited', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('draft', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('steps_state_due').on('steps').columns(['state', 'due']).execute();
  await db.schema.createIndex('steps_application').on('steps').column('application_id').execute();
  await db.schema.createIndex('steps_person').on('steps').column('person_id').execute();

  await db.schema
    .createTable('feedback')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('application_id', 'integer', (c) =>
      c.notNull().references('applications.id').onDelete('cascade'),
    )
    .addColumn('person_id', 'integer', (c) => c.references('people.id').onDelete('set null'))
    .addColumn('received_on', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('feedback_application').on('feedback').column('application_id').execute();

  await db.schema
    .createTable('links')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('company_id', 'integer', (c) => c.references('companies.id').onDelete('set null'))
    .addColumn('note', 'text')
    .addColumn('added_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'settings',
    'links',
    'feedback',
    'steps',
    'touches',
    'participations',
    'person_emails',
    'people',
    'status_changes',
    'applications',
    'company_domains',
    'companies',
    'id_counter',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
