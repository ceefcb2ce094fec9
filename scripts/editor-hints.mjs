// Editor hints from custom-elements.json, at every build (`npm run manifest`): completion and
// documentation of our three tags, their attributes and values, for VS Code
// (dist/vscode.html-custom-data.json, the html.customData format) and JetBrains IDEs
// (dist/web-types.json, which they find through package.json's "web-types").
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const VSCODE_FILE = 'dist/vscode.html-custom-data.json';
export const WEB_TYPES_FILE = 'dist/web-types.json';

// `headingLevel` is a number property, so the manifest cannot say which numbers a heading has.
const VALUES_OF = { 'heading-level': ['1', '2', '3', '4', '5', '6'] };

/** The values an attribute takes, when they are few: from a union of literals (`'kk' | 'ru'`), or VALUES_OF. */
function valuesOf(attribute) {
  if (VALUES_OF[attribute.name]) return VALUES_OF[attribute.name];
  const literals = (attribute.type?.text ?? '').split('|').map((part) => part.trim().match(/^'([^']*)'$|^(\d+)$/));
  return literals.length > 1 && literals.every(Boolean) ? literals.map((m) => m[1] ?? m[2]) : undefined;
}
const isBoolean = (attribute) => attribute.type?.text === 'boolean';

/** The three elements, as the manifest describes them, in tag order. */
const elementsOf = (manifest) =>
  manifest.modules
    .flatMap((module) => module.declarations.filter((d) => d.customElement && d.tagName))
    .sort((a, b) => (a.tagName < b.tagName ? -1 : 1));

/** One element's documentation in Markdown: what it is, then its events, parts and custom properties. */
function elementDoc(element) {
  const list = (title, items, label = (item) => `\`${item.name}\``) =>
    items?.length ? `\n\n**${title}**\n${items.map((item) => `\n- ${label(item)}: ${item.description}`).join('')}` : '';
  return (
    `${element.summary}\n\n${element.description}` +
    list('Events', element.events) +
    list('CSS parts', element.cssParts, (part) => `\`::part(${part.name})\``) +
    list('CSS custom properties', element.cssProperties)
  );
}

export function vscodeCustomData(manifest) {
  return {
    version: 1.1,
    tags: elementsOf(manifest).map((element) => ({
      name: element.tagName,
      description: { kind: 'markdown', value: elementDoc(element) },
      attributes: element.attributes.map((attribute) => {
        const values = valuesOf(attribute);
        return {
          name: attribute.name,
          description: attribute.description,
          ...(values ? { values: values.map((name) => ({ name })) } : {}),
          ...(isBoolean(attribute) ? { valueSet: 'v' } : {}),
        };
      }),
    })),
  };
}

export function webTypes(manifest, pkg) {
  return {
    $schema: 'https://raw.githubusercontent.com/JetBrains/web-types/master/schema/web-types.json',
    name: pkg.name,
    version: pkg.version,
    'description-markup': 'markdown',
    'js-types-syntax': 'typescript',
    contributions: {
      html: {
        elements: elementsOf(manifest).map((element) => {
          const events = (element.events ?? []).map(({ name, description, type }) => ({
            name,
            description,
            type: type?.text,
          }));
          return {
            name: element.tagName,
            description: elementDoc(element),
            source: { module: pkg.name, symbol: element.name },
            attributes: element.attributes.map((attribute) => {
              const values = valuesOf(attribute);
              const type = values
                ? values.map((value) => `'${value}'`).join(' | ')
                : (attribute.type?.text ?? 'string');
              return {
                name: attribute.name,
                description: attribute.description,
                value: {
                  type: type.replace(/ \| undefined$/, ''),
                  ...(attribute.default ? { default: attribute.default } : {}),
                },
              };
            }),
            events,
            js: {
              properties: element.members
                .filter((member) => member.kind === 'field')
                .map(({ name, description, type }) => ({ name, description, type: type?.text })),
              events,
            },
            css: {
              parts: (element.cssParts ?? []).map(({ name, description }) => ({ name, description })),
              properties: (element.cssProperties ?? []).map(({ name, description }) => ({ name, description })),
            },
          };
        }),
      },
    },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.chdir(fileURLToPath(new URL('..', import.meta.url)));
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  const json = (value) => `${JSON.stringify(value, null, 2)}\n`;
  writeFileSync(VSCODE_FILE, json(vscodeCustomData(manifest)));
  writeFileSync(WEB_TYPES_FILE, json(webTypes(manifest, pkg)));
}
