import {expect, waitUntil} from '@open-wc/testing';
import {emulateMedia} from '@web/test-runner-commands';
import type {AppealProcedureElement} from '../src/index.js';
import {iinProblem} from '../src/elements/appeal-procedure/complaint/iin.js';
import {composeComplaint, letterText, type ComplaintDraft} from '../src/elements/appeal-procedure/complaint/letter.js';
import {inLocale} from '../src/i18n/localization.js';
import {formatDate} from '../src/i18n/dates.js';
import type {Locale} from '../src/i18n/locale.js';
import {$, $$, html, render, visibleText} from './helpers.js';

/** Every part is in the text, in this order. */
function expectInOrder(text: string, parts: string[]): void {
  const at = parts.map((part) => text.indexOf(part));
  expect(
    at.every((position) => position >= 0),
    `${JSON.stringify(at)}\n${text}`,
  ).to.equal(true);
  expect([...at].sort((a, b) => a - b)).to.deep.equal(at);
}

describe('the complaint draft: ИИН', () => {
  it('accepts valid numbers, with spaces, and one whose check digit needs the second weights', () => {
    for (const iin of ['850312301239', '951115405677', '120229500121', '000101500001', '8503 1230 0305'])
      expect(iinProblem(iin), iin).to.equal(undefined);
  });

  it('names what is wrong: length, birth date, check digit', () => {
    expect(iinProblem('85031230123')).to.equal('length');
    expect(iinProblem('85031230123a')).to.equal('length');
    expect(iinProblem('851312301239')).to.equal('birth-date'); // month 13
    expect(iinProblem('070229600017')).to.equal('birth-date'); // 29 February 2007
    expect(iinProblem('850312701239')).to.equal('birth-date'); // century digit 7
    expect(iinProblem('850312301238')).to.equal('check-digit');
    expect(iinProblem('850312301293')).to.equal('check-digit'); // two digits swapped
  });
});

const DRAFT: ComplaintDraft = {
  addressee: 'Руководителю ГУ «Отдел образования Осакаровского района»',
  fullName: 'Иванова Айгерим Сериковна',
  iin: '850312301239',
  postalAddress: 'пос. Осакаровка, ул. Пионерская, 12',
  actualAddress: '',
  phone: '8 (778) 123-45-67',
  email: '',
  service: 'Прием документов и зачисление детей в дошкольные организации',
  applicationDate: '2026-10-01',
  applicationNumber: 'KZ-123',
  official: 'Кузьмина Анна Сергеевна, методист',
  happened: 'Мне отказали в приеме документов без объяснения причин.',
  asked: 'принять документы и зачислить ребенка в детский сад.',
  attachments: 'Копия заявления\n\nКопия свидетельства о рождении',
  date: '2026-11-25',
};

function letterIn(locale: Locale, draft = DRAFT) {
  return inLocale(locale, () => composeComplaint(draft, (date) => formatDate(date, locale)));
}

