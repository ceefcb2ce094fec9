import {waitUntil} from '@open-wc/testing';

/**
 * Waits up to 2 s for an element's shadow root to show text (containing `expected`, if given)
 * and returns it, or '' if it never does. No import of src/: the bundle tests load only dist/.
 */
export async function renderedText(element: Element | null | undefined, expected = ''): Promise<string> {
  const text = () => element?.shadowRoot?.textContent?.trim() ?? '';
  try {
    await waitUntil(() => text() && text().includes(expected), undefined, {timeout: 2000, interval: 20});
    return text();
  } catch {
    return '';
  }
}
