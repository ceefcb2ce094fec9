// The true floor of the readers' script's size: what any Lit widget showing this organisation must
// ship. That is the Lit runtime (a bare LitElement bundled with node-resolve and the same terser
// settings as the real build, so only the Lit modules it includes, without licence comments) plus
// the bundled organisation as minified JSON, each compressed alone. The build's size budget is a
// ratio to it (rollup.config.mjs) and the bench reports against it (scripts/bench/measure-bundle.mjs).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync, brotliCompressSync, constants as zlib } from 'node:zlib';
import { rollup } from 'rollup';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

/** Bytes a reader downloads of a text served with brotli at its highest quality (11). */
export const brotliSize = (text) =>
  brotliCompressSync(Buffer.from(text), { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** A text's bytes raw, with gzip -9 and with brotli q11. */
export const sizes = (text) => {
  const raw = Buffer.from(text);
  return { raw: raw.length, gzip: gzipSync(raw, { level: 9 }).length, brotli: brotliSize(raw) };
};

// Named as a file in the repository, so that `lit` resolves from its node_modules; never written.
const ENTRY = resolve('size-floor-entry.js');
const ENTRY_CODE =
  "import {LitElement, html} from 'lit';\ncustomElements.define('x-a', class extends LitElement { render() { return html`<p>x</p>`; } });\n";

/** The bare Lit runtime, minified as the build minifies ours. */
export async function bareLitBundle() {
  const build = await rollup({
    input: ENTRY,
    plugins: [
      {
        name: 'size-floor-entry',
        resolveId: (id) => (id === ENTRY ? ENTRY : null),
        load: (id) => (id === ENTRY ? ENTRY_CODE : null),
      },
      nodeResolve(),
      terser({ ecma: 2021, compress: { passes: 3 }, format: { comments: false } }),
    ],
    onwarn() {},
  });
  const { output } = await build.generate({ format: 'iife' });
  await build.close();
  return Buffer.from(output[0].code);
}

/** Lit, the organisation's data, and their sum: raw, gzip and brotli bytes. */
export async function sizeFloor(data) {
  const lit = sizes(await bareLitBundle());
  const json = sizes(Buffer.from(JSON.stringify(data)));
  const floor = { raw: lit.raw + json.raw, gzip: lit.gzip + json.gzip, brotli: lit.brotli + json.brotli };
  return { lit, data: json, floor };
}

/** sizeFloor() of a data file. */
export const sizeFloorOfFile = (file) => sizeFloor(JSON.parse(readFileSync(file, 'utf8')));
