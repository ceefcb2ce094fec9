import type {Channel, LocalizedText, Official, Phone, Provider} from '../data/model.js';
import {pickText, type Locale} from '../i18n/locale.js';
import {PRE_RENDERED_TAGS, type PreRendered} from './pre-render.js';

/** What stands before the bundled data at the end of the readers' script (scripts/rollup-plugins.mjs). */
const DATA_MARKER = '/*gsw:data*/';

/**
 * The organisation's own single script: ours, with its data in place of the bundled
 * organisation's, so that its snippet is the script tag and the elements, nothing else.
 */
export function ownScript(readersScript: string, data: unknown): string {
  const at = readersScript.lastIndexOf(DATA_MARKER);
  if (at < 0) throw new Error('the readers’ script has no data marker: rebuild it');
  return `${readersScript.slice(0, at + DATA_MARKER.length)}${JSON.stringify(data)});\n`;
}

/** JSON that can sit inside `<script type="application/json">`: no `</script>` or `<!--` can end it. */
export function jsonForScriptElement(data: unknown): string {
  return JSON.stringify(data, null, 1)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Plain HTML for inside each tag: the services, phones and procedure for readers without
 * JavaScript and for search engines. The element replaces it when it runs. Only text and
 * links we build: every value is escaped.
 */
export function fallbackHtml(provider: Provider, locale: Locale): {registry: string; contacts: string; appeal: string} {
  const t = (text: LocalizedText | undefined) => (text ? escapeHtml(pickText(text, locale).value) : '');
  const phone = (p: Phone) => `<a href="${escapeHtml(p.href)}">${escapeHtml(p.display)}</a>`;
  const person = (o: Official) => [t(o.name ?? o.position), ...o.phones.map(phone)].filter(Boolean).join(', ');
  const channel = (c: Channel) => (c.url ? `<a href="${escapeHtml(c.url)}">${t(c.name)}</a>` : t(c.name));
  const registry = provider.services
    .map((service) => {
      const parts = [
        `${service.code ? `${service.code} ` : ''}${t(service.name)}`,
        service.channels.map(channel).join(', '),
        service.responsible.map(person).join('; '),
      ].filter(Boolean);
      return `<li>${parts.join('. ')}</li>`;
    })
    .join('');
  const contacts = provider.officials.map((official) => `<li>${person(official)}</li>`).join('');
  const appeal = provider.appeal;
  const appealHtml = appeal
    ? [
        appeal.callCentre
          ? `<p>${t(appeal.callCentre.name)}: ${appeal.callCentre.phones.map(phone).join(', ')}</p>`
          : '',
        appeal.grounds ? `<p>${t(appeal.grounds)}</p>` : '',
        appeal.addressees.length ? `<ul>${appeal.addressees.map((a) => `<li>${t(a.name)}</li>`).join('')}</ul>` : '',
        appeal.contents.length ? `<ul>${appeal.contents.map((c) => `<li>${t(c)}</li>`).join('')}</ul>` : '',
      ].join('')
    : '';
  return {
    registry: registry ? `<ul>${registry}</ul>` : '',
    contacts: contacts ? `<ul>${contacts}</ul>` : '',
    appeal: appealHtml,
  };
}

export interface Snippets {
  /** (1) The organisation's own script: upload it, then this. */
  ownScript: string;
  /** (2) Our script and the data file next to it, named by `src`. */
  dataFile: string;
  /** (3) Our script and the data inside the page. */
  inline: string;
}

/** The three ways to put the organisation on a page, each with the plain-HTML content inside. */
export function snippets(
  provider: Provider,
  data: unknown,
  locale: Locale,
  names: {script: string; file: string},
  drawn?: PreRendered,
): Snippets {
  const content = fallbackHtml(provider, locale);
  // The drawn element first (a declarative shadow root, pre-render.ts), which a browser without
  // one ignores, showing the plain HTML after it instead.
  const tags = (attributes: string, inline = '') =>
    (Object.entries(PRE_RENDERED_TAGS) as [keyof PreRendered, string][])
      .map(
        ([key, tag]) => `<${tag} lang="${locale}"${attributes}>${drawn?.[key] ?? ''}${inline}${content[key]}</${tag}>`,
      )
      .join('\n');
  const json = `<script type="application/json">${jsonForScriptElement(data)}</script>`;
  return {
    // The script after the elements: a script that ran before the parser reached them would
    // define them first, and a drawn element's shadow root could no longer be attached.
    ownScript: `${tags('')}\n<script src="${escapeHtml(names.script)}"></script>`,
    dataFile: `${tags(` src="${escapeHtml(names.file)}"`)}\n<script src="gov-service-widgets.js"></script>`,
    inline: `${tags('', json)}\n<script src="gov-service-widgets.js"></script>`,
  };
}
