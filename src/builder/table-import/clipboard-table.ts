/**
 * Reads the table a webmaster pastes: the clipboard's HTML (Microsoft Word, LibreOffice Writer,
 * Google Docs, a web page) or, without HTML, its plain text (tab-separated, as spreadsheets copy).
 *
 * The HTML is only ever parsed (DOMParser gives a document that runs no script and loads no image)
 * and read as text; nothing of it is inserted into the page.
 */

/** One grid position of a pasted table: its text, line by line. */
export interface Cell {
  /** Normalised lines: no-break and repeated spaces folded, trimmed, no empty line. */
  lines: string[];
  /** Part of a merged cell (rowspan or colspan): the same text is in each position it covers. */
  merged: boolean;
}

/** A rectangular grid: every row has as many cells as the widest one; rows without text are left out. */
export interface Table {
  rows: Cell[][];
}

/**
 * The table of the clipboard. With several tables, the largest one (most rows, then most columns;
 * the first of equals) is taken: a document pasted whole has its services table as the largest,
 * and a page's layout table holding it has fewer rows. `readClipboardTables` gives all of them.
 */
export function readClipboardTable(html: string | undefined, text: string): Table {
  const tables = readClipboardTables(html, text);
  let best: Table = {rows: []};
  for (const table of tables) {
    const width = (t: Table) => t.rows[0]?.length ?? 0;
    if (
      table.rows.length > best.rows.length ||
      (table.rows.length === best.rows.length && width(table) > width(best))
    ) {
      best = table;
    }
  }
  return best;
}

/**
 * Every table of the clipboard, in document order: the HTML's tables when it has any (a table
 * nested in another counts only when it has more rows than the one around it, which is then a
 * layout table), else the plain text read as tab-separated values.
 */
export function readClipboardTables(html: string | undefined, text: string): Table[] {
  if (html && /<table[\s>]/i.test(html)) {
    const tables = htmlTables(html);
    if (tables.length) return tables;
  }
  const table = tabSeparated(text);
  return table.rows.length ? [table] : [];
}

// ---------------------------------------------------------------------------------------------
// HTML

/** Whose content is never text a reader saw. */
const IGNORED = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'head',
  'title',
  'meta',
  'link',
  'object',
  'embed',
  'iframe',
  'frame',
  'img',
  'svg',
  'math',
  'canvas',
  'audio',
  'video',
  'select',
  'button',
  'input',
  'textarea',
  'xml',
]);
/** Elements that start and end a line. */
const BLOCKS = new Set([
  'p',
  'div',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'tr',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'caption',
  'blockquote',
  'pre',
  'section',
  'article',
  'header',
  'footer',
  'address',
  'center',
  'hr',
  'figure',
  'figcaption',
  'form',
  'fieldset',
  'details',
  'summary',
  'main',
  'nav',
  'aside',
]);

function htmlTables(html: string): Table[] {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const all = [...doc.querySelectorAll('table')];
  const rowCount = new Map(all.map((table) => [table, table.rows.length]));
  const candidates = all.filter((table) => {
    const rows = rowCount.get(table)!;
    if (!rows) return false;
    for (let up = table.parentElement?.closest('table'); up; up = up.parentElement?.closest('table')) {
      if (rowCount.get(up)! >= rows) return false;
    }
    return ![...table.querySelectorAll('table')].some((inner) => rowCount.get(inner)! > rows);
  });
  return candidates.map(readGrid).filter((table) => table.rows.length > 0);
}

/** Lays the table's own rows (not those of tables nested in its cells) out on a grid. */
function readGrid(table: HTMLTableElement): Table {
  const grid: (Cell | undefined)[][] = [];
  const rows = [...table.rows];
  rows.forEach((row, r) => {
    grid[r] ??= [];
    let c = 0;
    for (const cell of [...row.cells]) {
      while (grid[r]![c]) c++;
      const colspan = Math.min(Math.max(cell.colSpan || 1, 1), 1000);
      // rowspan="0" spans to the end of the table; a span past the last row stops there.
      const rowspan = cell.rowSpan === 0 ? rows.length - r : Math.min(Math.max(cell.rowSpan, 1), rows.length - r);
      const lines = cellLines(cell);
      const merged = colspan > 1 || rowspan > 1;
      for (let dr = 0; dr < rowspan; dr++) {
        grid[r + dr] ??= [];
        for (let dc = 0; dc < colspan; dc++) grid[r + dr]![c + dc] = {lines: [...lines], merged};
      }
      c += colspan;
    }
  });
  return rectangular(grid.map((row) => Array.from(row, (cell) => cell ?? {lines: [], merged: false})));
}

