/**
 * The playbook as the Settings page edits it. Intervals saved in the browser are kept in the database
 * (the `playbook` setting: only the values that differ from the default) and sit between the default
 * and `playbook.json`: default < saved in Settings < playbook.json. The file wins because it is the
 * explicit, hand-written choice of someone who edits files; the page shows a value the file sets as
 * locked, naming the file, and refuses to change it. Saving re-plans every living application, so
 * pending steps move to the new days at once.
 */
import type { UserFiles } from '../adapters/config/user-files.js';
import { NotNowError } from '../core/errors.js';
import { DEFAULT_PLAYBOOK, type Playbook, PlaybookError, parsePlaybook } from '../core/followup/index.js';
import { getSetting, setSetting } from '../store/settings.js';
import { listSteps } from '../store/steps.js';
import type { Db } from '../store/store.js';
import type { AppContext } from './context.js';
import { refreshPlans } from './plan.js';
import { INTERVAL_FIELDS, type IntervalField, valueAt } from './playbook-fields.js';

const SETTING = 'playbook';
const SAVED_SOURCE = 'the playbook saved in Settings';

type Tree = Record<string, unknown>;
const isTree = (v: unknown): v is Tree => typeof v === 'object' && v !== null && !Array.isArray(v);

function mergeOver(base: unknown, over: unknown): unknown {
  if (!isTree(base) || !isTree(over)) return over;
  const out: Tree = { ...base };
  for (const [k, v] of Object.entries(over)) out[k] = k in base ? mergeOver(base[k], v) : v;
  return out;
}

/** The value at a key path of a parsed JSON tree, or undefined. */
function lookup(tree: unknown, path: string): unknown {
  let node = tree;
  for (const part of path.split('.')) node = isTree(node) ? node[part] : undefined;
  return node;
}

function setAt(tree: Tree, path: string, value: number): void {
  const parts = path.split('.');
  let node = tree;
  for (const part of parts.slice(0, -1)) {
    if (!isTree(node[part])) node[part] = {};
    node = node[part] as Tree;
  }
  node[parts.at(-1)!] = value;
}

/**
 * The user's files with the playbook saved in Settings underneath playbook.json. `planRun` reads the
 * playbook through `ctx.files`, so wrapping them is all the follow-up engine needs.
 */
export class SavedPlaybookFiles implements UserFiles {
  constructor(
    readonly inner: UserFiles,
    private saved: Tree | null,
  ) {}
  playbook() {
    const file = this.inner.playbook();
    if (!this.saved) return file;
    if (!file) return { raw: this.saved, source: SAVED_SOURCE };
    return { raw: mergeOver(this.saved, file.raw), source: `${file.source} (over ${SAVED_SOURCE})` };
  }
  templates() {
    return this.inner.templates();
  }
  get savedIntervals(): Tree | null {
    return this.saved;
  }
  /** After a save or another process's change. */
  remember(saved: Tree | null) {
    this.saved = saved && Object.keys(saved).length > 0 ? saved : null;
  }
}

async function readSaved(db: Db): Promise<Tree | null> {
  const value = await getSetting(db, SETTING);
  return isTree(value) && Object.keys(value).length > 0 ? value : null;
}

/**
 * The context with the saved playbook in force (or brought up to date from the database, when it is
 * already wrapped). Call once when a context is made: the CLI per command, the server at start.
 */
export async function withSavedPlaybook(ctx: AppContext): Promise<AppContext> {
  const saved = await readSaved(ctx.store.db);
  if (ctx.files instanceof SavedPlaybookFiles) {
    ctx.files.remember(saved);
    return ctx;
  }
  return { ...ctx, files: new SavedPlaybookFiles(ctx.files, saved) };
}

function savedFiles(ctx: AppContext): SavedPlaybookFiles {
  if (ctx.files instanceof SavedPlaybookFiles) return ctx.files;
  // A programming error, not a user's: the context was made without withSavedPlaybook.
  throw new Error('the playbook can be edited only through a context made by withSavedPlaybook');
}

export interface IntervalView extends IntervalField {
  /** What the follow-up engine uses. */
  value: number;
  /** Where that value comes from. */
  source: 'default' | 'settings' | 'file';
}

export interface PlaybookView {
  intervals: IntervalView[];
  /** playbook.json, when it exists. */
  file: string | null;
  /** Why playbook.json cannot be used (the engine refuses to plan until it is fixed). */
  fileProblem: string | null;
  /** Some value saved in Settings differs from the default. */
  customised: boolean;
}

