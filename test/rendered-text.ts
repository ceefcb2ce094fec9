/**
 * Waits up to 2 s for an element's shadow root to show text (containing `expected`, if given)
 * and returns it, or '' if it never does. No import of src/: the bundle tests load only dist/.
 */
export async function renderedText(element: Element | null | undefined, expected = ''): Promise<string> {
  for (let i = 0; i < 100; i++) {
    const text = element?.shadowRoot?.textContent?.trim() ?? '';
    if (text && text.includes(expected)) return text;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return '';
}
