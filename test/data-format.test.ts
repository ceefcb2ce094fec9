import {expect, fixture, oneEvent} from '@open-wc/testing';
import {emulateMedia, executeServerCommand, sendKeys} from '@web/test-runner-commands';
import fc from 'fast-check';
import {
  validateProvider,
  type AppealProcedureElement,
  type ContactCardElement,
  type ServiceRegistryElement,
} from '../src/index.js';
import v1File from './fixtures/v2/v1-unchanged.json';
import kazakhOnly from './fixtures/v2/kazakh-only-school.json';
import russianOnly from './fixtures/v2/russian-only-department.json';
import akimat from './fixtures/v2/akimat-informs.json';
import officialsOnly from './fixtures/v2/officials-only.json';
import contactsOnly from './fixtures/v2/no-services-no-officials.json';
import {$, $$, capture, html, search, seed, settled, shownRows, visibleText} from './helpers.js';

const FIXTURES = '/test/fixtures/v2';
const VALID: Record<string, unknown> = {
  'data/osakarovka-education.json': seed,
  'v1-unchanged.json': v1File,
  'kazakh-only-school.json': kazakhOnly,
  'russian-only-department.json': russianOnly,
  'akimat-informs.json': akimat,
  'officials-only.json': officialsOnly,
  'no-services-no-officials.json': contactsOnly,
};
const BAD = [
  'dangling-reference',
  'duplicate-code',
  'blank-text',
  'control-character',
  'unreadable-phone',
  'impossible-date',
  'english-only-text',
  'windows-1251',
];

type Tag = 'service-registry' | 'contact-card' | 'appeal-procedure';

async function show<T extends HTMLElement>(tag: Tag, data: unknown, lang = 'kk'): Promise<T> {
  const element = document.createElement(tag) as HTMLElement & {data: unknown};
  element.lang = lang;
  element.data = data;
  const host = await fixture<HTMLElement>(html`<div></div>`);
  host.append(element);
  await settled(element);
  return element as unknown as T;
}

async function schemaValid(data: unknown): Promise<{valid: boolean; errors: string[]}> {
  return (await executeServerCommand('schema-validate', {data})) as {valid: boolean; errors: string[]};
}

