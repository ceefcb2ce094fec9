/**
 * The data builder's import: a table pasted from Word, LibreOffice, Google Docs, a web page or a
 * spreadsheet, into our data format. No interface here: the builder's page shows what these return.
 */
export {readClipboardTable, readClipboardTables, type Cell, type Table} from './clipboard-table.js';
export {
  recognizeColumns,
  readHeader,
  guessLanguage,
  type ColumnGuess,
  type ColumnKind,
  type Recognition,
} from './recognize.js';
export {
  importTable,
  needsCheck,
  type Field,
  type ImportResult,
  type ImportedData,
  type Language,
  type Note,
  type RowReport,
  type UnplacedReason,
} from './import-services.js';
export {mergeLanguages} from './merge.js';
