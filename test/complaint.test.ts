import {expect} from '@open-wc/testing';
import {iinProblem} from '../src/elements/appeal-procedure/complaint/iin.js';
import {composeComplaint, letterText, type ComplaintDraft} from '../src/elements/appeal-procedure/complaint/letter.js';
import {inLocale} from '../src/i18n/localization.js';
import {formatDate} from '../src/i18n/dates.js';
import type {Locale} from '../src/i18n/locale.js';

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
    const at = order.map((part) => text.indexOf(part));
    expect(
      at.every((position) => position >= 0),
      JSON.stringify(at),
    ).to.equal(true);
    expect([...at].sort((a, b) => a - b)).to.deep.equal(at);
  });

  it('leaves the application line out when neither its date nor its number is known', () => {
    const letter = letterIn('ru', {...DRAFT, applicationDate: '', applicationNumber: ''});
    expect(letter.body[0]).to.equal(
      'Мной подано заявление на получение государственной услуги «Прием документов и зачисление детей в дошкольные организации».',
    );
  });
});
