// An element's size in CSS pixels, read before the browser paints and on every resize;
// undefined while prerendering and hydrating (the first render matches the server's).
import { useCallback, useLayoutEffect, useState } from 'react';
import type { Size } from './framing';

/** A ref callback for the element, its size, and the element itself once mounted. */
export function useElementSize(): [
  (element: HTMLElement | null) => void,
  Size | undefined,
  HTMLElement | null,
] {
  const [element, setElement] = useState<HTMLElement | null>(null);
  const [size, setSize] = useState<Size | undefined>();
  const ref = useCallback((node: HTMLElement | null) => setElement(node), []);
  useLayoutEffect(() => {
    if (!element) return;
    const read = () => {
      const { width, height } = element.getBoundingClientRect();
      // A box not laid out (display: none, or jsdom) keeps the assumed size.
      if (width === 0 || height === 0) return;
      setSize((old) => (old?.width === width && old.height === height ? old : { width, height }));
    };
    read();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(read);
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  return [ref, size, element];
}
