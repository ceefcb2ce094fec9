export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Nearest-rank percentile: with 8 keystrokes, p95 is the slowest one. */
export const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

export const sum = (values) => values.reduce((a, b) => a + b, 0);

export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
export const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
export const ms = (value) => `${value >= 100 ? value.toFixed(0) : value.toFixed(1)} ms`;
export const count = (value) => String(Math.round(value));
export const ratio = (widget, floor) =>
  floor > 0 ? `${(widget / floor).toFixed(widget / floor >= 10 ? 0 : 1)}x` : 'n/a';

/** `object` with `fn` applied to each value. */
export const each = (object, fn) => Object.fromEntries(Object.entries(object).map(([key, value]) => [key, fn(value)]));
