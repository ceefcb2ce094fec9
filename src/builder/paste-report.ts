import {html, nothing, type TemplateResult} from 'lit';
import {msg, str} from '../i18n/localization.js';
import {formOptions} from './form-model.js';
import {
  needsCheck,
  type Field,
  type ImportResult,
  type Note,
  type RowReport,
  type UnplacedReason,
} from './table-import/index.js';

/** What each column became, in the builder's language. A function: msg() answers per render. */
const FIELDS = (): Record<Field, string> => ({
  code: msg('Code'),
  name: msg('Name'),
  channels: msg('Where to apply'),
  forms: msg('Form'),
  responsible: msg('Responsible officials'),
  phones: msg('Phones'),
  number: msg('Row number'),
  documents: msg('Documents'),
  term: msg('Term'),
  cost: msg('Cost'),
  result: msg('Result'),
});

const REASONS = (): Record<UnplacedReason, string> => ({
  'unknown-column': msg('a column the builder does not know'),
  'unreadable-phone': msg('digits that make no phone number'),
  'not-a-phone': msg('not a phone number'),
  'phone-without-official': msg('a phone with no official in its row'),
  'unknown-form': msg('names no form of service'),
  'bad-code': msg('not a register code'),
  'duplicate-code': msg('a code another service already has'),
  'no-name': msg('a row without a service name'),
  'section-heading': msg('a heading inside the table'),
  title: msg('the title above the table'),
  'not-an-official': msg('neither a name, a position nor a phone'),
});

/** A note the reader should look at, in words. */
function describeNote(note: Note): string {
  switch (note.kind) {
    case 'local-phone':
      return msg(str`${note.written}: no area code, it can only be called from nearby`);
    case 'shifted-columns':
      return msg(
        str`«${note.text}» stood in the column «${FIELDS()[note.from]}» and was read as «${FIELDS()[note.to]}»`,
      );
    case 'no-form':
      return msg('No form of service is given: choose it in the editor');
    case 'name-variant':
      return msg(str`«${note.written}» was read as «${note.chosen}» (the spelling most rows use)`);
    case 'channel-variant':
      return msg(str`«${note.written}» was read as «${note.chosen}»`);
    case 'phone-owner-guessed':
      return msg(str`whose phone ${note.phone} is was guessed from the order: check it`);
    case 'cut':
      return msg('A text over 2 000 characters was shortened');
    case 'language':
      return msg('This table seems to be in the other language: check the language chosen above');
    case 'one-table-only':
      return msg(str`«${note.service}» is only in one of the two tables`);
    case 'matched-by-order':
      return msg(str`«${note.service}» was matched with the other table by its place, not its code`);
    case 'differs':
      return msg(
        str`The two tables differ for «${note.service}» (${FIELDS()[note.field]}): «${note.kept}» was kept, not «${note.other}»`,
      );
    case 'code-form':
      return msg(str`code ${note.written} written as ${note.code}`);
    case 'portal-spelling':
      return msg(str`«${note.written}» read as ${note.channel}`);
    case 'phone-format':
      return msg(str`${note.written} written as ${note.display}`);
    case 'mixed-script':
      return msg(str`Latin letters in «${note.written}» made Cyrillic`);
    case 'continues':
      return msg('adds to the service of the row above');
  }
}

/**
 * What a pasted table became, row by row: what went where, what could not be placed and why,
 * and what to check. A real table, so that a screen reader can go down a column.
 */
export function renderPasteReport(imported: ImportResult, replaces: boolean): TemplateResult {
  const fields = FIELDS();
  const reasons = REASONS();
  const rows = imported.report.filter((row) => row.kind !== 'header');
  const toCheck = imported.report.reduce(
    (sum, row) => sum + row.unplaced.length + row.notes.filter(needsCheck).length,
    0,
  );
  const {services, officials} = imported.data;
  return html`<h3 id="report-title">${msg('What was understood')}</h3>
    <p>
      ${msg(str`Services: ${services.length}, officials: ${officials.length}, to check: ${toCheck + imported.notes.filter(needsCheck).length}.`)}
    </p>
    ${replaces ? html`<p class="warning">${msg('Adding this replaces the services, officials and places to apply of your draft.')}</p>` : nothing}
    ${
      imported.notes.length
        ? html`<ul>
            ${imported.notes.map((note) => html`<li class=${needsCheck(note) ? 'warning' : ''}>${describeNote(note)}</li>`)}
          </ul>`
        : nothing
    }
    <table class="report" aria-labelledby="report-title">
      <thead>
        <tr>
          <th scope="col">${msg('Row')}</th>
          <th scope="col">${msg('Went to')}</th>
          <th scope="col">${msg('Could not place, or to check')}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map((row) => renderRow(row, fields, reasons))}
      </tbody>
    </table>`;
}

/** The order a service reads in: what it is, where, how, who. */
const FIELD_ORDER: Field[] = [
  'number',
  'code',
  'name',
  'channels',
  'forms',
  'responsible',
  'phones',
  'documents',
  'term',
  'cost',
  'result',
];

function renderRow(
  row: RowReport,
  fields: Record<Field, string>,
  reasons: Record<UnplacedReason, string>,
): TemplateResult {
  const forms = Object.fromEntries(formOptions());
  const placed = [...row.placed].sort((a, b) => FIELD_ORDER.indexOf(a.field) - FIELD_ORDER.indexOf(b.field));
  return html`<tr>
    <th scope="row">${row.table + 1}.${row.row + 1}</th>
    <td data-label=${msg('Went to')}>
      ${placed.map(
        ({field, value}) =>
          html`<div>
            <span class="muted">${fields[field]}:</span> ${field === 'forms' ? (forms[value] ?? value) : value}
          </div>`,
      )}
    </td>
    <td data-label=${msg('Could not place, or to check')}>
      ${row.unplaced.map((unplaced) => html`<div class="warning">«${unplaced.text}»: ${reasons[unplaced.reason]}</div>`)}
      ${row.notes.map((note) => html`<div class=${needsCheck(note) ? 'warning' : 'muted'}>${describeNote(note)}</div>`)}
    </td>
  </tr>`;
}
