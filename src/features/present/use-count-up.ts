import { useEffect, useState } from 'react';

/** Counts from 0 up to `target` over `durationMs`, or shows it at once with reduced motion. */
export function useCountUp(
  target: number,
  { durationMs = 1400, reducedMotion = false } = {},
): number {
  const [value, setValue] = useState(0);
  useEffect(() => {
    if (reducedMotion) return;
    let frame = 0;
    const start = performance.now();
    const step = (now: number) => {
      const t = Math.min(1, (now - start) / durationMs);
      setValue(Math.round(target * (1 - (1 - t) ** 3)));
      if (t < 1) frame = requestAnimationFrame(step);
    };
    frame = requestAnimationFrame(step);
    return () => cancelAnimationFrame(frame);
  }, [target, durationMs, reducedMotion]);
  return reducedMotion ? target : value;
}
