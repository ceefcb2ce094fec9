import {msg} from '../i18n/localization.js';

/**
 * The data format as the builder's editor shows it: every field of format 2, with its label.
 * The editor renders forms from this description, and each input's id is the field's path in the
 * file (`services[3].name.kk`), the same path the validator names, so a message leads to its field.
 * A function, because msg() answers in the language of the render it runs in.
 */
export type Field =
  | {kind: 'text'; key: string; label: string; long?: boolean}
  | {kind: 'string'; key: string; label: string; input: 'url' | 'email' | 'date' | 'code' | 'plain'}
  | {kind: 'phones'; key: string; label: string}
  | {kind: 'cost'; key: string; label: string}
  | {kind: 'choice'; key: string; label: string; options: [string, string][]}
  | {kind: 'flags'; key: string; label: string; options: [string, string][]}
  | {kind: 'refs'; key: string; label: string; target: 'channels' | 'officials'}
  | {kind: 'texts'; key: string; label: string; item: string}
  /** Groups of plain phrases, a group per text area and a phrase per line (`searchWords`). */
  | {kind: 'phrases'; key: string; label: string; item: string; hint: string}
  | {kind: 'list'; key: string; label: string; item: string; fields: Field[]; title: (item: unknown) => string}
  | {kind: 'group'; key: string; label: string; fields: Field[]};

/** The forms of a service, as the elements name them. */
export const formOptions = (): [string, string][] => [
  ['electronic', msg('Electronic')],
  ['partly-automated', msg('Electronic (partly automated)')],
  ['paper', msg('Paper')],
];

const text = (key: string, label: string, long = false): Field => ({kind: 'text', key, label, long});

export const lawFields = (): Field[] => [
  text('title', msg('Title')),
  {kind: 'string', key: 'date', label: msg('Date of adoption'), input: 'date'},
  {kind: 'string', key: 'article', label: msg('Article'), input: 'plain'},
  {kind: 'string', key: 'url', label: msg('Link'), input: 'url'},
  {
    kind: 'group',
    key: 'repealed',
    label: msg('No longer in force'),
    fields: [{kind: 'string', key: 'date', label: msg('Since'), input: 'date'}, text('by', msg('Replaced by'))],
  },
];

const contactFields = (): Field[] => [
  text('name', msg('Name')),
  {kind: 'phones', key: 'phones', label: msg('Phones')},
  {kind: 'string', key: 'url', label: msg('Link'), input: 'url'},
];

/** A text's title in a list: its Kazakh or Russian value, or the fallback. */
export function titleOf(value: unknown, fallback: string): string {
  const text = value as {kk?: string; ru?: string; en?: string} | undefined;
  return text?.kk || text?.ru || text?.en || fallback;
}

