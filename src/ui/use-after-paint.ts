// A value that follows another one frame later: the browser paints the urgent update (the
// list, the counts) before the slow consumer (the map's WebGL) sees the new value. Changes
// in quick succession collapse into one.
import { startTransition, useEffect, useState } from 'react';

export function useValueAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      // rAF runs just before the paint; the timeout's task runs after it.
      timer = setTimeout(() => startTransition(() => setShown(value)), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [value]);
  return shown;
}
