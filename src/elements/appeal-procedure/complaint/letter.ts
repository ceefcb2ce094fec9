import {msg, str} from '../../../i18n/localization.js';

/**
 * What a parent writes into the complaint draft: every part that the Administrative Procedural
 * and Process Code asks of a complaint (art. 93), kept as typed. Nothing here leaves the page.
 */
export interface ComplaintDraft {
  /** To whom: the head of the provider, the akim, the quality-control authority (from the data). */
  addressee: string;
  fullName: string;
  iin: string;
  postalAddress: string;
  actualAddress: string;
  phone: string;
  email: string;
  /** The service, by its name in the element's language. */
  service: string;
  applicationDate: string;
  applicationNumber: string;
  /** Whose decision, action or inaction is disputed, and their position. */
  official: string;
  happened: string;
  asked: string;
  /** One attachment per line. */
  attachments: string;
  /** The date of the complaint, `YYYY-MM-DD`. */
  date: string;
}

/** The letter's parts, in the order a letter prints them; the caller renders or copies them. */
export interface ComplaintLetter {
  /** Top right: to whom, and from whom with the ИИН and addresses (art. 93 (1)–(3)). */
  heading: string[];
  title: string;
  /** What is disputed (art. 93 (4)). */
  subject: string;
  /** The circumstances, and what is asked (art. 93 (5)). */
  body: string[];
  /** The list of attached documents (art. 93 (8)). */
  attachments: string[];
  /** The date and the signature line (art. 93 (6), (7)). */
  signature: string[];
}

/**
 * Composes the letter in the language msg() answers in (call it inside the element's locale).
 * Optional parts the parent left empty are left out, never printed as blanks.
 */
export function composeComplaint(draft: ComplaintDraft, formatDate: (date: string) => string): ComplaintLetter {
  const {fullName, iin, postalAddress, actualAddress, phone, email} = draft;
  const heading = [
    draft.addressee,
    // Labels, not sentences: «от» + a name would need its genitive, which we cannot make.
    msg(str`Complainant: ${fullName}`),
    msg(str`IIN: ${iin}`, {desc: 'The individual identification number (ИИН / ЖСН)'}),
    msg(str`Postal address: ${postalAddress}`),
    ...(actualAddress && actualAddress !== postalAddress ? [msg(str`Actual address: ${actualAddress}`)] : []),
    ...(phone ? [msg(str`Phone: ${phone}`)] : []),
    ...(email ? [msg(str`E-mail: ${email}`)] : []),
  ];
  const applied = draft.applicationDate ? formatDate(draft.applicationDate) : '';
  const number = draft.applicationNumber;
  const service = draft.service;
  const application =
    applied && number
      ? msg(str`Application No. ${number} of ${applied}.`)
      : applied
        ? msg(str`Date of the application: ${applied}.`)
        : number
          ? msg(str`Application No. ${number}.`)
          : '';
  const body = [
    // A Russian date ends in «г.»: a sentence ending on it takes no second full stop.
    `${msg(str`I applied for the state service «${service}».`)} ${application}`.trim().replace(/\.\.$/, '.'),
    draft.happened.trim(),
    msg(str`I ask: ${draft.asked.trim()}`, {desc: 'Letter: what the complainant asks for'}),
  ];
  const attachments = draft.attachments
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line, index) => `${index + 1}. ${line}`);
  return {
    heading,
    title: msg('COMPLAINT', {desc: 'Title of the letter, in capitals'}),
    subject: msg(str`Decision, action or inaction complained of: ${draft.official}`),
    body,
    attachments,
    signature: [formatDate(draft.date), msg('Signature: ____________', {desc: 'Line where the complainant signs'})],
  };
}

/** The letter as plain text, to copy into e-Otinish or an e-mail. */
export function letterText(letter: ComplaintLetter, attachmentsTitle: string): string {
  return [
    letter.heading.join('\n'),
    `${letter.title}\n${letter.subject}`,
    letter.body.join('\n\n'),
    ...(letter.attachments.length ? [`${attachmentsTitle}\n${letter.attachments.join('\n')}`] : []),
    letter.signature.join('\n'),
  ].join('\n\n');
}
