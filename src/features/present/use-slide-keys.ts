import { useEffect } from 'react';

export interface SlideKeyActions {
  next: () => void;
  previous: () => void;
  first: () => void;
  last: () => void;
  jump: (index: number) => void;
  toggleFullscreen: () => void;
  togglePause: () => void;
  toggleQr: () => void;
  exit: () => void;
}

/** Presenter keys: Right/Space/PageDown forward, Left/PageUp back, Home/End, 1-9, F, P, Q (the QR code), Esc. */
export function useSlideKeys(actions: SlideKeyActions): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target as HTMLElement | null;
      const onControl = target?.closest('button, a, input, select, textarea') != null;
      if (onControl && (event.key === ' ' || event.key === 'Enter')) return;
      const handled = handle(event.key, actions);
      if (handled) event.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [actions]);
}

function handle(key: string, actions: SlideKeyActions): boolean {
  switch (key) {
    case 'ArrowRight':
    case ' ':
    case 'PageDown':
      actions.next();
      return true;
    case 'ArrowLeft':
    case 'PageUp':
      actions.previous();
      return true;
    case 'Home':
      actions.first();
      return true;
    case 'End':
      actions.last();
      return true;
    case 'f':
    case 'F':
      actions.toggleFullscreen();
      return true;
    case 'p':
    case 'P':
      actions.togglePause();
      return true;
    case 'q':
    case 'Q':
      actions.toggleQr();
      return true;
    case 'Escape':
      actions.exit();
      return true;
    default:
      if (/^[1-9]$/.test(key)) {
        actions.jump(Number(key) - 1);
        return true;
      }
      return false;
  }
}
