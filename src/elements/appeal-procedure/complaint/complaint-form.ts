import {css, html, nothing, type ReactiveController, type ReactiveElement, type TemplateResult} from 'lit';
import {msg, str} from '../../../i18n/localization.js';
import type {Provider} from '../../../data/model.js';
import {pickText, type Locale} from '../../../i18n/locale.js';
import {formatDate} from '../../../i18n/dates.js';
import {copyText} from '../../shared/clipboard.js';
import {iinProblem} from './iin.js';
import {composeComplaint, letterText, type ComplaintDraft, type ComplaintLetter} from './letter.js';

type Key = keyof ComplaintDraft;

/** One field of the form: [key, label, hint, control (else a text input), autocomplete or a select's choices]. */
type Field = [Key, string, string?, ('' | 'textarea' | 'tel' | 'email' | 'date')?, (string | string[])?];

/** What a complaint must give (АППК art. 93); the rest the letter leaves out when empty. */
const REQUIRED = 'addressee fullName iin postalAddress service official happened asked date'.split(' ') as Key[];

const KEYS = (
  'addressee fullName iin postalAddress actualAddress phone email service applicationDate applicationNumber official ' +
  'happened asked attachments date'
).split(' ') as Key[];

/** Today in the reader's own time zone, `YYYY-MM-DD`. */
const today = (): string => {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 6e4).toISOString().slice(0, 10);
};

const isoDate = (value: string): string => (/^\d{4}-\d\d-\d\d$/.test(value) ? value : '');

const blank = (): ComplaintDraft =>
  Object.fromEntries(KEYS.map((key) => [key, key === 'date' ? today() : ''])) as unknown as ComplaintDraft;

/**
 * While a letter is shown, printing prints it alone. A shadow root cannot hide the host page, so the
 * page adopts this sheet, and the element carries `data-gsw-print`: in print only its ancestors stay.
 * Only print media and a marked element are concerned; the sheet is removed when no letter is shown.
 */
const pageSheet = css`
  @page {
    size: A4;
    margin: 20mm;
  }
  @media print {
    body :not([data-gsw-print], :has([data-gsw-print])) {
      display: none !important;
    }
  }
`.styleSheet;

/** Session storage can throw (a sandboxed frame, a private mode): the draft then lives only in memory. */
function stored(key: string, value?: string | null): string | null | undefined {
  try {
    if (value === undefined) return sessionStorage.getItem(key);
    if (value === null) sessionStorage.removeItem(key);
    else sessionStorage.setItem(key, value);
  } catch {
    // Nothing to do: the form works without it.
  }
  return undefined;
}

interface Host extends ReactiveElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * The complaint draft under the procedure (АППК art. 93): a form, closed until asked for, that
 * makes the letter to print or copy. Nothing is sent: the draft stays in this tab's session storage.
 */
export class ComplaintForm implements ReactiveController {
  open = false;
  private draft = blank();
  /** The fields whose errors are shown: found when the parent asks for the letter, not while they type. */
  private shown = new Set<Key>();
  /** What is wrong now, in the element's language. */
  private errors: Partial<Record<Key, string>> = {};
  private made = false;
  /** What the last «Copy» did, said in a status region: copied, or refused by the browser. */
  private copied?: boolean;
  private key = '';
  private letter?: ComplaintLetter;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  /** The draft of this organisation, as this tab left it. */
  sync(provider: Provider | undefined, locale: Locale): void {
    if (!provider) return;
    const key = `gov-service-widgets:complaint:${provider.id}`;
    if (key !== this.key) {
      this.key = key;
      const saved = stored(key);
      let draft: Partial<ComplaintDraft> | null = null;
      try {
        draft = JSON.parse(saved ?? 'null');
      } catch {
        // A damaged draft is no draft.
      }
      // Only texts are taken back: a value of another type in the storage must not break the form.
      for (const field of KEYS) if (typeof draft?.[field] === 'string') this.draft[field] = draft[field];
      this.open ||= !!saved;
    }
    const problems = this.problems();
    this.errors = Object.fromEntries(problems.filter(([key]) => this.shown.has(key)));
    this.letter =
      this.made && !problems.length
        ? composeComplaint({...this.draft, applicationDate: isoDate(this.draft.applicationDate)}, (date) =>
            formatDate(date, locale),
          )
        : undefined;
  }

  hostConnected(): void {
    this.host.requestUpdate();
  }

  /** Marks the element and the page for printing the letter alone, while there is a letter to print. */
  hostUpdated(): void {
    const on = !!this.letter && this.host.isConnected;
    if (!pageSheet || on === this.host.hasAttribute('data-gsw-print')) return;
    this.host.toggleAttribute('data-gsw-print', on);
    const others = document.adoptedStyleSheets.filter((sheet) => sheet !== pageSheet);
    document.adoptedStyleSheets = on || document.querySelector('[data-gsw-print]') ? [...others, pageSheet] : others;
  }

