// Generated organisations of 1 000 and 5 000 services, from the seed's organisations, channels and
// appeal, with service names and officials in the style of the Register of state services.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { ROOT } from './server.mjs';

export const DATASET_SIZES = [1000, 5000];
export const SEARCH_WORD = 'құжаттар'; // "documents": in the Kazakh name of about a third of the generated services

/** A small deterministic PRNG, so every run and every machine measures the same data. */
function prng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min, max) => min + Math.floor(next() * (max - min + 1));
  const pick = (list) => list[Math.floor(next() * list.length)];
  const pickSome = (list, n) => {
    const copy = [...list];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy.slice(0, n);
  };
  return { next, int, pick, pickSome };
}

// Kazakh and Russian fragments in the style of the Register of state services; same index, same meaning.
const ACTIONS = [
  ['құжаттар қабылдау және жолдама беру', 'прием документов и выдача направлений'],
  ['құжаттарды қабылдау және балаларды қабылдау', 'прием документов и зачисление детей'],
  ['тегін және жеңілдетілген тамақтандыруды ұсыну', 'предоставление бесплатного и льготного питания'],
  ['тегін тасымалдауды ұсыну', 'предоставление бесплатного подвоза'],
  ['анықтама беру', 'выдача справок'],
  ['кезекке қою', 'постановка на очередь'],
  [
    'үйде жеке тегін оқытуды ұйымдастыру үшін құжаттарды қабылдау',
    'прием документов для организации индивидуального бесплатного обучения на дому',
  ],
  [
    'біліктілік санаттарын беру үшін аттестаттаудан өткізу',
    'проведение аттестации на присвоение квалификационных категорий',
  ],
  ['қосымша білім беру бағдарламаларына оқуға қабылдау', 'прием на обучение по программам дополнительного образования'],
  ['білім туралы құжаттардың телнұсқаларын беру', 'выдача дубликатов документов об образовании'],
  ['ата-аналарына ақшалай қаражат төлеу', 'выплата денежных средств родителям'],
  [
    'психологиялық-медициналық-педагогикалық тексеру жүргізу',
    'проведение психолого-медико-педагогического обследования',
  ],
];
const MODIFIERS = [
  ['мемлекеттік білім беру мекемелеріндегі', 'в государственных учреждениях образования'],
  ['жалпы білім беретін мектептердегі', 'в общеобразовательных школах'],
  ['білім алушылар мен тәрбиеленушілердің', 'обучающихся и воспитанников'],
  ['жекелеген санаттарына', 'отдельным категориям'],
  ['шалғайдағы ауылдық елді мекендерде тұратын балаларға', 'детям, проживающим в отдаленных сельских пунктах'],
  ['мектепке дейінгі ұйымдарға', 'в дошкольные организации'],
  ['мүгедектігі бар балаларға', 'детям с инвалидностью'],
  ['ата-анасының қамқорлығынсыз қалған', 'оставшимся без попечения родителей'],
  ['аз қамтылған отбасылардың', 'из малообеспеченных семей'],
  ['қала сыртындағы және мектеп жанындағы лагерьлерде демалуы үшін', 'для отдыха в загородных и пришкольных лагерях'],
  ['техникалық және кәсіптік білім беру ұйымдарында', 'в организациях технического и профессионального образования'],
  ['педагогтерге', 'педагогам'],
  ['Қарағанды облысы бойынша', 'по Карагандинской области'],
  ['аудандық білім бөлімі арқылы', 'через районный отдел образования'],
];
const SURNAMES = `Абдуова Кузьмина Ахметова Серікбаева Жұмабаева Омарова Қасымова Иванова Нұрланова Ким Шевченко
  Тұрсынова Бекова Сейтқалиева Петренко Мұқанова`.split(/\s+/);
const FIRST_NAMES = 'Нургуль Анна Гүлнар Айгерім Елена Сәуле Динара Ольга Жанар Мария Ботагөз Татьяна'.split(' ');
const PATRONYMICS = 'Сембаевна Сергеевна Қайратқызы Ерлановна Викторовна Бауыржанқызы Николаевна Маратовна'.split(' ');
const POSITIONS = [
  ['Әдіскер', 'Методист'],
  ['Бас маман', 'Главный специалист'],
  ['Директордың орынбасары', 'Заместитель директора'],
  ['Хатшы', 'Секретарь'],
];
const FORMS = [['partly-automated', 'paper'], ['electronic'], ['paper'], ['electronic', 'paper']];

/** "8 (7212) 50-40-66", "8 (72149) 4-13-94" or "8 (778) 925-04-84", like real pages write them. */
function phone(rnd) {
  const area = rnd.pick(['7212', '7212', '72149', '72130', '778', '701', '747']);
  const digits = Array.from({ length: 10 - area.length }, (_, i) => (i === 0 ? rnd.int(2, 9) : rnd.int(0, 9))).join('');
  const head = digits.length - 4;
  return `8 (${area}) ${digits.slice(0, head)}-${digits.slice(head, head + 2)}-${digits.slice(head + 2)}`;
}

/** A service name of 80–200 characters in both languages, built from parallel fragments. */
function serviceName(rnd) {
  for (;;) {
    const action = rnd.pick(ACTIONS);
    const modifiers = rnd.pickSome(MODIFIERS, rnd.int(1, 4));
    const kk = [...modifiers.map((m) => m[0]), action[0]].join(' ');
    const ru = [action[1], ...modifiers.map((m) => m[1])].join(' ');
    const ok = (text) => text.length >= 80 && text.length <= 200;
    if (ok(kk) && ok(ru)) return { kk: kk[0].toUpperCase() + kk.slice(1), ru: ru[0].toUpperCase() + ru.slice(1) };
  }
}

function generate(seed, size) {
  const rnd = prng(size);
  const officials = Array.from({ length: 50 }, (_, i) => {
    const name = `${SURNAMES[i % SURNAMES.length]} ${rnd.pick(FIRST_NAMES)} ${rnd.pick(PATRONYMICS)}`;
    const phones = Array.from({ length: rnd.int(1, 2) }, () => phone(rnd));
    const official = { id: `official-${i + 1}`, name: { kk: name, ru: name }, phones };
    if (rnd.next() < 0.6) {
      const [kk, ru] = rnd.pick(POSITIONS);
      official.position = { kk, ru };
    }
    return official;
  });
  const codes = new Set();
  while (codes.size < size) codes.add(String(rnd.int(100000, 999999)));
  const services = [...codes].map((code) => ({
    code,
    name: serviceName(rnd),
    channels: rnd.pickSome(seed.channels, rnd.int(2, 3)).map((channel) => channel.id),
    forms: rnd.pick(FORMS),
    responsible: rnd.pickSome(officials, rnd.int(1, 2)).map((official) => official.id),
  }));
  const { updated, organizations, channels, appeal } = seed;
  return { schemaVersion: 1, id: `generated-${size}`, updated, organizations, channels, officials, services, appeal };
}

/** The organisation of `size` services; it must pass data/provider.schema.json, as the widget's data does. */
export async function generateProvider(seed, size) {
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(await readFile(join(ROOT, 'data/provider.schema.json'), 'utf8')));
  const provider = generate(seed, size);
  if (!validate(provider))
    throw new Error(`generated set of ${size} is invalid: ${JSON.stringify(validate.errors.slice(0, 3))}`);
  return provider;
}
