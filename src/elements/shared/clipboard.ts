/**
 * Copies text for a reader's «Copy» or «Link»; false when the browser refuses (no clipboard on an
 * http: page, a permission denied, an old engine), and the caller then shows it to copy by hand.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
