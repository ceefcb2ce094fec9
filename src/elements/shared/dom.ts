/** What `h()` takes as content: nodes and text; arrays are flattened, and false, null, undefined and '' left out. */
export type Content = Node | string | false | null | undefined | readonly Content[];

/**
 * An element built directly, for content that never changes once shown (the rows of a long list):
 * no template instance, no parts and no comment markers stay behind, so each row costs the page
 * only its own nodes. Text is always a text node and attributes are set as strings: data never
 * becomes HTML. An attribute whose value is false or undefined is left out.
 */
export function h(
  tag: string,
  attributes?: Record<string, string | number | false | undefined> | null,
  ...content: Content[]
): HTMLElement {
  const element = document.createElement(tag);
  for (const name in attributes) {
    const value = attributes[name];
    if (value !== undefined && value !== false) element.setAttribute(name, String(value));
  }
  element.append(...(content.flat(9) as (Node | string)[]).filter(Boolean));
  return element;
}
