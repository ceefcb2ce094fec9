/* global document -- in the page */
// Settings → State services, through the real admin screens: the admin pastes the organisation's
// data and saves it; a bad file (not JSON; JSON that breaks the format) is refused with a notice that
// names the field, and what was saved before stays, in the settings and on the site. A data URL, when
// set, goes to the elements instead of the inline data.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import {
  clickAndWait,
  createPage,
  enterData,
  fixturePath,
  launchBrowser,
  logIn,
  readFixture,
  renderedElements,
  settingsPath,
  site,
  visibleContent,
  watch,
  wpEval,
} from './wordpress.mjs';

const good = readFixture('zhanatalap-school.json');
const HEAD_PHONE = 'tel:+77213024567'; // the director's, in that file
const BY_URL_PHONE = 'tel:+77053187741'; // the deputy's in zhanatalap-school-by-url.json only

let browser;
let admin;
let readerPage; // a page showing the head's contact card, to see what the site shows
before(async () => {
  browser = await launchBrowser();
  admin = await browser.newPage();
  await logIn(admin, site.admin);
  readerPage = createPage('Contact', '[contact_card contact="head"]').url;
});
after(() => browser?.close());

const storedData = () => wpEval(`return get_option('gov_service_widgets_data');`);
const storedUrl = () => wpEval(`return get_option('gov_service_widgets_data_url');`);

async function openSettings() {
  await admin.goto(`${site.url}${settingsPath}`, { waitUntil: 'load' });
  await admin.waitForSelector('#gsw-settings-form');
}

/** Saves the form and returns the notices on the page it comes back to: {success, error}. */
async function save() {
  await clickAndWait(admin, '#gsw-save').catch(async (error) => {
    // Not sent: say what the page says instead (the data builder stops a submit it finds errors in).
    const says = await admin.evaluate(() => {
      const builder = document.querySelector('gsw-data-builder')?.shadowRoot?.textContent ?? '';
      const text = `${builder} ${document.querySelector('.wrap')?.innerText}`.replace(/\s+/g, ' ');
      return (text.match(/not saved.{0,200}/i) ?? text.match(/.{0,80}error.{0,160}/i))?.[0];
    });
    throw new Error(`Save did not send the form (${error.message}); the page says: ${says}`);
  });
  const texts = (selector) => admin.$$eval(selector, (els) => els.map((el) => el.innerText.trim()));
  return { success: await texts('.notice-success'), error: await texts('.notice-error') };
}

/** What an anonymous reader's browser shows of the contact card: {text, phones} without JS, and with. */
async function readerSees() {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setJavaScriptEnabled(false);
    await page.goto(readerPage, { waitUntil: 'load' });
    const plain = await visibleContent(page);
    await page.setJavaScriptEnabled(true);
    await page.goto(readerPage, { waitUntil: 'load' });
    const [card] = await renderedElements(page, 'contact-card');
    return { plain, card, src: await page.$eval('contact-card', (el) => el.getAttribute('src')).catch(() => null) };
  } finally {
    await context.close();
  }
}

test('Settings → State services is in the Settings menu, with the form, without console errors', async () => {
  await admin.goto(`${site.url}/wp-admin/options-general.php`, { waitUntil: 'load' });
  const seen = watch(admin);
  const item = await admin.$eval('#adminmenu a[href="options-general.php?page=gov-service-widgets"]', (a) =>
    a.textContent.trim(),
  );
  assert.equal(item, 'State services');
  await clickAndWait(admin, '#adminmenu a[href="options-general.php?page=gov-service-widgets"]');
  for (const selector of ['#gsw-settings-form', '#gsw-data', '#gsw-file', '#gsw-data-url', '#gsw-save']) {
    assert.ok(await admin.$(selector), `${selector} is on the page`);
  }
  assert.deepEqual(seen.errors, []);
});

test('pasted data is saved, shown again in the form, and on the site', async () => {
  await openSettings();
  // As a paste does: the whole text at once, with the input event an editor listens to.
  await admin.$eval(
    '#gsw-data',
    (textarea, text) => {
      textarea.value = text;
      textarea.dispatchEvent(new Event('input', { bubbles: true }));
    },
    good,
  );
  const notices = await save();
  assert.equal(notices.error.length, 0, notices.error.join('\n'));
  assert.equal(notices.success.length, 1);

  await openSettings();
  const shown = await admin.$eval('#gsw-data', (textarea) => textarea.value);
  assert.deepEqual(JSON.parse(shown), JSON.parse(good), 'the form shows what was saved');
  assert.deepEqual(JSON.parse(storedData()), JSON.parse(good), 'the option holds what was saved');

  const seen = await readerSees();
  assert.ok(seen.plain.phones.includes(HEAD_PHONE), 'without JS: the director’s phone');
  assert.ok(seen.card.shadowPhones.includes(HEAD_PHONE), 'with JS: the director’s phone');
});

