import type {Expectation, IssueFormatter, PhoneProblem, WrongEncoding} from '../issues.js';
import {quoted} from './quote.js';

/** What a value should have been, after «обязательно:». */
const REQUIRED: Record<Expectation, string> = {
  object: 'объект',
  list: 'список',
  text: 'непустой текст',
  id: 'идентификатор из строчных латинских букв, цифр и "-" (например, "school-17")',
  code: 'код по реестру из 6–8 цифр, например "00403008"',
  phone: 'номер телефона, записанный как текст',
  url: 'веб-адрес, начинающийся с https:// или http://',
  email: 'адрес электронной почты',
  date: 'дата в формате YYYY-MM-DD',
  version: '1 или 2',
};

/** The same after «должно быть» (творительный падеж). */
const MUST_BE: Record<Expectation, string> = {
  object: 'объектом',
  list: 'списком',
  text: 'непустым текстом',
  id: 'идентификатором из строчных латинских букв, цифр и "-" (например, "school-17")',
  code: 'кодом по реестру из 6–8 цифр, например "00403008"',
  phone: 'номером телефона, записанным как текст',
  url: 'веб-адресом, начинающимся с https:// или http://',
  email: 'адресом электронной почты',
  date: 'датой в формате YYYY-MM-DD',
  version: '1 или 2',
};

const PHONE: Record<PhoneProblem, string> = {
  characters: 'допускаются только цифры, пробелы, скобки, "+" и "-"',
  plus: 'знак "+" допускается только в коде страны +7',
  digits: 'нужен номер из 11 цифр, начинающийся с 8 или +7 (8 (7212) 50-40-66), или короткий номер (1414)',
  'area-code': 'укажите междугородный код в скобках, например 8 (72149) 4-13-94',
};

const ENCODING: Record<WrongEncoding, string> = {
  'windows-1251': 'файл сохранён в кодировке Windows-1251 (ANSI)',
  'utf-16': 'файл сохранён в кодировке UTF-16 («Юникод»)',
  unknown: 'файл не является текстом в кодировке UTF-8',
};

const NOUN: Record<'channel' | 'official', string> = {
  channel: 'канала',
  official: 'ответственного лица',
};

const WHAT: Record<'id' | 'code' | 'value', string> = {
  id: 'id',
  code: 'код',
  value: 'значение',
};

const pluralRules = new Intl.PluralRules('ru');

/** «1 текст», «2 текста», «5 текстов». */
function plural(n: number, one: string, few: string, many: string): string {
  const rule = pluralRules.select(n);
  return rule === 'one' ? one : rule === 'few' ? few : many;
}

/** Names a wrong value in a message. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'список';
  if (typeof value === 'object') return 'объект';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value !== 'string') return `значение типа ${typeof value}`;
  return quoted(value);
}

/** The same after «а не» (творительный падеж): «должно быть объектом, а не списком». */
function notValue(value: unknown): string {
  if (Array.isArray(value)) return 'списком';
  if (value !== null && typeof value === 'object') return 'объектом';
  if (value !== null && !['number', 'boolean', 'string'].includes(typeof value)) return `значением типа ${typeof value}`;
  return describeValue(value);
}

/** The Russian messages of the checker. */
export const formatIssue: IssueFormatter = (message) => {
  switch (message.kind) {
    case 'encoding':
      return `${ENCODING[message.encoding]}: откройте его в текстовом редакторе и сохраните заново в кодировке UTF-8`;
    case 'not-json':
      return `файл не в формате JSON${message.html ? ' (похоже, это HTML-страница: правильный ли адрес?)' : ''}: ${message.detail}`;
    case 'expected':
      return message.value === undefined
        ? `обязательно: ${REQUIRED[message.expected]}`
        : `должно быть ${MUST_BE[message.expected]}, а не ${notValue(message.value)}`;
    case 'one-of':
      return `должно быть одним из значений ${message.allowed.map((a) => `"${a}"`).join(', ')}, а не ${notValue(message.value)}`;
    case 'unknown-field':
      return 'неизвестное поле';
    case 'too-few':
      return `должно содержать минимум ${message.min} ${plural(message.min, 'элемент', 'элемента', 'элементов')}`;
    case 'too-long':
      return `текст длиной ${message.length} ${plural(message.length, 'символ', 'символа', 'символов')}, а допускается не более ${message.max}`;
    case 'control-characters':
      return 'содержит управляющие символы или повреждённые символы (одиночные суррогаты)';
    case 'replacement-character':
      return 'содержит «�» вместо потерянных букв: файл был преобразован из другой кодировки (Windows-1251?); сохраните исходный файл заново в кодировке UTF-8';
    case 'bidi-override':
      return 'содержит невидимые символы, переключающие направление текста справа налево';
    case 'no-kk-or-ru':
      return 'нужен текст на казахском ("kk") или русском ("ru") языке, либо на обоих';
    case 'impossible-date':
      return `"${message.value}" — такого дня нет в календаре`;
    case 'no-reference':
      return `нет ${NOUN[message.noun]} с id ${describeValue(message.value)}`;
    case 'repeats':
      return `повторяется ${WHAT[message.what]} "${message.value}"`;
    case 'phone':
      return `"${message.written}": ${PHONE[message.problem]}`;
    case 'portal-needs-url':
      return 'обязательно для портала';
    case 'name-or-position':
      return 'нужно указать ФИО, должность («Директор») или и то, и другое';
    case 'newer-version':
      return `версия ${message.version} новее той, которую читает этот виджет (${message.supported}): обновите скрипт виджета`;
    case 'repealed-not-marked':
      return `этот закон утратил силу с ${message.since} (вместо него действует Административный процедурно-процессуальный кодекс): добавьте "repealed", чтобы читатели об этом знали`;
    case 'no-code':
      return 'не указан код по реестру: читатели смогут найти услугу только по названию';
    case 'no-area-code':
      return `у номера "${message.written}" нет междугородного кода: на него нельзя позвонить с мобильного или из другого района; запишите его так: 8 (72149) 4-13-94`;
    case 'one-language': {
      const [language, other, shown] =
        message.language === 'kk' ? ['казахском', 'русской', 'казахский'] : ['русском', 'казахской', 'русский'];
      const others = message.others
        ? ` (как и ещё ${message.others} ${plural(message.others, 'текст', 'текста', 'текстов')})`
        : '';
      return `только на ${language} языке${others}: читатели ${other} версии увидят здесь ${shown} текст`;
    }
    case 'unreachable':
      return 'не указаны ни телефон, ни электронная почта, ни часы приёма: читатели не смогут с ним связаться';
  }
};
