/** Numbers as people read them in a terminal: 1,000,000 and 12.3 s. */
export function count(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}

export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

export function perSecond(items: number, ms: number): number {
  return Math.round(items / Math.max(ms / 1000, 0.001));
}
