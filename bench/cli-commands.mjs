/**
 * The CLI commands the benchmarks time, as data: add one here and the cold-start, growth and
 * PostgreSQL benchmarks measure it too. `words` is what must exist (checked with `--help`) before
 * it is measured; `count` says how many items the JSON output holds (a sanity check that the command
 * did real work, reported beside the time).
 */
const items = (json) => {
  if (Array.isArray(json)) return json.length;
  for (const key of ['items', 'steps', 'entries', 'days']) {
    if (Array.isArray(json?.[key])) return json[key].length;
  }
  return null;
};

export const CLI_COMMANDS = [
  {
    name: 'list applications --json',
    words: ['list'],
    args: ['list', 'applications', '--json'],
    count: items,
  },
  { name: 'agenda --json', words: ['agenda'], args: ['agenda', '--json'], count: items },
];
