import {fixture, html, elementUpdated, waitUntil} from '@open-wc/testing';
import type {TemplateResult} from 'lit';
import seed from '../data/osakarovka-education.json';
import '../src/index.js';

export {seed};

/** The seed's register codes in their order, in the eight-digit form shown (data/CORRECTIONS.md, 3). */
export const SEED_CODES = [
  '00403007',
  '00403008',
  '00403009',
  '00803014',
  '00403001',
  '00403002',
  '00403003',
  '00403004',
  '00403015',
  '00803005',
];

/** A fresh deep copy of the seed's file, to break in one place per test. */
export function seedCopy(): any {
  return structuredClone(seed);
}

/** A valid organisation with `count` services, for tests of long lists. */
export function manyServices(count: number): any {
  const data = seedCopy();
  data.id = 'big-district';
  data.services = Array.from({length: count}, (_, index) => ({
    code: String(500000 + index),
    name: {kk: `Қызмет нөмірі ${index} құжаттарды қабылдау`, ru: `Услуга номер ${index}: прием документов`},
    channels: ['egov'],
    forms: ['electronic'],
    responsible: [index % 2 ? 'abduova' : 'kuzmina'],
  }));
  return data;
}

/** The text a reader sees in an element, its shadow root included, with spaces folded. */
export function visibleText(element: Element): string {
  const root = element.shadowRoot ?? element;
  return (root as ShadowRoot).textContent!.replace(/\s+/g, ' ').trim();
}

export function $<T extends Element = HTMLElement>(element: Element, selector: string): T {
  const found = element.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`${element.localName}: no ${selector}`);
  return found;
}

/** The button in the element's shadow root whose text is `name`. */
export function button(element: Element, name: string): HTMLButtonElement {
  const found = [...element.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === name);
  if (!found) throw new Error(`${element.localName}: no button «${name}»`);
  return found;
}

export function $$(element: Element, selector: string): HTMLElement[] {
  return [...element.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
}

/** Renders a template and waits until the element, or each widget inside it, shows data (or an error). */
export async function render<T extends HTMLElement>(template: TemplateResult): Promise<T> {
  const element = await fixture<T>(template);
  await settled(element);
  return element;
}

const WIDGETS = 'service-registry, appeal-procedure, contact-card';

/**
 * Waits until `element` no longer shows «Loading…» (the loading message, `[role="status"].message`),
 * so it shows its data or says why it cannot. Given a wrapper, waits for each widget inside it.
 */
export async function settled(element: Element, timeout = 2000): Promise<void> {
  await elementUpdated(element); // the element's update; for a wrapper, a frame (layout tests read what it painted)
  const widgets = element.shadowRoot ? [element] : [...element.querySelectorAll(WIDGETS)];
  for (const widget of widgets) {
    const loading = () => widget.shadowRoot?.querySelector('[role="status"].message');
    const message = `${widget.localName} still shows a status message («Loading…», or a saved copy's)`;
    await waitUntil(() => !loading(), message, {timeout, interval: 20});
    await elementUpdated(widget);
  }
}

/** Collects console messages of one kind while `work` runs. */
export async function capture(kind: 'error' | 'warn', work: () => Promise<unknown>): Promise<string[]> {
  const original = console[kind];
  const messages: string[] = [];
  console[kind] = (...args: unknown[]) => void messages.push(args.map(String).join(' '));
  try {
    await work();
  } finally {
    console[kind] = original;
  }
  return messages;
}

/**
 * Waits for the re-render a change of `lang` causes (a MutationObserver hears it): until the element
 * renders in `locale`, the language it should now follow.
 */
export async function langChanged(element: Element, locale: string): Promise<void> {
  const shown = () => element.shadowRoot?.querySelector('.base')?.getAttribute('lang');
  await waitUntil(() => shown() === locale, `${element.localName} did not re-render in "${locale}"`, {interval: 10});
  await elementUpdated(element);
}

/** Types a query into a register's search field, as a reader does, and waits for the update. */
export async function search(element: HTMLElement & {updateComplete: Promise<unknown>}, query: string): Promise<void> {
  const input = $(element, 'input[type="search"]') as HTMLInputElement;
  input.value = query;
  input.dispatchEvent(new Event('input'));
  await element.updateComplete;
}

/** The services a register shows: the search's results, best first, or the whole list. */
export function shownRows(element: Element): HTMLElement[] {
  return $$(element, '.rows > .service').filter((row) => row.getClientRects().length > 0);
}

/** The codes of the services a register shows, in the order shown. */
export function shownCodes(element: Element): string[] {
  return shownRows(element).map((row) => row.querySelector('.code')!.textContent!.trim());
}

export {html};