test('with the data builder on the page: a file opened in it fills the form and is saved', async (t) => {
  await openSettings();
  if (!(await admin.$('gsw-data-builder'))) {
    t.skip('this zip carries no builder (assets/builder.js)');
    return;
  }
  const other = JSON.parse(good);
  other.officials[0].phones = ['8 (72130) 2-99-01'];
  const file = join(site.contentDir, 'uploads', 'opened-in-builder.json');
  mkdirSync(join(site.contentDir, 'uploads'), { recursive: true });
  writeFileSync(file, JSON.stringify(other, null, 2));
  await enterData(admin, file);
  const notices = await save();
  assert.deepEqual(notices.error, []);
  assert.equal(notices.success.length, 1);
  assert.deepEqual(JSON.parse(storedData()).officials[0].phones, other.officials[0].phones);

  // Back to the data the other tests expect, opened in the builder as well.
  await openSettings();
  await enterData(admin, 'zhanatalap-school.json');
  assert.equal((await save()).success.length, 1);
  assert.deepEqual(JSON.parse(storedData()).officials, JSON.parse(good).officials);
});

const badFiles = [
  { file: 'bad-not-json.json', names: /JSON/i },
  { file: 'bad-service-without-name.json', names: /services(\[1\]|\.1|\/1)[./]name/ },
  { file: 'bad-javascript-link.json', names: /channels(\[0\]|\.0|\/0)[./]url/ },
];
for (const { file, names } of badFiles) {
  test(`a bad file (${file}) is refused with a notice naming the problem, and the saved data stays`, async () => {
    const before = storedData();
    await openSettings();
    const input = await admin.$('#gsw-file');
    await input.uploadFile(fixturePath(file));
    const notices = await save();
    assert.equal(notices.success.length, 0, `refused, not saved: ${notices.success}`);
    assert.equal(notices.error.length, 1, 'one error notice');
    assert.match(notices.error[0], names);

    assert.equal(storedData(), before, 'the option is untouched');
    await openSettings();
    const shown = await admin.$eval('#gsw-data', (textarea) => textarea.value);
    assert.deepEqual(JSON.parse(shown), JSON.parse(good), 'the form shows the data saved before');
    const seen = await readerSees();
    assert.ok(seen.plain.phones.includes(HEAD_PHONE), 'the site still shows the saved data (without JS)');
    assert.ok(seen.card.shadowPhones.includes(HEAD_PHONE), 'the site still shows the saved data (with JS)');
  });
}

test('a data URL goes to the elements as src; emptied, the inline data is back', async () => {
  const folder = join(site.contentDir, 'uploads', 'gsw-test');
  mkdirSync(folder, { recursive: true });
  copyFileSync(fixturePath('zhanatalap-school-by-url.json'), join(folder, 'school.json'));
  const url = `${site.url}/wp-content/uploads/gsw-test/school.json`;

  await openSettings();
  await admin.$eval('#gsw-data-url', (input, url) => (input.value = url), url);
  let notices = await save();
  assert.equal(notices.error.length, 0, notices.error.join('\n'));
  assert.equal(storedUrl(), url);
  let seen = await readerSees();
  assert.equal(seen.src, url, 'the element gets src');
  const deputy = await (async () => {
    const context = await browser.createBrowserContext();
    try {
      const page = await context.newPage();
      await page.goto(createPage('Deputy', '[contact_card contact="deputy"]').url, { waitUntil: 'load' });
      return (await renderedElements(page, 'contact-card'))[0];
    } finally {
      await context.close();
    }
  })();
  assert.ok(deputy.shadowPhones.includes(BY_URL_PHONE), 'with JS, the element shows the file at the URL');

  await openSettings();
  await admin.$eval('#gsw-data-url', (input) => (input.value = 'javascript:alert(1)'));
  notices = await save();
  assert.equal(notices.success.length, 0, 'a javascript: URL is refused');
  assert.equal(storedUrl(), url, 'the URL saved before stays');

  await openSettings();
  await admin.$eval('#gsw-data-url', (input) => (input.value = ''));
  notices = await save();
  assert.equal(notices.error.length, 0, notices.error.join('\n'));
  seen = await readerSees();
  assert.equal(seen.src, null, 'no src once the URL is emptied');
  assert.ok(seen.card.shadowPhones.includes(HEAD_PHONE), 'the inline data is shown again');
});

