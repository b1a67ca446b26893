// Whether this browser can draw the WebGL map: MapLibre 6 needs WebGL 2. Asked off the
// page's critical path (it makes and drops a small context: about 20 ms in software).

export function hasWebGl2(): boolean {
  let context: WebGL2RenderingContext | null = null;
  try {
    context = document.createElement('canvas').getContext('webgl2');
  } catch {
    // Some browsers throw where WebGL is blocked: the same as missing.
  }
  // The test context is let go at once, so it never counts against the browser's limit.
  if (typeof context?.getExtension === 'function')
    context.getExtension('WEBGL_lose_context')?.loseContext();
  return context !== null;
}

/** Runs `task` when the browser is idle (or after `timeout` ms at the latest). */
export function whenIdle(task: () => void, timeout = 2000): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(task, { timeout });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(task, 200);
  return () => window.clearTimeout(handle);
}
