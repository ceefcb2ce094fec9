// The WordPress plugin refuses exactly the data the widget refuses. Its server-side check (the
// shipped schema, then the rules only the widget can check) must agree with the widget's own
// validator, the one executable definition of valid: a save the server accepts must not be shown
// as an error on every page, and a save it refuses must really be bad. Needs PHP and a build
// (`npm run build`): `npm run test:wordpress`.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const plugin = `${root}wordpress/gov-service-widgets/`;
const { checkDataText } = await import(`${root}dist/esm/data/check-file.js`);

/** The plugin's verdicts on many texts, from one PHP process. */
function phpCheck(texts) {
  const output = execFileSync('php', [fileURLToPath(new URL('check-data.php', import.meta.url)), plugin], {
    input: JSON.stringify(texts),
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  return JSON.parse(output);
}

function assertAgree(texts) {
  const verdicts = phpCheck(texts);
  const disagreements = texts.flatMap((text, index) => {
    const widget = checkDataText(text);
    if (widget.ok === verdicts[index].ok) return [];
    const why = widget.ok
      ? verdicts[index].problems.join('; ')
      : widget.issues.map((i) => `${i.path}: ${i.reason}`).join('; ');
    return [
      `widget ${widget.ok ? 'accepts' : 'refuses'}, plugin ${verdicts[index].ok ? 'accepts' : 'refuses'}: ${why}\n  ${text.slice(0, 300)}`,
    ];
  });
  assert.deepEqual(disagreements, []);
  return verdicts;
}

const fixtures = `${root}test/fixtures/v2/`;
const goodFiles = readdirSync(fixtures).filter((name) => name.endsWith('.json'));
const seeds = [...goodFiles.map((name) => `${fixtures}${name}`), `${root}data/osakarovka-education.json`].map((file) =>
  JSON.parse(readFileSync(file, 'utf8').replace(/^\ufeff/, '')),
);

test('the fixtures: good ones saved, each bad one refused with its field path', () => {
  const bad = readdirSync(`${fixtures}bad`).map((name) => `${fixtures}bad/${name}`);
  // Read as Latin-1 bytes and sent as such would not survive JSON; the Windows-1251 file is sent as bytes below.
  const texts = [...goodFiles.map((name) => `${fixtures}${name}`), ...bad.filter((f) => !f.includes('1251'))].map(
    (file) => readFileSync(file, 'utf8'),
  );
  const verdicts = assertAgree(texts);
  const refused = verdicts.slice(goodFiles.length);
  assert.ok(refused.length >= 6);
  for (const verdict of refused) assert.match(verdict.problems[0], /^[\w[\].]+: /);
});

test('texts and values at the edges: addresses, phones, e-mails, codes, plain text', () => {
  const base = seeds.at(-1);
  const variants = [];
  const vary = (change) => {
    const data = structuredClone(base);
    change(data);
    variants.push(JSON.stringify(data));
  };
  const urls = [
    'https://',
    'https:egov.kz',
    'http://a b',
    ' https://egov.kz ',
    'h\nttps://egov.kz',
    'http://[::1]:8080',
    'https://россия.рф',
    'https://a.kz:99999',
    'https://%zz',
    'https://%41.kz',
    'http:\\\\egov.kz',
    'javascript:alert(1)',
  ];
  for (const url of urls) vary((data) => (data.channels[0].url = url));
  const phones = [
    '1414',
    '12',
    '+7 (7212) 50-40-66',
    '4-13-94',
    '+8 777 1234567',
    '8 7212 50 40 66',
    '8(800)0807777',
    '0-12-34',
    '8 (12) 345-67-89',
    '8 (123456) 4-56-78',
    '+7 7+7 123 45 67',
  ];
  for (const phone of phones) vary((data) => (data.officials[0].phones[0] = phone));
  for (const email of ['a@b.kz', ' a@b.kz ', 'a@b', 'a b@c.kz', 'a@b.kz?cc=x', 'ä@b.kz'])
    vary((data) => (data.officials[0].email = email));
  for (const text of [
    '',
    ' ',
    '\u00a0',
    '\ufeff',
    'a\u2028b',
    'a\tb',
    'a\u000bb',
    '😀'.repeat(1500),
    'a\u2066',
    '\ufffd',
    'x'.repeat(2001),
    '</script><!--',
  ]) {
    vary((data) => (data.services[0].name.ru = text));
  }
  for (const code of ['00403008', ' 403008', '123456789', 403008, 0, -1, 1e8, 403008.5, '12345', '403007'])
    vary((data) => (data.services[1].code = code));
  vary((data) => (data.schemaVersion = 3));
  vary((data) => (data.services[0].responsible = ['nobody']));
  vary((data) => (data.officials[1].id = data.officials[0].id));
  assertAgree(variants);
});

test('1,000 seeded mutations of every fixture', () => {
  let seed = 20261126;
  const random = (n) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff), seed % n);
  const values = [
    '',
    ' ',
    123,
    1.5,
    null,
    true,
    [],
    {},
    'x\u0000y',
    '<b>b</b>',
    '12',
    '2026-02-30',
    '2024-02-29',
    'abc',
    'ABC',
    2,
    'free',
    'portal',
    { kk: 'a' },
    { en: 'a' },
    ['a'],
    ['egov', 'egov'],
  ];
  const paths = (value, path = []) =>
    value && typeof value === 'object'
      ? [path, ...Object.keys(value).flatMap((key) => paths(value[key], [...path, key]))]
      : [path];
  const mutate = (data) => {
    const copy = structuredClone(data);
    const all = paths(copy).filter((path) => path.length);
    const path = all[random(all.length)];
    const parent = path.slice(0, -1).reduce((object, key) => object[key], copy);
    const key = path.at(-1);
    const kind = random(4);
    if (kind === 0 && Array.isArray(parent)) parent.splice(key, 1);
    else if (kind === 0) delete parent[key];
    else if (kind === 1 && Array.isArray(parent)) parent.push(structuredClone(parent[key]));
    else if (kind === 2 && !Array.isArray(parent)) parent[`extra${random(3)}`] = 1;
    else parent[key] = structuredClone(values[random(values.length)]);
    return copy;
  };
  const texts = Array.from({ length: 1000 }, () => {
    let data = seeds[random(seeds.length)];
    for (let step = 1 + random(2); step > 0; step--) data = mutate(data);
    return JSON.stringify(data);
  });
  const verdicts = assertAgree(texts);
  // Both kinds are represented, or the agreement proves little.
  assert.ok(verdicts.filter((v) => v.ok).length > 200 && verdicts.filter((v) => !v.ok).length > 200);
});