// The elements already drawn (drawn.php): the builder on this page draws them in kk, ru and en for
// the data in the form, the save keeps them against that data, and any other change drops them.
const VERSION = () => wpEval('return GOV_SERVICE_WIDGETS_VERSION;');
const sha256 = (text) => createHash('sha256').update(text.replace(/\r\n?/g, '\n')).digest('hex');
const START = '<template shadowrootmode="open">';
/** Per language: null, or the version and data hash kept, and how each element's drawing starts. */
const drawnOptions = () =>
  wpEval(`return array_map(function ($locale) {
    $kept = get_option('gov_service_widgets_drawn_' . $locale);
    if (!is_array($kept)) return null;
    $starts = [];
    foreach (['registry', 'contacts', 'appeal'] as $key) $starts[] = substr($kept[$key], 0, ${START.length});
    return ['version' => $kept['version'], 'data' => $kept['data'], 'starts' => $starts];
  }, ['kk', 'ru', 'en']);`);
/** Waits for the builder to have drawn the elements into the form. */
const drawnInForm = () => admin.waitForFunction(() => document.querySelector('#gsw-drawn')?.value, { timeout: 30_000 });
/** The HTML the server sends for a page, from its <body>. */
const served = async (url) => {
  const html = await (await fetch(url)).text();
  return html.slice(html.indexOf('<body'));
};

let drawnPage; // a page with the registry block as it comes, in the site's language
test('saved through the builder, the elements go drawn in each language, kept against the data saved', async (t) => {
  await openSettings();
  if (!(await admin.$('gsw-data-builder'))) {
    t.skip('this zip carries no builder (assets/builder.js)');
    return;
  }
  assert.ok(await admin.$('gsw-data-builder[drawn-for="gsw-drawn"]'), 'the admin may post unfiltered HTML: it draws');
  await drawnInForm();
  const notices = await save();
  assert.deepEqual(notices.error, []);
  const version = VERSION();
  const hash = sha256(storedData());
  for (const kept of drawnOptions()) {
    assert.deepEqual(kept, { version, data: hash, starts: [START, START, START] });
  }
  drawnPage = createPage('Drawn', '<!-- wp:gov-service-widgets/service-registry /-->').url;
  const body = await served(drawnPage);
  assert.match(body, /<service-registry><template shadowrootmode="open"><style>/, 'the drawing comes first in the tag');
  assert.match(body, /<\/template><script type="application\/json">/, 'then the inline data');
});

