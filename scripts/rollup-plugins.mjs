// The build's own rollup plugins, so that rollup.config.mjs reads as the list of what is built.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import ts from 'typescript';
import { brotliSize, sizeFloorOfFile, sizes } from './size-floor.mjs';

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * Prints the script's size as readers download it, and fails the build when it is over budget:
 * - `floorRatio` (the readers' script): its brotli bytes over the true floor's, Lit and the
 *   organisation's data (scripts/size-floor.mjs, recomputed at each build from `floorData`), so
 *   adding data does not fail the build and adding code does;
 * - `codeBytes` (the builder): its brotli bytes less the data it carries (`dataFiles`, as
 *   minified JSON).
 */
export const sizeBudget = ({ codeBytes, dataFiles = [], floorRatio, floorData }) => ({
  name: 'size-budget',
  async generateBundle(_options, bundle) {
    const data = dataFiles.reduce(
      (sum, file) => sum + brotliSize(JSON.stringify(JSON.parse(readFileSync(file, 'utf8')))),
      0,
    );
    const floor = floorData ? (await sizeFloorOfFile(floorData)).floor.brotli : 0;
    for (const file of Object.values(bundle)) {
      if (file.type !== 'chunk') continue;
      const { raw, gzip, brotli } = sizes(file.code);
      const budget = floor
        ? `${(brotli / floor).toFixed(2)}× the floor of ${kb(floor)} (Lit and the data; budget ${floorRatio}×)`
        : `code budget ${kb(codeBytes)}`;
      console.log(
        `${file.fileName}: ${kb(raw)} raw, ${kb(gzip)} gzip, ${kb(brotli)} brotli` +
          ` = data ${kb(data)} + code ${kb(brotli - data)}; ${budget}`,
      );
      if (floor && brotli > floor * floorRatio)
        this.error(
          `${file.fileName}: ${kb(brotli)} brotli is ${(brotli / floor).toFixed(2)}× its floor, over the budget of ${floorRatio}×`,
        );
      if (!floor && brotli - data > codeBytes)
        this.error(`${file.fileName}: its code is ${kb(brotli - data)} brotli, over the ${kb(codeBytes)} budget`);
    }
  },
});

/** The readers' script leaves out the data warnings, which only webmasters read (src/data/build-flags.ts). */
export const withoutWarnings = () => ({
  name: 'without-warnings',
  transform(code, id) {
    return id.endsWith('/src/data/build-flags.ts')
      ? code.replace(/WITH_WARNINGS(: boolean)? = true/, 'WITH_WARNINGS = false')
      : null;
  },
});

/**
 * `input: name` runs `entry` and exports nothing. A classic script has no importer: what the
 * ES module entry exports (the classes, the validator) would be written into an object no one
 * can reach, and kept alive by it.
 */
export const entryWithoutExports = (name, entry) => ({
  name: 'entry-without-exports',
  resolveId: (source) => (source === name ? `\0${name}` : null),
  load: (id) => (id === `\0${name}` ? `import ${JSON.stringify(resolve(entry))};` : null),
});

/** What stands just before the bundled organisation's data at the end of the readers' script. */
export const DATA_MARKER = '/*gsw:data*/';

/**
 * The bundled organisation's data becomes the argument of a function around the whole script:
 * `(function (gswBundledData) {…})(/*gsw:data*\/{…});`. The data builder then makes an
 * organisation's own script by replacing what follows the marker, and nothing else.
 */
export const bundledDataArgument = (dataFile) => ({
  name: 'bundled-data-argument',
  resolveId: (source) => (source.endsWith(`/${dataFile}`) ? '\0gsw-bundled-data' : null),
  load: (id) => (id === '\0gsw-bundled-data' ? 'export default gswBundledData;' : null),
  generateBundle(_options, bundle) {
    const data = literal(JSON.parse(readFileSync(dataFile, 'utf8')));
    for (const file of Object.values(bundle)) {
      if (file.type === 'chunk') file.code = `(function(gswBundledData){${file.code}})(${DATA_MARKER}${data});\n`;
    }
  },
});

/** JSON as a JavaScript literal with bare keys, as the JSON plugin would emit it: fewer bytes. */
const literal = (value) =>
  Array.isArray(value)
    ? `[${value.map(literal).join(',')}]`
    : value && typeof value === 'object'
      ? `{${Object.entries(value)
          .map(([key, item]) => `${/^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key)}:${literal(item)}`)
          .join(',')}}`
      : JSON.stringify(value);

