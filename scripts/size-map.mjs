// `npm run size-map`: where the readers' script's bytes come from, by source file, after
// minification (from a source map of the same build), with each file's share of the brotli size
// estimated by compressing its own minified code. Guides making room under the size budget.
import { rollup } from 'rollup';
import sourceMap from 'source-map';
import config from '../rollup.config.mjs';
import { brotliSize as brotli } from './size-floor.mjs';

const readers = config({})[0];
readers.plugins = readers.plugins.filter((plugin) => plugin.name !== 'size-budget');
const bundle = await rollup({ ...readers, onwarn: () => {} });
const { output } = await bundle.generate({ ...readers.output, sourcemap: true, name: 'gsw' });
const { code, map } = output[0];
const consumer = await new sourceMap.SourceMapConsumer(map);
const lines = code.split('\n');
const pieces = new Map();
const mappings = [];
consumer.eachMapping((mapping) => mappings.push(mapping));
mappings.forEach((mapping, index) => {
  const next = mappings[index + 1];
  const line = lines[mapping.generatedLine - 1];
  const end = next && next.generatedLine === mapping.generatedLine ? next.generatedColumn : line.length;
  const source = (mapping.source ?? '(unmapped)').replace(/^.*node_modules\//, '').replace(/^(\.\.\/)+/, '');
  pieces.set(source, (pieces.get(source) ?? '') + line.slice(mapping.generatedColumn, end));
});
const rows = [...pieces].map(([source, text]) => [source, text.length, brotli(text)]).sort((a, b) => b[1] - a[1]);
console.log(`${'minified'.padStart(9)} ${'brotli*'.padStart(8)}  source`);
for (const [source, raw, compressed] of rows)
  console.log(`${String(raw).padStart(9)} ${String(compressed).padStart(8)}  ${source}`);
console.log(
  `\n* each file compressed alone: the sum exceeds the whole (${brotli(code)} bytes), which shares a dictionary.` +
    '\nJSON modules (the search words) carry no source map: their bytes count with the file before them.',
);
