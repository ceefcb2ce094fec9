// The WordPress plugin's installable zip, the last step of `npm run build`: copies the readers'
// script, the embeddable builder (where built) and the data schema into the plugin, compiles its
// translations, and writes dist/gov-service-widgets-wordpress.zip with one top folder,
// gov-service-widgets/, as «Plugins → Add New → Upload» expects.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileMo, jedJson, messageKey, parsePo, translated } from './wordpress/gettext.mjs';
import { DOMAIN, extract, PLUGIN_DIR } from './wordpress/pot.mjs';
import { zip } from './wordpress/zip-writer.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const ZIP = join(ROOT, 'dist/gov-service-widgets-wordpress.zip');
const EDITOR_SCRIPT = 'blocks/editor.js';
const EDITOR_HANDLE = 'gov-service-widgets-editor';

const fail = (message) => {
  console.error(`wordpress-zip: ${message}`);
  process.exit(1);
};

// One version everywhere: the header WordPress shows, the script's cache-busting ?ver=, readme.txt.
// The zip always carries package.json's; a source folder that lags (after `npm version`) is named.
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const VERSION_PLACES = {
  'gov-service-widgets.php': [/^(\s*\*\s*Version:\s*)(\S+)/m, /('GOV_SERVICE_WIDGETS_VERSION',\s*')([^']+)/],
  'readme.txt': [/^(Stable tag:\s*)(\S+)/m],
};
const stamped = {};
for (const [file, places] of Object.entries(VERSION_PLACES)) {
  let text = readFileSync(join(PLUGIN_DIR, file), 'utf8');
  for (const place of places) {
    const found = place.exec(text)?.[2];
    if (!found) fail(`${file} has no version where ${place} looks`);
    if (found !== version) console.warn(`wordpress-zip: ${file} says ${found}; the zip gets package.json's ${version}`);
    text = text.replace(place, `$1${version}`);
  }
  stamped[file] = Buffer.from(text);
}

// The PHP checker applies the schema's keywords it knows; one it does not know must stop the build.
const checker = readFileSync(join(PLUGIN_DIR, 'includes/schema-check.php'), 'utf8');
const known = new Set(
  ['KEYWORDS', 'ANNOTATIONS'].flatMap((name) =>
    [...new RegExp(String.raw`const ${name} = array\(([^)]*)\)`).exec(checker)[1].matchAll(/'([^']+)'/g)].map(
      (m) => m[1],
    ),
  ),
);
const schemaText = readFileSync(join(ROOT, 'data/provider.schema.json'), 'utf8');
const unknown = new Set();
(function keywords(schema) {
  if (Array.isArray(schema)) return schema.forEach(keywords);
  if (!schema || typeof schema !== 'object') return;
  for (const [name, value] of Object.entries(schema)) {
    if (!known.has(name)) unknown.add(name);
    if (name === 'properties' || name === '$defs') Object.values(value).forEach(keywords);
    else if (name !== 'examples' && name !== 'enum' && name !== 'const') keywords(value);
  }
})(JSON.parse(schemaText));
if (unknown.size)
  fail(`data/provider.schema.json uses ${[...unknown].join(', ')}, which includes/schema-check.php does not check`);

// What the build adds to the plugin's folder (ignored by git): then the folder itself is installable too.
const readersScript = join(ROOT, 'dist/gov-service-widgets.js');
if (!existsSync(readersScript)) fail('dist/gov-service-widgets.js is missing: run the rollup build first');
// Emptied first: a builder bundle left from an earlier build must not ship without its source.
rmSync(join(PLUGIN_DIR, 'assets'), { recursive: true, force: true });
mkdirSync(join(PLUGIN_DIR, 'assets'), { recursive: true });
copyFileSync(readersScript, join(PLUGIN_DIR, 'assets/gov-service-widgets.js'));
const builder = join(ROOT, 'dist/gov-service-widgets-builder.js');
if (existsSync(builder)) copyFileSync(builder, join(PLUGIN_DIR, 'assets/builder.js'));
writeFileSync(join(PLUGIN_DIR, 'provider.schema.json'), schemaText);