/** `import readersScript from 'virtual:readers-script'`: the built script, as text. */
export const readersScript = (file) => ({
  name: 'readers-script',
  resolveId: (source) => (source === 'virtual:readers-script' ? '\0readers-script' : null),
  load(id) {
    if (id !== '\0readers-script') return null;
    this.addWatchFile(file);
    return `export default ${JSON.stringify(readFileSync(file, 'utf8'))};`;
  },
});

/**
 * The bundled organisation as `null`: elements defined by a script without it show an organisation
 * only when given one (a CMS's admin page must never show ours in place of the site's own).
 */
export const withoutBundledData = (dataFile) => ({
  name: 'without-bundled-data',
  resolveId: (source) => (source.endsWith(`/${dataFile}`) ? '\0gsw-no-bundled-data' : null),
  load: (id) => (id === '\0gsw-no-bundled-data' ? 'export default null;' : null),
});

/** `virtual:readers-script` as an empty text: a builder without the readers' script to hand over. */
export const noReadersScript = () => ({
  name: 'no-readers-script',
  resolveId: (source) => (source === 'virtual:readers-script' ? '\0readers-script' : null),
  load: (id) => (id === '\0readers-script' ? 'export default "";' : null),
});

/** Puts the bundle inside an HTML page (`template` has `<!-- script -->`): one file, nothing requested. */
export const inlineIntoHtml = (template, fileName) => ({
  name: 'inline-into-html',
  generateBundle(_options, bundle) {
    for (const [name, file] of Object.entries(bundle)) {
      if (file.type !== 'chunk') continue;
      // `</script` inside the code would end the element early, and `<!--` confuse the parser;
      // `<\/script` and `<\!--` are the same strings to JavaScript.
      const code = file.code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
      const html = readFileSync(template, 'utf8').replace('<!-- script -->', () => `<script>${code}</script>`);
      delete bundle[name];
      this.emitFile({ type: 'asset', fileName, source: html });
    }
  },
});

/**
 * The members our classes declare `private`, as a pattern of names terser may shorten (its
 * `mangle.properties`): the compiler has checked that only their class reads them. Left alone, to
 * be safe, is any name that is also declared without `private` (a public or protected member, a
 * field of the data's types, a key of an object literal such as Lit's `static properties`) or
 * that appears in a string (`changed.has('query')`); terser itself keeps DOM and built-in names.
 */
export function privateMemberNames(dir) {
  const declared = new Set();
  const elsewhere = new Set();
  for (const file of readdirSync(dir, { recursive: true })) {
    if (!file.endsWith('.ts')) continue;
    const source = ts.createSourceFile(file, readFileSync(`${dir}/${file}`, 'utf8'), ts.ScriptTarget.Latest);
    const visit = (node) => {
      if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node))
        for (const word of node.text.match(/[$\w]+/g) ?? []) elsewhere.add(word);
      if (
        node.name &&
        ts.isIdentifier(node.name) &&
        (ts.isClassElement(node) || ts.isObjectLiteralElement(node) || ts.isTypeElement(node))
      ) {
        const isPrivate = ts.isClassElement(node) && ts.getCombinedModifierFlags(node) & ts.ModifierFlags.Private;
        (isPrivate ? declared : elsewhere).add(node.name.text);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  const names = [...declared].filter((name) => !elsewhere.has(name)).sort();
  return new RegExp(`^(${names.join('|')})$`);
}

/** Where a CDN serves a file of a published version of the package. */
export const cdnUrl = (name, version, file) => `https://cdn.jsdelivr.net/npm/${name}@${version}/${file}`;

/**
 * After the script is written: its Subresource Integrity hash (sha384, as browsers check it) and
 * the CDN snippet pinned to this version, printed and written to `dist/cdn.json` for the README
 * (`npm run readme:cdn`) and its test. The browser refuses a CDN's file whose bytes differ.
 */
export const cdnSnippet = ({ name, version, jsonFile }) => ({
  name: 'cdn-snippet',
  writeBundle(options) {
    const file = relative('.', options.file);
    const integrity = `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;
    const url = cdnUrl(name, version, file);
    const snippet = `<script src="${url}" integrity="${integrity}" crossorigin="anonymous"></script>`;
    writeFileSync(jsonFile, `${JSON.stringify({ version, file, url, integrity, snippet }, null, 2)}\n`);
    console.log(`${file}: ${integrity}\n${snippet}`);
  },
});
