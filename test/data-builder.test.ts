import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import readersScript from 'virtual:readers-script';
import '../src/builder.js';
import type {DataBuilderElement} from '../src/builder/builder-element.js';
import {ownScript} from '../src/builder/handover.js';
import {validateProvider} from '../src/index.js';
import {$, button, seed, visibleText} from './helpers.js';

const STORAGE_KEY = 'gov-service-widgets:builder:v1:draft';

async function builder(lang = 'en'): Promise<DataBuilderElement> {
  history.replaceState(null, '', `?lang=${lang}`);
  const element = await fixture<DataBuilderElement>(html`<gsw-data-builder></gsw-data-builder>`);
  await element.updateComplete;
  return element;
}

/** Catches what «Download» would save, instead of saving it. */
function catchDownloads(): {files: Blob[]; restore: () => void} {
  const files: Blob[] = [];
  const original = URL.createObjectURL;
  URL.createObjectURL = (blob: Blob | MediaSource) => (files.push(blob as Blob), 'blob:caught');
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function () {};
  return {
    files,
    restore: () => {
      URL.createObjectURL = original;
      HTMLAnchorElement.prototype.click = click;
    },
  };
}

async function openFile(element: DataBuilderElement, content: BlobPart): Promise<void> {
  const input = $<HTMLInputElement>(element, 'input[type="file"]');
  const transfer = new DataTransfer();
  transfer.items.add(new File([content], 'school.json', {type: 'application/json'}));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change'));
}

