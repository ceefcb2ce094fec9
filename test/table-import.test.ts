import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import seed from '../data/osakarovka-education.json';
import {readClipboardTable, readClipboardTables, type Table} from '../src/builder/table-import/clipboard-table.js';
import {recognizeColumns, readHeader} from '../src/builder/table-import/recognize.js';
import {
  importTable,
  type ImportedData,
  type ImportResult,
  type Note,
} from '../src/builder/table-import/import-services.js';
import {mergeLanguages} from '../src/builder/table-import/merge.js';
import {normalizeServiceCode} from '../src/data/service-code.js';
import {validateProvider} from '../src/data/validate.js';
import {SEED_CODES, settled} from './helpers.js';

/** The register codes in the order of the seed's Kazakh table (it lists 403015 and 803005 before 403004). */
const KAZAKH_TABLE_ORDER = [
  '403007',
  '403008',
  '403009',
  '803014',
  '403001',
  '403002',
  '403003',
  '403015',
  '803005',
  '403004',
];

const FIXTURES = '/test/fixtures/builder';

async function fixtureText(name: string): Promise<string> {
  const response = await fetch(`${FIXTURES}/${name}`);
  expect(response.ok, name).to.equal(true);
  return response.text();
}

/** What the builder will save: the import wrapped into a file, as the validator reads it. */
function wrap(data: ImportedData): unknown {
  return {
    schemaVersion: 2,
    id: 'x',
    ...data,
    organizations: data.organizations.length ? data.organizations : [{id: 'org', name: {kk: 'Мектеп', ru: 'Школа'}}],
  };
}

function expectValid(data: ImportedData): void {
  const result = validateProvider(wrap(data));
  expect(result.ok ? [] : result.issues.map((issue) => `${issue.path}: ${issue.reason}`)).to.deep.equal([]);
}

function notesOf(result: ImportResult, kind: Note['kind']): Note[] {
  return result.report.flatMap((row) => row.notes.filter((note) => note.kind === kind));
}

const cell = (text: string) => ({lines: text ? text.split('\n') : [], merged: false});
const table = (rows: string[][]): Table => ({rows: rows.map((row) => row.map(cell))});

// ---------------------------------------------------------------------------------------------
// Field by field against the hand-made data file

interface Difference {
  path: string;
  ours: unknown;
  seed: unknown;
}

type SeedFile = typeof seed;
type Text = {kk?: string; ru?: string};

/**
 * What differs between the import and `data/osakarovka-education.json`, in the fields a table
 * gives (codes compared as the register's eight digits; English is not in the source document).
 * Our channels are paired with the seed's by their address or by a name equal in one language.
 */
function differences(ours: ImportedData, file: SeedFile): Difference[] {
  const found: Difference[] = [];
  const differ = (path: string, a: unknown, b: unknown) => {
    if (JSON.stringify(a) !== JSON.stringify(b)) found.push({path, ours: a, seed: b});
  };
  const text = (value: Text | undefined) => ({kk: value?.kk, ru: value?.ru});

  differ('organizations', ours.organizations, file.organizations);
  differ('appeal', (ours as {appeal?: unknown}).appeal, file.appeal);

  const seedChannelOf = new Map<string, string>();
  for (const channel of ours.channels) {
    const twin = file.channels.find((other) =>
      channel.url ? other.url === channel.url : other.name.kk === channel.name.kk || other.name.ru === channel.name.ru,
    );
    if (twin) seedChannelOf.set(channel.id, twin.id);
    else found.push({path: `channels[+${channel.id}]`, ours: channel, seed: undefined});
  }
  for (const channel of file.channels) {
    const mine = ours.channels.find((other) => seedChannelOf.get(other.id) === channel.id);
    if (!mine) {
      found.push({path: `channels[${channel.id}]`, ours: undefined, seed: channel});
      continue;
    }
    differ(`channels[${channel.id}].id`, mine.id, channel.id);
    differ(`channels[${channel.id}].kind`, mine.kind, channel.kind);
    differ(`channels[${channel.id}].url`, mine.url, (channel as {url?: string}).url);
    differ(`channels[${channel.id}].name.kk`, mine.name.kk, channel.name.kk);
    differ(`channels[${channel.id}].name.ru`, mine.name.ru, channel.name.ru);
  }

  differ(
    'officials (ids)',
    ours.officials.map((official) => official.id),
    file.officials.map((official) => official.id),
  );
  for (const official of file.officials) {
    const mine = ours.officials.find((other) => other.id === official.id);
    differ(`officials[${official.id}].name`, text(mine?.name), text(official.name));
    differ(`officials[${official.id}].phones`, mine?.phones, official.phones);
  }

  differ(
    'services (order)',
    ours.services.map((service) => service.code),
    file.services.map((service) => normalizeServiceCode(service.code)),
  );
  for (const service of file.services) {
    const code = normalizeServiceCode(service.code)!;
    const mine = ours.services.find((other) => other.code === code);
    const at = `services[${code}]`;
    if (!mine) {
      found.push({path: at, ours: undefined, seed: service});
      continue;
    }
    differ(`${at}.name.kk`, mine.name.kk, service.name.kk);
    differ(`${at}.name.ru`, mine.name.ru, service.name.ru);
    differ(
      `${at}.channels`,
      mine.channels?.map((id) => seedChannelOf.get(id) ?? `+${id}`),
      service.channels,
    );
    differ(`${at}.forms`, mine.forms, service.forms);
    differ(`${at}.responsible`, mine.responsible, service.responsible);
  }
  return found;
}

