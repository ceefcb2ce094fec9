// The admin installs the built zip the way the issue says: Plugins → Add New → Upload Plugin →
// Install Now → Activate. Before the site has data of its own, a page with our shortcode and block
// shows a reader nothing of ours (never the seed organisation bundled in the script), and shows the
// admin the way to the settings page. And the plugin claims no older WordPress than this one.
// The files run in the order of their number (scripts/wordpress/test.mjs): each builds on the site
// the one before left.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import {
  SEED_MARKS,
  TAGS,
  clickAndWait,
  createPage,
  launchBrowser,
  logIn,
  pluginFolder,
  pluginZip,
  renderedElements,
  scriptRequests,
  site,
  visibleContent,
  watch,
  wpEval,
} from './wordpress.mjs';

let browser;
let admin;
before(async () => {
  browser = await launchBrowser();
  admin = await browser.newPage();
});
after(() => browser?.close());

test('the admin logs in through the login form', async () => {
  await logIn(admin, site.admin);
  assert.match(admin.url(), /\/wp-admin\/$/);
});

test('the built zip installs through Plugins → Add New → Upload Plugin, and activates', async () => {
  assert.ok(existsSync(pluginZip), `${pluginZip} is missing: run npm run build first`);
  await admin.goto(`${site.url}/wp-admin/plugins.php`);
  await clickAndWait(admin, '.page-title-action[href*="plugin-install.php"]');
  await admin.click('.upload-view-toggle');
  const file = await admin.waitForSelector('#pluginzip', { visible: true });
  await file.uploadFile(pluginZip);
  await clickAndWait(admin, '#install-plugin-submit');

  const result = await admin.$eval('.wrap', (el) => el.innerText);
  assert.match(result, /Plugin installed successfully/, result);
  assert.ok(existsSync(join(site.contentDir, 'plugins', pluginFolder, `${pluginFolder}.php`)));

  await clickAndWait(admin, `.wrap a[href*="action=activate"][href*="${pluginFolder}"]`);
  const notices = await admin.$$eval('.notice, .error, .updated', (els) => els.map((el) => el.innerText.trim()));
  assert.ok(
    notices.some((text) => /Plugin activated/.test(text)),
    `no «Plugin activated.» notice: ${notices}`,
  );
  // WordPress reports output printed while activating, a sign of a PHP notice or a stray echo.
  assert.ok(!notices.some((text) => /unexpected output/.test(text)), notices.join('\n'));
  const row = await admin.$eval(`tr[data-plugin="${pluginFolder}/${pluginFolder}.php"]`, (tr) => tr.className);
  assert.match(row, /\bactive\b/);
});

test('before the site has data, a reader sees nothing of ours, and the admin a link to the settings', async () => {
  const page = createPage(
    'Before data',
    [
      '[service_registry lang="kk"]',
      '[appeal_procedure]',
      '[contact_card]',
      '<!-- wp:gov-service-widgets/service-registry {"lang":"ru"} /-->',
    ].join('\n\n'),
  );

  const context = await browser.createBrowserContext();
  try {
    const reader = await context.newPage();
    const seen = watch(reader);
    await reader.goto(page.url, { waitUntil: 'load' });
    const content = await visibleContent(reader);
    const elements = await reader.$$eval(TAGS.join(','), (els) => els.length);
    const rendered = elements ? await renderedElements(reader) : [];
    const everything = [content.text, ...content.phones, ...rendered.map((el) => el.shadowText ?? '')].join(' ');
    for (const mark of SEED_MARKS) assert.ok(!everything.includes(mark), `a reader sees «${mark}» of the seed`);
    assert.equal(elements, 0, 'no element of ours for a reader while there is no data');
    assert.deepEqual(scriptRequests(seen.requests), [], 'our script is not loaded for nothing');
    assert.ok(!/\[service_registry|\[appeal_procedure|\[contact_card/.test(content.text), 'no raw shortcode');
  } finally {
    await context.close();
  }

  await admin.goto(page.url, { waitUntil: 'load' });
  const links = await admin.$$eval('a[href*="options-general.php?page=gov-service-widgets"]', (as) =>
    as.filter((a) => !a.closest('#wpadminbar')).map((a) => a.href),
  );
  assert.ok(links.length >= 1, 'the admin sees a link to Settings → State services in the block’s place');
  const text = (await visibleContent(admin)).text;
  for (const mark of SEED_MARKS) assert.ok(!text.includes(mark), `the admin sees «${mark}» of the seed`);
});

test('the plugin requires the WordPress it is tested on here, no older (readme.txt and its header)', () => {
  const { tested, header, readme } = wpEval(
    `require_once ABSPATH . 'wp-admin/includes/plugin.php';
     $file = WP_PLUGIN_DIR . '/' . $values['folder'] . '/' . $values['folder'] . '.php';
     preg_match('/^Requires at least:\\s*(\\S+)/mi', file_get_contents(dirname($file) . '/readme.txt'), $readme);
     return ['tested' => $GLOBALS['wp_version'], 'header' => get_plugin_data($file, false, false)['RequiresWP'],
       'readme' => $readme[1] ?? null];`,
    { folder: pluginFolder },
  );
  const majorMinor = tested.split('.').slice(0, 2).join('.');
  assert.equal(header, majorMinor, `the plugin's header says «Requires at least: ${header}», tested on ${tested}`);
  assert.equal(readme, majorMinor, `readme.txt says «Requires at least: ${readme}», tested on ${tested}`);
});
