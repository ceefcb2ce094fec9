import {css} from 'lit';

/** Cards side by side where there is room, one per line on a phone or in a sidebar; phones big enough to tap. */
export const contactStyles = css`
  .cards {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 20em), 1fr));
    gap: var(--_space);
  }
  .card {
    padding: calc(var(--_space) * 0.75);
    border: 1px solid var(--_line);
    border-inline-start: 0.25em solid var(--_accent);
    border-radius: var(--_radius);
    break-inside: avoid;
  }
  .card--organization {
    background: var(--_surface);
  }
  .position,
  .term {
    color: var(--_muted);
  }
  .term {
    margin: calc(var(--_space) * 0.5) 0 0.25em;
    font-size: 0.875em;
    font-weight: 700;
  }
  .phones {
    margin-bottom: 0.25em;
  }
  .phones a {
    display: inline-block;
    padding: 0.35em 0;
    font-size: 1.125em;
    font-weight: 700;
  }
  /* The services' long official names are most of a card: in a 300 px sidebar, smaller and closer. */
  .services {
    font-size: 0.875em;
    line-height: 1.35;
  }
  .services li {
    margin-bottom: 0.25em;
  }
  .code {
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .phones li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    column-gap: 0.75em;
  }
  .copy {
    padding: 0.25em 0.75em;
    font-size: 0.875em;
  }
  @media print {
    .copy,
    .save {
      display: none;
    }
  }
`;
