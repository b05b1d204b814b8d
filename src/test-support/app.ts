import { type AppContext, pinnedClock } from '../app/context.js';
import { Store } from '../store/store.js';
import { type Engine, freshDatabase } from './databases.js';

/** A use-case context on a fresh database of the engine, with the clock stopped on `today`. */
export async function testApp(engine: Engine, today = '2026-11-23') {
  const database = await freshDatabase(engine);
  const store = await Store.open(database.target, '2026-11-23T12:00:00.000Z');
  const ctx: AppContext = { store, clock: pinnedClock(today) };
  return {
    ctx,
    store,
    target: database.target,
    async close() {
      await store.close();
      await database.drop();
    },
  };
}