/** A cell's text, line by line: paragraphs and `<br>` break lines, markup is dropped. */
function cellLines(cell: Element): string[] {
  const lines: string[] = [];
  let current = '';
  const flush = () => {
    const line = normalizeLine(current);
    if (line) lines.push(line);
    current = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      // In HTML a line break in the source is a space: Word wraps its source near 76 columns.
      current += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return; // comments, Word's <![if …]> and the like
    const element = node as Element;
    const name = element.localName;
    if (IGNORED.has(name) || hidden(element)) return;
    if (name === 'br') return flush();
    // Word's <o:p> marks the end of a paragraph; it holds nothing or a no-break space.
    if (name === 'o:p' && !normalizeLine(element.textContent ?? '')) return;
    const block = BLOCKS.has(name);
    if (block) flush();
    if (name === 'td' || name === 'th') current += ' ';
    for (const child of element.childNodes) walk(child);
    if (name === 'td' || name === 'th') current += ' ';
    if (block) flush();
  };
  for (const child of cell.childNodes) walk(child);
  flush();
  return lines;
}

/** Hidden text, and the list bullets Word writes out for browsers (mso-list:Ignore). */
function hidden(element: Element): boolean {
  const style = (element.getAttribute('style') ?? '').toLowerCase().replace(/\s+/g, '');
  return (
    style.includes('display:none') ||
    style.includes('mso-hide:all') ||
    style.includes('mso-list:ignore') ||
    element.hasAttribute('hidden')
  );
}

// ---------------------------------------------------------------------------------------------
// Text

// The validator refuses control characters, bidirectional overrides, lone surrogates and «�»;
// none of them is ever meant in a pasted table, and soft hyphens and zero-width spaces are invisible.
const INVISIBLE =
  // eslint-disable-next-line no-control-regex -- removing control characters is this pattern's purpose
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\ufffd]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** No-break, thin and repeated spaces become one space; invisible and control characters go. */
export function normalizeLine(text: string): string {
  return text
    .replace(INVISIBLE, '')
    .replace(/[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g, ' ')
    .trim();
}

function linesOf(text: string): string[] {
  return text
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .map(normalizeLine)
    .filter(Boolean);
}

/**
 * Tab-separated text as Excel and LibreOffice Calc copy it: rows end with a line break, cells are
 * separated by tabs, and a cell holding a line break, a tab or a quote is quoted ("…", a quote
 * inside doubled). A cell that merely starts with a quote («"Отдел" ГУ») is read as written.
 */
export function tabSeparated(text: string): Table {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  const source = text.replace(/^\ufeff/, '');
  const endOfField = (at: number) => at >= source.length || /[\t\r\n]/.test(source[at]!);
  while (i <= source.length) {
    let value = '';
    if (source[i] === '"') {
      let j = i + 1;
      let quoted = '';
      let closed = false;
      while (j < source.length) {
        if (source[j] === '"') {
          if (source[j + 1] === '"') {
            quoted += '"';
            j += 2;
            continue;
          }
          closed = endOfField(j + 1);
          break;
        }
        quoted += source[j++];
      }
      if (closed) {
        value = quoted;
        i = j + 1;
      } else {
        const end = source.slice(i).search(/[\t\r\n]/);
        value = end < 0 ? source.slice(i) : source.slice(i, i + end);
        i = end < 0 ? source.length : i + end;
      }
    } else {
      const end = source.slice(i).search(/[\t\r\n]/);
      value = end < 0 ? source.slice(i) : source.slice(i, i + end);
      i = end < 0 ? source.length : i + end;
    }
    row.push(value);
    if (i >= source.length) {
      rows.push(row);
      break;
    }
    if (source[i] === '\t') {
      i++;
      continue;
    }
    // a line break: \r\n, \n or \r
    i += source[i] === '\r' && source[i + 1] === '\n' ? 2 : 1;
    rows.push(row);
    row = [];
    if (i >= source.length) break;
  }
  return rectangular(rows.map((cells) => cells.map((cell) => ({lines: linesOf(cell), merged: false}))));
}

/**
 * Pads every row to the widest and leaves out rows with no text at all (the blank last row of a
 * document's table, the zero-height row of column widths Word adds after merged cells).
 */
function rectangular(rows: Cell[][]): Table {
  const kept = rows.filter((row) => row.some((cell) => cell.lines.length));
  const width = Math.max(0, ...kept.map((row) => row.length));
  return {rows: kept.map((row) => Array.from({length: width}, (_, c) => row[c] ?? {lines: [], merged: false}))};
}
