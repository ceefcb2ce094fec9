/** The three elements a snippet carries, by their key in `snippets()`. */
export const PRE_RENDERED_TAGS = {
  registry: 'service-registry',
  contacts: 'contact-card',
  appeal: 'appeal-procedure',
} as const;
export type PreRendered = Record<keyof typeof PRE_RENDERED_TAGS, string>;

/**
 * An element as it is drawn, for inside its tag: a declarative shadow root (`<template
 * shadowrootmode="open">`) with its styles, so that the page paints it before any script runs
 * and the element, once it runs, takes it over without a visible change (WidgetElement.update).
 * Lit's comment markers are left out: the element draws its own. Serialized by the browser from
 * text nodes, so the data is escaped as it is everywhere else in the snippet.
 */
export function preRenderedHtml(element: Element): string {
  const root = element.shadowRoot!;
  const copy = document.createElement('div');
  for (const node of root.childNodes) copy.append(node.cloneNode(true));
  const walker = document.createTreeWalker(copy, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const comment of comments) comment.parentNode!.removeChild(comment);
  // Our own CSS, which has no `</`; escaped anyway, so that no text can end the <style>.
  const css = root.adoptedStyleSheets
    .flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText))
    .join('')
    .replace(/<\//g, '<\\/');
  return `<template shadowrootmode="open">${css ? `<style>${css}</style>` : ''}${copy.innerHTML}</template>`;
}

/**
 * The three elements drawn with `data` in `locale`, off screen in `host`, and serialized; undefined
 * where the readers' elements are not on the page (the embeddable builder) or cannot draw the data.
 */
export async function preRender(
  host: Element,
  data: unknown,
  locale: string,
  services: number,
): Promise<PreRendered | undefined> {
  if (!Object.values(PRE_RENDERED_TAGS).every((tag) => customElements.get(tag))) return undefined;
  const entries = Object.entries(PRE_RENDERED_TAGS).map(([key, tag]) => {
    const element = document.createElement(tag) as HTMLElement & {data: unknown; updateComplete: Promise<boolean>};
    element.lang = locale;
    element.data = data;
    return [key, element] as const;
  });
  // A box of its own in `host`: a second drawing started before this one ends draws beside it.
  const box = document.createElement('div');
  box.append(...entries.map(([, element]) => element));
  host.append(box);
  try {
    // A long list is drawn a few blocks per task: waited for until every service is there.
    const rows = () => entries[0][1].shadowRoot?.querySelectorAll('.block > .service').length ?? 0;
    for (let tries = 0; tries < 500 && rows() < services; tries++) await new Promise((done) => setTimeout(done, 10));
    for (const [, element] of entries) while (!(await element.updateComplete));
    if (rows() < services) return undefined;
    return Object.fromEntries(entries.map(([key, element]) => [key, preRenderedHtml(element)])) as PreRendered;
  } finally {
    box.remove();
  }
}

/**
 * What a page with a strict Content-Security-Policy must allow for the drawn elements' styles
 * (`style-src 'sha256-…'`), one hash per distinct <style>; without it the page shows them unstyled
 * until our script takes over.
 */
export async function styleHashes(drawn: PreRendered): Promise<string[]> {
  const styles = new Set(Object.values(drawn).map((markup) => /<style>([^<]*)<\/style>/.exec(markup)?.[1] ?? ''));
  styles.delete('');
  const hashes = [];
  for (const css of styles) {
    hashes.push(`'sha256-${btoa(String.fromCharCode(...(await sha256(css))))}'`);
  }
  return hashes;
}

/** The SHA-256 of `text` in UTF-8 (crypto.subtle: a secure context, https or localhost). */
export async function sha256(text: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
}
