// Which ecosystem the pointer or keyboard is on in the list, for the map to light up. A tiny
// external store: the list writes it, the map reads it, and neither owns the other.
import { useSyncExternalStore } from 'react';

let current: string | undefined;
const listeners = new Set<() => void>();

export function setHighlight(id: string | undefined): void {
  if (id === current) return;
  current = id;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const useHighlight = (): string | undefined =>
  useSyncExternalStore(
    subscribe,
    () => current,
    () => undefined,
  );
