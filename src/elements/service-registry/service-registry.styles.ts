import {css} from 'lit';

/**
 * A real table where there is room; where the element is narrow (a phone, a sidebar) each row
 * becomes a card. The explicit ARIA roles in the template keep the table's meaning for screen
 * readers when `display` changes, and nothing ever scrolls sideways.
 */
export const registryStyles = css`
  .providers {
    color: var(--_muted);
  }
  .providers-label {
    font-weight: 700;
  }
  .search {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
    margin: var(--_space) 0 calc(var(--_space) * 0.5);
  }
  .search label {
    font-weight: 700;
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
  .status {
    margin: 0 0 calc(var(--_space) * 0.5);
    font-weight: 700;
  }
  .table {
    width: 100%;
    border-collapse: collapse;
    table-layout: auto;
  }
  th,
  td {
    padding: 0.75em 0.625em;
    text-align: start;
    vertical-align: top;
    border-bottom: 1px solid var(--_line);
    overflow-wrap: break-word;
    hyphens: auto;
  }
  thead th {
    font-size: 0.875em;
    font-weight: 700;
    border-bottom-width: 2px;
    border-bottom-color: color-mix(in srgb, currentColor 45%, transparent);
  }
  tbody th {
    font-weight: 600;
  }
  .col-name {
    width: 34%;
  }
  .code {
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
    font-weight: 700;
  }
  .label {
    display: none;
  }
  .lines li + li,
  .people li + li {
    margin-top: 0.375em;
  }
  .person {
    display: block;
  }
  .phone-line {
    display: block;
  }
  .muted {
    color: var(--_muted);
  }
  /* Filtered out on screen only: paper shows every service, whatever was typed. */
  @media screen {
    .item.filtered-out {
      display: none;
    }
  }

  @container (max-width: 46em) {
    .table,
    .table tbody,
    .table tr,
    .table th,
    .table td {
      display: block;
    }
    .table thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    .item {
      margin: 0 0 var(--_space);
      padding: 0.75em 1em;
      border: 1px solid var(--_line);
      border-radius: var(--_radius);
      border-inline-start: 0.25em solid var(--_accent);
    }
    .item > * {
      padding: 0.375em 0;
      border: 0;
    }
    tbody th {
      font-size: 1.0625em;
    }
    .code .label {
      display: inline;
      margin-inline-end: 0.5em;
    }
    .label {
      display: block;
      font-size: 0.8125em;
      font-weight: 700;
      text-transform: uppercase;
      letter-spacing: 0.03em;
      color: var(--_muted);
    }
  }

  @media print {
    .search,
    .status {
      display: none;
    }
    .table tr {
      break-inside: avoid;
    }
    a[href^='http']::after {
      content: ' (' attr(href) ')';
    }
  }
`;
