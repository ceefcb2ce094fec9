import {elementUpdated, expect, oneEvent, waitUntil} from '@open-wc/testing';
import {validateProvider, type ServiceRegistryElement, type ContactCardElement} from '../src/index.js';
import {parsePhone} from '../src/data/phone.js';
import {foldForSearch} from '../src/search/fold.js';
import {$, capture, html, render, seed, seedCopy, settled, visibleText, SEED_CODES} from './helpers.js';

function issuesOf(data: unknown): string[] {
  const result = validateProvider(data);
  return result.ok ? [] : result.issues.map((issue) => `${issue.path}: ${issue.reason}`);
}

describe('the data validator', () => {
  it('accepts the seed and builds the typed, normalised model', () => {
    const result = validateProvider(seed);
    if (!result.ok) throw new Error(result.issues.map((i) => `${i.path}: ${i.reason}`).join('\n'));
    const {provider} = result;
    expect(provider.services.map((s) => s.code)).to.deep.equal(SEED_CODES);
    const kuzmina = provider.officials.find((o) => o.id === 'kuzmina')!;
    expect(kuzmina.services.map((s) => s.code)).to.deep.equal([
      '00803014',
      '00403002',
      '00403003',
      '00403004',
      '00403015',
      '00803005',
    ]);
    expect(provider.services[0]!.channels.map((c) => c.url)).to.deep.equal([
      'https://e.bilimal.kz/',
      'https://egov.kz/',
    ]);
    expect(provider.appeal!.callCentre.phones.map((p) => p.free)).to.deep.equal([false, true]);
  });

  it('names the field path and the reason of a broken reference', () => {
    const data = seedCopy();
    data.services[3].responsible[0] = 'x';
    expect(issuesOf(data)).to.deep.equal(['services[3].responsible[0]: no official with id "x"']);
  });

  it('reports every problem, each with its path', () => {
    const data = seedCopy();
    data.services[0].name = {en: 'School transport'};
    data.services[1].code = '4030';
    data.services[2].forms = ['fax'];
    data.channels[0].url = 'javascript:alert(1)';
    data.officials[0].phones[0] = '413945678';
    data.officials[1].phnoes = [];
    data.services[4].documents = [{name: {kk: 'Өтініш'}, channels: []}];
    data.organizations = 'school';
    delete data.channels[1].url;
    expect(issuesOf(data)).to.have.members([
      'organizations: must be a list, not "school"',
      'channels[0].url: must be a web address starting with https:// or http://, not "javascript:alert(1)"',
      'officials[0].phones[0]: "413945678": expected 11 digits starting with 8 or +7 (8 (7212) 50-40-66), or a short number (1414)',
      'channels[1].url: is required for a portal',
      'officials[1].phnoes: is not a known field',
      'services[0].name: needs the text in Kazakh ("kk") or Russian ("ru"), or both',
      'services[1].code: must be a register code of 6 to 8 digits like "00403008", not "4030"',
      'services[2].forms[0]: must be one of "electronic", "partly-automated", "paper", not "fax"',
      'services[4].documents[0].channels: must have at least 1 item',
    ]);
  });

  it('rejects repeated codes and ids, data: and vbscript: links, control characters', () => {
    const data = seedCopy();
    data.services[1].code = '00403007';
    data.officials[1].id = 'abduova';
    data.organizations[0].url = 'data:text/html,<script>alert(1)</script>';
    data.appeal.addressees[2].url = 'vbscript:msgbox';
    data.appeal.court.ru = 'суд\u0000';
    const issues = issuesOf(data);
    expect(issues).to.include('services[1]: repeats the code "00403007"');
    expect(issues).to.include('officials[1]: repeats the id "abduova"');
    expect(issues.some((i) => i.startsWith('organizations[0].url: must be a web address'))).to.equal(true);
    expect(issues.some((i) => i.startsWith('appeal.addressees[2].url: must be a web address'))).to.equal(true);
    expect(issues).to.include('appeal.court.ru: contains control characters or broken (lone surrogate) characters');
  });

  it('refuses a file of a newer schema version, and non-objects', () => {
    const data = seedCopy();
    data.schemaVersion = 3;
    const result = validateProvider(data);
    expect(result.ok).to.equal(false);
    expect(!result.ok && result.newerVersion).to.equal(true);
    expect(issuesOf(null)).to.deep.equal(['(root): must be an object, not null']);
    expect(issuesOf([])).to.deep.equal(['(root): must be an object, not a list']);
  });
});

