/**
 * The typed model of one provider's data, as the elements see it: validated and normalised by
 * `validateProvider()`. The file format it comes from is documented in `data/provider.schema.json`.
 */

/**
 * A text in the languages of the data: Kazakh, Russian or both (real organisations often publish
 * in one), optionally English. The validator guarantees `kk` or `ru`.
 */
export interface LocalizedText {
  kk?: string;
  ru?: string;
  en?: string;
}

export type DataLanguage = keyof LocalizedText;

/** A phone number, normalised from whatever way the file wrote it. */
export interface Phone {
  /** `tel:+77214941394`, or `tel:1414` for a short number. */
  href: string;
  /** The one national format we show: `8 (72149) 4-13-94`, `8 (800) 080-77-77`, `1414`. */
  display: string;
  /** Only digits, for search: `87214941394`, `1414`. */
  digits: string;
  /** 8-800 numbers cost the caller nothing; readers are told so. */
  free: boolean;
  /** A district number written without its area code (`4-13-94`): callable only from nearby. */
  local: boolean;
}

export type ServiceForm = 'electronic' | 'partly-automated' | 'paper';

export type ChannelKind = 'portal' | 'office';

/** Where an application is accepted: a portal (with its link) or an office / organisations. */
export interface Channel {
  id: string;
  kind: ChannelKind;
  name: LocalizedText;
  url?: string;
  /** The portal's address (`egov.kz`) when its name does not say it: «Электрондық үкімет» веб-порталы. */
  host?: string;
  address?: LocalizedText;
  hours?: LocalizedText;
}

/**
 * What an organisation is on this page: it provides the services (a school, a department), it
 * supervises those who do (an oblast department above a school), or it only informs about
 * services others provide (an akimat page).
 */
export type OrganizationRole = 'provider' | 'supervisor' | 'informant';

export interface Organization {
  id: string;
  name: LocalizedText;
  role: OrganizationRole;
  url?: string;
  phones: Phone[];
  email?: string;
  address?: LocalizedText;
  hours?: LocalizedText;
}

/** A person, a role («Директор»), or both: at least one of `name` and `position`. */
export interface Official {
  id: string;
  name?: LocalizedText;
  position?: LocalizedText;
  phones: Phone[];
  email?: string;
  reception?: LocalizedText;
  /** The services this official is responsible for, in the order of the register. */
  services: Service[];
}

/** A document to bring; `channels` set when it is asked only there (the office, not the portal). */
export interface ServiceDocument {
  name: LocalizedText;
  channels?: Channel[];
}

export interface Service {
  /** The register code in its eight-digit form (`00403008`), when the organisation gives one. */
  code?: string;
  /** A name for the service's address on the page (`#service-free-meals`) where it has no code. */
  id?: string;
  name: LocalizedText;
  channels: Channel[];
  forms: ServiceForm[];
  responsible: Official[];
  documents: ServiceDocument[];
  term?: LocalizedText;
  /** The longest a reader may wait in the queue. */
  waitingTime?: LocalizedText;
  /** `free`, or what it costs in the organisation's words. */
  cost?: 'free' | LocalizedText;
  result?: LocalizedText;
  /** Who may apply. */
  applicants?: LocalizedText;
  /** The rules the service follows. */
  legalAct?: Law;
  url?: string;
}

export interface Contact {
  name: LocalizedText;
  phones: Phone[];
  url?: string;
}

export interface Addressee {
  name: LocalizedText;
  url?: string;
}

export interface Law {
  title: LocalizedText;
  /** ISO date of adoption: `2013-04-15`. */
  date?: string;
  article?: string;
  url?: string;
  /** No longer in force since `date`, replaced by the act `by`. */
  repealed?: {date: string; by?: LocalizedText};
}

/** Every part is optional: real organisations publish as much of the procedure as they have. */
export interface AppealProcedure {
  callCentre?: Contact;
  grounds?: LocalizedText;
  addressees: Addressee[];
  recipient?: LocalizedText;
  contents: LocalizedText[];
  receipt?: LocalizedText;
  tracking: LocalizedText[];
  court?: LocalizedText;
  legalBasis?: LocalizedText;
  laws: Law[];
  contacts: Contact[];
}

/** What the date in `updated` means: the organisation checked the data, or published its page. */
export type UpdatedMeaning = 'checked' | 'published';

export interface Provider {
  schemaVersion: number;
  id: string;
  organizations: Organization[];
  channels: Channel[];
  officials: Official[];
  services: Service[];
  appeal?: AppealProcedure;
  updated?: {date: string; meaning: UpdatedMeaning};
  /** Groups of words that mean the same to readers (садик, детский сад, дошкольные организации). */
  searchWords?: string[][];
}
