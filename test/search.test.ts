import {expect, waitUntil} from '@open-wc/testing';
import type {ServiceRegistryElement} from '../src/index.js';
import {validateProvider} from '../src/data/validate.js';
import everydayWords from '../data/search/everyday-words.json';
import {$, $$, html, manyServices, render, search, seedCopy, shownCodes} from './helpers.js';

/** The codes of the services on screen, best first, without the register's leading zeros. */
function shown(element: ServiceRegistryElement): string[] {
  return shownCodes(element).map((code) => code.replace(/^00/, ''));
}

const ABDUOVA = ['403007', '403008', '403009', '803014', '403001'];
const KUZMINA = ['803014', '403002', '403003', '403004', '403015', '803005'];
const ALL = [...new Set([...ABDUOVA, ...KUZMINA])];

/**
 * What parents type, and what they mean. `finds`: exactly these services, best first when the
 * order is given as `first`; the rest of the list must not show.
 */
const QUERIES: {query: string; finds: string[]; first?: string; why: string}[] = [
  {query: 'питание', finds: ['403008'], why: 'the name says «питания»'},
  {query: 'бесплатное питание', finds: ['403008'], why: 'two words narrow: free home schooling is not food'},
  {query: 'питан', finds: ['403008'], why: 'the start of a word, never the middle: not «воспитанников»'},
  {query: 'Питанием', finds: ['403008'], why: 'another case of the word'},
  {query: 'детский сад', finds: ['403001', '403002'], why: 'everyday words for «дошкольные организации»'},
  {query: 'садик', finds: ['403001', '403002'], why: 'everyday word'},
  {query: 'балабақша', finds: ['403001', '403002'], why: 'Kazakh everyday word for «мектепке дейінгі ұйым»'},
  {query: 'балабакша', finds: ['403001', '403002'], why: 'the same, typed on a Russian keyboard'},
  {query: 'балаба', finds: ['403001', '403002'], why: 'an everyday word still being typed'},
  {query: 'тамақтану', finds: ['403008'], why: 'the name says «тамақтандыруды»'},
  {query: 'ыстық тамақ', finds: ['403008'], why: 'everyday phrase'},
  {query: 'тамак', finds: ['403008'], why: 'Kazakh on a Russian keyboard'},
  {query: 'автобус', finds: ['403007'], why: 'everyday word for «подвоз» / «тасымалдау»'},
  {query: 'подвоз', finds: ['403007'], why: 'the Russian name from a Kazakh interface'},
  {query: 'тасымалдау', finds: ['403007'], why: 'the name says «тасымалдауды»'},
  {query: 'дубликат', finds: ['803005'], why: 'the name says «дубликатов»'},
  {query: 'телнұсқа', finds: ['803005'], why: 'the Kazakh name says «телнұсқаларын»'},
  {query: 'копия аттестата', finds: ['803005'], why: 'everyday words for a duplicate of a certificate'},
  {query: 'лагерьлерде', finds: ['403009'], why: 'a chain of Kazakh suffixes'},
  {query: 'летний лагерь', finds: ['403009'], why: 'everyday phrase'},
  {query: 'на дому', finds: ['403004'], why: 'a phrase: «домой» in the bus service is not «на дому»'},
  {query: 'аттестация', finds: ['803014'], why: 'not «категориям» of pupils'},
  {query: 'первый класс', finds: ['403003', '403002'], first: '403003', why: 'enrolment, school before kindergarten'},
  {query: 'очередь', finds: ['403001'], why: 'the name says «на очередь»'},
  {query: 'кезек', finds: ['403001'], why: 'the Kazakh name says «кезекке»'},
  {query: 'перевод', finds: ['403015'], why: 'the name says «перевода»'},
  {query: 'мектепке дейінгі кезек', finds: ['403001'], why: 'several Kazakh words narrow'},
  {query: 'шалгайдагы', finds: ['403007'], why: 'Kazakh on a Russian keyboard'},
  {query: '403008', finds: ['403008'], why: 'a code without its zeros'},
  {query: '00403008', finds: ['403008'], why: 'a code as the register prints it'},
  {query: '8030', finds: ['803014', '803005'], why: 'the start of a code'},
  {query: 'Кузьмина', finds: KUZMINA, why: 'an official'},
  {query: '206-09-82', finds: KUZMINA, why: 'a phone as it is shown, without the area code'},
  {query: '8 (778) 206-09-82', finds: KUZMINA, why: 'a phone as it is shown'},
  {query: '+7 778 206 09 82', finds: KUZMINA, why: 'a phone in international form'},
  {query: '87782060982', finds: KUZMINA, why: 'a phone as digits'},
  {query: '4-13-94', finds: ABDUOVA, why: 'a local number'},
  {query: '8 (72149) 4-13-94', finds: ABDUOVA, why: 'a district number'},
  {query: '8 778', finds: ALL, why: 'a mobile prefix: every official here has an 8 (778) number, and no code matches'},
  {query: 'meals', finds: ['403008'], why: 'English'},
  {query: 'kindergarten', finds: ['403001', '403002'], why: 'English everyday word'},
  {query: 'нет такой услуги', finds: [], why: 'nothing'},
];

/** The seed with a term for every service, so that every result row has details to open. */
function seedWithTerms(): any {
  const data = seedCopy();
  for (const service of data.services) service.term = {ru: '5 рабочих дней', kk: '5 жұмыс күні'};
  return data;
}

