import {
  importTable,
  mergeLanguages,
  readClipboardTable,
  type ImportResult,
  type Language,
} from './table-import/index.js';
import type {DraftFile, Json} from './draft.js';

/** A pasted table, understood: what it would make of the draft, and the report of each row. */
export interface PasteResult {
  imported: ImportResult;
  draft: DraftFile;
  /** True when the draft's services, officials and places to apply are replaced, not just filled. */
  replaces: boolean;
}

/**
 * Reads a pasted table in `language`. After a table in the other language (`previous`), the two
 * become one organisation with both languages. The draft keeps its organisations, procedure, id
 * and date; its services, officials and places to apply become the table's.
 */
export function pasteTable(
  html: string | undefined,
  text: string,
  language: Language,
  draft: DraftFile,
  previous?: ImportResult,
): PasteResult | undefined {
  const table = readClipboardTable(html, text);
  if (!table.rows.length) return undefined;
  let imported = importTable(table, language);
  if (previous && !previous.languages.includes(language)) imported = mergeLanguages(previous, imported);
  const had = ['services', 'officials', 'channels'].some((key) => ((draft[key] as Json[] | undefined) ?? []).length);
  const {channels, officials, services} = imported.data;
  return {
    imported,
    replaces: had,
    draft: {...draft, schemaVersion: 2, channels, officials, services} as unknown as DraftFile,
  };
}
