// `npm test`: build, check the data files, lint, then run the browser tests in every engine found
// (Chromium, Firefox ESR, WebKitGTK; see scripts/find-browser.mjs). ENGINES=chromium,firefox restricts the set.
// Then the package's own tests (test/package/, Node's runner): what `npm pack` holds, and the packed
// tarball installed and used. Extra arguments go to web-test-runner alone, e.g.
// `npm test -- test/foo.test.ts --watch`, and skip the package's tests.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { describeEngines, selectEngines } from './find-browser.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
process.chdir(root);

const wtrArgs = process.argv.slice(2);
const engines = selectEngines({ coverage: wtrArgs.includes('--coverage') });
if (engines.error) {
  console.error(engines.error);
  process.exit(1);
}
console.log(describeEngines(engines));

/** The child now running (build, data check or wtr), to pass a Ctrl-C or a kill on to it. */
let current = null;
/** The WebKitWebDriver under xvfb-run, while it runs. */
let driver = null;

function run(cmd, args, env = process.env) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: 'inherit', env });
    current = child;
    child.on('error', (error) => resolve({ error }));
    child.on('exit', (status, signal) => resolve({ status, signal }));
  }).finally(() => (current = null));
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts WebKitWebDriver on a free port, inside xvfb-run so the MiniBrowser it opens has a display.
 * The shell under xvfb-run keeps the driver until its stdin (a pipe from this process) closes: on
 * stopDriver(), or when this process ends in any way, even killed. Then it stops the driver and
 * xvfb-run stops Xvfb and removes its files.
 */
async function startDriver({ driver: driverPath, xvfbRun }) {
  const port = await freePort();
  const script =
    '"$0" --host=127.0.0.1 --port="$1" & pid=$!; trap \'kill $pid 2>/dev/null; wait $pid\' EXIT; read -r _ || :';
  const child = spawn(xvfbRun, ['-a', '-s', '-screen 0 1280x1024x24', 'sh', '-c', script, driverPath, String(port)], {
    stdio: ['pipe', 'pipe', 'pipe'],
    detached: true, // a Ctrl-C in the terminal reaches us, not xvfb-run: we stop it in order
  });
  let output = ''; // the driver's log, kept (its end) to explain a failed start
  const keep = (chunk) => (output = (output + chunk).slice(-4000));
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise((resolve) => child.on('exit', resolve));
  child.on('error', (error) => keep(String(error)));
  driver = { child, exited };

  for (let i = 0; i < 100 && child.exitCode === null; i++) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return port;
    } catch {
      // not listening yet: ask again
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await stopDriver();
  throw new Error(`WebKitWebDriver did not start on port ${port}${output.trim() ? `:\n${output.trim()}` : ''}`);
}

async function stopDriver() {
  if (!driver) return;
  const { child, exited } = driver;
  driver = null;
  child.stdin.destroy();
  const timeout = new Promise((resolve) => setTimeout(() => resolve('timeout'), 5000).unref());
  if ((await Promise.race([exited, timeout])) === 'timeout') {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, async () => {
    current?.kill(signal);
    await stopDriver();
    process.exit(128 + (signal === 'SIGINT' ? 2 : signal === 'SIGTERM' ? 15 : 1));
  });
}

/** The organisations' data files and the builder's templates (not the schema, not the catalog). */
const dataFiles = (dir) =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.json') && !name.endsWith('.schema.json'))
    .map((name) => `${dir}/${name}`);

async function main() {
  const steps = [
    ['npm', ['run', 'build']],
    // The data files, with the widget's own validator (the checker the build just made).
    [process.execPath, ['dist/cli.mjs', 'check', '--lang', 'en', ...dataFiles('data'), ...dataFiles('data/templates')]],
    // ESLint, the Lit template checker and Prettier: clean, or the run stops here.
    ['npm', ['run', 'lint']],
  ];
  for (const [cmd, args] of steps) {
    const status = check(cmd, await run(cmd, args));
    if (status !== 0) return status;
  }

  const env = { ...process.env, ENGINES: engines.run.map((e) => e.name).join(','), ENGINES_ANNOUNCED: '1' };
  const webkit = engines.run.find((e) => e.name === 'webkit');
  if (webkit) {
    try {
      env.WEBKIT_DRIVER_PORT = String(await startDriver(webkit));
    } catch (error) {
      console.error(error.message);
      return 1;
    }
  }
  try {
    const wtr = 'node_modules/.bin/wtr';
    const status = check(wtr, await run(wtr, ['--config', 'web-test-runner.config.mjs', ...wtrArgs], env));
    if (status !== 0 || wtrArgs.length) return status;
  } finally {
    await stopDriver();
  }
  return check('node --test', await run(process.execPath, ['--test', 'test/package/']));
}

function check(cmd, { status, signal, error }) {
  if (error) {
    console.error(`Could not run ${cmd}: ${error.message}`);
    return 1;
  }
  if (status !== 0 && signal) console.error(`${cmd} was stopped by ${signal}`);
  return status ?? 1;
}

process.exitCode = await main();
