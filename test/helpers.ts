import {fixture, html, elementUpdated} from '@open-wc/testing';
import type {TemplateResult} from 'lit';
import seed from '../data/osakarovka-education.json';
import '../src/index.js';

export {seed};

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

export function $(element: Element, selector: string): HTMLElement {
  const found = element.shadowRoot!.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`${element.localName}: no ${selector}`);
  return found;
}

export function $$(element: Element, selector: string): HTMLElement[] {
  return [...element.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
}

/** Renders a template and waits until the element shows data (or an error). */
export async function render<T extends HTMLElement>(template: TemplateResult): Promise<T> {
  const element = await fixture<T>(template);
  await settled(element);
  return element;
}

export async function settled(element: Element): Promise<void> {
  for (let i = 0; i < 100; i++) {
    await elementUpdated(element);
    if (!element.shadowRoot?.querySelector('[role="status"].message')) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`${element.localName} still loading`);
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

/** Waits for the MutationObserver that watches `lang`, and the re-render it causes. */
export async function langChanged(element: Element): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await elementUpdated(element);
}

export {html};
