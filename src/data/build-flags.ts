/**
 * What a build leaves out. The readers' script shows data and prints its errors; warnings (no
 * register code, a repealed law not marked, texts in one language…) are for webmasters, who get
 * them from the checker and the data builder. The readers' build replaces this module with
 * `WITH_WARNINGS = false` (scripts/rollup-plugins.mjs), and the minifier drops what it guards.
 */
export const WITH_WARNINGS: boolean = true;
