import type { QueryClient } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import type { i18n as I18n } from 'i18next';
import { useEffect } from 'react';
import { Providers } from './providers';
import type { AppRouter } from './router';

export function App({
  router,
  queryClient,
  i18n,
}: {
  router: AppRouter;
  queryClient: QueryClient;
  i18n: I18n;
}) {
  return (
    <Providers client={queryClient} i18n={i18n}>
      <RouterProvider router={router} />
      <HydrationMark />
    </Providers>
  );
}

/**
 * Marks the page as live (`<html data-hydrated>`) once React has taken over the prerendered
 * HTML: until then a click or a key lands on static markup. Tests wait for it.
 */
function HydrationMark() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = 'true';
  }, []);
  return null;
}