describe('the complaint draft: the letter', () => {
  it('says what the law asks, in Russian, leaving out what was left empty', () => {
    const letter = letterIn('ru');
    expect(letter.heading).to.deep.equal([
      'Руководителю ГУ «Отдел образования Осакаровского района»',
      'Заявитель: Иванова Айгерим Сериковна',
      'ИИН: 850312301239',
      'Почтовый адрес: пос. Осакаровка, ул. Пионерская, 12',
      'Телефон: 8 (778) 123-45-67',
    ]);
    expect(letter.title).to.equal('ЖАЛОБА');
    expect(letter.subject).to.equal('Обжалуемое решение, действие (бездействие): Кузьмина Анна Сергеевна, методист');
    expect(letter.body[0]).to.equal(
      'Мной подано заявление на получение государственной услуги «Прием документов и зачисление детей в дошкольные организации». Заявление № KZ-123 от 1 октября 2026 г.',
    );
    expect(letter.body[2]).to.equal('Прошу: принять документы и зачислить ребенка в детский сад.');
    expect(letter.attachments).to.deep.equal(['1. Копия заявления', '2. Копия свидетельства о рождении']);
    expect(letter.signature).to.deep.equal(['25 ноября 2026 г.', 'Подпись: ____________']);
  });

  it('writes Kazakh and English letters', () => {
    const kk = letterIn('kk');
    expect(kk.title).to.equal('ШАҒЫМ');
    expect(kk.heading[2]).to.equal('ЖСН: 850312301239');
    expect(kk.body[0]).to.contain('мемлекеттік көрсетілетін қызметін алуға өтініш бердім.');
    expect(kk.body[0]).to.contain('2026 жылғы 1 қазан күнгі № KZ-123 өтініш.');
    expect(kk.signature[1]).to.equal('Қолы: ____________');
    const en = letterIn('en');
    expect(en.title).to.equal('COMPLAINT');
    expect(en.body[2]).to.equal('I ask: принять документы и зачислить ребенка в детский сад.');
  });

  it('copies as plain text, in the order a letter reads', () => {
    const text = letterText(letterIn('ru'), 'Приложения:');
    const order = [
      'Руководителю',
      'Заявитель:',
      'ИИН:',
      'ЖАЛОБА',
      'Обжалуемое',
      'Мной подано',
      'Мне отказали',
      'Прошу:',
      'Приложения:',
      '1. Копия',
      '25 ноября',
      'Подпись:',
    ];
    expectInOrder(text, order);
  });

  it('leaves the application line out when neither its date nor its number is known', () => {
    const letter = letterIn('ru', {...DRAFT, applicationDate: '', applicationNumber: ''});
    expect(letter.body[0]).to.equal(
      'Мной подано заявление на получение государственной услуги «Прием документов и зачисление детей в дошкольные организации».',
    );
  });
});

const STORED = 'gov-service-widgets:complaint:osakarovka-education';

/** What a parent types, in Russian; the selects take their options' texts. */
const TYPED: Partial<ComplaintDraft> = {
  fullName: 'Иванова Айгерим Сериковна',
  iin: '850312301239',
  postalAddress: 'пос. Осакаровка, ул. Пионерская, 12',
  phone: '8 (778) 123-45-67',
  official: 'Кузьмина Анна Сергеевна, методист',
  happened: 'Мне отказали в приеме документов без объяснения причин.',
  asked: 'принять документы и зачислить ребенка в детский сад.',
  attachments: 'Копия заявления\n\nКопия свидетельства о рождении',
  date: '2026-11-25',
};

async function appeal(lang: string, open = true): Promise<AppealProcedureElement> {
  const element = await render<AppealProcedureElement>(html`<appeal-procedure lang=${lang}></appeal-procedure>`);
  if (open && !element.shadowRoot!.querySelector('form')) {
    $(element, '.complaint-toggle').click();
    await element.updateComplete;
  }
  return element;
}

function control(element: Element, key: keyof ComplaintDraft): HTMLInputElement {
  return $(element, `#c-${key}`) as HTMLInputElement;
}

/** Types as a parent does: each field's value, then its input event. */
async function type(element: AppealProcedureElement, values: Partial<ComplaintDraft>): Promise<void> {
  for (const [key, value] of Object.entries(values)) {
    const field = control(element, key as keyof ComplaintDraft);
    field.value = value;
    field.dispatchEvent(new Event(field.localName === 'select' ? 'change' : 'input', {bubbles: true}));
    await element.updateComplete;
  }
}

/** Picks an option of a select by the start of its text. */
async function choose(element: AppealProcedureElement, key: 'addressee' | 'service', start: string): Promise<void> {
  const options = [...(control(element, key) as unknown as HTMLSelectElement).options].map((option) => option.text);
  const text = options.find((option) => option.startsWith(start));
  expect(text, `${key}: ${options.join(' | ')}`).to.be.a('string');
  await type(element, {[key]: text});
}

async function submit(element: AppealProcedureElement): Promise<void> {
  $(element, 'button.primary').click();
  await element.updateComplete;
  await element.updateComplete;
}

async function letterOf(element: AppealProcedureElement): Promise<void> {
  await choose(
    element,
    'addressee',
    {kk: '«Осакаров', ru: 'Руководителю ГУ', en: 'To the head of State'}[element.lang]!,
  );
  await choose(
    element,
    'service',
    {
      kk: 'Мектепке дейінгі ұйымдарға құжат',
      ru: 'Прием документов и зачисление детей',
      en: 'Acceptance of documents and enrol',
    }[element.lang]!,
  );
  await type(element, TYPED);
  await submit(element);
}