// ---------------------------------------------------------------------------------------------

describe('table import', () => {
  let kk: ImportResult;
  let ru: ImportResult;
  let merged: ImportResult;

  before(async () => {
    kk = importTable(readClipboardTable(await fixtureText('seed-kk-word.html'), ''), 'kk');
    ru = importTable(readClipboardTable(await fixtureText('seed-ru-word.html'), ''), 'ru');
    merged = mergeLanguages(kk, ru);
  });

  describe('reading the clipboard', () => {
    it("reads Word's table: one line per paragraph, no mso- junk, merged cells repeated and flagged", async () => {
      const word = readClipboardTable(await fixtureText('seed-kk-word.html'), 'ignored when there is HTML');
      // The header and ten services; Word's empty last row and its row of column widths are left out.
      expect(word.rows).to.have.length(11);
      expect(word.rows.every((row) => row.length === 6)).to.equal(true);
      expect(word.rows[0]!.map((c) => c.lines.join(' '))).to.deep.equal([
        'Тізілімдегі мемлекеттік қызметтердің коды',
        'Мемлекеттік қызметтердің атауы',
        'Мемлекеттік қызмет бойынша өтінішті қабылдайтын және көрсету нәтижесін беретін ұйымның атауы, не (не болмаса) «электрондық үкімет» веб-порталы',
        'Мемлекеттік қызмет көрсету нысаны(электронды/ қағаз түрінде)',
        'Жауапты тұлғалар',
        'Байланыс телефон нөмірлері',
      ]);
      // 403007: two paragraphs in the channels cell, Word's trailing «&nbsp; » gone.
      expect(word.rows[1]![2]).to.deep.equal({
        lines: ['«e.bilimal.kz».', '«электрондық үкімет» веб-порталы'],
        merged: false,
      });
      // The form cell of the first three services is one cell with rowspan=3.
      for (const row of [1, 2, 3]) {
        expect(word.rows[row]![3]).to.deep.equal({
          lines: ['Электронды', '(ішінара автоматтандырылған)/қағаз түрінде'],
          merged: true,
        });
      }
      expect(word.rows[4]![3]!.merged).to.equal(false);
      // 403003: the empty paragraphs around the name are gone.
      expect(word.rows[7]![4]!.lines).to.deep.equal(['Кузьмина Анна Сергеена']);
      const all = word.rows.flatMap((row) => row.flatMap((c) => c.lines)).join('\n');
      expect(all).not.to.match(/mso-|o:p|\u00a0|<|StartFragment|Font Definitions/);
      expect(
        word.rows.flat().every((c) => c.lines.every((line) => line === line.trim() && line && !/ {2}/.test(line))),
      ).to.equal(true);
    });

    it("turns Word's doubled spaces («образования  района») into one", async () => {
      const word = readClipboardTable(await fixtureText('seed-ru-word.html'), '');
      expect(word.rows[4]![2]!.lines).to.deep.equal([
        'Канцелярия Отдела образования Осакаровского района, организации образования района',
      ]);
      // The Russian table's official and phones are merged over 403007, 403008, 403009.
      expect(word.rows.slice(1, 4).map((row) => row[4])).to.deep.equal(
        Array(3).fill({lines: ['Абдуова Нургуль Сембаевна'], merged: true}),
      );
    });

    it('reads Google Docs: <br> inside a paragraph breaks the line, colspan and rowspan repeat the cell', async () => {
      const docs = readClipboardTable(await fixtureText('google-docs.html'), '');
      expect(docs.rows).to.have.length(5);
      expect(docs.rows[1]!.every((c) => c.merged && c.lines[0] === 'Жалпы білім беру')).to.equal(true);
      expect(docs.rows[2]![3]!.lines).to.deep.equal([
        '1) Заңды өкілінің өтініші;',
        '2) Баланың туу туралы куәлігінің көшірмесі;',
        '3) Денсаулық паспорты;',
        '4) 3х4 см көлеміндегі 2 фотосурет.',
      ]);
      expect(docs.rows.slice(2).map((row) => row[5])).to.deep.equal(Array(3).fill({lines: ['Тегін'], merged: true}));
    });

    it('reads tab-separated text as spreadsheets copy it: quoted cells with line breaks and doubled quotes', async () => {
      const text = await fixtureText('tab-separated.txt');
      const tsv = readClipboardTable(undefined, text);
      expect(tsv.rows).to.have.length(4);
      expect(tsv.rows[2]![5]!.lines).to.deep.equal([
        'Веб-портал "электронного правительства"',
        'Дошкольные организации района',
      ]);
      expect(tsv.rows[2]![3]!.lines).to.deep.equal(['Каримова Дана Маратовна', 'Петренко Ольга Викторовна']);
      // HTML without a table (a paste from a text editor that wraps text in <p>) falls back to the text.
      expect(readClipboardTable('<p>no table here</p>', text).rows).to.have.length(4);
      // A cell that only starts with a quote is read as written.
      expect(readClipboardTable(undefined, '"Отдел" ГУ\tb\n').rows[0]!.map((c) => c.lines[0])).to.deep.equal([
        '"Отдел" ГУ',
        'b',
      ]);
    });

    it('picks the largest table, the outermost of equals; a nested table is text of its cell', () => {
      const layout = `<table><tr><td>Меню</td><td>
        <table><tr><td>Код</td><td>Атауы</td></tr><tr><td>403001</td><td>Кезекке қою</td></tr><tr><td>403002</td><td>Қабылдау</td></tr></table>
      </td></tr></table>`;
      expect(readClipboardTable(layout, '').rows.map((row) => row[0]!.lines[0])).to.deep.equal([
        'Код',
        '403001',
        '403002',
      ]);
      const inCell = `<table><tr><td>Код</td><td>Жауапты</td></tr><tr><td>403001</td><td>
        <table><tr><td>Абдуова Н.С.</td><td>8 (72149) 4-13-94</td></tr></table></td></tr>
        <tr><td>403002</td><td>Кузьмина А.С.</td></tr></table>`;
      const outer = readClipboardTable(inCell, '');
      expect(outer.rows).to.have.length(3);
      expect(outer.rows[1]![1]!.lines).to.deep.equal(['Абдуова Н.С. 8 (72149) 4-13-94']);
      const two = '<table><tr><td>a</td></tr></table><p>…</p><table><tr><td>b</td></tr><tr><td>c</td></tr></table>';
      expect(readClipboardTables(two, '')).to.have.length(2);
      expect(readClipboardTable(two, '').rows).to.have.length(2);
    });

    it('takes no script, style, comment, hidden text or image: only what a reader saw', () => {
      const pasted = `<style>td{color:red}</style><table><tr>
        <td><!--[if gte mso 9]>x<![endif]--><script>var a = 1;</script>Бір<span style="display:none">жасырын</span><br>екі</td>
        <td><p class=MsoListParagraph><![if !supportLists]><span style='mso-list:Ignore'>1.<span>&nbsp;&nbsp;</span></span><![endif]>Өтініш<o:p></o:p></p><img src="data:," alt="сурет"></td>
      </tr></table>`;
      expect(readClipboardTable(pasted, '').rows[0]!.map((c) => c.lines)).to.deep.equal([['Бір', 'екі'], ['Өтініш']]);
    });
  });

  describe('recognising columns', () => {
    it("reads both tables' headers, Kazakh and Russian", () => {
      const kinds = ['code', 'name', 'channels', 'forms', 'responsible', 'phones'];
      for (const result of [kk, ru]) {
        const {headerRows, firstDataRow, columns} = result.recognition[0]!;
        expect(headerRows).to.deep.equal([0]);
        expect(firstDataRow).to.equal(1);
        expect(columns.map((column) => column.kind)).to.deep.equal(kinds);
        expect(columns.every((column) => column.reason.by === 'header' && column.confidence >= 0.9)).to.equal(true);
      }
    });

    it('knows the usual headers, their variants and typos, with Kazakh typed on a Russian keyboard', () => {
      const cases: [string, string][] = [
        ['Мемлекеттік көрсетілетін қызметтің атауы', 'name'],
        ['Наименование государственной услуги', 'name'],
        ['Наименоване госуслуги', 'name'],
        ['Код', 'code'],
        ['Тізілім бойынша коды', 'code'],
        ['Способ/Форма оказания', 'forms'],
        ['Кoрсету нысаны', 'forms'],
        ['Ответственные лица', 'responsible'],
        ['Ответсвенное лицо', 'responsible'],
        ['Жауапты тұлға', 'responsible'],
        ['Жауапты тулга', 'responsible'],
        ['Ф.И.О.', 'responsible'],
        ['Телефон', 'phones'],
        ['Тел.', 'phones'],
        ['Құжаттар тізбесі', 'documents'],
        ['Перечень документов', 'documents'],
        ['Срок оказания', 'term'],
        ['Көрсету мерзімі', 'term'],
        ['Стоимость', 'cost'],
        ['Құны', 'cost'],
        ['Результат оказания услуги', 'result'],
        ['Нәтижесі', 'result'],
        ['№ п/п', 'number'],
        ['Р/с №', 'number'],
        ['Куда обращаться', 'channels'],
        ['Информация', 'unknown'],
      ];
      for (const [header, kind] of cases) expect(readHeader(header)?.kind ?? 'unknown', header).to.equal(kind);
    });

    it('recognises a table without headers by its content', async () => {
      const word = readClipboardTable(await fixtureText('seed-kk-word.html'), '');
      const headless: Table = {rows: word.rows.slice(1)};
      const recognition = recognizeColumns(headless);
      expect(recognition.headerRows).to.deep.equal([]);
      expect(recognition.firstDataRow).to.equal(0);
      expect(recognition.columns.map((column) => column.kind)).to.deep.equal([
        'code',
        'name',
        'channels',
        'forms',
        'responsible',
        'phones',
      ]);
      expect(recognition.columns[0]!.reason).to.deep.equal({by: 'content', matched: 10, of: 10});
      expect(recognition.columns[1]!.reason.by).to.equal('longest-text');
      const result = importTable(headless, 'kk');
      expect(result.data.services.map((service) => service.code)).to.have.length(10);
      expectValid(result.data);
    });

    it('recognises by content a header it does not know, and a numbering row under the header', () => {
      const t = table([
        ['Атауы', 'Бағаны', 'Мәлімет'],
        ['1', '2', '3'],
        [
          'Мектепке дейінгі ұйымдарға жіберу үшін кезекке қою',
          '00403001',
          'Ахметова Гүлнар Ерланқызы 8 (7212) 41-22-33',
        ],
        ['Балаларды ауыстыру үшін құжаттарды қабылдау', '403015', 'Омаров Ерлан Серікұлы 8 701 555 08 19'],
      ]);
      const recognition = recognizeColumns(t);
      expect(recognition.headerRows).to.deep.equal([0, 1]);
      expect(recognition.columns.map((column) => column.kind)).to.deep.equal(['name', 'code', 'responsible']);
      expect(recognition.columns[1]!.reason.by).to.equal('content');
      const result = importTable(t, 'kk');
      expect(result.data.officials.map((official) => [official.id, official.phones])).to.deep.equal([
        ['akhmetova', ['8 (7212) 41-22-33']],
        ['omarov', ['8 (701) 555-08-19']],
      ]);
      expectValid(result.data);
    });
  });

  describe('the seed document: Kazakh table, then Russian table', () => {
    it('gives all ten services with their codes and names in both languages', () => {
      expect(merged.data.services.map((service) => service.code)).to.deep.equal(
        KAZAKH_TABLE_ORDER.map((code) => `00${code}`),
      );
      for (const service of merged.data.services) {
        const inSeed = seed.services.find((other) => normalizeServiceCode(other.code) === service.code)!;
        expect(service.name.ru, service.code).to.equal(inSeed.name.ru);
        expect(service.name.kk, service.code).to.have.length.above(20);
      }
      expect(merged.languages).to.deep.equal(['kk', 'ru']);
      expect(merged.data.organizations).to.deep.equal([]);
    });

    it('links both officials to their services, with every phone in the national format', () => {
      const servicesOf = (id: string) =>
        merged.data.services.filter((service) => service.responsible?.includes(id)).map((service) => service.code);
      expect(merged.data.officials).to.deep.equal([
        {
          id: 'abduova',
          name: {kk: 'Абдуова Нургуль Сембаевна', ru: 'Абдуова Нургуль Сембаевна'},
          phones: ['8 (72149) 4-13-94', '8 (778) 925-04-84'],
        },
        {
          id: 'kuzmina',
          name: {kk: 'Кузьмина Анна Сергеевна', ru: 'Кузьмина Анна Сергеевна'},
          phones: ['8 (778) 206-09-82'],
        },
      ]);
      expect(servicesOf('abduova')).to.deep.equal(['00403007', '00403008', '00403009', '00803014', '00403001']);
      expect(servicesOf('kuzmina')).to.deep.equal([
        '00803014',
        '00403002',
        '00403003',
        '00403015',
        '00803005',
        '00403004',
      ]);
    });

    it('validates as a data file', () => {
      for (const result of [kk, ru, merged]) expectValid(result.data);
      const validated = validateProvider(wrap(merged.data));
      // Not even a warning: every text in both languages, every service with its code, every phone with its area code.
      expect(validated.warnings.map((warning) => warning.message.kind)).to.deep.equal([]);
    });

    it('flags «Сергеена»: the same person as «Сергеевна», one letter apart; the spelling most rows use is kept', () => {
      // In the Kazakh table alone, every row writes «Сергеена»: nothing to compare with yet.
      expect(kk.data.officials[1]!.name).to.deep.equal({kk: 'Кузьмина Анна Сергеена'});
      expect(notesOf(kk, 'name-variant')).to.deep.equal([]);
      // Both tables: six rows each; in a tie the patronymic that ends as patronymics do wins.
      expect(merged.nameSpellings['kuzmina']).to.deep.equal({
        'Кузьмина Анна Сергеена': 6,
        'Кузьмина Анна Сергеевна': 6,
      });
      const variant: Note = {
        kind: 'name-variant',
        written: 'Кузьмина Анна Сергеена',
        chosen: 'Кузьмина Анна Сергеевна',
        official: 'kuzmina',
        rows: 6,
      };
      expect(merged.notes).to.deep.include(variant);
      const flagged = merged.report.filter((row) => row.notes.some((note) => note.kind === 'name-variant'));
      expect(flagged.map((row) => [row.language, merged.data.services[row.service!]!.code])).to.deep.equal(
        ['00803014', '00403002', '00403003', '00403015', '00803005', '00403004'].map((code) => ['kk', code]),
      );
    });

    it('picks the majority spelling within one table', () => {
      const t = table([
        ['Код', 'Атауы', 'Жауапты тұлға', 'Телефон'],
        ['403001', 'Бірінші қызмет', 'Кузьмина Анна Сергеевна', '8 (778) 206-09-82'],
        ['403002', 'Екінші қызмет', 'Кузьмина Анна Сергеена', '8 (778) 206-09-82'],
        ['403003', 'Үшінші қызмет', 'Кузьмина Анна Сергеевна', '87782060982'],
        ['403004', 'Төртінші қызмет', 'Кузьмина А.С.', '8 (778) 206-09-82'],
      ]);
      const result = importTable(t, 'kk');
      expect(result.data.officials).to.deep.equal([
        {id: 'kuzmina', name: {kk: 'Кузьмина Анна Сергеевна'}, phones: ['8 (778) 206-09-82']},
      ]);
      expect(notesOf(result, 'name-variant').map((note) => (note as {written: string}).written)).to.deep.equal([
        'Кузьмина Анна Сергеена',
        'Кузьмина А.С.',
      ]);
    });

    it('reads the shifted columns of 403002: its form column holds channels, and no form is invented', () => {
      for (const [result, egovText] of [
        [kk, '«электрондық үкімет» веб-порталы'],
        [ru, 'веб-портал "электронного правительства"'],
      ] as const) {
        const service = result.data.services.find((s) => s.code === '00403002')!;
        expect(service.forms).to.equal(undefined);
        expect(service.channels).to.have.length(3);
        expect(service.channels!.slice(1)).to.deep.equal(['indigo24', 'egov']);
        const row = result.report.find((r) => r.service === result.data.services.indexOf(service))!;
        expect(row.notes).to.deep.include({
          kind: 'shifted-columns',
          column: 3,
          from: 'forms',
          to: 'channels',
          text: 'Indigo.24 kz',
        });
        expect(row.notes).to.deep.include({
          kind: 'shifted-columns',
          column: 3,
          from: 'forms',
          to: 'channels',
          text: egovText,
        });
        // What the services applied for both online and in person have: for the reader to accept.
        expect(row.notes).to.deep.include({kind: 'no-form', suggestion: ['partly-automated', 'paper']});
        expect(row.unplaced).to.deep.equal([]);
      }
    });

    it('reads «Indigo.24 kz» as Indigo24.kz, and the portals by their address', () => {
      expect(merged.data.channels.filter((channel) => channel.kind === 'portal')).to.deep.equal([
        {id: 'bilimal', kind: 'portal', name: {kk: 'e.bilimal.kz', ru: 'e.bilimal.kz'}, url: 'https://e.bilimal.kz'},
        {
          id: 'egov',
          kind: 'portal',
          name: {kk: '«Электрондық үкімет» веб-порталы', ru: 'Веб-портал «электронного правительства»'},
          url: 'https://egov.kz',
        },
        {id: 'indigo24', kind: 'portal', name: {kk: 'Indigo24.kz', ru: 'Indigo24.kz'}, url: 'https://indigo24.kz'},
      ]);
      expect(notesOf(merged, 'portal-spelling')).to.deep.include({
        kind: 'portal-spelling',
        written: 'Indigo.24 kz',
        channel: 'indigo24',
      });
    });

    it('reports every row: what went where, and nothing left unplaced', () => {
      expect(merged.report).to.have.length(22);
      expect(merged.report.map((row) => row.kind)).to.deep.equal([
        'header',
        ...Array(10).fill('service'),
        'header',
        ...Array(10).fill('service'),
      ]);
      expect(merged.report.flatMap((row) => row.unplaced)).to.deep.equal([]);
      const row = merged.report.find((r) => r.language === 'kk' && r.row === 4)!; // 00803014
      expect(row.placed).to.deep.include.members([
        {column: 0, field: 'code', value: '00803014'},
        {
          column: 2,
          field: 'channels',
          value: 'Осакаров ауданы білім бөлімінің кеңсесі',
          ref: row.placed.find((p) => p.field === 'channels')!.ref,
        },
        {column: 3, field: 'forms', value: 'paper'},
        {column: 4, field: 'responsible', value: 'Абдуова Нургуль Сембаевна', ref: 'abduova'},
        {column: 4, field: 'responsible', value: 'Кузьмина Анна Сергеевна', ref: 'kuzmina'},
        {column: 5, field: 'phones', value: '8 (72149) 4-13-94', ref: 'abduova'},
        {column: 5, field: 'phones', value: '8 (778) 925-04-84', ref: 'abduova'},
        {column: 5, field: 'phones', value: '8 (778) 206-09-82', ref: 'kuzmina'},
      ]);
      expect(row.notes).to.deep.include({kind: 'phone-format', written: '8(72149)41394', display: '8 (72149) 4-13-94'});
    });

    it('differs from the hand-made data file only where the data corrects the document', () => {
      expect(merged.data.services.every((service) => /^\d{8}$/.test(service.code!))).to.equal(true);
      const office = (seedId: string) =>
        merged.data.channels.find((channel) => {
          const twin = seed.channels.find((other) => other.id === seedId)!;
          return channel.name.kk === twin.name.kk || channel.name.ru === twin.name.ru;
        })!.id;
      expect(differences(merged.data, seed)).to.deep.equal([
        // Organisations: the tables do not name them; the title above each does, with CORRECTIONS 2 and 10 to make.
        {path: 'organizations', ours: [], seed: seed.organizations},
        // The appeal procedure is text above the tables, not a table (CORRECTIONS 11–13, 16).
        {path: 'appeal', ours: undefined, seed: seed.appeal},
        // Office ids are made from the Kazakh name; the seed's were chosen by hand.
        {path: 'channels[department].id', ours: office('department'), seed: 'department'},
        // CORRECTIONS 9: «Отдела образования…» (genitive, left from «Indigo.24 kz. Отдела…») → «Отдел…».
        {
          path: 'channels[department].name.ru',
          ours: 'Отдела образования Осакаровского района',
          seed: 'Отдел образования Осакаровского района',
        },
        {path: 'channels[department-office].id', ours: office('department-office'), seed: 'department-office'},
        // CORRECTIONS 17: the seed writes «отдела» in lower case here.
        {
          path: 'channels[department-office].name.ru',
          ours: 'Канцелярия Отдела образования Осакаровского района',
          seed: 'Канцелярия отдела образования Осакаровского района',
        },
        {
          path: 'channels[education-organizations].id',
          ours: office('education-organizations'),
          seed: 'education-organizations',
        },
        // CORRECTIONS 18: the source says «білім беру ұйымдары»; the seed adds «Ауданның» (as the Russian «…района»).
        {
          path: 'channels[education-organizations].name.kk',
          ours: 'Білім беру ұйымдары',
          seed: 'Ауданның білім беру ұйымдары',
        },
        {path: 'channels[preschools].id', ours: office('preschools'), seed: 'preschools'},
        {path: 'channels[schools].id', ours: office('schools'), seed: 'schools'},
        // The Kazakh table, pasted first, sets the order: it lists 403015 and 803005 before 403004.
        {
          path: 'services (order)',
          ours: KAZAKH_TABLE_ORDER.map((code) => `00${code}`),
          seed: SEED_CODES,
        },
        // CORRECTIONS 5 and 6: the stray Russian «учреждений» and «тәрбиенушілердің» stay; the importer cannot tell.
        {
          path: 'services[00403009].name.kk',
          ours: 'Мемлекеттік білім беру мекемелеріндегі білім алушылар мен тәрбиенушілердің жекелеген санаттарына қала сыртындағы және мектеп жанындағы лагерьлерде демалуы үшін құжаттар қабылдау және жолдама беру учреждений',
          seed: seed.services.find((s) => s.code === '403009')!.name.kk,
        },
        // CORRECTIONS 4: the form nobody wrote is only suggested (a 'no-form' note), never filled in.
        {path: 'services[00403002].forms', ours: undefined, seed: ['partly-automated', 'paper']},
        // The Kazakh table lists the schools before the portal, the Russian one after; the first table's order is kept.
        {path: 'services[00403004].channels', ours: ['schools', 'egov'], seed: ['egov', 'schools']},
        // CORRECTIONS 7: «балалар ауыстыру» (the accusative ending missing) stays.
        {
          path: 'services[00403015].name.kk',
          ours: 'Негізгі орта, жалпы орта білім беретін ұйымдар арасында балалар ауыстыру үшін құжаттарды қабылдау',
          seed: 'Негізгі орта, жалпы орта білім беретін ұйымдар арасында балаларды ауыстыру үшін құжаттарды қабылдау',
        },
      ]);
    });
  });

  describe('other sources', () => {
    it('a web page: Russian headers, another column order, no codes, a merged official', async () => {
      const result = importTable(readClipboardTable(await fixtureText('web-table-ru.html'), ''), 'ru');
      expect(result.recognition[0]!.columns.map((column) => column.kind)).to.deep.equal([
        'number',
        'name',
        'responsible',
        'phones',
        'forms',
        'channels',
      ]);
      const {services, officials, channels} = result.data;
      expect(
        services.map((service) => [service.code, service.channels, service.forms, service.responsible]),
      ).to.deep.equal([
        [undefined, ['egov'], ['electronic'], ['akhmetova']],
        [undefined, ['egov', 'kantselyariya-shkoly'], ['electronic', 'paper'], ['akhmetova']],
        [undefined, ['kantselyariya-shkoly'], ['paper'], ['ivanova']],
        [undefined, ['bilimal'], ['partly-automated'], ['serikova']],
      ]);
      expect(officials).to.deep.equal([
        {
          id: 'akhmetova',
          name: {ru: 'Ахметова Гульнара Ерлановна'},
          position: {ru: 'Заместитель директора по УВР'},
          phones: ['8 (7212) 41-22-33'],
        },
        {
          id: 'ivanova',
          name: {ru: 'Иванова О.П.'},
          position: {ru: 'Секретарь'},
          phones: ['8 (7212) 41-22-35', '8 (701) 555-12-34'],
        },
        {
          id: 'serikova',
          name: {ru: 'Серикова Айгерим Болатовна'},
          position: {ru: 'Социальный педагог'},
          phones: ['8 (7212) 41-22-36'],
        },
      ]);
      expect(channels.map((channel) => channel.id)).to.deep.equal(['egov', 'kantselyariya-shkoly', 'bilimal']);
      expect(result.report.flatMap((row) => row.unplaced)).to.deep.equal([]);
      expectValid(result.data);
    });

    it('Google Docs: a Kazakh table with documents, term and cost, a section heading, a Latin letter in a name', async () => {
      const result = importTable(readClipboardTable(await fixtureText('google-docs.html'), ''), 'kk');
      expect(result.recognition[0]!.columns.map((column) => column.kind)).to.deep.equal([
        'number',
        'code',
        'name',
        'documents',
        'term',
        'cost',
        'responsible',
      ]);
      const [first, second, third] = result.data.services;
      expect(result.data.services.map((service) => service.code)).to.deep.equal(['00403003', '00403007', '00803005']);
      expect(first!.documents).to.deep.equal([
        {kk: 'Заңды өкілінің өтініші'},
        {kk: 'Баланың туу туралы куәлігінің көшірмесі'},
        {kk: 'Денсаулық паспорты'},
        {kk: '3х4 см көлеміндегі 2 фотосурет'},
      ]);
      expect(third!.documents).to.deep.equal([{kk: 'Өтініш'}, {kk: 'Жеке басын куәландыратын құжат'}]);
      expect([first!.term, second!.term, third!.term]).to.deep.equal([
        {kk: '30 минут'},
        {kk: '5 жұмыс күні'},
        {kk: '15 жұмыс күні'},
      ]);
      expect(result.data.services.map((service) => service.cost)).to.deep.equal(['free', 'free', 'free']);
      // «Cәуле» with a Latin C in one row and «Сәуле» in another: one official.
      expect(result.data.officials).to.deep.equal([
        {id: 'zhumabekova', name: {kk: 'Жұмабекова Сәуле Қайратқызы'}, phones: ['8 (72149) 3-12-47']},
        {
          id: 'omarov',
          name: {kk: 'Омаров Ерлан Серікұлы'},
          position: {kk: 'Директордың орынбасары'},
          phones: ['8 (701) 555-08-19'],
        },
      ]);
      expect(result.report[1]).to.deep.include({
        kind: 'section',
        unplaced: [{column: 0, text: 'Жалпы білім беру', reason: 'section-heading'}],
      });
      expectValid(result.data);
    });

    it('tab-separated text: two officials and two phones in one row go to the right person', async () => {
      const result = importTable(readClipboardTable(undefined, await fixtureText('tab-separated.txt')), 'ru');
      expect(result.recognition[0]!.columns.map((column) => column.kind)).to.deep.equal([
        'code',
        'name',
        'forms',
        'responsible',
        'phones',
        'channels',
      ]);
      expect(result.data.officials).to.deep.equal([
        {id: 'karimova', name: {ru: 'Каримова Дана Маратовна'}, phones: ['8 (72149) 2-11-05']},
        {id: 'petrenko', name: {ru: 'Петренко Ольга Викторовна'}, phones: ['8 (705) 555-44-21']},
      ]);
      expect(
        result.data.services.map((service) => [service.code, service.responsible, service.channels]),
      ).to.deep.equal([
        ['00403001', ['karimova'], ['indigo24', 'otdel-obrazovaniya-rayona']],
        ['00403002', ['karimova', 'petrenko'], ['egov', 'doshkolnye-organizatsii-rayona']],
        ['00403004', ['petrenko'], ['organizatsii-obrazovaniya-rayona']],
      ]);
      expect(notesOf(result, 'phone-owner-guessed')).to.deep.equal([]);
      expectValid(result.data);
    });

    it('reports what it cannot place: an unreadable phone, a code that is none, a row without a name', () => {
      const t = table([
        ['Код', 'Наименование услуги', 'Ответственное лицо', 'Телефон', 'Примечание'],
        ['403001', 'Постановка на очередь', 'Иванова Анна Петровна', '8 (7214) 9-41-39-44-5', 'см. сайт'],
        ['40-30', 'Выдача дубликатов', 'Иванова Анна Петровна', '8 (7212) 41-22-35', ''],
        ['403003', '', '', '8 (7212) 41-22-36', ''],
      ]);
      const result = importTable(t, 'ru');
      expect(result.report.map((row) => [row.kind, row.unplaced.map((item) => item.reason)])).to.deep.equal([
        ['header', []],
        ['service', ['unknown-column', 'unreadable-phone']],
        ['service', ['bad-code']],
        ['skipped', ['no-name', 'no-name']],
      ]);
      expect(result.data.services.map((service) => service.code)).to.deep.equal(['00403001', undefined]);
      expect(result.data.officials).to.deep.equal([
        {id: 'ivanova', name: {ru: 'Иванова Анна Петровна'}, phones: ['8 (7212) 41-22-35']},
      ]);
      expectValid(result.data);
    });

    it('splits several people and their phones in one cell, and reads a row that adds an official', () => {
      const result = importTable(
        table([
          ['Код', 'Атауы', 'Жауапты тұлғалар'],
          ['Мектепке дейінгі білім беру', '', ''],
          [
            '403001',
            'Бірінші қызмет',
            'Директор Абдуова Н.С. 8(72149)41394\nКузьмина Анна Сергеевна, 87782060982, 8 (72149) 4-11-22',
          ],
          ['', '', 'Омаров Ерлан Серікұлы 8 701 555 08 19'],
        ]),
        'kk',
      );
      expect(result.data.officials).to.deep.equal([
        {id: 'abduova', name: {kk: 'Абдуова Н.С.'}, position: {kk: 'Директор'}, phones: ['8 (72149) 4-13-94']},
        {id: 'kuzmina', name: {kk: 'Кузьмина Анна Сергеевна'}, phones: ['8 (778) 206-09-82', '8 (72149) 4-11-22']},
        {id: 'omarov', name: {kk: 'Омаров Ерлан Серікұлы'}, phones: ['8 (701) 555-08-19']},
      ]);
      expect(result.data.services).to.deep.equal([
        {code: '00403001', name: {kk: 'Бірінші қызмет'}, responsible: ['abduova', 'kuzmina', 'omarov']},
      ]);
      expect(result.report.map((row) => [row.kind, row.service])).to.deep.equal([
        ['header', undefined],
        ['section', undefined],
        ['service', 0],
        ['continuation', 0],
      ]);
      expect(result.report[3]!.notes).to.deep.include({kind: 'continues', row: 2});
      expectValid(result.data);
    });

    it('says when it guessed whose phone is whose', () => {
      const result = importTable(
        table([
          ['Код', 'Атауы', 'Жауапты тұлға', 'Телефон'],
          [
            '403001',
            'Бірінші қызмет',
            'Абдуова Нургуль Сембаевна\nКузьмина Анна Сергеевна',
            '8(72149)41394\n8 (778) 9250484\n87782060982',
          ],
        ]),
        'kk',
      );
      expect(result.data.officials.map((official) => [official.id, official.phones])).to.deep.equal([
        ['abduova', ['8 (72149) 4-13-94', '8 (778) 925-04-84']],
        ['kuzmina', ['8 (778) 206-09-82']],
      ]);
      expect(notesOf(result, 'phone-owner-guessed')).to.have.length(3);
    });

    it('merges by row order when the tables have no codes', () => {
      const kkTable = table([
        ['Атауы', 'Жауапты тұлға'],
        ['Бірінші қызмет', 'Ахметова Гүлнар Ерланқызы, 8 (7212) 41-22-33'],
        ['Екінші қызмет', 'Директор'],
      ]);
      const ruTable = table([
        ['Наименование', 'Ответственное лицо'],
        ['Первая услуга', 'Ахметова Гүлнар Ерланқызы, 8 (7212) 41-22-33'],
        ['Вторая услуга', 'Директор'],
      ]);
      const result = mergeLanguages(importTable(kkTable, 'kk'), importTable(ruTable, 'ru'));
      expect(result.data.services).to.deep.equal([
        {name: {kk: 'Бірінші қызмет', ru: 'Первая услуга'}, responsible: ['akhmetova']},
        {name: {kk: 'Екінші қызмет', ru: 'Вторая услуга'}, responsible: ['direktor']},
      ]);
      expect(result.data.officials[1]).to.deep.equal({id: 'direktor', position: {kk: 'Директор', ru: 'Директор'}});
      expectValid(result.data);
    });
  });

  describe('hostile HTML', () => {
    afterEach(() => {
      delete (window as any).pwned;
    });

    it('keeps markup written as text as text, runs nothing and loads nothing', async () => {
      const scripts = document.scripts.length;
      const pasted = `<table>
        <tr><td>Код</td><td>Наименование услуги</td><td>Ответственное лицо</td></tr>
        <tr><td>403001</td>
          <td>Постановка на очередь <img src="/nothing.png" onerror="window.pwned = 'img'"><script>window.pwned = 'script'</script>&lt;img src=x onerror=alert(1)&gt;</td>
          <td><svg onload="window.pwned = 'svg'"></svg><iframe srcdoc="<script>parent.pwned = 'iframe'</script>"></iframe><a href="javascript:window.pwned='a'">Иванова Анна Петровна</a>
          <details open ontoggle="window.pwned = 'details'"><summary>&lt;script&gt;alert(1)&lt;/script&gt;</summary></details></td></tr>
      </table>`;
      const read = readClipboardTable(pasted, '');
      expect(read.rows[1]![1]!.lines).to.deep.equal(['Постановка на очередь <img src=x onerror=alert(1)>']);
      expect(read.rows[1]![2]!.lines).to.deep.equal(['Иванова Анна Петровна', '<script>alert(1)</script>']);
      const result = importTable(read, 'ru');
      expect(result.data.services[0]!.name.ru).to.equal('Постановка на очередь <img src=x onerror=alert(1)>');
      expectValid(result.data);

      // Shown by the widget, it stays text.
      const registry = await fixture<HTMLElement & {data: unknown}>(
        html`<service-registry lang="ru"></service-registry>`,
      );
      registry.data = wrap(result.data);
      await settled(registry);
      const shown = () => registry.shadowRoot!.textContent!.replace(/\s+/g, ' ');
      await waitUntil(() => shown().includes('Постановка на очередь'), 'the service is shown');
      expect(shown()).to.include('Постановка на очередь <img src=x onerror=alert(1)>');
      expect(registry.shadowRoot!.querySelector('img, script, svg, iframe')).to.equal(null);
      // Nothing ran, and nothing of the paste reached the page.
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect((window as any).pwned).to.equal(undefined);
      expect(document.querySelectorAll('img, iframe, svg, details').length).to.equal(0);
      expect(document.scripts.length).to.equal(scripts);
    });

    it('keeps hostile text of tab-separated text as text', () => {
      const read = readClipboardTable(
        undefined,
        'Код\tНаименование\n403001\t"<script>window.pwned=1</script>\n<img src=x onerror=alert(1)>"\n',
      );
      expect(read.rows[1]![1]!.lines).to.deep.equal([
        '<script>window.pwned=1</script>',
        '<img src=x onerror=alert(1)>',
      ]);
      expect((window as any).pwned).to.equal(undefined);
    });
  });
});
