// The plugin's translatable strings, read from its PHP, its editor script and its block.json files,
// as the .pot translators start from. `node scripts/wordpress/pot.mjs` rewrites the .pot and
// brings each .po up to date (new strings empty, gone ones dropped); the build fails while a .po
// lacks a translation (scripts/wordpress-zip.mjs).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { messageKey, newEntry, parsePo, writePo } from './gettext.mjs';

export const PLUGIN_DIR = fileURLToPath(new URL('../../wordpress/gov-service-widgets/', import.meta.url));
export const DOMAIN = 'gov-service-widgets';

const SINGLE_QUOTED = String.raw`'((?:[^'\\]|\\.)*)'`;
const CALL = new RegExp(
  String.raw`\b(__|_e|esc_html__|esc_html_e|esc_attr__|esc_attr_e|_x|_n)\(\s*${SINGLE_QUOTED}(?:\s*,\s*${SINGLE_QUOTED})?`,
  'g',
);
const TRANSLATORS = /\/\*\s*translators:\s*([\s\S]*?)\*\//g;

// assets/ holds our built, minified scripts, whose short names (`_e(`) look like WordPress's.
const BUILT = join(PLUGIN_DIR, 'assets');

function files(dir, ending) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((file) => file.isFile() && file.name.endsWith(ending))
    .filter((file) => !join(file.parentPath ?? file.path).startsWith(BUILT))
    .map((file) => join(file.parentPath ?? file.path, file.name))
    .sort();
}

const unescape = (text) => text.replace(/\\(['\\])/g, '$1');

/** Every message, in the order first met, with where it is used and its translators' comment. */
export function extract() {
  const messages = new Map();
  const add = ({ id, context, plural, reference, comment }) => {
    const entry = messages.get(messageKey({ id, context })) ?? { ...newEntry(), id, context, plural };
    if (!entry.references.includes(reference)) entry.references.push(reference);
    if (comment && !entry.comments.includes(comment)) entry.comments.push(comment);
    if (/%(\d\$)?[sd]/.test(id)) entry.flags = ['php-format'];
    messages.set(messageKey(entry), entry);
  };
  const header = readFileSync(join(PLUGIN_DIR, 'gov-service-widgets.php'), 'utf8');
  for (const field of ['Plugin Name', 'Description']) {
    const id = new RegExp(String.raw`^\s*\*\s*${field}:\s*(.+)$`, 'm').exec(header)[1].trim();
    add({ id, reference: 'gov-service-widgets.php', comment: `${field} of the plugin` });
  }
  for (const file of [...files(PLUGIN_DIR, '.php'), ...files(PLUGIN_DIR, '.js')]) {
    const source = readFileSync(file, 'utf8');
    const reference = relative(PLUGIN_DIR, file);
    const comments = [...source.matchAll(TRANSLATORS)].map((match) => ({ at: match.index, text: match[1].trim() }));
    for (const match of source.matchAll(CALL)) {
      const [, fn, first, second] = match;
      // A translators' comment belongs to the call that follows it closely.
      const comment = comments.find(
        (c) => c.at < match.index && match.index - c.at < 300 && !source.slice(c.at, match.index).includes(';'),
      )?.text;
      if (fn === '_n') add({ id: unescape(first), plural: unescape(second), reference, comment });
      else if (fn === '_x') add({ id: unescape(first), context: unescape(second), reference, comment });
      else add({ id: unescape(first), reference, comment });
    }
  }
  for (const file of files(join(PLUGIN_DIR, 'blocks'), 'block.json')) {
    const block = JSON.parse(readFileSync(file, 'utf8'));
    const reference = relative(PLUGIN_DIR, file);
    add({ id: block.title, context: 'block title', reference });
    add({ id: block.description, context: 'block description', reference });
    for (const keyword of block.keywords ?? []) add({ id: keyword, context: 'block keyword', reference });
  }
  return [...messages.values()];
}

const POT_HEADER = [
  'Project-Id-Version: Gov Service Widgets',
  'MIME-Version: 1.0',
  'Content-Type: text/plain; charset=UTF-8',
  'Content-Transfer-Encoding: 8bit',
  'X-Domain: gov-service-widgets',
  '',
].join('\n');

export function potText(messages = extract()) {
  return writePo([{ ...newEntry(), id: '', strings: [POT_HEADER] }, ...messages]);
}

/** A .po with the .pot's messages: translations kept where the message is unchanged. */
export function updatedPo(poText, messages = extract()) {
  const old = parsePo(poText);
  const known = new Map(old.map((entry) => [messageKey(entry), entry]));
  const header = old.find((entry) => entry.id === '');
  return writePo([
    header,
    ...messages.map((message) => ({
      ...message,
      strings: known.get(messageKey(message))?.strings ?? [],
    })),
  ]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const messages = extract();
  const languages = join(PLUGIN_DIR, 'languages');
  writeFileSync(join(languages, `${DOMAIN}.pot`), potText(messages));
  for (const file of files(languages, '.po')) writeFileSync(file, updatedPo(readFileSync(file, 'utf8'), messages));
  console.log(`${messages.length} messages in languages/${DOMAIN}.pot`);
}