const letterText$ = (element: Element) => $(element, '.letter').innerText;

describe('the complaint draft: the form', () => {
  beforeEach(() => sessionStorage.clear());
  afterEach(() => sessionStorage.clear()); // a draft left in this tab would open the form in later test files

  it('is closed by default, and opens with its button', async () => {
    const element = await appeal('en', false);
    const toggle = $(element, '.complaint-toggle');
    expect(toggle.parentElement!.localName, 'a heading one level below the element’s').to.equal('h3');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(element.shadowRoot!.querySelector('form')).to.equal(null);
    toggle.click();
    await element.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(element.shadowRoot!.querySelector('form')).to.not.equal(null);
    expect(visibleText(element)).to.contain('Your answers stay in this browser tab; nothing is sent.');
  });

  it('labels every field, marks the required ones in words, and gives each a unique id', async () => {
    const element = await appeal('ru');
    const controls = $$(element, 'form input, form select, form textarea');
    expect(controls).to.have.length(15);
    const ids = controls.map((field) => field.id);
    expect(new Set(ids).size).to.equal(15);
    for (const field of controls) expect($(element, `label[for="${field.id}"]`).textContent).to.not.equal('');
    expect($(element, 'label[for="c-iin"]').textContent).to.contain('(обязательно)');
    expect($(element, 'label[for="c-phone"]').textContent).to.not.contain('(обязательно)');
    expect(control(element, 'phone').type).to.equal('tel');
    expect(control(element, 'email').type).to.equal('email');
    expect(control(element, 'fullName').getAttribute('autocomplete')).to.equal('name');
    expect(control(element, 'postalAddress').getAttribute('autocomplete')).to.equal('street-address');
    expect(control(element, 'iin').getAttribute('aria-describedby')).to.equal('c-iin-hint');
    expect(control(element, 'date').value, 'today').to.match(/^\d{4}-\d\d-\d\d$/);
    const addressees = [...(control(element, 'addressee') as unknown as HTMLSelectElement).options].map((o) => o.text);
    expect(addressees).to.deep.equal([
      'Выберите…',
      'Руководителю ГУ «Отдел образования Осакаровского района»',
      'Руководителю КГУ «Общеобразовательная школа № 17»',
      'Кому: Департамент Агентства Республики Казахстан по делам государственной службы и противодействию коррупции по Карагандинской области',
      'Кому: ГУ «Аппарат акима Осакаровского района»',
    ]);
    expect((control(element, 'service') as unknown as HTMLSelectElement).options).to.have.length(11);
  });

  it('shows no error while the parent types, then each one beside its field and in a summary whose links focus the fields', async () => {
    const element = await appeal('en');
    await type(element, {fullName: 'A', email: 'not an address'});
    expect($$(element, '.error, .error-summary')).to.have.length(0);
    await submit(element);
    const summary = $(element, '.error-summary');
    expect(element.shadowRoot!.activeElement === summary, 'the summary has focus').to.equal(true);
    expect(summary.getAttribute('role')).to.equal('alert');
    expect(summary.querySelector('h4')!.textContent).to.equal('There is a problem');
    const links = [...summary.querySelectorAll('a')];
    expect(links.map((link) => link.textContent)).to.deep.equal([
      'To whom: Fill this in.',
      'IIN (individual identification number): Fill this in.',
      'Postal address: Fill this in.',
      'E-mail: Write the e-mail address like name@example.kz.',
      'The state service: Fill this in.',
      'Whose decision or action you complain about: Fill this in.',
      'What happened: Fill this in.',
      'What you ask for: Fill this in.',
    ]);
    for (const link of links) {
      link.click();
      await element.updateComplete;
      const field = element.shadowRoot!.activeElement as HTMLElement;
      expect(`#${field.id}`).to.equal(link.getAttribute('href'));
      expect(field.getAttribute('aria-invalid')).to.equal('true');
      const error = element.shadowRoot!.getElementById(`${field.id}-error`)!;
      expect(field.getAttribute('aria-describedby')).to.contain(error.id);
      expect(link.textContent).to.contain(error.textContent);
    }
    expect(location.hash).to.equal('');
    expect(control(element, 'fullName').getAttribute('aria-invalid')).to.equal('false');
    expect(element.shadowRoot!.querySelector('.letter')).to.equal(null);
  });

  it('says what is wrong with an ИИН, in each language', async () => {
    const cases: [string, string, string][] = [
      ['85031230123', 'en', 'An IIN has 12 digits.'],
      ['851312301239', 'en', 'The first 6 digits of an IIN are a date of birth (YYMMDD): check them.'],
      ['850312301238', 'en', 'The last digit does not match the others: check the IIN for a typo.'],
      ['85031230123', 'kk', 'ЖСН 12 цифрдан тұрады.'],
      ['850312301238', 'ru', 'Последняя цифра не сходится с остальными: проверьте, нет ли опечатки в ИИН.'],
    ];
    for (const [iin, lang, message] of cases) {
      sessionStorage.clear();
      const element = await appeal(lang);
      await type(element, {iin});
      await submit(element);
      expect($(element, '#c-iin-error').textContent, iin).to.equal(message);
      element.remove();
    }
  });

  it('makes the letter in Russian: addressee, complainant, ИИН, service, what is asked, attachments, date, signature', async () => {
    const element = await appeal('ru');
    await letterOf(element);
    expect(element.shadowRoot!.querySelector('.error-summary')).to.equal(null);
    expect(element.shadowRoot!.activeElement === $(element, '.letter'), 'the letter has focus').to.equal(true);
    const text = letterText$(element);
    const order = [
      'Руководителю ГУ «Отдел образования Осакаровского района»',
      'Заявитель: Иванова Айгерим Сериковна',
      'ИИН: 850312301239',
      'Почтовый адрес: пос. Осакаровка, ул. Пионерская, 12',
      'Телефон: 8 (778) 123-45-67',
      'ЖАЛОБА',
      'Обжалуемое решение, действие (бездействие): Кузьмина Анна Сергеевна, методист',
      'Мной подано заявление на получение государственной услуги «Прием документов и зачисление детей в дошкольные организации».',
      'Мне отказали',
      'Прошу: принять документы и зачислить ребенка в детский сад.',
      'Приложения:',
      '1. Копия заявления',
      '2. Копия свидетельства о рождении',
      '25 ноября 2026 г.',
      'Подпись: ____________',
    ];
    expectInOrder(text, order);
    expect(text).to.not.contain('Фактический адрес');
    expect(getComputedStyle($(element, '.letter-title')).textAlign).to.equal('center');
  });

  it('makes the letter in Kazakh and in English', async () => {
    const letters: [string, string[]][] = [
      [
        'kk',
        [
          '«Осакаров ауданының білім бөлімі» ММ басшысына',
          'Шағым беруші: Иванова Айгерим Сериковна',
          'ЖСН: 850312301239',
          'ШАҒЫМ',
          '«Мектепке дейінгі ұйымдарға құжаттарды қабылдау және балаларды қабылдау» мемлекеттік көрсетілетін қызметін алуға өтініш бердім.',
          'Сұраймын: принять документы',
          'Қосымшалар:',
          '1. Копия заявления',
          '2026 жылғы 25 қараша',
          'Қолы: ____________',
        ],
      ],
      [
        'en',
        [
          'To the head of State Institution "Osakarovka District Education Department"',
          'Complainant: Иванова Айгерим Сериковна',
          'IIN: 850312301239',
          'COMPLAINT',
          'I applied for the state service «Acceptance of documents and enrollment of children',
          'I ask: принять документы',
          'Attachments:',
          '2. Копия свидетельства о рождении',
          'November 25, 2026',
          'Signature: ____________',
        ],
      ],
    ];
    for (const [lang, parts] of letters) {
      sessionStorage.clear();
      const element = await appeal(lang);
      await letterOf(element);
      const text = letterText$(element);
      for (const part of parts) expect(text, lang).to.contain(part);
      element.remove();
    }
  });

  it('copies the letter as plain text, and says so; or says how to copy it by hand', async () => {
    let copied = '';
    const own = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
    const stub = (writeText: (text: string) => Promise<void>) =>
      Object.defineProperty(navigator, 'clipboard', {value: {writeText}, configurable: true});
    try {
      stub(async (text) => void (copied = text));
      const element = await appeal('ru');
      await letterOf(element);
      const copy = $$(element, '.actions button').find((button) => button.textContent!.trim() === 'Копировать')!;
      copy.click();
      const notice = $(element, '.notice');
      expect(notice.getAttribute('role')).to.equal('status');
      await waitUntil(() => notice.textContent!.trim(), 'it never said so');
      expect(notice.textContent!.trim()).to.equal('Текст жалобы скопирован.');
      expect(
        copied.startsWith('Руководителю ГУ «Отдел образования Осакаровского района»\nЗаявитель: Иванова'),
      ).to.equal(true);
      expect(copied).to.contain('\n\nЖАЛОБА\nОбжалуемое');
      expect(copied).to.contain(
        'Приложения:\n1. Копия заявления\n2. Копия свидетельства о рождении\n\n25 ноября 2026 г.\nПодпись:',
      );
      expect(copied).to.not.contain('<');
      stub(() => Promise.reject(new DOMException('denied', 'NotAllowedError')));
      copy.click();
      await waitUntil(() => notice.textContent!.includes('Браузер'), 'it never said how to copy by hand');
      expect(notice.textContent!.trim()).to.equal(
        'Браузер не разрешил копирование: выделите текст жалобы и скопируйте его.',
      );
    } finally {
      if (own) Object.defineProperty(navigator, 'clipboard', own);
      else delete (navigator as any).clipboard;
    }
  });

  it('keeps the draft in this tab across a new element, and forgets it with «Clear»', async () => {
    const first = await appeal('ru');
    await type(first, {fullName: 'Иванова Айгерим Сериковна', happened: 'Отказали.'});
    await choose(first, 'service', 'Прием документов и зачисление детей');
    first.remove();
    expect(JSON.parse(sessionStorage.getItem(STORED)!).fullName).to.equal('Иванова Айгерим Сериковна');
    const second = await appeal('ru', false);
    expect(second.shadowRoot!.querySelector('form'), 'a draft opens the form').to.not.equal(null);
    expect(control(second, 'fullName').value).to.equal('Иванова Айгерим Сериковна');
    expect(control(second, 'happened').value).to.equal('Отказали.');
    expect(control(second, 'service').value).to.contain('Прием документов и зачисление детей');
    $$(second, 'button')
      .find((button) => button.textContent!.trim() === 'Очистить')!
      .click();
    await second.updateComplete;
    expect(control(second, 'fullName').value).to.equal('');
    expect(control(second, 'happened').value).to.equal('');
    expect(control(second, 'service').value).to.equal('');
    expect(sessionStorage.getItem(STORED)).to.equal(null);
    second.remove();
    const third = await appeal('ru', false);
    expect(third.shadowRoot!.querySelector('form')).to.equal(null);
  });

  it('opens an empty form again closed, and ignores a damaged stored draft', async () => {
    const first = await appeal('en');
    first.remove();
    expect((await appeal('en', false)).shadowRoot!.querySelector('form'), 'only opened').to.equal(null);
    sessionStorage.setItem(STORED, JSON.stringify({fullName: 5, iin: '850312301239', happened: null}));
    const second = await appeal('en', false);
    expect(control(second, 'fullName').value).to.equal('');
    expect(control(second, 'iin').value).to.equal('850312301239');
    await submit(second);
    expect($(second, '#c-fullName-error').textContent).to.equal('Fill this in.');
  });

  it('works when session storage throws (a sandboxed frame, a private mode)', async () => {
    const {getItem, setItem} = Storage.prototype;
    Storage.prototype.getItem = Storage.prototype.setItem = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    try {
      const element = await appeal('en');
      await letterOf(element);
      expect(letterText$(element)).to.contain('COMPLAINT');
    } finally {
      Object.assign(Storage.prototype, {getItem, setItem});
    }
  });

  it('links to e-Otinish and the egov.kz personal account in a new tab, and says so', async () => {
    const element = await appeal('kk');
    const links = $$(element, '.complaint a[target="_blank"]');
    expect(links.map((link) => link.getAttribute('href'))).to.deep.equal([
      'https://eotinish.gov.kz/',
      'https://egov.kz/cms/kk',
    ]);
    for (const link of links) {
      expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
      expect(link.textContent).to.contain('(жаңа қойындыда ашылады)');
    }
  });

  it('requests nothing from opening the page to printing', async () => {
    const requests: string[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) requests.push(entry.name);
    });
    observer.observe({type: 'resource'});
    const {fetch: ownFetch, print: ownPrint} = window;
    const {open: ownOpen} = XMLHttpRequest.prototype;
    const ownBeacon = navigator.sendBeacon;
    let printed = 0;
    window.fetch = (...args) => (requests.push(`fetch ${args[0]}`), ownFetch(...args));
    XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, ...args: any[]) {
      requests.push(`xhr ${args[1]}`);
      return (ownOpen as any).apply(this, args);
    };
    navigator.sendBeacon = (url) => (requests.push(`beacon ${url}`), false);
    window.print = () => void printed++;
    const start = performance.now();
    try {
      const element = await appeal('ru');
      await submit(element);
      await letterOf(element);
      $$(element, '.actions button')
        .find((button) => button.textContent!.trim() === 'Распечатать')!
        .click();
      expect(printed).to.equal(1);
      await new Promise((resolve) => setTimeout(resolve, 200));
      requests.push(
        ...performance
          .getEntriesByType('resource')
          .filter((entry) => entry.startTime > start)
          .map((e) => e.name),
      );
      expect([...new Set(requests)]).to.deep.equal([]);
    } finally {
      observer.disconnect();
      Object.assign(window, {fetch: ownFetch, print: ownPrint});
      XMLHttpRequest.prototype.open = ownOpen;
      navigator.sendBeacon = ownBeacon;
    }
  });

  it('leaves nothing in the page when the element with a letter is removed', async () => {
    const element = await appeal('en');
    await letterOf(element);
    expect(document.adoptedStyleSheets).to.have.length(1);
    element.remove();
    expect(document.adoptedStyleSheets).to.have.length(0);
  });

  for (const lang of ['kk', 'ru', 'en']) {
    it(`is accessible in ${lang}, open, with errors shown, and with its letter`, async () => {
      const element = await appeal(lang);
      await expect(element).to.be.accessible();
      await submit(element);
      expect($$(element, '.error').length).to.be.above(0);
      await expect(element).to.be.accessible();
      await letterOf(element);
      await expect(element).to.be.accessible();
    });
  }
});

