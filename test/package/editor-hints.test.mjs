// The editor hints the build makes from custom-elements.json: VS Code's html.customData and
// JetBrains' web-types name our three tags with their attributes, values and events.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { VSCODE_FILE, WEB_TYPES_FILE, vscodeCustomData, webTypes } from '../../scripts/editor-hints.mjs';

const read = (file) => JSON.parse(readFileSync(file, 'utf8'));
const pkg = read('package.json');
const manifest = read('custom-elements.json');
const vscode = read(VSCODE_FILE);
const jetbrains = read(WEB_TYPES_FILE);
const TAGS = ['appeal-procedure', 'contact-card', 'service-registry'];
const byName = (list, name) => list.find((item) => item.name === name);

test('both files are what the manifest gives, and package.json names the web-types', () => {
  const asJson = (value) => JSON.parse(JSON.stringify(value));
  assert.deepEqual(vscode, asJson(vscodeCustomData(manifest)));
  assert.deepEqual(jetbrains, asJson(webTypes(manifest, pkg)));
  assert.equal(pkg['web-types'], `./${WEB_TYPES_FILE}`);
});

test('VS Code: the three tags, their attributes, the values of those that have few', () => {
  assert.equal(vscode.version, 1.1);
  assert.deepEqual(
    vscode.tags.map((tag) => tag.name),
    TAGS,
  );
  const attributes = (tag) => byName(vscode.tags, tag).attributes;
  const names = (tag) => attributes(tag).map((attribute) => attribute.name);
  for (const name of ['codes', 'src', 'lang', 'heading-level'])
    assert.ok(names('service-registry').includes(name), name);
  for (const name of ['service', 'contact']) assert.ok(names('contact-card').includes(name), name);
  for (const tag of TAGS) {
    const values = (name) => byName(attributes(tag), name).values?.map((value) => value.name);
    assert.deepEqual(values('lang'), ['kk', 'ru', 'en']);
    assert.deepEqual(values('heading-level'), ['1', '2', '3', '4', '5', '6']);
    assert.equal(byName(attributes(tag), 'heading-hidden').valueSet, 'v', 'a boolean attribute takes no value');
    assert.ok(attributes(tag).every((attribute) => attribute.description));
    const doc = byName(vscode.tags, tag).description.value;
    assert.match(doc, /`data-loaded`/);
    assert.match(doc, /::part\(heading\)/);
  }
  assert.match(byName(vscode.tags, 'service-registry').description.value, /`service-selected`/);
});

test('web-types: html elements with attributes, events, properties and parts', () => {
  assert.equal(jetbrains.$schema, 'https://raw.githubusercontent.com/JetBrains/web-types/master/schema/web-types.json');
  assert.equal(jetbrains.name, pkg.name);
  assert.equal(jetbrains.version, pkg.version);
  const elements = jetbrains.contributions.html.elements;
  assert.deepEqual(
    elements.map((element) => element.name),
    TAGS,
  );
  const registry = byName(elements, 'service-registry');
  assert.deepEqual(
    registry.events.map((event) => event.name),
    ['data-failed', 'data-loaded', 'service-selected'],
  );
  assert.equal(byName(registry.attributes, 'lang').value.type, "'kk' | 'ru' | 'en'");
  assert.equal(byName(registry.attributes, 'heading-level').value.default, '2');
  assert.ok(byName(registry.js.properties, 'data'), 'the data property, which has no attribute');
  const card = byName(elements, 'contact-card');
  for (const name of ['service', 'contact']) assert.ok(byName(card.attributes, name), name);
  assert.deepEqual(
    card.events.map((event) => event.name),
    ['data-failed', 'data-loaded'],
  );
  for (const element of elements) {
    assert.ok(
      element.events.every((event) => event.description),
      `${element.name}: every event described`,
    );
    assert.ok(byName(element.css.parts, 'heading') && byName(element.css.properties, '--gsw-accent'));
  }
});