export async function getPlaybookSettings(ctx: AppContext): Promise<PlaybookView> {
  const files = savedFiles(ctx);
  files.remember(await readSaved(ctx.store.db));
  let file: { raw: unknown; source: string } | null = null;
  let fileProblem: string | null = null;
  let effective: Playbook = DEFAULT_PLAYBOOK;
  try {
    file = files.inner.playbook();
    const merged = files.playbook();
    effective = merged ? parsePlaybook(merged.raw, merged.source) : DEFAULT_PLAYBOOK;
  } catch (e) {
    if (!(e instanceof PlaybookError || e instanceof NotNowError)) throw e;
    fileProblem = e.message;
    effective = parsePlaybook(files.savedIntervals ?? {}, SAVED_SOURCE);
  }
  const saved = files.savedIntervals;
  return {
    intervals: INTERVAL_FIELDS.map((f) => ({
      ...f,
      value: valueAt(effective, f.key),
      source:
        lookup(file?.raw, f.key) !== undefined
          ? 'file'
          : lookup(saved, f.key) !== undefined
            ? 'settings'
            : 'default',
    })),
    file: file?.source ?? null,
    fileProblem,
    customised: saved !== null,
  };
}

export interface PlaybookSaved extends PlaybookView {
  /** Pending steps whose day changed with the new intervals. */
  moved: number;
}

function describeRange(f: IntervalField): string {
  return `must be a whole number between ${f.min} and ${f.max} ${f.unit}`;
}

/**
 * Saves the intervals given (`{ "rejection.resell.promiseDays": 45, … }`; the others keep their
 * value), then re-plans. Every wrong value is named by its label in one refusal.
 */
export async function savePlaybook(ctx: AppContext, input: unknown): Promise<PlaybookSaved> {
  const intervals = isTree(input) && isTree(input.intervals) ? input.intervals : null;
  if (!intervals) {
    throw new NotNowError('invalid-input', 'Send the intervals to change as {"intervals": {"key": days}}.');
  }
  const files = savedFiles(ctx);
  const fields = new Map(INTERVAL_FIELDS.map((f) => [f.key, f]));
  const fileRaw = files.inner.playbook()?.raw;
  const next: Tree = structuredClone(files.savedIntervals ?? {});
  const issues: string[] = [];
  for (const [key, value] of Object.entries(intervals)) {
    const field = fields.get(key);
    if (!field) {
      issues.push(`${key}: not an interval of the playbook (known: ${[...fields.keys()].join(', ')})`);
      continue;
    }
    if (typeof value !== 'number' || !Number.isInteger(value) || value < field.min || value > field.max) {
      issues.push(`${field.label}: ${describeRange(field)}`);
      continue;
    }
    const inFile = lookup(fileRaw, key);
    if (inFile !== undefined && inFile !== value) {
      issues.push(
        `${field.label}: set to ${String(inFile)} in ${files.inner.playbook()?.source}, which wins over ` +
          'Settings; change it there or remove it from the file',
      );
      continue;
    }
    setAt(next, key, value);
  }
  if (issues.length > 0) {
    throw new NotNowError('invalid-playbook', `The playbook was not saved: ${issues.join('; ')}.`, issues);
  }
  return store(ctx, files, pruneDefaults(next));
}

/** Forgets every interval saved in Settings (playbook.json still applies). */
export async function resetPlaybook(ctx: AppContext): Promise<PlaybookSaved> {
  return store(ctx, savedFiles(ctx), null);
}

/** Only what differs from the default is kept, so a later, better default still reaches the rest. */
function pruneDefaults(tree: Tree): Tree | null {
  const out: Tree = {};
  for (const f of INTERVAL_FIELDS) {
    const v = lookup(tree, f.key);
    if (typeof v === 'number' && v !== f.default) setAt(out, f.key, v);
  }
  return Object.keys(out).length > 0 ? out : null;
}

async function store(ctx: AppContext, files: SavedPlaybookFiles, saved: Tree | null): Promise<PlaybookSaved> {
  const before = files.savedIntervals;
  // Checked whole, as the engine will read it, before anything is written.
  files.remember(saved);
  try {
    const merged = files.playbook();
    if (merged) parsePlaybook(merged.raw, merged.source);
  } catch (e) {
    files.remember(before);
    if (e instanceof PlaybookError) throw new NotNowError('invalid-playbook', e.message);
    throw e;
  }
  const dueBefore = await pendingDays(ctx.store.db);
  try {
    await ctx.store.tx((db) => setSetting(db, SETTING, saved ?? {}));
  } catch (e) {
    files.remember(before);
    throw e;
  }
  await refreshPlans(ctx, true);
  const dueAfter = await pendingDays(ctx.store.db);
  let moved = 0;
  for (const [id, due] of dueAfter) if (dueBefore.has(id) && dueBefore.get(id) !== due) moved++;
  return { ...(await getPlaybookSettings(ctx)), moved };
}

async function pendingDays(db: Db): Promise<Map<number, string>> {
  return new Map((await listSteps(db, { states: ['pending'] })).map((s) => [s.id, s.due]));
}