describe('the complaint draft: printing the letter alone', () => {
  before(async function () {
    try {
      await emulateMedia({media: 'screen'});
    } catch {
      this.skip(); // WebDriver (WebKit) cannot emulate print media; README lists it.
    }
  });
  afterEach(async () => {
    await emulateMedia({media: 'screen'}).catch(() => undefined);
    sessionStorage.clear();
  });

  it('prints only the letter: not the procedure, the form, or the page around the element', async () => {
    sessionStorage.clear();
    const page = await render<HTMLElement>(
      html`<main>
        <p id="before">The school's own page</p>
        <div><appeal-procedure lang="ru"></appeal-procedure></div>
        <footer id="after">Footer</footer>
      </main>`,
    );
    const element = page.querySelector('appeal-procedure')!;
    $(element, '.complaint-toggle').click();
    await element.updateComplete;
    await letterOf(element);
    const shown = (node: Element) => getComputedStyle(node).display !== 'none';
    expect(shown(page.querySelector('#before')!), 'on screen').to.equal(true);
    await emulateMedia({media: 'print'});
    expect(shown(page.querySelector('#before')!), 'the page before').to.equal(false);
    expect(shown(page.querySelector('#after')!), 'the page after').to.equal(false);
    expect(shown($(element, '.steps')), 'the procedure').to.equal(false);
    expect(shown($(element, 'form')), 'the form').to.equal(false);
    expect(shown($(element, '.actions')), 'the buttons').to.equal(false);
    expect(shown($(element, '.letter'))).to.equal(true);
    expect($(element, '.letter').getBoundingClientRect().height).to.be.above(100);
    expect(shown($(element, '.letter-to'))).to.equal(true);
    // Without a letter, the page prints as it is, and nothing of ours stays in it.
    $$(element, 'button')
      .find((button) => button.textContent!.trim() === 'Очистить')!
      .click();
    await element.updateComplete;
    expect(shown(page.querySelector('#before')!)).to.equal(true);
    expect(shown($(element, '.steps'))).to.equal(true);
    expect(element.hasAttribute('data-gsw-print')).to.equal(false);
    expect(document.adoptedStyleSheets).to.have.length(0);
  });
});
