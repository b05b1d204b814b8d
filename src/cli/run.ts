import type { AppContext } from '../app/context.js';
import type { Config } from '../config/config.js';
import { errorOutcome, NotNowError } from '../core/errors.js';

/** Options every command takes. */
export interface GlobalOptions {
  db?: string;
  json?: boolean;
  today?: string;
}

export interface WithAppOptions {
  /**
   * false for a use case that never plans nor reads the playbook (listing applications): the saved
   * playbook, and the planner it brings, are then not loaded (about 20 ms of a cold start; issue #7).
   */
  plans?: boolean;
  /**
   * false for a command that runs long or writes in bulk (serve, import): the SQLite file is then read
   * without memory mapping, so that its resident memory stays what it holds (see StoreTarget).
   */
  mapPages?: boolean;
}

/** Opens the configured database, runs one use case, closes it again whatever happens. */
export async function withApp<T>(
  opts: GlobalOptions,
  fn: (ctx: AppContext, config: Config) => Promise<T>,
  { plans = true, mapPages = true }: WithAppOptions = {},
): Promise<T> {
  // Loaded here, not at the top: `--help` and usage mistakes need none of it, and the store brings
  // the SQL builder and the database driver (bench/RESULTS.md, "Where a CLI start goes").
  const [{ loadConfig }, { pinnedClock, systemClock }, { Store }, { userFilesIn }] = await Promise.all([
    import('../config/config.js'),
    import('../app/context.js'),
    import('../store/store.js'),
    import('../adapters/config/user-files.js'),
  ]);
  const config = loadConfig({
    ...(opts.db ? { db: opts.db } : {}),
    ...(opts.today ? { today: opts.today } : {}),
  });
  const clock = config.today ? pinnedClock(config.today) : systemClock;
  // The time is asked only if the database needs migrating.
  const store = await Store.open({ databaseUrl: config.databaseUrl, dbPath: config.dbPath, mapPages }, () =>
    clock.now('UTC'),
  );
  if (store.backupPath) {
    process.stderr.write(
      `notnow: upgraded the database; the file as it was is kept at ${store.backupPath}\n`,
    );
  }
  try {
    // The intervals saved on the Settings page take part in every plan, as playbook.json does.
    const bare: AppContext = {
      store,
      clock,
      files: userFilesIn(config.configDir),
      // Slow work (re-planning every plan after an upgrade) is announced on stderr, never on stdout.
      notice: (message) => process.stderr.write(`notnow: ${message}\n`),
    };
    const ctx = plans ? await (await import('../app/playbook.js')).withSavedPlaybook(bare) : bare;
    return await fn(ctx, config);
  } finally {
    await store.close();
  }
}

/**
 * Prints machine output with --json, else the human form. The JSON is indented for a person at a
 * terminal and compact for a program reading a pipe or a file: a list of 10,000 applications is a
 * fifth smaller and serialised in half the time (issue #7's cold-start budget).
 */
export function print(opts: GlobalOptions, json: unknown, human: () => string): void {
  if (opts.json) {
    process.stdout.write(`${JSON.stringify(json, null, process.stdout.isTTY ? 2 : undefined)}\n`);
  } else {
    const text = human();
    if (text) process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
  }
}

/**
 * Prints JSON the database wrote (UTF-8 bytes), indented at a terminal as `print` does; to a pipe or a
 * file the bytes go out as they are.
 */
export function printJsonBytes(bytes: Uint8Array): void {
  if (process.stdout.isTTY) {
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
    process.stdout.write(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
  } else {
    process.stdout.write(bytes);
    process.stdout.write('\n');
  }
}

/** Errors go to stderr with an exit code that says what kind of problem it was. */
export function reportError(e: unknown, json = false): number {
  if (e instanceof NotNowError) {
    if (json) process.stderr.write(`${JSON.stringify({ error: { code: e.code, message: e.message } })}\n`);
    else process.stderr.write(`notnow: ${e.message}\n`);
    return errorOutcome(e.code).exit;
  }
  const message = e instanceof Error ? (e.stack ?? e.message) : String(e);
  process.stderr.write(`notnow: unexpected error, please report it:\n${message}\n`);
  return 70;
}

type Action<A extends unknown[]> = (...args: A) => Promise<void>;

/** Wraps a commander action so that every failure becomes a message and an exit code. */
export function action<A extends unknown[]>(fn: Action<A>): Action<A> {
  return async (...args: A) => {
    const command = args.at(-1) as { optsWithGlobals?: () => GlobalOptions } | undefined;
    const json = Boolean(command?.optsWithGlobals?.().json);
    try {
      await fn(...args);
    } catch (e) {
      process.exitCode = reportError(e, json);
    }
  };
}

/** Commander's variadic collector for repeatable options (`--email a --email b`). */
export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/** Only the keys the user gave: `undefined` means "leave as it is" to the use cases. */
export function given<T extends Record<string, unknown>>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Partial<T>;
}
