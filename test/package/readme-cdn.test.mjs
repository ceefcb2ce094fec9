// The README's CDN snippet names this version and the integrity hash of the script this build made:
// a stale hash would make every browser refuse the script. `npm run readme:cdn` mends it.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { README_SNIPPET } from '../../scripts/readme-cdn.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const cdn = JSON.parse(readFileSync('dist/cdn.json', 'utf8'));

test("dist/cdn.json holds the built script's sha384 and this version's URL", () => {
  const hash = createHash('sha384').update(readFileSync('dist/gov-service-widgets.js')).digest('base64');
  assert.equal(cdn.integrity, `sha384-${hash}`);
  assert.equal(cdn.version, pkg.version);
  assert.equal(cdn.url, `https://cdn.jsdelivr.net/npm/${pkg.name}@${pkg.version}/${pkg.jsdelivr}`);
  assert.equal(cdn.snippet, `<script src="${cdn.url}" integrity="${cdn.integrity}" crossorigin="anonymous"></script>`);
});

test("every CDN snippet in README.md is the build's (else: npm run readme:cdn)", () => {
  const found = readFileSync('README.md', 'utf8').match(README_SNIPPET) ?? [];
  assert.ok(found.length > 0, 'README.md shows a CDN snippet');
  for (const snippet of found) assert.equal(snippet, cdn.snippet, 'run npm run readme:cdn');
});
