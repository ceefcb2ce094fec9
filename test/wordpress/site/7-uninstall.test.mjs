// Last: the admin deactivates and deletes the plugin on the Plugins screen; its options go with it,
// and the deletion leaves no PHP warning of ours in the debug log.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { clickAndWait, launchBrowser, logIn, pluginFolder, pluginLines, site, wpEval } from './wordpress.mjs';

const row = `tr[data-plugin="${pluginFolder}/${pluginFolder}.php"]`;
const stored = () =>
  wpEval(`return [get_option('gov_service_widgets_data'), get_option('gov_service_widgets_data_url')];`);

let browser;
let admin;
before(async () => {
  browser = await launchBrowser();
  admin = await browser.newPage();
  await logIn(admin, site.admin);
});
after(() => browser?.close());

test('deactivate, then delete: the plugin’s files and its options are gone', async () => {
  assert.notEqual(stored()[0], false, 'the site had data before (2-settings.test.mjs saved it)');
  await admin.goto(`${site.url}/wp-admin/plugins.php`, { waitUntil: 'load' });
  await clickAndWait(admin, `${row} .deactivate a`);
  assert.match(await admin.$eval(row, (tr) => tr.className), /\binactive\b/);

  // WordPress asks "Are you sure…?", deletes through admin-ajax.php and puts a row saying so.
  admin.once('dialog', (dialog) => dialog.accept());
  await admin.click(`${row} .delete a`);
  const deleted = await admin.waitForSelector(`${row}.plugin-deleted-tr`, { timeout: 20_000 });
  assert.match(await deleted.evaluate((tr) => tr.innerText), /was successfully deleted/);

  assert.ok(!existsSync(join(site.contentDir, 'plugins', pluginFolder)), 'the plugin’s folder is removed');
  assert.deepEqual(stored(), [false, false], 'uninstall removes the plugin’s options');
  assert.deepEqual(pluginLines(site.debugLog), []);
});
