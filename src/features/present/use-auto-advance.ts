import { useEffect, useState } from 'react';

const TICK_MS = 100;

/**
 * Advances every `seconds` while not paused; returns the progress (0..1) of the current
 * slide for the progress bar. Restarts whenever the slide changes.
 */
export function useAutoAdvance(
  seconds: number | undefined,
  { paused, slide, onAdvance }: { paused: boolean; slide: number; onAdvance: () => void },
): number {
  const [elapsed, setElapsed] = useState({ slide, ms: 0 });
  const ms = elapsed.slide === slide ? elapsed.ms : 0;
  useEffect(() => {
    if (!seconds || paused) return;
    const timer = setInterval(() => {
      setElapsed((previous) => ({
        slide,
        ms: (previous.slide === slide ? previous.ms : 0) + TICK_MS,
      }));
    }, TICK_MS);
    return () => clearInterval(timer);
  }, [seconds, paused, slide]);
  useEffect(() => {
    if (seconds && ms >= seconds * 1000) onAdvance();
  }, [ms, seconds, onAdvance]);
  return seconds ? Math.min(1, ms / (seconds * 1000)) : 0;
}