describe('search: what parents type', () => {
  let element: ServiceRegistryElement;
  beforeEach(async () => {
    element = await render<ServiceRegistryElement>(html`<service-registry lang="ru"></service-registry>`);
  });

  for (const {query, finds, first, why} of QUERIES) {
    it(`«${query}» finds ${finds.join(', ') || 'nothing'} (${why})`, async () => {
      await search(element, query);
      const found = shown(element);
      expect([...found].sort(), query).to.deep.equal([...finds].sort());
      if (first) expect(found[0], query).to.equal(first);
    });
  }

  it('ranks a match in the name above one in the documents or officials', async () => {
    const data = seedCopy();
    data.services[0].documents = [{ru: 'Справка о составе семьи', kk: 'Отбасы құрамы туралы анықтама'}];
    data.services[5].name = {ru: 'Выдача справки', kk: 'Анықтама беру'};
    const own = await render<ServiceRegistryElement>(
      html`<service-registry lang="ru" .data=${data}></service-registry>`,
    );
    await search(own, 'справка');
    expect(shown(own)).to.deep.equal(['403002', '403007']);
  });

  it('learns an organisation’s own everyday words from its data (searchWords)', async () => {
    const data = seedCopy();
    data.searchWords = [['кружок', 'подвоз']];
    const own = await render<ServiceRegistryElement>(
      html`<service-registry lang="ru" .data=${data}></service-registry>`,
    );
    await search(own, 'кружок');
    expect(shown(own)).to.deep.equal(['403007']);
    await search(element, 'кружок'); // the bundled organisation does not have them
    expect(shown(element)).to.deep.equal([]);
  });

  it('ships everyday words that an organisation could have written itself (valid searchWords)', () => {
    expect(validateProvider({...seedCopy(), searchWords: everydayWords}).ok).to.equal(true);
  });

  it('checks an organisation’s searchWords: groups of two phrases or more, each a text', () => {
    const data = seedCopy();
    data.searchWords = [['кружок'], ['секция', 42], 'садик'];
    const result = validateProvider(data);
    expect(result.ok).to.equal(false);
    expect(result.ok ? [] : result.issues.map((issue) => `${issue.path}: ${issue.message.kind}`)).to.deep.equal([
      'searchWords[0]: too-few',
      'searchWords[1][1]: expected',
      'searchWords[2]: expected',
    ]);
  });

  it('shows the best 20 of many results, and all of them on request', async () => {
    const many = await render<ServiceRegistryElement>(
      html`<service-registry lang="ru" .data=${manyServices(300)}></service-registry>`,
    );
    await search(many, 'услуга');
    expect(shown(many)).to.have.length(20);
    const more = $(many, '.more button');
    expect(more.textContent!.trim()).to.equal('Показать все найденные: 300 услуг');
    more.click();
    await many.updateComplete;
    expect(shown(many)).to.have.length(300);
    expect(many.shadowRoot!.querySelector('.more')).to.equal(null);
  });

  it('closes the details a previous query opened, and keeps ids unique', async () => {
    const data = seedWithTerms();
    const own = await render<ServiceRegistryElement>(
      html`<service-registry lang="ru" .data=${data}></service-registry>`,
    );
    await search(own, 'питание');
    const toggle = $(own, '.results .toggle');
    toggle.click();
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    await search(own, 'подвоз');
    expect($(own, '.results .toggle').getAttribute('aria-expanded')).to.equal('false');
    expect($(own, '.results .panel').hidden).to.equal(true);
    const ids = $$(own, '[id]').map((node) => node.id);
    expect(new Set(ids).size).to.equal(ids.length);
    await expect(own).to.be.accessible();
  });

  it('touches only the rows that change: a service still found keeps its row and its open details', async () => {
    const data = seedWithTerms();
    const own = await render<ServiceRegistryElement>(
      html`<service-registry lang="ru" .data=${data}></service-registry>`,
    );
    await search(own, 'прием документов');
    const rows = $$(own, '.results [part~="item"]');
    expect(rows.length).to.be.greaterThan(2);
    const kept = rows.find((row) => row.textContent!.includes('аттестации'))!;
    const toggle = kept.querySelector<HTMLElement>('.toggle')!;
    toggle.click();
    await search(own, 'прием документов аттестации');
    const now = $$(own, '.results [part~="item"]');
    expect(now).to.include(kept);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(now.length).to.be.lessThan(rows.length);
    for (const row of rows.filter((row) => row !== kept)) expect(row.isConnected).to.equal(false);
  });

  for (const lang of ['kk', 'ru', 'en']) {
    it(`is accessible in ${lang} with results shown`, async () => {
      const own = await render<ServiceRegistryElement>(html`<service-registry lang=${lang}></service-registry>`);
      await search(own, 'детский сад');
      expect(shown(own)).to.have.length(2);
      await expect(own).to.be.accessible();
    });
  }

  it('searches 1 000 services as the reader types, every row staying in the page', async () => {
    const big = await render<ServiceRegistryElement>(
      html`<service-registry lang="ru" .data=${manyServices(1000)}></service-registry>`,
    );
    await waitUntil(() => $$(big, '.block > .service').length === 1000, 'the list was never finished', {
      timeout: 4000,
    });
    const started = performance.now();
    for (const query of ['у', 'ус', 'усл', 'услуга', 'услуга номер', 'услуга номер 99', 'услуга номер 999']) {
      await search(big, query);
    }
    // Printed, not asserted: a timed assertion would fail on a busy machine (npm run bench measures).
    console.log(`7 keystrokes at 1 000 services: ${(performance.now() - started).toFixed(1)} ms`);
    expect(shown(big)).to.deep.equal(['500999']);
    expect($$(big, '.block > .service')).to.have.length(1000);
  });
});
