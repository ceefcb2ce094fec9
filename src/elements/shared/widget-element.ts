import {
  LitElement,
  ReactiveElement,
  html,
  nothing,
  type CSSResultGroup,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import type {LocalizedText, Phone, Provider} from '../../data/model.js';
import type {DataProblem} from '../../data/load.js';
import {parentAcrossShadow, type Locale} from '../../i18n/locale.js';
import {inLocale, msg} from '../../i18n/localization.js';
import {formatDate} from '../../i18n/dates.js';
import {DataController} from './data-controller.js';
import {localized} from './localized-text.js';
import {LocaleController} from './locale-controller.js';
import {sharedStyles} from './shared.styles.js';
import {phoneLink} from './phone-link.js';
import {guard} from 'lit/directives/guard.js';

/**
 * Our dark blue accent is unreadable on a dark sidebar (2:1). On the background an element lands on
 * (the first one not transparent, from it up through shadow roots; white if none) this is an accent
 * with at least 4.5:1 contrast, or '' where ours has it.
 */
function readableAccent(element: Element): string {
  let luminance = 1;
  for (let node: Element | undefined = element; node; node = parentAcrossShadow(node)) {
    const [r, g, b, a = 1] = getComputedStyle(node)
      .backgroundColor.match(/[\d.]+/g)!
      .map(Number);
    if (a) {
      // WCAG's relative luminance (its tiny linear segment left out), a see-through layer taken as over white.
      const [R, G, B] = [r!, g!, b!].map((value) => ((1 - a + (value * a) / 255 + 0.055) / 1.055) ** 2.4);
      luminance = 0.2126 * R! + 0.7152 * G! + 0.0722 * B!;
      break;
    }
  }
  // The luminances where each accent reaches 4.5:1: ours (#0b5a9c) above 0.615, #9fd0ff below 0.094,
  // white below 0.183, black above 0.175.
  return luminance > 0.615 ? '' : luminance < 0.094 ? '#9fd0ff' : luminance < 0.18 ? '#fff' : '#000';
}

/**
 * What the three elements share: the language rule and the data sources (each a reactive
 * controller), and what readers see while data loads or when it cannot be shown. Subclasses
 * render a valid provider and nothing else.
 */
export abstract class WidgetElement extends LitElement {
  static override styles: CSSResultGroup = sharedStyles;

  // Declared here rather than with decorators: the decorator helpers cost bytes every reader
  // downloads, and size is a feature of this widget.
  static override properties: PropertyDeclarations = {
    src: {},
    data: {attribute: false},
    headingLevel: {type: Number, attribute: 'heading-level'},
    headingText: {attribute: 'heading'},
    headingHidden: {type: Boolean, attribute: 'heading-hidden'},
    showOrganization: {type: Boolean, attribute: 'show-organization'},
  };

  /** `lang` is the platform's own attribute; we only need to hear when it changes. */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /** URL of a data file (see `data/provider.schema.json`) to show instead of the bundled organisation. */
  declare src?: string;

  /** The data as an object, in the file's format; takes precedence over `src`. */
  declare data?: unknown;

  /** Level of the element's main heading, 1 to 6, to fit the page's outline. */
  headingLevel = 2;

  /** A title to show instead of the element's own (`heading` attribute), e.g. the words of the page it sits in. */
  declare headingText?: string;

  /** Hides the main heading (the page's own title says it); the element stays a region named by that title. */
  headingHidden = false;

  /** Shows the name of the organisation whose data this is, under the main heading. */
  showOrganization = false;

  /** The main heading's text as last rendered, which names the region when the heading is hidden. */
  private mainTitle?: string;

  private readonly language = new LocaleController(this, (message) => console.warn(`<${this.localName}>: ${message}`));
  private readonly source = new DataController(this);
  private readonly warned = new Set<string>();

  /** The language this element renders in, after the language rule. */
  protected get locale(): Locale {
    return this.language.locale;
  }

  /**
   * Whether the page came with this element already drawn (a declarative shadow root from the
   * data builder's snippet, `<template shadowrootmode>`), which it shows until ours replaces it.
   */
  protected preRendered = false;

  override connectedCallback(): void {
    // Looked at before Lit takes the shadow root: a root it made itself is empty at first.
    if (!this.hasUpdated && this.shadowRoot?.firstChild) this.preRendered = true;
    super.connectedCallback();
    // Just before the next frame, where the page's style is worked out anyway: asked here, each
    // element would make the browser work out the style of a page still being parsed. Through the
    // CSSOM, which a strict Content-Security-Policy allows (a style attribute it would not); the
    // page's own `--gsw-accent` still wins over it (shared.styles.ts).
    requestAnimationFrame(() => {
      const accent = this.isConnected ? readableAccent(this) : '';
      if (accent || this.style.length) this.style.setProperty('--_gsw-accent', accent);
    });
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && this.isConnected) this.language.check();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.source.sync();
  }

  /**
   * A pre-rendered element takes over without a visible change: the page's copy stays until the
   * data is here (never «Loading…» over it), then goes in the same task as our rendering arrives,
   * so no frame is painted between; what the reader typed into it and where the focus was carry over.
   */
  protected override update(changed: PropertyValues<this>): void {
    if (!this.preRendered) return super.update(changed);
    // Updated without rendering (ReactiveElement's update, not LitElement's): the page's copy stays.
    if (!this.source.result) return (ReactiveElement.prototype as WidgetElement).update.call(this, changed);
    const root = this.renderRoot as ShadowRoot;
    const focusedId = root.activeElement?.id;
    const typed = [...root.querySelectorAll<HTMLInputElement>('input[id]')].filter(
      (field) => field.value !== field.defaultValue,
    );
    root.replaceChildren();
    // Lit would render before the root's first child as it found it: the copy's, now gone.
    this.renderOptions.renderBefore = null;
    super.update(changed);
    this.preRendered = false;
    for (const field of typed) {
      const ours = root.getElementById(field.id) as HTMLInputElement | null;
      if (!ours) continue;
      ours.value = field.value;
      ours.dispatchEvent(new Event('input'));
    }
    if (focusedId) root.getElementById(focusedId)?.focus();
  }

  /** The valid data this update shows, if any (also a stale copy); undefined while loading or failed. */
  protected get provider(): Provider | undefined {
    const result = this.source.result;
    return result?.ok ? result.provider : undefined;
  }

  /**
   * Every msg() of an update answers in our locale: in `willUpdate` (derived texts), in render,
   * in directives (they run at commit) and in `updated`.
   */
  protected override performUpdate(): void {
    inLocale(this.locale, () => super.performUpdate());
  }

  protected override render(): TemplateResult {
    const content = this.renderState();
    // With its heading hidden the element stays a landmark: a section with a name is a region.
    const label = this.headingHidden && (this.mainTitle ?? this.headingText);
    return html`<section part="base" class="base" lang=${this.locale} aria-label=${label || nothing}>
      ${content}
    </section>`;
  }

  private renderState(): TemplateResult {
    const state = this.source.result;
    if (!state) {
      return html`<p class="message" part="message" role="status">
        ${msg('Loading…', {desc: 'Shown while the data file loads'})}
      </p>`;
    }
    if (!state.ok) return this.renderProblem(state.problem);
    return html`${state.stale ? this.renderStale(state.stale.savedAt) : nothing}${this.renderProvider(state.provider)}${this.renderUpdated(state.provider)}`;
  }

  private renderProblem(problem: DataProblem): TemplateResult {
    const explanation: Record<DataProblem, string> = {
      network: msg('The list could not be loaded. Check the connection and try again.'),
      'not-json': msg('The data file of this organisation is damaged, so the list cannot be shown.'),
      invalid: msg('The data file of this organisation has errors, so the list cannot be shown.'),
      'too-large': msg('The data file of this organisation is too large to show.'),
      'newer-version': msg('This data file needs a newer version of the widget.'),
    };
    return html`<div class="message message--error" part="message" role="alert">
      <p>${explanation[problem]}</p>
      ${problem === 'network' ? nothing : html`<p>${msg("The site's webmaster can find the details in the browser console.")}</p>`}
      ${this.retryButton()}
    </div>`;
  }

  private renderStale(savedAt: string): TemplateResult {
    const date = formatDate(savedAt.slice(0, 10), this.locale);
    return html`<div class="message" part="message" role="status">
      <p>
        ${msg(html`The latest list could not be loaded. This copy was saved on <time datetime=${savedAt}>${date}</time> and may be out of date.`)}
      </p>
      ${this.retryButton()}
    </div>`;
  }

  /** Only a file can be asked for again; data given inline or as a property cannot change by retrying. */
  private retryButton(): TemplateResult | typeof nothing {
    if (this.data !== undefined || !this.src) return nothing;
    return html`<p><button type="button" part="button" @click=${this.source.load}>${msg('Try again')}</button></p>`;
  }

  /** When the organisation checked its data, or, for data copied from a page, when that page was published. */
  private renderUpdated(provider: Provider): TemplateResult | typeof nothing {
    if (!provider.updated) return nothing;
    const {date, meaning} = provider.updated;
    const time = html`<time datetime=${date}>${formatDate(date, this.locale)}</time>`;
    return html`<p class="updated" part="updated">
      ${
        meaning === 'published'
          ? msg(html`Published by the organisation on ${time}`, {desc: 'Date of the page the data was taken from'})
          : msg(html`Information checked on ${time}`, {desc: 'Date when the organisation last checked its data'})
      }
    </p>`;
  }

  /** The element's own content, for valid data. */
  protected abstract renderProvider(provider: Provider): TemplateResult;

  /**
   * A heading at the level the page asked for (`heading-level`), keeping the page's outline. The main
   * one (part `heading`) says `heading` instead when given, and is left out with `heading-hidden`.
   */
  protected heading(content: unknown, level = this.headingLevel, part = 'heading'): TemplateResult | typeof nothing {
    if (part === 'heading') {
      // Kept for render(): the title is known only while the subclass renders.
      content = this.mainTitle = this.headingText || (content as string);
      if (this.headingHidden) return nothing;
    }
    // Six templates rather than lit/static-html's dynamic tag: that module would cost every reader bytes.
    switch (Math.min(6, Math.max(1, Math.round(level) || 2))) {
      case 1:
        return html`<h1 part=${part} class=${part}>${content}</h1>`;
      case 2:
        return html`<h2 part=${part} class=${part}>${content}</h2>`;
      case 3:
        return html`<h3 part=${part} class=${part}>${content}</h3>`;
      case 4:
        return html`<h4 part=${part} class=${part}>${content}</h4>`;
      case 5:
        return html`<h5 part=${part} class=${part}>${content}</h5>`;
      default:
        return html`<h6 part=${part} class=${part}>${content}</h6>`;
    }
  }

  /** The providing organisations' names, for an element standing alone on a page (`show-organization`). */
  protected renderOrganizationName(): TemplateResult | typeof nothing {
    const names = this.provider!.organizations.filter((organization) => organization.role === 'provider');
    return this.showOrganization && names.length
      ? html`<p class="organization" part="organization">
          ${names.map((organization, index) => html`${index ? '; ' : ''}${localized(organization.name, this.locale)}`)}
        </p>`
      : nothing;
  }

  /** A phone link (phone-link.ts), kept from render to render while the phone, owner and language stay. */
  protected phoneLink(phone: Phone, owner?: LocalizedText): unknown {
    return guard([phone, owner, this.locale], () => phoneLink(phone, owner, this.locale));
  }

  /** Warns the webmaster about a value we had to ignore, once per value, never in a loop. */
  protected warnOnce(message: string): void {
    if (this.warned.has(message)) return;
    this.warned.add(message);
    console.warn(`<${this.localName}>: ${message}`);
  }
}
