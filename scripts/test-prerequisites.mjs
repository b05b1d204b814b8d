// `npm test` starts real servers (PostgreSQL, Dovecot) and a real browser. On a fresh machine this
// installs what is missing, so the README's one command does all set-up; elsewhere it says what to do.
import { spawnSync } from 'node:child_process';

const r = spawnSync('bash', ['scripts/install-test-deps.sh'], { stdio: 'inherit' });
if (r.status !== 0) {
  console.error(
    '\nnpm test needs the packages above. Install them, or run `bash scripts/install-test-deps.sh` as root.',
  );
  process.exit(r.status ?? 1);
}
