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
 * Measures every available command on every target in one interleaved rotation with the floor, so
 * that a burst of machine noise lands on all of them alike.
 * @param {{ targets: Array<{ key: string, args: string[], env: Record<string, string> }>, runs: number }} o
 *   args: added to every command (e.g. `--db FILE`); env: e.g. DATABASE_URL and NOTNOW_TODAY.
 * @returns {{ floor: number, byTarget: Record<string, Array<{ name, available, median, samples, count }>> }}
 */
export function measureCli({ targets, runs }) {
  const commands = availableCommands();
  const live = commands.filter((c) => c.available);
  const counts = {};
  const jobs = [{ ...nodeFloor, env: targets[0]?.env ?? {} }];
  for (const t of targets) {
    for (const c of live) {
      // One real run first: the command must succeed and return data, or its time means nothing.
      counts[`${t.key} ${c.name}`] = c.count(JSON.parse(runNotnow([...c.args, ...t.args], t.env)));
      jobs.push({
        name: `${t.key} ${c.name}`,
        command: process.execPath,
        args: [NOTNOW, ...c.args, ...t.args],
        env: t.env,
      });
    }
  }
  const timed = interleaved(jobs, runs);
  const byTarget = {};
  for (const t of targets) {
    byTarget[t.key] = commands.map((c) => {
      const key = `${t.key} ${c.name}`;
      return {
        name: c.name,
        available: c.available,
        median: c.available ? timed[key].median : null,
        samples: c.available ? timed[key].samples : [],
        count: counts[key] ?? null,
      };
    });
  }
  return { floor: timed[nodeFloor.name].median, byTarget };
}

export const ms = (x) => `${x.toFixed(0)} ms`;
