import {css} from 'lit';

/** Calm and official like the elements: the page's font, one accent, generous targets, no sideways scroll. */
export const builderStyles = css`
  :host {
    display: block;
    --_accent: #0b5a9c;
    --_line: color-mix(in srgb, currentColor 25%, transparent);
    --_muted: color-mix(in srgb, currentColor 72%, transparent);
    --_surface: color-mix(in srgb, var(--_accent) 5%, transparent);
    line-height: 1.5;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  header {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: center;
    justify-content: space-between;
    margin-bottom: 1em;
  }
  h1 {
    margin: 0;
    font-size: 1.5em;
  }
  h2 {
    margin: 1.5em 0 0.5em;
    font-size: 1.25em;
  }
  section {
    margin-bottom: 1.5em;
    padding: 1em;
    border: 1px solid var(--_line);
    border-radius: 0.375em;
  }
  section > h2:first-child {
    margin-top: 0;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
  }
  button {
    min-height: 2.75em;
    padding: 0.375em 0.875em;
    border: 1px solid currentColor;
    border-radius: 0.375em;
    background: transparent;
    cursor: pointer;
  }
  button.primary {
    color: #fff;
    background: var(--_accent);
    border-color: var(--_accent);
  }
  button[aria-pressed='true'] {
    color: #fff;
    background: var(--_accent);
  }
  button:disabled {
    opacity: 0.55;
    cursor: default;
  }
  :focus-visible {
    outline: 0.1875em solid var(--_accent);
    outline-offset: 0.125em;
  }
  input,
  select,
  textarea {
    width: 100%;
    min-height: 2.75em;
    padding: 0.375em 0.5em;
    border: 1px solid color-mix(in srgb, currentColor 60%, transparent);
    border-radius: 0.25em;
    background: transparent;
  }
  input[type='checkbox'],
  input[type='radio'] {
    width: 1.25em;
    min-height: 1.25em;
    margin: 0 0.5em 0 0;
  }
  textarea {
    min-height: 6em;
  }
  label,
  legend,
  .label {
    display: block;
    font-weight: 700;
  }
  fieldset {
    margin: 0 0 0.75em;
    padding: 0.5em 0.75em;
    border: 1px solid var(--_line);
    border-radius: 0.375em;
    min-width: 0;
  }
  .field {
    margin: 0 0 0.75em;
  }
  .languages {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14em), 1fr));
    gap: 0.5em;
  }
  .languages label {
    font-weight: normal;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }
  .choice {
    display: flex;
    align-items: center;
    font-weight: normal;
  }
  details {
    margin: 0 0 0.5em;
    border: 1px solid var(--_line);
    border-radius: 0.375em;
  }
  summary {
    padding: 0.5em 0.75em;
    cursor: pointer;
    font-weight: 700;
    overflow-wrap: anywhere;
  }
  details > .item {
    padding: 0 0.75em 0.75em;
  }
  .hint,
  .muted {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .error {
    color: #b3261e;
  }
  .warning {
    color: #7a4d00;
  }
  .issues li {
    margin-bottom: 0.25em;
  }
  .issues button {
    min-height: 2.75em;
    text-align: start;
    border: 0;
    padding: 0.25em 0;
    text-decoration: underline;
  }
  .report {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.9375em;
  }
  .report th,
  .report td {
    padding: 0.25em 0.5em;
    border-bottom: 1px solid var(--_line);
    text-align: start;
    vertical-align: top;
    overflow-wrap: anywhere;
  }
  .report th[scope='row'] {
    white-space: nowrap;
  }
  /* On a phone each row of the report is a block, each part under its column's name. */
  @media (max-width: 40em) {
    .report thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    .report,
    .report tbody,
    .report tr,
    .report th,
    .report td {
      display: block;
    }
    .report td:not(:empty)::before {
      content: attr(data-label);
      content: attr(data-label) / '';
      display: block;
      font-weight: 700;
      font-size: 0.875em;
    }
  }
  .preview {
    margin-top: 0.75em;
    padding: 0.75em;
    border: 1px dashed var(--_line);
    overflow: hidden;
  }
  .preview--phone {
    max-width: 360px;
  }
  pre {
    max-height: 14em;
    overflow: auto;
    padding: 0.5em;
    background: var(--_surface);
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    font-size: 0.8125em;
  }
  .status {
    margin: 0;
  }
`;
