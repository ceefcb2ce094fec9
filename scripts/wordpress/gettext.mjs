// Gettext files for the plugin, without a dependency: reading .po/.pot, writing them back, and
// compiling the binary .mo WordPress loads (magic 0x950412de, originals sorted) and the JSON
// (Jed 1.x) that wp.i18n reads for the block editor's script.

/** A .po/.pot's entries: `{context, id, plural, strings: [], comments: [], references: [], flags: []}`. */
export function parsePo(text) {
  const entries = [];
  let entry = newEntry();
  let field;
  const finish = () => {
    if (entry.id !== undefined) entries.push(entry);
    entry = newEntry();
    field = undefined;
  };
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) {
      finish();
      continue;
    }
    if (line.startsWith('#')) {
      if (entry.id !== undefined && field) finish();
      if (line.startsWith('#.')) entry.comments.push(line.slice(2).trim());
      else if (line.startsWith('#:')) entry.references.push(...line.slice(2).trim().split(/\s+/));
      else if (line.startsWith('#,'))
        entry.flags.push(
          ...line
            .slice(2)
            .split(',')
            .map((flag) => flag.trim()),
        );
      continue;
    }
    const keyword = /^(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)\s+(".*")$/.exec(line);
    if (keyword) {
      if (keyword[1] === 'msgctxt' && entry.id !== undefined) finish();
      if (keyword[1] === 'msgid' && entry.id !== undefined) finish();
      field = keyword[1].startsWith('msgstr') ? `msgstr${keyword[2] ?? '0'}` : keyword[1];
      set(entry, field, unquote(keyword[3]));
    } else if (line.startsWith('"') && field) {
      set(entry, field, get(entry, field) + unquote(line));
    } else {
      throw new Error(`cannot read this .po line: ${raw}`);
    }
  }
  finish();
  return entries;
}

export function newEntry() {
  return { context: undefined, id: undefined, plural: undefined, strings: [], comments: [], references: [], flags: [] };
}

function set(entry, field, value) {
  if (field === 'msgctxt') entry.context = value;
  else if (field === 'msgid') entry.id = value;
  else if (field === 'msgid_plural') entry.plural = value;
  else entry.strings[Number(field.slice(6))] = value;
}

function get(entry, field) {
  if (field === 'msgctxt') return entry.context;
  if (field === 'msgid') return entry.id;
  if (field === 'msgid_plural') return entry.plural;
  return entry.strings[Number(field.slice(6))];
}

function unquote(quoted) {
  return JSON.parse(quoted);
}

function quote(text) {
  const escaped = JSON.stringify(text).slice(1, -1);
  // Long or multi-line strings are written as gettext tools write them, one line per line.
  if (!text.includes('\n') || text.indexOf('\n') === text.length - 1) return `"${escaped}"`;
  return ['""', ...escaped.split(/(?<=\\n)/).map((part) => `"${part}"`)].join('\n');
}

/** Writes entries as a .po/.pot; the header is the entry with the empty id. */
export function writePo(entries) {
  return (
    entries
      .map((entry) => {
        const lines = [
          ...entry.comments.map((comment) => `#. ${comment}`),
          ...(entry.references.length ? [`#: ${entry.references.join(' ')}`] : []),
          ...(entry.flags.length ? [`#, ${entry.flags.join(', ')}`] : []),
        ];
        if (entry.context !== undefined) lines.push(`msgctxt ${quote(entry.context)}`);
        lines.push(`msgid ${quote(entry.id)}`);
        if (entry.plural !== undefined) {
          lines.push(`msgid_plural ${quote(entry.plural)}`);
          const strings = entry.strings.length ? entry.strings : ['', ''];
          strings.forEach((string, index) => lines.push(`msgstr[${index}] ${quote(string ?? '')}`));
        } else {
          lines.push(`msgstr ${quote(entry.strings[0] ?? '')}`);
        }
        return lines.join('\n');
      })
      .join('\n\n') + '\n'
  );
}

/** A message's identity, as gettext and wp.i18n look it up: its context, EOT, the original. */
export function messageKey(entry) {
  return entry.context === undefined ? entry.id : `${entry.context}\u0004${entry.id}`;
}

/** The .mo's key: messageKey(), and NUL and the plural where there is one. */
function key(entry) {
  return entry.plural === undefined ? messageKey(entry) : `${messageKey(entry)}\0${entry.plural}`;
}

/** What compileMo() and jedJson() ship: every form translated, not marked fuzzy. */
export function translated(entry) {
  return !entry.flags.includes('fuzzy') && entry.strings.length > 0 && entry.strings.every((string) => string);
}

/** The .mo file: header, originals table, translations table, then the strings, originals sorted by bytes. */
export function compileMo(entries) {
  const messages = entries
    .filter((entry) => entry.id === '' || translated(entry))
    .map((entry) => ({ original: Buffer.from(key(entry)), translation: Buffer.from(entry.strings.join('\0')) }))
    .sort((a, b) => Buffer.compare(a.original, b.original));
  const count = messages.length;
  const originalsAt = 28;
  const translationsAt = originalsAt + count * 8;
  let stringAt = translationsAt + count * 8;
  const header = Buffer.alloc(stringAt);
  header.writeUInt32LE(0x950412de, 0);
  header.writeUInt32LE(0, 4); // revision
  header.writeUInt32LE(count, 8);
  header.writeUInt32LE(originalsAt, 12);
  header.writeUInt32LE(translationsAt, 16);
  header.writeUInt32LE(0, 20); // no hash table
  header.writeUInt32LE(stringAt, 24);
  const strings = [];
  const table = (at, index, bytes) => {
    header.writeUInt32LE(bytes.length, at + index * 8);
    header.writeUInt32LE(stringAt, at + index * 8 + 4);
    strings.push(bytes, Buffer.alloc(1));
    stringAt += bytes.length + 1;
  };
  messages.forEach((message, index) => table(originalsAt, index, message.original));
  messages.forEach((message, index) => table(translationsAt, index, message.translation));
  return Buffer.concat([header, ...strings]);
}

/** The translations of the messages `referenced` keeps, in the JSON wp_set_script_translations() loads. */
export function jedJson(entries, language, referenced) {
  const header = entries.find((entry) => entry.id === '');
  const pluralForms = /Plural-Forms:\s*([^\n]*)/.exec(header?.strings[0] ?? '')?.[1] ?? 'nplurals=2; plural=(n != 1);';
  const messages = { '': { domain: 'messages', lang: language, plural_forms: pluralForms } };
  for (const entry of entries) {
    if (entry.id && translated(entry) && entry.references.some(referenced)) {
      messages[messageKey(entry)] = entry.strings;
    }
  }
  return JSON.stringify({ domain: 'messages', locale_data: { messages } });
}
