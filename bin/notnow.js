#!/usr/bin/env node
// The notnow command: runs the CLI bundled by `npm run build` (scripts/bundle-cli.mjs) into a few
// CommonJS files, loaded through V8's code cache (bin/code-cache.js). No TypeScript at run time.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { requireWithCodeCache } from './code-cache.js';

/**
 * `notnow import` runs with a capped V8 heap. It keeps little (one batch of mail, an index of the
 * applications), but it allocates fast, and left alone V8 let its heap grow to ~3× what it kept: a
 * full import of the 100,000-message benchmark mbox peaked at 444 MB. Node takes heap flags only at
 * start, so the command starts itself again with them; what it costs: one more Node start (~50 ms)
 * and that waiting process's ~40 MB (counted in the benchmark's figure), and ~5–10 % more time
 * collecting garbage (bench, first 10,000 messages: 37 s uncapped, 40 s capped, on a busy machine).
 * NOTNOW_HEAP_CAPPED=1 marks the restarted process (set it to run an import uncapped).
 */
const IMPORT_HEAP = ['--max-old-space-size=96', '--max-semi-space-size=8'];
/** The command's name: the first argument that is not a global option (`--db PATH`, `--today DAY`). */
function commandName(args) {
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--db' || a === '--today') i++;
    else if (!a.startsWith('-')) return a;
  }
  return undefined;
}
if (commandName(process.argv.slice(2)) === 'import' && process.env.NOTNOW_HEAP_CAPPED !== '1') {
  const { spawn } = await import('node:child_process');
  const script = fileURLToPath(import.meta.url);
  const child = spawn(
    process.execPath,
    [...process.execArgv, ...IMPORT_HEAP, script, ...process.argv.slice(2)],
    {
      stdio: 'inherit',
      env: { ...process.env, NOTNOW_HEAP_CAPPED: '1' },
    },
  );
  // Ctrl-C reaches the whole process group, the import included (which stops after the message in
  // hand, and quits at a second one): this process only waits for it. Other signals are passed on.
  process.on('SIGINT', () => {});
  for (const signal of ['SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
  child.on('error', (e) => {
    process.stderr.write(`notnow: cannot start the import: ${e.message}\n`);
    process.exit(70);
  });
  child.on('exit', (code, signal) => {
    if (signal) {
      process.removeAllListeners(signal);
      process.kill(process.pid, signal);
    } else process.exit(code ?? 1);
  });
} else {
  await run();
}

async function run() {
  const entry = fileURLToPath(new URL('../dist/bundle/cli.cjs', import.meta.url));
  if (!existsSync(entry)) {
    process.stderr.write(
      'notnow: the program is not built yet; run `npm run build` (npm install does it too).\n',
    );
    process.exit(70);
  }
  // A reader that stops early (`notnow list applications --json | head`) is no error to report.
  process.stdout.on('error', (e) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  const { main } = requireWithCodeCache(entry);
  await main(process.argv);
}
