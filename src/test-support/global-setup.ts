import type { TestProject } from 'vitest/node';
import { startPostgres } from './postgres.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A PostgreSQL server URL (to its `postgres` database) that the tests may create databases on. */
    postgresUrl: string;
  }
}

/**
 * One PostgreSQL server for the whole run. Tests against it are not optional: the same repository
 * suite must pass on both engines. NOTNOW_TEST_DATABASE_URL points the tests at a server you run.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  const given = process.env.NOTNOW_TEST_DATABASE_URL;
  if (given) {
    project.provide('postgresUrl', given);
    return () => {};
  }
  const pg = await startPostgres();
  project.provide('postgresUrl', pg.url);
  return () => pg.stop();
}
