// What `npm pack` puts in the tarball: what users need (package.json names it all) and nothing else.
// Run after `npm run build`: node --test test/package/
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const packed = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }),
)[0];
const files = packed.files.map((file) => file.path).sort();

const under = (dir, suffix) =>
  readdirSync(dir, { recursive: true })
    .filter((name) => name.endsWith(suffix))
    .map((name) => `${dir}/${name}`);

test('the tarball holds the script, the ES modules with types, the data format, the manifest and the checker', () => {
  const expected = [
    'CHANGELOG.md',
    'LICENSE',
    'README.md',
    'package.json',
    'custom-elements.json',
    'data/provider.schema.json',
    'data/osakarovka-education.json',
    'data/templates/district-department.json',
    'data/templates/school.json',
    'dist/cdn.json',
    'dist/cli.mjs',
    'dist/gov-service-widgets.js',
    'dist/vscode.html-custom-data.json',
    'dist/web-types.json',
    ...under('dist/esm', '.js'),
    ...under('dist/types', '.d.ts'),
  ].sort();
  assert.deepEqual(files, expected);
});

test('every file package.json points to is in the tarball', () => {
  const exportTargets = (value) =>
    typeof value === 'string' ? [value] : Object.values(value).flatMap((item) => exportTargets(item));
  const named = [
    pkg.main,
    pkg.module,
    pkg.types,
    pkg.customElements,
    pkg.unpkg,
    pkg.jsdelivr,
    pkg['web-types'],
    ...Object.values(pkg.bin),
    ...exportTargets(pkg.exports).filter((target) => !target.includes('*')),
  ].map((path) => path.replace(/^\.\//, ''));
  for (const path of named) assert.ok(files.includes(path), `${path} is named in package.json but not packed`);
  assert.ok(
    files.some((path) => path.startsWith('data/')),
    'exports ./data/* has files behind it',
  );
});

test('nothing only this repository needs: no builder, fixtures, translations, source maps or zips', () => {
  const unwanted = files.filter((path) =>
    /^(src|test|xliff|scripts|demo|docs|\.ci)\/|builder|\.map$|\.zip$|\.xlf$|fixtures/.test(path),
  );
  assert.deepEqual(unwanted, []);
  assert.ok(pkg.files.includes('!dist/gov-service-widgets-wordpress.zip'), 'the WordPress zip is excluded by name');
  assert.equal(pkg.private, undefined, 'publishable');
  assert.match(pkg.version, /^\d+\.\d+\.\d+(-[\w.]+)?$/, 'a semver version');
});
