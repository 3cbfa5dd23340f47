// Summaries of repeated measurements: median and spread.

export interface Summary {
  n: number;
  median: number;
  min: number;
  max: number;
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export function percentile(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

/** undefined for no values. */
export function summarize(values: number[]): Summary | undefined {
  if (values.length === 0) return undefined;
  return { n: values.length, median: round(median(values)), min: round(Math.min(...values)), max: round(Math.max(...values)) };
}

export function round(value: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
