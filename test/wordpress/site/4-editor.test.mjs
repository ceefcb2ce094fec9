// The block editor, as the admin opens a page with our three blocks: they are known blocks (not
// «unsupported»), their preview is the server's rendering with the site's data, their settings
// (language, heading level) are in the sidebar, and the editor logs no error.
/* global document, window -- in the page */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createPage, launchBrowser, logIn, site, watch } from './wordpress.mjs';

const BLOCKS = ['service-registry', 'appeal-procedure', 'contact-card'].map((tag) => `gov-service-widgets/${tag}`);
const HEAD_PHONE = 'tel:+77213024567'; // the director's, in fixtures/zhanatalap-school.json

let browser;
let admin;
let seen;
let page;
before(async () => {
  page = createPage('Edited', BLOCKS.map((name) => `<!-- wp:${name} {"lang":"ru"} /-->`).join('\n\n'));
  browser = await launchBrowser();
  admin = await browser.newPage();
  await logIn(admin, site.admin);
  seen = watch(admin);
  await admin.goto(`${site.url}/wp-admin/post.php?post=${page.id}&action=edit`, { waitUntil: 'load' });
  await admin.waitForFunction(() => window.wp?.data?.select('core/block-editor').getBlocks().length > 0, {
    timeout: 30_000,
  });
});
after(() => browser?.close());

test('the editor knows our three blocks and reads the page as them', async () => {
  const { registered, onPage } = await admin.evaluate(
    (names) => ({
      registered: names.map((name) => window.wp.blocks.getBlockType(name)?.title ?? null),
      onPage: window.wp.data
        .select('core/block-editor')
        .getBlocks()
        .map((block) => block.name),
    }),
    BLOCKS,
  );
  registered.forEach((title, i) => assert.ok(title, `${BLOCKS[i]} is registered, with a title`));
  assert.deepEqual(onPage, BLOCKS);
});

test('each block’s preview is the server’s rendering: our element with the site’s data', async () => {
  const phones = await admin.waitForFunction(
    () => {
      const card = document.querySelector('.editor-styles-wrapper contact-card');
      const links = [...(card?.shadowRoot?.querySelectorAll('a[href^="tel:"]') ?? [])].map((a) => a.href);
      return links.length ? links : false;
    },
    { timeout: 15_000 },
  );
  assert.ok((await phones.jsonValue()).includes(HEAD_PHONE));
  const tags = await admin.$$eval(
    '.editor-styles-wrapper service-registry, .editor-styles-wrapper appeal-procedure',
    (els) => els.map((el) => el.localName),
  );
  assert.deepEqual(tags, ['service-registry', 'appeal-procedure']);
});

test('the selected block’s settings offer its language and heading level', async () => {
  await admin.evaluate(() => {
    const [first] = window.wp.data.select('core/block-editor').getBlocks();
    window.wp.data.dispatch('core/block-editor').selectBlock(first.clientId);
    window.wp.data.dispatch('core/edit-post').openGeneralSidebar('edit-post/block');
  });
  const labels = await admin.waitForFunction(
    () => {
      const texts = [...document.querySelectorAll('.block-editor-block-inspector label')].map((l) => l.textContent);
      return texts.length ? texts : false;
    },
    { timeout: 10_000 },
  );
  const found = (await labels.jsonValue()).join(' | ');
  assert.match(found, /Language/);
  assert.match(found, /Heading level/);
});

test('the editor logs no error', () => {
  assert.deepEqual(seen.errors, []);
});
