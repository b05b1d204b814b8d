/**
 * Reads served again while the database has not changed: the agenda and the application lists are
 * asked for far more often than anything is written (every page view, every poll), and at 10,000
 * applications each costs counts over thousands of rows. An answer is kept with the database's data
 * version (src/store/version.ts) and dropped as soon as anything at all is written, by this process
 * or another, so what is served is always what reading now would give.
 */
import { dataVersion } from '../store/version.js';
import type { AppContext } from './context.js';

export interface Shelf {
  version: string;
  /** Answers by key, kept as they are read, so that a read under way is shared. */
  answers: Map<string, Promise<unknown>>;
}

const shelves = new WeakMap<object, Shelf>();
/** Different pages and filters kept at once; past this the shelf is emptied (a cache, not a store). */
const MOST_KEPT = 256;

/** What is kept at the database's current data version; null when the engine cannot say. */
export async function currentShelf(ctx: AppContext): Promise<Shelf | null> {
  const version = await dataVersion(ctx.store);
  if (version === null) return null;
  let shelf = shelves.get(ctx.store);
  if (!shelf || shelf.version !== version) {
    shelf = { version, answers: new Map() };
    shelves.set(ctx.store, shelf);
  }
  return shelf;
}

/**
 * The answer kept on the shelf under `key`, else read (and kept). Requests that arrive while it is
 * being read share that one read: when anything is written, the next 32 requests of a busy web app
 * all miss at once, and reading once instead of 32 times keeps the slowest answers quick (issue #7's
 * p99). A read that fails is not kept; the next request tries again.
 */
export function fromShelf<T>(shelf: Shelf | null, key: string, read: () => Promise<T>): Promise<T> {
  if (!shelf) return read();
  const kept = shelf.answers.get(key);
  if (kept) return kept as Promise<T>;
  // Read at the shelf's version or later: a write since then has moved the version, so the next
  // request takes a new shelf and this answer is never served stale.
  if (shelf.answers.size >= MOST_KEPT) shelf.answers.clear();
  const answer = read();
  shelf.answers.set(key, answer);
  answer.catch(() => {
    if (shelf.answers.get(key) === answer) shelf.answers.delete(key);
  });
  return answer;
}

export async function cachedRead<T>(ctx: AppContext, key: string, read: () => Promise<T>): Promise<T> {
  return fromShelf(await currentShelf(ctx), key, read);
}
