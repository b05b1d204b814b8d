/**
 * Times the data-driven CLI commands against one database, interleaved with the bare-Node floor.
 * A command that does not exist yet is reported, not measured.
 */
import { CLI_COMMANDS } from '../cli-commands.mjs';
import { interleaved, nodeFloor } from './measure.mjs';
import { commandExists, NOTNOW, runNotnow } from './notnow.mjs';

const availability = new Map();

export function availableCommands() {
  return CLI_COMMANDS.map((c) => {
    if (!availability.has(c.name)) availability.set(c.name, commandExists(c.words));
    return { ...c, available: availability.get(c.name) };
  });
}

/**
 * @param {{ args: string[], env: Record<string,string>, runs: number }} target  args: added to every
 *   command (e.g. `--db FILE`); env: e.g. DATABASE_URL and NOTNOW_TODAY.
 */
export function measureCli({ args, env, runs }) {
  const commands = availableCommands();
  const live = commands.filter((c) => c.available);
  const counts = {};
  for (const c of live) {
    // One real run first: the command must succeed and return data, or its time means nothing.
    const out = runNotnow([...c.args, ...args], env);
    counts[c.name] = c.count(JSON.parse(out));
  }
  const jobs = [
    { ...nodeFloor, env },
    ...live.map((c) => ({
      name: c.name,
      command: process.execPath,
      args: [NOTNOW, ...c.args, ...args],
      env,
    })),
  ];
  const timed = interleaved(jobs, runs);
  return {
    floor: timed[nodeFloor.name].median,
    commands: commands.map((c) => ({
      name: c.name,
      available: c.available,
      median: c.available ? timed[c.name].median : null,
      samples: c.available ? timed[c.name].samples : [],
      count: counts[c.name] ?? null,
    })),
  };
}

export const ms = (x) => `${x.toFixed(0)} ms`;
