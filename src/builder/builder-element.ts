import {LitElement, html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult} from 'lit';
import readersScript from 'virtual:readers-script';
import schoolTemplate from '../../data/templates/school.json';
import departmentTemplate from '../../data/templates/district-department.json';
import catalog from '../../data/catalog/education-services.json';
import {checkData, checkDataBytes, checkDataText} from '../data/check-file.js';
import {decodeDataFile} from '../data/decode.js';
import type {DataIssue, IssueFormatter} from '../data/issues.js';
import {formatIssue as en} from '../data/messages/en.js';
import {formatIssue as kk} from '../data/messages/kk.js';
import {formatIssue as ru} from '../data/messages/ru.js';
import {parsePhone} from '../data/phone.js';
import {normalizeServiceCode} from '../data/service-code.js';
import {formatDate} from '../i18n/dates.js';
import {inLocale, msg, str} from '../i18n/localization.js';
import {localeFromTag, LOCALES, type Locale} from '../i18n/locale.js';
import {foldForSearch} from '../search/fold.js';
import {LocaleController} from '../elements/shared/locale-controller.js';
import type {DataBuilderChangedDetail} from '../events.js';
import {builderStyles} from './builder.styles.js';
import {
  DraftHistory,
  fromTemplate,
  emptyDraft,
  getAt,
  pathToString,
  restoreDraft,
  sameData,
  setAt,
  STORAGE_KEY,
  type DraftFile,
  type Json,
  type Path,
} from './draft.js';
import {copyText} from '../elements/shared/clipboard.js';
import {sections, titleOf, type Field} from './form-model.js';
import {ownScript, snippets} from './handover.js';
import {preRender, sha256, styleHashes, type PreRendered} from './pre-render.js';
import {pasteTable, type PasteResult} from './paste.js';
import {renderPasteReport} from './paste-report.js';
import type {ImportResult} from './table-import/index.js';

const FORMATTERS: Record<Locale, IssueFormatter> = {en, kk, ru};
const LANGUAGE_NAMES: Record<Locale, string> = {kk: 'Қазақша', ru: 'Русский', en: 'English'};

interface CatalogService {
  code?: string;
  name: {kk?: string; ru?: string; en?: string};
  term?: Json;
  cost?: Json;
  legalAct?: Json;
}

/**
 * The data builder: a webmaster starts from a template, a file or a pasted Word table, edits
 * every field of the format, sees the widget's own validator's messages next to the fields and
 * the three elements live, and leaves with a valid file and a snippet. Nothing leaves the page.
 *
 * Embedded in another page's form (the WordPress plugin's settings page), it is the editor alone:
 * it leaves the page's title and language as they are and speaks the page's language; it starts
 * from the data it is given and offers, without applying it, a different draft the browser still
 * holds; it writes the draft's JSON into the form's field at each change, and stops the form's
 * submit while the widget's validator finds errors.
 *
 * @tagname gsw-data-builder
 * @summary Builds an organisation's data file without writing JSON.
 * @fires data-builder-changed - The draft changed: `detail` is `{data, valid, issues, warnings}`.
 */
export class DataBuilderElement extends LitElement {
  static override styles = builderStyles;
  static override properties: PropertyDeclarations = {
    embedded: {type: Boolean, attribute: 'embedded'},
    htmlFor: {attribute: 'for'},
    drawnFor: {attribute: 'drawn-for'},
    storageKey: {attribute: 'storage-key'},
    data: {attribute: false},
    offered: {state: true},
    refused: {state: true},
    fieldProblem: {state: true},
    locale: {state: true},
    previewLocale: {state: true},
    previewWidth: {state: true},
    pasted: {state: true},
    pasteLanguage: {state: true},
    catalogQuery: {state: true},
    notice: {state: true},
    drawn: {state: true},
    withDrawn: {state: true},
  };

  /** `lang` is the platform's own attribute; embedded, the builder hears when it changes. */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /** Inside another page (a CMS's settings form): the editor alone, started from the given data, the page left as it is. Read when connected. */
  embedded = false;

  /** The `id` of a textarea in the same document that holds the draft's JSON after each change; its form's submit is stopped while the draft has errors (a file chosen in that form is left to the server). */
  declare htmlFor?: string;

  /**
   * Embedded: the `id` of a hidden field in the same form that gets, as JSON, the three elements
   * drawn in each language for the draft the `for` field holds (`{sha256, kk, ru, en}`, each
   * `{registry, contacts, appeal}` as pre-render.ts draws them; `sha256` is that of the field's
   * text), so that the server can put them inside its tags. Empty while they are being drawn,
   * when the field holds anything else, when the readers' elements are not on the page, or when
   * the field and they together would exceed the field's `data-max-bytes`: the form is sent anyway.
   */
  declare drawnFor?: string;

  /** A name for this draft in the browser's storage, so that two sites' drafts do not mix; embedded, it defaults to the page's address. */
  declare storageKey?: string;

  /** Embedded, the data to start from, in the file's format; else a child `<script type="application/json">`, else the text of the `for` field. */
  declare data?: unknown;

  private locale: Locale = 'kk';
  private previewLocale: Locale = 'kk';
  private previewWidth: 'phone' | 'desktop' = 'phone';
  /** Undefined until the builder has started (embedded, once the page is parsed). */
  private history?: DraftHistory;
  private restoredAt?: string;
  /** Embedded: the language of the page around the builder, after the one locale rule. */
  private language?: LocaleController;
  /** The `data` object the draft was last started from. */
  private given?: unknown;
  /** Embedded: a different draft the browser kept, not yet restored or discarded. */
  private offered?: {draft: DraftFile; savedAt: string};
  /** The form's submit was stopped for errors: said until the next change. */
  private refused = false;
  /** Why the text typed into the `for` field cannot be read, if it cannot. */
  private fieldProblem = '';
  /** A change to tell the page about after the next update. */
  private unsynced = false;
  private listening?: AbortController;
  private pasted?: PasteResult;
  private lastImport?: ImportResult;
  /** Phones being typed, by field id: checked at each keystroke, saved when the field is left. */
  private readonly typedPhones = new Map<string, string>();
  private pasteLanguage: 'kk' | 'ru' = 'kk';
  private catalogQuery = '';
  private notice = '';
  private check = checkData(emptyDraft());
  /** The three elements drawn for the snippets (pre-render.ts), for the data and language they were drawn with. */
  private drawn?: {provider: unknown; locale: Locale; html?: PreRendered; hashes?: string[]};
  /** Whether the snippets carry the drawn elements (on by default; a CMS that limits a field's size may want them out). */
  private withDrawn = true;
  private drawTimer?: ReturnType<typeof setTimeout>;
  /** Embedded: the draft drawn for the `drawn-for` field, and the text of the `for` field they were drawn for. */
  private drawnForForm?: {draft: DraftFile; text?: string};