describe('data format 2', () => {
  it('shows a version 1 file as before, and the same file marked version 2 the same way', async () => {
    for (const tag of ['service-registry', 'contact-card', 'appeal-procedure'] as const) {
      for (const lang of ['kk', 'ru']) {
        const asV1 = visibleText(await show(tag, v1File, lang));
        const asV2 = visibleText(await show(tag, {...v1File, schemaVersion: 2}, lang));
        expect(asV2, `${tag} in ${lang}`).to.equal(asV1);
        expect(asV1).to.contain(tag === 'appeal-procedure' ? '1414' : '8 (72149) 4-13-94');
      }
    }
  });

  it('shows a Kazakh-only organisation in a Russian element in Kazakh, marked lang="kk"', async () => {
    const element = await show<ServiceRegistryElement>('service-registry', kazakhOnly, 'ru');
    const names = $$(element, '[role="rowheader"]');
    expect(names).to.have.length(5);
    for (const name of names) {
      const marked = name.querySelector('[lang]')!;
      expect(marked.getAttribute('lang')).to.equal('kk');
      expect(marked.textContent).to.match(/[әғқңөұүһі]/i);
    }
    expect($(element, '[part="heading"]').textContent).to.equal('Государственные услуги');
  });

  it('shows a Russian-only department in a Kazakh element in Russian, marked lang="ru"', async () => {
    const element = await show<ContactCardElement>('contact-card', russianOnly, 'kk');
    const marked = $$(element, '[part="subheading"] [lang]');
    expect(marked.length).to.be.above(1);
    expect(marked.every((node) => node.getAttribute('lang') === 'ru')).to.equal(true);
  });

  it('lists services without codes: no empty «Code» column, found by name', async () => {
    const element = await show<ServiceRegistryElement>('service-registry', kazakhOnly, 'kk');
    expect($$(element, '[role="columnheader"]').map((h) => h.textContent!.trim())).to.not.include('Коды');
    expect($$(element, '.code')).to.have.length(0);
    await search(element, 'тасымалдау');
    const shown = shownRows(element);
    expect(shown).to.have.length(1);
    expect(shown[0]!.textContent).to.contain('тегін тасымалдауды');
  });

  it('shows codes in the eight-digit form of the register, however the file writes them', async () => {
    const element = await show<ServiceRegistryElement>('service-registry', russianOnly, 'ru');
    const codes = $$(element, '.block .code').map((cell) => cell.textContent!.trim());
    expect(codes.slice(0, 2)).to.deep.equal(['00403001', '00403002']);
    expect(codes[codes.length - 1], 'a service without code leaves its cell empty').to.equal('');
  });

  it('shows an official that is a role by the role, and one with a name by name and position', async () => {
    const roles = await show<ContactCardElement>('contact-card', kazakhOnly, 'kk');
    const titles = $$(roles, '.card:not(.card--organization) [part="subheading"]').map((h) => h.textContent!.trim());
    expect(titles).to.include('Директор');
    const people = await show<ContactCardElement>('contact-card', russianOnly, 'ru');
    const first = $$(people, '.card:not(.card--organization)')[0]!;
    expect(first.querySelector('[part="subheading"]')!.textContent).to.contain('Сейткалиева Гульнар Маратовна');
    expect(first.querySelector('.position')!.textContent).to.contain('Руководитель отдела образования');
  });

  it("shows the organisation's own phones, e-mail, address and hours in <contact-card>", async () => {
    const element = await show<ContactCardElement>('contact-card', kazakhOnly, 'kk');
    const card = $(element, '.card--organization');
    expect(card.textContent).to.contain('8 (72149) 3-12-45');
    expect(card.textContent).to.contain('Мектеп көшесі, 12');
    expect(card.textContent).to.contain('08:30–17:30');
    expect(card.querySelector('a[href^="mailto:"]')!.textContent).to.equal('mysaltobe.mektep@example.org');
    expect(card.querySelector('a[href="tel:+77214931245"]')).to.not.equal(null);
  });

  it('opens a service in place with the keyboard: documents, term and cost, closed until asked', async () => {
    const element = await show<ServiceRegistryElement>('service-registry', kazakhOnly, 'kk');
    const service = $$(element, '.block > .service')[0]!;
    const toggle = service.querySelector<HTMLButtonElement>('button.toggle')!;
    const panel = service.querySelector<HTMLElement>(`#${toggle.getAttribute('aria-controls')}`)!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(panel.hidden).to.equal(true);
    expect(getComputedStyle(panel).display).to.equal('none');
    toggle.focus();
    await sendKeys({press: 'Enter'});
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(getComputedStyle(panel).display).to.not.equal('none');
    expect(panel.querySelectorAll('.documents li')).to.have.length(9);
    expect(panel.textContent).to.contain('Тегін'); // cost: free
    await sendKeys({press: ' '});
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(panel.hidden).to.equal(true);
  });

  it('gives the address and hours of the offices where a service is applied for, in its details', async () => {
    const element = await show<ServiceRegistryElement>('service-registry', russianOnly, 'ru');
    const office = russianOnly.channels.find((channel: any) => channel.address);
    const visits = $$(element, '.visits li').map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(visits.length).to.be.above(0);
    expect(visits[0]).to.contain(office.address.ru);
    expect(visits[0]).to.contain(office.hours.ru);
  });

  it('marks a document asked only on some channels, and finds services by words of their documents', async () => {
    const element = await show<ServiceRegistryElement>('service-registry', kazakhOnly, 'kk');
    const limited = $$(element, '.documents li').filter((li) => li.querySelector('.muted'));
    expect(limited.length).to.be.above(0);
    const document = kazakhOnly.services.flatMap((s: any) => s.documents ?? []).find((d: any) => d.channels);
    const word = (document.name.kk as string).split(/\s+/).find((w) => w.length > 6)!;
    await search(element, word);
    // Found by a word of a document, among the search's results (the full list waits hidden).
    const found = shownRows(element);
    expect(found.length).to.be.above(0);
    expect(found.every((row) => row.closest('.results'))).to.equal(true);
  });

  it('prints every service with its details open', async function () {
    const element = await show<ServiceRegistryElement>('service-registry', kazakhOnly, 'kk');
    try {
      await emulateMedia({media: 'print'});
    } catch {
      this.skip(); // WebDriver (WebKit) cannot emulate print media; README lists it.
    }
    try {
      const panels = $$(element, '.panel');
      expect(panels).to.have.length(5);
      expect(panels.every((panel) => getComputedStyle(panel).display !== 'none')).to.equal(true);
      expect(getComputedStyle($(element, 'button.toggle')).display).to.equal('none');
    } finally {
      await emulateMedia({media: 'screen'});
    }
  });

  it('says so when an organisation lists no services, officials or procedure', async () => {
    const registry = await show<ServiceRegistryElement>('service-registry', officialsOnly, 'ru');
    expect(visibleText(registry)).to.contain('Организация не указала ни одной государственной услуги');
    const card = await show<ContactCardElement>('contact-card', contactsOnly, 'kk');
    expect($(card, '[part="message"]').textContent!.length).to.be.above(10);
    expect($$(card, '.card--organization')).to.have.length(1);
    const appeal = await show<AppealProcedureElement>('appeal-procedure', contactsOnly, 'en');
    expect(visibleText(appeal)).to.contain('has not published its complaint procedure');
  });

  it('says who informs about the services and who provides them', async () => {
    const element = await show<ServiceRegistryElement>('service-registry', akimat, 'en');
    const lines = $$(element, '.providers').map((line) => line.textContent!.replace(/\s+/g, ' ').trim());
    expect(lines.some((line) => line.startsWith('Service providers:'))).to.equal(true);
    expect(lines.some((line) => line.startsWith('Information published by:'))).to.equal(true);
  });

  it('shows a repealed law as no longer in force, next to the act that replaced it', async () => {
    for (const [lang, words] of [
      ['ru', 'Утратил силу'],
      ['kk', 'күші жойылды'],
      ['en', 'No longer in force'],
    ] as const) {
      const element = await show<AppealProcedureElement>('appeal-procedure', seed, lang);
      const law = $$(element, '.laws li').find((li) => li.querySelector('.repealed'))!;
      expect(law.textContent, lang).to.contain(words);
      expect(law.querySelector('.repealed time')!.getAttribute('datetime')).to.equal('2021-07-01');
      expect(law.textContent).to.match(/350-VI/);
    }
  });

  it('says what the date means: checked, or the date of the page it was copied from', async () => {
    const published = await show<ServiceRegistryElement>('service-registry', kazakhOnly, 'en');
    expect($(published, '[part="updated"]').textContent).to.contain('Published by the organisation on');
    const checked = await show<ServiceRegistryElement>('service-registry', seed, 'en');
    expect($(checked, '[part="updated"]').textContent).to.contain('Information checked on');
  });

  for (const lang of ['kk', 'ru', 'en']) {
    it(`stays accessible with the richer data, in ${lang}`, async () => {
      for (const [tag, data] of [
        ['service-registry', kazakhOnly],
        ['service-registry', russianOnly],
        ['contact-card', kazakhOnly],
        ['contact-card', contactsOnly],
        ['appeal-procedure', russianOnly],
        ['service-registry', officialsOnly],
      ] as const) {
        const element = await show(tag, data, lang);
        for (const toggle of $$(element, 'button.toggle')) toggle.click();
        await expect(element, `${tag} ${(data as {id: string}).id}`).to.be.accessible();
      }
    });
  }
});

