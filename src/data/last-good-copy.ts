/**
 * The last copy of each data file that loaded and validated, kept in the reader's browser
 * (localStorage, keyed by the file's full URL), so that a village reader whose connection drops
 * still sees the list, marked as possibly outdated. A copy is only ever shown for the same URL it
 * came from: never one organisation's data for another's.
 */
const PREFIX = 'gov-service-widgets:v1:';

export interface SavedCopy {
  /** ISO date and time the copy was saved. */
  savedAt: string;
  data: unknown;
}

export function saveCopy(url: string, text: string): void {
  try {
    localStorage.setItem(PREFIX + url, JSON.stringify({savedAt: new Date().toISOString(), text}));
  } catch {
    // Storage full, disabled or blocked (private mode, sandboxed frame): the copy is a bonus.
  }
}

export function readCopy(url: string): SavedCopy | undefined {
  try {
    const saved = JSON.parse(localStorage.getItem(PREFIX + url) ?? 'null');
    return saved ? {savedAt: String(saved.savedAt), data: JSON.parse(saved.text)} : undefined;
  } catch {
    return undefined;
  }
}
