import type {Channel, Law, LocalizedText, Official, Service, ServiceForm} from '../../data/model.js';
import {formatDate} from '../../i18n/dates.js';
import type {Locale} from '../../i18n/locale.js';
import {msg} from '../../i18n/localization.js';
import {phoneLink} from '../shared/phone-link.js';
import {localized} from '../shared/localized-text.js';
import {h, type Content} from '../shared/dom.js';

/**
 * One service of the register, built as plain DOM rather than a Lit template: a register of 5 000
 * services would otherwise keep 5 000 template instances, their parts and ~60 comment markers per
 * row alive for rows that never change once drawn (a new language or list draws new ones). The
 * markup is the one the styles and the tests know; msg() answers in the language of the render
 * that calls these functions.
 */
export interface RowContext {
  locale: Locale;
  /** Whether the table has a «Code» column. */
  withCodes: boolean;
}

/**
 * One service: its row, and the row of its details. `index` numbers its ids (`service-3`,
 * `found-0`); `anchor` is its address on the page (`service-403008`).
 */
export function serviceRow(service: Service, index: number | string, anchor: string, context: RowContext): HTMLElement {
  const {locale, withCodes} = context;
  // In cards (a phone), the code and form share a quiet line under the name (the space between
  // them is the line's), and where to apply and whom to call each take one line after a short
  // label from data-label (CSS, hidden from screen readers, which have the column headers).
  return h(
    'div',
    {class: 'service', part: 'item'},
    h(
      'div',
      {class: 'row', role: 'row'},
      h('div', {class: 'cell name', role: 'rowheader', id: `service-${index}`}, localized(service.name, locale)),
      withCodes && [
        h('div', {class: `cell code${service.code ? '' : ' code--none'}`, role: 'cell'}, service.code),
        ' ',
      ],
      h('div', {class: 'cell forms', role: 'cell'}, forms(service.forms)),
      h(
        'div',
        {
          class: 'cell',
          role: 'cell',
          'data-label': msg('Apply:', {desc: 'Short label in a card before where to apply'}),
        },
        channels(service.channels, locale),
      ),
      h(
        'div',
        {class: 'cell', role: 'cell', 'data-label': msg('Call:', {desc: 'Short label in a card before whom to call'})},
        service.responsible.length
          ? h(
              'ul',
              {class: 'people'},
              service.responsible.map((official) => officialItem(official, locale)),
            )
          : notStated(),
      ),
    ),
    details(service, index, anchor, context),
  );
}

/**
 * A service's second row: its «Link» button, and when it has more to say (documents, term,
 * cost…) a disclosure, closed until the reader opens it, so that ten documents never turn the
 * table into a wall of text. Buttons stay out of the first row, whose header names the service.
 */
function details(
  service: Service,
  index: number | string,
  anchor: string,
  {locale, withCodes}: RowContext,
): HTMLElement {
  const more = panel(service, index, locale);
  return h(
    'div',
    {class: 'row details-row', role: 'row'},
    h(
      'div',
      {class: 'cell details', role: 'cell', 'aria-colspan': withCodes ? 5 : 4},
      h(
        'div',
        {class: 'actions'},
        more &&
          h(
            'button',
            {
              type: 'button',
              class: 'toggle',
              part: 'button',
              'aria-expanded': 'false',
              'aria-controls': `details-${index}`,
              'aria-describedby': `service-${index}`,
            },
            // The space after the arrow (::before) is the text's.
            ' ',
            msg('Documents, terms and cost'),
          ),
        h(
          'button',
          {
            type: 'button',
            class: 'share',
            part: 'button',
            'data-anchor': anchor,
            'aria-describedby': `service-${index}`,
          },
          msg('Link', {desc: 'Button: share or copy the address of one service'}),
        ),
      ),
      more,
    ),
  );
}

/**
 * A service's details, when it has more to say than its row (documents, places to go, term,
 * cost…): else undefined, and the row has no disclosure.
 */
