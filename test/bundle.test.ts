import {expect} from '@open-wc/testing';
import {renderedText} from './rendered-text.js';

const SCRIPT = '/dist/gov-service-widgets.js';
// What a careful government site sends: no inline script or style, scripts only from itself,
// Trusted Types enforced. `test-loader` is this test's own policy for adding the script tags.
// "Itself" is spelled as the page's origin, not 'self': in a srcdoc iframe's <meta> policy, Firefox
// matches 'self' to no origin (w3c/webappsec-csp#405), while Chromium and WebKit use the inherited one.
const SELF = location.origin;
const CSP = `default-src 'none'; script-src ${SELF}; style-src 'none'; img-src 'none'; connect-src ${SELF}; require-trusted-types-for 'script'; trusted-types lit-html test-loader`;

interface Page {
  window: Window & typeof globalThis;
  document: Document;
  errors: string[];
}

/** A fresh page (its own realm and custom-element registry) under the strict policy. */
async function strictPage(body: string): Promise<Page> {
  const frame = document.createElement('iframe');
  frame.style.width = '1024px';
  frame.srcdoc = `<!doctype html><html lang="ru"><head><meta http-equiv="Content-Security-Policy" content="${CSP}"></head><body>${body}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  document.body.append(frame);
  await loaded;
  const window = frame.contentWindow as Window & typeof globalThis;
  const errors: string[] = [];
  window.addEventListener('error', (event) => errors.push(String(event.message)));
  window.document.addEventListener('securitypolicyviolation', (event) =>
    errors.push(`CSP: ${event.violatedDirective} ${event.blockedURI}`),
  );
  return {window, document: window.document, errors};
}

async function addScript(page: Page, type?: 'module'): Promise<void> {
  const policy = ((page.window as any).__testLoader ??= (page.window as any).trustedTypes.createPolicy('test-loader', {
    createScriptURL: (url: string) => url,
  }));
  const script = page.document.createElement('script');
  if (type) script.type = type;
  script.src = policy.createScriptURL(SCRIPT);
  const loaded = new Promise((resolve, reject) => {
    script.addEventListener('load', resolve, {once: true});
    script.addEventListener('error', () => reject(new Error(`${SCRIPT} failed to load`)), {once: true});
  });
  page.document.head.append(script);
  await loaded;
}

const rendered = (page: Page, tag: string) => renderedText(page.document.querySelector(tag));

describe('the one-file script', () => {
  it('works pasted twice as a classic script and once as a module, under a strict CSP with Trusted Types', async () => {
    const page = await strictPage(
      '<service-registry></service-registry><appeal-procedure></appeal-procedure><contact-card lang="kk"></contact-card>',
    );
    await addScript(page);
    await addScript(page);
    await addScript(page, 'module');
    expect(page.errors).to.deep.equal([]);
    expect(await rendered(page, 'service-registry')).to.contain('Государственные услуги');
    expect(await rendered(page, 'appeal-procedure')).to.contain('1414');
    expect(await rendered(page, 'contact-card')).to.contain('Жауапты тұлғалар');
    for (const tag of ['service-registry', 'appeal-procedure', 'contact-card']) {
      expect(page.window.customElements.get(tag), tag).to.be.a('function');
    }
  });

  it('works as a module alone, and upgrades elements created after it loads', async () => {
    const page = await strictPage('');
    await addScript(page, 'module');
    const element = page.document.createElement('contact-card');
    element.setAttribute('lang', 'en');
    page.document.body.append(element);
    expect(await rendered(page, 'contact-card')).to.contain('Responsible officials');
    expect(page.errors).to.deep.equal([]);
  });

  it('requests nothing but itself: data and every language are inside', async () => {
    const page = await strictPage(
      '<service-registry lang="en"></service-registry><service-registry lang="kk"></service-registry>',
    );
    await addScript(page);
    await rendered(page, 'service-registry');
    const requests = page.window.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    expect([...new Set(requests)]).to.deep.equal([SCRIPT]);
  });
});