  hostDisconnected(): void {
    this.letter = undefined;
    this.hostUpdated();
  }

  /** The fields in the order of a letter, in the element's language. */
  private fields(provider: Provider, locale: Locale): Field[] {
    const text = (value: Parameters<typeof pickText>[0]) => pickText(value, locale).value;
    const addressees = [
      ...provider.organizations
        .filter((organization) => organization.role === 'provider')
        .map((organization) => msg(str`To the head of ${text(organization.name)}`)),
      // The akim's office and the quality-control authority, when the organisation lists them.
      ...(provider.appeal?.contacts ?? [])
        .map((contact) => text(contact.name))
        .filter((name) => /әкім|аким|akim|агентт|агентств|agency/i.test(name))
        .map((name) => msg(str`To: ${name}`)),
    ];
    return [
      ['addressee', msg('To whom'), '', '', addressees],
      ['fullName', msg('Full name'), msg('As in your identity document.'), '', 'name'],
      ['iin', msg('IIN (individual identification number)'), msg('12 digits.'), '', 'off'],
      ['postalAddress', msg('Postal address'), '', 'textarea', 'street-address'],
      ['actualAddress', msg('Actual address'), msg('Leave empty if it is the same.'), 'textarea', 'street-address'],
      ['phone', msg('Phone'), '', 'tel', 'tel'],
      ['email', msg('E-mail'), '', 'email', 'email'],
      ['service', msg('The state service'), '', '', provider.services.map((service) => text(service.name))],
      ['applicationDate', msg('Date of your application'), '', 'date'],
      ['applicationNumber', msg('Number of your application')],
      ['official', msg('Whose decision or action you complain about'), msg('Full name and position.')],
      ['happened', msg('What happened'), msg('Dates, facts and what proves them.'), 'textarea'],
      ['asked', msg('What you ask for'), '', 'textarea'],
      ['attachments', msg('Attachments'), msg('One document per line.'), 'textarea'],
      ['date', msg('Date of the complaint'), '', 'date'],
    ];
  }