describe('the data builder', () => {
  const confirm = window.confirm;
  beforeEach(() => {
    localStorage.removeItem(STORAGE_KEY);
    window.confirm = () => true;
  });
  afterEach(() => {
    window.confirm = confirm;
    history.replaceState(null, '', location.pathname);
  });

  for (const [lang, paste, download] of [
    ['kk', 'Кестені қойыңыз', 'JSON жүктеу'],
    ['ru', 'Вставьте таблицу', 'Скачать JSON'],
    ['en', 'Paste a table', 'Download JSON'],
  ] as const) {
    it(`speaks ${lang} (?lang=${lang}), names the paste field and the download button exactly, and is accessible`, async () => {
      const element = await builder(lang);
      const field = $<HTMLTextAreaElement>(element, 'textarea#paste');
      expect(field.labels![0]!.textContent!.trim()).to.equal(paste);
      expect(
        [...element.shadowRoot!.querySelectorAll('button')].some((b) => b.textContent!.trim() === download),
      ).to.equal(true);
      expect(document.documentElement.lang).to.equal(lang);
      await expect(element).to.be.accessible();
      // With a whole organisation in the editor, its preview, its snippets and a paste report.
      element.shadowRoot!.querySelectorAll('button')[4]!.click(); // the school template
      await element.updateComplete;
      const clipboardData = new DataTransfer();
      clipboardData.setData('text/html', await (await fetch('/test/fixtures/builder/seed-kk-word.html')).text());
      const event = new Event('paste', {bubbles: true, cancelable: true});
      Object.defineProperty(event, 'clipboardData', {value: clipboardData});
      field.dispatchEvent(event);
      await element.updateComplete;
      expect(element.shadowRoot!.querySelector('table.report')).to.not.equal(null);
      await expect(element).to.be.accessible();
    });
  }

  it('starts from the school template: valid, with the appeal procedure under the law in force, previewed live', async () => {
    const element = await builder('ru');
    button(element, 'Шаблон школы').click();
    await element.updateComplete;
    expect($(element, '#check + p').textContent).to.contain('Ошибок нет');
    const registry = $(element, 'service-registry');
    await waitUntil(() => visibleText(registry).includes('00403003'), 'the preview shows the template');
    const appeal = $(element, 'appeal-procedure');
    await waitUntil(() => visibleText(appeal).includes('1414'));
    expect(visibleText(appeal)).to.not.contain('2007');
    // The template's "$schema" names a file of this repository: a school's copy is better without it.
    const downloads = catchDownloads();
    try {
      button(element, 'Скачать JSON').click();
    } finally {
      downloads.restore();
    }
    const file = JSON.parse(await downloads.files[0]!.text());
    expect(file).to.not.have.property('$schema');
    expect(validateProvider(file).ok).to.equal(true);
  });

  it('edits a field, checks it at once, and undoes it', async () => {
    const element = await builder('en');
    const name = $<HTMLInputElement>(element, '[id="organizations[0].name.kk"]');
    name.value = '№17 мектеп';
    name.dispatchEvent(new Event('change'));
    await element.updateComplete;
    expect($(element, '#check + p').textContent).to.contain('No errors');
    button(element, 'Undo').click();
    await element.updateComplete;
    expect($(element, '#check + p').textContent).to.contain('1 problems');
    expect($<HTMLInputElement>(element, '[id="organizations[0].name.kk"]').value).to.equal('');
  });

  it('teaches the search an organisation’s own words, a group per text area, and checks them', async () => {
    const element = await builder('ru');
    await openFile(element, JSON.stringify(seed));
    await waitUntil(() => $(element, '#check + p').textContent!.includes('Ошибок нет'), 'the opened file checks out');
    await waitUntil(() => $(element, '.preview service-registry'), 'the preview shows the opened file');
    button(element, 'Добавить группу слов').click();
    await element.updateComplete;
    const group = $<HTMLTextAreaElement>(element, '[id="searchWords[0]"]');
    expect(group.labels![0]!.textContent!.trim()).to.equal('Группа 1');
    // An empty group is a problem, named, and leads to its field.
    expect($(element, '#check').parentElement!.textContent).to.contain('searchWords[0]');
    group.value = 'кружок\n\n  подвоз  \n';
    group.dispatchEvent(new Event('change'));
    await element.updateComplete;
    const downloads = catchDownloads();
    try {
      button(element, 'Скачать JSON').click();
    } finally {
      downloads.restore();
    }
    expect(JSON.parse(await downloads.files[0]!.text()).searchWords).to.deep.equal([['кружок', 'подвоз']]);
    // The preview searches with them.
    const preview = $(element, '.preview service-registry');
    const found = () =>
      [...preview.shadowRoot!.querySelectorAll('.results .rows > .service .code')].map((c) => c.textContent!.trim());
    await waitUntil(() => {
      const input = preview.shadowRoot!.querySelector('input')!;
      if (input.value !== 'кружок') {
        input.value = 'кружок';
        input.dispatchEvent(new Event('input'));
      }
      return found().length > 0;
    }, 'the preview never found the service by the new word');
    expect(found()).to.deep.equal(['00403007']);
  });

  it('leads from a message to its field', async () => {
    const element = await builder('en');
    const message = element.shadowRoot!.querySelector<HTMLButtonElement>('.issues button')!;
    expect(message.textContent).to.contain('organizations[0].name');
    message.click();
    await waitUntil(() => element.shadowRoot!.activeElement?.id === 'organizations[0].name.kk', 'the field has focus');
  });

  it('formats a phone as it is typed, and explains one it cannot read', async () => {
    const element = await builder('en');
    button(element, 'School template').click();
    await element.updateComplete;
    const details = element.shadowRoot!.querySelector<HTMLDetailsElement>('[data-path="officials"] details')!;
    details.open = true;
    const add = [...details.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Add a phone')!;
    add.click();
    await element.updateComplete;
    const input = $<HTMLInputElement>(element, '[id="officials[0].phones[0]"]');
    input.value = '87782060982';
    input.dispatchEvent(new Event('change'));
    await element.updateComplete;
    expect($<HTMLInputElement>(element, '[id="officials[0].phones[0]"]').value).to.equal('8 (778) 206-09-82');
    const again = $<HTMLInputElement>(element, '[id="officials[0].phones[0]"]');
    again.value = '87212504066';
    again.dispatchEvent(new Event('input'));
    await element.updateComplete;
    expect($(element, '[id="officials[0].phones[0]-note"]').textContent, 'checked while typing').to.contain(
      'area code in brackets',
    );
    again.dispatchEvent(new Event('change'));
    await element.updateComplete;
    expect($(element, '[id="officials[0].phones[0]-note"]').textContent).to.contain('area code in brackets');
  });

  it('keeps the draft through a reload', async () => {
    const first = await builder('en');
    button(first, 'School template').click();
    const name = $<HTMLInputElement>(first, '[id="organizations[0].name.ru"]');
    name.value = 'КГУ «Школа № 5»';
    name.dispatchEvent(new Event('change'));
    first.remove();
    const second = await builder('en');
    expect($<HTMLInputElement>(second, '[id="organizations[0].name.ru"]').value).to.equal('КГУ «Школа № 5»');
    expect(visibleText(second)).to.contain('Your last draft was restored');
  });

  it('opens a data file and downloads the same data again, with what the form does not show', async () => {
    const element = await builder('en');
    // The organisation's own everyday search words have no form yet: they must survive the trip.
    const file = {...seed, searchWords: [['кружок', 'үйірме', 'дополнительное образование']]};
    await openFile(element, JSON.stringify(file));
    await waitUntil(() => $(element, '#check + p').textContent!.includes('No errors'), 'the opened file checks out');
    const downloads = catchDownloads();
    try {
      button(element, 'Download JSON').click();
    } finally {
      downloads.restore();
    }
    expect(JSON.parse(await downloads.files[0]!.text())).to.deep.equal(file);
  });

  it('hands over snippets with the widgets already drawn, and without them when asked', async () => {
    const element = await builder('ru');
    await openFile(element, JSON.stringify(seed));
    const snippet = () => [...element.shadowRoot!.querySelectorAll('#handover ~ .field pre')].at(-1)?.textContent ?? '';
    await waitUntil(() => snippet().includes('shadowrootmode'), 'the drawn widgets in the snippet', {timeout: 5000});
    // As a page parses it: each element drawn (its shadow root), in the snippet's language.
    const page = document.createElement('div');
    (page as any).setHTMLUnsafe(snippet().replace(/<script[^>]*>[\s\S]*?<\/script>/g, ''));
    const tags = ['service-registry', 'contact-card', 'appeal-procedure'];
    const roots = tags.map((tag) => page.querySelector(tag)!.shadowRoot);
    expect(roots.every(Boolean), 'three declarative shadow roots').to.equal(true);
    expect(roots[0]!.querySelectorAll('[part~="item"]').length).to.equal(seed.services.length);
    expect(roots[0]!.querySelector('[part~="heading"]')!.textContent!.trim()).to.equal('Государственные услуги');
    const box = $<HTMLInputElement>(element, '#handover ~ .check input[type="checkbox"]');
    expect(box.checked).to.equal(true);
    box.click();
    await element.updateComplete;
    expect(snippet()).not.to.contain('shadowrootmode');
    expect(snippet()).to.contain('<service-registry lang="ru">');
  });

  it('refuses a damaged file with a message, and keeps the draft', async () => {
    const element = await builder('en');
    button(element, 'School template').click();
    await element.updateComplete;
    await openFile(element, new Uint8Array([0x7b, 0x22, 0xd8, 0xea, 0x22, 0x7d]));
    await waitUntil(
      () => visibleText(element).includes('This file cannot be opened; your draft is kept.'),
      `no message: ${visibleText(element).slice(-300)}`,
    );
    expect($<HTMLInputElement>(element, '[id="organizations[0].name.en"]').value).to.equal('Full name of the school');
  });

  it("makes the organisation's own script, which shows that organisation alone", async () => {
    const other = structuredClone(seed) as any;
    other.id = 'school-5';
    other.organizations = [{id: 'school', name: {ru: 'КГУ «Школа № 5 села Каменка»'}}];
    other.services = [other.services[0]];
    expect(validateProvider(other).ok).to.equal(true);
    const script = ownScript(readersScript, other);
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><html lang="ru"><body><service-registry></service-registry><script>${script.replace(/<\/script/gi, '<\\/script')}</script></body></html>`;
    document.body.append(frame);
    try {
      await waitUntil(
        () => frame.contentDocument?.querySelector('service-registry')?.shadowRoot?.textContent?.includes('Каменка'),
        'the own script shows its organisation',
      );
      const text = frame.contentDocument!.querySelector('service-registry')!.shadowRoot!.textContent!;
      expect(text).to.contain('1 услуга');
      expect(text).to.not.contain('Осакаров');
    } finally {
      frame.remove();
    }
  });

  it('turns the pasted Kazakh and Russian Word tables into one organisation, row by row', async () => {
    const element = await builder('en');
    const paste = async (file: string, language: 'kk' | 'ru') => {
      const select = $<HTMLSelectElement>(element, '#paste-language');
      select.value = language;
      select.dispatchEvent(new Event('change'));
      const clipboardData = new DataTransfer();
      clipboardData.setData('text/html', await (await fetch(`/test/fixtures/builder/${file}`)).text());
      clipboardData.setData('text/plain', 'ignored when there is HTML');
      // Firefox ignores clipboardData given to a synthetic ClipboardEvent: the same DataTransfer on the event.
      const event = new Event('paste', {bubbles: true, cancelable: true});
      Object.defineProperty(event, 'clipboardData', {value: clipboardData});
      $(element, 'textarea#paste').dispatchEvent(event);
      await element.updateComplete;
      const report = $(element, 'table.report');
      expect(report.querySelectorAll('tbody tr').length, 'a row of the report per row of the table').to.be.above(9);
      button(element, 'Add to the draft').click();
      await element.updateComplete;
    };
    await paste('seed-kk-word.html', 'kk');
    await paste('seed-ru-word.html', 'ru');
    // The tables do not name the organisation: the one message left leads to its name.
    const name = $<HTMLInputElement>(element, '[id="organizations[0].name.ru"]');
    name.value = 'ГУ «Отдел образования Осакаровского района»';
    name.dispatchEvent(new Event('change'));
    await element.updateComplete;
    expect($(element, '#check + p').textContent).to.contain('No errors');
    const registry = $(element, 'service-registry');
    await waitUntil(() => visibleText(registry).includes('00403007'), 'the preview shows the pasted services');
    for (const lang of ['kk', 'ru']) {
      registry.setAttribute('lang', lang);
      await waitUntil(
        () => visibleText(registry).includes(lang === 'kk' ? '10 қызмет' : '10 услуг'),
        `the preview in ${lang}`,
      );
    }
    expect(visibleText(registry)).to.contain('Кузьмина Анна Сергеевна');
    expect(visibleText(registry)).to.contain('8 (778) 206-09-82');
  });

  it('can be used with the keyboard from a template to the download', async () => {
    const element = await builder('en');
    button(element, 'School template').focus();
    await sendKeys({press: 'Enter'});
    await element.updateComplete;
    expect($(element, '#check + p').textContent).to.contain('No errors');
    const downloads = catchDownloads();
    try {
      button(element, 'Download JSON').focus();
      await sendKeys({press: 'Enter'});
    } finally {
      downloads.restore();
    }
    expect(downloads.files).to.have.length(1);
  });
});
