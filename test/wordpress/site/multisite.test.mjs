/* global document -- in the page */
// On a multisite network (boot.sh --multisite: the main site and the sub-site /school/), where only
// the super admin may paste a <script>: the super admin uploads and network-activates the plugin;
// the school's own administrator saves the school's data in its Settings, and its page shows it.
// Each site keeps its own data: the main site, which has none, shows nothing of ours. Deleting the
// plugin from the network removes every site's options.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  SEED_MARKS,
  clickAndWait,
  createPage,
  enterData,
  launchBrowser,
  logIn,
  pluginFolder,
  pluginLines,
  pluginZip,
  readFixture,
  renderedElements,
  settingsPath,
  site,
  visibleContent,
  wpEval,
} from './wordpress.mjs';

const school = `${site.url}${site.subSitePath.replace(/\/$/, '')}`;
const good = readFixture('zhanatalap-school.json');
const HEAD_PHONE = 'tel:+77213024567';

let browser;
before(async () => {
  assert.ok(site.multisite, 'boot.sh --multisite first');
  browser = await launchBrowser();
});
after(() => browser?.close());

test('the super admin uploads the zip in Network Admin → Plugins and network-activates it', async () => {
  const context = await browser.createBrowserContext();
  try {
    const admin = await context.newPage();
    await logIn(admin, site.admin);
    await admin.goto(`${site.url}/wp-admin/network/plugin-install.php?tab=upload`, { waitUntil: 'load' });
    const file = await admin.waitForSelector('#pluginzip');
    await file.uploadFile(pluginZip);
    await clickAndWait(admin, '#install-plugin-submit');
    assert.match(await admin.$eval('.wrap', (el) => el.innerText), /Plugin installed successfully/);
    await clickAndWait(admin, `.wrap a[href*="action=activate"][href*="${pluginFolder}"]`);
    const row = `tr[data-plugin="${pluginFolder}/${pluginFolder}.php"]`;
    assert.match(await admin.$eval(row, (tr) => tr.className), /\bactive\b/);
  } finally {
    await context.close();
  }
});

test('the school’s administrator saves its data in the sub-site’s Settings; its page shows it', async () => {
  const { user } = wpEval(`return ['user' => get_userdata(2)->user_login];`);
  assert.equal(wpEval(`return is_super_admin(2);`), false, 'the school’s administrator is no super admin');
  const context = await browser.createBrowserContext();
  try {
    const admin = await context.newPage();
    await logIn(admin, { user, password: site.admin.password }, school);
    await admin.goto(`${school}${settingsPath}`, { waitUntil: 'load' });
    await enterData(admin, 'zhanatalap-school.json');
    // No super admin, so no unfiltered HTML: the builder draws nothing for the pages (drawn.php),
    // and drawings forged into the form for exactly this text are refused all the same.
    assert.equal(await admin.$('gsw-data-builder[drawn-for], #gsw-drawn'), null);
    await admin.evaluate(async (version) => {
      const text = document.querySelector('#gsw-data').value;
      const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
      const sha256 = [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
      const forged = '<template shadowrootmode="open"><p>Forged</p></template>';
      const each = { registry: forged, contacts: forged, appeal: forged };
      const form = document.querySelector('#gsw-settings-form');
      for (const [name, value] of Object.entries({
        gsw_drawn: JSON.stringify({ sha256, kk: each, ru: each, en: each }),
        gsw_drawn_version: version,
      })) {
        form.insertAdjacentHTML('beforeend', '<input type="hidden">');
        Object.assign(form.lastElementChild, { name, value });
      }
    }, wpEval('return GOV_SERVICE_WIDGETS_VERSION;'));
    await clickAndWait(admin, '#gsw-save');
    const errors = await admin.$$eval('.notice-error', (els) => els.map((el) => el.innerText));
    assert.deepEqual(errors, []);
    assert.equal((await admin.$$('.notice-success')).length, 1);
  } finally {
    await context.close();
  }
  const stored = (path) => wpEval(`return get_option('gov_service_widgets_data');`, {}, path);
  assert.deepEqual(JSON.parse(stored(site.subSitePath)), JSON.parse(good), 'the sub-site holds the data');
  assert.equal(stored('/'), false, 'the main site does not');
  assert.equal(
    wpEval(`return get_option('gov_service_widgets_drawn_kk');`, {}, site.subSitePath),
    false,
    'no drawing kept',
  );

  const schoolPage = createPage('Contacts', '[contact_card contact="head"]', site.subSitePath);
  const mainPage = createPage('Contacts', '[contact_card contact="head"]');
  const reader = await browser.createBrowserContext();
  try {
    const page = await reader.newPage();
    await page.goto(schoolPage.url, { waitUntil: 'load' });
    const [card] = await renderedElements(page, 'contact-card');
    assert.ok(card?.shadowPhones.includes(HEAD_PHONE), 'the sub-site’s page shows its data');

    await page.setJavaScriptEnabled(false);
    await page.goto(schoolPage.url, { waitUntil: 'load' });
    assert.ok((await visibleContent(page)).phones.includes(HEAD_PHONE), 'and without JavaScript');

    await page.goto(mainPage.url, { waitUntil: 'load' });
    const main = await visibleContent(page);
    assert.deepEqual(main.elements, [], 'the main site, without data, shows nothing of ours');
    for (const mark of [...SEED_MARKS, HEAD_PHONE]) assert.ok(!main.text.includes(mark) && !main.phones.includes(mark));
  } finally {
    await reader.close();
  }
  assert.deepEqual([...pluginLines(site.debugLog), ...pluginLines(site.serverLog)], []);
});

test('the super admin deletes the plugin from the network: every site’s options go with it', async () => {
  const stored = (path) => wpEval(`return get_option('gov_service_widgets_data');`, {}, path);
  assert.notEqual(stored(site.subSitePath), false, 'the sub-site had data before');
  const context = await browser.createBrowserContext();
  try {
    const admin = await context.newPage();
    await logIn(admin, site.admin);
    await admin.goto(`${site.url}/wp-admin/network/plugins.php`, { waitUntil: 'load' });
    const row = `tr[data-plugin="${pluginFolder}/${pluginFolder}.php"]`;
    await clickAndWait(admin, `${row} .deactivate a`);
    admin.once('dialog', (dialog) => dialog.accept());
    await admin.click(`${row} .delete a`);
    await admin.waitForSelector(`${row}.plugin-deleted-tr`);
  } finally {
    await context.close();
  }
  assert.equal(stored(site.subSitePath), false, 'the sub-site’s data is removed');
  assert.equal(stored('/'), false);
  assert.deepEqual([...pluginLines(site.debugLog), ...pluginLines(site.serverLog)], []);
});
