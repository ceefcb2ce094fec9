// Measure 1. Bundle size. What is measured: the bytes of dist/gov-service-widgets.js raw, with
// gzip -9 and with brotli q11 (what a reader downloads). The floor is what any Lit widget showing
// this data must ship: the Lit runtime (a bare LitElement bundled with the same rollup, node-resolve
// and terser settings as the real build, so only the Lit modules it actually includes; no licence
// comments) plus the bundled organisation, data/osakarovka-education.json, as minified JSON, each
// compressed alone. The search's word lists, which the script also carries, are not in the floor.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants as zlib } from 'node:zlib';
import { rollup } from 'rollup';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { OUT_DIR } from './server.mjs';

const brotli = (buffer) => brotliCompressSync(buffer, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }).length;
const gzip = (buffer) => gzipSync(buffer, { level: 9 }).length;
const sizes = (buffer) => ({ raw: buffer.length, gzip: gzip(buffer), brotli: brotli(buffer) });

async function bareLitBundle() {
  const entry = join(OUT_DIR, 'floor-entry.js'); // inside the repo, so `lit` resolves from node_modules
  await writeFile(
    entry,
    "import {LitElement, html} from 'lit';\ncustomElements.define('x-a', class extends LitElement { render() { return html`<p>x</p>`; } });\n",
  );
  const build = await rollup({
    input: entry,
    plugins: [nodeResolve(), terser({ ecma: 2021, compress: { passes: 3 }, format: { comments: false } })],
    onwarn() {},
  });
  const { output } = await build.generate({ format: 'iife' });
  await build.close();
  return Buffer.from(output[0].code);
}

export async function measureBundle(seed, bundle) {
  const widget = sizes(bundle);
  const lit = sizes(await bareLitBundle());
  const data = sizes(Buffer.from(JSON.stringify(seed)));
  const floor = { raw: lit.raw + data.raw, gzip: lit.gzip + data.gzip, brotli: lit.brotli + data.brotli };
  return { widget, lit, data, floor };
}