  override connectedCallback(): void {
    if (this.embedded)
      this.language ??= new LocaleController(this, (text) => console.warn(`<gsw-data-builder>: ${text}`));
    super.connectedCallback();
    // Capturing at the root: the submit is stopped before the page's own handlers see it.
    this.listening = new AbortController();
    const root = this.getRootNode();
    root.addEventListener('submit', (event) => this.onSubmit(event), {capture: true, signal: this.listening.signal});
    root.addEventListener('change', (event) => this.onFieldChange(event), {
      capture: true,
      signal: this.listening.signal,
    });
    if (this.history) return;
    // Embedded, the given data may come after the builder in the page (its field, below it).
    if (this.embedded && document.readyState === 'loading')
      document.addEventListener('DOMContentLoaded', this.start, {once: true, signal: this.listening.signal});
    else this.start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.listening?.abort();
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && this.isConnected) this.language?.check();
  }

  private readonly start = (): void => {
    if (this.history) return;
    const key = this.draftKey;
    const stored = restoreDraft(key);
    if (this.embedded) {
      this.locale = this.language!.locale;
      const given = this.givenData() ?? emptyDraft();
      // What the browser kept is offered, never applied unasked: the given data is what was saved.
      const differs = stored && !sameData(stored.draft, given);
      if (differs) this.offered = stored;
      // Until the offer is answered, the offered draft stays where it is.
      this.history = new DraftHistory(given, differs ? undefined : key);
    } else {
      this.locale =
        localeFromTag(new URLSearchParams(location.search).get('lang')) ??
        localeFromTag(document.documentElement.lang) ??
        'kk';
      this.history = new DraftHistory(stored?.draft ?? emptyDraft(), key);
      this.restoredAt = stored?.savedAt;
    }
    this.previewLocale = this.locale;
    this.check = checkData(this.history.current);
    this.requestUpdate();
  };

  private get draftKey(): string {
    const site = this.storageKey ?? (this.embedded ? `${location.origin}${location.pathname}` : '');
    return site ? `${STORAGE_KEY}:${site}` : STORAGE_KEY;
  }

  /** The data given to an embedded builder: the `data` property, the child script, the field. */
  private givenData(): DraftFile | undefined {
    if (isRecord(this.data)) {
      this.given = this.data;
      return structuredClone(this.data) as DraftFile;
    }
    const script = this.querySelector(':scope > script[type="application/json"]');
    const text = script ? script.textContent : this.fieldElement()?.value;
    if (!text?.trim()) return undefined;
    const read = readObject(text);
    if (read) return read;
    this.fieldProblem = this.unreadable(text);
    return undefined;
  }

  private get draft(): DraftFile {
    return this.history!.current;
  }

  /** Every change goes through here: history (undo), the browser's copy, the validator. */
  private change(next: DraftFile): void {
    this.history!.change(next);
    this.changed();
  }

  private changed(): void {
    this.check = checkData(this.draft);
    this.refused = false;
    this.fieldProblem = '';
    this.unsynced = true;
    this.requestUpdate();
  }

  /** The form field named by `for`, in the builder's own document or shadow root. */
  private fieldElement(): HTMLTextAreaElement | HTMLInputElement | undefined {
    const root = this.getRootNode() as Document | ShadowRoot;
    const found = this.htmlFor && 'getElementById' in root ? root.getElementById(this.htmlFor) : null;
    return found instanceof HTMLTextAreaElement || found instanceof HTMLInputElement ? found : undefined;
  }

  /** After the update that shows a change: the field gets the draft, the page hears of it. */
  private sync(): void {
    const field = this.fieldElement();
    if (field) field.value = `${JSON.stringify(this.draft, null, 2)}\n`;
    this.dropStaleDrawings();
    const detail: DataBuilderChangedDetail = {
      // A copy: a listener that changes it must not change the draft behind the history's back.
      data: structuredClone(this.draft),
      valid: this.check.ok,
      issues: this.check.ok ? [] : this.check.issues,
      warnings: this.check.warnings,
    };
    this.dispatchEvent(new CustomEvent('data-builder-changed', {bubbles: true, composed: true, detail}));
  }

  private onFieldChange(event: Event): void {
    if (event.target === this.fieldElement()) this.readField();
  }

  /** Text typed or pasted into the field by hand becomes the draft (undoable), when it can be read. */
  private readField(): void {
    const field = this.fieldElement();
    if (!this.history || !field) return;
    const read = readObject(field.value);
    if (!read) {
      this.fieldProblem = this.unreadable(field.value);
      return;
    }
    if (!sameData(read, this.draft)) this.change(read);
    this.fieldProblem = '';
  }

  /** The widget's validator is the one definition of valid: a draft it refuses is not sent. */
  private async onSubmit(event: Event): Promise<void> {
    const field = this.fieldElement();
    const form = field?.form;
    if (!this.history || !form || event.target !== form) return;
    // A field filled by a script (or a paste the form is sent from at once) had no `change`: what
    // is sent is what the field holds, so that is what is checked.
    this.readField();
    // A file chosen in the same form is sent instead of the field; the server checks it.
    const file = [...form.elements].some(
      (input) => input instanceof HTMLInputElement && input.type === 'file' && input.files?.length,
    );
    // Drawings go only with the very text they were drawn for; never holding the form back.
    this.dropStaleDrawings(file);
    if (file || (this.check.ok && !this.fieldProblem)) return;
    event.preventDefault();
    this.refused = true;
    await this.updateComplete;
    const summary =
      this.renderRoot.querySelector<HTMLElement>('.issues .error button') ??
      this.renderRoot.querySelector<HTMLElement>('#refused');
    summary?.focus();
  }

  private unreadable(text: string): string {
    const check = checkDataText(text);
    const issue = check.ok ? undefined : check.issues[0];
    return issue ? this.say(() => FORMATTERS[this.locale](issue.message)) : '';
  }

  /** A message for an event handler (a notice, a question): msg() answers in the builder's language only inside this. */
  private say(text: () => string): string {
    return inLocale(this.locale, text);
  }

  protected override performUpdate(): void {
    // Embedded, the language the page gives; read here, since the whole update speaks it.
    if (this.language) this.locale = this.language.locale;
    inLocale(this.locale, () => super.performUpdate());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // `data` given again after the start: the draft becomes it, and can be undone.
    if (this.history && changed.has('data') && isRecord(this.data) && this.data !== this.given) {
      this.given = this.data;
      this.history.change(structuredClone(this.data) as DraftFile);
      this.changed();
    }
  }

  protected override updated(): void {
    // Embedded, the page is someone else's: its title and language stay as they are.
    if (!this.embedded) {
      document.documentElement.lang = this.locale;
      document.title = msg('Data builder — gov-service-widgets');
    }
    if (this.unsynced) {
      this.unsynced = false;
      this.sync();
    }
    this.drawSoon();
  }

  /**
   * The snippets' elements are drawn again once the data or the language has stayed the same for
   * a moment (a long list takes a while to draw), never at each keystroke.
   */
  private drawSoon(): void {
    const {check, locale} = this;
    if (this.embedded) return this.drawForFormSoon();
    if (!check.ok || (this.drawn?.provider === check.provider && this.drawn.locale === locale)) return;
    clearTimeout(this.drawTimer);
    this.drawTimer = setTimeout(async () => {
      const host = this.renderRoot.querySelector('.drawing');
      if (!host || this.check !== check || this.locale !== locale) return;
      const html = await preRender(host, this.draft, locale, check.provider.services.length);
      const hashes = html && (await styleHashes(html));
      if (this.check === check && this.locale === locale) this.drawn = {provider: check.provider, locale, html, hashes};
    }, 500);
  }

  /** The hidden field named by `drawn-for`, in the builder's own document or shadow root. */
  private drawnField(): HTMLInputElement | HTMLTextAreaElement | undefined {
    const root = this.getRootNode() as Document | ShadowRoot;
    const found = this.drawnFor && 'getElementById' in root ? root.getElementById(this.drawnFor) : null;
    return found instanceof HTMLInputElement || found instanceof HTMLTextAreaElement ? found : undefined;
  }

  /** Empties the `drawn-for` field unless the `for` field still holds the text it was drawn for (and no file goes instead). */
  private dropStaleDrawings(fileInstead = false): void {
    const drawnField = this.drawnField();
    const text = this.drawnForForm?.text;
    if (drawnField?.value && (fileInstead || text === undefined || this.fieldElement()?.value !== text))
      drawnField.value = '';
  }

  /**
   * Embedded with a `drawn-for` field: the three elements drawn in each language once the draft
   * has stayed the same for a moment, for the form to send with it (see `drawnFor`).
   */
  private drawForFormSoon(): void {
    // Embedded in a page still loading, the builder updates once before it starts.
    if (!this.history) return;
    const {check, draft} = this;
    if (!this.drawnField() || !check.ok || this.drawnForForm?.draft === draft) return;
    this.drawnForForm = {draft};
    clearTimeout(this.drawTimer);
    this.drawTimer = setTimeout(async () => {
      const host = this.renderRoot.querySelector('.drawing');
      if (!host || this.draft !== draft) return;
      try {
        const drawings: Partial<Record<Locale, PreRendered>> = {};
        for (const locale of ['kk', 'ru', 'en'] as const) {
          const drawn = await preRender(host, draft, locale, check.provider.services.length);
          if (!drawn || this.draft !== draft) return;
          drawings[locale] = drawn;
        }
        const field = this.fieldElement();
        const drawnField = this.drawnField();
        const text = field?.value;
        // What the field holds is what goes: drawn for it only when it reads as this very draft.
        if (!field || !drawnField || text === undefined || this.draft !== draft) return;
        const read = readObject(text);
        if (!read || !sameData(read, draft)) return;
        const value = JSON.stringify({sha256: await sha256Hex(text), ...drawings});
        // The form as it will be sent (line breaks as CR LF), and room for the rest, within the server's limit.
        const limit = Number(drawnField.dataset['maxBytes']) || Infinity;
        const bytes = (s: string) => new TextEncoder().encode(s).length;
        if (bytes(value) + bytes(text) + text.split('\n').length + 65536 > limit) return;
        if (this.draft !== draft || field.value !== text) return;
        drawnField.value = value;
        this.drawnForForm = {draft, text};
      } catch (error) {
        // Not drawn (crypto.subtle needs https, say): the form is sent without, as before.
        console.warn(`<gsw-data-builder>: the elements could not be drawn for the form: ${error}`);
      }
    }, 300);
  }

  protected override render(): TemplateResult | typeof nothing {
    if (!this.history) return nothing;
    return html`<div lang=${this.locale}>
      ${this.embedded ? this.renderOffer() : this.renderPageHeader()} ${this.renderStart()} ${this.renderCheck()}
      ${this.renderEditor()} ${this.renderPreview()} ${this.embedded ? nothing : this.renderHandover()}
      ${this.embedded && this.drawnFor ? html`<div class="drawing" hidden></div>` : nothing}
      <p class="status" role="status" aria-live="polite">${this.notice}</p>
    </div>`;
  }

  private renderPageHeader(): TemplateResult {
    return html`<header>
        <h1>${msg('Data builder')}</h1>
        ${this.renderLanguageButtons(msg('Language of the builder'), this.locale, this.chooseLocale)}
      </header>
      <p>
        ${msg('Put your organisation’s state services, officials and complaint procedure on your site without writing code. Everything stays in this browser until you download it.')}
      </p>
      ${this.restoredAt ? html`<p class="status" role="status">${msg('Your last draft was restored.')}</p>` : nothing}`;
  }

  /** Embedded: a draft the browser kept that differs from the saved data, offered with a choice. */
  private renderOffer(): TemplateResult | typeof nothing {
    if (!this.offered) return nothing;
    return html`<div class="status offer">
      <p>
        ${msg(str`This browser holds changes to this data that were not saved (last edited ${this.savedWhen(this.offered.savedAt)}).`)}
      </p>
      <div class="row">
        <button type="button" class="primary" @click=${this.restoreOffered}>
          ${msg('Restore the unsaved changes')}
        </button>
        <button type="button" @click=${this.discardOffered}>${msg('Discard them')}</button>
      </div>
    </div>`;
  }

  private savedWhen(iso: string): string {
    const at = new Date(iso);
    if (Number.isNaN(at.getTime())) return '?';
    const two = (n: number) => String(n).padStart(2, '0');
    const day = `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())}`;
    return `${formatDate(day, this.locale)}, ${two(at.getHours())}:${two(at.getMinutes())}`;
  }

  private restoreOffered(): void {
    const {draft} = this.offered!;
    this.offered = undefined;
    this.history!.storageKey = this.draftKey;
    this.change(draft);
    this.notice = this.say(() => msg('The unsaved changes were restored: save the form to keep them.'));
  }

  private discardOffered(): void {
    this.offered = undefined;
    this.history!.storageKey = this.draftKey;
    this.history!.save();
    this.notice = this.say(() => msg('The unsaved changes were discarded.'));
  }

  /** kk / ru / en as toggle buttons, each named in its own language. */
  private renderLanguageButtons(label: string, current: Locale, choose: (event: Event) => void): TemplateResult {
    return html`<div class="row" role="group" aria-label=${label}>
      ${LOCALES.map(
        (locale) =>
          html`<button
            type="button"
            lang=${locale}
            aria-pressed=${locale === current ? 'true' : 'false'}
            data-locale=${locale}
            @click=${choose}
          >
            ${LANGUAGE_NAMES[locale]}
          </button>`,
      )}
    </div>`;
  }

  private chooseLocale(event: Event): void {
    this.locale = (event.currentTarget as HTMLElement).dataset['locale'] as Locale;
  }

  private choosePreviewLocale(event: Event): void {
    this.previewLocale = (event.currentTarget as HTMLElement).dataset['locale'] as Locale;
  }

  private choosePreviewWidth(width: 'phone' | 'desktop'): void {
    this.previewWidth = width;
  }

  private choosePasteLanguage(event: Event): void {
    this.pasteLanguage = (event.target as HTMLSelectElement).value as 'kk' | 'ru';
  }

  private searchCatalog(event: Event): void {
    this.catalogQuery = (event.target as HTMLInputElement).value;
  }

  private discardPaste(): void {
    this.pasted = undefined;
  }

  // 1. Start ---------------------------------------------------------------------------------

  private renderStart(): TemplateResult {
    return html`<section aria-labelledby="start">
      <h2 id="start">${msg('1. Start')}</h2>
      <div class="row">
        <button type="button" @click=${() => this.replace(emptyDraft())}>${msg('Empty organisation')}</button>
        <button type="button" @click=${() => this.replace(fromTemplate(schoolTemplate))}>
          ${msg('School template')}
        </button>
        <button type="button" @click=${() => this.replace(fromTemplate(departmentTemplate))}>
          ${msg('District education department template')}
        </button>
        <label class="choice">
          <span>${msg('Open a data file')}</span>
          <input type="file" accept=".json,application/json" @change=${this.openFile} />
        </label>
      </div>
      <div class="field">
        <label for="paste">${msg('Paste a table')}</label>
        <p class="hint" id="paste-hint">
          ${msg('Copy the table of services from Word, LibreOffice, Google Docs or your web page, click here and paste (Ctrl+V).')}
        </p>
        <div class="row">
          <label class="choice" for="paste-language">${msg('Language of the table')}</label>
          <select id="paste-language" @change=${this.choosePasteLanguage}>
            <option value="kk" ?selected=${this.pasteLanguage === 'kk'}>Қазақша</option>
            <option value="ru" ?selected=${this.pasteLanguage === 'ru'}>Русский</option>
          </select>
        </div>
        <textarea id="paste" aria-describedby="paste-hint" @paste=${this.onPaste}></textarea>
      </div>
      ${this.pasted ? this.renderPasteResult(this.pasted) : nothing}
    </section>`;
  }

  private replace(next: DraftFile): void {
    if (this.history!.canUndo && !confirm(this.say(() => msg('Replace the current draft? You can undo this.')))) return;
    this.change(next);
    this.lastImport = undefined;
    this.notice = this.say(() => msg('The draft was replaced.'));
  }

  private async openFile(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    // The same reading as the widget's: a BOM is fine, Windows-1251 or broken JSON is named.
    const bytes = new Uint8Array(await file.arrayBuffer());
    const check = checkDataBytes(bytes);
    const unreadable = check.ok ? undefined : check.issues.find((issue) => !issue.path);
    if (unreadable) {
      this.notice = this.say(
        () =>
          `${msg('This file cannot be opened; your draft is kept.')} ${FORMATTERS[this.locale](unreadable.message)}`,
      );
      return;
    }
    // Readable UTF-8 JSON from here on (checked above); an invalid file is opened to be fixed.
    const decoded = decodeDataFile(bytes) as {ok: true; text: string};
    const data = JSON.parse(decoded.text.replace(/^\ufeff/, ''));
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
      this.notice = this.say(() => msg('This file cannot be opened; your draft is kept.'));
      return;
    }
    if (!confirm(this.say(() => msg('Replace the current draft with this file? You can undo this.')))) return;
    this.change(data as DraftFile);
    this.lastImport = undefined;
    this.notice = this.say(() => msg('The file was opened. Check the messages below.'));
  }

  private onPaste(event: ClipboardEvent): void {
    event.preventDefault();
    const html = event.clipboardData?.getData('text/html') || undefined;
    const text = event.clipboardData?.getData('text/plain') ?? '';
    this.pasted = pasteTable(html, text, this.pasteLanguage, this.draft, this.lastImport);
    if (!this.pasted) this.notice = this.say(() => msg('No table was found in what was pasted.'));
  }

  private renderPasteResult(result: PasteResult): TemplateResult {
    return html`<div role="region" aria-labelledby="report-title">
      ${renderPasteReport(result.imported, result.replaces)}
      <div class="row">
        <button type="button" class="primary" @click=${this.acceptPaste}>${msg('Add to the draft')}</button>
        <button type="button" @click=${this.discardPaste}>${msg('Discard')}</button>
      </div>
    </div>`;
  }

  private acceptPaste(): void {
    if (!this.pasted) return;
    this.change(this.pasted.draft);
    // The next table, in the other language, joins this one.
    this.lastImport = this.pasted.imported;
    this.pasteLanguage = this.pasteLanguage === 'kk' ? 'ru' : 'kk';
    this.pasted = undefined;
    this.notice = this.say(() => msg('The table was added to the draft. Check the messages below.'));
  }

  // 2. Check ---------------------------------------------------------------------------------

  private renderCheck(): TemplateResult {
    const errors = this.check.ok ? [] : this.check.issues;
    const {warnings} = this.check;
    return html`<section aria-labelledby="check">
      <h2 id="check">${msg('2. Check')}</h2>
      <p role="status">
        ${
          errors.length
            ? msg(str`${errors.length} problems to fix before the file can be used.`)
            : msg('No errors: the file can be used.')
        }
        ${warnings.length ? msg(str`${warnings.length} warnings (the file works, but readers may be poorly served).`) : ''}
      </p>
      ${this.fieldProblem ? html`<p class="error" role="alert">${msg(str`The text in the form's data field cannot be read: ${this.fieldProblem}`)}</p>` : nothing}
      ${this.refused ? html`<p class="error" role="alert" id="refused" tabindex="-1">${msg('Not saved: fix the errors below first.')}</p>` : nothing}
      <ul class="issues">
        ${errors.map((issue) => this.renderIssue(issue, 'error'))}
        ${warnings.map((issue) => this.renderIssue(issue, 'warning'))}
      </ul>
    </section>`;
  }

  private renderIssue(issue: DataIssue, kind: 'error' | 'warning'): TemplateResult {
    const text = `${issue.path ? `${issue.path}: ` : ''}${FORMATTERS[this.locale](issue.message)}`;
    return html`<li class=${kind}>
      <button type="button" @click=${() => this.focusField(issue.path)}>
        ${kind === 'error' ? msg('Error:') : msg('Warning:')} ${text}
      </button>
    </li>`;
  }

  /** Opens the sections around a field and focuses it; a path to a group focuses its first input. */
  private async focusField(path: string): Promise<void> {
    const root = this.renderRoot;
    let target: HTMLElement | null = null;
    for (let candidate = path; candidate; candidate = candidate.replace(/(\.[^.[\]]+|\[\d+\])$/, '')) {
      target = root.querySelector(
        `[id="${CSS.escape(candidate)}"], [data-path="${CSS.escape(candidate)}"] :is(input, select, textarea, button)`,
      );
      if (target || !/[.[]/.test(candidate)) break;
    }
    if (!target) return;
    for (let node = target.parentElement; node; node = node.parentElement)
      if (node instanceof HTMLDetailsElement) node.open = true;
    await this.updateComplete;
    target.focus();
  }

  // 3. Edit ----------------------------------------------------------------------------------

  private renderEditor(): TemplateResult {
    return html`<section aria-labelledby="edit">
      <h2 id="edit">${msg('3. Edit')}</h2>
      <div class="row">
        <button type="button" ?disabled=${!this.history!.canUndo} @click=${() => this.step('undo')}>
          ${msg('Undo')}
        </button>
        <button type="button" ?disabled=${!this.history!.canRedo} @click=${() => this.step('redo')}>
          ${msg('Redo')}
        </button>
      </div>
      ${this.renderField({kind: 'string', key: 'id', label: msg('Short name of the file (Latin letters, digits, "-")'), input: 'plain'}, [])}
      ${this.renderUpdated()} ${this.renderCatalogPicker()} ${sections().map((field) => this.renderField(field, []))}
    </section>`;
  }

  private step(direction: 'undo' | 'redo'): void {
    this.history![direction]();
    this.changed();
  }

  private renderUpdated(): TemplateResult {
    const updated = getAt(this.draft, ['updated']);
    const date = typeof updated === 'string' ? updated : ((updated as {date?: string} | undefined)?.date ?? '');
    const meaning = typeof updated === 'object' && updated ? (updated as {meaning?: string}).meaning : 'checked';
    const set = (nextDate: string, nextMeaning: string | undefined) =>
      this.change(
        setAt(
          this.draft,
          ['updated'],
          nextDate ? (nextMeaning === 'published' ? {date: nextDate, meaning: 'published'} : nextDate) : undefined,
        ),
      );
    return html`<fieldset data-path="updated">
      <legend>${msg('Date')}</legend>
      <div class="row">
        <input
          id="updated"
          type="date"
          aria-label=${msg('Date')}
          .value=${date}
          @change=${(e: Event) => set((e.target as HTMLInputElement).value, meaning)}
        />
        <label class="choice"
          ><input
            type="radio"
            name="meaning"
            .checked=${meaning !== 'published'}
            @change=${() => set(date, 'checked')}
          />${msg('We checked the data on this day')}</label
        >
        <label class="choice"
          ><input
            type="radio"
            name="meaning"
            .checked=${meaning === 'published'}
            @change=${() => set(date, 'published')}
          />${msg('The page we copied it from was published on this day')}</label
        >
      </div>
    </fieldset>`;
  }

  private renderCatalogPicker(): TemplateResult {
    const query = foldForSearch(this.catalogQuery.trim());
    const found = query
      ? (catalog.services as CatalogService[]).filter((service) =>
          foldForSearch([service.code, service.name.kk, service.name.ru, service.name.en].join(' ')).includes(query),
        )
      : [];
    return html`<div class="field">
      <label for="catalog">${msg('Add a service from the catalog (code or words of its name)')}</label>
      <input id="catalog" type="search" autocomplete="off" .value=${this.catalogQuery} @input=${this.searchCatalog} />
      <ul>
        ${found.slice(0, 8).map(
          (service) =>
            html`<li>
              <button type="button" @click=${() => this.addFromCatalog(service)}>
                ${msg('Add')}: ${service.code ?? ''} ${titleOf(service.name, '')}
              </button>
            </li>`,
        )}
      </ul>
    </div>`;
  }

  private addFromCatalog(service: CatalogService): void {
    const services = (getAt(this.draft, ['services']) as Json[] | undefined) ?? [];
    const entry: Record<string, Json> = {name: service.name as Json};
    if (service.code) entry['code'] = service.code;
    for (const key of ['term', 'cost', 'legalAct'] as const) if (service[key] !== undefined) entry[key] = service[key]!;
    this.change(setAt(this.draft, ['services', services.length], entry));
    this.catalogQuery = '';
    this.notice = this.say(() => msg(str`Added: ${titleOf(service.name, '')}`));
  }

  private renderField(field: Field, at: Path): TemplateResult {
    const path = [...at, field.key];
    const id = pathToString(path);
    const value = getAt(this.draft, path);
    switch (field.kind) {
      case 'text':
        return this.renderText(field.label, path, value, field.long);
      case 'string':
        return html`<div class="field">
          <label for=${id}>${field.label}</label>
          <input
            id=${id}
            type=${field.input === 'date' ? 'date' : field.input === 'email' ? 'email' : field.input === 'url' ? 'url' : 'text'}
            inputmode=${field.input === 'code' ? 'numeric' : nothing}
            .value=${value === undefined || value === null ? '' : String(value)}
            @change=${(e: Event) => this.setString(path, (e.target as HTMLInputElement).value, field.input)}
          />
        </div>`;
      case 'phones':
        return this.renderPhones(field.label, path, (value as Json[] | undefined) ?? []);
      case 'cost':
        return this.renderCost(field.label, path, value);
      case 'choice':
        return html`<div class="field">
          <label for=${id}>${field.label}</label>
          <select
            id=${id}
            @change=${(e: Event) => this.change(setAt(this.draft, path, (e.target as HTMLSelectElement).value))}
          >
            ${field.options.map(([option, label]) => html`<option value=${option} ?selected=${value === option || (!value && option === field.options[0]![0])}>${label}</option>`)}
          </select>
        </div>`;
      case 'flags':
        return html`<fieldset data-path=${id}>
          <legend>${field.label}</legend>
          ${field.options.map(([option, label]) => this.renderFlag(path, (value as Json[] | undefined) ?? [], option, label))}
        </fieldset>`;
      case 'refs': {
        const targets = ((getAt(this.draft, [field.target]) as Json[] | undefined) ?? []) as {
          id?: string;
          name?: unknown;
          position?: unknown;
        }[];
        return html`<fieldset data-path=${id}>
          <legend>${field.label}</legend>
          ${targets.length ? nothing : html`<p class="hint">${msg('Add them in their own section first.')}</p>`}
          ${targets.map((target) =>
            target.id
              ? this.renderFlag(
                  path,
                  (value as Json[] | undefined) ?? [],
                  target.id,
                  titleOf(target.name, titleOf(target.position, target.id)),
                )
              : nothing,
          )}
        </fieldset>`;
      }
      case 'texts':
        return this.renderTexts(field, path, (value as Json[] | undefined) ?? []);
      case 'phrases':
        return this.renderPhrases(field, path, (value as Json[] | undefined) ?? []);
      case 'list':
        return this.renderList(field, path, (value as Json[] | undefined) ?? []);
      case 'group':
        return html`<fieldset data-path=${id}>
          <legend>${field.label}</legend>
          ${field.fields.map((inner) => this.renderField(inner, path))}
        </fieldset>`;
    }
  }

  private renderText(label: string, path: Path, value: Json | undefined, long = false): TemplateResult {
    const text = (value ?? {}) as Record<string, Json>;
    const id = pathToString(path);
    return html`<fieldset data-path=${id}>
      <legend>${label}</legend>
      <div class="languages">
        ${(['kk', 'ru', 'en'] as const).map((language) => {
          const inputId = `${id}.${language}`;
          const current = typeof text[language] === 'string' ? (text[language] as string) : '';
          const onChange = (e: Event) =>
            this.change(
              setAt(this.draft, [...path, language], (e.target as HTMLInputElement).value.trim() || undefined),
            );
          return html`<div>
            <label for=${inputId}>${LANGUAGE_NAMES[language]}</label>
            ${
              long
                ? html`<textarea id=${inputId} lang=${language} .value=${current} @change=${onChange}></textarea>`
                : html`<input id=${inputId} lang=${language} .value=${current} @change=${onChange} />`
            }
          </div>`;
        })}
      </div>
    </fieldset>`;
  }

  private setString(path: Path, written: string, input: string): void {
    let value: Json | undefined = written.trim() || undefined;
    if (value && input === 'code') value = normalizeServiceCode(value) ?? value;
    this.change(setAt(this.draft, path, value));
  }

  private renderCost(label: string, path: Path, value: Json | undefined): TemplateResult {
    const free = value === 'free';
    return html`<fieldset data-path=${pathToString(path)}>
      <legend>${label}</legend>
      <label class="choice"
        ><input
          type="checkbox"
          .checked=${free}
          @change=${(e: Event) => this.change(setAt(this.draft, path, (e.target as HTMLInputElement).checked ? 'free' : undefined))}
        />${msg('Free of charge')}</label
      >
      ${free ? nothing : this.renderText(msg('Cost in your words'), path, value)}
    </fieldset>`;
  }

  private renderFlag(path: Path, chosen: Json[], option: string, label: string): TemplateResult {
    const toggle = (on: boolean) => {
      const next = chosen.filter((item) => item !== option);
      if (on) next.push(option);
      this.change(setAt(this.draft, path, next));
    };
    return html`<label class="choice"
      ><input
        type="checkbox"
        .checked=${chosen.includes(option)}
        @change=${(e: Event) => toggle((e.target as HTMLInputElement).checked)}
      />${label}</label
    >`;
  }

  /** Phones are checked as they are typed, and written in the one format readers see when left. */
  private renderPhones(label: string, path: Path, phones: Json[]): TemplateResult {
    const id = pathToString(path);
    return html`<fieldset data-path=${id}>
      <legend>${label}</legend>
      ${phones.map((written, index) => {
        const phoneId = `${id}[${index}]`;
        // Checked as it is typed; written in the one national format when the field is left.
        const typed = this.typedPhones.get(phoneId) ?? String(written ?? '');
        const phone = parsePhone(typed);
        const problem =
          typeof phone === 'string' ? FORMATTERS[this.locale]({kind: 'phone', written: typed, problem: phone}) : '';
        return html`<div class="row field">
          <input
            id=${phoneId}
            inputmode="tel"
            aria-label=${msg(str`Phone ${index + 1}`)}
            aria-describedby="${phoneId}-note"
            aria-invalid=${problem ? 'true' : 'false'}
            .value=${String(written ?? '')}
            @input=${(e: Event) => {
              this.typedPhones.set(phoneId, (e.target as HTMLInputElement).value);
              this.requestUpdate();
            }}
            @change=${(e: Event) => {
              const value = (e.target as HTMLInputElement).value;
              const read = parsePhone(value);
              this.typedPhones.delete(phoneId);
              this.change(setAt(this.draft, [...path, index], typeof read === 'string' ? value : read.display));
            }}
          />
          <span id="${phoneId}-note" class=${problem ? 'error' : 'muted'}
            >${problem || (typeof phone === 'string' ? '' : `→ ${phone.href.slice(4)}`)}</span
          >
          <button type="button" @click=${() => this.change(setAt(this.draft, [...path, index], undefined))}>
            ${msg('Remove')}
          </button>
        </div>`;
      })}
      <button type="button" @click=${() => this.change(setAt(this.draft, [...path, phones.length], ''))}>
        ${msg('Add a phone')}
      </button>
    </fieldset>`;
  }

  private renderTexts(field: Extract<Field, {kind: 'texts'}>, path: Path, items: Json[]): TemplateResult {
    return html`<fieldset data-path=${pathToString(path)}>
      <legend>${field.label}</legend>
      ${items.map((_, index) => html`${this.renderText(`${index + 1}`, [...path, index], items[index])} ${this.renderItemButtons(path, items, index)}`)}
      <button type="button" @click=${() => this.change(setAt(this.draft, [...path, items.length], {}))}>
        ${msg(str`Add ${field.item}`)}
      </button>
    </fieldset>`;
  }

  /** Each group of phrases in a text area, a phrase per line; empty lines are dropped. */
  private renderPhrases(field: Extract<Field, {kind: 'phrases'}>, path: Path, groups: Json[]): TemplateResult {
    const id = pathToString(path);
    return html`<fieldset data-path=${id}>
      <legend>${field.label}</legend>
      <p class="hint" id="${id}-hint">${field.hint}</p>
      ${groups.map((group, index) => {
        const groupId = pathToString([...path, index]);
        return html`<div class="field">
            <label for=${groupId}>${msg(str`Group ${index + 1}`)}</label>
            <textarea
              id=${groupId}
              rows="4"
              aria-describedby="${id}-hint"
              .value=${((group as Json[] | undefined) ?? []).join('\n')}
              @change=${(e: Event) => {
                const lines = (e.target as HTMLTextAreaElement).value.split('\n').map((line) => line.trim());
                this.change(setAt(this.draft, [...path, index], lines.filter(Boolean)));
              }}
            ></textarea>
          </div>
          ${this.renderItemButtons(path, groups, index)}`;
      })}
      <button type="button" @click=${() => this.change(setAt(this.draft, [...path, groups.length], []))}>
        ${msg(str`Add ${field.item}`)}
      </button>
    </fieldset>`;
  }

  private renderList(field: Extract<Field, {kind: 'list'}>, path: Path, items: Json[]): TemplateResult {
    return html`<div data-path=${pathToString(path)}>
      <h3>${field.label}</h3>
      ${items.map(
        (item, index) =>
          html`<details>
            <summary>${field.title(item ?? {})}</summary>
            <div class="item">
              ${field.fields.map((inner) => this.renderField(inner, [...path, index]))}
              ${this.renderItemButtons(path, items, index)}
            </div>
          </details>`,
      )}
      <button type="button" @click=${() => this.addItem(path, items)}>${msg(str`Add ${field.item}`)}</button>
    </div>`;
  }

  /** A new organisation, channel or official gets a free id, since services refer to it by id. */
  private addItem(path: Path, items: Json[]): void {
    const key = path[path.length - 1];
    const prefix = {organizations: 'organisation', channels: 'place', officials: 'official'}[key as string];
    const entry: Record<string, Json> = key === 'channels' ? {kind: 'office'} : {};
    if (prefix) {
      const used = new Set(items.map((item) => (item as {id?: string}).id));
      let n = items.length + 1;
      while (used.has(`${prefix}-${n}`)) n++;
      entry['id'] = `${prefix}-${n}`;
    }
    this.change(setAt(this.draft, [...path, items.length], entry));
  }

  private renderItemButtons(path: Path, items: Json[], index: number): TemplateResult {
    const move = (to: number) => {
      const next = [...items];
      const [item] = next.splice(index, 1);
      next.splice(to, 0, item!);
      this.change(setAt(this.draft, path, next));
    };
    return html`<div class="row">
      <button type="button" ?disabled=${index === 0} @click=${() => move(index - 1)}>${msg('Move up')}</button>
      <button type="button" ?disabled=${index === items.length - 1} @click=${() => move(index + 1)}>
        ${msg('Move down')}
      </button>
      <button type="button" @click=${() => this.change(setAt(this.draft, [...path, index], undefined))}>
        ${msg('Remove')}
      </button>
    </div>`;
  }

  // 4. Preview -------------------------------------------------------------------------------

  private renderPreview(): TemplateResult {
    return html`<section aria-labelledby="preview">
      <h2 id="preview">${msg('4. Preview')}</h2>
      ${this.renderLanguageButtons(msg('Language of the preview'), this.previewLocale, this.choosePreviewLocale)}
      <div class="row" role="group" aria-label=${msg('Width of the preview')}>
        <button
          type="button"
          aria-pressed=${this.previewWidth === 'phone' ? 'true' : 'false'}
          @click=${() => this.choosePreviewWidth('phone')}
        >
          ${msg('Phone')}
        </button>
        <button
          type="button"
          aria-pressed=${this.previewWidth === 'desktop' ? 'true' : 'false'}
          @click=${() => this.choosePreviewWidth('desktop')}
        >
          ${msg('Desktop')}
        </button>
      </div>
      ${
        this.check.ok
          ? html`<div class="preview preview--${this.previewWidth}">
              <service-registry lang=${this.previewLocale} .headingLevel=${3} .data=${this.draft}></service-registry>
              <contact-card lang=${this.previewLocale} .headingLevel=${3} .data=${this.draft}></contact-card>
              <appeal-procedure lang=${this.previewLocale} .headingLevel=${3} .data=${this.draft}></appeal-procedure>
            </div>`
          : html`<p class="error">${msg('Fix the errors above first: then the preview appears here.')}</p>`
      }
    </section>`;
  }

  // 5. Hand-over -----------------------------------------------------------------------------

  private renderHandover(): TemplateResult {
    const id = typeof this.draft['id'] === 'string' && this.draft['id'] ? this.draft['id'] : 'organisation';
    const names = {script: `${id}.js`, file: `${id}.json`};
    const {drawn, check, locale} = this;
    const current =
      drawn?.provider === (check.ok && check.provider) && drawn.locale === locale ? drawn.html : undefined;
    const ready = check.ok
      ? snippets(check.provider, this.draft, locale, names, this.withDrawn ? current : undefined)
      : undefined;
    return html`<section aria-labelledby="handover">
      <h2 id="handover">${msg('5. Put it on your site')}</h2>
      <div class="row">
        <button
          type="button"
          class="primary"
          @click=${() => this.download(names.file, `${JSON.stringify(this.draft, null, 2)}\n`, 'application/json')}
        >
          ${msg('Download JSON')}
        </button>
      </div>
      <p class="check">
        <label>
          <input
            type="checkbox"
            .checked=${this.withDrawn}
            @change=${(event: Event) => (this.withDrawn = (event.target as HTMLInputElement).checked)}
          />
          ${msg('Include the widgets already drawn: the page shows them at once, before our script arrives, and nothing moves when it does')}
        </label>
      </p>
      ${
        this.withDrawn && current && drawn?.hashes?.length
          ? html`<p class="hint">
              ${msg('A site with a Content-Security-Policy allows their styles with:')}
              <code>style-src ${drawn.hashes.join(' ')}</code>
            </p>`
          : nothing
      }
      <div class="drawing" hidden></div>
      ${
        ready
          ? html`${
              // The embeddable bundle (gov-service-widgets-builder.js) carries no readers' script to hand over.
              readersScript
                ? this.renderSnippet(
                    msg('Your own script (simplest)'),
                    msg(str`Upload ${names.script} to your site, then paste this where the list should appear.`),
                    ready.ownScript,
                    html`<button
                      type="button"
                      @click=${() => this.download(names.script, ownScript(readersScript, this.draft), 'text/javascript')}
                    >
                      ${msg('Download your script')}
                    </button>`,
                  )
                : nothing
            }
            ${this.renderSnippet(msg('Our script and your data file'), msg(str`Upload gov-service-widgets.js and ${names.file}, then paste this.`), ready.dataFile)}
            ${this.renderSnippet(msg('Our script, your data inside the page'), msg('For a page that cannot host files: the data is in the snippet.'), ready.inline)}`
          : html`<p class="error">${msg('Fix the errors above first: then the snippets appear here.')}</p>`
      }
    </section>`;
  }

  private renderSnippet(
    title: string,
    hint: string,
    code: string,
    extra: TemplateResult | typeof nothing = nothing,
  ): TemplateResult {
    return html`<div class="field">
      <h3>${title}</h3>
      <p class="hint">${hint}</p>
      <pre tabindex="0">${code}</pre>
      <div class="row">
        ${extra}
        <button type="button" @click=${() => this.copy(code)}>${msg('Copy')}</button>
      </div>
    </div>`;
  }

  private download(name: string, content: string, type: string): void {
    const url = URL.createObjectURL(new Blob([content], {type}));
    const link = Object.assign(document.createElement('a'), {href: url, download: name});
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    this.notice = this.say(() => msg(str`Saved as ${name}.`));
  }

  private async copy(text: string): Promise<void> {
    const copied = await copyText(text);
    this.notice = this.say(() =>
      copied ? msg('Copied.') : msg('Copying is not allowed here: select the text and copy it (Ctrl+C).'),
    );
  }
}

function isRecord(value: unknown): value is DraftFile {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The SHA-256 of `text` in UTF-8, in hex, as the server computes it. */
async function sha256Hex(text: string): Promise<string> {
  return [...(await sha256(text))].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The text as a data object (a byte-order mark is fine), or undefined when it is not one. */
function readObject(text: string): DraftFile | undefined {
  try {
    const value: unknown = JSON.parse(text.replace(/^\ufeff/, ''));
    return isRecord(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gsw-data-builder': DataBuilderElement;
  }
}