describe('phones', () => {
  const cases: [string, string, string][] = [
    ['8(72149)41394', 'tel:+77214941394', '8 (72149) 4-13-94'],
    ['8 (778) 9250484', 'tel:+77789250484', '8 (778) 925-04-84'],
    ['87782060982', 'tel:+77782060982', '8 (778) 206-09-82'],
    ['+7 (7212) 50-40-66', 'tel:+77212504066', '8 (7212) 50-40-66'],
    ['8 7212 504066', 'tel:+77212504066', '8 (7212) 50-40-66'],
    ['+7 701 123 45 67', 'tel:+77011234567', '8 (701) 123-45-67'],
    ['8-800-080-7777', 'tel:+78000807777', '8 (800) 080-77-77'],
    ['1414', 'tel:1414', '1414'],
    ['8 (72149) 5-09-62', 'tel:+77214950962', '8 (72149) 5-09-62'],
  ];
  for (const [written, href, display] of cases) {
    it(`reads «${written}» as ${href}, shown ${display}`, () => {
      const phone = parsePhone(written);
      if (typeof phone === 'string') throw new Error(phone);
      expect(phone.href).to.equal(href);
      expect(phone.display).to.equal(display);
      expect(phone.free).to.equal(href.startsWith('tel:+7800'));
    });
  }

  it('reads a district number printed without its area code, marked local', () => {
    for (const [written, display] of [
      ['4-13-94', '4-13-94'],
      ['41394', '4-13-94'],
      ['50 40 66', '50-40-66'],
      ['925-04-84', '925-04-84'],
    ]) {
      const phone = parsePhone(written!);
      if (typeof phone === 'string') throw new Error(phone);
      expect([phone.href, phone.display, phone.local]).to.deep.equal([
        `tel:${display!.replace(/-/g, '')}`,
        display,
        true,
      ]);
    }
    expect((parsePhone('8 (72149) 4-13-94') as {local: boolean}).local).to.equal(false);
  });

  it('never regroups an area code it cannot know: it asks for brackets', () => {
    expect(parsePhone('87212504066')).to.equal('area-code');
    expect(parsePhone('87214950962')).to.equal('area-code');
  });

  it('rejects what is not a Kazakh phone number', () => {
    for (const bad of [
      '',
      'call me',
      '12',
      '+1 (212) 555-12-34',
      '8 (72149) 4-13',
      '7+7212504066',
      'tel:1414',
      '<b>1414</b>',
    ]) {
      expect(parsePhone(bad), bad).to.be.a('string');
    }
  });
});

describe('search folding', () => {
  it('folds every Kazakh letter, in both cases, to what a Russian keyboard types', () => {
    expect(foldForSearch('ӘҒҚҢӨҰҮҺІ')).to.equal(foldForSearch('әғқңөұүһі'));
    expect(foldForSearch('әғқңөұүһі')).to.equal('агкноуухи');
    expect(foldForSearch('Ёлка')).to.equal(foldForSearch('елка'));
  });

  it('matches Latin look-alikes inside Cyrillic words and codes with leading zeros', () => {
    expect(foldForSearch('Cергеевна')).to.equal(foldForSearch('Сергеевна')); // Latin C
    expect(foldForSearch('бiлiм')).to.equal(foldForSearch('білім')); // Latin i for і
    expect(foldForSearch(' 00403008  Шалғай ')).to.equal(' 00403008 шалгай ');
  });
});

