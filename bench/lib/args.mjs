/** Minimal `--name value` / `--flag` parsing for the bench scripts (no dependency needed). */
export function parseArgs(argv, spec) {
  const out = {};
  for (const [name, def] of Object.entries(spec)) out[name] = def.default;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) throw usage(`unexpected argument "${arg}"`, spec);
    const [rawName, inline] = arg.slice(2).split('=', 2);
    const name = rawName.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
    const def = spec[name];
    if (!def) throw usage(`unknown option --${rawName}`, spec);
    if (def.type === 'boolean') {
      out[name] = inline === undefined ? true : inline !== 'false';
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined) throw usage(`--${rawName} needs a value`, spec);
    out[name] = def.parse ? def.parse(value, `--${rawName}`) : value;
  }
  return out;
}

export function positiveNumber(value, what) {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${what} must be a positive number, got "${value}"`);
  return n;
}

export function numberList(value, what) {
  return value.split(',').map((v) => positiveNumber(v.trim(), what));
}

function usage(message, spec) {
  const options = Object.entries(spec)
    .map(([name, def]) => `  --${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}  ${def.help ?? ''}`)
    .join('\n');
  return new Error(`${message}\nOptions:\n${options}`);
}
