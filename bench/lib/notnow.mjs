/**
 * Running the built notnow CLI from the benchmarks, and finding out which of its commands exist yet
 * (other parts of notnow are being written while these benchmarks are).
 */
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const NOTNOW = join(ROOT, 'bin', 'notnow.js');

/**
 * Whether `notnow <words…>` is a command. Commander answers `--help` for an unknown command with the
 * program's own help (exit 0), so the usage line must name the command itself.
 */
export function commandExists(words, mentions = null) {
  const help = commandHelp(words);
  return help !== null && (mentions === null || mentions.test(help));
}

/** The command's own `--help` text, or null when there is no such command. */
export function commandHelp(words) {
  const r = spawnSync(process.execPath, [NOTNOW, ...words, '--help'], { encoding: 'utf8', timeout: 30_000 });
  if (r.status !== 0) return null;
  const usage = r.stdout.split('\n').find((l) => l.startsWith('Usage:')) ?? '';
  return usage.startsWith(`Usage: notnow ${words[0]}`) ? r.stdout : null;
}

/** Runs notnow once and returns its stdout (for sanity checks: the command must really work). */
export function runNotnow(args, env = {}) {
  const r = spawnSync(process.execPath, [NOTNOW, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    maxBuffer: 1 << 30,
  });
  if (r.status !== 0) {
    throw new Error(`notnow ${args.join(' ')} failed (exit ${r.status}): ${r.stderr.trim().slice(0, 500)}`);
  }
  return r.stdout;
}
