// custom-elements.json is generated from the class doc comments: `npm run manifest`.
export default {
  globs: ['src/elements/**/*.ts'],
  exclude: ['src/elements/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      // `static properties` lists internal state too ({state: true}); it is not an attribute.
      name: 'drop-internal-state',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            const internal = new Set(
              (declaration.members ?? [])
                .filter((m) => m.privacy === 'private' || m.privacy === 'protected')
                .map((m) => m.name),
            );
            if (declaration.attributes)
              declaration.attributes = declaration.attributes.filter((a) => !internal.has(a.fieldName ?? a.name));
          }
        }
      },
    },
  ],
};
