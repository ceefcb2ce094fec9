/**
 * The typed model of one provider's data, as the elements see it: validated and normalised by
 * `validateProvider()`. The file format it comes from is documented in `data/provider.schema.json`.
 */

/** A text in the languages of the data. Kazakh and Russian are required; English is optional. */
export interface LocalizedText {
  kk: string;
  ru: string;
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
}

export interface Organization {
  id: string;
  name: LocalizedText;
  url?: string;
}

export interface Official {
  id: string;
  name: LocalizedText;
  position?: LocalizedText;
  phones: Phone[];
  email?: string;
  reception?: LocalizedText;
  /** The services this official is responsible for, in the order of the register. */
  services: Service[];
}

export interface Service {
  /** The register code, without leading zeros: `403008`. */
  code: string;
  name: LocalizedText;
  channels: Channel[];
  forms: ServiceForm[];
  responsible: Official[];
  documents?: LocalizedText[];
  term?: LocalizedText;
  result?: LocalizedText;
  cost?: LocalizedText;
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
  date: string;
  article?: string;
  url?: string;
}

export interface AppealProcedure {
  callCentre: Contact;
  grounds: LocalizedText;
  addressees: Addressee[];
  recipient: LocalizedText;
  contents: LocalizedText[];
  receipt: LocalizedText;
  tracking: LocalizedText[];
  court: LocalizedText;
  legalBasis: LocalizedText;
  laws: Law[];
  contacts: Contact[];
}

export interface Provider {
  schemaVersion: number;
  id: string;
  organizations: Organization[];
  channels: Channel[];
  officials: Official[];
  services: Service[];
  appeal?: AppealProcedure;
  /** ISO date the organisation last checked the data. */
  updated?: string;
}
