/**
 * A contact as a vCard 3.0 file (RFC 2426): Android's contacts app refuses 4.0. Phones in E.164
 * (`+77214941394`; short numbers such as 1414 as they are), texts in the element's language.
 * Given to the reader as a `data:` URL, which iOS Safari opens (a Blob URL it does not).
 */
export interface VCardContact {
  /** The person's full name (family name first, as Kazakh and Russian write it), or a role. */
  name: string;
  /** Whether `name` is a person's (split into family, given and patronymic) or a role's. */
  person: boolean;
  title?: string;
  organization?: string;
  phones: string[];
  email?: string;
  note?: string;
}

/** Commas, semicolons, backslashes and line breaks are escaped in a vCard 3.0 value. */
const escape = (value: string): string => value.replace(/[\\,;]/g, '\\$&').replace(/\r?\n/g, '\\n');

/** Lines longer than 75 octets continue on the next line after a space, never inside a letter. */
function fold(line: string): string {
  const parts: string[] = [];
  let part = '';
  let octets = 0;
  for (const letter of line) {
    const size = new TextEncoder().encode(letter).length;
    if (octets + size > (parts.length ? 74 : 75)) {
      parts.push(part);
      part = '';
      octets = 0;
    }
    part += letter;
    octets += size;
  }
  return [...parts, part].join('\r\n ');
}

export function vCard(contact: VCardContact): string {
  // «Абдуова Нургуль Сембаевна»: family name, given name, patronymic.
  const [family = '', given = '', ...rest] = contact.person ? contact.name.split(/\s+/) : [];
  const lines = [
    'BEGIN:VCARD',
    'VERSION:3.0',
    `N:${[family, given, rest.join(' '), '', ''].map(escape).join(';')}`,
    `FN:${escape(contact.name)}`,
    ...(contact.organization ? [`ORG:${escape(contact.organization)}`] : []),
    ...(contact.title ? [`TITLE:${escape(contact.title)}`] : []),
    ...contact.phones.map((phone) => `TEL;TYPE=WORK,VOICE:${phone}`),
    ...(contact.email ? [`EMAIL;TYPE=INTERNET:${contact.email}`] : []),
    ...(contact.note ? [`NOTE:${escape(contact.note)}`] : []),
    'END:VCARD',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}

/** The file as a link: `data:text/vcard`, with a name for the download. */
export const vCardUrl = (contact: VCardContact): string =>
  `data:text/vcard;charset=utf-8,${encodeURIComponent(vCard(contact))}`;
