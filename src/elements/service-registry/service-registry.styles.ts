import {css} from 'lit';

/**
 * A table where there is room, cards where the element is narrow (a phone, a sidebar); nothing
 * ever scrolls sideways. Rows are grids with ARIA table roles rather than a <table>, because
 * only then can rows off screen skip rendering (`content-visibility`), which keeps a list of
 * thousands of services fast while every row stays in the page for find-in-page, screen readers
 * and print.
 */
export const registryStyles = css`
  .providers {
    color: var(--_muted);
  }
  .providers-label,
  .search label,
  .status {
    font-weight: 700;
  }
  .search {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
    margin: var(--_space) 0 calc(var(--_space) * 0.5);
  }
  .search input {
    flex: 1 1 14em;
    min-width: 0;
    min-height: 2.75em;
    padding: 0.5em 0.75em;
    font: inherit;
    color: inherit;
    background: transparent;
    border: 1px solid color-mix(in srgb, currentColor 60%, transparent);
    border-radius: var(--_radius);
  }
  .search input:focus-visible {
    outline-offset: 0;
  }
  .hint {
    flex-basis: 100%;
    margin: 0;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .row {
    display: grid;
    grid-template-columns: minmax(0, 2.1fr) 6.5em minmax(0, 1.4fr) minmax(0, 1.35fr) minmax(0, 1.4fr);
  }
  .host::before {
    content: '(';
  }
  .host::after {
    content: ')';
  }
  .no-codes .row {
    grid-template-columns: minmax(0, 2.1fr) minmax(0, 1.4fr) minmax(0, 1.35fr) minmax(0, 1.4fr);
  }
  .service,
  .head .row {
    border-bottom: 1px solid var(--_line);
  }
  .details-row {
    display: block;
  }
  .details {
    padding-top: 0;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  /* The service a link on the page points at (#service-403008). */
  .marked {
    outline: 0.1875em solid var(--_accent);
    outline-offset: 0.125em;
    background: var(--_surface);
  }
  .share,
  .toggle {
    padding: 0.375em 0.75em;
    border-color: var(--_line);
    color: var(--_accent);
    font-size: 0.9375em;
  }
  .toggle::before {
    content: '▸';
    content: '▸' / '';
    display: inline-block;
    margin-inline-end: 0.375em;
  }
  .toggle[aria-expanded='true']::before {
    transform: rotate(90deg);
  }
  .panel {
    margin-top: 0.5em;
    padding: 0.75em 1em;
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .label {
    margin: 0 0 0.25em;
    font-size: 0.875em;
    font-weight: 700;
    color: var(--_muted);
  }
  .documents,
  .visits {
    margin: 0 0 0.75em;
  }
  .documents {
    padding-inline-start: 1.5em;
    list-style: decimal;
    columns: 2 22em;
    column-gap: 2em;
  }
  .documents li,
  .visits li {
    margin-bottom: 0.25em;
    break-inside: avoid;
  }
  .facts {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 14em), 1fr));
    gap: 0.5em 1.5em;
    margin: 0 0 0.5em;
  }
  .facts dd {
    margin: 0;
  }
  .panel > p:last-child {
    margin-bottom: 0;
  }
  /* Off screen a block keeps the height its rows will take (--rows, set as it is drawn): about
     15em a row in the table, 18em a card, for the long official names of real registers. */
  .block {
    content-visibility: auto;
    contain-intrinsic-size: auto calc(var(--rows) * 15em);
  }
  .cell {
    padding: 0.75em 0.625em;
    overflow-wrap: break-word;
  }
  .head .row {
    border-bottom-width: 2px;
    border-bottom-color: color-mix(in srgb, currentColor 45%, transparent);
  }
  .head .cell {
    font-size: 0.875em;
    font-weight: 700;
  }
  .name {
    font-weight: 600;
  }
  .code {
    font-variant-numeric: tabular-nums;
    font-weight: 700;
    white-space: nowrap;
  }
  .lines li + li,
  .people li + li {
    margin-top: 0.375em;
  }
  .person,
  .phone-line {
    display: block;
  }
  .muted {
    color: var(--_muted);
  }
  .calls {
    display: none;
    margin-bottom: var(--_space);
  }
  .calls .people li {
    display: flex;
    flex-wrap: wrap;
    column-gap: 1.25em;
    margin-top: 0.5em;
  }
  .calls .person,
  .calls .muted {
    flex-basis: 100%;
  }

  @container (max-width: 46em) {
    /* Kept for screen readers only: the column headers, and a portal's full name beside its address. */
    .head,
    .rows .channel-name {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    .block {
      contain-intrinsic-size: auto calc(var(--rows) * 18em);
    }
    .rows .row {
      display: block;
    }
    /* A list with rules between services, not boxed cards: on a phone every line counts. */
    .rows > .service {
      padding: 0.5em 0;
      line-height: 1.4;
    }
    .code--none,
    .official-term,
    .calls-listed .rows .phone-line {
      display: none;
    }
    .calls {
      display: block;
    }
    .rows .cell {
      padding: 0.125em 0;
    }
    .rows .name {
      padding-bottom: 0.25em;
      line-height: 1.3;
    }
    /* A card's values run on one line each: «Where to apply: e.bilimal.kz, egov.kz». */
    .rows .lines,
    .rows .people,
    .rows .lines li,
    .rows .people li,
    .rows .person {
      display: inline;
    }
    .rows .forms li + li {
      text-transform: lowercase;
    }
    .rows .lines li + li::before,
    .rows .people li + li::before {
      content: ',\\20';
    }
    .rows .code,
    .rows .forms {
      display: inline;
      font-size: 0.875em;
    }
    .rows .code + .forms::before {
      content: '\\b7';
      content: '\\b7' / '';
      margin: 0 0.5em;
    }
    .rows .host::before,
    .rows .host::after {
      content: none;
    }
    .code {
      font-weight: 400;
      color: var(--_muted);
    }
    /* The column title above each value. Screen readers get it from the column header, so the
       generated text has an empty alternative («/ ""») and is not read twice. */
    [data-label]::before {
      content: attr(data-label) ' ';
      content: attr(data-label) ' ' / '';
      font-weight: 700;
      color: var(--_muted);
    }
  }

  @media print {
    .search,
    .status,
    .results,
    .more {
      display: none;
    }
    /* Paper shows every service, whatever was typed in the search field, with its details. */
    .table[hidden],
    .panel[hidden] {
      display: block;
    }
    .actions,
    .actions button {
      display: none;
    }
    .block {
      content-visibility: visible;
    }
    .row {
      break-inside: avoid;
    }
    a[href^='http']::after {
      content: ' (' attr(href) ')';
    }
  }
`;