  /** What stops the letter, field by field: [key, message]. */
  private problems(): [Key, string][] {
    const found: [Key, string][] = [];
    const {iin, email} = this.draft;
    for (const key of REQUIRED)
      if (!(key === 'date' ? isoDate(this.draft.date) : this.draft[key].trim()))
        found.push([key, msg('Fill this in.')]);
    const iinWrong = iin.trim() && iinProblem(iin);
    if (iinWrong)
      found.push([
        'iin',
        {
          length: msg('An IIN has 12 digits.'),
          'birth-date': msg('The first 6 digits of an IIN are a date of birth (YYMMDD): check them.'),
          'check-digit': msg('The last digit does not match the others: check the IIN for a typo.'),
        }[iinWrong],
      ]);
    if (email.trim() && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim()))
      found.push(['email', msg('Write the e-mail address like name@example.kz.')]);
    return found;
  }

  /** `heading(content, deeper)`: the section's heading, or one a level below it. */
  render(provider: Provider, locale: Locale, heading: (content: unknown, deeper?: boolean) => unknown): TemplateResult {
    const toggle = html`<button
      type="button"
      class="complaint-toggle"
      aria-expanded=${this.open}
      @click=${() => {
        this.open = !this.open;
        this.host.requestUpdate();
      }}
    >
      ${msg('Write a complaint')}
    </button>`;
    return html`<section class="section complaint">
      ${heading(toggle)} ${this.open ? this.renderOpen(provider, locale, heading) : nothing}
    </section>`;
  }

  private renderOpen(provider: Provider, locale: Locale, heading: (content: unknown, deeper?: boolean) => unknown) {
    const fields = this.fields(provider, locale);
    const errors = fields.filter(([key]) => this.errors[key]);
    const letter = this.letter;
    const attachmentsTitle = `${msg('Attachments')}:`;
    const newTab = msg('(opens in a new tab)');
    const copyNotice =
      this.copied === undefined
        ? ''
        : this.copied
          ? msg('The letter is copied.')
          : msg('This browser did not allow copying: select the letter and copy it.');
    return html`<p>${msg('Your answers stay in this browser tab; nothing is sent.')}</p>
      ${
        errors.length
          ? html`<div class="error-summary" role="alert" tabindex="-1">
              ${heading(msg('There is a problem'), true)}
              <ul @click=${this.follow}>
                ${errors.map(([key, label]) => html`<li><a href="#c-${key}">${label}: ${this.errors[key]}</a></li>`)}
              </ul>
            </div>`
          : nothing
      }
      <form novalidate @input=${this.input} @change=${this.input} @submit=${this.submit}>
        ${fields.map((field) => this.field(field))}
        <p class="actions">
          <button class="primary">${msg('Make the letter')}</button>
          <button type="button" @click=${this.clear}>${msg('Clear')}</button>
        </p>
      </form>
      ${
        letter
          ? html`<div class="letter" tabindex="-1">
                <p class="letter-to">${letter.heading.map((line) => html`${line}<br />`)}</p>
                <div class="letter-title">${heading(letter.title, true)}</div>
                <p>${letter.subject}</p>
                ${letter.body.map((paragraph) => html`<p class="letter-text">${paragraph}</p>`)}
                ${
                  letter.attachments.length
                    ? html`<p>${attachmentsTitle}<br />${letter.attachments.map((line) => html`${line}<br />`)}</p>`
                    : nothing
                }
                <p class="letter-sign"><span>${letter.signature[0]}</span> <span>${letter.signature[1]}</span></p>
              </div>
              <p class="actions">
                <button type="button" part="button" @click=${() => print()}>${msg('Print')}</button>
                <button type="button" @click=${() => this.copy(letterText(letter, attachmentsTitle))}>
                  ${msg('Copy')}
                </button>
              </p>`
          : nothing
      }
      <p class="notice" role="status">${copyNotice}</p>
      <p>
        ${msg('File it electronically:')}
        <a href="https://eotinish.gov.kz/" target="_blank" rel="noopener noreferrer">e-Otinish ${newTab}</a>,
        <a href="https://egov.kz/cms/${locale}" target="_blank" rel="noopener noreferrer"
          >${msg('the egov.kz personal account')} ${newTab}</a
        >
      </p>`;
  }

  /** A label, its hint and error, and the control, tied together by ids unique in the shadow root. */
  private field([key, label, hint, control, extra]: Field): TemplateResult {
    const id = `c-${key}`;
    const error = this.errors[key];
    const value = this.draft[key];
    const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || nothing;
    const invalid = error ? 'true' : 'false';
    // The field list names valid autofill tokens only; 'on' is the browser's default.
    const autocomplete = (typeof extra === 'string' ? extra : 'on') as 'on';
    return html`<div class="field ${error ? 'field--error' : ''}">
      <label for=${id}
        >${label}${REQUIRED.includes(key) ? html` <span class="required">${msg('(required)')}</span>` : nothing}</label
      >
      ${hint ? html`<span class="hint" id="${id}-hint">${hint}</span>` : nothing}
      ${error ? html`<span class="error" id="${id}-error">${error}</span>` : nothing}
      ${
        Array.isArray(extra)
          ? html`<select id=${id} name=${key} aria-describedby=${described} aria-invalid=${invalid}>
              <option value="" .selected=${!value}>${msg('Choose…')}</option>
              ${extra.map((choice) => html`<option .selected=${choice === value}>${choice}</option>`)}
            </select>`
          : control === 'textarea'
            ? html`<textarea
                id=${id}
                name=${key}
                rows="3"
                autocomplete=${autocomplete}
                aria-describedby=${described}
                aria-invalid=${invalid}
                .value=${value}
              ></textarea>`
            : html`<input
                id=${id}
                name=${key}
                type=${control || 'text'}
                inputmode=${key === 'iin' ? 'numeric' : nothing}
                autocomplete=${autocomplete}
                aria-describedby=${described}
                aria-invalid=${invalid}
                .value=${value}
              />`
      }
    </div>`;
  }

  /** Keeps a change and re-renders; the draft is saved at once, so a reload loses nothing. */
  private change(work: () => unknown): void {
    work();
    stored(this.key, JSON.stringify(this.draft));
    this.host.requestUpdate();
  }

  private input = (event: Event): void => {
    const {name, value} = event.target as HTMLInputElement;
    if (KEYS.includes(name as Key)) this.change(() => (this.draft[name as Key] = value));
  };

  private submit = (event: Event): void => {
    event.preventDefault();
    const problems = this.problems();
    this.shown = new Set(problems.map(([key]) => key));
    this.copied = undefined;
    this.change(() => (this.made = !problems.length));
    this.focus(problems.length ? '.error-summary' : '.letter');
  };

  private clear = (): void => {
    stored(this.key, null);
    this.draft = blank();
    this.shown.clear();
    this.made = false;
    this.copied = undefined;
    this.host.requestUpdate();
  };

  /** An error summary's link moves to its field, not to the page's address. */
  private follow = (event: Event): void => {
    const link = (event.target as Element).closest('a');
    if (!link) return;
    event.preventDefault();
    this.focus(link.getAttribute('href')!);
  };

  private async focus(selector: string): Promise<void> {
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  private async copy(text: string): Promise<void> {
    this.copied = undefined;
    this.host.requestUpdate();
    this.copied = await copyText(text);
    this.host.requestUpdate();
  }
}
