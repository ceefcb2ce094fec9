import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import json from '@rollup/plugin-json';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import minifyLiterals from './scripts/minify-literals.mjs';

// 24 KB until format 2: its English seed texts (+1.3 KB), richer validator and details views; issue 13 cuts it.
const BUDGET_BROTLI_BYTES = 28 * 1024;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** Prints the script's size as readers download it, and fails the build over the budget. */
const sizeBudget = () => ({
  name: 'size-budget',
  generateBundle(_options, bundle) {
    for (const file of Object.values(bundle)) {
      if (file.type !== 'chunk') continue;
      const raw = Buffer.from(file.code);
      const brotli = brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
      console.log(
        `${file.fileName}: ${kb(raw.length)} raw, ${kb(gzipSync(raw, { level: 9 }).length)} gzip, ${kb(brotli)} brotli (budget ${kb(BUDGET_BROTLI_BYTES)})`,
      );
      if (brotli > BUDGET_BROTLI_BYTES)
        this.error(`${file.fileName} is ${kb(brotli)} brotli, over the ${kb(BUDGET_BROTLI_BYTES)} budget`);
    }
  },
});

const typescriptPlugin = (options = {}) =>
  typescript({ tsconfig: './tsconfig.json', noEmitOnError: true, declaration: false, ...options });

/** `npx gov-service-widgets check`: the widget's own validator, as a command (Node 20+). */
const cli = {
  input: 'src/cli/check-data.ts',
  external: [/^node:/],
  plugins: [resolve(), typescriptPlugin({ outDir: 'dist' })],
  output: { file: 'dist/cli.mjs', format: 'es', banner: '#!/usr/bin/env node' },
};

// `rollup -c --configCli` builds the checker alone, for `npm run check-data`.
export default (args) =>
  args.configCli
    ? [cli]
    : [
        {
          // The one file a webmaster pastes: works as a classic or a module script and requests nothing.
          input: 'src/index.ts',
          plugins: [
            resolve(),
            json({ preferConst: true }),
            typescriptPlugin({ outDir: 'dist' }),
            minifyLiterals(),
            terser({ ecma: 2021, compress: { passes: 3 } }),
            sizeBudget(),
          ],
          output: {
            file: 'dist/gov-service-widgets.js',
            format: 'iife',
            // Pasted twice, the second copy must not run at all: a second Lit would try to create the
            // `lit-html` Trusted Types policy again, which a strict CSP forbids. Whatever else stops it
            // (another Lit already holds that policy), the page gets one precise message, not a crash.
            intro: "if (!window.customElements || customElements.get('service-registry')) return; try {",
            outro:
              "} catch (error) { console.error('gov-service-widgets could not start: ' + error + (/lit-html/.test(error) ? \" (another copy of Lit on this page holds the 'lit-html' Trusted Types policy: add 'allow-duplicates' to the page's trusted-types directive)\" : '')); }",
          },
        },
        {
          // For npm users who bundle themselves: Lit stays a shared dependency.
          input: 'src/index.ts',
          external: [/^lit(\/|$)/, /^@lit\//],
          plugins: [resolve(), json({ preferConst: true }), typescriptPlugin({ outDir: 'dist/esm' })],
          output: { dir: 'dist/esm', format: 'es', preserveModules: true, preserveModulesRoot: 'src' },
        },
        cli,
      ];
