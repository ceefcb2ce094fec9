/**
 * Resolves once the HTML parser has moved past `element`, so that its children (an inline
 * `<script type="application/json">`) are all there. With the script in `<head>`, elements
 * upgrade at their start tag, before their children exist; deciding "no inline data, show the
 * bundled organisation" then could show one organisation in place of another.
 */
export function whenParsed(element: Element): Promise<void> | undefined {
  // Nothing to wait for, usually: then no await, so the first render already has the data.
  if (document.readyState !== 'loading' || hasFollowingNode(element)) return undefined;
  return new Promise((resolve) => {
    const done = () => {
      observer.disconnect();
      document.removeEventListener('DOMContentLoaded', done);
      resolve();
    };
    const observer = new MutationObserver(() => hasFollowingNode(element) && done());
    observer.observe(document, {childList: true, subtree: true});
    document.addEventListener('DOMContentLoaded', done);
  });
}

/** The parser appends in document order: a node after us (or after an ancestor) means we are done. */
function hasFollowingNode(element: Element): boolean {
  for (let node: Node | null = element; node; node = node.parentNode) {
    if (node.nextSibling) return true;
  }
  return false;
}
