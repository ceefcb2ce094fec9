import type {Expectation, IssueFormatter, PhoneProblem, WrongEncoding} from '../issues.js';
import {quoted} from './quote.js';

const EXPECTED: Record<Expectation, string> = {
  object: 'объект',
  list: 'тізім',
  text: 'бос емес мәтін',
  id: 'кіші латын әріптерінен, цифрлардан және "-" белгісінен тұратын идентификатор (мысалы, "school-17")',
  code: '6–8 цифрдан тұратын тізілім коды, мысалы "00403008"',
  phone: 'мәтін ретінде жазылған телефон нөмірі',
  url: 'https:// немесе http:// деп басталатын веб-мекенжай',
  email: 'электрондық пошта мекенжайы',
  date: 'YYYY-MM-DD түрінде жазылған күн',
  version: '1 немесе 2',
};

const PHONE: Record<PhoneProblem, string> = {
  characters: 'тек цифрлар, бос орындар, жақшалар, "+" және "-" белгілері болуы мүмкін',
  plus: '"+" белгісі тек +7 ел кодында болады',
  digits: '8 немесе +7-ден басталатын 11 цифр (8 (7212) 50-40-66) немесе қысқа нөмір (1414) болуы керек',
  'area-code': 'қалааралық кодты жақшаға алып жазыңыз, мысалы 8 (72149) 4-13-94',
};

const ENCODING: Record<WrongEncoding, string> = {
  'windows-1251': 'файл Windows-1251 (ANSI) кодтауында сақталған',
  'utf-16': 'файл UTF-16 («Юникод») кодтауында сақталған',
  unknown: 'файл UTF-8 кодтауындағы мәтін емес',
};

const NOUN: Record<'channel' | 'official', string> = {
  channel: 'арна',
  official: 'жауапты тұлға',
};

/** With the possessive ending: «"00403008" коды қайталанады». */
const WHAT: Record<'id' | 'code' | 'value', string> = {
  id: 'id-і',
  code: 'коды',
  value: 'мәні',
};

/** Names a wrong value in a message. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'тізім';
  if (typeof value === 'object') return 'объект';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value !== 'string') return `${typeof value} түріндегі мән`;
  return quoted(value);
}

/** The Kazakh messages of the checker. */
export const formatIssue: IssueFormatter = (message) => {
  switch (message.kind) {
    case 'encoding':
      return `${ENCODING[message.encoding]}: оны мәтіндік редакторда ашып, UTF-8 кодтауында қайта сақтаңыз`;
    case 'not-json':
      return `файл JSON форматында емес${message.html ? ' (HTML бетіне ұқсайды: мекенжай дұрыс па?)' : ''}: ${message.detail}`;
    case 'expected':
      return message.value === undefined
        ? `міндетті: ${EXPECTED[message.expected]}`
        : `${EXPECTED[message.expected]} болуы керек, ал ${describeValue(message.value)} емес`;
    case 'one-of':
      return `${message.allowed.map((a) => `"${a}"`).join(', ')} мәндерінің бірі болуы керек, ал ${describeValue(message.value)} емес`;
    case 'unknown-field':
      return 'белгісіз өріс';
    case 'too-few':
      return `кемінде ${message.min} элемент болуы керек`;
    case 'too-long':
      return `ұзындығы ${message.length} таңба, ал ең көбі ${message.max} таңбаға рұқсат етіледі`;
    case 'control-characters':
      return 'басқару таңбалары немесе бүлінген (жалғыз суррогат) таңбалар бар';
    case 'replacement-character':
      return 'жоғалған әріптердің орнында «�» бар: файл басқа кодировкадан (Windows-1251?) түрлендірілген; бастапқы файлды UTF-8 кодировкасында қайта сақтаңыз';
    case 'bidi-override':
      return 'мәтін бағытын оңнан солға ауыстыратын көрінбейтін таңбалар бар';
    case 'no-kk-or-ru':
      return 'мәтін қазақ ("kk") немесе орыс ("ru") тілінде, не екеуінде де болуы керек';
    case 'impossible-date':
      return `"${message.value}" — күнтізбеде мұндай күн жоқ`;
    case 'no-reference':
      return `id мәні ${describeValue(message.value)} болатын ${NOUN[message.noun]} жоқ`;
    case 'repeats':
      return `"${message.value}" ${WHAT[message.what]} қайталанады`;
    case 'phone':
      return `"${message.written}": ${PHONE[message.problem]}`;
    case 'portal-needs-url':
      return 'портал үшін міндетті';
    case 'name-or-position':
      return 'аты-жөні, лауазымы («Директор») немесе екеуі де көрсетілуі керек';
    case 'newer-version':
      return `${message.version} нұсқасы бұл виджет оқи алатын нұсқадан (${message.supported}) жаңа: виджет скриптін жаңартыңыз`;
    case 'repealed-not-marked':
      return `бұл заңның күші ${message.since} күні жойылды (орнына Әкімшілік рәсімдік-процестік кодекс қолданылады): оқырмандар бұл туралы білуі үшін "repealed" өрісін қосыңыз`;
    case 'no-code':
      return 'тізілім коды көрсетілмеген: оқырмандар қызметті тек атауы бойынша таба алады';
    case 'no-area-code':
      return `"${message.written}" нөмірінде қалааралық код жоқ: оған ұялы телефоннан немесе басқа ауданнан қоңырау шалу мүмкін емес; былай жазыңыз: 8 (72149) 4-13-94`;
    case 'one-language': {
      const [language, other, shown] =
        message.language === 'kk' ? ['қазақ', 'орыс', 'қазақша'] : ['орыс', 'қазақ', 'орысша'];
      const others = message.others ? ` (тағы ${message.others} мәтін де солай)` : '';
      return `тек ${language} тілінде${others}: ${other} тіліндегі нұсқаның оқырмандары мұнда ${shown} мәтінді көреді`;
    }
    case 'unreachable':
      return 'телефоны да, электрондық поштасы да, қабылдау уақыты да көрсетілмеген: оқырмандар онымен байланыса алмайды';
  }
};