test('the server keeps drawings only under its conditions, and writes them so that the_content changes nothing', () => {
  const result = wpEval(`
    wp_set_current_user(1);
    $text = gov_service_widgets_data_text();
    $one = '<template shadowrootmode="open"><style>:host([hidden]){display:none}</style>'
      . '<p title="a [b] &gt; c">"Quoted" -- 1x2 ... :) 8O [gallery] it&#39;s&nbsp;:mrgreen: (tm)</p><ul><li part="x">-</li></ul></template>';
    $ready = gov_service_widgets_drawn_for_content($one);
    $filtered = convert_smilies(do_shortcode(wptexturize($ready, true)));
    $visible = function ($html) { return html_entity_decode(strip_tags($html), ENT_QUOTES | ENT_HTML5, 'UTF-8'); };
    $all = function ($markup) { $each = ['registry' => $markup, 'contacts' => $markup, 'appeal' => $markup]; return ['kk' => $each, 'ru' => $each, 'en' => $each]; };
    $form = json_encode(['sha256' => gov_service_widgets_text_hash($text)] + $all($one));
    $v = GOV_SERVICE_WIDGETS_VERSION;
    $refused = [];
    foreach (['', '<p>x</p>', str_replace('<p ', '<script ', $one), str_replace('<p ', '<p onclick="x" ', $one),
      str_replace('<ul>', '<svg>', $one), str_replace('<ul>', '<template>', $one), $one . 'x',
      substr($one, 0, -11) . str_repeat('x', 2 * GOV_SERVICE_WIDGETS_MAX_BYTES) . '</template>'] as $bad) {
      $refused[] = gov_service_widgets_drawn_for_content($bad);
    }
    $accepted = is_array(gov_service_widgets_accepted_drawn($form, $v, $text, ''));
    $not = [
      'other version' => gov_service_widgets_accepted_drawn($form, '0.0.1', $text, ''),
      'other text' => gov_service_widgets_accepted_drawn($form, $v, $text . ' ', ''),
      'a file' => gov_service_widgets_accepted_drawn($form, $v, null, ''),
      'a data URL' => gov_service_widgets_accepted_drawn($form, $v, $text, 'https://example.org/a.json'),
      'a language missing' => gov_service_widgets_accepted_drawn(json_encode(['sha256' => gov_service_widgets_text_hash($text), 'kk' => $all($one)['kk']]), $v, $text, ''),
    ];
    wp_set_current_user(0);
    $not['no unfiltered_html'] = gov_service_widgets_accepted_drawn($form, $v, $text, '');
    // A site whose shortcode shares a name with a [attribute] of the styles gets no drawing.
    $before = gov_service_widgets_drawn_html('service-registry', 'en') !== '';
    $kept = get_option('gov_service_widgets_drawn_en');
    preg_match('@\\[([^<>&/\\[\\]\\x00-\\x20=]++)@', $kept['registry'], $name);
    add_shortcode($name[1], '__return_empty_string');
    $after = gov_service_widgets_drawn_html('service-registry', 'en');
    return compact('ready', 'filtered', 'refused', 'accepted', 'not', 'before', 'after') + ['same' => $visible($ready) === $visible($one), 'unfiltered' => user_can(1, 'unfiltered_html')];
  `);
  assert.ok(result.unfiltered, 'the admin may post unfiltered HTML on a single site');
  assert.ok(result.ready.startsWith(START) && result.ready !== '', result.ready);
  assert.equal(result.filtered, result.ready, 'wptexturize, do_shortcode and convert_smilies find nothing to change');
  assert.ok(result.same, 'the same text to read');
  assert.ok(result.ready.includes('<style>:host([hidden]){display:none}</style>'), 'the styles as they are');
  assert.deepEqual(result.refused, Array(8).fill(''), 'anything not shaped as a drawing is refused');
  assert.equal(result.accepted, true);
  assert.deepEqual(result.not, {
    'other version': null,
    'other text': null,
    'a file': null,
    'a data URL': null,
    'a language missing': null,
    'no unfiltered_html': null,
  });
  assert.equal(result.before, true);
  assert.equal(result.after, '');
});

test('data saved by a paste, or a data URL set by any route, drops the drawings; the builder draws them again', async (t) => {
  if (!drawnPage) {
    t.skip('nothing drawn');
    return;
  }
  await openSettings();
  const other = JSON.parse(good);
  other.officials[0].phones = ['8 (72130) 2-99-02'];
  await admin.$eval(
    '#gsw-data',
    (textarea, text) => {
      textarea.value = text;
      textarea.dispatchEvent(new Event('input', { bubbles: true }));
    },
    JSON.stringify(other, null, 2),
  );
  assert.equal((await save()).success.length, 1);
  assert.deepEqual(drawnOptions(), [null, null, null]);
  assert.doesNotMatch(await served(drawnPage), /shadowrootmode/, 'the page is back to plain HTML');

  // Back to the data the other tests expect, drawn again.
  await openSettings();
  await enterData(admin, 'zhanatalap-school.json');
  await drawnInForm();
  assert.equal((await save()).success.length, 1);
  assert.deepEqual(JSON.parse(storedData()), JSON.parse(good));
  assert.equal(drawnOptions()[0]?.data, sha256(storedData()));
  assert.match(await served(drawnPage), /<service-registry><template shadowrootmode="open">/);

  // A data URL set by another route (not the form): dropped too.
  const gone = wpEval(`update_option('gov_service_widgets_data_url', 'https://example.org/school.json');
    $gone = false === get_option('gov_service_widgets_drawn_kk'); delete_option('gov_service_widgets_data_url'); return $gone;`);
  assert.equal(gone, true);
  // And drawn once more for the pages' tests (3-pages.test.mjs).
  await openSettings();
  await drawnInForm();
  assert.equal((await save()).success.length, 1);
  assert.equal(drawnOptions()[2]?.data, sha256(storedData()));
});
