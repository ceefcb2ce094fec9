import {css} from 'lit';

/** Numbered steps down a line, plain bulleted lists, phones easy to tap. */
export const appealStyles = css`
  .step {
    display: grid;
    grid-template-columns: 2.25em 1fr;
    gap: 0 0.75em;
    padding-bottom: var(--_space);
  }
  .step-number {
    display: grid;
    place-items: center;
    width: 2em;
    height: 2em;
    border-radius: 50%;
    /* An outline, not a fill: the digits then need contrast only with the page's background, as links do. */
    border: 0.125em solid;
    color: var(--_accent);
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .step-body {
    min-width: 0;
    padding-top: 0.2em;
  }
  .choices,
  .laws,
  .contacts,
  .contact {
    margin: 0 0 calc(var(--_space) * 0.5);
  }
  /* The checklist too: boxes would look like something to tick on screen, and they do nothing. */
  .choices,
  .laws,
  .checklist {
    padding-inline-start: 1.25em;
    list-style: disc;
  }
  .choices li,
  .laws li,
  .checklist li {
    margin-bottom: 0.25em;
  }
  .repealed {
    margin: 0.25em 0 0;
    padding: 0.25em 0.5em;
    border-inline-start: 0.25em solid #b3261e;
    font-size: 0.9375em;
  }
  .phones {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
  }
  .phones a {
    display: inline-block;
    padding: 0.35em 0;
    font-weight: 700;
    font-size: 1.0625em;
  }
  .contacts > li {
    padding: 0.5em 0;
    border-top: 1px solid var(--_line);
  }
  .section {
    margin-top: var(--_space);
    padding-top: var(--_space);
    border-top: 1px solid var(--_line);
  }
  /* The complaint draft: the heading is its button, a field per line, the letter as it prints. */
  .complaint-toggle {
    font-weight: 700;
    text-align: start;
  }
  .complaint-toggle::after {
    content: ' +';
  }
  .complaint-toggle[aria-expanded='true']::after {
    content: ' −';
  }
  .field {
    margin-bottom: var(--_space);
  }
  .field label {
    display: block;
    font-weight: 700;
  }
  .hint,
  .error {
    display: block;
  }
  .hint {
    color: var(--_muted);
  }
  /* Said in words and marked by a bar, not by colour alone; bold text keeps the page's colour. */
  .field--error {
    padding-inline-start: 0.75em;
    border-inline-start: 0.25em solid #b3261e;
  }
  .error {
    font-weight: 700;
  }
  input,
  select,
  textarea {
    display: block;
    width: 100%;
    min-height: 2.75em;
    margin-top: 0.25em;
    padding: 0.4em 0.5em;
    font: inherit;
    color: inherit;
    border: 0.125em solid;
    border-radius: var(--_radius);
    background: transparent;
  }
  option {
    color: initial;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .primary {
    font-weight: 700;
    border-width: 0.125em;
  }
  .error-summary {
    margin-bottom: var(--_space);
    padding: var(--_space);
    border: 0.25em solid #b3261e;
  }
  .error-summary li {
    margin-top: 0.25em;
  }
  .letter {
    margin: var(--_space) 0;
    padding: 1.5em;
    border: 1px solid var(--_line);
    font-family: 'Times New Roman', serif;
  }
  /* Top right where there is room: a block at most 22em wide, pushed to the end of the line. */
  .letter-to {
    margin-inline-start: max(0px, 100% - 22em);
  }
  .letter-title {
    text-align: center;
  }
  .letter-text {
    text-indent: 2em;
    white-space: pre-line;
  }
  .letter-sign {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 1em;
    margin-top: 2em;
  }
  @media print {
    /* With a letter to print (data-gsw-print), nothing else: the page's own rest is hidden by the page sheet. */
    :host([data-gsw-print]) .base :not(:has(.letter), .letter, .letter *) {
      display: none !important;
    }
    .letter {
      margin: 0;
      padding: 0;
      border: 0;
      font-size: 12pt;
    }
    .step {
      break-inside: avoid;
    }
    .step-number {
      color: inherit;
    }
    a[href^='http']::after {
      content: ' (' attr(href) ')';
    }
  }
`;
