/**
 * Loads the bundled CLI (CommonJS files in dist/bundle) through V8's code cache, the way Node 22's
 * module.enableCompileCache does (Node 20 has none): every start otherwise parses and compiles the
 * same ~1 MB of JavaScript again, a good share of a short command's time (issue #7: a cold
 * `notnow list applications --json` within 1.6x a bare `node -e ''`).
 *
 * The first run of a build compiles as usual and, on exit, saves what V8 compiled (the functions that
 * ran included) under $XDG_CACHE_HOME/notnow/code-cache (~/.cache when unset); later runs hand it
 * back to V8, which checks it against the source and Node's V8 and ignores it when they differ. The
 * cache is an optimisation only: unreadable, unwritable or stale, the CLI runs as if it were not there.
 * NOTNOW_CODE_CACHE=0 turns it off.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { basename, dirname, join, sep } from 'node:path';
import vm from 'node:vm';

/** Old builds' entries are dropped past this many files (each build writes a few). */
const MAX_FILES = 200;

function cacheDir(env) {
  const base = env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(base, 'notnow', 'code-cache', `${process.version}-${process.arch}`);
}

/** A chunk's name carries a hash of its content (scripts/bundle-cli.mjs: `[name]-[hash].cjs`). */
const HASHED_NAME = /-[\w-]{8}\.cjs$/;

/**
 * Where a file's cache lives. V8 checks a cache against the source's length only, so the key must
 * change with the content: chunk names already do; the entry's content is hashed.
 */
function cacheFile(dir, filename, content) {
  const name = basename(filename);
  if (HASHED_NAME.test(name)) return join(dir, name);
  return join(dir, `${name}.${createHash('sha1').update(content).digest('hex').slice(0, 16)}`);
}

/** `require(entry)`, with every file beside it compiled through the code cache. */
export function requireWithCodeCache(entry, env = process.env) {
  const require = createRequire(entry);
  if (env.NOTNOW_CODE_CACHE === '0') return require(entry);

  const root = dirname(entry) + sep;
  const dir = cacheDir(env);
  const toSave = [];
  const compile = Module.prototype._compile;
  Module.prototype._compile = function compileWithCache(content, filename) {
    // A file with `import()` compiles as usual: Node 20 gives a vm.Script no dependable loader for it
    // (the bundle turns its own dynamic imports into require(), so only a stray one lands here).
    if (!filename.startsWith(root) || /\bimport\s*\(/.test(content))
      return compile.call(this, content, filename);
    const file = cacheFile(dir, filename, content);
    let cachedData;
    try {
      cachedData = readFileSync(file);
    } catch {}
    const script = new vm.Script(Module.wrap(content), { filename, cachedData });
    if (cachedData === undefined || script.cachedDataRejected) toSave.push({ script, file });
    const run = script.runInThisContext({ displayErrors: true });
    return run.call(
      this.exports,
      this.exports,
      requireFor(this, filename),
      this,
      filename,
      dirname(filename),
    );
  };
  process.once('exit', () => save(dir, toSave));
  return require(entry);
}

/**
 * The `require` a module is handed, as Node's loader makes it: bound to the module itself (its
 * lookup paths are already known). `createRequire(filename)` would build a second module and its
 * list of node_modules folders for every file, a few ms per start; it is made only if asked.
 */
function requireFor(module, filename) {
  const require = (id) => module.require(id);
  let made;
  const real = () => {
    made ??= createRequire(filename);
    return made;
  };
  require.resolve = (request, options) => real().resolve(request, options);
  require.resolve.paths = (request) => real().resolve.paths(request);
  require.main = process.mainModule;
  require.extensions = Module._extensions;
  require.cache = Module._cache;
  return require;
}

/** Written at exit, so the cache holds the functions this run compiled, not only the top level. */
function save(dir, scripts) {
  if (scripts.length === 0) return;
  try {
    mkdirSync(dir, { recursive: true });
    const present = readdirSync(dir);
    if (present.length > MAX_FILES) for (const f of present) rmSync(join(dir, f), { force: true });
    for (const { script, file } of scripts) {
      const tmp = `${file}.${process.pid}.tmp`;
      writeFileSync(tmp, script.createCachedData());
      renameSync(tmp, file);
    }
  } catch {
    // A read-only home or a full disk: the next start compiles again, nothing worse.
  }
}
