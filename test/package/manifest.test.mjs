// custom-elements.json: the same bytes from run to run, the committed file up to date, and only the
// public API of the three elements (what users can set, read, listen to and style), pointing at
// the modules the package ships.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { cli } from '@custom-elements-manifest/analyzer/cli.js';

const analyze = async () =>
  `${JSON.stringify(await cli({ argv: ['analyze', '--quiet'], cwd: process.cwd(), noWrite: true }), null, 2)}\n`;
const committed = readFileSync('custom-elements.json', 'utf8');
const manifest = JSON.parse(committed);
const elements = manifest.modules.flatMap((module) => module.declarations.filter((d) => d.customElement));
const element = (tag) => elements.find((d) => d.tagName === tag);
const names = (list) => (list ?? []).map((item) => item.name);

test('two runs of the analyzer give the same bytes, and they are the committed file (else: npm run manifest)', async () => {
  const first = await analyze();
  assert.equal(await analyze(), first);
  assert.equal(committed, first);
});

test('it lists the three elements and their public attributes, properties and events', () => {
  assert.deepEqual(elements.map((d) => d.tagName).sort(), ['appeal-procedure', 'contact-card', 'service-registry']);
  const shared = ['heading', 'heading-hidden', 'heading-level', 'lang', 'show-organization', 'src'];
  assert.deepEqual(names(element('service-registry').attributes), ['codes', ...shared].sort());
  assert.deepEqual(names(element('contact-card').attributes), ['contact', ...shared, 'service'].sort());
  assert.deepEqual(names(element('appeal-procedure').attributes), shared);
  assert.deepEqual(names(element('service-registry').events), ['data-failed', 'data-loaded', 'service-selected']);
  assert.ok(names(element('contact-card').members).includes('data'), 'the data property, which has no attribute');
  for (const d of elements) {
    assert.ok(names(d.cssParts).includes('heading') && names(d.cssProperties).includes('--gsw-accent'), d.tagName);
  }
});

test('nothing internal: no private, protected or state member, helper module or base class', () => {
  const state = new Set();
  for (const file of readdirSync('src/elements', { recursive: true }).filter((name) => name.endsWith('.ts'))) {
    for (const [, name] of readFileSync(`src/elements/${file}`, 'utf8').matchAll(/(\w+): \{state: true\}/g))
      state.add(name);
  }
  assert.ok(state.has('query') && state.has('notice'), 'the state properties are found in the source');
  for (const d of elements) {
    for (const member of d.members) {
      assert.ok(!member.privacy || member.privacy === 'public', `${d.tagName}: ${member.privacy} ${member.name}`);
      assert.ok(!state.has(member.name) && !member.name.startsWith('#'), `${d.tagName}: internal ${member.name}`);
    }
  }
  assert.doesNotMatch(committed, /"inheritedFrom"|WidgetElement|"privacy": "(private|protected)"/);
  assert.equal(manifest.modules.flatMap((module) => module.declarations).length, 3, 'no helper declarations');
  for (const module of manifest.modules) assert.ok(existsSync(module.path), `${module.path} is a packed module`);
  const definitions = manifest.modules.flatMap((m) => m.exports.filter((e) => e.kind === 'custom-element-definition'));
  assert.deepEqual(names(definitions), ['appeal-procedure', 'contact-card', 'service-registry']);
});