function panel(service: Service, index: number | string, locale: Locale): HTMLElement | undefined {
  const {documents, cost, legalAct, url} = service;
  const text = (value?: LocalizedText) => value && localized(value, locale);
  // The channels that give an address or hours: where to go, and when.
  const visits = service.channels.filter((channel) => channel.address || channel.hours);
  const facts: [string, Content][] = [
    [msg('Who may apply'), text(service.applicants)],
    [msg('Term', {desc: 'How long the service takes'}), text(service.term)],
    [msg('Longest wait in the queue'), text(service.waitingTime)],
    [msg('Cost'), cost === 'free' ? msg('Free of charge') : text(cost)],
    [msg('Result'), text(service.result)],
    [msg('Rules', {desc: 'The legal act a service follows'}), legalAct && act(legalAct, locale)],
  ];
  const stated = facts.filter(([, value]) => value);
  if (!documents.length && !visits.length && !stated.length && !url) return undefined;
  const panel = h(
    'div',
    {class: 'panel', id: `details-${index}`},
    documents.length > 0 && [
      h('p', {class: 'label'}, msg('Documents')),
      h(
        'ol',
        {class: 'documents'},
        documents.map((document) =>
          h(
            'li',
            null,
            localized(document.name, locale),
            document.channels && [
              ' ',
              h(
                'span',
                {class: 'muted'},
                '(',
                msg('only for:', {desc: 'Before the channels where a document is asked'}),
                ' ',
                document.channels.map((channel, i) => [i ? ', ' : '', localized(channel.name, locale)]),
                ')',
              ),
            ],
          ),
        ),
      ),
    ],
    visits.length > 0 && [
      h('p', {class: 'label'}, msg('Addresses and hours')),
      h(
        'ul',
        {class: 'visits'},
        visits.map((channel) =>
          h(
            'li',
            null,
            localized(channel.name, locale),
            channel.address && [': ', localized(channel.address, locale)],
            channel.hours && ['; ', localized(channel.hours, locale)],
          ),
        ),
      ),
    ],
    h(
      'dl',
      {class: 'facts'},
      stated.map(([label, value]) => h('div', null, h('dt', {class: 'label'}, label), h('dd', null, value))),
    ),
    url && h('p', null, h('a', {part: 'link', href: url}, msg('More about this service'))),
  );
  panel.hidden = true;
  return panel;
}

function act(law: Law, locale: Locale): Content {
  const title = localized(law.title, locale);
  return [
    law.url ? h('a', {part: 'link', href: law.url}, title) : title,
    law.date && [', ', h('time', {datetime: law.date}, formatDate(law.date, locale))],
  ];
}

const notStated = () => h('span', {class: 'muted'}, msg('Not stated'));

function channels(list: Channel[], locale: Locale): Content {
  if (!list.length) return notStated();
  return h(
    'ul',
    {class: 'lines'},
    list.map((channel) => {
      const name = localized(channel.name, locale);
      if (!channel.url) return h('li', null, name);
      // A card shows only the address (egov.kz); the portal's full name stays in the link's name.
      return h(
        'li',
        null,
        h(
          'a',
          {part: 'link', href: channel.url},
          channel.host
            ? [h('span', {class: 'channel-name'}, name, ' '), h('span', {class: 'host'}, channel.host)]
            : name,
        ),
      );
    }),
  );
}

/** Plain words first («Partly online»); the register's term follows where there is room, and on paper. */
function forms(list: ServiceForm[]): Content {
  const labels: Record<ServiceForm, [string, string]> = {
    electronic: [msg('Online'), msg('Electronic')],
    'partly-automated': [msg('Partly online'), msg('Electronic (partly automated)')],
    paper: [msg('On paper', {desc: 'A service applied for with paper documents, in person'}), msg('Paper')],
  };
  if (!list.length) return notStated();
  return h(
    'ul',
    {class: 'lines'},
    list.map((form) => {
      const [plain, term] = labels[form];
      // Where the plain word is the register's term (Kazakh «Қағаз түрінде»), it is said once.
      return h('li', null, plain, plain !== term && h('span', {class: 'official-term'}, ` (${term})`));
    }),
  );
}

/**
 * An official by name (or role), with the position when listed above the services, and the
 * phones. No white space between the parts: in a card, where the phones are listed above, the
 * name runs on in a line of names, and a space left by the hidden phones would stand before the comma.
 */
export function officialItem(official: Official, locale: Locale, withPosition?: boolean): HTMLElement {
  const owner = (official.name ?? official.position)!;
  const role = withPosition && official.name && official.position;
  return h(
    'li',
    null,
    h('span', {class: 'person'}, localized(owner, locale)),
    role && h('span', {class: 'muted'}, localized(role, locale)),
    official.phones.map((phone) => h('span', {class: 'phone-line'}, phoneLink(phone, owner, locale))),
  );
}
