import {css} from 'lit';

/**
 * Styles every element shares. The host page's font family is inherited; everything a theme
 * could break (a 62.5 % root, `* { font-size: 8px !important }`, letter spacing, upper case) is
 * reset on the inner wrapper, which no page selector can reach. Sizes are in `em` from a
 * `medium` base, which follows the reader's own browser setting.
 */
export const sharedStyles = css`
  :host {
    display: block;
    /* The page's accent, else one readable on the background found on connect (WidgetElement), else ours. */
    --_accent: var(--gsw-accent, var(--_gsw-accent, #0b5a9c));
    --_radius: var(--gsw-radius, 0.375em);
    --_space: var(--gsw-spacing, 1em);
    --_muted: color-mix(in srgb, currentColor 72%, transparent);
    --_line: color-mix(in srgb, currentColor 22%, transparent);
    --_surface: color-mix(in srgb, var(--_accent) 5%, transparent);
  }
  :host([hidden]) {
    display: none;
  }
  .base {
    container-type: inline-size;
    /* At 320 px with text at 200 % a long Russian or Kazakh word must break rather than overflow. */
    overflow-wrap: anywhere;
    hyphens: auto;
    font-family: inherit;
    font-size: var(--gsw-font-size, medium);
    font-style: normal;
    font-weight: normal;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    white-space: normal;
    visibility: visible;
    color: var(--gsw-text-color, inherit);
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .heading {
    margin: 0 0 calc(var(--_space) * 0.75);
    font-size: 1.375em;
    font-weight: 700;
    line-height: 1.25;
  }
  .subheading {
    margin: 0 0 calc(var(--_space) * 0.5);
    font-size: 1.125em;
    font-weight: 700;
    line-height: 1.3;
  }
  /* On paper a heading stays with what follows (fragmentation happens only in print). */
  .heading,
  .subheading {
    break-after: avoid;
  }
  .organization {
    color: var(--_muted);
  }
  p {
    margin: 0 0 calc(var(--_space) * 0.5);
  }
  a {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    overflow-wrap: break-word;
  }
  a:hover {
    text-decoration-thickness: 0.125em;
  }
  :focus-visible {
    outline: 0.1875em solid var(--_accent);
    outline-offset: 0.125em;
    border-radius: 0.125em;
  }
  ul,
  ol {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .phone {
    font-variant-numeric: tabular-nums;
  }
  /* Each group of a number (8 (72149) | 4-13-94) moves to the next line whole, and breaks, after a
     hyphen, only where it is wider than the line itself (200 % text beside an indent). */
  .phone > span {
    display: inline-block;
    max-width: 100%;
    text-decoration: inherit; /* an inline-block does not take its link's underline */
    overflow-wrap: anywhere; /* Firefox finds no break after a hyphen before a digit */
  }
  /*
   * Touch screens and narrow layouts (a phone, a sidebar): phones and buttons at least 44 × 44 CSS px
   * (WCAG 2.5.8 asks 24; a thumb needs this). In px, since the need is the finger's, not the text's.
   * Only sizes for buttons: their display is each element's (the register hides its toggles in print).
   */
  @media (pointer: coarse) {
    .base :is(.phone, button) {
      min-width: 44px;
      min-height: 44px;
    }
    .base .phone {
      display: inline-block;
      padding-block: calc(22px - 0.75em);
    }
  }
  @container (max-width: 46em) {
    .base :is(.phone, button) {
      min-width: 44px;
      min-height: 44px;
    }
    .base .phone {
      display: inline-block;
      padding-block: calc(22px - 0.75em);
    }
  }
  .free {
    margin-inline-start: 0.375em;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .message {
    padding: var(--_space);
    border: 1px solid var(--_line);
    border-inline-start: 0.25em solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .message--error {
    border-inline-start-color: #b3261e;
  }
  .message p:last-child {
    margin-bottom: 0;
  }
  /* What a «Copy» or «Link» did, read out (role=status); empty, it takes no room. An address to
     copy by hand may be one long word. */
  .notice {
    margin: 0;
  }
  .notice:not(:empty) {
    margin-bottom: calc(var(--_space) * 0.5);
    overflow-wrap: anywhere;
  }
  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
    min-height: 2.75em;
    padding: 0.5em 1em;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    background: transparent;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .updated {
    margin-top: calc(var(--_space) * 0.75);
    font-size: 0.875em;
    color: var(--_muted);
  }
`;