// The elements' own titles in kk and ru from their translations (xliff/), for the headings of the
// plain-HTML content, so that a reader without JavaScript sees the title the element would show.
const TITLES = {
  'service-registry': 'State services',
  'appeal-procedure': 'How to complain about a state service',
  'contact-card': 'Responsible officials',
  'contact-card-with-organizations': 'Contacts',
};
const targets = Object.fromEntries(
  ['kk', 'ru'].map((language) => {
    const xliff = readFileSync(join(ROOT, `xliff/${language}.xlf`), 'utf8');
    return [
      language,
      new Map([...xliff.matchAll(/<source>([^<]*)<\/source>\s*<target>([^<]*)<\/target>/g)].map((m) => [m[1], m[2]])),
    ];
  }),
);
const titles = {};
for (const [key, source] of Object.entries(TITLES)) {
  titles[key] = { en: source };
  for (const language of ['kk', 'ru']) {
    titles[key][language] =
      targets[language].get(source) ?? fail(`xliff/${language}.xlf has no translation of "${source}"`);
  }
}
writeFileSync(join(PLUGIN_DIR, 'element-titles.json'), `${JSON.stringify(titles, null, 2)}\n`);

// Translations: every message of the code translated, each .po compiled, the editor's JSON for wp.i18n.
const languages = join(PLUGIN_DIR, 'languages');
const messages = extract();
const potIds = new Set(parsePo(readFileSync(join(languages, `${DOMAIN}.pot`), 'utf8')).map(messageKey));
const stale = messages.filter((message) => !potIds.has(messageKey(message)));
if (stale.length)
  fail(
    `languages/${DOMAIN}.pot lacks "${stale[0].id}" (and ${stale.length - 1} more): run node scripts/wordpress/pot.mjs`,
  );
for (const file of readdirSync(languages).filter((name) => name.endsWith('.po'))) {
  const entries = parsePo(readFileSync(join(languages, file), 'utf8'));
  // What the .mo will hold: a fuzzy or half-translated entry counts as missing.
  const shipped = new Map(entries.map((entry) => [messageKey(entry), entry]));
  const missing = messages.filter((message) => {
    const entry = shipped.get(messageKey(message));
    return !entry || !translated(entry);
  });
  if (missing.length)
    fail(`languages/${file} has no translation of "${missing[0].id}" (and ${missing.length - 1} more)`);
  const locale = file.slice(DOMAIN.length + 1, -'.po'.length);
  writeFileSync(join(languages, file.replace(/\.po$/, '.mo')), compileMo(entries));
  // load_script_textdomain() looks for <domain>-<locale>-<handle>.json first.
  writeFileSync(
    join(languages, `${DOMAIN}-${locale}-${EDITOR_HANDLE}.json`),
    jedJson(entries, locale, (reference) => reference === EDITOR_SCRIPT),
  );
}

const files = (dir) =>
  readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      return entry.isDirectory() ? [{ path, folder: true }, ...files(path)] : [{ path, folder: false }];
    });
const entries = [{ name: 'gov-service-widgets/' }];
for (const { path, folder } of files(PLUGIN_DIR)) {
  const file = relative(PLUGIN_DIR, path).split(sep).join('/');
  const name = `gov-service-widgets/${file}`;
  entries.push(folder ? { name: `${name}/` } : { name, data: stamped[file] ?? readFileSync(path) });
}
mkdirSync(join(ROOT, 'dist'), { recursive: true });
const archive = zip(entries);
writeFileSync(ZIP, archive);
console.log(
  `dist/gov-service-widgets-wordpress.zip: ${entries.length} entries, ${(archive.length / 1024).toFixed(1)} KB`,
);
