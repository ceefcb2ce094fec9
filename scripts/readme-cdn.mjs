// `npm run readme:cdn`: builds, then writes the build's CDN snippet (dist/cdn.json: this version and
// the single script's integrity hash) over every CDN snippet in README.md, so that it never names a
// file a browser would refuse. test/package/readme-cdn.test.mjs fails while they differ.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** A CDN snippet as README.md writes it: our script on jsDelivr, a version, an integrity hash. */
export const README_SNIPPET =
  /<script src="https:\/\/cdn\.jsdelivr\.net\/npm\/gov-service-widgets@[^"]*" integrity="[^"]*" crossorigin="anonymous"><\/script>/g;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.chdir(fileURLToPath(new URL('..', import.meta.url)));
  const { snippet } = JSON.parse(readFileSync('dist/cdn.json', 'utf8'));
  const readme = readFileSync('README.md', 'utf8');
  const found = readme.match(README_SNIPPET) ?? [];
  if (!found.length) {
    console.error('README.md has no CDN snippet to rewrite');
    process.exit(1);
  }
  writeFileSync(
    'README.md',
    readme.replace(README_SNIPPET, () => snippet),
  );
  console.log(`README.md: ${found.length} CDN snippet(s) now ${snippet}`);
}
