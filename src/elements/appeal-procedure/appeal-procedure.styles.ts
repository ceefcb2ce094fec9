import {css} from 'lit';

/** Numbered steps down a line, plain bulleted lists, phones easy to tap. */
export const appealStyles = css`
  .steps {
    counter-reset: step;
  }
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
  .contacts {
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
  .contact {
    margin-bottom: calc(var(--_space) * 0.5);
  }
  .contact-name {
    display: block;
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
  @media print {
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