describe('data sources', () => {
  const realFetch = window.fetch;
  afterEach(() => {
    window.fetch = realFetch;
  });

  it('shows another organisation from src, never the bundled one', async () => {
    const element = await render<ServiceRegistryElement>(
      html`<service-registry lang="en" src="/test/fixtures/other-school.json"></service-registry>`,
    );
    const text = visibleText(element);
    expect(text).to.contain('School admission');
    expect(text).to.contain('8 (7172) 11-22-33');
    expect(text).to.not.contain('Абдуова');
    expect(text).to.not.contain('403007');
  });

  it('shows the same data given as the data property', async () => {
    const other = await (await fetch('/test/fixtures/other-school.json')).json();
    const element = await render<ContactCardElement>(html`<contact-card lang="ru" .data=${other}></contact-card>`);
    expect(visibleText(element)).to.contain('Иванова Мария');
    expect(visibleText(element)).to.not.contain('Абдуова');
  });

  const failures: [string, string, string, string][] = [
    ['/test/fixtures/missing.json', 'Не удалось загрузить список', 'HTTP 404', 'network'],
    ['/test/fixtures/truncated.json', 'поврежден', 'is not JSON', 'not-json'],
    ['/demo/index.html', 'поврежден', 'looks like an HTML page', 'not-json'],
  ];
  for (const [src, message, detail, problem] of failures) {
    it(`explains ${src} in the reader's language and tells the console why`, async () => {
      let element!: ServiceRegistryElement;
      let failed: CustomEvent | undefined;
      const errors = await capture('error', async () => {
        const wrapper = await render<HTMLElement>(
          html`<div @data-failed=${(e: CustomEvent) => (failed = e)}>
            <service-registry lang="ru" src=${src}></service-registry>
          </div>`,
        );
        element = wrapper.querySelector('service-registry')!;
        await settled(element);
      });
      expect(visibleText(element)).to.contain(message);
      expect(visibleText(element)).to.not.contain('403007');
      expect(errors.join('\n')).to.contain(detail);
      expect(failed?.detail.problem).to.equal(problem);
      await expect(element).to.be.accessible();
    });
  }

  it('shows invalid data as an error, with the field in the console, never bundled data', async () => {
    const data = seedCopy();
    data.services[3].responsible[0] = 'x';
    let element!: ContactCardElement;
    const errors = await capture('error', async () => {
      element = await render<ContactCardElement>(html`<contact-card lang="kk" .data=${data}></contact-card>`);
    });
    expect(errors.join('\n')).to.contain('services[3].responsible[0]: no official with id "x"');
    expect(visibleText(element)).to.contain('деректер файлында қателер бар');
    expect(visibleText(element)).to.not.contain('Абдуова');
    expect(element.shadowRoot!.querySelector('[role="alert"]')).to.not.equal(null);
  });

  it('offers a retry after a network failure, which loads again', async () => {
    // A URL of its own: once it loads, its copy is kept, and a later failure would show that instead.
    const src = `/test/fixtures/missing.json?retry=${Date.now()}`;
    const requested: string[] = [];
    // The first request gets the server's real 404; by the time the reader retries, the file is there.
    window.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
      requested.push(new URL(String(input), location.href).pathname);
      return realFetch(requested.length === 1 ? input : '/test/fixtures/other-school.json', init);
    }) as typeof fetch;
    let element!: ServiceRegistryElement;
    await capture('error', async () => {
      element = await render<ServiceRegistryElement>(html`<service-registry lang="en" src=${src}></service-registry>`);
    });
    expect(visibleText(element)).to.contain('The list could not be loaded');
    const button = $(element, 'button');
    expect(button.textContent).to.equal('Try again');
    const loaded = oneEvent(element, 'data-loaded');
    button.click();
    await waitUntil(() => requested.length === 2, '«Try again» did not ask the server again');
    await loaded;
    await elementUpdated(element);
    const missing = '/test/fixtures/missing.json';
    expect(requested, 'the same file, asked for again').to.deep.equal([missing, missing]);
    expect(visibleText(element)).to.contain('School admission');
  });

  it('loads the new file when src changes after a failure', async () => {
    let element!: ServiceRegistryElement;
    await capture('error', async () => {
      element = await render<ServiceRegistryElement>(
        html`<service-registry lang="en" src="/test/fixtures/missing.json"></service-registry>`,
      );
    });
    expect(visibleText(element)).to.contain('The list could not be loaded');
    const loaded = oneEvent(element, 'data-loaded');
    element.src = '/test/fixtures/other-school.json';
    expect((await loaded).detail.providerId).to.equal('other-school');
    await elementUpdated(element);
    expect(visibleText(element)).to.contain('School admission');
  });
});
