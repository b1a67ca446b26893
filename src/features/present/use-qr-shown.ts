import { useNavigate, useSearch } from '@tanstack/react-router';
import { useCallback } from 'react';
import { parseQrShown } from '../../domain/url-state';

/** Whether the slides show their QR code (`?qr=0` hides it), and a toggle kept in the URL. */
export function useQrShown(): { shown: boolean; toggle: () => void } {
  const search: Record<string, unknown> = useSearch({ strict: false });
  const navigate = useNavigate();
  const shown = parseQrShown(search.qr);
  const toggle = useCallback(
    () =>
      void navigate({
        to: '.',
        search: (previous) => ({ ...previous, qr: shown ? '0' : undefined }),
        replace: true,
      }),
    [navigate, shown],
  );
  return { shown, toggle };
}
