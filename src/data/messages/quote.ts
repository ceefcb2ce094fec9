/** A wrong value, quoted for a message without dumping it: long or hostile texts are cut. */
export function quoted(text: string): string {
  const shown = JSON.stringify(text);
  return shown.length > 40 ? `${shown.slice(0, 37)}…` : shown;
}
