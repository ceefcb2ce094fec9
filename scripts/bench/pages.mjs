// The pages measured, written to .bench/run/: for the seed and for each generated set, the widget
// page (the README's snippet) and its floors (floor.mjs).
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { STATIC_PAGE, widgetPageWith } from './browser.mjs';
import { DATASET_SIZES, generateProvider } from './data.mjs';
import { floorsOf } from './floor.mjs';
import { RUN_DIR, RUN_PATH } from './server.mjs';

export const htmlPage = (body) => `<!doctype html>
<html lang="kk">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>bench</title></head>
<body>
${body}
</body>
</html>
`;

export const SEED_ELEMENTS = `<service-registry></service-registry>
<appeal-procedure></appeal-procedure>
<contact-card></contact-card>`;
export const registryOf = (size) => `<service-registry src="${RUN_PATH}/services-${size}.json"></service-registry>`;
const SCRIPT = '<script src="/dist/gov-service-widgets.js"></script>\n'; // as the README's snippet

/** Writes `name`.html, the script and `elements`, and its floors; returns the three pages. */
async function writePages(engine, origin, name, elements, rows, options) {
  const url = (suffix) => `${origin}${RUN_PATH}/${name}${suffix}.html`;
  await writeFile(join(RUN_DIR, `${name}.html`), htmlPage(SCRIPT + elements));
  const { floor, plain, drawn } = await floorsOf(engine, url(''), rows, options);
  await writeFile(join(RUN_DIR, `${name}-floor.html`), htmlPage(floor));
  await writeFile(join(RUN_DIR, `${name}-plain.html`), htmlPage(plain));
  // `search`: the page has a search field to type into (the true floor never has one).
  const search = Boolean(options?.search);
  const pages = {
    widget: { url: url(''), harness: widgetPageWith(rows), search },
    floor: { url: url('-floor'), harness: STATIC_PAGE, search: false },
    plain: { url: url('-plain'), harness: STATIC_PAGE, search },
  };
  if (options?.drawn) {
    await writeFile(join(RUN_DIR, `${name}-drawn.html`), htmlPage(drawn(SCRIPT)));
    pages.drawn = { url: url('-drawn'), harness: widgetPageWith(rows), search: false, drawn: true };
  }
  return pages;
}

export async function writeAllPages(engine, origin, seed) {
  const seedPages = await writePages(engine, origin, 'seed', SEED_ELEMENTS, seed.services.length, { drawn: true });
  const sets = [];
  for (const size of DATASET_SIZES) {
    const json = JSON.stringify(await generateProvider(seed, size));
    await writeFile(join(RUN_DIR, `services-${size}.json`), json);
    const pages = await writePages(engine, origin, `services-${size}`, registryOf(size), size, { search: true });
    sets.push({ size, fileBytes: Buffer.byteLength(json), pages });
  }
  return { seed: seedPages, sets };
}
