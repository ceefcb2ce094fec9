// The plugin's PHP: every file passes `php -l`, as written and as installed from the zip; and after
// everything the tests before did, WordPress's debug log (WP_DEBUG on, every notice logged) and the
// server's log hold no warning, notice or error from our files.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { pluginFolder, pluginLines, root, site } from './wordpress.mjs';

const phpFiles = (folder) =>
  readdirSync(folder, { recursive: true })
    .filter((file) => file.endsWith('.php'))
    .map((file) => join(folder, file));

const folders = {
  'the source': join(root, 'wordpress', pluginFolder),
  'the installed plugin': join(site.contentDir, 'plugins', pluginFolder),
};
for (const [name, folder] of Object.entries(folders)) {
  test(`php -l passes on every PHP file of ${name}`, () => {
    assert.ok(existsSync(folder), `${folder} is missing`);
    const files = phpFiles(folder);
    assert.ok(files.length > 0, `no PHP file in ${folder}`);
    const failed = files
      .map((file) => ({ file, run: spawnSync('php', ['-l', file], { encoding: 'utf8' }) }))
      .filter(({ run }) => run.status !== 0)
      .map(({ file, run }) => `${file}: ${(run.stdout + run.stderr).trim()}`);
    assert.deepEqual(failed, []);
  });
}

test('no PHP warning, notice or error from our files in the debug log or the server log', () => {
  assert.ok(existsSync(site.debugLog), `WordPress wrote no debug log at ${site.debugLog}`);
  assert.deepEqual([...pluginLines(site.debugLog), ...pluginLines(site.serverLog)], []);
});
