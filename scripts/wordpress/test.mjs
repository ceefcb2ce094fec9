// `npm run test:wordpress`: the plugin on a real WordPress. Boots one (scripts/wordpress/boot.sh:
// Debian's WordPress, PHP and MariaDB, installed when missing), runs the plugin's own tests
// (test/wordpress/*.test.mjs: they need PHP and the WordPress package, not a site) and the
// browser tests of test/wordpress/site/ in order against the site, tears it down; then the
// multisite test on a network.
// Needs root (it installs packages, starts MariaDB, writes /etc/wordpress) and the built zip
// (`npm run build`).
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
process.chdir(root);

const zip = process.env.GSW_WP_PLUGIN_ZIP ?? 'dist/gov-service-widgets-wordpress.zip';
// In the order of their number: each builds on the site the one before left (plugin installed,
// then data saved…).
const SINGLE_SITE = readdirSync('test/wordpress/site')
  .filter((name) => /^\d+-.*\.test\.mjs$/.test(name))
  .sort((a, b) => parseInt(a) - parseInt(b));
const MULTISITE = ['multisite.test.mjs'];
const PLUGIN_TESTS = readdirSync('test/wordpress').filter((name) => name.endsWith('.test.mjs'));

let current = null;
function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'inherit', 'inherit'] });
    current = child;
    child.on('error', (error) => {
      console.error(`${command}: ${error.message}`);
      resolve(1);
    });
    child.on('exit', (status, signal) => resolve(status ?? (signal ? 1 : 0)));
  }).finally(() => (current = null));
}

const teardown = () => run('bash', ['scripts/wordpress/teardown.sh']);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    current?.kill(signal);
    await teardown();
    process.exit(130);
  });
}

/** Boots (`bootArgs`), runs `files` one after the other, tears down; the number of failed runs. */
async function onSite(name, bootArgs, files, before = []) {
  const started = Date.now();
  console.log(`\n--- WordPress: ${name} ---`);
  let failed = 0;
  try {
    if ((await run('bash', ['scripts/wordpress/boot.sh', ...bootArgs])) !== 0) {
      console.error(`wordpress: the ${name} did not boot`);
      return files.length;
    }
    const test = (paths) => run(process.execPath, ['--test', '--test-reporter=spec', ...paths]);
    if (before.length && (await test(before.map((file) => `test/wordpress/${file}`))) !== 0) failed++;
    for (const file of files) if ((await test([`test/wordpress/site/${file}`])) !== 0) failed++;
  } finally {
    await teardown();
  }
  console.log(`--- WordPress: ${name}: ${failed ? `${failed} file(s) failed` : 'passed'} in ${seconds(started)} ---`);
  return failed;
}
const seconds = (since) => `${Math.round((Date.now() - since) / 1000)} s`;

const started = Date.now();
if (!existsSync(zip)) {
  console.error(`${zip} is missing: run npm run build first.`);
  process.exit(1);
}
// The plugin's own PHP check, when it has one (php -l runs on every file in 6-php.test.mjs anyway).
const scripts = JSON.parse(readFileSync('package.json', 'utf8')).scripts ?? {};
let failed = 0;
if (scripts['lint:php'] && (await run('npm', ['run', '--silent', 'lint:php'])) !== 0) failed++;
// `npm run test:wordpress -- single` (or `multisite`) runs only that part.
const only = process.argv[2];
if (only !== 'multisite') failed += await onSite('single site', [], SINGLE_SITE, PLUGIN_TESTS);
if (only !== 'single') failed += await onSite('multisite', ['--multisite'], MULTISITE);
console.log(`\nWordPress tests: ${failed ? 'FAILED' : 'passed'} in ${seconds(started)}`);
process.exit(failed ? 1 : 0);
