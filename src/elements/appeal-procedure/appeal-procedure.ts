import {html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {msg, str} from '../../i18n/localization.js';
import type {AppealProcedure, Contact, Law, LocalizedText, Provider} from '../../data/model.js';
import {formatDate} from '../../i18n/dates.js';
import {WidgetElement} from '../shared/widget-element.js';
import {localized} from '../shared/localized-text.js';
import {sharedStyles} from '../shared/shared.styles.js';
import {appealStyles} from './appeal-procedure.styles.js';
import {ComplaintForm} from './complaint/complaint-form.js';

/**
 * How to complain about a state service, as numbered steps a worried parent can follow: whom to
 * call, where to send a complaint, what it must contain, what proves it was received, how to
 * follow it, the court; then the legal basis and further contacts. Under them, «Write a complaint»
 * opens a draft of the complaint the law asks for (АППК art. 93), which makes a letter to print or
 * copy; nothing is sent, and the draft stays in this browser tab only.
 *
 * @tagname appeal-procedure
 * @summary The complaint (appeal) procedure, step by step, with its phones and laws.
 *
 * @attr {'kk' | 'ru' | 'en'} lang - Interface language: `kk`, `ru` or `en`; else the nearest ancestor's `lang`, else the page's, else `kk`.
 * @attr heading - A title instead of the element's own, e.g. the words the page already uses.
 * @attr heading-hidden - Hides the main heading when the page's own title says it; the element stays a region named by that title.
 * @attr show-organization - Shows the providing organisation's name under the heading, for an element standing alone.
 *
 * @fires {CustomEvent<DataLoadedDetail>} data-loaded - The data is valid and shown. `detail.providerId` names the organisation.
 * @fires {CustomEvent<DataFailedDetail>} data-failed - The data could not be shown. `detail.problem` and `detail.detail` say why.
 *
 * @csspart base - The wrapper of everything the element shows.
 * @csspart heading - The element's title.
 * @csspart organization - The organisation's name under the title (`show-organization`).
 * @csspart subheading - The title of a step or section.
 * @csspart item - One step.
 * @csspart link - Every link: portals and phones.
 * @csspart phone - A phone link.
 * @csspart message - A loading or error message.
 * @csspart button - The "Try again" button of an error message.
 * @csspart updated - The date the data was checked.
 *
 * @cssproperty --gsw-accent - Colour of links, step numbers and focus rings. Default `#0b5a9c`.
 * @cssproperty --gsw-text-color - Text colour. Default: inherited from the page.
 * @cssproperty --gsw-radius - Corner radius. Default `0.375em`.
 * @cssproperty --gsw-spacing - Base spacing between blocks. Default `1em`.
 * @cssproperty --gsw-font-size - Base font size. Default `medium` (the reader's browser setting).
 */
export class AppealProcedureElement extends WidgetElement {
  static override styles = [sharedStyles, appealStyles];

  /** The complaint draft under the procedure; it keeps its own state and asks for updates. */
  private readonly complaint = new ComplaintForm(this);

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.complaint.sync(this.provider, this.locale);
  }

  protected override renderProvider(provider: Provider): TemplateResult {
    const appeal = provider.appeal;
    const title = html`${this.heading(msg('How to complain about a state service'))}${this.renderOrganizationName()}`;
    // Organisations publish as much of the procedure as they have: only those steps are shown.
    const steps = appeal ? this.steps(appeal) : [];
    const basis = appeal && (appeal.legalBasis || appeal.laws.length);
    if (!appeal || (!steps.length && !basis && !appeal.contacts.length)) {
      return html`${title}
        <p class="message" part="message">${msg('This organisation has not published its complaint procedure.')}</p>`;
    }
    /** A heading one level below the element's, or (`deeper`) two: a step's, a section's, the complaint's. */
    const subheading = (content: unknown, deeper?: boolean) =>
      this.heading(content, this.headingLevel + (deeper ? 2 : 1), 'subheading');
    return html`
      ${title}
      <ol class="steps">
        ${steps.map(
          ([stepTitle, body], index) =>
            html`<li class="step" part="item">
              <span class="step-number" aria-hidden="true">${index + 1}</span>
              <div class="step-body">
                ${subheading(html`<span class="visually-hidden">${msg(str`Step ${index + 1}:`)} </span>${stepTitle}`)}
                ${body}
              </div>
            </li>`,
        )}
      </ol>
      ${
        basis
          ? html`<section class="section">
              ${subheading(msg('Legal basis'))}
              ${appeal.legalBasis ? html`<p>${localized(appeal.legalBasis, this.locale)}</p>` : nothing}
              ${
                appeal.laws.length
                  ? html`<ul class="laws">
                      ${appeal.laws.map((law) => this.renderLaw(law))}
                    </ul>`
                  : nothing
              }
            </section>`
          : nothing
      }
      ${
        appeal.contacts.length
          ? html`<section class="section">
              ${subheading(msg('More information about complaints'))}
              <ul class="contacts">
                ${appeal.contacts.map((contact) => html`<li>${this.renderContact(contact)}</li>`)}
              </ul>
            </section>`
          : nothing
      }
      ${this.complaint.render(provider, this.locale, subheading)}
    `;
  }

  private steps(appeal: AppealProcedure): [string, TemplateResult][] {
    const paragraph = (text: LocalizedText) => html`<p>${localized(text, this.locale)}</p>`;
    const steps: [string, TemplateResult | false | undefined][] = [
      [
        msg('Ask by phone first'),
        appeal.callCentre &&
          html`<p>${msg('The call centre explains how to complain:')}</p>
            ${this.renderContact(appeal.callCentre)}`,
      ],
      [
        msg('Choose where to send the complaint'),
        (appeal.grounds || appeal.addressees.length > 0 || appeal.recipient) && this.renderAddressees(appeal),
      ],
      [
        msg('Write what the complaint must contain'),
        appeal.contents.length > 0 &&
          html`<ul class="checklist">
            ${appeal.contents.map((item) => html`<li>${localized(item, this.locale)}</li>`)}
          </ul>`,
      ],
      [msg('Keep the proof that it was received'), appeal.receipt && paragraph(appeal.receipt)],
      [msg('Follow your complaint'), appeal.tracking.length > 0 && html`${appeal.tracking.map(paragraph)}`],
      [msg('If you still disagree: the court'), appeal.court && paragraph(appeal.court)],
    ];
    return steps.filter((step): step is [string, TemplateResult] => Boolean(step[1]));
  }

  private renderContact(contact: Contact): TemplateResult {
    const name = contact.url
      ? html`<a part="link" href=${contact.url}>${localized(contact.name, this.locale)}</a>`
      : localized(contact.name, this.locale);
    return html`<div class="contact">
      <div class="contact-name">${name}</div>
      ${
        contact.phones.length
          ? html`<ul class="phones">
              ${contact.phones.map((phone) => html`<li>${this.phoneLink(phone, contact.name)}</li>`)}
            </ul>`
          : nothing
      }
    </div>`;
  }

  private renderAddressees(appeal: AppealProcedure): TemplateResult {
    return html`${appeal.grounds ? html`<p>${localized(appeal.grounds, this.locale)}</p>` : nothing}
      <ul class="choices">
        ${appeal.addressees.map(
          (addressee) =>
            html`<li>
              ${
                addressee.url
                  ? html`<a part="link" href=${addressee.url}>${localized(addressee.name, this.locale)}</a>`
                  : localized(addressee.name, this.locale)
              }
            </li>`,
        )}
      </ul>
      ${appeal.recipient ? html`<p>${localized(appeal.recipient, this.locale)}</p>` : nothing}`;
  }

  private renderLaw(law: Law): TemplateResult {
    const title = law.url
      ? html`<a part="link" href=${law.url}>${localized(law.title, this.locale)}</a>`
      : localized(law.title, this.locale);
    const {date, article, repealed} = law;
    return html`<li>
      ${title}${date ? html`, <time datetime=${date}>${formatDate(date, this.locale)}</time>` : nothing}${
        article ? html`, ${msg(str`article ${article}`, {desc: 'Article of a law, e.g. "article 25"'})}` : nothing
      }${repealed ? this.renderRepealed(repealed) : nothing}
    </li>`;
  }

  /** An act the organisation still cites, shown as no longer in force, beside the act that replaced it. */
  private renderRepealed(repealed: NonNullable<Law['repealed']>): TemplateResult {
    const since = html`<time datetime=${repealed.date}>${formatDate(repealed.date, this.locale)}</time>`;
    return html`<p class="repealed">
      <strong>${msg(html`No longer in force since ${since}.`)}</strong>
      ${repealed.by ? html`${msg('Replaced by:')} ${localized(repealed.by, this.locale)}` : nothing}
    </p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'appeal-procedure': AppealProcedureElement;
  }
}
