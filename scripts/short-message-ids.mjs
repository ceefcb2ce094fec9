/**
 * Rollup plugin: gives every translated msg() a number as its id, and drops every `desc`.
 *
 * @lit/localize keys translations by a 17-character hash of the English text, computed in the
 * reader's browser at the first render of each message. Hashes do not compress: in the readers'
 * script they took about 1 KB of brotli, and `desc` (a note for translators) another 250 bytes.
 * Here each call gets `{id}` written in, numbered in the order of the hashes lit-localize
 * generated, and the generated locale modules get the same numbers, so nothing is hashed at run
 * time either. A message without a translation keeps its hash and shows its English text, as before.
 * Numbers rather than base-36 letters: `{id:95}` and `95:` need no quotes (50 bytes of brotli).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { generateMsgId } from '@lit/localize/internal/id-generation.js';

const GENERATED = ['src/generated/locales', 'src/generated/builder-locales'];
const HASH_KEY = /'([sh][0-9a-f]{16})':/g;

export default function shortMessageIds() {
  const hashes = new Set();
  for (const dir of GENERATED) {
    for (const file of readdirSync(dir)) {
      for (const [, hash] of readFileSync(`${dir}/${file}`, 'utf8').matchAll(HASH_KEY)) hashes.add(hash);
    }
  }
  const short = new Map([...hashes].sort().map((hash, index) => [hash, String(index)]));

  return {
    name: 'short-message-ids',
    // Every translated message now has its id; one without a translation needs no hash either:
    // with no id its English text shows, as @lit/localize does for a hash it cannot find. So its
    // lookup, which our msg() calls (src/i18n/localization.ts), goes by id alone (MSG_BY_ID),
    // without its cache of hashes.
    resolveId(source, importer) {
      if (source.endsWith('/id-generation.js') && importer?.includes('@lit/localize')) return '\0no-message-hash';
      if (source.endsWith('/runtime-msg.js') && `${source} ${importer}`.includes('@lit/localize')) return '\0msg-by-id';
      return null;
    },
    load(id) {
      if (id === '\0msg-by-id') return MSG_BY_ID;
      return id === '\0no-message-hash' ? 'export const generateMsgId = () => "";' : null;
    },
    transform(code, id) {
      if (!id.includes('/src/')) return null;
      const edits = [];
      if (id.includes('/src/generated/')) {
        for (const match of code.matchAll(HASH_KEY)) {
          const start = match.index + 1;
          edits.push([start, start + 17, short.get(match[1])]);
        }
      } else {
        const visit = (node) => {
          if (!node || typeof node.type !== 'string') return;
          if (node.type === 'CallExpression' && node.callee.name === 'msg')
            edits.push(...callEdits(code, node, short, (message) => this.error(message)));
          for (const value of Object.values(node)) {
            for (const child of Array.isArray(value) ? value : [value])
              if (child && typeof child === 'object') visit(child);
          }
        };
        visit(this.parse(code));
      }
      if (!edits.length) return null;
      let result = code;
      for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0]))
        result = result.slice(0, start) + text + result.slice(end);
      return { code: result, map: null };
    },
  };
}

/**
 * The edits that give one msg(template, options?) call its short id, and drop its `desc`: a
 * message with its own id keeps it; one without a translation keeps no id (its hash finds nothing).
 */
function callEdits(code, call, short, error) {
  const [template, options] = call.arguments;
  const properties = options?.properties ?? [];
  if (options && (options.type !== 'ObjectExpression' || properties.some((p) => !['desc', 'id'].includes(p.key?.name))))
    error(`msg() options other than desc and id, at ${code.slice(call.start, call.end)}`);
  const own = properties.find((p) => p.key.name === 'id');
  const hash = messageHash(template);
  const id = own ? code.slice(own.value.start, own.value.end) : short.has(hash) ? short.get(hash) : '';
  if (id) return [[template.end, options?.end ?? template.end, `,{id:${id}}`]];
  return options ? [[template.end, options.end, '']] : [];
}

/** The hash lit-localize gives a message: of its text, or of a str`` or html`` template's strings. */
function messageHash(template) {
  if (template.type === 'Literal' && typeof template.value === 'string') return generateMsgId(template.value, false);
  if (template.type === 'TemplateLiteral' && !template.expressions.length)
    return generateMsgId(template.quasis[0].value.cooked, false);
  if (template.type === 'TaggedTemplateExpression' && ['str', 'html'].includes(template.tag.name)) {
    const strings = template.quasi.quasis.map((quasi) => quasi.value.cooked);
    return generateMsgId(strings, template.tag.name === 'html');
  }
  return undefined;
}

/** @lit/localize's `runtimeMsg` (internal/runtime-msg.js, 0.12), less the hashing: 55 bytes of brotli. */
const MSG_BY_ID = `
import { defaultMsg } from '@lit/localize/internal/default-msg.js';
import { joinStringsAndValues } from '@lit/localize/internal/str-tag.js';
export function runtimeMsg(templates, template, options) {
  const localized = templates?.[options?.id];
  if (!localized) return defaultMsg(template);
  if (typeof localized === 'string') return localized;
  if ('strTag' in localized) return joinStringsAndValues(localized.strings, template.values, localized.values);
  return { ...localized, values: localized.values.map((i) => template.values[i]) };
}
`;
