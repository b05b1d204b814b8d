/**
 * `node --import ./count-modules.mjs -e "await import(X)"` prints, on exit, how many ES modules
 * the import loaded, per package, as one JSON line on stderr. Uses Node's module hooks (Node ≥ 20.6).
 */
import { register } from 'node:module';
import { MessageChannel } from 'node:worker_threads';

const { port1, port2 } = new MessageChannel();
const counts = {};
port1.on('message', (name) => {
  counts[name] = (counts[name] ?? 0) + 1;
});
port1.unref();
register('./count-modules-hooks.mjs', import.meta.url, { data: port2, transferList: [port2] });
process.on('exit', () => {
  process.stderr.write(`modules:${JSON.stringify(counts)}\n`);
});
