import { createMemoryHistory } from '@tanstack/react-router';
import { render } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { App } from '../src/app/app';
import { createAppRouter } from '../src/app/router';
import { createQueryClient } from '../src/api/query-client';

/** Renders the whole app at `url` with a fresh QueryClient that never retries. */
export function renderApp({ url = '/' }: { url?: string } = {}) {
  const history = createMemoryHistory({ initialEntries: [url] });
  const router = createAppRouter({ history });
  const queryClient = createQueryClient({ retry: false });
  const user = userEvent.setup();
  const view = render(<App router={router} queryClient={queryClient} />);
  return { ...view, user, router, history, queryClient };
}