export const sections = (): Field[] => [
  {
    kind: 'list',
    key: 'organizations',
    label: msg('Organisations'),
    item: msg('organisation'),
    title: (item) => titleOf((item as {name?: unknown}).name, msg('New organisation')),
    fields: [
      text('name', msg('Name')),
      {
        kind: 'choice',
        key: 'role',
        label: msg('Role on this page'),
        options: [
          ['provider', msg('Provides the services')],
          ['supervisor', msg('Supervises the providers')],
          ['informant', msg('Informs about services others provide')],
        ],
      },
      {kind: 'phones', key: 'phones', label: msg('Phones')},
      {kind: 'string', key: 'email', label: msg('E-mail'), input: 'email'},
      text('address', msg('Postal address')),
      text('hours', msg('Working hours')),
      {kind: 'string', key: 'url', label: msg('Website'), input: 'url'},
    ],
  },
  {
    kind: 'list',
    key: 'services',
    label: msg('State services'),
    item: msg('service'),
    title: (item) => {
      const service = item as {code?: string; name?: unknown};
      return `${service.code ? `${service.code} ` : ''}${titleOf(service.name, msg('New service'))}`;
    },
    fields: [
      {kind: 'string', key: 'code', label: msg('Register code'), input: 'code'},
      text('name', msg('Name'), true),
      {kind: 'refs', key: 'channels', label: msg('Where to apply'), target: 'channels'},
      {
        kind: 'flags',
        key: 'forms',
        label: msg('Form'),
        options: formOptions(),
      },
      {kind: 'refs', key: 'responsible', label: msg('Responsible officials'), target: 'officials'},
      {kind: 'texts', key: 'documents', label: msg('Documents'), item: msg('document')},
      text('term', msg('Term')),
      text('waitingTime', msg('Longest wait in the queue')),
      {kind: 'cost', key: 'cost', label: msg('Cost')},
      text('result', msg('Result')),
      text('applicants', msg('Who may apply')),
      {kind: 'group', key: 'legalAct', label: msg('Rules'), fields: lawFields()},
      {kind: 'string', key: 'url', label: msg('Link'), input: 'url'},
    ],
  },
  {
    kind: 'list',
    key: 'officials',
    label: msg('Officials'),
    item: msg('official'),
    title: (item) => {
      const official = item as {name?: unknown; position?: unknown};
      return titleOf(official.name, titleOf(official.position, msg('New official')));
    },
    fields: [
      text('name', msg('Full name (or leave empty for a role)')),
      text('position', msg('Position')),
      {kind: 'phones', key: 'phones', label: msg('Phones')},
      {kind: 'string', key: 'email', label: msg('E-mail'), input: 'email'},
      text('reception', msg('Reception hours')),
    ],
  },
  {
    kind: 'list',
    key: 'channels',
    label: msg('Where to apply'),
    item: msg('place'),
    title: (item) => titleOf((item as {name?: unknown}).name, msg('New place')),
    fields: [
      {
        kind: 'choice',
        key: 'kind',
        label: msg('Kind'),
        options: [
          ['portal', msg('Web portal')],
          ['office', msg('Office')],
        ],
      },
      text('name', msg('Name')),
      {kind: 'string', key: 'url', label: msg('Link'), input: 'url'},
      text('address', msg('Address')),
      text('hours', msg('Hours')),
    ],
  },
  {
    kind: 'group',
    key: 'appeal',
    label: msg('How to complain'),
    fields: [
      {kind: 'group', key: 'callCentre', label: msg('Call centre'), fields: contactFields()},
      text('grounds', msg('When a complaint can be made'), true),
      {
        kind: 'list',
        key: 'addressees',
        label: msg('Where to send it'),
        item: msg('addressee'),
        title: (item) => titleOf((item as {name?: unknown}).name, msg('New addressee')),
        fields: [text('name', msg('Name')), {kind: 'string', key: 'url', label: msg('Link'), input: 'url'}],
      },
      text('recipient', msg('Who answers it'), true),
      {kind: 'texts', key: 'contents', label: msg('What it must contain'), item: msg('item')},
      text('receipt', msg('Proof that it was received'), true),
      {kind: 'texts', key: 'tracking', label: msg('How to follow it'), item: msg('item')},
      text('court', msg('The court'), true),
      text('legalBasis', msg('Legal basis'), true),
      {
        kind: 'list',
        key: 'laws',
        label: msg('Laws'),
        item: msg('law'),
        title: (item) => titleOf((item as {title?: unknown}).title, msg('New law')),
        fields: lawFields(),
      },
      {
        kind: 'list',
        key: 'contacts',
        label: msg('Further contacts'),
        item: msg('contact'),
        title: (item) => titleOf((item as {name?: unknown}).name, msg('New contact')),
        fields: contactFields(),
      },
    ],
  },
  {
    kind: 'phrases',
    key: 'searchWords',
    label: msg('Everyday words for search'),
    item: msg('group of words'),
    hint: msg(
      'One phrase per line: what your readers type, and the words of your list it means (кружок, секция, дополнительное образование). The widget already knows the common ones (садик, автобус, телнұсқа…).',
    ),
  },
];
