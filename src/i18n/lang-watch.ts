/**
 * One MutationObserver for every element on the page: a change of `lang` on `<html>` or on any
 * ancestor re-renders the elements at once. It disconnects when the last element goes away, so a
 * page that removes its widgets keeps nothing alive.
 */
const listeners = new Set<() => void>();
let observer: MutationObserver | undefined;

export function watchLang(listener: () => void): () => void {
  listeners.add(listener);
  if (!observer) {
    observer = new MutationObserver(() => listeners.forEach((notify) => notify()));
    observer.observe(document.documentElement, {attributes: true, attributeFilter: ['lang'], subtree: true});
  }
  return () => {
    listeners.delete(listener);
    if (!listeners.size) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}
