/** Timing helpers: wall time of whole processes, interleaved so that machine noise hits all alike. */
import { spawnSync } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

/** Wall time in ms of one run, stdout to /dev/null (as a user piping to a file would pay no terminal). */
export function timeProcess({ command, args, env = {} }) {
  const devnull = openSync('/dev/null', 'w');
  try {
    const started = process.hrtime.bigint();
    const r = spawnSync(command, args, {
      stdio: ['ignore', devnull, 'pipe'],
      env: { ...process.env, ...env },
      encoding: 'utf8',
    });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${r.stderr?.slice(0, 400)}`);
    return ms;
  } finally {
    closeSync(devnull);
  }
}

/**
 * Runs every job `runs` times in rotation (after one untimed warm-up each, which fills the OS file
 * cache) and returns each job's median and all samples, keyed by the job's name.
 */
export function interleaved(jobs, runs) {
  for (const job of jobs) timeProcess(job);
  const samples = Object.fromEntries(jobs.map((j) => [j.name, []]));
  for (let i = 0; i < runs; i++) for (const job of jobs) samples[job.name].push(timeProcess(job));
  return Object.fromEntries(
    jobs.map((j) => [j.name, { median: median(samples[j.name]), samples: samples[j.name] }]),
  );
}

/** The physical floor of any Node CLI: starting Node and doing nothing. */
export const nodeFloor = { name: 'node -e ""', command: process.execPath, args: ['-e', ''] };
