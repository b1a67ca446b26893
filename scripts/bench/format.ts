// How the benchmark's figures are written in budgets and in the Markdown report: bytes in kB,
// times in ms or s, Lighthouse scores to two places.
export const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
export const ms = (value: number) => `${Math.round(value)} ms`;
export const seconds = (value: number) => `${(value / 1000).toFixed(1)} s`;
export const score = (value: number | null) => (value === null ? '–' : value.toFixed(2));
