// `npm test`: build, check the data files, then run the browser tests.
// Extra arguments go to web-test-runner, e.g. `npm test -- test/foo.test.ts --watch`.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { findChromium, missingBrowserMessage } from './find-browser.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
process.chdir(root);

if (!findChromium()) {
  console.error(missingBrowserMessage);
  process.exit(1);
}

const steps = [
  ['npm', ['run', 'build']],
  existsSync('scripts/check-data.mjs') && [process.execPath, ['scripts/check-data.mjs']],
  ['node_modules/.bin/wtr', ['--config', 'web-test-runner.config.mjs', ...process.argv.slice(2)]],
].filter(Boolean);

for (const [cmd, args] of steps) {
  const { status, signal, error } = spawnSync(cmd, args, { stdio: 'inherit' });
  if (error) {
    console.error(`Could not run ${cmd}: ${error.message}`);
    process.exit(1);
  }
  if (status !== 0) {
    if (signal) console.error(`${cmd} was stopped by ${signal}`);
    process.exit(status ?? 1);
  }
}
