import {expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import '../src/builder.js';
import type {DataBuilderElement} from '../src/builder/builder-element.js';
import type {DataBuilderChangedDetail} from '../src/events.js';
import {$, button, seedCopy, visibleText} from './helpers.js';

const KEY = 'gov-service-widgets:builder:v1:draft';
const NAME = 'organizations[0].name.kk';

interface Settings {
  page: HTMLElement;
  builder: DataBuilderElement;
  field: HTMLTextAreaElement;
  form: HTMLFormElement;
}

/**
 * The WordPress plugin's settings form, as the contract describes it: the builder above the
 * textarea `#gsw-data` (prefilled with the saved data), a file input, a save button.
 */
async function settingsPage(
  saved: unknown,
  {lang = 'en', storageKey = 'school-1.example.kz', inScript = true, drawn = ''} = {},
): Promise<Settings> {
  const page = await fixture<HTMLElement>(html`<div></div>`);
  if (lang) page.lang = lang;
  // As a plugin writes it (wp_json_encode with JSON_HEX_TAG): no `</script>` can end the element early.
  const json = saved === undefined ? '' : JSON.stringify(saved).replace(/</g, '\\u003c');
  // Built apart and added whole, as a parsed page has it: the field prefilled when the builder starts.
  const template = document.createElement('template');
  template.innerHTML = `<form id="gsw-settings-form" method="post" action="/nowhere">
      <gsw-data-builder embedded for="gsw-data"${storageKey ? ` storage-key="${storageKey}"` : ''}${
        drawn ? ' drawn-for="gsw-drawn"' : ''
      }>${json && inScript ? `<script type="application/json">${json}</script>` : ''}</gsw-data-builder>
      <textarea id="gsw-data" name="gsw_data"></textarea>
      <input type="file" id="gsw-file" name="gsw_file" accept=".json" />
      ${drawn ? `<input type="hidden" id="gsw-drawn" name="gsw_drawn" ${drawn} />` : ''}
      <button id="gsw-save">Save</button>
    </form>`;
  template.content.querySelector('textarea')!.textContent = json ? JSON.stringify(saved, null, 2) : '';
  page.append(template.content);
  const field = page.querySelector('textarea')!;
  const builder = page.querySelector('gsw-data-builder')!;
  await builder.updateComplete;
  return {page, builder, field, form: page.querySelector('form')!};
}

async function type(builder: DataBuilderElement, id: string, value: string): Promise<void> {
  const input = $<HTMLInputElement>(builder, `[id="${id}"]`);
  input.value = value;
  input.dispatchEvent(new Event('change'));
  await builder.updateComplete;
}

/** Submits the form as the save button would; records whether it would have gone, and never lets it go. */
function submit(form: HTMLFormElement): boolean {
  let sent = false;
  const record = (event: Event) => {
    sent = !event.defaultPrevented;
    event.preventDefault();
  };
  form.addEventListener('submit', record, {once: true});
  form.requestSubmit(form.querySelector<HTMLButtonElement>('#gsw-save'));
  return sent;
}

/** The seed's data under another name, which the first service carries too (the preview shows services). */
function saved(name = 'Сынақ мектебі'): any {
  const data = seedCopy();
  data.organizations[0].name.kk = name;
  data.services[0].name = {kk: name, ru: name, en: name};
  return data;
}

describe('the data builder, embedded in a settings form', () => {
  const title = document.title;
  const confirm = window.confirm;
  beforeEach(() => {
    localStorage.clear();
    document.title = 'State services ‹ School — WordPress';
    window.confirm = () => true;
  });
  afterEach(() => {
    document.title = title;
    document.documentElement.lang = 'kk';
    window.confirm = confirm;
    history.replaceState(null, '', location.pathname);
  });

  it('starts from the data given in its script, and leaves out the page header and the hand-over', async () => {
    localStorage.setItem(
      KEY,
      JSON.stringify({savedAt: new Date().toISOString(), draft: saved('Бет құрастырушының жобасы')}),
    );
    const {builder, field} = await settingsPage(saved());
    expect($<HTMLInputElement>(builder, `[id="${NAME}"]`).value).to.equal('Сынақ мектебі');
    expect($(builder, '#check + p').textContent).to.contain('No errors');
    await waitUntil(
      () => visibleText($(builder, '.preview service-registry')).includes('Сынақ мектебі'),
      'the preview',
    );
    for (const tag of ['service-registry', 'appeal-procedure'])
      expect(builder.shadowRoot!.querySelector(`.preview ${tag}`)).to.not.equal(null);
    expect(builder.shadowRoot!.querySelector('h1, header, #handover')).to.equal(null);
    const names = [...builder.shadowRoot!.querySelectorAll('button')].map((b) => b.textContent!.trim());
    expect(names).to.include.members(['School template', 'Undo', 'Redo']);
    expect(names).to.not.include.members(['Download JSON', 'Copy', 'Қазақша']);
    // The builder page's own draft is not this site's, and starting changes nothing.
    expect(builder.shadowRoot!.textContent).to.not.contain('not saved');
    expect(JSON.parse(field.value)).to.deep.equal(saved());
  });

  it('starts from the `data` property, or from the field when it has no script, and takes `data` given later', async () => {
    const element = document.createElement('gsw-data-builder');
    element.embedded = true;
    element.data = saved('Қасиет бойынша');
    const page = await fixture<HTMLElement>(html`<div lang="en"></div>`);
    page.append(element);
    await element.updateComplete;
    expect($<HTMLInputElement>(element, `[id="${NAME}"]`).value).to.equal('Қасиет бойынша');
    element.data = saved('Кейін берілген');
    await element.updateComplete;
    expect($<HTMLInputElement>(element, `[id="${NAME}"]`).value).to.equal('Кейін берілген');
    button(element, 'Undo').click();
    await element.updateComplete;
    expect($<HTMLInputElement>(element, `[id="${NAME}"]`).value).to.equal('Қасиет бойынша');

    const {builder} = await settingsPage(saved('Өрістен'), {inScript: false});
    expect($<HTMLInputElement>(builder, `[id="${NAME}"]`).value).to.equal('Өрістен');
  });

  it('writes each change into the field and tells the page, with the validator’s verdict', async () => {
    const {page, builder, field} = await settingsPage(saved());
    const changed = oneEvent(page, 'data-builder-changed') as Promise<CustomEvent<DataBuilderChangedDetail>>;
    await type(builder, NAME, 'Жаңа атау');
    const {detail, composed, bubbles} = await changed;
    expect({composed, bubbles}).to.deep.equal({composed: true, bubbles: true});
    expect(detail.valid).to.equal(true);
    expect(detail.issues).to.deep.equal([]);
    expect((detail.data as any).organizations[0].name.kk).to.equal('Жаңа атау');
    expect(JSON.parse(field.value)).to.deep.equal(detail.data);

    const broken = oneEvent(page, 'data-builder-changed') as Promise<CustomEvent<DataBuilderChangedDetail>>;
    await type(builder, 'id', 'Not an id!');
    const verdict = (await broken).detail;
    expect(verdict.valid).to.equal(false);
    expect(verdict.issues.map((issue) => issue.path)).to.include('id');
    expect(JSON.parse(field.value).id).to.equal('Not an id!');
    // Undo is a change too.
    button(builder, 'Undo').click();
    await builder.updateComplete;
    expect(JSON.parse(field.value).id).to.equal(saved().id);
  });

  it('stops a submit while the data has errors, says so and focuses the first error; valid data is sent', async () => {
    const {builder, form} = await settingsPage(saved());
    await type(builder, 'id', 'Not an id!');
    expect(submit(form)).to.equal(false);
    await builder.updateComplete;
    expect($(builder, '#refused').textContent).to.contain('Not saved');
    await waitUntil(
      () => builder.shadowRoot!.activeElement?.closest('.issues li.error'),
      'the first error has the focus',
    );
    expect(builder.shadowRoot!.activeElement!.textContent).to.contain('id:');
    // Fixed: the message goes, and the form is sent.
    await type(builder, 'id', 'school-17');
    expect(builder.shadowRoot!.querySelector('#refused')).to.equal(null);
    expect(submit(form)).to.equal(true);
  });

  it('lets a file chosen in the form go to the server, whatever the draft', async () => {
    const {builder, form} = await settingsPage(undefined);
    expect($(builder, '#check + p').textContent).to.contain('problems');
    expect(submit(form)).to.equal(false);
    const transfer = new DataTransfer();
    transfer.items.add(new File([JSON.stringify(saved())], 'school.json', {type: 'application/json'}));
    form.querySelector<HTMLInputElement>('#gsw-file')!.files = transfer.files;
    expect(submit(form)).to.equal(true);
  });

  it('takes JSON typed into the field, and refuses to send text that is not JSON', async () => {
    const {builder, field, form} = await settingsPage(saved());
    field.value = '{"schemaVersion": 2, "id": ';
    field.dispatchEvent(new Event('change', {bubbles: true}));
    await builder.updateComplete;
    expect(builder.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('cannot be read');
    expect(submit(form)).to.equal(false);
    field.value = JSON.stringify(saved('Қолмен жазылған'));
    field.dispatchEvent(new Event('change', {bubbles: true}));
    await builder.updateComplete;
    expect($<HTMLInputElement>(builder, `[id="${NAME}"]`).value).to.equal('Қолмен жазылған');
    expect(submit(form)).to.equal(true);
  });

  it('checks what the field holds when the form is sent, also when it was filled without a change event', async () => {
    const {builder, field, form} = await settingsPage(saved());
    field.value = JSON.stringify(saved('Сценарий жазған'));
    field.dispatchEvent(new Event('input', {bubbles: true}));
    expect(submit(form)).to.equal(true);
    await builder.updateComplete;
    expect($<HTMLInputElement>(builder, `[id="${NAME}"]`).value).to.equal('Сценарий жазған');
    const broken = saved();
    delete broken.organizations[0].name;
    field.value = JSON.stringify(broken);
    expect(submit(form)).to.equal(false);
  });

  it('offers an unsaved draft the browser kept, without applying it, and restores it when asked', async () => {
    const key = `${KEY}:school-1.example.kz`;
    localStorage.setItem(key, JSON.stringify({savedAt: '2026-11-20T10:15:00Z', draft: saved('Сақталмаған өзгеріс')}));
    const {builder, field} = await settingsPage(saved());
    expect($<HTMLInputElement>(builder, `[id="${NAME}"]`).value).to.equal('Сынақ мектебі');
    expect($(builder, '.offer').textContent).to.contain('not saved');
    expect(JSON.parse(field.value)).to.deep.equal(saved());
    // Working on meanwhile does not overwrite what is offered.
    await type(builder, 'organizations[0].name.ru', 'Пробная школа');
    expect(JSON.parse(localStorage.getItem(key)!).draft).to.deep.equal(saved('Сақталмаған өзгеріс'));
    button(builder, 'Restore the unsaved changes').click();
    await builder.updateComplete;
    expect(builder.shadowRoot!.querySelector('.offer')).to.equal(null);
    expect($<HTMLInputElement>(builder, `[id="${NAME}"]`).value).to.equal('Сақталмаған өзгеріс');
    expect(JSON.parse(field.value).organizations[0].name.kk).to.equal('Сақталмаған өзгеріс');
    expect(JSON.parse(localStorage.getItem(key)!).draft.organizations[0].name.kk).to.equal('Сақталмаған өзгеріс');
  });

  it('discards an offered draft when asked, and offers none that equals the saved data', async () => {
    const key = `${KEY}:school-1.example.kz`;
    localStorage.setItem(key, JSON.stringify({savedAt: '2026-11-20T10:15:00Z', draft: saved('Ескі жоба')}));
    const first = await settingsPage(saved());
    button(first.builder, 'Discard them').click();
    await first.builder.updateComplete;
    expect(first.builder.shadowRoot!.querySelector('.offer')).to.equal(null);
    expect(JSON.parse(localStorage.getItem(key)!).draft).to.deep.equal(saved());
    // The same data with its keys in another order (as a server may write it) is no unsaved change.
    const reordered = Object.fromEntries(Object.entries(saved()).reverse());
    localStorage.setItem(key, JSON.stringify({savedAt: '2026-11-20T10:15:00Z', draft: reordered}));
    const second = await settingsPage(saved());
    expect(second.builder.shadowRoot!.querySelector('.offer')).to.equal(null);
  });

  it('keeps each site’s draft apart, by its storage key or else by the page’s address', async () => {
    const a = await settingsPage(saved('А мектебі'), {storageKey: 'school-1.example.kz'});
    await type(a.builder, 'organizations[0].name.ru', 'Школа А');
    expect(localStorage.getItem(`${KEY}:school-2.example.kz`)).to.equal(null);
    const b = await settingsPage(saved('Б мектебі'), {storageKey: 'school-2.example.kz'});
    expect(b.builder.shadowRoot!.querySelector('.offer')).to.equal(null);
    expect($<HTMLInputElement>(b.builder, `[id="${NAME}"]`).value).to.equal('Б мектебі');
    await type(b.builder, 'organizations[0].name.ru', 'Школа Б');
    expect(JSON.parse(localStorage.getItem(`${KEY}:school-1.example.kz`)!).draft.organizations[0].name.ru).to.equal(
      'Школа А',
    );
    expect(JSON.parse(localStorage.getItem(`${KEY}:school-2.example.kz`)!).draft.organizations[0].name.ru).to.equal(
      'Школа Б',
    );
    // Without a key, the page's address: a sub-site of a multisite has its own (/school-3/wp-admin/…).
    const c = await settingsPage(saved(), {storageKey: ''});
    await type(c.builder, 'organizations[0].name.ru', 'Школа В');
    expect(localStorage.getItem(`${KEY}:${location.origin}${location.pathname}`)).to.contain('Школа В');
    expect(localStorage.getItem(KEY), 'the builder page’s own draft').to.equal(null);
  });

  it('leaves the page’s title and language alone, and speaks the page’s language as it changes', async () => {
    document.documentElement.lang = 'ru-RU';
    history.replaceState(null, '', '?lang=en');
    const {builder} = await settingsPage(saved(), {lang: ''});
    expect($(builder, '#start').textContent).to.equal('1. Начало');
    await type(builder, 'organizations[0].name.ru', 'Школа');
    expect(document.title).to.equal('State services ‹ School — WordPress');
    expect(document.documentElement.lang).to.equal('ru-RU');
    document.documentElement.lang = 'kk';
    await waitUntil(() => $(builder, '#start').textContent === '1. Бастау', 'the builder follows <html lang>');
    builder.lang = 'en';
    await waitUntil(() => $(builder, '#start').textContent === '1. Start', 'its own lang wins');
    expect(document.title).to.equal('State services ‹ School — WordPress');
  });

  for (const lang of ['kk', 'ru-RU', 'en-US']) {
    it(`is accessible in ${lang}: with an offered draft, and with a stopped submit`, async () => {
      localStorage.setItem(
        `${KEY}:school-1.example.kz`,
        JSON.stringify({savedAt: '2026-11-20T10:15:00Z', draft: saved('Ескі жоба')}),
      );
      const {builder, form} = await settingsPage(saved(), {lang});
      await expect(builder).to.be.accessible();
      await type(builder, 'id', 'Not an id!');
      submit(form);
      await builder.updateComplete;
      await expect(builder).to.be.accessible();
    });
  }
  it('draws the three elements in each language into the `drawn-for` field, for exactly the text the form sends', async () => {
    const {builder, field, form} = await settingsPage(saved(), {drawn: 'data-max-bytes="100000000"'});
    const drawnField = document.querySelector<HTMLInputElement>('#gsw-drawn')!;
    const sha256 = async (text: string) =>
      [...new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)))]
        .map((byte) => byte.toString(16).padStart(2, '0'))
        .join('');
    await waitUntil(() => drawnField.value, 'drawn for the saved data', {timeout: 10000});
    let drawn = JSON.parse(drawnField.value);
    expect(drawn.sha256).to.equal(await sha256(field.value));
    for (const locale of ['kk', 'ru', 'en']) {
      expect(Object.keys(drawn[locale]).sort()).to.deep.equal(['appeal', 'contacts', 'registry']);
      for (const markup of Object.values<string>(drawn[locale]))
        expect(markup.startsWith('<template shadowrootmode="open"><style>')).to.equal(true);
      expect(drawn[locale].registry).to.contain('Сынақ мектебі');
    }
    expect(drawn.ru.registry).to.not.equal(drawn.kk.registry);
    // Nothing is left drawn in the builder, and the form goes with the drawings.
    expect(builder.shadowRoot!.querySelector('.drawing')!.children.length).to.equal(0);
    expect(submit(form)).to.equal(true);
    expect(drawnField.value).to.not.equal('');

    // A change: gone at once, then drawn again for the new text.
    await type(builder, NAME, 'Жаңа атау');
    expect(drawnField.value).to.equal('');
    await waitUntil(() => drawnField.value, 'drawn for the change', {timeout: 10000});
    drawn = JSON.parse(drawnField.value);
    expect(drawn.sha256).to.equal(await sha256(field.value));
    expect(drawn.kk.contacts + drawn.kk.registry).to.contain('Жаңа атау');

    // Other text put into the field by a script: sent without drawings, never held back.
    field.value = JSON.stringify(saved('Сценарий жазған'));
    expect(submit(form)).to.equal(true);
    expect(drawnField.value).to.equal('');
    await waitUntil(() => drawnField.value, 'drawn for the text the script put', {timeout: 10000});
    expect(JSON.parse(drawnField.value).sha256).to.equal(await sha256(field.value));

    // A file chosen instead of the field: sent without drawings.
    const transfer = new DataTransfer();
    transfer.items.add(new File([JSON.stringify(saved())], 'school.json', {type: 'application/json'}));
    form.querySelector<HTMLInputElement>('#gsw-file')!.files = transfer.files;
    expect(submit(form)).to.equal(true);
    expect(drawnField.value).to.equal('');
  });

  it('leaves the `drawn-for` field empty when the drawings would not fit the server’s limit', async () => {
    const {builder, form} = await settingsPage(saved(), {drawn: 'data-max-bytes="1000"'});
    // Drawn in a host of its own, removed when done.
    let done = false;
    new MutationObserver((records) => (done ||= records.some((r) => r.removedNodes.length))).observe(
      builder.shadowRoot!.querySelector('.drawing')!,
      {childList: true},
    );
    await waitUntil(() => done, 'drawn', {timeout: 10000});
    expect(document.querySelector<HTMLInputElement>('#gsw-drawn')!.value).to.equal('');
    expect(submit(form)).to.equal(true);
  });
});
