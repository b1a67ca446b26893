import { useCallback, useEffect, useState } from 'react';

/** Seconds each year stays on the growth slide while it plays. */
export const SECONDS_PER_YEAR = 3;

/**
 * Steps through `years` (oldest first): on its own, one year every few seconds up to the last,
 * or, under reduced motion, only when asked (Up / Down). Up and Down step by hand either way.
 */
export function useYearPlayer(years: readonly number[], reducedMotion: boolean) {
  const [index, setIndex] = useState(0);
  const last = years.length - 1;
  const step = useCallback(
    (by: number) => setIndex((current) => Math.max(0, Math.min(last, current + by))),
    [last],
  );
  const playing = !reducedMotion && index < last;
  useEffect(() => {
    if (!playing) return;
    const timer = setTimeout(() => step(1), SECONDS_PER_YEAR * 1000);
    return () => clearTimeout(timer);
  }, [playing, index, step]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
      event.preventDefault();
      step(event.key === 'ArrowUp' ? 1 : -1);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [step]);
  return { year: years[Math.min(index, last)], playing, step };
}
