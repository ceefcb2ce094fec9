import {WITH_WARNINGS} from '../build-flags.js';
import type {Expectation, IssueFormatter, IssueMessage, PhoneProblem, WrongEncoding} from '../issues.js';
import {quoted} from './quote.js';

type WarningMessage = Extract<IssueMessage, {kind: 'repealed-not-marked' | 'no-code' | 'no-area-code' | 'one-language' | 'unreachable'}>;

const EXPECTED: Record<Expectation, string> = {
  object: 'an object',
  list: 'a list',
  text: 'a non-empty text',
  id: 'an id of lowercase Latin letters, digits and "-" (like "school-17")',
  code: 'a register code of 6 to 8 digits like "00403008"',
  phone: 'a phone number written as text',
  url: 'a web address starting with https:// or http://',
  email: 'an e-mail address',
  date: 'a date written YYYY-MM-DD',
  version: '1 or 2',
};

const PHONE: Record<PhoneProblem, string> = {
  characters: 'may contain only digits, spaces, brackets, "+" and "-"',
  plus: 'a "+" is allowed only in the country code +7',
  digits: 'expected 11 digits starting with 8 or +7 (8 (7212) 50-40-66), or a short number (1414)',
  'area-code': 'write the area code in brackets, for example 8 (72149) 4-13-94',
};

const ENCODING: Record<WrongEncoding, string> = {
  'windows-1251': 'is saved in the Windows-1251 (ANSI) encoding',
  'utf-16': 'is saved in the UTF-16 («Unicode») encoding',
  unknown: 'is not UTF-8 text',
};

/** Names a wrong value in a message. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value !== 'string') return `a ${typeof value}`;
  return quoted(value);
}

/** The English messages: the widget's console and the checker's default. */
export const formatIssue: IssueFormatter = (message) => {
  switch (message.kind) {
    case 'encoding':
      return `${ENCODING[message.encoding]}: open it in a text editor and save it again as UTF-8`;
    case 'not-json':
      return `is not JSON${message.html ? ' (it looks like an HTML page: is the address right?)' : ''}: ${message.detail}`;
    case 'expected':
      return message.value === undefined
        ? `is required: ${EXPECTED[message.expected]}`
        : `must be ${EXPECTED[message.expected]}, not ${describeValue(message.value)}`;
    case 'one-of':
      return `must be one of ${message.allowed.map((a) => `"${a}"`).join(', ')}, not ${describeValue(message.value)}`;
    case 'unknown-field':
      return 'is not a known field';
    case 'too-few':
      return `must have at least ${message.min} item${message.min > 1 ? 's' : ''}`;
    case 'too-long':
      return `is ${message.length} characters long; at most ${message.max} are allowed`;
    case 'control-characters':
      return 'contains control characters or broken (lone surrogate) characters';
    case 'replacement-character':
      return 'contains «�» where letters were lost: the file was converted from another encoding (Windows-1251?); save the original again as UTF-8';
    case 'bidi-override':
      return 'contains invisible right-to-left override characters';
    case 'no-kk-or-ru':
      return 'needs the text in Kazakh ("kk") or Russian ("ru"), or both';
    case 'impossible-date':
      return `"${message.value}" is not a day of the calendar`;
    case 'no-reference':
      return `no ${message.noun} with id ${describeValue(message.value)}`;
    case 'repeats':
      return `repeats the ${message.what} "${message.value}"`;
    case 'phone':
      return `"${message.written}": ${PHONE[message.problem]}`;
    case 'portal-needs-url':
      return 'is required for a portal';
    case 'name-or-position':
      return 'needs a name, a position («Директор»), or both';
    case 'newer-version':
      return `is ${message.version}, newer than this widget reads (${message.supported}): update the widget script`;
  }
  // The readers' script reports no warnings (build-flags.ts): it needs none of their sentences.
  return WITH_WARNINGS ? formatWarning(message) : '';
};

function formatWarning(message: WarningMessage): string {
  switch (message.kind) {
    case 'repealed-not-marked':
      return `this law is no longer in force since ${message.since} (replaced by the Administrative Procedural and Process Code): add "repealed" so that readers are told`;
    case 'no-code':
      return 'has no register code: readers can find the service only by its name';
    case 'no-area-code':
      return `"${message.written}" has no area code: it cannot be called from a mobile or from another district; write it like 8 (72149) 4-13-94`;
    case 'one-language': {
      const [language, other] = message.language === 'kk' ? ['Kazakh', 'Russian'] : ['Russian', 'Kazakh'];
      const others = message.others ? ` (and so are ${message.others} other texts)` : '';
      return `is only in ${language}${others}: readers of ${other} see ${language} there`;
    }
    case 'unreachable':
      return 'has no phone, e-mail or reception hours: readers cannot reach them';
  }
}
