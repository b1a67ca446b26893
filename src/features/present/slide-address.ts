// The address a QR code on a slide points at: this slide, with its filters and language, but
// without the settings that only make sense on the projector (kiosk, auto-advance, QR shown).
import { useRouterState } from '@tanstack/react-router';
import { useIsClient } from '../../ui/use-client';
import { readableQuery } from '../../domain/readable-query';

const PROJECTOR_ONLY = ['kiosk', 'auto', 'qr'] as const;

export interface SlideAddress {
  /** The absolute URL the code encodes. */
  url: string;
  /** The same address as a person would type it: no scheme, no trailing slash. */
  short: string;
}

/** `publicHref` is the path the visitor's browser shows (base path and language included). */
export function slideAddress(publicHref: string, origin: string): SlideAddress {
  const url = new URL(publicHref, origin);
  for (const key of PROJECTOR_ONLY) url.searchParams.delete(key);
  url.hash = '';
  const search = readableQuery(url.searchParams);
  const href = `${url.origin}${url.pathname}${search ? `?${search}` : ''}`;
  const short = `${url.host}${url.pathname.replace(/\/$/, '')}${search ? `?${search}` : ''}`;
  return { url: href, short };
}

/** This slide's address in the browser; undefined while prerendering and hydrating. */
export function useSlideAddress(): SlideAddress | undefined {
  const client = useIsClient();
  // The router's location follows every slide change, with the base path and a language
  // prefix as the address bar shows them (publicHref), so the code follows either.
  const publicHref = useRouterState({ select: (state) => state.location.publicHref });
  return client ? slideAddress(publicHref, window.location.origin) : undefined;
}