describe('one validator: the widget, the checker and the schema agree', () => {
  it('every valid fixture is valid for the widget, the schema and the checker', async () => {
    for (const [name, data] of Object.entries(VALID)) {
      const result = validateProvider(data);
      expect(result.ok, `${name}: ${result.ok ? '' : result.issues.map((i) => i.reason).join('; ')}`).to.equal(true);
      expect(await schemaValid(data), name).to.deep.equal({valid: true, errors: []});
    }
    const files = Object.keys(VALID).map((name) => (name.startsWith('data/') ? name : `test/fixtures/v2/${name}`));
    const cli = (await executeServerCommand('check-data-cli', {
      lang: 'en',
      files: [...files, 'test/fixtures/v2/bom.json'],
    })) as {status: number; stdout: string};
    expect(cli.status, cli.stdout).to.equal(0);
  });

  for (const name of BAD) {
    it(`prints the same message in the console and in the checker for ${name}.json`, async () => {
      const src = `${FIXTURES}/bad/${name}.json`;
      const errors = await capture('error', async () => {
        const element = await fixture<ServiceRegistryElement>(html`<service-registry src=${src}></service-registry>`);
        await settled(element);
        expect($(element, '[part="message"]').getAttribute('role')).to.equal('alert');
        expect($$(element, '.block')).to.have.length(0); // no list at all, never another organisation's
      });
      expect(errors).to.have.length(1);
      const console = errors[0]!.split('\n').slice(1);
      const first = errors[0]!.split('\n')[0]!.replace(/^.*?: cannot show "[^"]+": /, '');
      const widgetLines = [first, ...console].map((line) => line.replace(/^\S+\.json\S* /, ''));
      const cli = (await executeServerCommand('check-data-cli', {
        lang: 'en',
        files: [`test/fixtures/v2/bad/${name}.json`],
      })) as {
        status: number;
        stdout: string;
      };
      expect(cli.status).to.equal(1);
      const [, ...cliLines] = cli.stdout.trim().split('\n');
      const errorLines = cliLines.filter((line) => !line.trimStart().startsWith('warning:')).map((line) => line.trim());
      expect(errorLines).to.deep.equal(widgetLines);
      expect(errorLines.length).to.be.above(0);
    });
  }

  it('rejects an impossible date in the widget and in the schema', async () => {
    const data = structuredClone(seed) as any;
    data.updated = '2026-02-31';
    expect(validateProvider(data).ok).to.equal(false);
    expect((await schemaValid(data)).valid).to.equal(false);
    data.updated = '2024-02-29';
    expect(validateProvider(data).ok).to.equal(true);
    expect((await schemaValid(data)).valid).to.equal(true);
  });

  it('knows the Gregorian leap years and each month’s last day, also for years written with leading zeros', () => {
    for (const [date, real] of [
      ['2024-02-29', true],
      ['2023-02-29', false],
      ['1900-02-29', false],
      ['2000-02-29', true],
      ['2100-02-29', false],
      ['0024-02-29', true], // not 1924 (a leap year too) nor 1923: the year as written
      ['0023-02-29', false],
      ['0000-02-29', true], // divisible by 400, unlike 1900
      ['2026-04-31', false],
      ['2026-04-30', true],
      ['2026-12-31', true],
      ['2026-01-31', true],
    ] as const) {
      const data = structuredClone(seed) as any;
      data.updated = date;
      expect(validateProvider(data).ok, date).to.equal(real);
    }
  });

  it('prints warnings that do not stop the widget, in kk, ru and en', async () => {
    const outputs: string[] = [];
    for (const lang of ['kk', 'ru', 'en']) {
      const cli = (await executeServerCommand('check-data-cli', {
        lang,
        files: ['test/fixtures/v2/kazakh-only-school.json'],
      })) as {
        status: number;
        stdout: string;
      };
      expect(cli.status, lang).to.equal(0);
      outputs.push(cli.stdout);
    }
    const [kk, ru, en] = outputs as [string, string, string];
    expect(en).to.match(/services\[0\]\.code: has no register code/);
    expect(en).to.match(/is only in Kazakh \(and so are \d+ other texts\)/);
    expect(ru).to.match(/services\[0\]\.code: /);
    expect(ru).to.not.equal(en);
    expect(kk).to.not.equal(en);
    expect(kk).to.not.equal(ru);
    expect(validateProvider(kazakhOnly).ok).to.equal(true);
  });

  it('warns about the 2007 appeals law when it is not marked repealed', () => {
    const data = structuredClone(seed) as any;
    delete data.appeal.laws[0].repealed;
    const result = validateProvider(data);
    expect(result.ok).to.equal(true);
    expect(result.warnings.map((w) => `${w.path}: ${w.message.kind}`)).to.include(
      'appeal.laws[0]: repealed-not-marked',
    );
    expect(validateProvider(seed).warnings).to.deep.equal([]);
  });

  it('reads a file saved with a byte-order mark', async () => {
    const element = await fixture<ServiceRegistryElement>(
      html`<service-registry src="${FIXTURES}/bom.json"></service-registry>`,
    );
    const {detail} = await oneEvent(element, 'data-loaded');
    expect(detail.providerId).to.be.a('string');
  });

  it('whatever the widget accepts, the schema accepts: generated mutations of every fixture', async () => {
    const documents = Object.values(VALID);
    const replacements = [
      null,
      '',
      '   ',
      0,
      7,
      true,
      [],
      {},
      'x',
      '2026-02-31',
      '2024-02-29',
      '00403008',
      '403008',
      4030,
      'https://x.kz',
      'javascript:alert(1)',
      {kk: 'а'},
      {ru: 'б'},
      {en: 'c'},
      {kk: ' '},
      'free',
      ['egov'],
      '8 (72149) 4-13-94',
      '4-13-94',
      'provider',
      'informant',
      'portal',
      'paper',
      {date: '2026-01-01', meaning: 'published'},
      'a\u0007b',
    ];
    let acceptedByWidget = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.nat(documents.length - 1),
        fc.nat(),
        fc.constantFrom('delete', 'replace', 'duplicate'),
        fc.oneof(fc.constantFrom(...replacements), fc.string(), fc.jsonValue({maxDepth: 2})),
        async (which, at, action, value) => {
          const data = structuredClone(documents[which]) as Record<string, unknown>;
          mutate(data, at, action, value);
          if (!validateProvider(data).ok) return;
          acceptedByWidget++;
          const schema = await schemaValid(data);
          expect(schema.valid, `${JSON.stringify(data).slice(0, 200)}: ${schema.errors.join('; ')}`).to.equal(true);
        },
      ),
      {numRuns: 300, seed: 20261125},
    );
    expect(acceptedByWidget, 'enough accepted mutations to mean something').to.be.above(30);
  });
});

/** Changes one place of a document: deletes it, replaces it by `value`, or repeats a list's entry. */
function mutate(data: Record<string, unknown>, at: number, action: string, value: unknown): void {
  const places: [Record<string, unknown> | unknown[], string | number][] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) {
      node.forEach((child, index) => {
        places.push([node, index]);
        walk(child);
      });
    } else if (node && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) {
        places.push([node as Record<string, unknown>, key]);
        walk(child);
      }
    }
  };
  walk(data);
  const [parent, key] = places[at % places.length]!;
  if (Array.isArray(parent)) {
    const index = key as number;
    if (action === 'delete') parent.splice(index, 1);
    else if (action === 'duplicate') parent.splice(index, 0, structuredClone(parent[index]));
    else parent[index] = value;
  } else if (action === 'delete') delete parent[key as string];
  else parent[key as string] = action === 'duplicate' ? structuredClone(parent[key as string]) : value;
}
