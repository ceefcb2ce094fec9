// custom-elements.json is generated from the class doc comments: `npm run manifest`. It is what a
// user of the package can touch, and the same bytes on every run (the analyzer lists files in the
// order the file system yields them), since it is committed and packed.
const ELEMENTS_ENTRY = 'dist/esm/index.js';

// The packed module a source file becomes (dist/esm keeps src/'s layout), which is what users import.
const packedPath = (path) => path.replace(/^\/?src\/(.*)\.(ts|js)$/, 'dist/esm/$1.js');
const byName = (a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
const isPublic = (member) => !member.privacy || member.privacy === 'public';

/** One element's public API, each list in name order; the members it inherits from our internal base class too. */
function publicElement(declaration) {
  const members = (declaration.members ?? []).filter((m) => isPublic(m) && !m.name.startsWith('#'));
  const fields = new Set(members.map((m) => m.name));
  // `static properties` lists internal state too ({state: true}, private): not an attribute.
  const attributes = (declaration.attributes ?? []).filter((a) => !a.fieldName || fields.has(a.fieldName));
  for (const item of [...members, ...attributes, ...(declaration.events ?? [])]) delete item.inheritedFrom;
  const sorted = (list) => (list?.length ? [...list].sort(byName) : undefined);
  return {
    ...declaration,
    members: sorted(members),
    attributes: sorted(attributes),
    events: sorted(declaration.events),
    slots: sorted(declaration.slots),
    cssParts: sorted(declaration.cssParts),
    cssProperties: sorted(declaration.cssProperties),
    // Our base class (src/elements/shared/) is internal: the public ancestor is Lit's.
    superclass: { name: 'LitElement', package: 'lit' },
  };
}

export default {
  globs: ['src/elements/**/*.ts'],
  exclude: ['src/elements/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false, // package.json names the manifest already
  plugins: [
    {
      name: 'public-api-in-a-stable-order',
      packageLinkPhase({ customElementsManifest }) {
        const elements = [];
        const modules = [];
        for (const module of customElementsManifest.modules) {
          const exported = new Set((module.exports ?? []).map((e) => e.declaration?.name ?? e.name));
          const declarations = (module.declarations ?? [])
            .filter((d) => d.customElement && d.tagName && exported.has(d.name))
            .map(publicElement);
          if (!declarations.length) continue;
          const path = packedPath(module.path);
          modules.push({
            kind: 'javascript-module',
            path,
            declarations,
            exports: declarations.map(({ name }) => ({ kind: 'js', name, declaration: { name, module: path } })),
          });
          elements.push(...declarations.map(({ name, tagName }) => ({ name, tagName, module: path })));
        }
        elements.sort((a, b) => (a.tagName < b.tagName ? -1 : 1));
        // The package's entry defines the three tags (guarded, in a loop the analyzer cannot read).
        modules.push({
          kind: 'javascript-module',
          path: ELEMENTS_ENTRY,
          declarations: [],
          exports: [
            ...elements.map(({ name, module }) => ({ kind: 'js', name, declaration: { name, module } })),
            ...elements.map(({ name, tagName, module }) => ({
              kind: 'custom-element-definition',
              name: tagName,
              declaration: { name, module },
            })),
          ],
        });
        customElementsManifest.modules = modules.sort((a, b) => (a.path < b.path ? -1 : 1));
      },
    },
  ],
};
